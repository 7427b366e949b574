import { describe, expect, it } from 'vitest';
import { money, type Money } from '../../../shared/money.ts';
import { addDays, plainDate } from '../../../shared/plain-date.ts';
import { createPenaltyCalculator, RULE_PRESETS } from '../../../shared/penalty/index.ts';

// A guard, not a benchmark: the fast path must stay memoised (≈40–90 ns/call measured on the CI box,
// 1,000,000 calls), far below computePenalty (≈10–20 µs/call). The bound is loose so load cannot flake it.
describe('createPenaltyCalculator speed', () => {
  it.each(['cn-lpr-1.5x', 'uk-late-payment'])('%s: 300,000 rows over 1,500 due dates well under 5 µs a row', (preset) => {
    const calc = createPenaltyCalculator(RULE_PRESETS[preset]!, plainDate('2026-11-22'));
    const currency = preset === 'uk-late-payment' ? 'GBP' : 'CNY';
    const dues = Array.from({ length: 1500 }, (_, i) => addDays(plainDate('2023-01-01'), i));
    const amounts: Money[] = Array.from({ length: 1024 }, (_, i) => money(10_000 + ((i * 7919) % 10_000_000), currency));
    let total = 0;
    const t0 = performance.now();
    for (let i = 0; i < 300_000; i++) total += calc(amounts[i & 1023]!, dues[i % 1500]!).penalty.minor;
    const nsPerRow = ((performance.now() - t0) * 1e6) / 300_000;
    expect(total).toBeGreaterThan(0);
    expect(nsPerRow).toBeLessThan(5000);
  });
});
