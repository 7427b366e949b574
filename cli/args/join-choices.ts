/** `a`, `a or b`, `a, b or c`: the values an option takes, as a usage message lists them. */
export function joinChoices(choices: readonly string[]): string {
  if (choices.length <= 1) return choices[0] ?? '';
  return `${choices.slice(0, -1).join(', ')} or ${choices[choices.length - 1]}`;
}
