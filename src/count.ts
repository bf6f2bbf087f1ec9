/** `1 note`, `2 notes`, `0 errors`: a number with its noun, plural unless it is one. */
export function count(n: number, noun: string): string {
  return `${n} ${noun}${n === 1 ? '' : 's'}`;
}
