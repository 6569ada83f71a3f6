import { Linter } from 'eslint';
import type { Rule } from 'eslint';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

import type { TypeScriptApi } from '../../src/core/index.js';
import { suppressionsFor } from '../../src/cli/suppressions/apply-directives.js';
import { directiveComments } from '../../src/cli/suppressions/directive-comments.js';

/**
 * Every directive form ESLint knows, and look-alikes it ignores. `flagA` stands for a finding of
 * no-instanceof-wrapped and `flagB` for one of no-silent-type-gate, wherever they appear.
 */
const SOURCE = `/* eslint-disable wrapper-pitfalls/no-instanceof-wrapped -- legacy module */
flagA; flagB;
/* eslint-enable wrapper-pitfalls/no-instanceof-wrapped */
flagA;
flagB; // eslint-disable-line
flagA; // eslint-disable-line wrapper-pitfalls/no-silent-type-gate
flagA; /* eslint-disable-line wrapper-pitfalls/no-instanceof-wrapped, no-undef -- reason here */
// eslint-disable-next-line wrapper-pitfalls/no-silent-type-gate -- the gate is wanted
flagB; flagA;
/* eslint-disable-next-line
   wrapper-pitfalls/no-instanceof-wrapped */
flagA;
/* eslint-disable-line wrapper-pitfalls/no-instanceof-wrapped
*/ flagA;
// eslint-disable
flagA;
const inString = "/* eslint-disable */"; flagA;
const inTemplate = \`// eslint-disable-line\`; flagA;
const inRegex = /\\/\\/ eslint-disable-line/; flagA;
/** eslint-disable */ flagA;
/* eslint-disable-next-line wrapper-pitfalls/no-instanceof-wrapped */ flagA; flagA;
flagA;
/* eslint-disable */
flagA; flagB;
/* eslint-enable wrapper-pitfalls/no-silent-type-gate */
flagA; flagB;
/* eslint-enable */
flagA; flagB;
/* eslint-disable 'wrapper-pitfalls/no-silent-type-gate' */ flagB; /* eslint-enable */ flagB;
flagA /* eslint-disable-line */;
/*eslint-disable-next-line*/
flagB
/* eslint-disable wrapper-pitfalls/no-instanceof-wrapped -- first */
/* eslint-disable wrapper-pitfalls/no-instanceof-wrapped -- second */
flagA;
/* eslint-enable */
/* eslint-disable other-plugin/some-rule */
flagA;
`;

const RULE_OF = {
  flagA: 'wrapper-pitfalls/no-instanceof-wrapped',
  flagB: 'wrapper-pitfalls/no-silent-type-gate',
} as const;

function flaggingRule(name: keyof typeof RULE_OF): Rule.RuleModule {
  return {
    meta: { type: 'problem', schema: [], messages: { flagged: 'flagged' } },
    create: (context) => ({
      Identifier(node) {
        if (node.name === name) context.report({ node, messageId: 'flagged' });
      },
    }),
  };
}

const otherPlugin = { rules: { 'some-rule': flaggingRule('flagA') } };

/** What ESLint itself does with the directives: each flag with the suppressions it gets. */
function eslintVerdicts(): Record<string, unknown[]> {
  const linter = new Linter({ configType: 'flat' });
  const messages = linter.verify(SOURCE, [
    {
      plugins: {
        'wrapper-pitfalls': {
          rules: {
            'no-instanceof-wrapped': flaggingRule('flagA'),
            'no-silent-type-gate': flaggingRule('flagB'),
          },
        },
        'other-plugin': otherPlugin,
      },
      rules: {
        'wrapper-pitfalls/no-instanceof-wrapped': 'error',
        'wrapper-pitfalls/no-silent-type-gate': 'error',
      },
      linterOptions: { reportUnusedDisableDirectives: 'off' },
    },
  ]);
  const verdicts: Record<string, unknown[]> = {};
  for (const message of messages) {
    if (message.ruleId?.startsWith('wrapper-pitfalls/')) {
      verdicts[`${message.line}:${message.column} ${message.ruleId}`] = [];
    }
  }

  // ESLint's Linter has this method at run time; its type declarations leave it out.
  const suppressed = (
    linter as unknown as { getSuppressedMessages(): Linter.SuppressedLintMessage[] }
  ).getSuppressedMessages();
  for (const message of suppressed) {
    verdicts[`${message.line}:${message.column} ${message.ruleId}`] = message.suppressions;
  }

  return verdicts;
}

/** What the CLI's directive reading does with the same text. */
function cliVerdicts(): Record<string, unknown[]> {
  const sourceFile = ts.createSourceFile('sample.ts', SOURCE, ts.ScriptTarget.Latest, true);
  const problems = [...SOURCE.matchAll(/\bflag[AB]\b/g)].map((match) => {
    const { line, character } = sourceFile.getLineAndCharacterOfPosition(match.index);
    return {
      ruleId: RULE_OF[match[0] as keyof typeof RULE_OF],
      line: line + 1,
      column: character + 1,
    };
  });
  const suppressions = suppressionsFor(
    problems,
    directiveComments(ts as TypeScriptApi, sourceFile),
  );
  return Object.fromEntries(
    problems.map((problem, index) => [
      `${problem.line}:${problem.column} ${problem.ruleId}`,
      suppressions[index] ?? [],
    ]),
  );
}

describe('eslint-disable comments, read by the CLI', () => {
  it('silence exactly what ESLint silences, with the same justifications', () => {
    const eslint = eslintVerdicts();

    expect(Object.keys(eslint)).toHaveLength(30);
    expect(cliVerdicts()).toEqual(eslint);
  });

  it('silence some findings and leave others, as this sample shows', () => {
    const verdicts = cliVerdicts();
    const silenced = Object.entries(verdicts)
      .filter(([, suppressions]) => suppressions.length > 0)
      .map(([key, suppressions]) => [key, suppressions]);

    expect(silenced).toEqual([
      [
        '2:1 wrapper-pitfalls/no-instanceof-wrapped',
        [{ kind: 'directive', justification: 'legacy module' }],
      ],
      ['5:1 wrapper-pitfalls/no-silent-type-gate', [{ kind: 'directive', justification: '' }]],
      [
        '7:1 wrapper-pitfalls/no-instanceof-wrapped',
        [{ kind: 'directive', justification: 'reason here' }],
      ],
      [
        '9:1 wrapper-pitfalls/no-silent-type-gate',
        [{ kind: 'directive', justification: 'the gate is wanted' }],
      ],
      ['12:1 wrapper-pitfalls/no-instanceof-wrapped', [{ kind: 'directive', justification: '' }]],
      ['22:1 wrapper-pitfalls/no-instanceof-wrapped', [{ kind: 'directive', justification: '' }]],
      ['24:1 wrapper-pitfalls/no-instanceof-wrapped', [{ kind: 'directive', justification: '' }]],
      ['24:8 wrapper-pitfalls/no-silent-type-gate', [{ kind: 'directive', justification: '' }]],
      ['26:1 wrapper-pitfalls/no-instanceof-wrapped', [{ kind: 'directive', justification: '' }]],
      ['29:61 wrapper-pitfalls/no-silent-type-gate', [{ kind: 'directive', justification: '' }]],
      ['30:1 wrapper-pitfalls/no-instanceof-wrapped', [{ kind: 'directive', justification: '' }]],
      ['32:1 wrapper-pitfalls/no-silent-type-gate', [{ kind: 'directive', justification: '' }]],
      [
        '35:1 wrapper-pitfalls/no-instanceof-wrapped',
        [
          { kind: 'directive', justification: 'first' },
          { kind: 'directive', justification: 'second' },
        ],
      ],
    ]);
  });
});
