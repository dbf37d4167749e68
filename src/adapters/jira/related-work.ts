// A release's related work (the links on Jira's native release page): list, add and update one link. The gate
// keeps one link to itself there, found again by its address.
import { route } from '@forge/api';
import { z } from 'zod';
import { ok, type Result } from '../../contract';
import type { JiraClient } from './jira-client';

const workSchema = z.object({ relatedWorkId: z.string().optional(), category: z.string(), title: z.string().optional(), url: z.string().optional() });

export interface RelatedWork {
  readonly relatedWorkId: string | null;
  readonly category: string;
  readonly title: string;
  readonly url: string;
}

const viewOf = (w: z.infer<typeof workSchema>): RelatedWork => ({ relatedWorkId: w.relatedWorkId ?? null, category: w.category, title: w.title ?? '', url: w.url ?? '' });

export async function listRelatedWork(jira: JiraClient, versionId: string): Promise<Result<RelatedWork[]>> {
  const listed = await jira.request({ path: route`/rest/api/3/version/${versionId}/relatedwork`, schema: z.array(workSchema), what: `the related work of release ${versionId}` });
  return listed.ok ? ok(listed.data.map(viewOf)) : listed;
}

/** Adds the link, or (with `relatedWorkId`) updates that one. */
export async function putRelatedWork(jira: JiraClient, versionId: string, work: Omit<RelatedWork, 'relatedWorkId'>, relatedWorkId: string | null): Promise<Result<RelatedWork>> {
  const written = relatedWorkId === null
    ? await jira.request({ path: route`/rest/api/3/version/${versionId}/relatedwork`, method: 'POST', body: work, schema: workSchema, what: `the related work of release ${versionId}` })
    : await jira.request({ path: route`/rest/api/3/version/${versionId}/relatedwork`, method: 'PUT', body: { ...work, relatedWorkId }, schema: workSchema, what: `the related work of release ${versionId}` });
  return written.ok ? ok(viewOf(written.data)) : written;
}
