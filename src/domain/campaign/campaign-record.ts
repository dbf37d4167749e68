// The campaign record: one entity shared by the release gate's campaign calendar and the campaign ROI macro.
// A campaign (trading competition, airdrop, fee waiver, other) runs from `start` to `end` and needs the releases
// it names; `version` counts saves, so two people editing one campaign cannot overwrite each other.
import type { IsoDate } from '../schedule';

export const CAMPAIGN_TYPES = ['trading-competition', 'airdrop', 'fee-waiver', 'other'] as const;
export type CampaignType = (typeof CAMPAIGN_TYPES)[number];

/** Entity `campaign`, schema version 1, indexed by project. */
export interface CampaignRecord {
  readonly schemaVersion: 1;
  readonly id: string;
  readonly projectKey: string;
  readonly name: string;
  readonly type: CampaignType;
  readonly start: IsoDate;
  readonly end: IsoDate;
  /** The Jira version ids of the releases the campaign needs. */
  readonly releaseIds: readonly string[];
  readonly version: number;
  readonly updatedBy: string;
  readonly updatedAt: string;
}
