/** Code-unit order: unlike localeCompare, the same on every machine, which keeps output deterministic. */
export function byText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
