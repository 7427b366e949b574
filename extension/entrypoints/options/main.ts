import { createPinia } from 'pinia';
import { createApp } from 'vue';
import OptionsApp from '../../ui/OptionsApp.vue';
import { OPTIONS_CSS } from '../../ui/options-css.ts';
import { t } from '../../ui/t.ts';

document.title = `${t('extName')} — ${t('optTitle')}`;
document.documentElement.lang = t('htmlLang');
const style = document.createElement('style');
style.textContent = OPTIONS_CSS;
document.head.append(style);
createApp(OptionsApp).use(createPinia()).mount('#app');
