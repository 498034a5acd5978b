/**
 * A function of one object, worked out once per object (by identity) and kept while the object lives: what the
 * reading derives from the catalogue (merged phrase lists, cue tables) or from a text's words, not redone per number.
 */
export function oncePer<K extends object, V>(derive: (key: K) => V): (key: K) => V {
  const known = new WeakMap<K, V>();
  return (key) => {
    const value = known.get(key);
    if (value !== undefined || known.has(key)) return value as V;
    const derived = derive(key);
    known.set(key, derived);
    return derived;
  };
}
