/** Cases whose findings carry a suggestion, shared by the rule tests and the type-check test. */
export interface SuggestionCase {
  readonly name: string;
  readonly rule: 'no-instanceof-wrapped' | 'no-instanceof-wrapped-error';
  readonly code: string;
  readonly options?: readonly [Record<string, unknown>];
  readonly messageId: string;
  readonly data: Record<string, string>;
  readonly line: number;
  readonly suggestion: { readonly messageId: string; readonly data?: Record<string, string>; readonly output: string };
}

const TARGET = `interface Target { readonly reference: string; push(blob: string): void }
class Repository implements Target {
  readonly #token = 'secret';
  constructor(readonly reference: string) {}
  addScopeHint(action: string): void { void this.#token; void action; }
  push(blob: string): void { void blob; }
}
class ProgressTarget implements Target {
  constructor(private readonly inner: Target) {}
  unwrap(): Target { return this.inner; }
  get reference(): string { return this.inner.reference; }
  push(blob: string): void { this.inner.push(blob); }
}
`;

const WHERE = 'declared in file.ts:8';

export const SUGGESTION_CASES: readonly SuggestionCase[] = [
  {
    name: 'an if statement peels the wrappers before it, and its body uses the peeled value',
    rule: 'no-instanceof-wrapped',
    code: `${TARGET}export function hint(target: Target): void {
  if (target instanceof Repository) {
    target.addScopeHint('push');
  }
}
`,
    options: [{ unwrapMembers: ['unwrap'] }],
    messageId: 'wrappedInstanceof',
    data: { check: 'target instanceof Repository', subject: 'target', wrapper: 'a ProgressTarget', where: WHERE },
    line: 15,
    suggestion: {
      messageId: 'unwrapFirst',
      data: { unwrap: 'unwrap' },
      output: `${TARGET}export function hint(target: Target): void {
  let unwrapped: unknown = target;
  while (unwrapped instanceof ProgressTarget) unwrapped = unwrapped.unwrap();
  if (unwrapped instanceof Repository) {
    unwrapped.addScopeHint('push');
  }
}
`,
    },
  },
  {
    name: 'an expression becomes a function called on the spot',
    rule: 'no-instanceof-wrapped',
    code: `${TARGET}export function canHint(target: Target): boolean {
  return target instanceof Repository;
}
`,
    options: [{ unwrapMembers: ['unwrap'] }],
    messageId: 'wrappedInstanceof',
    data: { check: 'target instanceof Repository', subject: 'target', wrapper: 'a ProgressTarget', where: WHERE },
    line: 15,
    suggestion: {
      messageId: 'unwrapFirst',
      data: { unwrap: 'unwrap' },
      output: `${TARGET}export function canHint(target: Target): boolean {
  return ((): boolean => { let unwrapped: unknown = target; while (unwrapped instanceof ProgressTarget) unwrapped = unwrapped.unwrap(); return unwrapped instanceof Repository; })();
}
`,
    },
  },
  {
    name: 'a name already taken in scope is not reused',
    rule: 'no-instanceof-wrapped',
    code: `${TARGET}export function hint(target: Target, unwrapped: boolean): void {
  if (target instanceof Repository) target.addScopeHint(String(unwrapped));
}
`,
    options: [{ unwrapMembers: ['unwrap'] }],
    messageId: 'wrappedInstanceof',
    data: { check: 'target instanceof Repository', subject: 'target', wrapper: 'a ProgressTarget', where: WHERE },
    line: 15,
    suggestion: {
      messageId: 'unwrapFirst',
      data: { unwrap: 'unwrap' },
      output: `${TARGET}export function hint(target: Target, unwrapped: boolean): void {
  let unwrapped2: unknown = target;
  while (unwrapped2 instanceof ProgressTarget) unwrapped2 = unwrapped2.unwrap();
  if (unwrapped2 instanceof Repository) unwrapped2.addScopeHint(String(unwrapped));
}
`,
    },
  },
  {
    name: 'a caught error is looked for along its cause chain',
    rule: 'no-instanceof-wrapped-error',
    code: `class NotFoundError extends Error {}
class RequestError extends Error {}
export async function load(fetcher: () => Promise<string>): Promise<string> {
  try {
    return await fetcher();
  } catch (error) {
    throw new RequestError('request failed', { cause: error });
  }
}
export async function show(fetcher: () => Promise<string>): Promise<string> {
  try {
    return await load(fetcher);
  } catch (error) {
    if (error instanceof NotFoundError) return 'missing';
    throw error;
  }
}
`,
    messageId: 'wrappedError',
    data: {
      check: 'error instanceof NotFoundError',
      concrete: 'NotFoundError',
      wrapper: 'a RequestError',
      where: 'made in file.ts:7',
    },
    line: 14,
    suggestion: {
      messageId: 'walkCauses',
      output: `class NotFoundError extends Error {}
class RequestError extends Error {}
export async function load(fetcher: () => Promise<string>): Promise<string> {
  try {
    return await fetcher();
  } catch (error) {
    throw new RequestError('request failed', { cause: error });
  }
}
export async function show(fetcher: () => Promise<string>): Promise<string> {
  try {
    return await load(fetcher);
  } catch (error) {
    let cause: unknown = error;
    while (!(cause instanceof NotFoundError) && cause instanceof Error && cause.cause !== undefined) cause = cause.cause;
    if (cause instanceof NotFoundError) return 'missing';
    throw error;
  }
}
`,
    },
  },
];
