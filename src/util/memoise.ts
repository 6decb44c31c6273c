/** Caches a pure function of a few short strings (dates, labels) by its arguments, for the life of the process. */
export function memoise<A extends string[], R>(compute: (...args: A) => R): (...args: A) => R {
  const cache = new Map<string, R>();
  return (...args) => {
    const key = args.join("\u0000");
    let value = cache.get(key);
    if (value === undefined) cache.set(key, (value = compute(...args)));
    return value;
  };
}
