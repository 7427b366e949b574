/** An Office.js-style error: `code` is what callers branch on (`ItemNotFound`, `PropertyNotLoaded`, …). */
export interface HostError extends Error {
  readonly code: string;
  readonly debugInfo: { readonly code: string; readonly message: string; readonly errorLocation?: string };
}

/** Builds an error shaped like `OfficeExtension.Error` (name `RichApi.Error`). */
export function hostError(code: string, message: string, errorLocation?: string): HostError {
  const e = new Error(message) as Error & { code: string; debugInfo: HostError['debugInfo'] };
  e.name = 'RichApi.Error';
  e.code = code;
  e.debugInfo = errorLocation === undefined ? { code, message } : { code, message, errorLocation };
  return e;
}
