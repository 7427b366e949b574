/**
 * Where the built add-in is served and what it serves: the manifest and the Vite build must
 * agree on these (checked by test/excel-addin/manifest.test.ts).
 */
export const ADDIN_ORIGIN = 'https://localhost:3000';

/** Paths under the origin: the pages and scripts the manifest names, as the Vite build emits them. */
export const ADDIN_PATHS = {
  taskpane: 'taskpane.html',
  functionsScript: 'assets/functions.js',
  functionsMetadata: 'functions.json',
  icons: ['assets/icon-16.png', 'assets/icon-32.png', 'assets/icon-64.png', 'assets/icon-80.png', 'assets/icon-128.png'],
} as const;
