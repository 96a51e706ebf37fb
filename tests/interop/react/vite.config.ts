import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';

// Two pages: the host (index) and the kit loaded twice (double).
export default defineConfig({
  plugins: [react()],
  build: { rolldownOptions: { input: ['index.html', 'double.html'] } },
});
