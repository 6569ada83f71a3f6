/** A `Map` or `WeakMap`: what `cachedIn` keeps its answers in. */
interface Store<K, V> {
  get(key: K): V | undefined;
  set(key: K, value: V): unknown;
}

/** What `store` holds for `key`, computed and kept on the first ask. */
export function cachedIn<K, V>(store: Store<K, V>, key: K, compute: () => V): V {
  const known = store.get(key);
  if (known !== undefined) return known;

  const value = compute();
  store.set(key, value);
  return value;
}
