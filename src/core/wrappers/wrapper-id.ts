import type { ts } from '../typescript-api.js';
import type { WrapperKind } from './wrapper.js';

export function wrapperId(kind: WrapperKind, node: ts.Node): string {
  return `${kind}@${node.getSourceFile().fileName}:${node.getStart()}`;
}
