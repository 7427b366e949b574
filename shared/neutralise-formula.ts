// OWASP "CSV injection": a cell that starts with = + - @, a tab or a carriage return may be run
// as a formula by a spreadsheet. And a cell is not only what our CSV's quoting says it is: an
// Excel whose list separator is `;` (most of Europe) opens a comma file by splitting every line
// at `;`, ignoring the quotes, so `Acme;=cmd|' /C calc'!A0` becomes a cell `=cmd|…` there; a tab
// splits it in a paste, a line break in a viewer that ignores quotes. So a cell may begin at the
// start of the text or after any of `,` `;` tab CR LF, and at each such place a single quote
// goes in front of a formula character, also when spaces, double quotes or single quotes come
// first (programs trim the first, read the second as a field's quoting, and the third would
// otherwise look like our own mark). Excel and LibreOffice show such a cell as text.
//
// Because a quote is added only where spaces or quotes and then a formula character follow,
// the change can be undone exactly (restoreFormulaText): text → neutralised → restored is the
// text it was, and text that merely starts with a quote (`'t Hooft`) is left alone.
//
// Only text goes through this: amounts and dates we write ourselves stay numbers and dates.

const SEPARATOR = /[,;\t\r\n]/;

function isSeparator(c: number): boolean {
  return c === 0x2c || c === 0x3b || c === 0x09 || c === 0x0d || c === 0x0a;
}

// = + - @ tab CR.
function isTrigger(c: number): boolean {
  return c === 0x3d || c === 0x2b || c === 0x2d || c === 0x40 || c === 0x09 || c === 0x0d;
}

/** Whether a cell starting at `i` opens a formula: after any spaces and quotes (single or double), a formula character. */
function opensFormula(text: string, i: number): boolean {
  for (let c = text.charCodeAt(i); c === 0x20 || c === 0x22 || c === 0x27; c = text.charCodeAt(i)) i++;
  return i < text.length && isTrigger(text.charCodeAt(i));
}

/**
 * Makes text safe to put in a CSV cell that a spreadsheet may open with `,`, `;` or tab as its
 * list separator: a single quote before every formula start (`=HYPERLINK(…)` → `'=HYPERLINK(…)`,
 * `Acme;=cmd|…` → `Acme;'=cmd|…`). Text without formula starts comes back unchanged.
 *
 * @example
 * neutraliseFormula('=1+2') // "'=1+2"
 * neutraliseFormula('Acme;=cmd|\' /C calc\'!A0;') // "Acme;'=cmd|' /C calc'!A0;"
 * neutraliseFormula('Müller GmbH') // 'Müller GmbH'
 */
export function neutraliseFormula(text: string): string {
  // Nearly every cell: no formula start and no separator, nothing to do.
  if (!opensFormula(text, 0) && !SEPARATOR.test(text)) return text;
  let out = '';
  let from = 0;
  for (let i = 0; i <= text.length; i++) {
    if (i === 0 || isSeparator(text.charCodeAt(i - 1))) {
      if (opensFormula(text, i)) {
        out += `${text.slice(from, i)}'`;
        from = i;
      }
    }
  }
  return out + text.slice(from);
}

/** Undoes neutraliseFormula: the quote it put before each formula start is taken out. */
export function restoreFormulaText(text: string): string {
  let out = '';
  let from = 0;
  for (let i = 0; i < text.length; i++) {
    if ((i === 0 || isSeparator(text.charCodeAt(i - 1))) && text.charCodeAt(i) === 0x27 && opensFormula(text, i + 1)) {
      out += text.slice(from, i);
      from = i + 1;
    }
  }
  return out + text.slice(from);
}
