// Which date an epic's schedule is held against: the release date of its soonest unreleased fix version (the
// launch it belongs to), else the epic's own due date, else none.

import type { IsoDate } from './types';

export interface Release {
  readonly name: string;
  readonly releaseDate: IsoDate | null;
}

export type Deadline = { readonly date: IsoDate; readonly source: 'release' | 'epic-due'; readonly name: string } | null;

/** Picks the deadline of epic `epicKey` from its releases (soonest first) and its due date. */
export function chooseDeadline(epicKey: string, releases: readonly Release[], dueDate: IsoDate | null): Deadline {
  const release = releases.find((r) => r.releaseDate !== null);
  if (release?.releaseDate != null) return { date: release.releaseDate, source: 'release', name: release.name };
  if (dueDate !== null) return { date: dueDate, source: 'epic-due', name: epicKey };
  return null;
}
