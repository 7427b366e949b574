/// <reference types="office-js" />
import { createApp } from 'vue';
import { createPinia } from 'pinia';
import App from './App.vue';
import './error-banner.css';
import { registerFunctions } from '../functions/register-functions.ts';

// Shared runtime: this page also hosts the DUNNING custom functions.
registerFunctions();

void Office.onReady(() => {
  createApp(App).use(createPinia()).mount('#app');
});
