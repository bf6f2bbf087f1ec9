/**
 * Splitting a long list of file arguments over several runs of a tool, so that no command line
 * passes the platform's limit (Windows: 32,767 characters for the whole line; Linux: about 2 MB
 * for arguments and environment together).
 */

export const ARGUMENT_BUDGET = process.platform === 'win32' ? 24_000 : 400_000;

/** Consecutive groups of `args` whose lengths (plus a separator each) stay within `budget`. */
export function chunkArguments(
  args: readonly string[],
  budget: number = ARGUMENT_BUDGET,
): string[][] {
  const chunks: string[][] = [];
  let current: string[] = [];
  let size = 0;
  for (const arg of args) {
    const cost = arg.length + 1;
    if (current.length > 0 && size + cost > budget) {
      chunks.push(current);
      current = [];
      size = 0;
    }
    current.push(arg);
    size += cost;
  }
  if (current.length > 0) chunks.push(current);
  return chunks;
}
