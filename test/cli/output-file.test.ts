import { chmodSync, existsSync, linkSync, lstatSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeEach, describe, expect, it } from 'vitest';
import { openOutputFile, writeOutputFile } from '../../cli/output-file.ts';

const root = mkdtempSync(join(tmpdir(), 'dunning-out-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));
let dir = '';
let n = 0;
const EXPORT = 'Customer,Invoice,Amount,Due date\r\nAcme,INV-1,100.00,2026-10-31\r\n';

beforeEach(() => {
  dir = join(root, `case-${++n}`);
  mkdirSync(dir);
  writeFileSync(join(dir, 'ar.csv'), EXPORT);
});

/** No temporary file left beside the outputs. */
function leftovers(): string[] {
  return readdirSync(dir).filter((f) => f.endsWith('.tmp'));
}

describe('openOutputFile refuses an output that is an input, however it is spelled', () => {
  const spellings: Array<[string, (d: string) => string]> = [
    ['the same path', (d) => join(d, 'ar.csv')],
    ['./ in front', (d) => `${d}/./ar.csv`],
    ['a detour through ..', (d) => `${d}/sub/../ar.csv`],
    ['a hard link', (d) => { linkSync(join(d, 'ar.csv'), join(d, 'hard.csv')); return join(d, 'hard.csv'); }],
    ['a symbolic link', (d) => { symlinkSync(join(d, 'ar.csv'), join(d, 'link.csv')); return join(d, 'link.csv'); }],
    ['a link to a link', (d) => { symlinkSync(join(d, 'ar.csv'), join(d, 'l1')); symlinkSync(join(d, 'l1'), join(d, 'l2')); return join(d, 'l2'); }],
    ['a linked folder', (d) => { symlinkSync(d, join(d, 'alias')); return join(d, 'alias', 'ar.csv'); }],
  ];
  it.each(spellings)('%s', (_, spell) => {
    mkdirSync(join(dir, 'sub'));
    const target = spell(dir);
    const r = openOutputFile(target, [join(dir, 'ar.csv')]);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.message).toMatch(new RegExp(`^--out .* is the input file.*dunning never writes over its input`));
    expect(readFileSync(join(dir, 'ar.csv'), 'utf8')).toBe(EXPORT);
    expect(leftovers()).toEqual([]);
  });

  it('the same file given as the input in another spelling (the input is the link)', () => {
    symlinkSync(join(dir, 'ar.csv'), join(dir, 'link.csv'));
    const r = openOutputFile(join(dir, 'ar.csv'), [join(dir, 'link.csv')]);
    expect(r.ok).toBe(false);
  });

  it('any of several inputs (a rule file, a profile), and ignores inputs not given', () => {
    writeFileSync(join(dir, 'rule.json'), '{}');
    const r = openOutputFile(join(dir, 'rule.json'), [join(dir, 'ar.csv'), undefined, join(dir, 'rule.json')], 'out');
    expect(r).toEqual({ ok: false, message: `--out ${join(dir, 'rule.json')} is the input file: dunning never writes over its input; give another file name` });
  });

  it('a folder, existing or written as one, with a plain message', () => {
    expect(openOutputFile(dir, [])).toEqual({ ok: false, message: `--out ${dir} is a folder: give a file name, such as ${join(dir, 'report.csv')}` });
    expect(openOutputFile(join(dir, 'new/'), [])).toMatchObject({ ok: false, message: expect.stringContaining('names a folder') });
    expect(openOutputFile('', [])).toEqual({ ok: false, message: '--out needs a file name' });
  });

  it('a place it cannot write, with the reason in words', () => {
    writeFileSync(join(dir, 'afile'), 'x');
    const r = openOutputFile(join(dir, 'afile', 'out.csv'), []);
    expect(r).toMatchObject({ ok: false, message: expect.stringMatching(/cannot write there: a part of the path is a file, not a folder$/) });
  });
});

describe('openOutputFile writes through a temporary file', () => {
  it('shows nothing at the target until commit, then the whole output', () => {
    const target = join(dir, 'report.csv');
    writeFileSync(target, 'yesterday\n');
    const r = openOutputFile(target, [join(dir, 'ar.csv')]);
    if (!r.ok) throw new Error(r.message);
    r.value.write('row 1\n');
    r.value.writeBytes?.(new TextEncoder().encode('row 2\n'));
    expect(readFileSync(target, 'utf8')).toBe('yesterday\n');
    expect(leftovers()).toHaveLength(1);
    r.value.commit();
    r.value.close();
    expect(readFileSync(target, 'utf8')).toBe('row 1\nrow 2\n');
    expect(leftovers()).toEqual([]);
  });

  it('abort, or close without commit, leaves the target as it was and no temporary file', () => {
    const target = join(dir, 'report.csv');
    writeFileSync(target, 'yesterday\n');
    for (const stop of ['abort', 'close'] as const) {
      const r = openOutputFile(target, []);
      if (!r.ok) throw new Error(r.message);
      r.value.write('half a report');
      r.value[stop]();
      expect(readFileSync(target, 'utf8')).toBe('yesterday\n');
      expect(leftovers()).toEqual([]);
    }
  });

  it('makes missing folders, keeps the permissions of the file it replaces', () => {
    const target = join(dir, 'a', 'b', 'report.csv');
    writeOutputFile(target, 'one', []);
    expect(readFileSync(target, 'utf8')).toBe('one');
    chmodSync(target, 0o600);
    writeOutputFile(target, 'two', []);
    expect(readFileSync(target, 'utf8')).toBe('two');
    expect(statSync(target).mode & 0o777).toBe(0o600);
  });

  it('writes through a symbolic link that is not an input: the link stays a link', () => {
    writeFileSync(join(dir, 'real.csv'), 'old');
    symlinkSync(join(dir, 'real.csv'), join(dir, 'latest.csv'));
    writeOutputFile(join(dir, 'latest.csv'), 'new', [join(dir, 'ar.csv')]);
    expect(lstatSync(join(dir, 'latest.csv')).isSymbolicLink()).toBe(true);
    expect(readFileSync(join(dir, 'real.csv'), 'utf8')).toBe('new');
  });

  it('writes straight to a device such as /dev/null', () => {
    expect(existsSync('/dev/null')).toBe(true);
    expect(writeOutputFile('/dev/null', 'discarded', [join(dir, 'ar.csv')]).ok).toBe(true);
  });
});
