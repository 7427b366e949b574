import { computePenalty, parsePenaltyCase, penaltyResultToJson, type PenaltyOptions } from '../../../shared/penalty/index.ts';

/** The JSON result of one `dunning calc` case, the way the CLI prints it. */
export interface CalcJson {
  days: number; penalty: string; compensation: string; total: string; capped: boolean;
  segments: { from: string; to: string; days: number; balance: string; rate: string; amount: string }[];
  outstanding: { principal: string; penalty: string; compensation?: string };
  lossCheck?: { loss: string; ceiling: string; exceeds: boolean };
  basis: string; warnings: string[]; assumed?: string[];
}

/** Parses and computes a case given in its `dunning calc` JSON form; throws if it does not parse. */
export function calc(json: unknown, options?: PenaltyOptions): CalcJson {
  const parsed = parsePenaltyCase(json);
  if (!parsed.ok) throw new Error(`${parsed.error.field}: ${parsed.error.message}`);
  return penaltyResultToJson(computePenalty(parsed.value, options)) as CalcJson;
}
