import { browser } from 'wxt/browser';
import type { CaseView, PickerData, PickerRequest, PickerService, RenderReply } from './picker-protocol.ts';

async function ask<T>(request: PickerRequest): Promise<T> {
  return (await browser.runtime.sendMessage(request)) as T;
}

/** The picker service that asks the background over runtime messaging. */
export const messagePickerService: PickerService = {
  load: (recipients, names = []) => ask<PickerData>({ type: 'picker-load', recipients: [...recipients], names: [...names] }),
  render: (selection) => ask<RenderReply>({ type: 'picker-render', selection }),
  caseFor: (customerKey) => ask<CaseView>({ type: 'picker-case', customerKey }),
};
