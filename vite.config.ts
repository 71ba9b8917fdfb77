import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { defineConfig, type Plugin } from 'vite';
import { precompress } from './web/build/precompress.ts';

const repoRoot = fileURLToPath(new URL('.', import.meta.url));
const webRoot = fileURLToPath(new URL('./web', import.meta.url));
const apiTarget = process.env.API_URL ?? 'http://localhost:3000';

/**
 * The dev server knows two HTML entries but only falls back to the first one. This mirrors the
 * production server's SPA fallback: /app and /app/* get the app shell, every other page-like path
 * the portal, so deep links work in dev exactly as they do behind `tsx server/main.ts`.
 */
function spaFallback(): Plugin {
  return {
    name: 'wegwijs-spa-fallback',
    configureServer(server) {
      server.middlewares.use((req, _res, next) => {
        const url = req.url ?? '/';
        const path = url.split('?')[0] ?? '/';
        const isPage = (req.headers.accept ?? '').includes('text/html') && !path.includes('.');
        if (isPage && !path.startsWith('/api') && !path.startsWith('/@')) {
          req.url = path === '/app' || path.startsWith('/app/') ? '/app/index.html' : '/index.html';
        }
        next();
      });
    },
  };
}

export default defineConfig({
  root: webRoot,
  plugins: [react(), spaFallback(), precompress(`${repoRoot}dist/web`)],
  build: {
    outDir: `${repoRoot}dist/web`,
    emptyOutDir: true,
    // Budgets are measured in gzip per route; keep chunks honest rather than inlined.
    assetsInlineLimit: 2048,
    // bench/web.ts reads the manifest to know which chunks each route loads.
    manifest: true,
    rolldownOptions: {
      input: {
        portal: `${webRoot}/index.html`,
        app: `${webRoot}/app/index.html`,
      },
      output: {
        // React changes less often than our code: its own chunk stays cached across deploys. Other
        // libraries stay with the pages that use them, so the portal never loads the app's.
        codeSplitting: {
          groups: [
            { name: 'react', test: /node_modules[\\/](react|react-dom|scheduler)[\\/]/ },
            { name: 'icu', test: /node_modules[\\/](intl-messageformat|@formatjs)[\\/]/ },
          ],
        },
      },
    },
  },
  server: {
    port: 5173,
    proxy: { '/api': apiTarget, '/health': apiTarget },
  },
});
