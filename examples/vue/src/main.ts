import { createApp } from 'vue';
import 'coalition-widgets';
import type {} from 'coalition-widgets/types/vue';
import App from './App.vue';

createApp(App).mount('#app');
