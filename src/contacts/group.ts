// Grouping rows by a key, keeping their order: the contact logic and the store's readers group
// accounts, links, evidence and corrections by their contact or event this way.

/** The items by key, each group in the items' order. */
export function groupBy<T, K>(items: T[], key: (t: T) => K): Map<K, T[]> {
  const out = new Map<K, T[]>();
  for (const x of items) {
    const k = key(x);
    const list = out.get(k);
    if (list) list.push(x);
    else out.set(k, [x]);
  }
  return out;
}
