import type { EntitySpecifier } from '../options.js';

/** How a library function makes proxies. */
export interface ConfiguredMaker {
  readonly specifier: EntitySpecifier;
  /** `returns`: the call's result is a proxy; `draft`: its callback's first parameter is one. */
  readonly shape: 'returns' | 'draft';
  /** Whether objects read through the proxy are proxies too. */
  readonly deep: boolean;
}

const vue = (name: string | string[], deep: boolean): ConfiguredMaker[] =>
  ['vue', '@vue/reactivity', '@vue/runtime-core'].map((pkg) => ({
    specifier: { from: 'package', package: pkg, name },
    shape: 'returns',
    deep,
  }));

/** Vue's, MobX's and Immer's proxy makers, which the `proxyMakers` option extends. */
export const DEFAULT_PROXY_MAKERS: readonly ConfiguredMaker[] = [
  ...vue(['reactive', 'readonly'], true),
  ...vue(['shallowReactive', 'shallowReadonly'], false),
  { specifier: { from: 'package', package: 'mobx', name: 'observable' }, shape: 'returns', deep: true },
  { specifier: { from: 'package', package: 'immer', name: 'createDraft' }, shape: 'returns', deep: true },
  { specifier: { from: 'package', package: 'immer', name: 'produce' }, shape: 'draft', deep: true },
];

/** Library functions that hand out the object behind a proxy. */
export const DEFAULT_UNWRAPPERS: readonly EntitySpecifier[] = [
  { from: 'package', package: 'vue', name: 'toRaw' },
  { from: 'package', package: '@vue/reactivity', name: 'toRaw' },
  { from: 'package', package: 'immer', name: ['original', 'current'] },
  { from: 'package', package: 'mobx', name: 'toJS' },
];

/** Library functions that keep a value out of a proxy layer. */
export const DEFAULT_RAW_MARKERS: readonly EntitySpecifier[] = [
  { from: 'package', package: 'vue', name: 'markRaw' },
  { from: 'package', package: '@vue/reactivity', name: 'markRaw' },
];
