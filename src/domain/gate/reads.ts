// What the evaluation is handed for each kind of check: a value read from Jira, Confluence or storage, or why it
// could not be read. A failed read makes its criteria unknown with that reason, never green.
import type { CampaignConflict } from './calendar';
import type { EvidenceMismatch } from '../sop/evidence';
import type { GateReason, IsoDate } from './types';

export type UnreadReason = Extract<GateReason,
  'jira-unavailable' | 'jira-rate-limited' | 'jira-no-access' | 'confluence-unavailable' | 'confluence-rate-limited' | 'confluence-no-access' | 'storage-unavailable'>;

export type Read<T> = { readonly ok: true; readonly value: T } | { readonly ok: false; readonly reason: UnreadReason };

export const readOk = <T>(value: T): Read<T> => ({ ok: true, value });
export const readFailed = <T = never>(reason: UnreadReason): Read<T> => ({ ok: false, reason });

/** The release's schedule as the float and loop criteria need it. */
export type ScheduleFacts =
  | { readonly state: 'computing' }
  | { readonly state: 'cycles'; readonly loops: number }
  | { readonly state: 'unschedulable'; readonly problems: number }
  | {
    readonly state: 'scheduled';
    readonly finish: IsoDate;
    /** Total float of the release against its date, in working days; null when the release has no date. */
    readonly float: number | null;
    readonly releaseDate: IsoDate | null;
    /** The kept schedule predates a change of the release's issues or links. */
    readonly stale: boolean;
  };

/** SOP evidence as the SOP macros write it (DESIGN.md, "Contracts between surfaces"). */
export interface SopEvidence {
  readonly version: 1;
  readonly kind: 'drill' | 'attestation';
  readonly sopVersion: number;
  readonly updatedAt: string;
  readonly drill?: { readonly runId: string; readonly lastRunAt: string; readonly result: 'passed' | 'failed'; readonly durationMinutes: number; readonly failedStep?: string };
  readonly attestation?: { readonly passed: number; readonly roster: number; readonly asOf: string };
}

/** Why a page's evidence property does not match the app's own run or attestation records (from the SOP domain). */
export type { EvidenceMismatch } from '../sop/evidence';

/**
 * A page's evidence property: absent, present but not in the agreed shape, present but not matching the app's own
 * records (untrusted: someone else wrote it), or parsed and verified, with the SOP's current version beside it.
 */
export type EvidenceRead =
  | { readonly state: 'absent' }
  | { readonly state: 'invalid' }
  | { readonly state: 'untrusted'; readonly mismatch: EvidenceMismatch }
  | { readonly state: 'present'; readonly evidence: SopEvidence; readonly currentSopVersion: number };

/** The campaigns that need this release and those that start before it. */
export interface CalendarFacts {
  readonly needing: number;
  readonly expectedDate: IsoDate | null;
  readonly conflicts: readonly CampaignConflict[];
}

/** Everything one evaluation reads, each part read once for all the criteria that use it. */
export interface GateInputs {
  readonly unresolvedIssues: Read<number>;
  readonly blockerBugs: Read<{ readonly count: number; readonly keys: readonly string[] }>;
  readonly schedule: Read<ScheduleFacts>;
  /** By Confluence page id. */
  readonly evidence: ReadonlyMap<string, Read<EvidenceRead>>;
  readonly calendar: Read<CalendarFacts>;
}
