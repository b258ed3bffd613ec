// Search that ignores case and Vietnamese diacritics: "han", "HÂN" and "Hân" all find
// `N. L. K. HÂN`. Đ/đ is a letter of its own, not a d with a mark, so it is mapped by hand.

export function foldForSearch(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .replace(/[đĐ]/g, 'd')
    .toLowerCase()
    .replace(/\s+/g, ' ')
    .trim();
}

/** A predicate over (maskedName, maskedId) for a query; everything matches an empty query. */
export function matcherFor(query: string | undefined): (name: string, id: string) => boolean {
  const needle = foldForSearch(query ?? '');
  if (!needle) return () => true;
  return (name, id) => foldForSearch(name).includes(needle) || foldForSearch(id).includes(needle);
}
