import { hostError, type HostError } from './host-error.ts';
import type { WorkbookModel } from './workbook-model.ts';

/** What one `context.sync()` sent and received. */
export interface SyncRecord {
  readonly index: number;
  readonly actions: number;
  /** UTF-8 bytes of the serialized request (JSON of the queued actions). */
  readonly requestBytes: number;
  /** UTF-8 bytes of the serialized response (JSON of the loaded values). */
  readonly responseBytes: number;
  readonly screenUpdatingSuspended: boolean;
  readonly calculationSuspended: boolean;
  readonly error?: string;
}

/** Shared by every context of one host: the workbook and the sync log. */
export interface HostSession {
  readonly model: WorkbookModel;
  readonly syncs: SyncRecord[];
  /** Excel on the web refuses requests and responses over 5 MB. */
  readonly payloadLimitBytes: number;
}

/** One queued command, as serialized on the wire, and what it does at `sync`. */
export interface Action {
  readonly wire: { readonly o: number; readonly m: string; readonly a?: unknown };
  /** Runs the command against the model; a load returns the values it sends back. */
  readonly run: () => unknown;
}

/** The host side of an `Excel.RequestContext`: a queue flushed by `sync`. */
export interface HostContext {
  readonly session: HostSession;
  enqueue(objectId: number, member: string, args: unknown, run: () => unknown): void;
  newId(): number;
  sync(): Promise<void>;
  suspendScreenUpdating(): void;
  suspendCalculation(): void;
  readonly pending: number;
}

const encoder = new TextEncoder();

function utf8Bytes(text: string): number {
  return encoder.encode(text).length;
}

/** A new request context on a session. */
export function createHostContext(session: HostSession): HostContext {
  let queue: Action[] = [];
  let ids = 1;
  let screenSuspended = false;
  let calcSuspended = false;
  return {
    session,
    get pending() { return queue.length; },
    enqueue(objectId, member, args, run) {
      queue.push({ wire: args === undefined ? { o: objectId, m: member } : { o: objectId, m: member, a: args }, run });
    },
    newId: () => ids++,
    suspendScreenUpdating() { screenSuspended = true; },
    suspendCalculation() { calcSuspended = true; },
    async sync() {
      const actions = queue;
      queue = [];
      const flags = { screenUpdatingSuspended: screenSuspended, calculationSuspended: calcSuspended };
      screenSuspended = false;
      calcSuspended = false;
      const requestBytes = utf8Bytes(JSON.stringify(actions.map((a) => a.wire)));
      const index = session.syncs.length;
      const record = (responseBytes: number, error?: string): void => {
        session.syncs.push({ index, actions: actions.length, requestBytes, responseBytes, ...flags, ...(error ? { error } : {}) });
      };
      await Promise.resolve();
      if (requestBytes > session.payloadLimitBytes) {
        record(0, 'RequestPayloadSizeLimitExceeded');
        throw hostError('RequestPayloadSizeLimitExceeded', `The request payload size (${requestBytes} bytes) has exceeded the limit.`);
      }
      const responses: unknown[] = [];
      for (const action of actions) {
        try {
          const r = action.run();
          if (r !== undefined) responses.push(r);
        } catch (e) {
          const err = toHostError(e, action.wire.m);
          record(0, err.code);
          throw err;
        }
      }
      const responseBytes = utf8Bytes(JSON.stringify(responses));
      if (responseBytes > session.payloadLimitBytes) {
        record(responseBytes, 'ResponsePayloadSizeLimitExceeded');
        throw hostError('ResponsePayloadSizeLimitExceeded', `The response payload size (${responseBytes} bytes) has exceeded the limit.`);
      }
      record(responseBytes);
    },
  };
}

function toHostError(e: unknown, location: string): HostError {
  if (e instanceof Error && typeof (e as Partial<HostError>).code === 'string') return e as HostError;
  return hostError('GeneralException', e instanceof Error ? e.message : String(e), location);
}
