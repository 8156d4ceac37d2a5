import type { Table } from 'dexie';
import { foldForSearch, matchesQuery } from '../../../shared/domain/text/search-words';

/**
 * Records whose words match every word of the query (prefix, any order), through the multi-entry
 * `searchWords` index: the longest query word narrows the candidates, the others filter them.
 * An empty query returns every record that passes `keep`.
 */
export async function findByWords<T extends { searchWords: string[] }, TInsert>(
  table: Table<T, string, TInsert>,
  query: string,
  keep: (record: T) => boolean = () => true,
): Promise<T[]> {
  const words = foldForSearch(query)
    .split(' ')
    .filter((w) => w !== '');
  if (words.length === 0) return (await table.toArray()).filter(keep);
  const longest = words.reduce((a, b) => (b.length > a.length ? b : a));
  const candidates = await table.where('searchWords').startsWith(longest).distinct().toArray();
  return candidates.filter((record) => keep(record) && matchesQuery(record.searchWords, query));
}
