import { computePenalty, parsePenaltyCase, penaltyResultToJson } from '../../shared/penalty/index.ts';
import { parseRateTables } from '../../shared/rates/index.ts';

function oneCase(json: unknown): { output: object; ok: boolean } {
  const parsed = parsePenaltyCase(json);
  if (!parsed.ok) return { output: { error: parsed.error }, ok: false };
  // Optional per-case extras beside the DESIGN.md fields: `lang` of the basis, newer `rates`.
  const extras = json as { lang?: 'en' | 'zh-CN'; rates?: unknown };
  const rates = extras.rates !== undefined ? parseRateTables(extras.rates) : undefined;
  const options = { ...(extras.lang ? { lang: extras.lang } : {}), ...(rates?.ok ? { rates: rates.value } : {}) };
  try {
    return { output: penaltyResultToJson(computePenalty(parsed.value, options)), ok: true };
  } catch (e) {
    // A broken invariant (e.g. a penalty beyond 2^53 minor units) must not take the other cases down.
    return { output: { error: { field: 'case', message: `cannot be computed: ${(e as Error).message}` } }, ok: false };
  }
}

/**
 * `dunning calc`: one case (object) or many (array) as JSON on stdin → results in the same
 * shape. A case that cannot be computed gives `{ "error": { field, message } }` in its place
 * and the others still compute. Exit code 0 when all computed, 1 when any case had an error,
 * 2 when the input is not JSON at all.
 */
export function runCalc(stdinText: string): { stdout: string; exitCode: number } {
  let json: unknown;
  try {
    json = JSON.parse(stdinText.replace(/^\uFEFF/, ''));
  } catch (e) {
    const output = { error: { field: 'input', message: `stdin is not JSON: ${(e as Error).message}` } };
    return { stdout: `${JSON.stringify(output, null, 2)}\n`, exitCode: 2 };
  }
  if (Array.isArray(json)) {
    const results = json.map(oneCase);
    return { stdout: `${JSON.stringify(results.map((r) => r.output), null, 2)}\n`, exitCode: results.every((r) => r.ok) ? 0 : 1 };
  }
  const r = oneCase(json);
  return { stdout: `${JSON.stringify(r.output, null, 2)}\n`, exitCode: r.ok ? 0 : 1 };
}
