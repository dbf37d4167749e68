// Reads every record of one partition of a custom entity's index, page by page (KVS answers at most 20 a page),
// each parsed with the record's schema; a record that does not parse is logged and left out, never trusted.
import kvs from '@forge/kvs';
import type { z } from 'zod';

const PAGE = 20;

export async function readPartition<S extends z.ZodType>(entity: string, index: string, partition: readonly string[], schema: S, maxPages: number): Promise<z.output<S>[]> {
  const records: z.output<S>[] = [];
  let cursor: string | undefined;
  for (let page = 0; page < maxPages; page += 1) {
    let query = kvs.entity<unknown>(entity).query().index(index, { partition: [...partition] }).limit(PAGE);
    if (cursor !== undefined) query = query.cursor(cursor);
    const answer = await query.getMany();
    for (const item of answer.results) {
      const parsed = schema.safeParse(item.value);
      if (parsed.success) records.push(parsed.data);
      else console.error(`storage: ${entity} ${item.key} does not parse and is left out`);
    }
    cursor = answer.nextCursor;
    if (cursor === undefined) break;
  }
  return records;
}
