import type { CoreContext } from '../context.js';
import { forEachDescendant } from '../syntax.js';
import type { CheckKind } from './check-kind.js';
import type { ts } from '../typescript-api.js';
import { inProbe, lostMemberCall, memberProbe } from './capability-checks.js';
import type { ConcreteCheck } from './concrete-check.js';
import { constructorComparison, constructorSwitch, isPrototypeOfCall } from './constructor-checks.js';
import { discriminantComparison, discriminantSwitch } from './discriminant-checks.js';
import { collectionLookup, strictEquality } from './identity-checks.js';
import { instanceofCheck } from './instanceof-checks.js';
import { privateAccess, privateInCheck } from './private-brand-checks.js';
import { typeGuardCall } from './type-guard-checks.js';

/**
 * Every concrete check in a file, of the kinds some wrapper of the program can fool, in one
 * walk. Each node is first matched by its syntax alone; only candidates ask the checker anything.
 */
export function findConcreteChecks(
  ctx: CoreContext,
  sourceFile: ts.SourceFile,
  kinds: ReadonlySet<CheckKind>,
  programCopies: () => boolean,
): ConcreteCheck[] {
  const { ts } = ctx;
  const checks: ConcreteCheck[] = [];
  if (kinds.size === 0) return checks;

  const classChecks = kinds.has('instanceof') || kinds.has('constructor');
  const privateReceivers = new Set<string>();
  const add = (check: ConcreteCheck | undefined) => {
    if (check && kinds.has(check.kind)) checks.push(check);
  };

  forEachDescendant(ts, sourceFile, (node) => {
    if (ts.isBinaryExpression(node)) {
      add(
        (kinds.has('instanceof') ? instanceofCheck(ctx, node) : undefined) ??
          (kinds.has('private-brand') ? privateInCheck(ctx, node) : undefined) ??
          (kinds.has('capability') ? inProbe(ctx, node) : undefined) ??
          (kinds.has('constructor') ? constructorComparison(ctx, node) : undefined) ??
          (kinds.has('capability') ? memberProbe(ctx, node) : undefined) ??
          (kinds.has('discriminant') ? discriminantComparison(ctx, node) : undefined) ??
          (kinds.has('identity') ? strictEquality(ctx, node) : undefined),
      );
    } else if (ts.isCallExpression(node)) {
      add(
        (kinds.has('constructor') ? isPrototypeOfCall(ctx, node) : undefined) ??
          (classChecks ? typeGuardCall(ctx, node) : undefined) ??
          (kinds.has('identity') ? collectionLookup(ctx, node) : undefined) ??
          (kinds.has('capability') ? lostMemberCall(ctx, node, programCopies) : undefined),
      );
    } else if (ts.isSwitchStatement(node)) {
      if (kinds.has('constructor')) checks.push(...constructorSwitch(ctx, node));
      if (kinds.has('discriminant')) add(discriminantSwitch(ctx, node));
    } else if (ts.isPropertyAccessExpression(node) && kinds.has('private-brand')) {
      add(privateAccess(ctx, node, privateReceivers));
    }
  });
  return checks;
}
