import { browser } from 'wxt/browser';
import type { LogReplies, LogRequest, LogService } from './log-protocol.ts';

/** Sends a log request to the background and returns its answer. */
export async function askLog<T extends LogRequest>(request: T): Promise<LogReplies[T['type']]> {
  return (await browser.runtime.sendMessage(request)) as LogReplies[T['type']];
}

/** The log service over runtime messaging (content scripts, popup, options page). */
export const messageLogService: LogService = {
  record: (record) => askLog({ type: 'log-record', record }),
  undo: async (id) => (await askLog({ type: 'log-undo', id })).ok,
};
