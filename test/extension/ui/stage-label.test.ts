import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import { stageLabel as coreStageLabel } from '../../../shared/labels/index.ts';
import { STAGE_IDS } from '../../../shared/stage-id.ts';
import { stageLabel } from '../../../extension/ui/stage-label.ts';

const LOCALES = join(dirname(fileURLToPath(import.meta.url)), '../../../extension/public/_locales');
const messages = (folder: string): Record<string, { message: string }> => JSON.parse(readFileSync(join(LOCALES, folder, 'messages.json'), 'utf8')) as Record<string, { message: string }>;

describe('the extension names stages as the core does (the add-in shows the same words)', () => {
  beforeEach(() => fakeBrowser.reset());

  it.each([['en', 'en'], ['zh_CN', 'zh-CN']] as const)('in the %s UI', (folder, lang) => {
    const m = messages(folder);
    (fakeBrowser.i18n as unknown as { getMessage: (key: string) => string }).getMessage = (key) => m[key]?.message ?? '';
    for (const s of STAGE_IDS) expect(stageLabel(s)).toBe(coreStageLabel(s, lang));
    // The locale files no longer carry a second set of stage or preset names.
    expect(Object.keys(m).filter((k) => /^(stage|preset)_/.test(k))).toEqual([]);
  });
});
