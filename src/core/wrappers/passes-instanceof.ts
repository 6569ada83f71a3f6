import { derivesFrom } from '../checks/concrete-class.js';
import type { CoreContext } from '../context.js';
import type { ts } from '../typescript-api.js';
import type { Wrapper } from './wrapper.js';

/**
 * Whether a wrapper passes `instanceof cls`: its own class derives from `cls`, or it keeps the
 * prototype chain of what it wraps (a proxy without a `getPrototypeOf` trap, `Object.create`).
 */
export function passesInstanceof(ctx: CoreContext, wrapper: Wrapper, cls: ts.Symbol): boolean {
  if (wrapper.classSymbol && derivesFrom(ctx, wrapper.classSymbol, cls)) return true;

  return !wrapper.defeats.has('instanceof');
}
