import type { ts } from '../typescript-api.js';
import type { FlowStep } from './flow-step.js';

const ids = new WeakMap<ts.Node, number>();
let nextId = 1;

/** A small number standing for a node, for keys that must be cheap to build and compare. */
export function nodeId(node: ts.Node): number {
  let id = ids.get(node);
  if (id === undefined) {
    id = nextId++;
    ids.set(node, id);
  }

  return id;
}

/**
 * The steps of a flow as a list that shares its beginning with the flows it grew from: adding a
 * hop makes one new cell instead of copying the whole path, which keeps tracing linear.
 */
export class FlowPath {
  private constructor(
    readonly step: FlowStep,
    readonly previous: FlowPath | undefined,
    readonly length: number,
    /** A hash of the places on the path, equal for equal paths. */
    readonly key: number,
  ) {}

  static append(path: FlowPath | undefined, step: FlowStep): FlowPath {
    const key = (Math.imul((path?.key ?? 17) ^ nodeId(step.node), 16777619) >>> 0) ^ (path?.length ?? 0);
    return new FlowPath(step, path, (path?.length ?? 0) + 1, key);
  }

  static of(steps: readonly FlowStep[]): FlowPath | undefined {
    return steps.reduce<FlowPath | undefined>((path, step) => FlowPath.append(path, step), undefined);
  }

  /** `prefix`, then the steps of `suffix` in order. */
  static concat(prefix: FlowPath | undefined, suffix: FlowPath | undefined): FlowPath | undefined {
    if (!suffix) return prefix;
    return suffix.toArray().reduce<FlowPath | undefined>((path, step) => FlowPath.append(path, step), prefix);
  }

  toArray(): FlowStep[] {
    const steps: FlowStep[] = new Array(this.length);
    let index = this.length - 1;
    for (let cell: FlowPath | undefined = this; cell; cell = cell.previous) steps[index--] = cell.step;
    return steps;
  }

  first(): FlowStep {
    let cell: FlowPath = this;
    while (cell.previous) cell = cell.previous;
    return cell.step;
  }
}
