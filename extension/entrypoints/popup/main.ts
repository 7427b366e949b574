import { createPinia } from 'pinia';
import { createApp } from 'vue';
import { HISTORY_CSS } from '../../ui/history-css.ts';
import { PICKER_CSS } from '../../ui/picker-css.ts';
import PopupApp from '../../ui/PopupApp.vue';

const style = document.createElement('style');
style.textContent = `${PICKER_CSS}${HISTORY_CSS}\n.dd-picker { border: 0; border-radius: 0; box-shadow: none; max-height: none; }\n.dd-status { margin: 0 12px 12px; color: #146c2e; font: 13px system-ui, sans-serif; }
.dd-short { display: flex; flex-wrap: wrap; align-items: center; gap: 6px; margin: 0 12px 8px; font: 13px system-ui, sans-serif; }
.dd-short-title { color: #444; }
.dd-short-text { flex-basis: 100%; box-sizing: border-box; font: 13px/1.45 system-ui, sans-serif; resize: vertical; }
.dd-short-count { color: #5f6368; font-size: 12px; }`;
document.head.append(style);
createApp(PopupApp).use(createPinia()).mount('#app');
