// Shared by the gate's domain tests: inputs that read well, a real SHA-256 for the log, and a campaign builder.
import { createHash } from 'node:crypto';
import type { CampaignRecord } from '../../../src/domain/campaign/campaign-record';
import { readOk, type GateInputs, type ManualInputs, type Sha256 } from '../../../src/domain/gate';

export const sha256: Sha256 = (text) => createHash('sha256').update(text, 'utf8').digest('hex');

export const NOW = '2026-12-02T08:00:00.000Z';

/** A release where every automatic check reads green. */
export function greenInputs(overrides: Partial<GateInputs> = {}): GateInputs {
  return {
    unresolvedIssues: readOk(0),
    blockerBugs: readOk({ count: 0, keys: [] }),
    schedule: readOk({ state: 'scheduled', finish: '2026-12-10', float: 3, releaseDate: '2026-12-15', stale: false }),
    evidence: new Map(),
    calendar: readOk({ needing: 0, expectedDate: '2026-12-15', conflicts: [] }),
    ...overrides,
  };
}

export const noManual: ManualInputs = { marks: new Map(), rows: new Map() };

export function campaign(id: string, start: string, releaseIds: string[], end = start): CampaignRecord {
  return { schemaVersion: 1, id, projectKey: 'PERP', name: `Campaign ${id}`, type: 'airdrop', start, end, releaseIds, version: 1, updatedBy: 'u', updatedAt: NOW };
}
