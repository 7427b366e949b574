export { BUILT_IN_REFERENCE_DATA, withUserReferenceData, type ReferenceData, type UserReferenceData } from './reference-data.ts';
export { referenceDataStatus, assumedNote, assumedDataNotes, STALE_AFTER_DAYS, type ReferenceTableStatus } from './reference-data-status.ts';
