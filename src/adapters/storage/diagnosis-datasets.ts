// The site's diagnosis datasets, kept like every metric import (entity `metric-series`, a generation of chunks behind
// a head switched conditionally): the last `accounts` import (replaced whole by the next) and the competitor
// snapshots (a snapshot replaces the one of the same date and exchange).
import { z } from 'zod';
import { accountPointSchema, competitorPointSchema } from '../../contract/metrics';

export const accountsContentSchema = z.object({ schemaVersion: z.literal(1), accounts: z.array(accountPointSchema) });
export type AccountsContent = z.infer<typeof accountsContentSchema>;
export const EMPTY_ACCOUNTS: AccountsContent = { schemaVersion: 1, accounts: [] };

export const competitorsContentSchema = z.object({ schemaVersion: z.literal(1), points: z.array(competitorPointSchema) });
export type CompetitorsContent = z.infer<typeof competitorsContentSchema>;
export const EMPTY_COMPETITORS: CompetitorsContent = { schemaVersion: 1, points: [] };

export const ACCOUNTS_SCOPE = { kind: 'site', name: 'accounts' } as const;
export const COMPETITORS_SCOPE = { kind: 'site', name: 'competitors' } as const;
