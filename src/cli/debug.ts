/** Whether the user asked for the details behind a fault, as the rules also honour. */
export function debugEnabled(): boolean {
  return process.env['DEBUG']?.includes('wrapper-pitfalls') ?? false;
}

/** Writes an error's stack on stderr when `DEBUG=wrapper-pitfalls` is set. */
export function debugError(context: string, error: unknown): void {
  if (!debugEnabled()) return;

  const detail = error instanceof Error ? (error.stack ?? error.message) : String(error);
  process.stderr.write(`wrapper-pitfalls: ${context}: ${detail}\n`);
}

/** The first line of an error's message. */
export function firstLine(error: unknown): string {
  const message = error instanceof Error ? error.message : String(error);
  return message.split('\n')[0] ?? message;
}
