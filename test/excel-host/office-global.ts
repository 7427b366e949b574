/** The document settings bag (`Office.context.document.settings`): saved values travel with the file. */
export interface SettingsStore {
  /** What `saveAsync` last persisted into the document. */
  saved: Record<string, unknown>;
  /** The in-memory bag (`set` without `saveAsync` is lost when the document closes). */
  current: Record<string, unknown>;
  saveCount: number;
  /** Set to make the next `saveAsync` fail as Office does for a read-only document. */
  failNextSave: boolean;
}

export interface OfficeOptions {
  readonly displayLanguage?: string;
  readonly platform?: 'PC' | 'OfficeOnline' | 'Mac';
  readonly settings?: Record<string, unknown>;
}

function clone<T>(v: T): T {
  return v === undefined ? v : JSON.parse(JSON.stringify(v)) as T;
}

/** A minimal `Office` global for an Excel host: onReady, context (language, settings, requirements). */
export function createOfficeGlobal(options: OfficeOptions = {}): { Office: object; settings: SettingsStore } {
  const settings: SettingsStore = { saved: clone(options.settings ?? {}), current: clone(options.settings ?? {}), saveCount: 0, failNextSave: false };
  const info = { host: 'Excel', platform: options.platform ?? 'OfficeOnline' };
  const readyCallbacks: Array<(i: typeof info) => void> = [];
  const Office = {
    HostType: { Excel: 'Excel' },
    PlatformType: { PC: 'PC', OfficeOnline: 'OfficeOnline', Mac: 'Mac' },
    AsyncResultStatus: { Succeeded: 'succeeded', Failed: 'failed' },
    onReady(callback?: (i: typeof info) => void): Promise<typeof info> {
      if (callback) readyCallbacks.push(callback);
      return Promise.resolve().then(() => {
        for (const cb of readyCallbacks.splice(0)) cb(info);
        return info;
      });
    },
    actions: {
      associated: new Map<string, unknown>(),
      associate(name: string, fn: unknown) { this.associated.set(name, fn); },
    },
    context: {
      displayLanguage: options.displayLanguage ?? 'en-US',
      contentLanguage: options.displayLanguage ?? 'en-US',
      diagnostics: { host: 'Excel', platform: info.platform, version: '16.0-in-memory' },
      requirements: { isSetSupported: (_name: string, _version?: string) => true },
      document: {
        settings: {
          get: (name: string): unknown => (name in settings.current ? clone(settings.current[name]) : null),
          set: (name: string, value: unknown): void => {
            // Office serializes settings as JSON; a value that does not survive JSON is an error there too.
            settings.current[name] = clone(value);
          },
          remove: (name: string): void => { delete settings.current[name]; },
          saveAsync: (callback?: (r: { status: string; error?: unknown }) => void): void => {
            if (settings.failNextSave) {
              settings.failNextSave = false;
              // Office.Error: a numeric code and a name (5009: the document is read-only or locked).
              const error = { code: 5009, name: 'Permission Denied', message: 'The add-in does not have permission to call the specific API.' };
              queueMicrotask(() => callback?.({ status: 'failed', error }));
              return;
            }
            settings.saved = clone(settings.current);
            settings.saveCount++;
            queueMicrotask(() => callback?.({ status: 'succeeded' }));
          },
        },
      },
    },
  };
  return { Office, settings };
}
