import type { ReferenceTableId } from '../../shared/penalty/penalty-warning.ts';
import type { ReferenceDataError } from '../../shared/rates/parse-rate-tables.ts';
import { referenceDataStatus, type ReferenceData } from '../../shared/reference-data/index.ts';
import { rulePresetLabel } from '../../shared/labels/index.ts';
import type { PaneLanguage } from './language.ts';

type Words = Readonly<Record<PaneLanguage, string>>;

/** What the pane and the sheet call each reference table. */
export const REFERENCE_TABLE_NAMES: Readonly<Record<ReferenceTableId, Words>> = {
  cnLpr: { en: 'LPR (China)', 'zh-CN': '贷款市场报价利率（LPR）' },
  ukBankRate: { en: 'Bank Rate (UK)', 'zh-CN': '英格兰银行基准利率' },
  ecbMro: { en: 'ECB main refinancing rate', 'zh-CN': '欧洲央行主要再融资利率' },
  deBasiszinssatz: { en: 'Basiszinssatz (Germany)', 'zh-CN': '德国基础利率' },
  cnHolidays: { en: "China's holiday calendar", 'zh-CN': '中国节假日安排' },
};

/** A table's name in the pane's language. */
export function referenceTableName(id: ReferenceTableId, lang: PaneLanguage): string {
  return REFERENCE_TABLE_NAMES[id][lang];
}

/**
 * Which tables a figure rests on past their known-until dates, in plain words:
 * `LPR (China) after 2026-09-19` / `贷款市场报价利率（LPR）2026-09-19 之后`.
 */
export function assumedTablesText(ids: readonly ReferenceTableId[], data: ReferenceData, lang: PaneLanguage): string {
  const knownUntil = new Map(referenceDataStatus(data, data.calendar.knownUntil).map((s) => [s.id, s.knownUntil]));
  return ids.map((id) => {
    const until = knownUntil.get(id) ?? '';
    if (id === 'cnHolidays') return lang === 'zh-CN' ? `${until} 之后的放假安排未公布` : `holiday notice after ${until} missing`;
    return lang === 'zh-CN' ? `${referenceTableName(id, lang)} ${until} 之后` : `${referenceTableName(id, lang)} after ${until}`;
  }).join(lang === 'zh-CN' ? '；' : '; ');
}

/**
 * The rule that produced a figure, for people: a preset by its name (`UK Late Payment Act…`),
 * a contract's penalty cell as the contract says it (`Contract: 日万分之五`), other rules by
 * their short name.
 */
export function ruleChoiceText(label: string | undefined, lang: PaneLanguage): string {
  if (label === undefined || label === '') return '';
  const contract = /^contract (.+)$/s.exec(label);
  if (contract) return lang === 'zh-CN' ? `合同约定：${contract[1]}` : `Contract: ${contract[1]}`;
  return rulePresetLabel(label, lang);
}

/** The sheet's Rule cell: the rule, and what it assumed when it did (`… — assumed: LPR (China) after 2026-09-19`). */
export function ruleCellText(label: string | undefined, assumed: readonly ReferenceTableId[] | undefined, data: ReferenceData, lang: PaneLanguage): string {
  const rule = ruleChoiceText(label, lang);
  if (!assumed || assumed.length === 0) return rule;
  const what = assumedTablesText(assumed, data, lang);
  return lang === 'zh-CN' ? `${rule}（假定值：${what}）` : `${rule} — assumed: ${what}`;
}

const DATE_HINT: Words = { en: 'write it as YYYY-MM-DD', 'zh-CN': '请按“年-月-日”（YYYY-MM-DD）填写' };

/** The part of a field path a person can place: `calendar.years.2027.offDays[3]` → `2027 offDays[3]`. */
function place(field: string): string {
  return field.replace(/^(?:rates|calendar)(?:\.years)?\.?/, '').replace(/\./g, ' ');
}

/**
 * Why a rate change or a pasted calendar was refused, in the pane's words: the same checks as
 * the CLI's `--rates` and `--calendar` (the core's codes), said for the person at the form.
 */
export function referenceDataErrorText(e: ReferenceDataError, lang: PaneLanguage): string {
  const zh = lang === 'zh-CN';
  const value = (e.value ?? '').replace(/^"(.*)"$/, '$1');
  switch (e.code) {
    case 'rates-known-until':
      return zh ? `“数据有效至”须为日期，${DATE_HINT[lang]}。` : `“Known until” must be a date: ${DATE_HINT[lang]}.`;
    case 'rates-date':
      if (/LPR has been quoted since/.test(e.message)) return zh ? 'LPR 自 2019-08-20 起报价；更早的日期适用人民银行基准利率，无需添加。' : 'The LPR has been quoted since 2019-08-20; earlier days use the PBOC benchmark rate, which is built in.';
      if (/Basiszinssatz changes/.test(e.message)) return zh ? '德国基础利率只在 1 月 1 日和 7 月 1 日调整（BGB 第247条）。' : 'The Basiszinssatz changes only on 1 January and 1 July (BGB §247).';
      return zh ? `“${value}”不是有效的生效日期，${DATE_HINT[lang]}。` : `“${value}” is not a real date for the change: ${DATE_HINT[lang]}.`;
    case 'rates-percent': {
      const which = /fiveYear$/.test(e.field) ? (zh ? '五年期以上利率' : 'The over-5-year rate') : (zh ? '利率' : 'The rate');
      return zh ? `${which}“${value}”无法识别：请填写年利率百分数，例如 3.75（介于 -10 与 100 之间）。` : `${which} “${value}” cannot be read: write the percent a year as a number such as 3.75 (between -10 and 100).`;
    }
    case 'rates-after-known-until':
      return zh ? `生效日 ${value} 晚于“数据有效至”：请把“数据有效至”设为该日或更晚。` : `The change takes effect on ${value}, after “Known until”: set “Known until” to that day or later.`;
    case 'rates-unknown-table':
    case 'rates-shape':
      return zh ? '请选择要添加的利率表。' : 'Choose the rate table to add to.';
    case 'calendar-not-json':
      return zh ? '粘贴的内容不是 JSON。请按 cn-holidays.json 的格式粘贴一年，例如 {"year": 2027, "offDays": ["2027-01-01"], "workDays": []}。'
        : 'The pasted text is not JSON. Paste a year in the shape of cn-holidays.json, such as {"year": 2027, "offDays": ["2027-01-01"], "workDays": []}.';
    case 'calendar-date':
      return zh ? `${place(e.field)} 中的“${value}”不是有效日期，${DATE_HINT[lang]}。` : `“${value}” in ${place(e.field)} is not a real date: ${DATE_HINT[lang]}.`;
    case 'calendar-date-outside-year':
      return zh ? `${place(e.field)} 中的 ${value} 不在该年度（或其前一年的 12 月）内。` : `${value} in ${place(e.field)} is not in that year (or the December before it).`;
    case 'calendar-conflict':
      return zh ? `${value} 同时被列为放假日和调休上班日。` : `${value} is listed both as a day off and as a make-up working day.`;
    case 'calendar-year':
      return zh ? '年份须写成数字，例如 "year": 2027，或以 "2027" 为键。' : 'The year must be a number such as "year": 2027, or each year keyed by its number such as "2027".';
    case 'calendar-shape':
      if (/lists no day off/.test(e.message)) return zh ? `${place(e.field)} 没有列出任何放假日：每年都有法定节假日（元旦、春节、国庆节……）。` : `${place(e.field)} lists no day off: every year has statutory holidays (New Year, Spring Festival, National Day…).`;
      return zh ? `粘贴的内容不是 cn-holidays.json 格式的日历年（${place(e.field) || '整体'}）：应包含 offDays（放假日）和 workDays（调休上班日）。`
        : `The pasted text is not a calendar year in the shape of cn-holidays.json (at ${place(e.field) || 'the top'}): a year has offDays (days off) and workDays (make-up working days).`;
    default:
      return zh ? `内容无法使用：${place(e.field)}` : `${place(e.field)} ${e.message}`.trim();
  }
}
