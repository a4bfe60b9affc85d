/**
 * Vite build of the copytrace web UI. `vite build web` (run by scripts/build.mjs) writes web/dist,
 * which `copytrace serve` serves at `/`. JSX is compiled by esbuild straight to Preact's automatic
 * runtime, so no framework plugin is needed.
 */
import { defineConfig } from 'vite';

export default defineConfig({
  base: '/',
  esbuild: { jsx: 'automatic', jsxImportSource: 'preact' },
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    target: 'es2022',
    // Keep every asset a file: inline data: URLs would need a looser Content-Security-Policy.
    assetsInlineLimit: 0,
    // The modulepreload polyfill is not needed by the browsers we support.
    modulePreload: { polyfill: false },
    sourcemap: false,
  },
  server: { proxy: { '/api': 'http://127.0.0.1:8080' } },
});
