import { noInstanceofWrappedError } from '../../src/rules/no-instanceof-wrapped-error.js';
import { createRuleTester } from './rule-tester.js';

// Each case is linted as `file.ts`: PROGRAM fills lines 1-8 (line 1 is empty), and a case that
// starts with WRAPS has it on lines 9-12.
const PROGRAM = `
class NotFoundError extends Error {
  constructor(readonly key: string, options?: ErrorOptions) {
    super(\`\${key} not found\`, options);
  }
}
class StorageError extends Error {}
declare function read(key: string): string;`;

const WRAPS = `export function load(key: string): string {
  try { return read(key); }
  catch (error) { throw new StorageError(\`cannot load \${key}\`, { cause: error }); }
}`;

createRuleTester().run('no-instanceof-wrapped-error', noInstanceofWrappedError, {
  valid: [
    {
      name: 'no error is wrapped in the program',
      code: `${PROGRAM}
export function loadOrDefault(key: string): string {
  try { return read(key); }
  catch (error) { if (error instanceof NotFoundError) return ''; throw error; }
}`,
    },
    {
      name: 'a loop that walks the cause chain',
      code: `${PROGRAM}
${WRAPS}
export function loadOrDefault(key: string): string {
  try { return load(key); }
  catch (error) {
    let current: unknown = error;
    while (current instanceof Error) {
      if (current instanceof NotFoundError) return '';
      current = current.cause;
    }
    throw error;
  }
}`,
    },
    {
      name: 'testing for the wrapping error class',
      code: `${PROGRAM}
${WRAPS}
export function loadOrDefault(key: string): string {
  try { return load(key); }
  catch (error) { if (error instanceof StorageError) return ''; throw error; }
}`,
    },
    {
      name: 'a class that is no error',
      code: `${PROGRAM}
${WRAPS}
class Retry { readonly #attempt = 1; }
export function retries(key: string) {
  try { return load(key); } catch (error) { return error instanceof Retry; }
}`,
    },
    {
      name: 'the wrapping error is itself a subclass of the tested class',
      code: `${PROGRAM}
class DetailedNotFoundError extends NotFoundError {}
export function find(key: string): string {
  try { return read(key); }
  catch (error) { throw new DetailedNotFoundError(key, { cause: error }); }
}
export function findOrDefault(key: string): string {
  try { return find(key); }
  catch (error) { if (error instanceof NotFoundError) return ''; throw error; }
}`,
    },
    {
      name: 'the wrapped cause cannot be of the tested class',
      code: `${PROGRAM}
class TimeoutError extends Error { readonly #elapsed = 0; }
export function load(key: string): string {
  try { return read(key); }
  catch { throw new StorageError(\`cannot load \${key}\`, { cause: new TimeoutError() }); }
}
export function isMissing() {
  try { return load('k'); } catch (error) { return error instanceof NotFoundError; }
}`,
    },
    {
      name: 'an error a handler is given by the program\'s own calls',
      code: `${PROGRAM}
${WRAPS}
function onError(handler: (error: Error) => void) { handler(new NotFoundError('k')); }
onError((error) => { if (error instanceof NotFoundError) throw error; });`,
    },
    {
      name: 'ignoreClasses names the tested error class',
      code: `${PROGRAM}
${WRAPS}
export function loadOrDefault(key: string): string {
  try { return load(key); }
  catch (error) { if (error instanceof NotFoundError) return ''; throw error; }
}`,
      options: [{"ignoreClasses":[{"from":"file","name":"NotFoundError","path":"file.ts"}]}],
    },
    {
      name: 'testing for Error itself also matches the wrapping errors',
      code: `${PROGRAM}
${WRAPS}
export function loadOrDefault(key: string): string {
  try { return load(key); }
  catch (error) { if (error instanceof Error) return error.message; throw error; }
}`,
    },
  ],
  invalid: [
    {
      name: 'a caught error tested with instanceof',
      code: `${PROGRAM}
${WRAPS}
export function loadOrDefault(key: string): string {
  try { return load(key); }
  catch (error) {
    if (error instanceof NotFoundError) return '';
    throw error;
  }
}`,
      errors: [
        {
          messageId: 'wrappedError',
          data: {
            check: 'error instanceof NotFoundError',
            concrete: 'NotFoundError',
            wrapper: 'a StorageError',
            where: 'made in file.ts:11',
          },
          line: 16,
          column: 9,
          endLine: 16,
          endColumn: 39,
          suggestions: [
            {
              messageId: 'walkCauses',
              output: `${PROGRAM}
${WRAPS}
export function loadOrDefault(key: string): string {
  try { return load(key); }
  catch (error) {
    let cause: unknown = error;
    while (!(cause instanceof NotFoundError) && cause instanceof Error && cause.cause !== undefined) cause = cause.cause;
    if (cause instanceof NotFoundError) return '';
    throw error;
  }
}`,
            },
          ],
        },
      ],
    },
    {
      name: 'the cause given in shorthand',
      code: `${PROGRAM}
export function fetchRecord(key: string): string {
  try { return read(key); }
  catch (cause) { throw new StorageError(\`cannot fetch \${key}\`, { cause }); }
}
export function exists(key: string) {
  try { return fetchRecord(key) !== ''; }
  catch (error) { return !(error instanceof NotFoundError); }
}`,
      errors: [
        {
          messageId: 'wrappedError',
          data: {
            check: 'error instanceof NotFoundError',
            concrete: 'NotFoundError',
            wrapper: 'a StorageError',
            where: 'made in file.ts:11',
          },
          line: 15,
          column: 28,
          endLine: 15,
          endColumn: 58,
          suggestions: [
            {
              messageId: 'walkCauses',
              output: `${PROGRAM}
export function fetchRecord(key: string): string {
  try { return read(key); }
  catch (cause) { throw new StorageError(\`cannot fetch \${key}\`, { cause }); }
}
export function exists(key: string) {
  try { return fetchRecord(key) !== ''; }
  catch (error) { return !(((): boolean => { let cause: unknown = error; while (!(cause instanceof NotFoundError) && cause instanceof Error && cause.cause !== undefined) cause = cause.cause; return cause instanceof NotFoundError; })()); }
}`,
            },
          ],
        },
      ],
    },
    {
      name: 'a wrapping error class with a constructor of its own',
      code: `${PROGRAM}
class QueryError extends Error {
  constructor(readonly query: string, options?: ErrorOptions) {
    super(\`query failed: \${query}\`, options);
  }
}
export function query(key: string): string {
  try { return read(key); } catch (error) { throw new QueryError(key, { cause: error }); }
}
export function isMissing(key: string) {
  try { return query(key) === ''; } catch (error) { return error instanceof NotFoundError; }
}`,
      errors: [
        {
          messageId: 'wrappedError',
          data: {
            check: 'error instanceof NotFoundError',
            concrete: 'NotFoundError',
            wrapper: 'a QueryError',
            where: 'made in file.ts:15',
          },
          line: 18,
          column: 60,
          endLine: 18,
          endColumn: 90,
          suggestions: [
            {
              messageId: 'walkCauses',
              output: `${PROGRAM}
class QueryError extends Error {
  constructor(readonly query: string, options?: ErrorOptions) {
    super(\`query failed: \${query}\`, options);
  }
}
export function query(key: string): string {
  try { return read(key); } catch (error) { throw new QueryError(key, { cause: error }); }
}
export function isMissing(key: string) {
  try { return query(key) === ''; } catch (error) { return ((): boolean => { let cause: unknown = error; while (!(cause instanceof NotFoundError) && cause instanceof Error && cause.cause !== undefined) cause = cause.cause; return cause instanceof NotFoundError; })(); }
}`,
            },
          ],
        },
      ],
    },
    {
      name: 'the rejection handler of a promise',
      code: `${PROGRAM}
${WRAPS}
export function loadLater(key: string): Promise<string> {
  return Promise.resolve(key).then(load).catch((error: unknown) => {
    if (error instanceof NotFoundError) return '';
    throw error;
  });
}`,
      errors: [
        {
          messageId: 'wrappedError',
          data: {
            check: 'error instanceof NotFoundError',
            concrete: 'NotFoundError',
            wrapper: 'a StorageError',
            where: 'made in file.ts:11',
          },
          line: 15,
          column: 9,
          endLine: 15,
          endColumn: 39,
          suggestions: [
            {
              messageId: 'walkCauses',
              output: `${PROGRAM}
${WRAPS}
export function loadLater(key: string): Promise<string> {
  return Promise.resolve(key).then(load).catch((error: unknown) => {
    let cause: unknown = error;
    while (!(cause instanceof NotFoundError) && cause instanceof Error && cause.cause !== undefined) cause = cause.cause;
    if (cause instanceof NotFoundError) return '';
    throw error;
  });
}`,
            },
          ],
        },
      ],
    },
    {
      name: 'the rejection callback given to then',
      code: `${PROGRAM}
${WRAPS}
export function isMissingLater(key: string) {
  const loading = Promise.resolve(key).then(load);
  return loading.then(() => false, (reason) => reason instanceof NotFoundError);
}`,
      errors: [
        {
          messageId: 'wrappedError',
          data: {
            check: 'reason instanceof NotFoundError',
            concrete: 'NotFoundError',
            wrapper: 'a StorageError',
            where: 'made in file.ts:11',
          },
          line: 15,
          column: 48,
          endLine: 15,
          endColumn: 79,
          suggestions: [
            {
              messageId: 'walkCauses',
              output: `${PROGRAM}
${WRAPS}
export function isMissingLater(key: string) {
  const loading = Promise.resolve(key).then(load);
  return loading.then(() => false, (reason) => ((): boolean => { let cause: unknown = reason; while (!(cause instanceof NotFoundError) && cause instanceof Error && cause.cause !== undefined) cause = cause.cause; return cause instanceof NotFoundError; })());
}`,
            },
          ],
        },
      ],
    },
    {
      name: 'a caught error passed to a helper',
      code: `${PROGRAM}
${WRAPS}
function isMissing(error: unknown) { return error instanceof NotFoundError; }
export function loadOrDefault(key: string): string {
  try { return load(key); } catch (error) { if (isMissing(error)) return ''; throw error; }
}`,
      errors: [
        {
          messageId: 'wrappedError',
          data: {
            check: 'error instanceof NotFoundError',
            concrete: 'NotFoundError',
            wrapper: 'a StorageError',
            where: 'made in file.ts:11',
          },
          line: 13,
          column: 45,
          endLine: 13,
          endColumn: 75,
          suggestions: [
            {
              messageId: 'walkCauses',
              output: `${PROGRAM}
${WRAPS}
function isMissing(error: unknown) { return ((): boolean => { let cause: unknown = error; while (!(cause instanceof NotFoundError) && cause instanceof Error && cause.cause !== undefined) cause = cause.cause; return cause instanceof NotFoundError; })(); }
export function loadOrDefault(key: string): string {
  try { return load(key); } catch (error) { if (isMissing(error)) return ''; throw error; }
}`,
            },
          ],
        },
      ],
    },
    {
      name: 'a caught error held in a variable',
      code: `${PROGRAM}
${WRAPS}
export function loadOrDefault(key: string): string {
  try { return load(key); }
  catch (error) {
    const failure = error;
    if (failure instanceof NotFoundError) return '';
    throw failure;
  }
}`,
      errors: [
        {
          messageId: 'wrappedError',
          data: {
            check: 'failure instanceof NotFoundError',
            concrete: 'NotFoundError',
            wrapper: 'a StorageError',
            where: 'made in file.ts:11',
          },
          line: 17,
          column: 9,
          endLine: 17,
          endColumn: 41,
          suggestions: [
            {
              messageId: 'walkCauses',
              output: `${PROGRAM}
${WRAPS}
export function loadOrDefault(key: string): string {
  try { return load(key); }
  catch (error) {
    const failure = error;
    let cause: unknown = failure;
    while (!(cause instanceof NotFoundError) && cause instanceof Error && cause.cause !== undefined) cause = cause.cause;
    if (cause instanceof NotFoundError) return '';
    throw failure;
  }
}`,
            },
          ],
        },
      ],
    },
    {
      name: 'a caught error tested in a conditional expression',
      code: `${PROGRAM}
${WRAPS}
export function describe(key: string): string {
  try { return load(key); }
  catch (error) { return error instanceof NotFoundError ? 'missing' : 'failed'; }
}`,
      errors: [
        {
          messageId: 'wrappedError',
          data: {
            check: 'error instanceof NotFoundError',
            concrete: 'NotFoundError',
            wrapper: 'a StorageError',
            where: 'made in file.ts:11',
          },
          line: 15,
          column: 26,
          endLine: 15,
          endColumn: 56,
          suggestions: [
            {
              messageId: 'walkCauses',
              output: `${PROGRAM}
${WRAPS}
export function describe(key: string): string {
  try { return load(key); }
  catch (error) { return ((): boolean => { let cause: unknown = error; while (!(cause instanceof NotFoundError) && cause instanceof Error && cause.cause !== undefined) cause = cause.cause; return cause instanceof NotFoundError; })() ? 'missing' : 'failed'; }
}`,
            },
          ],
        },
      ],
    },
    {
      name: 'ignoreClasses naming another class still reports',
      code: `${PROGRAM}
${WRAPS}
export function loadOrDefault(key: string): string {
  try { return load(key); }
  catch (error) { if (error instanceof NotFoundError) return ''; throw error; }
}`,
      options: [{"ignoreClasses":[{"from":"file","name":"StorageError","path":"file.ts"}]}],
      errors: [
        {
          messageId: 'wrappedError',
          data: {
            check: 'error instanceof NotFoundError',
            concrete: 'NotFoundError',
            wrapper: 'a StorageError',
            where: 'made in file.ts:11',
          },
          line: 15,
          column: 23,
          endLine: 15,
          endColumn: 53,
          suggestions: [
            {
              messageId: 'walkCauses',
              output: `${PROGRAM}
${WRAPS}
export function loadOrDefault(key: string): string {
  try { return load(key); }
  catch (error) { let cause: unknown = error;
  while (!(cause instanceof NotFoundError) && cause instanceof Error && cause.cause !== undefined) cause = cause.cause;
  if (cause instanceof NotFoundError) return ''; throw error; }
}`,
            },
          ],
        },
      ],
    },
  ],
});
