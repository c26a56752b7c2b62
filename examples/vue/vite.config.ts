import { defineConfig } from 'vite';
import vue from '@vitejs/plugin-vue';

export default defineConfig({
  base: './',
  plugins: [
    vue({
      // The kit's tags are custom elements, not Vue components.
      template: { compilerOptions: { isCustomElement: (tag) => ['coalition-data', 'coalition-summary', 'quote-card', 'satellite-compare'].includes(tag) } },
    }),
  ],
});
