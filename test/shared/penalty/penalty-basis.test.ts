import { describe, expect, it } from 'vitest';
import { calc } from './calc-case.ts';

// `basis` is a sentence fit to paste into a letter that names the rule and its legal source
// (DESIGN.md: "the rule's legal basis"; issue 3: "naming the rule and its legal source").
const cny = { principal: '100000.00', currency: 'CNY', dueDate: '2024-03-31', asOf: '2024-06-30' };
const usd = { ...cny, currency: 'USD' };

describe('basis names the rule and its legal source', () => {
  it.each([
    // Chinese contract penalties: 民法典 第585条 (agreed liquidated damages), in both languages.
    [cny, { kind: 'daily-rate', rate: '0.0005' }, 'zh-CN', ['万分之五', '民法典》第五百八十五条']],
    [cny, { kind: 'daily-rate', rate: '0.0005' }, 'en', ['0.05% of the overdue balance per day', 'Article 585 of the Civil Code of the PRC']],
    [cny, { kind: 'monthly-rate', rate: '0.015' }, 'en', ['1.5% per month', 'Article 585 of the Civil Code of the PRC']],
    [cny, { kind: 'annual-rate', rate: '0.12' }, 'en', ['12% a year', 'Article 585 of the Civil Code of the PRC']],
    [cny, { kind: 'fixed', amount: '500.00' }, 'en', ['one-off', 'Article 585 of the Civil Code of the PRC']],
    [cny, { kind: 'per-day-amount', amount: '20.00' }, 'en', ['20.00 for each day', 'Article 585 of the Civil Code of the PRC']],
    // Elsewhere the contract clause itself is the source; no Chinese statute is claimed.
    [usd, { kind: 'monthly-rate', rate: '0.015' }, 'en', ['1.5% per month', 'late-payment clause of the contract']],
    [cny, { kind: 'cn-lpr', multiplier: '1.5' }, 'zh-CN', ['贷款市场报价利率', '× 1.5', '第十八条第四款']],
    [cny, { kind: 'cn-lpr', multiplier: '1.5' }, 'en', ['Loan Prime Rate', 'art. 18(4)']],
    [{ ...cny, currency: 'GBP' }, { kind: 'uk-late-payment' }, 'en', ['Late Payment of Commercial Debts (Interest) Act 1998', 'SI 2002/1675 art. 4', 's.5A']],
    [{ ...cny, currency: 'EUR' }, { kind: 'eu-late-payment', country: 'DE' }, 'en', ['BGB §288(2)', '§247', '§288(5)']],
    [{ ...cny, currency: 'EUR' }, { kind: 'eu-late-payment', country: 'DE', consumer: true }, 'en', ['BGB §288(1)', '5 percentage points']],
    [{ ...cny, currency: 'EUR' }, { kind: 'eu-late-payment' }, 'en', ['Directive 2011/7/EU', 'art. 6']],
  ])('%j %j in %s', (c, rule, lang, parts) => {
    const basis = calc({ ...c, rule }, { lang: lang as 'zh-CN' | 'en' }).basis;
    for (const p of parts) expect(basis).toContain(p);
    expect(basis).toMatch(lang === 'en' ? /\.$/ : /。$/);
  });

  it('a USD contract rule in English does not cite the Chinese Civil Code', () => {
    expect(calc({ ...usd, rule: 'us-1.5pct-monthly' }, { lang: 'en' }).basis).not.toContain('Civil Code');
  });

  // Issue 11 ruling 4: Directive 2011/7/EU art. 2(6) defines statutory interest, art. 2(7) the reference
  // rate, art. 3(2) the half-year rule, art. 6 the EUR 40; BGB §288 Abs. 5's EUR 40 is a flat sum for the
  // costs of recovery (Pauschale, 催收费用定额补偿), not a contractual penalty (违约金).
  it('cites the Directive by the articles that say it, and calls the German EUR 40 a recovery-cost sum', () => {
    const eur = { ...cny, currency: 'EUR' };
    const en = calc({ ...eur, rule: 'eu-b2b' }, { lang: 'en' }).basis;
    for (const part of ['art. 2(6)', 'art. 2(7)', 'art. 3(2)', 'art. 6']) expect(en).toContain(part);
    expect(en).not.toContain('2(12)');
    const zh = calc({ ...eur, rule: 'eu-b2b' }, { lang: 'zh-CN' }).basis;
    expect(zh).toContain('第2条第6项');
    expect(zh).not.toContain('第2条第12项');
    const de = calc({ ...eur, rule: 'de-b2b' }, { lang: 'zh-CN' }).basis;
    expect(de).toContain('40 欧元催收费用定额补偿（Pauschale）');
    expect(de).not.toContain('违约金');
  });
});

