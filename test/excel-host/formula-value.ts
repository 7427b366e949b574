import type { CellValue } from './cell.ts';

/**
 * The value the host shows for a formula. The host is not a calculation engine: it evaluates
 * constant arithmetic (`=+1-2` → -1, which is what makes `+1-2` typed as a name dangerous) and
 * reports `#NAME?` for anything else, like Excel does for a function it cannot resolve.
 * Hand-written because no library here evaluates Excel formulas; the grammar is tiny.
 */
export function formulaValue(formula: string): CellValue {
  const src = formula.slice(1).replace(/\s+/g, '');
  let pos = 0;
  const peek = (): string => src[pos] ?? '';
  function expr(): number {
    let v = term();
    while (peek() === '+' || peek() === '-') v = src[pos++] === '+' ? v + term() : v - term();
    return v;
  }
  function term(): number {
    let v = unary();
    while (peek() === '*' || peek() === '/') v = src[pos++] === '*' ? v * unary() : v / unary();
    return v;
  }
  function unary(): number {
    if (peek() === '+') { pos++; return unary(); }
    if (peek() === '-') { pos++; return -unary(); }
    if (peek() === '(') {
      pos++;
      const v = expr();
      if (peek() !== ')') throw new SyntaxError(')');
      pos++;
      return v;
    }
    const m = /^\d+(?:\.\d*)?(?:[eE][+-]?\d+)?/.exec(src.slice(pos));
    if (!m) throw new SyntaxError('number');
    pos += m[0].length;
    return Number(m[0]);
  }
  try {
    const v = expr();
    if (pos !== src.length) return '#NAME?';
    return Number.isFinite(v) ? v : '#DIV/0!';
  } catch {
    return '#NAME?';
  }
}
