// The web client is built on its own: it lives in web/, shares contracts with the server from ../src
// and lands in dist/web, where the server serves it from.
import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';

const here = fileURLToPath(new URL('.', import.meta.url));
// A developer may run their own server instance on another port (see the README of web/).
const apiTarget = process.env.API_TARGET ?? 'http://127.0.0.1:3000';

export default defineConfig({
  root: here,
  plugins: [react()],
  build: {
    outDir: '../dist/web',
    emptyOutDir: true,
    rolldownOptions: {
      output: {
        // Libraries change far less often than the app: a separate chunk stays cached across releases.
        codeSplitting: {
          groups: [
            // The charts of questionnaire results are heavy and needed on one screen only.
            {
              name: 'charts',
              test: /node_modules[\\/](recharts|d3-[a-z-]+|@mantine[\\/]charts|victory-vendor|decimal\.js-light)[\\/]/,
            },
            { name: 'mantine', test: /node_modules[\\/]@mantine/ },
            { name: 'vendor', test: /node_modules[\\/]/ },
          ],
        },
      },
    },
  },
  server: {
    port: 5173,
    strictPort: true,
    fs: { allow: ['..'] },
    proxy: {
      // Keep the browser's Origin intact: the server compares it with its own host for unsafe requests.
      '/api': { target: apiTarget, changeOrigin: false },
    },
  },
  preview: {
    port: 5173,
    proxy: { '/api': { target: apiTarget, changeOrigin: false } },
  },
});
