import { fileURLToPath } from 'node:url';
import { defineConfig, type Plugin } from 'vite';
import vue from '@vitejs/plugin-vue';
import { generateCustomFunctionsMetadata } from 'custom-functions-metadata';
import { ADDIN_ORIGIN, ADDIN_PATHS } from './addin-urls.ts';
import { devHttpsOptions } from './dev-https.ts';

const root = fileURLToPath(new URL('.', import.meta.url));
const functionsSource = fileURLToPath(new URL('./functions/functions.ts', import.meta.url));

/** functions.json from the JSDoc of functions.ts (custom-functions-metadata), emitted and served. */
function customFunctionsMetadata(): Plugin {
  const generate = async (): Promise<string> => {
    const result = await generateCustomFunctionsMetadata(functionsSource);
    if (result.errors.length > 0) throw new Error(`custom functions metadata:\n${result.errors.join('\n')}`);
    return result.metadataJson;
  };
  return {
    name: 'dunning-custom-functions-metadata',
    async generateBundle() {
      this.emitFile({ type: 'asset', fileName: ADDIN_PATHS.functionsMetadata, source: await generate() });
    },
    configureServer(server) {
      server.middlewares.use(`/${ADDIN_PATHS.functionsMetadata}`, (_req, res) => {
        generate().then((json) => { res.setHeader('Content-Type', 'application/json'); res.end(json); },
          (e: unknown) => { res.statusCode = 500; res.end(String(e)); });
      });
      // The manifest names the built functions script; in development the same URL loads the entry
      // as a module (what the built file does too), so the manifest works unchanged against npm start.
      server.middlewares.use(`/${ADDIN_PATHS.functionsScript}`, (_req, res) => {
        res.setHeader('Content-Type', 'text/javascript');
        res.end("import '/functions/functions-entry.ts';\n");
      });
      server.httpServer?.once('listening', () => {
        console.log([
          '',
          `Dunning Desk add-in served at ${ADDIN_ORIGIN}/${ADDIN_PATHS.taskpane}`,
          'Sideload in Excel desktop (Windows): npx office-addin-debugging start excel-addin/manifest.xml desktop',
          '  or put manifest.xml in a shared-folder catalog (Trust Center > Trusted Add-in Catalogs) and use Insert > My Add-ins > Shared Folder.',
          'Sideload in Excel on the web: Home > Add-ins > More Settings > Upload My Add-in > excel-addin/manifest.xml',
          '',
        ].join('\n'));
      });
    },
  };
}

export default defineConfig(async ({ command }) => ({
  root,
  base: '/',
  publicDir: 'public',
  plugins: [vue(), customFunctionsMetadata()],
  build: {
    outDir: fileURLToPath(new URL('../dist/excel-addin', import.meta.url)),
    emptyOutDir: true,
    rollupOptions: {
      input: {
        taskpane: fileURLToPath(new URL(`./${ADDIN_PATHS.taskpane}`, import.meta.url)),
        functions: fileURLToPath(new URL('./functions/functions-entry.ts', import.meta.url)),
      },
      output: {
        // Stable names for what the manifest points at; hashed names for the rest.
        entryFileNames: 'assets/[name].js',
        chunkFileNames: 'assets/[name]-[hash].js',
        assetFileNames: 'assets/[name]-[hash][extname]',
      },
    },
  },
  server: command === 'serve'
    ? {
      port: 3000,
      strictPort: true,
      // Office requires https; office-addin-dev-certs installs a trusted localhost certificate on first run.
      https: await devHttpsOptions(),
    }
    : {},
}));
