import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { generateExport } from './generate-export.ts';

/*
 * `npm run bench`: speed and memory of the report against papaparse alone, measured in the same
 * run on the same file, as ratios (the machine's speed cancels out). Each figure is the median of
 * RUNS runs. Peak memory is the process's maxRSS. Targets (issues #2, #3): report ≤ 2.5 × bare
 * parse, peak memory < 300 MB whatever the file size.
 */
const ROWS = Number(process.env.BENCH_ROWS ?? 1_000_000);
const RUNS = Number(process.env.BENCH_RUNS ?? 3);
const out = join(import.meta.dirname, 'out');
mkdirSync(out, { recursive: true });
const file = join(out, `export-${ROWS}.csv`);
if (!existsSync(file)) {
  process.stderr.write(`generating ${ROWS} rows…\n`);
  generateExport(file, ROWS);
}
const mb = statSync(file).size / 1e6;
const rssFile = join(out, 'rss.txt');
const tsx = join('node_modules', '.bin', 'tsx');
const probe = join(import.meta.dirname, 'rss-probe.mjs');

function measure(args: string[]): { seconds: number; rssMb: number } {
  const results: Array<{ seconds: number; rssMb: number }> = [];
  for (let i = 0; i < RUNS; i++) {
    rmSync(rssFile, { force: true });
    const t0 = process.hrtime.bigint();
    const r = spawnSync(tsx, ['--import', probe, ...args], { env: { ...process.env, BENCH_RSS_FILE: rssFile }, stdio: ['ignore', 'ignore', 'pipe'] });
    const seconds = Number(process.hrtime.bigint() - t0) / 1e9;
    if (r.status !== 0) throw new Error(`${args.join(' ')} failed: ${r.stderr.toString()}`);
    results.push({ seconds, rssMb: Number(readFileSync(rssFile, 'utf8')) / 1024 });
  }
  results.sort((a, b) => a.seconds - b.seconds);
  return { seconds: results[Math.floor(results.length / 2)]!.seconds, rssMb: Math.max(...results.map((r) => r.rssMb)) };
}

const lines: string[] = [];
const say = (s: string): void => {
  lines.push(s);
  process.stdout.write(s + '\n');
};
say(`file: ${ROWS} rows, ${mb.toFixed(1)} MB; median of ${RUNS} runs`);
const base = measure([join('test', 'bench', 'papaparse-baseline.ts'), file]);
say(`papaparse alone:                      ${base.seconds.toFixed(2)} s, peak ${base.rssMb.toFixed(0)} MB`);
for (const extra of [[], ['--rule', 'cn-lpr-1.5x'], ['--rule', 'uk-late-payment']]) {
  const r = measure([join('cli', 'main.ts'), 'report', file, '--as-of', '2026-11-22', '--format', 'csv', '--out', join(out, 'report.csv'), ...extra]);
  const label = `report --format csv${extra.length ? ' ' + extra.join(' ') : ''}`;
  const ratio = r.seconds / base.seconds;
  say(`${label.padEnd(38)}${r.seconds.toFixed(2)} s, peak ${r.rssMb.toFixed(0)} MB, ${ratio.toFixed(2)}× papaparse (target ≤ 2.5×, < 300 MB) ${ratio <= 2.5 && r.rssMb < 300 ? 'OK' : 'MISSED'}`);
}
