import type { ReferenceDataError } from '../../shared/rates/parse-rate-tables.ts';
import type { TemplateLang } from '../../shared/templates/template-locale.ts';

const TABLES: Readonly<Record<string, { readonly en: string; readonly zh: string }>> = {
  cnLpr: { en: 'LPR', zh: 'LPR' },
  ukBankRate: { en: 'Bank Rate', zh: '英格兰银行基准利率' },
  ecbMro: { en: 'ECB MRO', zh: '欧洲央行主要再融资利率' },
  deBasiszinssatz: { en: 'Basiszinssatz', zh: '德国基础利率' },
};
const PARTS: Readonly<Record<string, { readonly en: string; readonly zh: string }>> = {
  from: { en: 'date', zh: '日期' },
  rate: { en: 'rate', zh: '利率' },
  oneYear: { en: '1-year rate', zh: '一年期利率' },
  fiveYear: { en: 'over-5-year rate', zh: '五年期以上利率' },
  knownUntil: { en: 'known until', zh: '已知至' },
  offDays: { en: 'days off', zh: '休息日' },
  workDays: { en: 'make-up working days', zh: '调休上班日' },
  names: { en: 'holiday names', zh: '节日名称' },
  notices: { en: 'notices', zh: '通知' },
  year: { en: 'year', zh: '年份' },
};

/**
 * Where an error is, in words (`ECB MRO, change 3, rate`; `2027, days off, item 4`) instead of the
 * core's path (`rates.ecbMro.changes[2].rate`). Own properties only: the path holds the user's keys.
 */
export function referenceFieldText(field: string, lang: TemplateLang): string {
  const zh = lang === 'zh-CN';
  const words: string[] = [];
  for (const part of field.split('.')) {
    if (part === 'rates' || part === 'calendar' || part === 'years' || part === '') continue;
    const item = /^(\w+)\[(\d+)\]$/.exec(part);
    const name = item ? item[1]! : part;
    if (Object.hasOwn(TABLES, name)) words.push(zh ? TABLES[name]!.zh : TABLES[name]!.en);
    else if (name === 'changes' || name === 'quotes') words.push('');
    else if (Object.hasOwn(PARTS, name)) words.push(zh ? PARTS[name]!.zh : PARTS[name]!.en);
    else words.push(zh && /^\d{4}$/.test(name) ? `${name}年` : name);
    if (item) {
      const n = Number(item[2]) + 1;
      const what = name === 'changes' || name === 'quotes' ? (zh ? `第 ${n} 条调整` : `change ${n}`) : (zh ? `第 ${n} 项` : `item ${n}`);
      if (words[words.length - 1] === '') words[words.length - 1] = what;
      else words.push(what);
    }
  }
  return words.filter((w) => w !== '').join(zh ? '，' : ', ');
}

function zhMessage(e: ReferenceDataError): string {
  switch (e.code) {
    case 'not-json': return '不是 JSON 文本（请粘贴或选择与资料文件夹中格式相同的 .json 文件）';
    case 'rates-shape': return '格式不对：利率表须列出调整（changes：{"from": "YYYY-MM-DD", "rate": "3.75"}），LPR 须列出报价（quotes：{"from", "oneYear", "fiveYear"}）';
    case 'rates-unknown-table': return '看不出是哪张利率表：请写成 {"ecbMro": {...}}（或 cnLpr、ukBankRate、deBasiszinssatz）';
    case 'rates-known-until': return '须为该表已知完整的最后一天，日期格式 YYYY-MM-DD';
    case 'rates-duplicate-date': return '同一日期出现了两次';
    case 'rates-after-known-until': return '该日期晚于“已知至”日期；请把“已知至”改为不早于这一天';
    case 'rates-date':
      if (e.message.includes('BGB')) return '德国基础利率只在 1 月 1 日和 7 月 1 日调整（BGB 第247条）';
      if (e.message.includes('LPR')) return 'LPR 自 2019-08-20 起报价；此前适用中国人民银行贷款基准利率';
      return '须为真实存在的日期，格式 YYYY-MM-DD';
    case 'rates-percent': return '须为年利率的百分数，如 3.75（表示 3.75%），介于 -10 与 100 之间';
    case 'calendar-shape': return '格式不对：一年的安排须列出休息日（offDays）和调休上班日（workDays），可附节日名称和通知';
    case 'calendar-date': return '须为真实存在的日期，格式 YYYY-MM-DD';
    case 'calendar-date-outside-year': return '该日期不在这一年（或上一年 12 月）内';
    case 'calendar-conflict': return '同一天既列为休息日又列为调休上班日';
    case 'calendar-year': return '须为年份，如 2027';
    default: return e.message;
  }
}

/**
 * An error in a user's rates or calendar in plain words, in the UI language: where it is, what is
 * wrong and the value seen (`ECB MRO, change 1, rate: must be a percent a year … (got "2,65")`).
 */
export function referenceErrorText(e: ReferenceDataError, lang: TemplateLang): string {
  const where = referenceFieldText(e.field, lang);
  const what = lang === 'zh-CN' ? zhMessage(e) : e.message;
  const got = e.value === undefined ? '' : lang === 'zh-CN' ? `（填写的是 ${e.value}）` : ` (got ${e.value})`;
  return `${where ? `${where}${lang === 'zh-CN' ? '：' : ': '}` : ''}${what}${got}`;
}
