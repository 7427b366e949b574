import type { AgendaAction, TodayAgenda, UpcomingItem } from '../shared/collection/index.ts';
import { displayWidth, padToWidth } from '../shared/display-width.ts';
import { formatMoneyWithCode } from '../shared/format-money-with-code.ts';
import type { Jurisdiction } from '../shared/limitation/index.ts';
import { channelWord } from '../shared/limitation/limitation-text.ts';
import type { Money } from '../shared/money.ts';
import { addDays, isoWeekday, type PlainDate } from '../shared/plain-date.ts';
import { stageLabel } from '../shared/labels/index.ts';
import { terminalSafe } from './terminal-safe.ts';

type Lang = 'en' | 'zh-CN';

const WORDS = {
  en: {
    title: (d: string) => `What to do today, ${d}`,
    todo: (n: number) => (n === 0 ? 'Nothing to chase today.' : `TO DO TODAY — ${n} customer${n === 1 ? '' : 's'}, most urgent first`),
    groups: { broken: 'Broken promises and missed instalments', limitation: 'Limitation period ending', overdue: 'Overdue', courtesy: 'Due soon: courtesy reminders', 'thank-you': 'Paid: say thank you', none: '' },
    head: ['Customer', 'Next step', 'By', 'Overdue', 'Due since', 'Why'],
    penalty: (m: string) => `+ ${m} penalty`, assumed: '* penalty resting on a rate or holiday table past its known-until date (dunning rates)',
    upcoming: (to: string) => `COMING UP — next 7 days, to ${to}`,
    limitation: 'LIMITATION PERIODS ENDING WITHIN 90 DAYS',
    none: '  none',
    promise: 'promise', instalment: (n: number, of: number) => `instalment ${n} of ${of}`, pauseEnds: (d: string) => `pause ends (chasing resumes ${d})`,
    expired: 'ENDED', daysLeft: (n: number) => `${n} days left`,
    later: (later: number, held: number) => `Not on today's list: ${later} waiting or on hold (promise, plan, pause), ${held} disputed or with counsel.`,
    weekday: ['Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun'],
    longWeekday: ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'],
  },
  'zh-CN': {
    title: (d: string) => `今日催收待办（${d}）`,
    todo: (n: number) => (n === 0 ? '今日无需催收。' : `今日待办——${n}位客户，按紧急程度排列`),
    groups: { broken: '承诺未兑现、分期逾期', limitation: '诉讼时效将届满', overdue: '逾期催收', courtesy: '即将到期：到期前提醒', 'thank-you': '已付清：致谢', none: '' },
    head: ['客户', '下一步', '方式', '逾期金额', '应办日', '原因'],
    penalty: (m: string) => `+ 违约金 ${m}`, assumed: '* 违约金所用利率或节假日数据已超出其已知日期（见 dunning rates）',
    upcoming: (to: string) => `未来7天（至${to}）`,
    limitation: '90天内届满的诉讼时效',
    none: '  无',
    promise: '付款承诺', instalment: (n: number, of: number) => `分期第${n}/${of}期`, pauseEnds: (d: string) => `暂停结束（${d}起恢复催收）`,
    expired: '已届满', daysLeft: (n: number) => `剩${n}天`,
    later: (later: number, held: number) => `不在今日清单：${later}位等待中或暂缓（承诺、分期、暂停），${held}位有异议或已交律师。`,
    weekday: ['周一', '周二', '周三', '周四', '周五', '周六', '周日'],
  },
} as const;

/** Rows of cells laid out in columns: widths by display width (CJK counts two), amounts right-aligned. */
function layout(rows: readonly (readonly string[])[], right: ReadonlySet<number>, indent = '  '): string[] {
  const widths: number[] = [];
  for (const r of rows) r.forEach((c, i) => { widths[i] = Math.max(widths[i] ?? 0, displayWidth(c)); });
  return rows.map((r) => indent + r.map((c, i) => (i === r.length - 1 ? c : padToWidth(c, widths[i] ?? 0, right.has(i) ? 'right' : 'left'))).join('  ').trimEnd());
}

function amounts(byCurrency: Readonly<Record<string, Money>>): string[] {
  const list = Object.values(byCurrency).map(formatMoneyWithCode);
  return list.length > 0 ? list : ['—'];
}

function longDay(date: PlainDate, lang: Lang): string {
  return lang === 'zh-CN' ? `${date} ${WORDS[lang].weekday[isoWeekday(date) - 1]}` : `${WORDS.en.longWeekday[isoWeekday(date) - 1]} ${date}`;
}

function day(date: PlainDate, lang: Lang): string {
  return `${date} ${WORDS[lang].weekday[isoWeekday(date) - 1]}`;
}

/**
 * The morning chase list as a terminal table: grouped by urgency, columns aligned across the
 * groups (Chinese counts two columns a character), amounts per currency with their code, one
 * currency a line; then what falls due in the next 7 days and the limitation periods ending
 * within 90 days. Every value from the data is shown escaped (terminalSafe).
 */
export function todayTable(agenda: TodayAgenda, lang: Lang, source: { ledger: string; log: string; rows: number; jurisdictions?: readonly Jurisdiction[] }): string {
  const w = WORDS[lang];
  const out: string[] = [w.title(longDay(agenda.asOf, lang)), `${oneLine(source.ledger)} · ${oneLine(source.log)} (${source.rows} rows)${(source.jurisdictions ?? []).map((j) => ` · ${lawName(j, lang)}`).join('')}`, ''];
  out.push(w.todo(agenda.actions.length));
  if (agenda.actions.length > 0) {
    // One table for all groups so the columns line up down the page; group titles between.
    const rows: string[][] = [[...w.head]];
    const groupAt: { at: number; title: string }[] = [];
    let group: string | undefined;
    for (const a of agenda.actions) {
      if (a.urgency !== group) {
        group = a.urgency;
        groupAt.push({ at: rows.length, title: w.groups[a.urgency] });
      }
      rows.push(...actionRows(a, lang));
    }
    const laid = layout(rows, new Set([3]));
    const lines: string[] = [laid[0] as string, `  ${'─'.repeat(Math.max(0, displayWidth(laid[0] as string) - 2))}`];
    let g = 0;
    for (let i = 1; i < laid.length; i++) {
      if (groupAt[g]?.at === i) {
        lines.push(`${g === 0 ? '' : '\n'}  ${groupAt[g]?.title ?? ''}`);
        g++;
      }
      lines.push(laid[i] as string);
    }
    out.push('', ...lines);
    if (agenda.actions.some((a) => a.assumed)) out.push('', `  ${w.assumed}`);
  }
  out.push('', w.upcoming(addDays(agenda.asOf, 7)));
  if (agenda.upcoming.length === 0) out.push(w.none);
  else out.push(...layout(agenda.upcoming.map((u) => upcomingRow(u, lang)), new Set([3])));
  out.push('', w.limitation);
  if (agenda.limitation.length === 0) out.push(w.none);
  else {
    out.push(...layout(agenda.limitation.map((l) => [
      l.period.expires, l.period.daysLeft < 0 ? w.expired : w.daysLeft(l.period.daysLeft), oneLine(l.customer), oneLine(l.invoice),
      formatMoneyWithCode(l.outstanding), l.period.warning ? oneLine(l.period.warning) : '',
    ]), new Set([4])));
    for (const l of agenda.limitation) for (const note of l.period.notes) out.push(`    ${oneLine(l.invoice)}: ${oneLine(note)}`);
  }
  if (agenda.later + agenda.notChased > 0) out.push('', w.later(agenda.later, agenda.notChased));
  return out.join('\n') + '\n';
}

function actionRows(a: AgendaAction, lang: Lang): string[][] {
  const money = amounts(a.overdue);
  // The penalty run up to today under each invoice's rule, one line per currency under the amounts.
  const penalty = a.penalty ? Object.values(a.penalty).map((m) => WORDS[lang].penalty(`${formatMoneyWithCode(m)}${a.assumed ? '*' : ''}`)) : [];
  const first = [oneLine(a.customer), stageLabel(a.nextStage, lang), a.channel ? channelWord(a.channel, lang) : '', money[0] ?? '', a.dueSince ?? '', oneLine(a.why)];
  return [first, ...[...money.slice(1), ...penalty].map((m) => ['', '', '', m, '', ''])];
}

function upcomingRow(u: UpcomingItem, lang: Lang): string[] {
  const w = WORDS[lang];
  const what = u.kind === 'promise' ? w.promise : u.kind === 'instalment' && u.instalment ? w.instalment(u.instalment.number, u.instalment.of) : w.pauseEnds(addDays(u.date, 1));
  return [day(u.date, lang), oneLine(u.customer), what, u.amount ? formatMoneyWithCode(u.amount) : '', oneLine(u.invoices.join(', '))];
}

function lawName(j: Jurisdiction, lang: Lang): string {
  const names = { cn: ['limitation: China (Civil Code art. 188)', '诉讼时效：中国民法典第188条'], uk: ['limitation: England and Wales (Limitation Act 1980)', '时效：英格兰及威尔士《1980年时效法》'], de: ['limitation: Germany (BGB §195)', '时效：德国民法典第195条'] } as const;
  return names[j][lang === 'en' ? 0 : 1];
}

/** A value from the data on one line of the table, shown escaped (a line break or an escape sequence in a name cannot fake a line). */
function oneLine(text: string): string {
  return terminalSafe(text.replace(/\s+/g, ' ').trim());
}
