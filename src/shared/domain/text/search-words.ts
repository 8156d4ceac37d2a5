/**
 * Text folded for search: lower case, Vietnamese diacritics removed (đ → d), anything that is not a letter
 * or a digit as a separator. "Miến dong Bình Lư" and "mien dong binh lu" find the same product.
 *
 * @example foldForSearch('Chè Shan tuyết cổ thụ') === 'che shan tuyet co thu'
 */
export function foldForSearch(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{M}+/gu, '')
    .replace(/[đĐ]/g, 'd')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

/**
 * The distinct words of several texts, folded, for a multi-entry search index.
 *
 * @example searchWords('Mật ong bạc hà', '12-03691-5-2026') → ['mat', 'ong', 'bac', 'ha', '12', '03691', '5', '2026']
 */
export function searchWords(...texts: readonly string[]): string[] {
  const words = new Set<string>();
  for (const text of texts) for (const word of foldForSearch(text).split(' ')) if (word !== '') words.add(word);
  return [...words];
}

/**
 * Whether every word of the query starts a word of the record (prefix match, order free).
 *
 * @example matchesQuery(['mien', 'dong', 'binh', 'lu'], 'dong bi') === true
 */
export function matchesQuery(words: readonly string[], query: string): boolean {
  const wanted = foldForSearch(query)
    .split(' ')
    .filter((w) => w !== '');
  return wanted.every((prefix) => words.some((word) => word.startsWith(prefix)));
}
