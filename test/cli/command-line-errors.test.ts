import { describe, expect, it } from 'vitest';
import { COMMANDS, main, reportCrash } from '../../cli/main.ts';
import { fakeIo } from './fake-io.ts';

// Every command, now and later (the list is main.ts's): a mistake on the command line is exit
// code 2 with a message that names the option, and --help is exit code 0.
describe.each(COMMANDS.map((c) => [c.name]))('dunning %s', (name) => {
  it.each(['--no-such-flag', '--constructor', '--__proto__', '--toString', '-Z'])('refuses the unknown option %s with exit 2, naming it', async (flag) => {
    const io = fakeIo();
    expect(await main([name, flag, 'x'], io)).toBe(2);
    expect(io.err).toContain(`unknown option ${flag}`);
    expect(io.err).toContain(`dunning ${name}`);
    expect(io.err).not.toMatch(/\n\s+at /);
    expect(io.out).toBe('');
  });

  it('prints its usage for --help with exit 0', async () => {
    const io = fakeIo();
    expect(await main([name, '--help'], io)).toBe(0);
    expect(io.out).toMatch(new RegExp(`^usage: dunning ${name}`));
  });
});

describe('dunning', () => {
  it('names an unknown command and lists the commands, exit 2', async () => {
    const io = fakeIo();
    expect(await main(['reprot'], io)).toBe(2);
    expect(io.err).toContain(`unknown command "reprot" (commands: ${COMMANDS.map((c) => c.name).join(', ')})`);
  });

  it('with no command prints the usage to stderr, exit 2', async () => {
    const io = fakeIo();
    expect(await main([], io)).toBe(2);
    expect(io.err).toContain('usage:');
  });

  it('a command that throws ends in one line and exit 70, never a stack trace', async () => {
    const io = fakeIo();
    io.today = () => { throw new TypeError('boom'); };
    expect(await main(['report', 'examples/receivables.csv'], io)).toBe(70);
    expect(io.err).toBe('dunning report: internal error: boom (this is a bug in dunning; DUNNING_DEBUG=1 shows where)\n');
  });

  it('a file-system error that escapes a command is exit 1, said in plain words', async () => {
    const io = fakeIo();
    io.fileSize = () => { throw Object.assign(new Error('EACCES: permission denied, open \'ar.csv\''), { code: 'EACCES', path: 'ar.csv' }); };
    expect(await main(['report', 'ar.csv', '--as-of', '2026-11-22'], io)).toBe(1);
    expect(io.err).toBe('dunning report: cannot use ar.csv: permission denied\n');
  });
});

describe('dunning calc on the command line', () => {
  it('takes a file of cases instead of stdin', async () => {
    const io = fakeIo({ files: { 'case.json': JSON.stringify({ principal: '1000.00', currency: 'CNY', dueDate: '2026-01-31', asOf: '2026-03-02', rule: { kind: 'daily-rate', rate: '0.0005' } }) } });
    expect(await main(['calc', 'case.json'], io)).toBe(0);
    expect(JSON.parse(io.out)).toMatchObject({ days: 30, penalty: '15.00' });
  });

  it('an unreadable file is exit 1 with one line', async () => {
    const io = fakeIo();
    expect(await main(['calc', 'test/fixtures/no-such-file.json'], io)).toBe(1);
    expect(io.err).toBe('dunning calc: cannot read test/fixtures/no-such-file.json: no such file or folder\n');
  });

  it('input that is not JSON is exit 1, one line on stderr', async () => {
    const io = fakeIo({ files: { '-': 'principal=100' } });
    expect(await main(['calc'], io)).toBe(1);
    expect(io.err.trim().split('\n')).toHaveLength(1);
    expect(io.err).toMatch(/^dunning calc: input: not JSON/);
  });
});

describe('what a user can cause never ends in a stack trace', () => {
  it('the table view of 150,000 invoices (widths are found without spreading every row into Math.max)', async () => {
    const lines = ['Customer,Invoice,Amount,Due date'];
    for (let i = 0; i < 150_000; i++) lines.push(`Customer ${i % 97},INV-${i},${(i % 5000) + 1}.00,2026-0${1 + (i % 9)}-15`);
    const io = fakeIo({ files: { 'big.csv': lines.join('\n') }, chunkSize: 1 << 16 });
    expect(await main(['report', 'big.csv', '--as-of', '2026-11-22'], io)).toBe(0);
    expect(io.out.split('\n').length).toBeGreaterThan(150_000);
    const customers = fakeIo({ files: { 'big.csv': lines.join('\n') }, chunkSize: 1 << 16 });
    expect(await main(['report', 'big.csv', '--as-of', '2026-11-22', '--view', 'customers'], customers)).toBe(0);
  });

  it('a closed pipe on stdout (dunning report … | head) ends quietly', () => {
    const io = fakeIo();
    const epipe = Object.assign(new Error('write EPIPE'), { code: 'EPIPE', syscall: 'write' });
    expect(reportCrash(epipe, io, 'report')).toBe(0);
    expect(io.err).toBe('');
  });
});
