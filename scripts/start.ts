import { spawn, spawnSync } from 'node:child_process';
import { main } from '../cli/main.ts';
import { nodeIo } from '../cli/io.ts';

/*
 * `npm start`, the main job on a developer's machine:
 *  1. the report of the sample ledger (what the core does, in one screen), then the morning chase
 *     list (`dunning today`) from the sample collection log examples/collection-log.csv;
 *  2. the browser extension built for Chrome/Edge and Firefox, and where to load it
 *     (with a display, WXT's development browser opens with the extension loaded instead);
 *  3. the Excel add-in served on https://localhost:3000 with a development certificate, and how to
 *     sideload it; this keeps running until Ctrl+C.
 */
const io = nodeIo();
const npx = process.platform === 'win32' ? 'npx.cmd' : 'npx';

io.stdout('Dunning Desk — report of the sample ledger examples/receivables.csv (each currency by its own rule: CNY cn-lpr-1.5x, GBP uk-late-payment, EUR de-b2b)\n\n');
await main(['report', 'examples/receivables.csv', '--as-of', io.today(), '--rule', 'cn-lpr-1.5x', '--rule', 'GBP=uk-late-payment', '--rule', 'EUR=de-b2b'], io);

// The sample log records a case history up to the end of November 2026; its day after is the
// morning it was written for (a broken promise, a resolved dispute, a plan, a pause, counsel).
io.stdout('\nDunning Desk — what to do today, from the sample collection log examples/collection-log.csv (as of 2026-12-07)\n\n');
await main(['today', 'examples/receivables.csv', '--log', 'examples/collection-log.csv', '--as-of', '2026-12-07', '--rule', 'cn-lpr-1.5x', '--rule', 'GBP=uk-late-payment', '--rule', 'EUR=de-b2b'], io);

const hasDisplay = process.platform !== 'linux' || Boolean(process.env.DISPLAY || process.env.WAYLAND_DISPLAY);
if (hasDisplay) {
  io.stdout('\nStarting the extension in WXT\'s development browser…\n');
  spawn(npx, ['wxt'], { stdio: 'inherit' });
} else {
  io.stdout('\nBuilding the browser extension (Chrome/Edge and Firefox)…\n');
  for (const args of [['wxt', 'build'], ['wxt', 'build', '-b', 'firefox']]) {
    const r = spawnSync(npx, args, { stdio: ['ignore', 'ignore', 'inherit'] });
    if (r.status !== 0) {
      io.stderr(`"${args.join(' ')}" failed\n`);
      process.exit(1);
    }
  }
  io.stdout([
    'Extension built:',
    '  Chrome / Edge: chrome://extensions (edge://extensions) > Developer mode > Load unpacked > .output/chrome-mv3',
    '  Firefox:       about:debugging#/runtime/this-firefox > Load Temporary Add-on > .output/firefox-mv3/manifest.json',
    '  More: docs/extension.md',
    '',
  ].join('\n'));
}

io.stdout('Serving the Excel add-in on https://localhost:3000 (Ctrl+C to stop)…\n');
const server = spawn(npx, ['vite', '--config', 'excel-addin/vite.config.ts'], { stdio: 'inherit' });
server.on('exit', (code) => process.exit(code ?? 0));
