/** The part of the `CustomFunctions` runtime global the functions use (no @types package is installed for it). */
export interface CustomFunctionsApi {
  readonly Error: new (code: string, message?: string) => Error;
  readonly ErrorCode: { readonly invalidValue: string; readonly notAvailable: string; readonly invalidNumber: string };
  associate(id: string, fn: (...args: never[]) => unknown): void;
}

/** The runtime's `CustomFunctions`, when the page runs inside Excel (or the test host). */
export function customFunctionsApi(): CustomFunctionsApi | undefined {
  return (globalThis as { CustomFunctions?: CustomFunctionsApi }).CustomFunctions;
}

/** A `#VALUE!` error with a message Excel shows in the cell's tooltip. */
export function invalidValue(message: string): Error {
  const api = customFunctionsApi();
  return api ? new api.Error(api.ErrorCode.invalidValue, message) : new RangeError(message);
}
