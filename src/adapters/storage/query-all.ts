// Reads every item of one partition of an entity index, following the cursor (KVS answers at most 20 a page).
import kvs from '@forge/kvs';

const PAGE = 20;
const MAX_PAGES = 100;

export async function queryPartition(entity: string, index: string, partition: readonly (string | number)[]): Promise<unknown[]> {
  const values: unknown[] = [];
  let cursor: string | undefined;
  for (let n = 0; n < MAX_PAGES; n += 1) {
    let query = kvs.entity<unknown>(entity).query().index(index, { partition: [...partition] }).limit(PAGE);
    if (cursor !== undefined) query = query.cursor(cursor);
    const page = await query.getMany();
    values.push(...page.results.map((r) => r.value));
    cursor = page.nextCursor;
    if (cursor === undefined) break;
  }
  return values;
}
