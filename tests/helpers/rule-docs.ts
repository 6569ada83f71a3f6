import fs from 'node:fs';
import path from 'node:path';

import { REPO_ROOT } from './run-cli.js';

export const RULE_DOCS_FOLDER = path.join(REPO_ROOT, 'docs/rules');

/** Whether a code example is meant to be reported by the rule, or shows code it accepts. */
export type ExampleKind = 'incorrect' | 'correct';

export interface CodeExample {
  readonly kind: ExampleKind;
  readonly code: string;
  /** The line of the doc the code starts on, for failure messages. */
  readonly docLine: number;
}

export function readRuleDoc(rule: string): string {
  return fs.readFileSync(path.join(RULE_DOCS_FOLDER, `${rule}.md`), 'utf8');
}

/** The `## ` headings of a Markdown document, in order, leaving out lines inside code fences. */
export function sectionHeadings(markdown: string): string[] {
  return proseLines(markdown)
    .filter(({ text }) => text.startsWith('## '))
    .map(({ text }) => text.trimEnd());
}

/**
 * The TypeScript examples of the `## Rule details` section, each labelled by the last
 * "Examples of **incorrect** code" or "Examples of **correct** code" line above it.
 */
export function ruleDetailsExamples(markdown: string): CodeExample[] {
  const lines = markdown.split('\n');
  const examples: CodeExample[] = [];
  let inDetails = false;
  let kind: ExampleKind | undefined;
  for (let index = 0; index < lines.length; index++) {
    const line = lines[index]!;
    if (line.startsWith('## ')) {
      inDetails = line.trimEnd() === '## Rule details';
      kind = undefined;
      continue;
    }

    if (!inDetails) {
      if (line.startsWith('```')) index = closingFence(lines, index);
      continue;
    }

    if (/Examples of \*\*incorrect\*\* code/.test(line)) kind = 'incorrect';
    else if (/Examples of \*\*correct\*\* code/.test(line)) kind = 'correct';

    if (!line.startsWith('```')) continue;

    const end = closingFence(lines, index);
    if (line.trimEnd() === '```ts') {
      if (!kind) {
        throw new Error(`the ts example on line ${index + 1} has no incorrect/correct label`);
      }

      examples.push({ kind, code: lines.slice(index + 1, end).join('\n'), docLine: index + 2 });
    }

    index = end;
  }

  return examples;
}

function proseLines(markdown: string): { text: string; line: number }[] {
  const lines = markdown.split('\n');
  const prose: { text: string; line: number }[] = [];
  for (let index = 0; index < lines.length; index++) {
    const text = lines[index]!;
    if (text.startsWith('```')) {
      index = closingFence(lines, index);
      continue;
    }

    prose.push({ text, line: index + 1 });
  }

  return prose;
}

function closingFence(lines: readonly string[], open: number): number {
  for (let index = open + 1; index < lines.length; index++) {
    if (lines[index]!.startsWith('```')) return index;
  }

  throw new Error(`the code fence opened on line ${open + 1} is never closed`);
}
