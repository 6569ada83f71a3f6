import path from 'node:path';

import { PLUGIN_NAMESPACE, RULE_CATALOG, RULE_NAMES } from '../core/index.js';
import type { RuleName } from '../core/index.js';
import { PROJECT_URL, ruleDocsUrl } from './rule-docs.js';
import { baseUri, physicalLocation, SOURCE_ROOT } from './sarif-locations.js';
import type { ReportedFinding, ScanReport, Suppression } from './scan-report.js';

/** The schema of the OASIS SARIF 2.1.0 standard (with errata 01) that the log conforms to. */
export const SARIF_SCHEMA_URI =
  'https://docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/os/schemas/sarif-schema-2.1.0.json';

/** The name of the fingerprint in `partialFingerprints`; the suffix changes if its recipe does. */
export const FINGERPRINT_NAME = 'wrapperPitfallsFinding/v1';

type AnyFinding = ReportedFinding & { readonly suppressions?: readonly Suppression[] };

/**
 * A SARIF 2.1.0 log of the scan, as GitHub code scanning and SARIF viewers read it: one rule
 * descriptor per rule of the catalog, one result per finding with its flow as a code flow, and
 * suppressed findings kept with their `suppressions` so viewers can show them as such.
 */
export function formatSarif(report: ScanReport): string {
  const ruleIndex = new Map(RULE_NAMES.map((rule, index) => [rule, index]));
  const results = report.files.flatMap((file) =>
    [...file.findings, ...file.suppressed]
      .sort(
        (a, b) =>
          a.site.start - b.site.start ||
          a.site.end - b.site.end ||
          (a.ruleId < b.ruleId ? -1 : a.ruleId > b.ruleId ? 1 : 0),
      )
      .map((finding) => toResult(finding, ruleIndex.get(finding.ruleId) ?? -1, report)),
  );

  const log = {
    $schema: SARIF_SCHEMA_URI,
    version: '2.1.0',
    runs: [
      {
        tool: {
          driver: {
            name: report.tool.name,
            version: report.tool.version,
            semanticVersion: report.tool.version,
            informationUri: PROJECT_URL,
            rules: RULE_NAMES.map((rule) => ruleDescriptor(rule, report)),
          },
        },
        invocations: [
          {
            executionSuccessful: true,
            ...((report.notes ?? []).length > 0
              ? {
                  toolExecutionNotifications: (report.notes ?? []).map((note) => ({
                    level: 'note',
                    message: { text: note },
                  })),
                }
              : {}),
          },
        ],
        originalUriBaseIds: { [SOURCE_ROOT]: { uri: baseUri(report.cwd) } },
        columnKind: 'utf16CodeUnits',
        results,
      },
    ],
  };
  return `${JSON.stringify(log, null, 2)}\n`;
}

function ruleDescriptor(rule: RuleName, report: ScanReport) {
  const { description } = RULE_CATALOG[rule];
  const helpUri = ruleDocsUrl(rule);
  return {
    id: `${PLUGIN_NAMESPACE}/${rule}`,
    shortDescription: { text: description },
    fullDescription: { text: `${description}.` },
    helpUri,
    help: {
      text: `${description}. Examples, options and limitations: ${helpUri}`,
      markdown: report.ruleHelp[rule] ?? `${description}.\n\n[Documentation](${helpUri})`,
    },
    defaultConfiguration: { level: 'error' },
    properties: { tags: ['correctness', 'typescript'] },
  };
}

function toResult(finding: AnyFinding, ruleIndex: number, report: ScanReport) {
  const base = report.cwd;
  const result: Record<string, unknown> = {
    ruleId: `${PLUGIN_NAMESPACE}/${finding.ruleId}`,
    ruleIndex,
    level: finding.severity,
    message: { text: finding.message },
    locations: [
      {
        physicalLocation: physicalLocation(finding.site, base),
        ...(finding.enclosing
          ? { logicalLocations: [{ fullyQualifiedName: finding.enclosing, kind: 'function' }] }
          : {}),
      },
    ],
    partialFingerprints: { [FINGERPRINT_NAME]: finding.fingerprint },
    relatedLocations: [
      {
        id: 0,
        physicalLocation: physicalLocation(finding.wrapper.declaredAt, base),
        message: { text: `the wrapper ${finding.wrapper.name} is declared here` },
      },
    ],
  };

  if (finding.flows.length > 0) {
    result['codeFlows'] = finding.flows.map((flow) => ({
      message: {
        text:
          `How a ${finding.wrapper.name} reaches this check` +
          (flow.testOnly ? ', through test code only' : ''),
      },
      threadFlows: [
        {
          locations: flow.steps.map((step) => ({
            location: {
              physicalLocation: physicalLocation(step.site, base),
              message: { text: step.message },
            },
          })),
        },
      ],
      ...(flow.otherPaths > 0 ? { properties: { otherPaths: flow.otherPaths } } : {}),
    }));
  }

  if (report.baseline !== undefined) {
    const inBaseline = finding.suppressions?.some((suppression) => suppression.kind === 'file');
    result['baselineState'] = inBaseline ? 'unchanged' : 'new';
  }

  if (finding.suppressions) {
    result['suppressions'] = finding.suppressions.map((suppression) =>
      toSarifSuppression(suppression, report),
    );
  }

  return result;
}

function toSarifSuppression(suppression: Suppression, report: ScanReport) {
  if (suppression.kind === 'directive') {
    return {
      kind: 'inSource',
      status: 'accepted',
      ...(suppression.justification ? { justification: suppression.justification } : {}),
    };
  }

  const baseline = report.baseline ? path.relative(report.cwd, report.baseline) : 'the baseline';
  return {
    kind: 'external',
    status: 'accepted',
    justification: `recorded in ${baseline.split(path.sep).join('/')}`,
  };
}
