import { describe, expect, it } from 'vitest';
import { readUserName, writeUserName } from '../../../excel-addin/office/user-name.ts';

function memory(): Pick<Storage, 'getItem' | 'setItem'> {
  const items = new Map<string, string>();
  return { getItem: (k) => items.get(k) ?? null, setItem: (k, v) => { items.set(k, v); } };
}

describe('the name the user records log rows under', () => {
  it('is kept per user, trimmed, and read back', () => {
    const storage = memory();
    expect(readUserName(storage)).toBe('');
    expect(writeUserName('  李娜 ', storage)).toBe(true);
    expect(readUserName(storage)).toBe('李娜');
  });

  it('is empty, never an error, where storage is refused (a locked-down webview)', () => {
    const refusing = { getItem: () => { throw new Error('SecurityError'); }, setItem: () => { throw new Error('QuotaExceededError'); } };
    expect(readUserName(refusing)).toBe('');
    expect(writeUserName('Li Na', refusing)).toBe(false);
  });
});
