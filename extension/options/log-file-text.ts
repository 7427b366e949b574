import { detectEncoding } from '../../shared/import/detect-encoding.ts';

/**
 * The text of a log file: UTF-8 with or without its byte-order mark (the CLI's and the add-in's
 * files), UTF-16, or what a spreadsheet saved it as in a Chinese or Western locale (GBK, Windows-1252),
 * told apart by the core's encoding guess.
 */
export function logFileText(bytes: Uint8Array): string {
  const { encoding } = detectEncoding(bytes, true);
  return new TextDecoder(encoding, { ignoreBOM: false }).decode(bytes);
}
