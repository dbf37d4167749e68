// Contract of the campaign keys (`campaign/*`): the project's campaigns (the one campaign record shared by the
// gate's calendar and the campaign ROI macro), saved with the version read so two editors cannot overwrite each other.
import { z } from 'zod';
import { CAMPAIGN_TYPES } from '../domain/campaign/campaign-record';
import { isoDate, isoInstant, versionId } from './values';

const projectKey = z.string().regex(/^[A-Z][A-Z0-9_]{0,9}$/, 'expected a project key such as PERP');
export const campaignId = z.string().regex(/^[a-z0-9][a-z0-9-]{0,62}$/, 'expected a campaign id');

export const campaignSchema = z.object({
  schemaVersion: z.literal(1),
  id: z.string(),
  projectKey: z.string(),
  name: z.string(),
  type: z.enum(CAMPAIGN_TYPES),
  start: isoDate,
  end: isoDate,
  releaseIds: z.array(z.string()),
  version: z.number().int().min(1),
  updatedBy: z.string(),
  updatedAt: isoInstant,
});

export const campaignList = {
  input: z.object({ projectKey }).strict(),
  output: z.object({ campaigns: z.array(campaignSchema), canEdit: z.boolean() }),
};

export const campaignSave = {
  input: z.object({
    projectKey,
    /** Absent: a new campaign (the server gives its id). */
    id: campaignId.exactOptional(),
    name: z.string().trim().min(1, 'name the campaign').max(200),
    type: z.enum(CAMPAIGN_TYPES, { error: `expected one of ${CAMPAIGN_TYPES.join(', ')}` }),
    start: isoDate,
    end: isoDate,
    releaseIds: z.array(versionId).max(20),
    /** The version read (0 for a new campaign). */
    expectedVersion: z.number().int().min(0),
  }).strict().refine((c) => c.start <= c.end, { error: 'the campaign must end on or after its start', path: ['end'] }),
  output: campaignSchema,
};

export const campaignDelete = {
  input: z.object({ projectKey, id: campaignId, expectedVersion: z.number().int().min(1) }).strict(),
  output: z.object({ id: z.string() }),
};
