import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const LOCALES = join(dirname(fileURLToPath(import.meta.url)), '../../../extension/public/_locales');
const messages = (folder: string): Record<string, { message: string }> => JSON.parse(readFileSync(join(LOCALES, folder, 'messages.json'), 'utf8')) as Record<string, { message: string }>;
const placeholders = (text: string): string[] => [...new Set(text.match(/\$\d/g) ?? [])].sort();

describe('UI messages (_locales)', () => {
  const en = messages('en');
  const zh = messages('zh_CN');

  it('has the same messages in Chinese and English', () => {
    expect(Object.keys(zh).sort()).toEqual(Object.keys(en).sort());
  });

  it('uses the same substitutions in both languages', () => {
    for (const [key, { message }] of Object.entries(en)) expect(placeholders(zh[key]?.message ?? ''), key).toEqual(placeholders(message));
  });

  it('has only names Chrome accepts (letters, digits, _ and @)', () => {
    for (const key of Object.keys(en)) expect(key).toMatch(/^[A-Za-z0-9_@]+$/);
  });
});
