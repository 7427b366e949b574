import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { limitationFor, type Jurisdiction, type LimitationEvent } from '../../../shared/limitation/index.ts';
import { textsByDate } from '../../../shared/limitation/texts-by-date.ts';
import { addDays, plainDate, type PlainDate } from '../../../shared/plain-date.ts';

describe('textsByDate', () => {
  it('keeps one map per language and kind, and the texts put in it', () => {
    const en = textsByDate('en', 'test kind');
    en.set(plainDate('2026-12-07'), '; last day 2026-12-07');
    expect(textsByDate('en', 'test kind')).toBe(en);
    expect(textsByDate('en', 'test kind').get(plainDate('2026-12-07'))).toBe('; last day 2026-12-07');
    expect(textsByDate('zh-CN', 'test kind')).not.toBe(en);
    expect(textsByDate('en', 'other kind')).not.toBe(en);
  });

  it('starts again once a kind holds more than 20,000 dates (a long-running add-in does not grow without end)', () => {
    const texts = textsByDate('en', 'growing kind');
    for (let i = 0; i <= 20_000; i++) texts.set(addDays(plainDate('1990-01-01'), i), String(i));
    const fresh = textsByDate('en', 'growing kind');
    expect(fresh).not.toBe(texts);
    expect(fresh.size).toBe(0);
  });
});

// The rules make each text about a date once and take it from the cache after: a period worked
// out again (the cache warm) must read exactly as the first time (the cache cold for its dates).
describe('limitation texts made once per date', () => {
  const dates = fc.integer({ min: 0, max: 4000 }).map((n) => addDays(plainDate('2019-01-01'), n));
  const event = fc.record({
    date: dates,
    action: fc.constantFrom<LimitationEvent['action']>('reminder', 'legal', 'promise', 'plan', 'acknowledged', 'payment', 'call', 'note'),
    channel: fc.option(fc.constantFrom<'email' | 'phone' | 'letter'>('email', 'phone', 'letter'), { nil: undefined }),
    row: fc.integer({ min: 2, max: 999 }),
    lastInstalment: fc.option(dates, { nil: undefined }),
  }).map((e) => Object.fromEntries(Object.entries(e).filter(([, v]) => v !== undefined)) as unknown as LimitationEvent);

  it('gives the same period, basis and notes the second time, in every law and language', () => {
    fc.assert(fc.property(
      fc.constantFrom<Jurisdiction>('cn', 'uk', 'de'), fc.constantFrom('en' as const, 'zh-CN' as const), dates, fc.array(event, { maxLength: 5 }), dates,
      (law, lang, due: PlainDate, events, asOf: PlainDate) => {
        const first = limitationFor(law, due, events, asOf, lang);
        const again = limitationFor(law, due, events, asOf, lang);
        expect(again).toEqual(first);
        expect(first.basis).toContain(first.expires);
        expect(first.basis).toContain(due);
        // A text cached for one language never shows in the other's.
        const other = limitationFor(law, due, events, asOf, lang === 'en' ? 'zh-CN' : 'en');
        expect(other.basis).not.toBe(first.basis);
        expect(/[\u4e00-\u9fff]/.test(other.basis.replace(/（?民法典第188条）?/g, ''))).toBe(lang === 'en');
      },
    ), { numRuns: 400 });
  });
});
