import path from 'node:path';

import ts from 'typescript';
import { afterAll, describe, expect, it } from 'vitest';

import type { CoreContext } from '../../src/core/context.js';
import { analysisFor } from '../../src/core/index.js';
import { mayBeRelated } from '../../src/core/pitfalls/type-shapes.js';
import { removeTempProject, writeTempProject } from '../helpers/written-project.js';

const folders: string[] = [];
afterAll(() => folders.forEach(removeTempProject));

/** For each pair of type aliases `[a, b]` declared in `source`: whether the shapes allow a relation. */
function related(source: string, pairs: readonly (readonly [string, string])[]): boolean[] {
  const folder = writeTempProject({ 'src/types.ts': source });
  folders.push(folder);
  const file = path.join(folder, 'src/types.ts');
  const program = ts.createProgram([file], {
    target: ts.ScriptTarget.ES2022,
    strict: true,
    types: [],
  });
  const ctx: CoreContext = analysisFor(ts, program).ctx;
  const sourceFile = program.getSourceFile(file)!;
  const typeOf = (name: string): ts.Type => {
    const alias = sourceFile.statements.find(
      (statement): statement is ts.TypeAliasDeclaration =>
        ts.isTypeAliasDeclaration(statement) && statement.name.text === name,
    );
    if (!alias) throw new Error(`no type ${name}`);
    return ctx.checker.getTypeAtLocation(alias.name);
  };

  return pairs.map(([a, b]) => mayBeRelated(ctx, typeOf(a), typeOf(b)));
}

describe('type shapes', () => {
  it('tell types apart by the names one requires and the other lacks', () => {
    expect(
      related(
        `type Sink = { label: string; write(line: string): void };
type Row = { id: string; amount: number; note?: string };
type Labelled = { label: string };
type Noted = { note: string };
type Empty = {};`,
        [
          ['Sink', 'Row'],
          ['Sink', 'Labelled'],
          ['Row', 'Noted'],
          ['Row', 'Empty'],
          ['Sink', 'Empty'],
        ],
      ),
    ).toEqual([false, true, true, true, true]);
  });

  it('tell types apart by different literals at the same place, in members and in parameters', () => {
    expect(
      related(
        `type A = { kind: 'a'; id: string };
type B = { kind: 'b'; id: string };
type Either = { kind: 'a' | 'b'; id: string };
type OnA = { write(entry: A): void };
type OnB = { write(entry: B): void };
type OnEither = { write(entry: Either): void };
type Flagged = { on: true };
type Unflagged = { on: false };`,
        [
          ['A', 'B'],
          ['A', 'Either'],
          ['OnA', 'OnB'],
          ['OnA', 'OnEither'],
          ['Flagged', 'Unflagged'],
        ],
      ),
    ).toEqual([false, true, false, true, false]);
  });

  it('keep classes that match an interface without declaring it, unions and generic types', () => {
    expect(
      related(
        `interface Target { readonly reference: string; push(blob: string): void }
class Repository { constructor(readonly reference: string) {} push(blob: string): void {} }
type RepositoryType = Repository;
type TargetType = Target;
type Row = { id: string };
type RowOrTarget = Row | Target;
type Readonlied<T> = { readonly [K in keyof T]: T[K] };
type Mapped = Readonlied<Row>;
type Text = string;`,
        [
          ['RepositoryType', 'TargetType'],
          ['Row', 'TargetType'],
          ['RowOrTarget', 'TargetType'],
          ['Mapped', 'TargetType'],
          ['Text', 'TargetType'],
        ],
      ),
    ).toEqual([true, false, true, true, true]);
  });
});
