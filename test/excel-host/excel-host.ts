/// <reference types="office-js" />
import { workbookProxy } from './workbook-proxy.ts';
import { createHostContext, type HostSession, type SyncRecord } from './request-context.ts';
import { createWorkbookModel, type WorkbookModel } from './workbook-model.ts';
import { createOfficeGlobal, type OfficeOptions, type SettingsStore } from './office-global.ts';
import { hostError } from './host-error.ts';

export interface ExcelHostOptions extends OfficeOptions {
  /** Request/response limit per sync; Excel on the web: 5 MB. */
  readonly payloadLimitBytes?: number;
  readonly model?: WorkbookModel;
}

/** An in-memory Excel: the globals the add-in sees plus the model tests inspect. */
export interface ExcelHost {
  readonly Excel: typeof Excel;
  readonly Office: typeof Office;
  readonly CustomFunctions: object;
  readonly OfficeExtension: object;
  readonly model: WorkbookModel;
  readonly syncs: SyncRecord[];
  readonly settings: SettingsStore;
  /** Functions registered with `CustomFunctions.associate`. */
  readonly customFunctions: Map<string, (...args: never[]) => unknown>;
  /** Puts `Excel`, `Office`, `CustomFunctions` and `OfficeExtension` on `target` (globalThis or window). */
  install(target?: object): void;
}

/** Excel on the web's request and response limit. */
export const FIVE_MB = 5 * 1024 * 1024;

/** Creates a host over a fresh (or given) workbook. */
export function createExcelHost(options: ExcelHostOptions = {}): ExcelHost {
  const model = options.model ?? createWorkbookModel();
  const session: HostSession = { model, syncs: [], payloadLimitBytes: options.payloadLimitBytes ?? FIVE_MB };
  const { Office, settings } = createOfficeGlobal(options);
  const customFunctions = new Map<string, (...args: never[]) => unknown>();

  function RequestContext(this: unknown): object {
    const ctx = createHostContext(session);
    const context = {
      workbook: workbookProxy(ctx),
      sync: () => ctx.sync(),
      trackedObjects: { add: () => undefined, remove: () => undefined },
      __host: ctx,
    };
    return context;
  }

  const OfficeExtension = {
    Error: class OfficeExtensionError extends Error {},
    ErrorCodes: { itemNotFound: 'ItemNotFound', propertyNotLoaded: 'PropertyNotLoaded', generalException: 'GeneralException' },
  };

  const ExcelNs = {
    RequestContext,
    ErrorCodes: {
      itemNotFound: 'ItemNotFound', invalidArgument: 'InvalidArgument', itemAlreadyExists: 'ItemAlreadyExists',
      invalidOperation: 'InvalidOperation', responsePayloadSizeLimitExceeded: 'ResponsePayloadSizeLimitExceeded',
    },
    async run<T>(batch: (context: Excel.RequestContext) => Promise<T>): Promise<T> {
      if (typeof batch !== 'function') throw hostError('InvalidArgument', 'Excel.run needs a batch function');
      const context = new (RequestContext as unknown as new () => Excel.RequestContext)();
      const result = await batch(context);
      // Excel.run flushes commands still queued when the batch returns.
      await context.sync();
      return result;
    },
  };

  class CustomFunctionsError extends Error {
    readonly code: string;
    constructor(code: string, message?: string) {
      super(message ?? code);
      this.code = code;
    }
  }
  const CustomFunctions = {
    associate(id: string | Record<string, (...args: never[]) => unknown>, fn?: (...args: never[]) => unknown) {
      if (typeof id === 'string') { if (fn) customFunctions.set(id.toUpperCase(), fn); return; }
      for (const [k, f] of Object.entries(id)) customFunctions.set(k.toUpperCase(), f);
    },
    Error: CustomFunctionsError,
    ErrorCode: { invalidValue: '#VALUE!', notAvailable: '#N/A', divisionByZero: '#DIV/0!', invalidNumber: '#NUM!', nullReference: '#NULL!', invalidName: '#NAME?', invalidReference: '#REF!' },
  };

  return {
    Excel: ExcelNs as unknown as typeof Excel,
    Office: Office as unknown as typeof globalThis.Office,
    CustomFunctions,
    OfficeExtension,
    model,
    syncs: session.syncs,
    settings,
    customFunctions,
    install(target: object = globalThis) {
      Object.assign(target, { Excel: ExcelNs, Office, CustomFunctions, OfficeExtension });
    },
  };
}
