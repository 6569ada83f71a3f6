import fs from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';

import { afterAll, describe, expect, it } from 'vitest';

import { expectedFingerprint } from '../helpers/fingerprint-recipe.js';
import { REPO_ROOT, runCli } from '../helpers/run-cli.js';
import { sarifSchemaErrors } from '../helpers/sarif-schema.js';
import { copyFixture, removeFolder, scratchFolder } from '../helpers/temp-project.js';

const { version } = JSON.parse(fs.readFileSync(path.join(REPO_ROOT, 'package.json'), 'utf8')) as {
  version: string;
};
const DOCS =
  'https://github.com/wrapper-pitfalls/eslint-plugin-wrapper-pitfalls/blob/main/docs/rules';
const SRC = 'fixtures/registry-push/src';

function ruleDescriptor(rule: string, description: string) {
  return {
    id: `wrapper-pitfalls/${rule}`,
    shortDescription: { text: description },
    fullDescription: { text: `${description}.` },
    helpUri: `${DOCS}/${rule}.md`,
    help: {
      text: `${description}. Examples, options and limitations: ${DOCS}/${rule}.md`,
      markdown: fs.readFileSync(path.join(REPO_ROOT, `docs/rules/${rule}.md`), 'utf8'),
    },
    defaultConfiguration: { level: 'error' },
    properties: { tags: ['correctness', 'typescript'] },
  };
}

function location(
  file: string,
  startLine: number,
  startColumn: number,
  endLine: number,
  endColumn: number,
) {
  return {
    artifactLocation: { uri: `${SRC}/${file}`, uriBaseId: '%SRCROOT%' },
    region: { startLine, startColumn, endLine, endColumn },
  };
}

function step(where: ReturnType<typeof location>, text: string) {
  return { location: { physicalLocation: where, message: { text } } };
}

const FLOW_TO_CHECK = [
  step(
    location('push-command.ts', 20, 9, 20, 84),
    'ProgressTarget made here, only when process.stdout.isTTY && !options.noTty',
  ),
  step(location('push-command.ts', 18, 9, 18, 15), 'held in `target`'),
  step(location('push-command.ts', 23, 17, 23, 23), 'passed as `target` to withScopeHint()'),
  step(
    location('scope-hint.ts', 6, 7, 6, 35),
    '`target instanceof Repository` is false for it',
  ),
];

const WRAPPER_DECLARED = [
  {
    id: 0,
    physicalLocation: location('progress-target.ts', 4, 14, 4, 28),
    message: { text: 'the wrapper ProgressTarget is declared here' },
  },
];

const IN_FUNCTION = [{ fullyQualifiedName: 'withScopeHint', kind: 'function' }];

const EXPECTED_RESULTS = [
  {
    ruleId: 'wrapper-pitfalls/no-silent-type-gate',
    ruleIndex: 7,
    level: 'error',
    message: {
      text:
        'withScopeHint silently skips `target.addScopeHint(actions)` when `target` is a ' +
        'ProgressTarget (made in src/push-command.ts:20): handle the wrapped case, or get what ' +
        'it needs without a type check.',
    },
    locations: [
      { physicalLocation: location('scope-hint.ts', 6, 3, 6, 36), logicalLocations: IN_FUNCTION },
    ],
    partialFingerprints: {
      'wrapperPitfallsFinding/v1': expectedFingerprint(
        'no-silent-type-gate',
        'src/scope-hint.ts',
        'if ( target instanceof Repository )',
        'withScopeHint',
      ),
    },
    relatedLocations: WRAPPER_DECLARED,
    codeFlows: [
      {
        message: { text: 'How a ProgressTarget reaches this check' },
        threadFlows: [
          {
            locations: [
              ...FLOW_TO_CHECK,
              step(
                location('scope-hint.ts', 7, 5, 7, 34),
                'so withScopeHint skips `target.addScopeHint(actions)`',
              ),
            ],
          },
        ],
      },
    ],
  },
  {
    ruleId: 'wrapper-pitfalls/no-instanceof-wrapped',
    ruleIndex: 4,
    level: 'error',
    message: {
      text:
        '`target instanceof Repository` is false when `target` is a ProgressTarget (made in ' +
        'src/push-command.ts:20): unwrap it first, or test the capability you need.',
    },
    locations: [
      { physicalLocation: location('scope-hint.ts', 6, 7, 6, 35), logicalLocations: IN_FUNCTION },
    ],
    partialFingerprints: {
      'wrapperPitfallsFinding/v1': expectedFingerprint(
        'no-instanceof-wrapped',
        'src/scope-hint.ts',
        'target instanceof Repository',
        'withScopeHint',
      ),
    },
    relatedLocations: WRAPPER_DECLARED,
    codeFlows: [
      {
        message: { text: 'How a ProgressTarget reaches this check' },
        threadFlows: [{ locations: FLOW_TO_CHECK }],
      },
    ],
  },
];

function expectedLog(results: unknown[]) {
  return {
    $schema:
      'https://docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/os/schemas/sarif-schema-2.1.0.json',
    version: '2.1.0',
    runs: [
      {
        tool: {
          driver: {
            name: 'wrapper-pitfalls',
            version,
            semanticVersion: version,
            informationUri: 'https://github.com/wrapper-pitfalls/eslint-plugin-wrapper-pitfalls',
            rules: [
              ruleDescriptor(
                'no-capability-probe-wrapped',
                'Disallow probing a value for a member that some wrapper of it hides, and ' +
                  'calling such a member on a copy that lost it',
              ),
              ruleDescriptor(
                'no-constructor-check-wrapped',
                'Disallow constructor and prototype identity checks that a wrapper of the tested ' +
                  'value silently fails',
              ),
              ruleDescriptor(
                'no-discriminant-wrapped',
                'Disallow discriminant checks on values whose wrappers do not carry the discriminant',
              ),
              ruleDescriptor(
                'no-identity-wrapped',
                'Disallow identity comparisons and identity-keyed lookups between wrappers and the ' +
                  'objects they stand for',
              ),
              ruleDescriptor(
                'no-instanceof-wrapped',
                'Disallow `instanceof` checks that a wrapper of the tested value silently fails',
              ),
              ruleDescriptor(
                'no-instanceof-wrapped-error',
                'Disallow `instanceof` tests of caught errors where the program wraps errors as ' +
                  'the `cause` of others',
              ),
              ruleDescriptor(
                'no-private-brand-proxied',
                'Disallow `#private` access and brand checks on values that may be proxies or ' +
                  'other copies of the class',
              ),
              ruleDescriptor(
                'no-silent-type-gate',
                'Disallow code that does its work only when a concrete-type check passes and ' +
                  'silently does nothing for wrapped values',
              ),
              ruleDescriptor(
                'no-type-guard-wrapped',
                'Disallow type guards built on concrete-type checks where a wrapper of the tested ' +
                  'value reaches them',
              ),
            ],
          },
        },
        invocations: [{ executionSuccessful: true }],
        originalUriBaseIds: { '%SRCROOT%': { uri: `${pathToFileURL(REPO_ROOT).href}/` } },
        columnKind: 'utf16CodeUnits',
        results,
      },
    ],
  };
}

const scratch: string[] = [];
afterAll(() => scratch.forEach(removeFolder));

describe('--format sarif', () => {
  it('writes the exact SARIF 2.1.0 log of registry-push, valid against the official schema', () => {
    const run = runCli([
      'scan',
      '--project',
      'fixtures/registry-push/tsconfig.json',
      '--format',
      'sarif',
    ]);

    expect(run.stderr).toBe('');
    expect(run.status).toBe(1);
    const log = JSON.parse(run.stdout) as unknown;
    expect(sarifSchemaErrors(log)).toEqual([]);
    expect(log).toEqual(expectedLog(EXPECTED_RESULTS));
    expect(run.stdout.endsWith('}\n')).toBe(true);
  });

  it('lists every rule of the catalog and no result on the fixed twin', () => {
    const run = runCli([
      'scan',
      '--project',
      'fixtures/registry-push-fixed/tsconfig.json',
      '-f',
      'sarif',
    ]);

    expect(run.status).toBe(0);
    const log = JSON.parse(run.stdout) as { runs: { results: unknown[] }[] };
    expect(sarifSchemaErrors(log)).toEqual([]);
    expect(log).toEqual(expectedLog([]));
  });

  it('keeps files outside the working folder as absolute file URIs, never as ../ paths', () => {
    const cwd = scratchFolder('sarif-cwd');
    scratch.push(cwd);
    const tsconfig = path.join(REPO_ROOT, 'fixtures/registry-push/tsconfig.json');
    const run = runCli(['scan', '--project', tsconfig, '--format', 'sarif'], cwd);

    const log = JSON.parse(run.stdout) as {
      runs: { results: { locations: { physicalLocation: { artifactLocation: object } }[] }[] }[];
    };
    expect(sarifSchemaErrors(log)).toEqual([]);
    const scopeHint = path.join(REPO_ROOT, SRC, 'scope-hint.ts');
    expect(
      log.runs[0]?.results.map((result) => result.locations[0]?.physicalLocation.artifactLocation),
    ).toEqual([{ uri: pathToFileURL(scopeHint).href }, { uri: pathToFileURL(scopeHint).href }]);
  });

  it('escapes file names into URIs', () => {
    const project = copyFixture('sarif uri', {}, 'fixtures/registry-push');
    scratch.push(project);
    fs.renameSync(path.join(project, 'src'), path.join(project, 'src #1'));
    fs.writeFileSync(
      path.join(project, 'tsconfig.json'),
      fs.readFileSync(path.join(project, 'tsconfig.json'), 'utf8').replaceAll('src', 'src #1'),
    );
    const run = runCli(['scan', '--project', 'tsconfig.json', '--format', 'sarif'], project);

    const log = JSON.parse(run.stdout) as {
      runs: { results: { locations: { physicalLocation: { artifactLocation: object } }[] }[] }[];
    };
    expect(sarifSchemaErrors(log)).toEqual([]);
    expect(log.runs[0]?.results[0]?.locations[0]?.physicalLocation.artifactLocation).toEqual({
      uri: 'src%20%231/scope-hint.ts',
      uriBaseId: '%SRCROOT%',
    });
  });

  it('is checked by a validator that does reject logs the schema forbids', () => {
    const run = runCli([
      'scan',
      '--project',
      'fixtures/registry-push/tsconfig.json',
      '-f',
      'sarif',
    ]);
    const log = JSON.parse(run.stdout) as { runs: { results: { level: string }[] }[] };
    log.runs[0]!.results[0]!.level = 'fatal';
    const broken = { ...log, version: '2.0.0' };

    expect(sarifSchemaErrors(broken)).toEqual([
      '/version must be equal to one of the allowed values',
      '/runs/0/results/0/level must be equal to one of the allowed values',
    ]);
  });
});
