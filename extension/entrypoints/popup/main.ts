import { createPinia } from 'pinia';
import { createApp } from 'vue';
import { HISTORY_CSS } from '../../ui/history-css.ts';
import { PICKER_CSS } from '../../ui/picker-css.ts';
import PopupApp from '../../ui/PopupApp.vue';

const style = document.createElement('style');
style.textContent = `${PICKER_CSS}${HISTORY_CSS}\n.dd-picker { border: 0; border-radius: 0; box-shadow: none; max-height: none; }\n.dd-status { margin: 0 12px 12px; color: #146c2e; font: 13px system-ui, sans-serif; }`;
document.head.append(style);
createApp(PopupApp).use(createPinia()).mount('#app');
