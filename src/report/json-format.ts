import { formatMessage, messageTemplate, PLUGIN_NAMESPACE } from '../core/index.js';
import type { Suggestion } from '../core/index.js';
import type {
  ReportedFinding,
  ScanReport,
  SuppressedFinding,
  UnanalysedFile,
} from './scan-report.js';

/** ESLint's numeric severities. */
const SEVERITY = { error: 2, warning: 1 } as const;

/**
 * The shape of ESLint's built-in `json` formatter, so existing consumers read it; each message
 * carries the extra `flow` array, from where the wrapper is made to the check. Suppressed
 * findings go to `suppressedMessages` with their `suppressions`, as ESLint puts them.
 */
export function formatJson(report: ScanReport): string {
  const results = report.files.map((file) => {
    const fatal = file.unanalysed ? [fatalMessage(file.unanalysed)] : [];
    const messages = [...fatal, ...file.findings.map(toMessage)];
    const errorCount =
      fatal.length + file.findings.filter((finding) => finding.severity === 'error').length;
    return {
      filePath: file.filePath,
      messages,
      suppressedMessages: file.suppressed.map(toSuppressedMessage),
      errorCount,
      fatalErrorCount: fatal.length,
      warningCount: messages.length - errorCount,
      fixableErrorCount: 0,
      fixableWarningCount: 0,
      ...(messages.length > 0 ? { source: file.source } : {}),
      usedDeprecatedRules: [],
    };
  });
  return JSON.stringify(results);
}

/** A file that could not be analysed, as ESLint reports a file it could not parse. */
function fatalMessage(unanalysed: UnanalysedFile) {
  return {
    ruleId: null,
    fatal: true,
    severity: SEVERITY.error,
    message: `Not analysed: ${unanalysed.reason}`,
    line: unanalysed.line,
    column: unanalysed.column,
    nodeType: null,
  };
}

function toMessage(finding: ReportedFinding) {
  return {
    ruleId: `${PLUGIN_NAMESPACE}/${finding.ruleId}`,
    severity: SEVERITY[finding.severity],
    message: finding.message,
    line: finding.site.line,
    column: finding.site.column,
    nodeType: null,
    messageId: finding.messageId,
    endLine: finding.site.endLine,
    endColumn: finding.site.endColumn,
    ...(finding.suggestions.length > 0 ? { suggestions: finding.suggestions.map((each) => suggestion(finding, each)) } : {}),
    flow: finding.flow.map((step) => ({
      filePath: step.site.fileName,
      line: step.site.line,
      column: step.site.column,
      message: step.message,
    })),
  };
}

/** ESLint's shape of a suggestion in its JSON output: what it says, and the edit it makes. */
function suggestion(finding: ReportedFinding, each: Suggestion) {
  return {
    messageId: each.messageId,
    ...(Object.keys(each.data).length > 0 ? { data: each.data } : {}),
    desc: formatMessage(messageTemplate(finding.ruleId, each.messageId), each.data),
    fix: { range: [...each.range], text: each.text },
  };
}

function toSuppressedMessage(finding: SuppressedFinding) {
  return {
    ...toMessage(finding),
    suppressions: finding.suppressions.map(({ kind, justification }) => ({ kind, justification })),
  };
}
