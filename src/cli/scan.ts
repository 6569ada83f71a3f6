import fs from 'node:fs';
import path from 'node:path';

import type ts from 'typescript';

import { analysisFor, displayPath, PLUGIN_NAMESPACE, RULE_NAMES } from '../core/index.js';
import type { Finding, RuleName } from '../core/index.js';
import type {
  FileReport,
  ReportedFinding,
  SuppressedFinding,
  UnanalysedFile,
} from '../report/scan-report.js';
import { analysisOptionsFor } from './config/scan-config.js';
import type { ScanConfig } from './config/scan-config.js';
import { isIgnored } from './config/ignores.js';
import { debugError, firstLine } from './debug.js';
import { fingerprintFindings } from './fingerprints.js';
import type { LoadedProject } from './load-project.js';
import { deepestNesting } from './nesting-depth.js';
import { isScriptFile } from './paths.js';
import { ProjectLoadError } from './project-errors.js';
import type { Progress } from './progress.js';
import { suppressionsFor } from './suppressions/apply-directives.js';
import { isStackOverflow } from './stack-overflow.js';
import { directiveComments } from './suppressions/directive-comments.js';
import { UsageError } from './usage-error.js';

export interface ScanOptions {
  /** Files to report on; empty for every source file of the project. */
  readonly files: readonly string[];
  /** Skip given files the project does not include, rather than fail. */
  readonly ignoreUnknown: boolean;
  readonly config: ScanConfig;
  readonly progress: Progress;
  readonly flowsOnly: boolean;
  readonly excludeTestFlows: boolean;
  readonly maxDepth: number | undefined;
  readonly timeoutSeconds: number | undefined;
}

/** Which bounds cut some flow search short, so the report can say its flows may be incomplete. */
export interface BoundsHit {
  readonly depth: boolean;
  readonly time: boolean;
}

/**
 * Analyses the project and gathers, file by file, the findings of every rule the configuration
 * leaves on, each with its severity and fingerprint, split into what the report shows and what
 * `eslint-disable` comments silence. `files` limits the report, not the analysis: the whole
 * program still decides each finding. A file that cannot be analysed (a syntax error, bytes that
 * are not UTF-8, a fault of ours) is reported as such, and the others are analysed all the same.
 */
export function scanProject(
  project: LoadedProject,
  options: ScanOptions,
  cwd: string,
): { files: FileReport[]; bounds: BoundsHit } {
  const { program } = project;
  const sources = program
    .getSourceFiles()
    .filter(
      (file) =>
        !file.isDeclarationFile &&
        !program.isSourceFileFromExternalLibrary(file) &&
        isScriptFile(file.fileName),
    );
  bindOrExplain(project, sources, cwd);

  const inProgram = new Set(sources.map((file) => file.fileName));
  const wanted = wantedFiles(options, cwd, inProgram, project.tsconfig);
  const { config } = options;
  const reported = sources
    .filter((file) => !wanted || wanted.has(file.fileName))
    .filter((file) => !isIgnored(file.fileName, config.ignores, config.folder))
    .sort((a, b) => (a.fileName < b.fileName ? -1 : a.fileName > b.fileName ? 1 : 0));

  let flows = 0;
  options.progress.filesChecked(0, reported.length, 0);
  const files = reported.map((file, index) => {
    const report = guardedScanFile(project, options, file);
    flows += report.findings.reduce((sum, finding) => sum + flowCount(finding), 0);
    options.progress.filesChecked(index + 1, reported.length, flows);
    return report;
  });

  const hits = activeRules(config).map((rule) => analysisOf(project, options, rule).limitsHit);
  return {
    files,
    bounds: { depth: hits.some((hit) => hit.depth), time: hits.some((hit) => hit.time) },
  };
}

function activeRules(config: ScanConfig): RuleName[] {
  return RULE_NAMES.filter((rule) => {
    const setting = config.rules.get(rule);
    return setting !== undefined && setting.severity !== 'off';
  });
}

/** The analysis a rule's options ask for, shared by every rule with the same options. */
function analysisOf(project: LoadedProject, options: ScanOptions, rule: RuleName) {
  const bounds = {
    ...(options.maxDepth !== undefined ? { maxDepth: options.maxDepth } : {}),
    ...(options.timeoutSeconds !== undefined ? { flowTimeoutMs: options.timeoutSeconds * 1000 } : {}),
  };
  return analysisFor(project.ts, project.program, { ...analysisOptionsFor(options.config, rule), ...bounds });
}

/**
 * TypeScript binds every file when the checker is first made, recursively: a file nested deep
 * enough overflows the stack there, before any file can be analysed.
 */
function bindOrExplain(project: LoadedProject, sources: readonly ts.SourceFile[], cwd: string) {
  try {
    project.program.getTypeChecker();
  } catch (error) {
    if (!isStackOverflow(error)) throw error;

    const deepest = deepestNesting(project.ts, sources);
    if (!deepest) throw error;

    throw new ProjectLoadError({ kind: 'binder-overflow', ...deepest }, cwd);
  }
}

function guardedScanFile(
  project: LoadedProject,
  options: ScanOptions,
  file: ts.SourceFile,
): FileReport {
  const unanalysed = inputProblem(project, file);
  if (unanalysed) return { filePath: file.fileName, source: file.text, findings: [], suppressed: [], unanalysed };

  try {
    return scanFile(project, options, file);
  } catch (error) {
    debugError(`analysing ${file.fileName}`, error);
    const reason = isStackOverflow(error)
      ? 'it nests too deeply for the analysis'
      : `internal error: ${firstLine(error)} (set DEBUG=wrapper-pitfalls to see the stack)`;
    return {
      filePath: file.fileName,
      source: file.text,
      findings: [],
      suppressed: [],
      unanalysed: { reason, line: 1, column: 1 },
    };
  }
}

/** A syntax error, or text that is not what the file holds: findings there could be wrong. */
function inputProblem(project: LoadedProject, file: ts.SourceFile): UnanalysedFile | undefined {
  const { ts, program } = project;
  const invalidLine = project.sources.invalidLineOf(file.fileName);
  if (invalidLine !== undefined) {
    return { reason: 'it is not UTF-8 text; save it as UTF-8', line: invalidLine, column: 1 };
  }

  const syntaxError = program.getSyntacticDiagnostics(file)[0];
  if (!syntaxError) return undefined;

  const position = file.getLineAndCharacterOfPosition(syntaxError.start ?? 0);
  const message = ts.flattenDiagnosticMessageText(syntaxError.messageText, ' ');
  return {
    reason: `syntax error: ${message}`,
    line: position.line + 1,
    column: position.character + 1,
  };
}

function scanFile(project: LoadedProject, options: ScanOptions, file: ts.SourceFile): FileReport {
  const { ts } = project;
  const { config } = options;
  const findings: Finding[] = [];
  for (const rule of activeRules(config)) {
    const analysis = analysisOf(project, options, rule);
    const own = analysis.findingsForFile(file).filter((finding) => finding.ruleId === rule);
    findings.push(...own.flatMap((finding) => keptFinding(finding, options)));
  }

  findings.sort(
    (a, b) =>
      a.site.start - b.site.start ||
      a.site.end - b.site.end ||
      (a.ruleId < b.ruleId ? -1 : a.ruleId > b.ruleId ? 1 : 0),
  );

  const reported: ReportedFinding[] = fingerprintFindings(ts, file, findings, project.root).map(
    ({ finding, fingerprint, enclosing }) => ({
      ...finding,
      severity: config.rules.get(finding.ruleId)?.severity === 'warning' ? 'warning' : 'error',
      fingerprint,
      enclosing,
    }),
  );

  const problems = reported.map((finding) => ({
    ruleId: `${PLUGIN_NAMESPACE}/${finding.ruleId}`,
    line: finding.site.line,
    column: finding.site.column,
  }));
  const suppressions =
    reported.length === 0 ? [] : suppressionsFor(problems, directiveComments(ts, file));
  const shown: ReportedFinding[] = [];
  const suppressed: SuppressedFinding[] = [];
  reported.forEach((finding, index) => {
    const found = suppressions[index] ?? [];
    if (found.length === 0) shown.push(finding);
    else suppressed.push({ ...finding, suppressions: found });
  });

  return { filePath: file.fileName, source: file.text, findings: shown, suppressed };
}

/**
 * A finding as `--exclude-test-flows` and `--flows-only` leave it: without flows through test
 * code (and gone if only such flows reach it), and gone if no flow at all is shown.
 */
function keptFinding(finding: Finding, options: ScanOptions): Finding[] {
  let kept = finding;
  if (options.excludeTestFlows && finding.flows.length > 0) {
    const production = finding.flows.filter((flow) => !flow.testOnly);
    if (production.length === 0) return [];

    kept = { ...finding, flows: production, flow: production[0]!.steps, otherPaths: production[0]!.otherPaths };
  }

  if (options.flowsOnly && kept.flows.length === 0) return [];

  return [kept];
}

/** A finding's flow and the other paths to the same check, as the progress display counts them. */
function flowCount(finding: Finding): number {
  return finding.flow.length > 0 ? 1 + finding.otherPaths : 0;
}

function wantedFiles(
  options: ScanOptions,
  cwd: string,
  inProgram: ReadonlySet<string>,
  tsconfig: string,
): Set<string> | undefined {
  if (options.files.length === 0) return undefined;

  const wanted = new Set<string>();
  for (const file of options.files) {
    const absolute = path.resolve(cwd, file).split(path.sep).join('/');
    const real = fs.existsSync(absolute)
      ? fs.realpathSync(absolute).split(path.sep).join('/')
      : absolute;
    // A file read through a symlink (--follow-symlinks) is in the program under its link path.
    const name = inProgram.has(absolute) ? absolute : real;
    if (inProgram.has(name)) {
      wanted.add(name);
      continue;
    }

    if (!options.ignoreUnknown) {
      throw new UsageError(
        `${file} is not a source file of the project ${displayPath(tsconfig, cwd)}`,
      );
    }
  }

  return wanted;
}
