import path from 'node:path';

import ts from 'typescript';
import { afterAll, describe, expect, it } from 'vitest';

import { analysisFor } from '../../src/core/index.js';
import { removeTempProject, writtenProgram } from '../helpers/written-project.js';

const folders: string[] = [];
afterAll(() => folders.forEach(removeTempProject));

const REPO = `export class Repo {
  constructor(readonly name: string) {}
  describe(): string { return this.name; }
}
`;

/** Every finding of a program written to `src/`, as `file:line:column rule`. */
function findingsOf(files: Record<string, string>): string[] {
  const { program, folder, roots } = writtenProgram({ 'src/repo.ts': REPO, ...files });
  folders.push(folder);
  const analysis = analysisFor(ts, program);
  return roots.flatMap((root) =>
    analysis
      .findingsForFile(program.getSourceFile(root)!)
      .map(
        (finding) =>
          `${path.basename(root)}:${finding.site.line}:${finding.site.column} ${finding.ruleId}`,
      ),
  );
}

/**
 * Programs where the tracer finds a wrapper that the forward walk of the relevance gate once
 * lost (so the gate let the check go unreported): each path must be followed, or given up on.
 */
describe('forward reach follows every path the tracer follows', () => {
  it('a value exported and imported under two renames', () => {
    expect(
      findingsOf({
        'src/a.ts': `import { Repo } from './repo.js';
const copy = { ...new Repo('r') };
export { copy as shared };
`,
        'src/b.ts': `import { shared as local } from './a.js';
import { Repo } from './repo.js';
function label(value: Repo | { name: string }): string {
  if (value instanceof Repo) return value.describe();
  return 'plain';
}
export const out = label(local);
`,
      }),
    ).toEqual(['b.ts:4:7 no-instanceof-wrapped', 'b.ts:5:3 no-silent-type-gate']);
  });

  it('a value exported as the default and imported by another name', () => {
    expect(
      findingsOf({
        'src/a.ts': `import { Repo } from './repo.js';
const copy = { ...new Repo('r') };
export { copy as default };
`,
        'src/b.ts': `import shared from './a.js';
import { Repo } from './repo.js';
function label(value: Repo | { name: string }): string {
  if (value instanceof Repo) return value.describe();
  return 'plain';
}
export const out = label(shared);
`,
      }),
    ).toEqual(['b.ts:4:7 no-instanceof-wrapped', 'b.ts:5:3 no-silent-type-gate']);
  });

  it('a proxy-making function exported as the default', () => {
    expect(
      findingsOf({
        'src/main.ts': `import wrap from './maker.js';
import { Repo } from './repo.js';
const seen = new WeakSet<Repo>();
function remember(value: Repo): void { seen.add(value); }
function known(value: Repo): boolean { return seen.has(value); }
const raw = new Repo('b');
remember(raw);
const guarded = wrap(raw);
export const out = known(guarded);
`,
        'src/maker.ts': `import { Repo } from './repo.js';
function guard(repo: Repo): Repo {
  return new Proxy(repo, { get(target, key, receiver) { return Reflect.get(target, key, receiver); } });
}
export const local = guard(new Repo('a'));
export { guard as default };
`,
      }),
    ).toEqual(['main.ts:5:47 no-identity-wrapped']);
  });

  it('a proxy-making function renamed on export and on import', () => {
    expect(
      findingsOf({
        'src/main.ts': `import { protect as wrap } from './maker.js';
import { Repo } from './repo.js';
const seen = new WeakSet<Repo>();
function remember(value: Repo): void { seen.add(value); }
function known(value: Repo): boolean { return seen.has(value); }
const raw = new Repo('b');
remember(raw);
const guarded = wrap(raw);
export const out = known(guarded);
`,
        'src/maker.ts': `import { Repo } from './repo.js';
function guard(repo: Repo): Repo {
  return new Proxy(repo, { get(target, key, receiver) { return Reflect.get(target, key, receiver); } });
}
export const local = guard(new Repo('a'));
export { guard as protect };
`,
      }),
    ).toEqual(['main.ts:5:47 no-identity-wrapped']);
  });

  it('a named function expression held in a constant, making proxies', () => {
    expect(
      findingsOf({
        'src/main.ts': `import { Repo } from './repo.js';
const guard = function layered(repo: Repo, layers = 1): Repo {
  if (layers > 1) return layered(repo, layers - 1);
  return new Proxy(repo, { get(target, key, receiver) { return Reflect.get(target, key, receiver); } });
};
const seen = new WeakSet<Repo>();
function known(value: Repo): boolean { return seen.has(value); }
const raw = new Repo('b');
seen.add(raw);
export const out = known(guard(raw));
`,
      }),
    ).toEqual(['main.ts:7:47 no-identity-wrapped']);
  });

  it('a value exported from a destructuring declaration', () => {
    expect(
      findingsOf({
        'src/config.ts': `import { Repo } from './repo.js';
interface Deps { repo: Repo | { name: string } }
const deps: Deps = { repo: { ...new Repo('r') } };
export const { repo } = deps;
`,
        'src/main.ts': `import { repo } from './config.js';
import { Repo } from './repo.js';
function label(value: Repo | { name: string }): string {
  if (value instanceof Repo) return value.describe();
  return 'plain';
}
export const out = label(repo);
`,
      }),
    ).toEqual(['main.ts:4:7 no-instanceof-wrapped', 'main.ts:5:3 no-silent-type-gate']);
  });

  it("one value in two classes' private fields of the same name", () => {
    expect(
      findingsOf({
        'src/main.ts': `import { Repo } from './repo.js';
function labelA(value: Repo | { name: string }): string {
  if (value instanceof Repo) return value.describe();
  return 'plain';
}
function labelB(value: Repo | { name: string }): string {
  if (value instanceof Repo) return value.describe();
  return 'plain';
}
const copy = { ...new Repo('r') };
class First {
  #inner: Repo | { name: string } = copy;
  show(): string { return labelA(this.#inner); }
}
class Second {
  #inner: Repo | { name: string } = copy;
  show(): string { return labelB(this.#inner); }
}
export const out = [new First().show(), new Second().show()];
`,
      }),
    ).toEqual([
      'main.ts:3:7 no-instanceof-wrapped',
      'main.ts:4:3 no-silent-type-gate',
      'main.ts:7:7 no-instanceof-wrapped',
      'main.ts:8:3 no-silent-type-gate',
    ]);
  });

  it('a method reached through a mapped type that renames keys', () => {
    expect(
      findingsOf({
        'src/main.ts': `class Session {
  #token: string;
  constructor(token: string) { this.#token = token; }
  reveal(): string { return \`Bearer \${this.#token}\`; }
}
type Exposed<T> = { [K in keyof T as \`\${K & string}\`]: T[K] };
const session = new Proxy(new Session('t0k3n'), {}) as unknown as Exposed<Session>;
export const header = session.reveal();
`,
      }),
    ).toEqual(['main.ts:4:39 no-private-brand-proxied']);
  });

  it('a named function expression held in a constant, making copies', () => {
    expect(
      findingsOf({
        'src/main.ts': `import { Repo } from './repo.js';
const snapshot = function copyOf(repo: Repo, times = 1): Repo | { name: string } {
  if (times > 1) return copyOf(repo, times - 1);
  return { ...new Repo(repo.name) };
};
function label(value: Repo | { name: string }): string {
  if (value instanceof Repo) return value.describe();
  return 'plain';
}
const taken = snapshot(new Repo('r'));
export const out = label(taken);
`,
      }),
    ).toEqual(['main.ts:7:7 no-instanceof-wrapped', 'main.ts:8:3 no-silent-type-gate']);
  });

  it("`this` in a method's parameter default", () => {
    expect(
      findingsOf({
        'src/main.ts': `export class Port {
  #open = true;
  check(self: Port = this): boolean { return #open in self; }
}
const p = new Proxy(new Port(), {});
export const out = p.check();
`,
      }),
    ).toEqual(['main.ts:3:46 no-private-brand-proxied']);
  });

  it('a named function expression calling itself by its own name', () => {
    expect(
      findingsOf({
        'src/main.ts': `import { Repo } from './repo.js';
type R = Repo | { name: string };
function label(value: R): string {
  if (value instanceof Repo) return value.describe();
  return 'plain';
}
const walk = function step(v: R, n: number): string {
  if (n > 0) return step({ ...new Repo('r') }, n - 1);
  return label(v);
};
export const out = walk(new Repo('a'), 1);
`,
      }),
    ).toEqual(['main.ts:4:7 no-instanceof-wrapped', 'main.ts:5:3 no-silent-type-gate']);
  });
});
