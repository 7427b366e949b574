import { addDays, daysBetween, maxDate, minDate } from '../plain-date.ts';
import { radd, rcompare, rmul, ratio, roundHalfUpToMinor, ZERO, type Ratio } from '../ratio.ts';
import type { RateTables } from '../rates/types.ts';
import type { ExactSegment } from './accrue-segments.ts';
import type { PenaltyWarning } from './penalty-warning.ts';
import { lossMeasurePeriods } from './rules/cn-lpr.ts';

/** The loss measure and its 1.3× ceiling, in minor units (rounded once each), and whether the penalty exceeds it. */
export interface LossCheckMinor {
  readonly lossMinor: number;
  readonly ceilingMinor: number;
  readonly exceeds: boolean;
}

const CEILING_FACTOR: Ratio = ratio(13n, 10n);

/**
 * The loss a contractual penalty is measured against: 1-year LPR (each quote from its
 * publication day; the PBOC benchmark before 2019-08-20) on the same balances and days, on 365
 * days. A penalty above 1.3 × that loss is "过分高于造成的损失" (合同编通则解释 第65条第2款).
 * A warning for the user, not a cut: the court reduces only on request.
 *
 * `exceeds` compares the exact amounts (the exact penalty after any cap with the exact
 * ceiling): a penalty of 10.68494 exceeds a ceiling of 10.6849315 although both show 10.68.
 */
export function lossCheck(segments: readonly ExactSegment[], exactPenalty: Ratio, tables: RateTables, warnings: PenaltyWarning[]): LossCheckMinor {
  let loss: Ratio = ZERO;
  const first = segments[0];
  const last = segments[segments.length - 1];
  if (first && last) {
    const periods = lossMeasurePeriods(tables.cnLpr, first.from, last.to, warnings);
    const stale: PenaltyWarning[] = [];
    for (const s of segments) {
      periods.forEach((p, i) => {
        const next = periods[i + 1];
        const from = maxDate(s.from, p.from);
        const to = next ? minDate(s.to, addDays(next.from, -1)) : s.to;
        if (to < from) return;
        loss = radd(loss, rmul(p.perDay, ratio(BigInt(s.balanceMinor) * BigInt(daysBetween(from, to) + 1))));
        if (p.staleAfter && to > p.staleAfter.date && !stale.includes(p.staleAfter.warning)) stale.push(p.staleAfter.warning);
      });
    }
    warnings.push(...stale);
  }
  const ceiling = rmul(loss, CEILING_FACTOR);
  return { lossMinor: roundHalfUpToMinor(loss), ceilingMinor: roundHalfUpToMinor(ceiling), exceeds: rcompare(exactPenalty, ceiling) > 0 };
}
