import { spawn, spawnSync, type SpawnSyncOptionsWithStringEncoding } from 'node:child_process';
import { resolve } from 'node:path';

const LAUNCHER = resolve(import.meta.dirname, '..', '..', 'cli', 'dunning.mjs');

/** Runs the real `dunning` command (as `npm run dunning` does) and waits for it. */
export function runDunning(args: readonly string[], options: Omit<SpawnSyncOptionsWithStringEncoding, 'encoding'> = {}) {
  return spawnSync(process.execPath, [LAUNCHER, ...args], { ...options, encoding: 'utf8' });
}

/** Starts the real `dunning` command without waiting (to interrupt it). */
export function startDunning(args: readonly string[], cwd: string) {
  return spawn(process.execPath, [LAUNCHER, ...args], { cwd, stdio: ['ignore', 'ignore', 'pipe'] });
}

/** A stack trace line, as node prints them: never shown to a user. */
export const STACK_LINE = /^\s+at .+\(.*:\d+:\d+\)$|^\s+at .+:\d+:\d+$/m;
