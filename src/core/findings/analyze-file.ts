import { findInstanceofChecks } from '../checks/instanceof-checks.js';
import type { CoreContext } from '../context.js';
import type { FlowStep } from '../flows/flow-step.js';
import type { OriginTracer } from '../flows/origins.js';
import { findSilentGate } from '../gates/silent-gate.js';
import type { SilentGate } from '../gates/silent-gate.js';
import { evaluateInstanceof } from '../pitfalls/instanceof-pitfalls.js';
import type { Pitfall } from '../pitfalls/pitfall.js';
import { compareSites, describeSite, siteOf } from '../site.js';
import type { Site } from '../site.js';
import { shortText } from '../syntax.js';
import type { ts } from '../typescript-api.js';
import type { WrapperIndex } from '../wrappers/wrapper-index.js';
import type { Finding } from './finding.js';
import { formatMessage, messageTemplate } from './rule-catalog.js';
import type { RuleName } from './rule-catalog.js';

/** What one file needs from the whole program; built lazily, so files without checks pay nothing. */
export interface ProgramFacts {
  readonly ctx: CoreContext;
  readonly index: () => WrapperIndex;
  readonly tracer: () => OriginTracer;
}

/** Every finding in one source file, ordered by position and rule. */
export function analyzeSourceFile(facts: ProgramFacts, sourceFile: ts.SourceFile): Finding[] {
  const { ctx } = facts;
  const checks = findInstanceofChecks(ctx, sourceFile);
  if (checks.length === 0) return [];

  const findings: Finding[] = [];
  for (const check of checks) {
    const pitfall = evaluateInstanceof(ctx, facts.index(), facts.tracer(), check);
    if (!pitfall) continue;

    findings.push(instanceofFinding(ctx, pitfall));

    const gate = findSilentGate(ctx, check);
    if (gate) findings.push(gateFinding(ctx, pitfall, gate));
  }

  return findings.sort(
    (a, b) => compareSites(a.site, b.site) || (a.ruleId < b.ruleId ? -1 : a.ruleId > b.ruleId ? 1 : 0),
  );
}

function instanceofFinding(ctx: CoreContext, pitfall: Pitfall): Finding {
  const data = {
    check: shortText(pitfall.check.node),
    subject: shortText(pitfall.check.subject),
    wrapper: pitfall.wrapper.name,
    where: whereMade(ctx, pitfall),
  };
  const last = {
    node: pitfall.check.node,
    message: `\`${data.check}\` is false for the ${pitfall.wrapper.name}`,
  };
  const site = siteOf(pitfall.check.node);
  return finding('no-instanceof-wrapped', 'wrappedInstanceof', data, pitfall, site, [last]);
}

const GATE_MESSAGES = {
  skips: 'silentSkip',
  'returns-early': 'silentReturn',
  'falls-through': 'silentFallback',
} as const;

function gateFinding(ctx: CoreContext, pitfall: Pitfall, gate: SilentGate): Finding {
  const data = {
    function: gate.functionName,
    effect: shortText(gate.effect).replace(/;$/, ''),
    subject: shortText(pitfall.check.subject),
    wrapper: pitfall.wrapper.name,
    where: whereMade(ctx, pitfall),
    concrete: pitfall.check.concreteClass?.name ?? 'concrete value',
  };
  const verb = gate.shape === 'falls-through' ? 'falls through to' : 'skips';
  const steps: FlowStep[] = [
    {
      node: pitfall.check.node,
      message: `\`${shortText(pitfall.check.node)}\` is false for the ${pitfall.wrapper.name}`,
    },
    { node: gate.effect, message: `so ${gate.functionName} ${verb} \`${data.effect}\`` },
  ];
  const site = siteOf(gate.anchor, gate.anchor.getStart(), gate.anchorEnd);
  return finding('no-silent-type-gate', GATE_MESSAGES[gate.shape], data, pitfall, site, steps);
}

function finding(
  ruleId: RuleName,
  messageId: string,
  data: Record<string, string>,
  pitfall: Pitfall,
  site: Site,
  closingSteps: readonly FlowStep[],
): Finding {
  const path = pitfall.origin ? [...pitfall.origin.steps, ...closingSteps] : [];
  return {
    ruleId,
    messageId,
    data,
    message: formatMessage(messageTemplate(ruleId, messageId), data),
    site,
    wrapper: {
      name: pitfall.wrapper.name,
      kind: pitfall.wrapper.kind,
      declaredAt: siteOf(pitfall.wrapper.nameNode),
    },
    flow: path.map((step) => ({ site: siteOf(step.node), message: step.message })),
    otherPaths: pitfall.otherPaths,
  };
}

/** `made in src/push.ts:41` where the program shows the wrapper being made, else where declared. */
function whereMade(ctx: CoreContext, pitfall: Pitfall): string {
  if (pitfall.origin) {
    return `made in ${describeSite(siteOf(pitfall.origin.creation.node), ctx.projectRoot)}`;
  }

  return `declared in ${describeSite(siteOf(pitfall.wrapper.nameNode), ctx.projectRoot)}`;
}
