/** Orders ids (or any strings) by UTF-16 code unit, as `<` does: the same order in every locale. */
export function compareIds(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
