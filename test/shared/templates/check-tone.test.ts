import { describe, expect, it } from 'vitest';
import { STAGE_IDS } from '../../../shared/stage-id.ts';
import { checkTone, COURTEOUS_STAGES } from '../../../shared/templates/check-tone.ts';
import { TEMPLATE_LIBRARY } from '../../../shared/templates/template-library.ts';

describe('checkTone', () => {
  const threats: Array<[string, string]> = [
    ['If unpaid we will take legal action.', 'legal action'],
    ['We may file a LAWSUIT.', 'lawsuit'],
    ['This may go to court.', 'court'],
    ['We will pass this to a collection agency.', 'collection agency'],
    ['否则我方将起诉贵司。', '起诉'],
    ['我们将发出律师函。', '律师函'],
    ['我们将向法院申请。', '法院'],
    ['将移交催收机构处理。', '催收机构'],
    ['We will start proceedings next week.', 'proceedings'],
    ['A late fee of £25 applies.', 'late fee'],
    ['We will report this to the police.', 'police'],
    ['我方将采取法律措施。', '法律措施'],
    ['逾期将加收滞纳金。', '滞纳金'],
    ['我们将在行业内曝光贵司。', '曝光'],
    ['我们会安排人员上门催收。', '上门催收'],
  ];
  it.each(threats)('flags "%s" in a friendly reminder', (text, word) => {
    const warnings = checkTone(text, 'friendly');
    expect(warnings.map((w) => w.word)).toEqual([word]);
  });

  it('locates the word by line and column', () => {
    const [w] = checkTone('Dear Sam,\nPay now or face court.', 'courtesy');
    expect(w).toMatchObject({ word: 'court', line: 2, column: 17 });
  });

  it('does not flag words that merely contain a threat word', () => {
    expect(checkTone('We are courteous about any issue you raise; 律师事务所 is not mentioned here.', 'statement').map((w) => w.word)).toEqual(['律师']);
    expect(checkTone('We are courteous about any issue you raise.', 'statement')).toEqual([]);
  });

  it('leaves later stages alone: stating consequences is their job', () => {
    for (const stage of STAGE_IDS.filter((s) => !COURTEOUS_STAGES.includes(s))) {
      expect(checkTone('we will start legal proceedings and 起诉', stage)).toEqual([]);
    }
  });

  it('passes every built-in template of the courteous stages, in both languages and all channels', () => {
    const early = TEMPLATE_LIBRARY.filter((t) => COURTEOUS_STAGES.includes(t.stage));
    // 4 stages × (email, phone, letter, sms, wechat) × 2 languages; short messages in every detail level.
    expect(early).toHaveLength(4 * 5 * 2);
    for (const t of early) {
      for (const body of [t.body, ...(t.shorter ?? [])]) expect(checkTone(`${t.subject ?? ''}\n${body}`, t.stage, t.lang)).toEqual([]);
    }
  });

  it('reports messages in Chinese for a Chinese template', () => {
    expect(checkTone('否则起诉', 'friendly', 'zh-CN')[0]?.message).toContain('带有威胁意味');
  });
});
