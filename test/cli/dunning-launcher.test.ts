import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';

// `npm run dunning` runs cli/dunning.mjs, which bundles the TypeScript sources with esbuild and
// runs the bundle: prove the real command line works end to end, exit codes included.
function dunning(args: string[], input?: string) {
  return spawnSync(process.execPath, ['cli/dunning.mjs', ...args], { input, encoding: 'utf8' });
}

describe('the dunning launcher', () => {
  it('runs a report from the sources', () => {
    const r = dunning(['report', 'examples/receivables.csv', '--as-of', '2026-11-22', '--format', 'json']);
    expect(r.status).toBe(0);
    const report = JSON.parse(r.stdout);
    expect(report.receivables).toHaveLength(8);
    expect(report.totals.CNY.outstanding).toBe('229400.00');
  });

  it('passes stdin and exit codes through', () => {
    const ok = dunning(['calc'], JSON.stringify({
      principal: '1000.00', currency: 'CNY', dueDate: '2026-01-31', asOf: '2026-03-02', rule: { kind: 'daily-rate', rate: '0.0005' },
    }));
    expect(ok.status).toBe(0);
    // 1,000.00 × 0.05 % × 30 days (2026-02-01 … 2026-03-02) = 15.00
    expect(JSON.parse(ok.stdout)).toMatchObject({ days: 30, penalty: '15.00' });
    const bad = dunning(['report', 'examples/receivables.csv', '--format', 'xml']);
    expect(bad.status).toBe(2);
    expect(bad.stderr).toContain('--format');
  });
});
