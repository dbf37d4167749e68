// One schema per domain value type, built from the domain's own definitions: the contract, the CLI's plan file
// and stored records all validate dates, weekdays, link types and keys with these, and nothing else.
import { z } from 'zod';
import { ISO_DATE_PATTERN, LINK_TYPES, parseIsoDate, WEEKDAYS } from '../domain/schedule';

/** A calendar date that exists: `2026-02-30` is refused as firmly as `30/02/2026`. */
export const isoDate = z.string({ error: 'expected a date YYYY-MM-DD' })
  .regex(ISO_DATE_PATTERN, { error: 'expected a date YYYY-MM-DD' })
  .refine((text) => parseIsoDate(text) !== undefined, { error: 'expected a date YYYY-MM-DD' });

export const weekday = z.enum(WEEKDAYS, { error: `expected one of ${WEEKDAYS.join(', ')}` });

export const linkType = z.enum(LINK_TYPES, { error: `expected one of ${LINK_TYPES.join(', ')}` });

/** A Jira issue key; checked before a key goes into JQL. */
export const issueKey = z.string().regex(/^[A-Z][A-Z0-9_]+-[1-9]\d*$/, 'expected an issue key such as PERP-12');

/** A Jira issue-link id. */
export const issueLinkId = z.string().regex(/^\d+$/, 'expected a Jira issue-link id');

export const wholeNumber = z.number({ error: 'expected a whole number' }).int({ error: 'expected a whole number' });

/** A Jira version id: the id of a release, as Jira's API names it. */
export const versionId = z.string().regex(/^\d+$/, 'expected a Jira version id');

/** An instant, ISO 8601 in UTC (`2026-11-25T09:30:00.000Z`). */
export const isoInstant = z.iso.datetime({ error: 'expected an ISO 8601 instant' });
