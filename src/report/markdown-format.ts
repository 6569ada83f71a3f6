import path from 'node:path';

import { displayPath, PLUGIN_NAMESPACE } from '../core/index.js';
import { auditSummary } from './audit-summary.js';
import type { AuditSummary } from './audit-summary.js';
import { codeFrame } from './code-frame.js';
import { codeBlock, codeSpan, escapeMarkdown, markdownMessage } from './markdown-text.js';
import { ruleDocsUrl } from './rule-docs.js';
import type { FileReport, ReportedFinding, ScanReport } from './scan-report.js';

/**
 * An audit report in GitHub-flavoured Markdown, for pull requests and wikis: what was scanned,
 * tables by rule, by folder and by wrapper, then every finding with its code and its flow.
 */
export function formatMarkdown(report: ScanReport): string {
  const summary = auditSummary(report);
  const sections = [
    '# wrapper-pitfalls audit',
    overview(report, summary),
    ...summaryTables(summary),
    ...findingSections(report),
  ];
  return `${sections.join('\n\n')}\n`;
}

function overview(report: ScanReport, summary: AuditSummary): string {
  const project = path.relative(report.cwd, report.tsconfig).split(path.sep).join('/');
  const total = summary.errors + summary.warnings;
  const counts =
    total === 0
      ? 'no problem'
      : `${total} ${plural('problem', total)} ` +
        `(${summary.errors} ${plural('error', summary.errors)}, ` +
        `${summary.warnings} ${plural('warning', summary.warnings)})`;
  const lines = [
    `Project ${codeSpan(project || report.tsconfig)}: ${summary.filesChecked} ` +
      `${plural('file', summary.filesChecked)} checked, ${counts}.`,
  ];
  if (summary.suppressed > 0) {
    lines.push(
      `${summary.suppressed} suppressed ${plural('finding', summary.suppressed)} ` +
        '(by `eslint-disable` comments or the baseline) ' +
        `${summary.suppressed === 1 ? 'is' : 'are'} not listed.`,
    );
  }

  for (const note of report.notes ?? []) lines.push(`> **Note:** ${escapeMarkdown(note)}`);

  return lines.join('\n');
}

function summaryTables(summary: AuditSummary): string[] {
  const byRule = [
    '## Findings by rule',
    table(
      ['Rule', 'Errors', 'Warnings'],
      ['---', '---:', '---:'],
      summary.byRule.map(({ rule, errors, warnings }) => [
        `[${PLUGIN_NAMESPACE}/${rule}](${ruleDocsUrl(rule)})`,
        String(errors),
        String(warnings),
      ]),
    ),
  ];
  if (summary.byFolder.length === 0) return byRule;

  return [
    ...byRule,
    '## Findings by folder',
    table(
      ['Folder', 'Findings'],
      ['---', '---:'],
      summary.byFolder.map(({ folder, findings }) => [tableCode(folder), String(findings)]),
    ),
    '## Wrappers by the checks they defeat',
    table(
      ['Wrapper', 'Kind', 'Declared in', 'Checks'],
      ['---', '---', '---', '---:'],
      summary.byWrapper.map(({ name, kind, declaredAt, checks }) => [
        tableCode(name),
        kind,
        tableCode(declaredAt),
        String(checks),
      ]),
    ),
  ];
}

function findingSections(report: ScanReport): string[] {
  const files = report.files.filter((file) => file.findings.length > 0);
  if (files.length === 0) return [];

  return ['## Findings', ...files.flatMap((file) => fileSection(file, report.root))];
}

function fileSection(file: FileReport, root: string): string[] {
  return [
    `### ${codeSpan(displayPath(file.filePath, root))}`,
    ...file.findings.flatMap((finding) => findingSection(finding, file.source, root)),
  ];
}

function findingSection(finding: ReportedFinding, source: string, root: string): string[] {
  const rule = `${PLUGIN_NAMESPACE}/${finding.ruleId}`;
  const heading =
    `#### ${finding.site.line}:${finding.site.column} ${finding.severity} ` +
    `[${rule}](${ruleDocsUrl(finding.ruleId)})`;
  const parts = [
    heading,
    markdownMessage(finding.message),
    codeBlock(codeFrame(source, finding.site)),
  ];
  if (finding.flows.length === 0) return parts;

  const flows = finding.flows.flatMap((flow, index) => {
    const steps = flow.steps.map((step, at) => {
      const place = `${displayPath(step.site.fileName, root)}:${step.site.line}:${step.site.column}`;
      return `${at + 1}. ${codeSpan(place)} ${markdownMessage(step.message)}`;
    });
    if (flow.otherPaths > 0) {
      const noun = plural('path', flow.otherPaths);
      steps.push(`\nand ${flow.otherPaths} other ${noun} from there to this check.`);
    }

    const which = finding.flows.length === 1 ? 'Flow' : `Flow ${index + 1} of ${finding.flows.length}`;
    const testOnly = flow.testOnly ? ' (through test code only)' : '';
    return [`${which} from where the ${escapeMarkdown(finding.wrapper.name)} is made${testOnly}:`, steps.join('\n')];
  });

  return [...parts, ...flows];
}

function table(header: string[], alignment: string[], rows: string[][]): string {
  return [header, alignment, ...rows].map((cells) => `| ${cells.join(' | ')} |`).join('\n');
}

function tableCode(text: string): string {
  return codeSpan(text).replace(/\|/g, '\\|');
}

function plural(word: string, count: number): string {
  return count === 1 ? word : `${word}s`;
}
