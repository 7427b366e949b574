/// <reference types="office-js" />
import { BUILT_IN_REFERENCE_DATA, type ReferenceData } from '../../shared/reference-data/index.ts';
import { REFERENCE_DATA_KEY, referenceDataFromSettings, referenceDataSettingsFromSaved } from '../settings/reference-data-settings.ts';

let lastSaved = 'null';
let last: ReferenceData = BUILT_IN_REFERENCE_DATA;

/**
 * The rates and holidays of the open workbook (the pane's Rates and holidays section) for the
 * custom functions: they run in the pane's shared runtime, so they read the same document
 * settings. Built in when there are none, or outside Office. Merged once per change.
 */
export function workbookReferenceData(): ReferenceData {
  let saved: unknown = null;
  try {
    saved = typeof Office === 'undefined' ? null : Office.context?.document?.settings?.get(REFERENCE_DATA_KEY) ?? null;
  } catch {
    saved = null;
  }
  const key = JSON.stringify(saved);
  if (key !== lastSaved) {
    lastSaved = key;
    last = referenceDataFromSettings(referenceDataSettingsFromSaved(saved).settings);
  }
  return last;
}
