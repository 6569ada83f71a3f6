/**
 * Where a rule's swallowed faults go: nowhere, unless `DEBUG=wrapper-pitfalls` asks for them on
 * stderr. A rule never throws into ESLint, but a user chasing a missing report can see why.
 */
export function reportRuleFault(rule: string, fileName: string, error: unknown): void {
  if (!process.env['DEBUG']?.includes('wrapper-pitfalls')) return;

  const detail = error instanceof Error ? (error.stack ?? error.message) : String(error);
  process.stderr.write(`wrapper-pitfalls: ${rule} skipped ${fileName}: ${detail}\n`);
}
