// What must never reach a terminal raw from data: C0 controls (ESC starts the sequences that
// move the cursor, recolour, retitle the window or, on some terminals, answer back; BEL, BS and
// CR rewrite what was shown), DEL, the C1 controls (U+0080–U+009F; U+009B is an 8-bit CSI), the
// bidi controls that reorder what is shown (U+061C, U+200E, U+200F, U+202A–U+202E,
// U+2066–U+2069: "Trojan Source") and the Unicode line and paragraph separators.
// eslint-disable-next-line no-control-regex -- control characters are what we escape
const UNSAFE = /[\u0000-\u001f\u007f-\u009f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069\u2028\u2029]/g;
// The same, but keeping line feed and tab: for whole messages whose lines we wrote ourselves.
// eslint-disable-next-line no-control-regex -- control characters are what we escape
const UNSAFE_KEEPING_LINES = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069\u2028\u2029]/g;

const CRLF = /\r\n/g;

function escapeOne(c: string): string {
  const code = c.charCodeAt(0);
  return code < 0x100 ? `\\x${code.toString(16).padStart(2, '0')}` : `\\u${code.toString(16).padStart(4, '0')}`;
}

/**
 * One value from the data (a customer name, a cell) as it may be shown in a terminal: every
 * control and bidi character written out as an escape (`\x1b`, `\u202e`), so the value shows
 * as what it is and cannot move the cursor, recolour, reorder or add a line.
 *
 * @example
 * terminalSafe('Acme\x1b[2J') // 'Acme\\x1b[2J'
 * terminalSafe('evil\u202eexe.txt') // 'evil\\u202eexe.txt'
 */
export function terminalSafe(text: string): string {
  return text.replace(UNSAFE, escapeOne);
}

/**
 * Text for a terminal that is ours line by line (a table, a message): like terminalSafe but
 * line feeds and tabs stay (and CRLF shows as a line end). The last guard on everything the CLI writes to stderr and to a
 * terminal; values from the data are escaped with terminalSafe before they go in, so a line
 * break in a customer name cannot fake a line.
 */
export function terminalSafeLines(text: string): string {
  // CRLF (CSV records) shows as a line end; any other carriage return is escaped.
  return text.replace(CRLF, '\n').replace(UNSAFE_KEEPING_LINES, escapeOne);
}
