import { createApp } from 'vue';
import type {} from 'spor/vue'; // template types for every spor-* tag, generated from the manifest
import { samplePersonas } from 'spor/core';
import App from './App.vue';

createApp(App, { data: samplePersonas[0] }).mount('#app');
