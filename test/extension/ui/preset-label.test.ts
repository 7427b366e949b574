import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import { RULE_PRESETS } from '../../../shared/penalty/rule-presets.ts';
import { presetLabel } from '../../../extension/ui/preset-label.ts';

const LOCALES = join(dirname(fileURLToPath(import.meta.url)), '../../../extension/public/_locales');
const messages = (folder: string): Record<string, { message: string }> => JSON.parse(readFileSync(join(LOCALES, folder, 'messages.json'), 'utf8')) as Record<string, { message: string }>;

describe('presetLabel', () => {
  beforeEach(() => fakeBrowser.reset());

  it.each(['en', 'zh_CN'])('every rule preset of the core has a name in %s', (folder) => {
    const m = messages(folder);
    (fakeBrowser.i18n as unknown as { getMessage: (key: string) => string }).getMessage = (key) => m[key]?.message ?? '';
    for (const preset of Object.keys(RULE_PRESETS)) {
      const label = presetLabel(preset);
      expect(label, preset).not.toBe(preset);
      if (folder === 'zh_CN' && preset !== 'none') expect(label, preset).toMatch(/[\u4e00-\u9fff]/);
    }
  });

  it('falls back to the id for a preset without a name', () => {
    (fakeBrowser.i18n as unknown as { getMessage: (key: string) => string }).getMessage = () => '';
    expect(presetLabel('cn-contract-0.1pct-daily')).toBe('cn-contract-0.1pct-daily');
  });
});
