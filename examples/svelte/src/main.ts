import { mount } from 'svelte';
import 'coalition-widgets';
import type {} from 'coalition-widgets/types/svelte';
import App from './App.svelte';

mount(App, { target: document.getElementById('app')! });
