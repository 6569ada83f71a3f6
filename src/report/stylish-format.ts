import { displayPath, PLUGIN_NAMESPACE } from '../core/index.js';
import type { Finding } from '../core/index.js';
import { codeFrame } from './code-frame.js';
import { countBySeverity } from './scan-report.js';
import type { ReportedFinding, ScanReport, UnanalysedFile } from './scan-report.js';

export interface Palette {
  readonly dim: (text: string) => string;
  readonly red: (text: string) => string;
  readonly yellow: (text: string) => string;
  readonly bold: (text: string) => string;
  readonly underline: (text: string) => string;
}

export const NO_COLOR: Palette = {
  dim: (text) => text,
  red: (text) => text,
  yellow: (text) => text,
  bold: (text) => text,
  underline: (text) => text,
};

/**
 * ESLint's stylish layout (a file header, then `line:column  error  message  rule`), with a code
 * frame under each finding and the flow that brings the wrapper to it.
 */
export function formatStylish(report: ScanReport, palette: Palette = NO_COLOR): string {
  const out: string[] = [];
  for (const file of report.files) {
    if (file.unanalysed) {
      out.push('', palette.underline(file.filePath), unanalysedLine(file.unanalysed, palette), '');
      continue;
    }

    if (file.findings.length === 0) continue;

    out.push('', palette.underline(file.filePath));
    for (const finding of file.findings) {
      out.push(findingLine(finding, palette), '', indent(codeFrame(file.source, finding.site), 4));
      const flow = flowLines(finding, report.root);
      if (flow.length > 0) out.push('', ...flow);
      out.push('');
    }
  }

  const counts = countBySeverity(report);
  const errors = counts.errors + report.files.filter((file) => file.unanalysed).length;
  const { warnings } = counts;
  const total = errors + warnings;
  if (total === 0) return '';

  const summary =
    `✖ ${total} ${plural('problem', total)} ` +
    `(${errors} ${plural('error', errors)}, ${warnings} ${plural('warning', warnings)})`;
  const colour = errors > 0 ? palette.red : palette.yellow;
  out.push(colour(palette.bold(summary)), '');
  return out.join('\n');
}

function findingLine(finding: ReportedFinding, palette: Palette): string {
  const position = `${finding.site.line}:${finding.site.column}`;
  const rule = palette.dim(`${PLUGIN_NAMESPACE}/${finding.ruleId}`);
  const severity = finding.severity === 'error' ? palette.red('error') : palette.yellow('warning');
  return `  ${palette.dim(position)}  ${severity}  ${finding.message}  ${rule}`;
}

function unanalysedLine(unanalysed: UnanalysedFile, palette: Palette): string {
  const position = `${unanalysed.line}:${unanalysed.column}`;
  return `  ${palette.dim(position)}  ${palette.red('error')}  Not analysed: ${unanalysed.reason}`;
}

function plural(word: string, count: number): string {
  return count === 1 ? word : `${word}s`;
}

function flowLines(finding: Finding, root: string): string[] {
  return finding.flows.flatMap((flow, index) => {
    const count = finding.flows.length;
    const title = count === 1 ? 'flow' : `flow ${index + 1} of ${count}`;
    const places = flow.steps.map(
      (step) => `${displayPath(step.site.fileName, root)}:${step.site.line}:${step.site.column}`,
    );
    const width = Math.max(0, ...places.map((place) => place.length));
    const lines = [
      `    ${title}${flow.testOnly ? ' (through test code only)' : ''}:`,
      ...flow.steps.map((step, at) => `      ${(places[at] ?? '').padEnd(width)}  ${step.message}`),
    ];
    if (flow.otherPaths > 0) {
      const other = flow.otherPaths === 1 ? 'path' : 'paths';
      lines.push(`      (and ${flow.otherPaths} other ${other} from there to this check)`);
    }

    return index === 0 ? lines : ['', ...lines];
  });
}

function indent(text: string, spaces: number): string {
  const pad = ' '.repeat(spaces);
  return text
    .split('\n')
    .map((line) => pad + line)
    .join('\n');
}
