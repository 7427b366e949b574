import { toDecimalString } from '../money.ts';
import type { PenaltyResult } from './types.ts';

/** The JSON of a result exactly as `dunning calc` prints it (DESIGN.md): money as decimal strings, dates ISO. */
export function penaltyResultToJson(r: PenaltyResult): object {
  return {
    days: r.days,
    penalty: toDecimalString(r.penalty),
    compensation: toDecimalString(r.compensation),
    total: toDecimalString(r.total),
    capped: r.capped,
    segments: r.segments.map((s) => ({
      from: s.from, to: s.to, days: s.days, balance: toDecimalString(s.balance), rate: s.rate, amount: toDecimalString(s.amount),
    })),
    outstanding: {
      principal: toDecimalString(r.outstanding.principal), penalty: toDecimalString(r.outstanding.penalty),
      ...(r.outstanding.compensation ? { compensation: toDecimalString(r.outstanding.compensation) } : {}),
    },
    ...(r.lossCheck ? { lossCheck: { loss: toDecimalString(r.lossCheck.loss), ceiling: toDecimalString(r.lossCheck.ceiling), exceeds: r.lossCheck.exceeds } } : {}),
    basis: r.basis,
    warnings: [...r.warnings],
    // Which tables the figure rests on past their known-until dates (only when any): beside the figure, not only in words.
    ...(r.assumed && r.assumed.length > 0 ? { assumed: [...r.assumed] } : {}),
  };
}
