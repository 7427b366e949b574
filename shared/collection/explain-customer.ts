import { formatMoneyWithCode } from '../format-money-with-code.ts';
import { channelWord, actionWord, type LimitationLang } from '../limitation/limitation-text.ts';
import type { Money } from '../money.ts';
import { addDays, daysBetween, type PlainDate } from '../plain-date.ts';
import type { StageId } from '../stage-id.ts';
import { stageLabel } from '../labels/stage-labels.ts';
import type { CustomerCollection } from './customer-collection.ts';
import type { LastContact } from './last-contact.ts';

/** Everything of a customer's state but the sentence itself. */
export type CustomerFacts = Omit<CustomerCollection, 'why'>;

// Stage labels as words in a sentence, worked out once per language (a sentence per customer).
const STAGE_WORDS: Readonly<Record<LimitationLang, Map<StageId, string>>> = { en: new Map(), 'zh-CN': new Map() };

function stageWords(stage: StageId, lang: LimitationLang): string {
  const cache = STAGE_WORDS[lang];
  let words = cache.get(stage);
  if (words === undefined) {
    const label = stageLabel(stage, lang);
    words = lang === 'en' ? label.charAt(0).toLowerCase() + label.slice(1) : label;
    cache.set(stage, words);
  }
  return words;
}

function contactWords(c: LastContact, lang: LimitationLang): string {
  const zh = lang === 'zh-CN';
  const how = c.channel !== undefined ? channelWord(c.channel, lang) : undefined;
  if (c.action === 'reminder' && c.stage !== undefined) {
    return zh ? `${c.date}${how ?? ''}${stageWords(c.stage, lang)}` : `${stageWords(c.stage, lang)}${how ? ` by ${how}` : ''} on ${c.date}`;
  }
  return zh ? `${c.date}${actionWord(c.action, lang)}` : `${actionWord(c.action, lang)} on ${c.date}`;
}

function amounts(byCurrency: Readonly<Record<string, Money>>, lang: LimitationLang): string {
  return Object.values(byCurrency).map(formatMoneyWithCode).join(lang === 'zh-CN' ? '、' : ' and ');
}

/** One line of text from user data: line breaks and runs of spaces become one space. */
function oneLine(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

/**
 * The one sentence that says why a customer's next step is what it is, e.g. "promised CNY
 * 20,000.00 by 2026-11-15, not paid: set a deadline" / "承诺2026-11-15前支付CNY 20,000.00，未付：
 * 限期付款"; with what is not chased and a limitation period ending within 90 days after it.
 */
export function explainCustomer(c: CustomerFacts, asOf: PlainDate, lang: LimitationLang): string {
  const zh = lang === 'zh-CN';
  const stage = c.nextStage !== null ? stageWords(c.nextStage, lang) : '';
  // The step is about the invoices due for it: their days and their last contact.
  const chased = c.invoices.filter((i) => c.chase.includes(i.receivable.invoice));
  const about = chased.length > 0 ? chased : c.invoices.filter((i) => i.status !== 'paid');
  const oldest = about.reduce((m, i) => Math.max(m, daysBetween(i.receivable.dueDate, asOf)), Number.NEGATIVE_INFINITY);
  let lastContact: LastContact | null = null;
  for (const i of about) {
    const l = i.lastContact;
    if (l && (lastContact === null || l.date > lastContact.date || (l.date === lastContact.date && l.row > lastContact.row))) lastContact = l;
  }
  const openCount = c.invoices.filter((i) => i.status !== 'paid').length;
  const which = chased.length > 0 && chased.length < openCount ? `${chased.map((i) => i.receivable.invoice).join(zh ? '、' : ', ')}${zh ? '：' : ': '}` : '';
  let sentence: string;
  switch (c.status) {
    case 'broken-promise': {
      const p = c.promise;
      const what = p?.amount ? formatMoneyWithCode(p.amount) : zh ? '全部欠款' : 'to pay';
      const paid = p?.paid && p.paid.minor > 0 ? formatMoneyWithCode(p.paid) : undefined;
      sentence = zh
        ? `承诺${p?.until ?? ''}前支付${what}，${paid ? `仅付${paid}` : '未付'}：${stage}`
        : `promised ${what} by ${p?.until ?? ''}, ${paid ? `only ${paid} paid` : 'not paid'}: ${stage}`;
      break;
    }
    case 'plan-missed': {
      const m = c.plan?.missed;
      sentence = zh
        ? `分期计划（${c.plan?.agreedOn ?? ''}约定）中${m?.until ?? ''}到期的${m ? formatMoneyWithCode(m.amount) : ''}未付：${stage}`
        : `instalment of ${m ? formatMoneyWithCode(m.amount) : ''} due ${m?.until ?? ''} not paid (plan of ${c.plan?.agreedOn ?? ''}): ${stage}`;
      break;
    }
    case 'promised': {
      const p = c.promise;
      const what = p?.amount ? formatMoneyWithCode(p.amount) : zh ? '全部欠款' : 'in full';
      const resume = p ? addDays(p.until, 1) : '';
      sentence = zh ? `承诺${p?.until ?? ''}前支付${what}：${resume}前不催收` : `promised ${what} by ${p?.until ?? ''}: no chasing before ${resume}`;
      break;
    }
    case 'plan': {
      const plan = c.plan;
      const paid = plan?.instalments.filter((i) => i.paid).length ?? 0;
      const n = plan?.instalments.length ?? 0;
      const next = plan?.next;
      sentence = zh
        ? `按分期计划还款（${plan?.agreedOn ?? ''}约定，已付${paid}/${n}期）：下一期${next?.until ?? ''}前支付${next ? formatMoneyWithCode(next.amount) : ''}`
        : `on an instalment plan (agreed ${plan?.agreedOn ?? ''}, ${paid} of ${n} paid): next ${next ? formatMoneyWithCode(next.amount) : ''} by ${next?.until ?? ''}`;
      break;
    }
    case 'paused': {
      const p = c.pause;
      const why = p?.reason ? (zh ? `（${oneLine(p.reason)}）` : ` (${oneLine(p.reason)})`) : '';
      sentence = zh
        ? `暂停催收至${p?.until ?? ''}${why}${c.nextAction ? `：${c.nextAction}恢复` : ''}`
        : `paused until ${p?.until ?? ''}${why}${c.nextAction ? `: chasing resumes on ${c.nextAction}` : ''}`;
      break;
    }
    case 'disputed': {
      const d = c.dispute;
      const which = c.invoices.filter((i) => i.status === 'disputed').map((i) => i.receivable.invoice).join(zh ? '、' : ', ');
      sentence = zh
        ? `${d?.since ?? ''}起对${which}提出异议（${oneLine(d?.reason ?? '')}）：解决前不催收`
        : `disputes ${which} since ${d?.since ?? ''} (${oneLine(d?.reason ?? '')}): not chased until resolved`;
      break;
    }
    case 'with-counsel': {
      const k = c.counsel;
      const note = k?.note ? (zh ? `（${oneLine(k.note)}）` : ` (${oneLine(k.note)})`) : '';
      sentence = zh ? `${k?.since ?? ''}起已交律师或法院处理${note}：不再催收` : `with counsel since ${k?.since ?? ''}${note}: not chased`;
      break;
    }
    case 'paid':
      if (c.nextStage === 'thank-you' && c.lastContact) {
        sentence = zh ? `${contactWords(c.lastContact, lang)}后已全部付清：${stage}` : `paid in full after the ${contactWords(c.lastContact, lang)}: ${stage}`;
      } else sentence = zh ? '无欠款' : 'nothing owed';
      break;
    case 'waiting':
      sentence = lastContact
        ? zh ? `${which}已于${contactWords(lastContact, lang)}；下一步：${c.nextAction ?? ''}${stage}` : `${which}${contactWords(lastContact, lang)}; next: ${stage} on ${c.nextAction ?? ''}`
        : zh ? `${which}下一步：${c.nextAction ?? ''}${stage}` : `${which}next: ${stage} on ${c.nextAction ?? ''}`;
      break;
    case 'open':
    default: {
      const late = oldest > 0
        ? zh ? `逾期${oldest}天` : `${oldest} day${oldest === 1 ? '' : 's'} overdue`
        : zh ? '尚未逾期' : 'not yet overdue';
      const contact = lastContact
        ? zh ? `，上次联系为${contactWords(lastContact, lang)}` : `; last contact ${contactWords(lastContact, lang)}`
        : zh ? '，尚无联系记录' : ', no contact recorded';
      if (c.nextStage === null) sentence = `${which}${late}${contact}`;
      else if (c.nextAction !== null && c.nextAction > asOf) sentence = zh ? `${which}${late}${contact}：${c.nextAction}${stage}` : `${which}${late}${contact}: ${stage} on ${c.nextAction}`;
      else sentence = `${which}${late}${contact}${zh ? '：' : ': '}${stage}`;
    }
  }
  const extra: string[] = [];
  // An arrangement on other invoices than the ones chased.
  const p = c.promise;
  if (p && p.state === 'pending' && c.status !== 'promised') {
    const what = p.amount ? formatMoneyWithCode(p.amount) : zh ? '全部欠款' : 'in full';
    const on = p.invoices.join(zh ? '、' : ', ');
    extra.push(zh ? `${on}：承诺${p.until}前支付${what}` : `${on}: promised ${what} by ${p.until}`);
  }
  const plan = c.plan;
  if (plan && plan.state === 'on-track' && plan.next && c.status !== 'plan') {
    extra.push(zh ? `${plan.invoices.join('、')}：按分期计划还款，下一期${plan.next.until}` : `${plan.invoices.join(', ')}: on an instalment plan, next due ${plan.next.until}`);
  }
  if (Object.keys(c.notChased).length > 0 && c.status !== 'disputed' && c.status !== 'with-counsel' && c.status !== 'paused') {
    extra.push(zh ? `不催收：${amounts(c.notChased, lang)}（有异议、暂停或已交律师）` : `not chased: ${amounts(c.notChased, lang)} (disputed, paused or with counsel)`);
  }
  const lim = c.limitation;
  if (lim && lim.period.daysLeft <= 90) {
    extra.push(lim.period.daysLeft < 0
      ? zh ? `${lim.invoice}诉讼时效已于${lim.period.expires}届满` : `limitation period for ${lim.invoice} ended ${lim.period.expires}`
      : zh ? `${lim.invoice}诉讼时效${lim.period.expires}届满` : `limitation period for ${lim.invoice} ends ${lim.period.expires}`);
  }
  // Concatenated, not joined: the text stays a rope until it is shown (10,000 customers' sentences
  // are built on every derivation; npm run bench, collection log).
  let text = sentence;
  for (const x of extra) text += (zh ? '；' : '; ') + x;
  return text;
}
