// OWASP "CSV injection": a cell that starts with = + - @, a tab or a carriage return may be run
// as a formula by spreadsheet programs. Prefixing a single quote makes Excel and LibreOffice show
// it as text. Only text fields go through this: amounts we write ourselves stay numbers.
const FORMULA_START = /^[=+\-@\t\r]/;

/** Makes a text cell safe to open in a spreadsheet (`=HYPERLINK(…)` → `'=HYPERLINK(…)`). */
export function neutraliseFormula(text: string): string {
  return FORMULA_START.test(text) ? `'${text}` : text;
}
