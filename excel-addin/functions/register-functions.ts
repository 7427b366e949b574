import { customFunctionsApi } from './custom-functions-api.ts';
import { bucket, daysoverdue, lpr, penalty, stage, statutoryrate } from './functions.ts';

/** Function ids as in functions.json (custom-functions-metadata upper-cases the names). */
export const FUNCTIONS = {
  DAYSOVERDUE: daysoverdue, PENALTY: penalty, BUCKET: bucket, STAGE: stage, LPR: lpr, STATUTORYRATE: statutoryrate,
} as const;

/**
 * Associates the ids with the functions in the shared runtime. Outside Excel (a plain browser
 * tab) there is no `CustomFunctions` and nothing is registered.
 */
export function registerFunctions(): boolean {
  const api = customFunctionsApi();
  if (!api) return false;
  for (const [id, fn] of Object.entries(FUNCTIONS)) api.associate(id, fn as (...args: never[]) => unknown);
  return true;
}
