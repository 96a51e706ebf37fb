import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';

// Three pages: the host (index), the @lit/react wrappers (wrappers) and the kit loaded twice (double).
export default defineConfig({
  plugins: [react()],
  build: { rolldownOptions: { input: ['index.html', 'wrappers.html', 'double.html'] } },
});
