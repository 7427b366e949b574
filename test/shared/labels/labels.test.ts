import { describe, expect, it } from 'vitest';
import { RULE_PRESET_LABELS, rulePresetLabel, STAGE_LABELS, stageLabel } from '../../../shared/labels/index.ts';
import { RULE_PRESETS } from '../../../shared/penalty/rule-presets.ts';
import { STAGE_IDS } from '../../../shared/stage-id.ts';

const LANGS = ['en', 'zh-CN'] as const;
const CJK = /[\u4e00-\u9fff]/;

describe('stage labels: one set for every front door', () => {
  it.each(LANGS)('names every stage in %s, each name different', (lang) => {
    const names = STAGE_IDS.map((s) => stageLabel(s, lang));
    expect(names.every((n) => n.length > 0)).toBe(true);
    expect(new Set(names).size).toBe(STAGE_IDS.length);
    if (lang === 'zh-CN') expect(names.every((n) => CJK.test(n))).toBe(true);
    else expect(names.some((n) => CJK.test(n))).toBe(false);
    expect(Object.keys(STAGE_LABELS[lang]).sort()).toEqual([...STAGE_IDS].sort());
  });

  it('calls the formal notice what the letter is called', () => {
    expect(stageLabel('formal-notice', 'zh-CN')).toBe('正式催告函');
    expect(stageLabel('formal-notice', 'en')).toBe('Formal notice');
  });
});

describe('rule preset labels', () => {
  it.each(LANGS)('name every preset of the core in %s, in words rather than ids', (lang) => {
    for (const preset of Object.keys(RULE_PRESETS)) {
      const label = rulePresetLabel(preset, lang);
      expect(label, preset).not.toBe(preset);
      if (lang === 'zh-CN') expect(label, preset).toMatch(CJK);
    }
    expect(Object.keys(RULE_PRESET_LABELS).sort()).toEqual(Object.keys(RULE_PRESETS).sort());
  });

  it.each(['cn-contract-0.1pct-daily', '__proto__', 'constructor', 'toString'])('gives back the id for %s (own names only)', (preset) => {
    expect(rulePresetLabel(preset, 'en')).toBe(preset);
  });
});
