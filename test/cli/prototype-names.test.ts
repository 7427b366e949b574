import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { runCalc } from '../../cli/commands/calc.ts';
import { main } from '../../cli/main.ts';
import { fakeIo } from './fake-io.ts';

// Names every JavaScript object answers to: a rule kind, preset or option value spelled like
// one must be "unknown", never a crash, never "undefined", never the end of a batch.
const NAMES = ['constructor', '__proto__', 'toString', 'hasOwnProperty', 'valueOf', 'prototype', '__defineGetter__'];
const GOOD = { principal: '1000.00', currency: 'CNY', dueDate: '2026-01-31', asOf: '2026-03-02', rule: { kind: 'daily-rate', rate: '0.0005' } };

describe.each(NAMES)('the name %s', (name) => {
  it('as a rule kind or a preset on calc is an error in its place; the other cases still compute', () => {
    const batch = [GOOD, { ...GOOD, rule: { kind: name } }, { ...GOOD, rule: name }, GOOD];
    // JSON.stringify drops a __proto__ key set with spread; write it as a user would.
    const text = JSON.stringify(batch);
    const { stdout, exitCode } = runCalc(text);
    expect(exitCode).toBe(1);
    const out = JSON.parse(stdout) as Array<{ penalty?: string; error?: { field: string; message: string } }>;
    expect(out).toHaveLength(4);
    expect(out[0]?.penalty).toBe('15.00');
    expect(out[3]?.penalty).toBe('15.00');
    for (const bad of [out[1], out[2]]) {
      expect(bad?.error?.field).toMatch(/^(rule|case)/);
      expect(typeof bad?.error?.message).toBe('string');
    }
  });

  it('as report --rule is a usage error naming the option', async () => {
    const io = fakeIo();
    expect(await main(['report', 'examples/receivables.csv', '--as-of', '2026-11-22', '--rule', name], io)).toBe(2);
    expect(io.err).toContain(`--rule: unknown rule preset "${name}"; presets: cn-contract-0.05pct-daily`);
    expect(io.out).toBe('');
  });

  it('as clause --rule is a clear error, not "undefined"', async () => {
    const io = fakeIo();
    expect(await main(['clause', '--rule', name, '--lang', 'en'], io)).toBe(2);
    expect(io.err).toContain(`unknown rule preset "${name}"`);
    expect(io.out).toBe('');
  });

  it('as the value of a choice option is refused by name', async () => {
    const io = fakeIo();
    expect(await main(['report', 'examples/receivables.csv', '--format', name], io)).toBe(2);
    expect(io.err).toContain(`--format must be table, csv or json; got "${name}"`);
  });

  it('as a --map field or --stage is refused by name', async () => {
    const map = fakeIo();
    expect(await main(['report', 'examples/receivables.csv', '--map', `${name}=Kunde`], map)).toBe(2);
    expect(map.err).toContain(`--map takes field=Header`);
    const stage = fakeIo();
    expect(await main(['remind', 'examples/receivables.csv', '--all', '--stage', name], stage)).toBe(2);
    expect(stage.err).toContain(`--stage must be auto or a stage id; got "${name}"`);
  });
});

describe('a __proto__ key written literally in the JSON', () => {
  it('is an error for its case only, through the real command', () => {
    const text = `[${JSON.stringify(GOOD)}, { "principal": "1.00", "currency": "CNY", "dueDate": "2024-01-01", "asOf": "2024-02-01", "rule": { "__proto__": { "kind": "none" } } }, ${JSON.stringify(GOOD)}]`;
    const r = spawnSync(process.execPath, ['cli/dunning.mjs', 'calc'], { input: text, encoding: 'utf8' });
    expect(r.status).toBe(1);
    const out = JSON.parse(r.stdout);
    expect(out[0].penalty).toBe('15.00');
    expect(out[1].error.field).toMatch(/^(rule|case)/);
    expect(out[2].penalty).toBe('15.00');
    expect(r.stderr).toBe('dunning calc: 1 of 3 cases could not be computed (each has an "error" in its place)\n');
  });
});
