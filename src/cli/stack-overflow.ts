/** Whether `error` is V8 running out of stack: TypeScript and the analysis recurse over syntax. */
export function isStackOverflow(error: unknown): boolean {
  return error instanceof RangeError && /call stack/i.test(error.message);
}
