import { describe, expect, it } from 'vitest';
import { jurisdictionForRule, limitationFor, type Jurisdiction, type LimitationEvent } from '../../../shared/limitation/index.ts';
import { RULE_PRESETS } from '../../../shared/penalty/index.ts';
import { plainDate } from '../../../shared/plain-date.ts';

const d = plainDate;
const ev = (date: string, action: LimitationEvent['action'], extra: Partial<LimitationEvent> = {}): LimitationEvent => ({ date: d(date), action, ...extra });

interface Case {
  readonly name: string;
  readonly law: Jurisdiction;
  readonly due: string;
  readonly events: readonly LimitationEvent[];
  readonly expires: string;
  readonly start: string;
  readonly restartedBy: string | null;
  /** Words the basis must cite. */
  readonly cites: readonly string[];
}

// Each expiry worked by hand: "expires" is the last day of the period, the day it runs from plus
// the years (DESIGN.md), with the statute the case turns on.
const CASES: readonly Case[] = [
  // 民法典 第188条: from the day after the due date, 2026-04-01; + 3 years = 2029-04-01.
  { name: 'CN, nothing recorded', law: 'cn', due: '2026-03-31', events: [], start: '2026-04-01', expires: '2029-04-01', restartedBy: null, cites: ['188'] },
  // 第202条: 2028-02-29 + 3 years has no 29th: the month's last day, 2031-02-28.
  { name: 'CN, a period starting on 29 February', law: 'cn', due: '2028-02-28', events: [], start: '2028-02-29', expires: '2031-02-28', restartedBy: null, cites: ['188'] },
  // 第195条(一): a demand on 2027-05-10 interrupts; the period runs again from that day to 2030-05-10.
  { name: 'CN, restart by a reminder', law: 'cn', due: '2026-03-31', events: [ev('2027-05-10', 'reminder', { channel: 'email', row: 9 })], start: '2027-05-10', expires: '2030-05-10', restartedBy: 'reminder', cites: ['188', '195'] },
  // 第195条(二): a part payment is the debtor agreeing to perform: 2028-01-15 + 3 years.
  { name: 'CN, restart by a part payment', law: 'cn', due: '2026-03-31', events: [ev('2027-05-10', 'reminder'), ev('2028-01-15', 'payment')], start: '2028-01-15', expires: '2031-01-15', restartedBy: 'payment', cites: ['195'] },
  // 第189条: a plan agreed 2027-01-05 with its last instalment due 2027-12-31 runs from 2028-01-01: to 2031-01-01.
  { name: 'CN, an instalment plan', law: 'cn', due: '2026-03-31', events: [ev('2027-01-05', 'plan', { lastInstalment: d('2027-12-31') })], start: '2028-01-01', expires: '2031-01-01', restartedBy: 'plan', cites: ['189'] },
  // A demand on the very last day (2023-07-01) still interrupts: 2026-07-01; the next on 2026-07-01 again: 2029-07-01.
  { name: 'CN, demands on the last day of each period', law: 'cn', due: '2020-06-30', events: [ev('2023-07-01', 'reminder'), ev('2026-07-01', 'legal')], start: '2026-07-01', expires: '2029-07-01', restartedBy: 'legal', cites: ['195'] },
  // Ended 2023-01-11: a reminder on 2023-02-01 revives nothing.
  { name: 'CN, a reminder after the period ended', law: 'cn', due: '2020-01-10', events: [ev('2023-02-01', 'reminder')], start: '2020-01-11', expires: '2023-01-11', restartedBy: null, cites: ['188'] },
  // A courtesy reminder before the due date does not shorten or move anything.
  { name: 'CN, a reminder before the due date', law: 'cn', due: '2026-03-31', events: [ev('2026-03-28', 'reminder')], start: '2026-04-01', expires: '2029-04-01', restartedBy: null, cites: ['188'] },

  // Limitation Act 1980 s.5: the cause of action accrues the day after the due date, 2026-04-01; 6 years on: 2032-04-01.
  { name: 'UK, nothing recorded', law: 'uk', due: '2026-03-31', events: [], start: '2026-04-01', expires: '2032-04-01', restartedBy: null, cites: ['s.5'] },
  // A reminder is no acknowledgement: the period still ends 2032-04-01.
  { name: 'UK, a reminder does not restart', law: 'uk', due: '2026-03-31', events: [ev('2027-05-10', 'reminder'), ev('2027-06-01', 'promise')], start: '2026-04-01', expires: '2032-04-01', restartedBy: null, cites: ['s.5'] },
  // s.29(5)(b): a part payment on 2028-06-15 makes the right accrue afresh that day: 2034-06-15.
  { name: 'UK, restart by a part payment', law: 'uk', due: '2026-03-31', events: [ev('2028-06-15', 'payment')], start: '2028-06-15', expires: '2034-06-15', restartedBy: 'payment', cites: ['s.29(5)(b)'] },
  // s.29(5)(a), s.30: a signed acknowledgement on 2030-01-20: 2036-01-20.
  { name: 'UK, restart by a written acknowledgement', law: 'uk', due: '2026-03-31', events: [ev('2028-06-15', 'payment'), ev('2030-01-20', 'acknowledged')], start: '2030-01-20', expires: '2036-01-20', restartedBy: 'acknowledged', cites: ['s.30'] },
  // s.29(7): ended 2026-02-02; a payment on 2026-03-01 does not revive it.
  { name: 'UK, a payment after the period ended', law: 'uk', due: '2020-02-01', events: [ev('2026-03-01', 'payment')], start: '2020-02-02', expires: '2026-02-02', restartedBy: null, cites: ['s.5'] },

  // BGB §195, §199(1): fell due in 2026, so from the end of 2026: last day 2029-12-31.
  { name: 'DE, nothing recorded', law: 'de', due: '2026-03-31', events: [], start: '2026-12-31', expires: '2029-12-31', restartedBy: null, cites: ['§195', '§199'] },
  // Due on New Year's Eve: still the year 2026.
  { name: 'DE, due on 31 December', law: 'de', due: '2026-12-31', events: [], start: '2026-12-31', expires: '2029-12-31', restartedBy: null, cites: ['§199'] },
  // §212: a part payment on 2028-05-10 restarts from that day, not from a year end: 2031-05-10. The reminder before it does nothing.
  { name: 'DE, restart by a part payment', law: 'de', due: '2026-03-31', events: [ev('2027-02-01', 'reminder'), ev('2028-05-10', 'payment')], start: '2028-05-10', expires: '2031-05-10', restartedBy: 'payment', cites: ['§212'] },
  // §212: a promise to pay is an acknowledgement "in anderer Weise": 2029-11-30 + 3 years.
  { name: 'DE, restart by a promise', law: 'de', due: '2026-03-31', events: [ev('2029-11-30', 'promise')], start: '2029-11-30', expires: '2032-11-30', restartedBy: 'promise', cites: ['§212'] },
];

describe('limitationFor', () => {
  it.each(CASES)('$name: last day $expires', (c) => {
    const p = limitationFor(c.law, d(c.due), c.events, d('2026-12-07'), 'en');
    expect(p.start).toBe(c.start);
    expect(p.expires).toBe(c.expires);
    expect(p.restartedBy?.action ?? null).toBe(c.restartedBy);
    for (const cite of c.cites) expect(p.basis).toContain(cite);
    expect(p.basis).toContain(c.expires);
  });

  it('says a China restart by a reminder needs proof of delivery, and more so for a call', () => {
    const mail = limitationFor('cn', d('2026-03-31'), [ev('2027-05-10', 'reminder', { channel: 'email' })], d('2027-06-01'), 'en');
    expect(mail.notes.join(' ')).toMatch(/proof that it reached the debtor/);
    const call = limitationFor('cn', d('2026-03-31'), [ev('2027-05-10', 'reminder', { channel: 'phone' })], d('2027-06-01'), 'zh-CN');
    expect(call.notes.join('')).toContain('送达证据');
    expect(call.notes.join('')).toContain('电话催款难以证明');
    expect(call.basis).toContain('第195条');
    // Restarted by the debtor's own payment, nothing needs proving about delivery.
    expect(limitationFor('cn', d('2026-03-31'), [ev('2027-05-10', 'payment')], d('2027-06-01'), 'en').notes).toEqual([]);
  });

  it('notes what did not restart and why', () => {
    expect(limitationFor('cn', d('2020-01-10'), [ev('2023-03-01', 'promise')], d('2023-04-01'), 'en').notes.join(' ')).toMatch(/art\. 192/);
    expect(limitationFor('uk', d('2026-03-31'), [ev('2027-06-01', 'promise')], d('2027-07-01'), 'en').notes.join(' ')).toMatch(/signed it in writing \(s\.29\(5\), s\.30\)/);
    expect(limitationFor('uk', d('2020-02-01'), [ev('2026-03-01', 'payment')], d('2026-04-01'), 'en').notes.join(' ')).toMatch(/s\.29\(7\)/);
    expect(limitationFor('de', d('2026-03-31'), [ev('2027-06-01', 'legal')], d('2027-07-01'), 'en').notes.join(' ')).toMatch(/§204/);
  });

  // 民法典 第203条: a last day that is a day off (a weekend, or a holiday of the State Council's
  // notice, make-up working Saturdays excepted) moves to the next working day. `expires` stays
  // the day the years give; the note gives the day the law allows.
  it.each([
    ['a holiday (国庆节 2026, off 1–7 October)', '2023-10-01', '2026-10-02', '2026-10-08', '国庆节', false],
    ['the Spring Festival (春节 2026, off 15–23 February)', '2023-02-15', '2026-02-16', '2026-02-24', '春节', false],
    ['a Saturday', '2023-11-13', '2026-11-14', '2026-11-16', 'weekend', false],
    ['a year whose notice is not out (statutory 国庆节 only)', '2026-09-30', '2029-10-01', '2029-10-04', '国庆节', true],
  ])('China: a last day on %s runs to the next working day (art. 203)', (_what, due, expires, runsTo, dayOff, assumed) => {
    const p = limitationFor('cn', d(due), [], d('2026-12-07'), 'en');
    expect(p.expires).toBe(expires);
    const note = p.notes.find((n) => n.includes('art. 203')) ?? '';
    expect(note).toContain(`The last day, ${expires}, is a day off (${dayOff})`);
    expect(note).toContain(`the next working day, ${runsTo}`);
    expect(note.includes('notice is not out yet')).toBe(assumed);
    expect(limitationFor('cn', d(due), [], d('2026-12-07'), 'zh-CN').notes.join('')).toContain(`以休假日结束的次日${runsTo}为期间的最后一日`);
  });

  it('China: a last day on a make-up working Saturday (10 October 2026) or a weekday has no such note', () => {
    expect(limitationFor('cn', d('2023-10-09'), [], d('2026-12-07'), 'en')).toMatchObject({ expires: '2026-10-10', notes: [] });
    expect(limitationFor('cn', d('2023-03-30'), [], d('2026-12-07'), 'en')).toMatchObject({ expires: '2026-03-31', notes: [] });
  });

  it('warns from 90 days before the last day, and once it has passed', () => {
    // Last day 2029-04-01: 90 days before is 2029-01-01.
    expect(limitationFor('cn', d('2026-03-31'), [], d('2028-12-31'), 'en').warning).toBeUndefined();
    expect(limitationFor('cn', d('2026-03-31'), [], d('2029-01-01'), 'en')).toMatchObject({ daysLeft: 90, warning: expect.stringContaining('ends on 2029-04-01 (in 90 days)') });
    expect(limitationFor('cn', d('2026-03-31'), [], d('2029-04-01'), 'zh-CN')).toMatchObject({ daysLeft: 0, warning: expect.stringContaining('将于2029-04-01届满') });
    expect(limitationFor('de', d('2026-03-31'), [], d('2030-01-01'), 'en')).toMatchObject({ daysLeft: -1, warning: 'the limitation period ended on 2029-12-31' });
  });
});

describe('jurisdictionForRule', () => {
  it.each([
    ['cn-lpr-1.5x', undefined, 'cn'], ['cn-contract-0.05pct-daily', undefined, 'cn'], ['uk-late-payment', undefined, 'uk'],
    ['de-b2b', undefined, 'de'], ['eu-b2b', RULE_PRESETS['eu-b2b'], undefined], ['us-1.5pct-monthly', undefined, undefined],
    [undefined, { kind: 'eu-late-payment', country: 'DE' } as const, 'de'], [undefined, { kind: 'cn-lpr', multiplier: '1' } as const, 'cn'],
    [undefined, undefined, undefined],
  ] as const)('%s / %j → %s', (preset, rule, expected) => {
    expect(jurisdictionForRule(preset, rule)).toBe(expected);
  });
});
