import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseCommandLine, readCommandLine, type CommandLineSpec } from '../../../cli/args/index.ts';
import { fakeIo } from '../fake-io.ts';

const SPEC = {
  command: 'report',
  usage: 'dunning report <file> [--format table|csv|json] [--out <file>] [--map field=Header ...] [--all]\n\nMore help.',
  options: {
    format: { type: 'string', default: 'table', choices: ['table', 'csv', 'json'] },
    out: { type: 'string', short: 'o' },
    map: { type: 'string', multiple: true },
    all: { type: 'boolean' },
  },
  positionals: { min: 1, max: 1, what: 'one receivables file' },
} as const satisfies CommandLineSpec;

describe('parseCommandLine', () => {
  it('reads values, defaults, repeated options and the file', () => {
    const r = parseCommandLine(['ar.csv', '--out', 'x.csv', '--map', 'customer=Kunde', '--map=dueDate=Fällig', '--all'], SPEC);
    expect(r).toEqual({
      ok: true, help: false, positionals: ['ar.csv'],
      values: { format: 'table', out: 'x.csv', map: ['customer=Kunde', 'dueDate=Fällig'], all: true },
    });
  });

  it('takes --out - (stdout) and a short option', () => {
    expect(parseCommandLine(['ar.csv', '-o', '-'], SPEC)).toMatchObject({ ok: true, values: { out: '-' } });
  });

  const wrong: Array<[string[], string]> = [
    [['ar.csv', '--fromat', 'csv'], 'unknown option --fromat for dunning report (it takes --format, --out, --map, --all, --help)'],
    [['ar.csv', '-x'], 'unknown option -x for dunning report'],
    [['ar.csv', '--constructor'], 'unknown option --constructor'],
    [['ar.csv', '--__proto__', 'x'], 'unknown option --__proto__'],
    [['ar.csv', '--toString'], 'unknown option --toString'],
    [['ar.csv', '--hasOwnProperty=1'], 'unknown option --hasOwnProperty'],
    [['ar.csv', '--out'], '--out needs a value'],
    [['ar.csv', '--out', '--format', 'csv'], '--out needs a value (to give one that starts with "-", write --out=-…)'],
    [['ar.csv', '-o', '--all'], '--out needs a value'],
    [['ar.csv', '--out='], '--out needs a value'],
    [['ar.csv', '--all=yes'], '--all is a switch and takes no value'],
    [['ar.csv', '--out', 'a.csv', '--out', 'b.csv'], '--out is given more than once'],
    [['ar.csv', '--format', 'xml'], '--format must be table, csv or json; got "xml"'],
    [['ar.csv', '--format', 'CSV '], '--format must be table, csv or json; got "CSV "'],
    [['ar.csv', '--format', 'constructor'], '--format must be table, csv or json; got "constructor"'],
    [[], 'give one receivables file'],
    [['a.csv', 'b.csv'], 'give one receivables file; "b.csv" is one too many'],
  ];
  it.each(wrong)('%j is a usage error: %s', (args, message) => {
    const r = parseCommandLine(args, SPEC);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.message).toContain(message);
  });

  it('a command without files says so when given one', () => {
    const r = parseCommandLine(['cases.json'], { command: 'calc', usage: 'dunning calc', options: {} });
    expect(r).toEqual({ ok: false, message: 'dunning calc takes no file or other argument; "cases.json" is one too many' });
  });

  it('an option name that is not the command\'s is never taken, whatever it is called', () => {
    const known = new Set(['format', 'out', 'map', 'all', 'help']);
    fc.assert(fc.property(fc.string({ minLength: 1, maxLength: 20 }).filter((s) => /^[A-Za-z_][\w-]*$/.test(s) && !known.has(s)), (name) => {
      const r = parseCommandLine(['ar.csv', `--${name}`, 'v'], SPEC);
      return !r.ok && r.message.includes(`--${name}`);
    }));
  });
});

describe('readCommandLine', () => {
  it('prints the whole usage for --help and -h, with exit code 0', () => {
    for (const flag of ['--help', '-h']) {
      const io = fakeIo();
      expect(readCommandLine([flag], SPEC, io)).toBe(0);
      expect(io.out).toBe(`usage: ${SPEC.usage}\n`);
    }
  });

  it('prints a usage error as the message naming the option, then the synopsis, with exit code 2', () => {
    const io = fakeIo();
    expect(readCommandLine(['ar.csv', '--format', 'xml'], SPEC, io)).toBe(2);
    expect(io.err).toBe('dunning report: --format must be table, csv or json; got "xml"\nusage: dunning report <file> [--format table|csv|json] [--out <file>] [--map field=Header ...] [--all]\n');
    expect(io.out).toBe('');
  });
});
