import type { StageId } from '../stage-id.ts';
import type { TemplateLang } from './template-locale.ts';

/** A threat word found where the stage must stay courteous. */
export interface ToneWarning {
  readonly word: string;
  readonly line: number;
  readonly column: number;
  readonly message: string;
}

/** Stages that assume an oversight and must never threaten. */
export const COURTEOUS_STAGES: readonly StageId[] = ['courtesy', 'friendly', 'statement', 'payment-plan'];

// Words that announce consequences (litigation, collection, credit reporting) or pressure.
const ENGLISH = [
  'legal action', 'legal proceedings', 'legal steps', 'lawsuit', 'sue', 'suing', 'court', 'courts', 'tribunal',
  'collection agency', 'collections agency', 'debt collector', 'debt collection', 'bailiff', 'solicitor',
  'solicitors', 'lawyer', 'lawyers', 'attorney', 'litigation', 'judgment', 'winding up', 'bankruptcy',
  'insolvency', 'blacklist', 'credit reference agency', 'final notice', 'final demand', 'last chance',
  'or else', 'consequences', 'penalty', 'penalties', 'suspend', 'suspension', 'proceedings', 'enforcement',
  'police', 'criminal', 'repossess', 'repossession', 'late fee', 'late fees', 'statutory interest',
];
const CHINESE = [
  '起诉', '诉讼', '律师函', '律师', '法院', '仲裁', '催收机构', '催收公司', '追究', '法律责任', '法律手段',
  '法律途径', '强制执行', '黑名单', '征信', '失信', '最后通牒', '后果自负', '违约金', '停止供货', '暂停供货',
  '法律措施', '追讨', '滞纳金', '罚息', '报警', '公安', '曝光', '上门催收',
];

/**
 * Warns when a message for an early stage (`courtesy`, `friendly`, `statement`, `payment-plan`)
 * contains threat words, in either language (a Chinese template may quote English and vice versa).
 * Later stages get no warnings: stating consequences is their purpose.
 */
export function checkTone(text: string, stage: StageId, lang: TemplateLang = 'en'): ToneWarning[] {
  if (!COURTEOUS_STAGES.includes(stage)) return [];
  const warnings: ToneWarning[] = [];
  const add = (word: string, index: number): void => {
    const before = text.slice(0, index);
    const line = before.split('\n').length;
    const column = index - before.lastIndexOf('\n');
    warnings.push({
      word, line, column,
      message: lang === 'zh-CN'
        ? `“${word}”（第${line}行第${column}列）带有威胁意味，不宜用于“${stage}”阶段：此阶段应礼貌并假定对方只是疏忽`
        : `"${word}" (line ${line}, column ${column}) reads as a threat; a ${stage} message should stay courteous and assume an oversight`,
    });
  };
  for (const word of ENGLISH) {
    const pattern = new RegExp(`\\b${word.replace(/ /g, '\\s+')}\\b`, 'gi');
    for (const m of text.matchAll(pattern)) add(word, m.index ?? 0);
  }
  for (const word of CHINESE) {
    let at = text.indexOf(word);
    while (at >= 0) {
      // 律师 inside 律师函 is one finding, not two.
      if (!(word === '律师' && text.startsWith('律师函', at))) add(word, at);
      at = text.indexOf(word, at + word.length);
    }
  }
  return warnings.sort((a, b) => a.line - b.line || a.column - b.column);
}
