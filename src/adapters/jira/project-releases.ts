// The releases (Jira fix versions) of a project as the caller may see them, for the diagnosis's candidate causes:
// which release went live in the days before an anomaly. One request; read as the user, so a hidden project or
// release never shows through the app.
import { route } from '@forge/api';
import { z } from 'zod';
import { ok, type Result } from '../../contract';
import type { JiraClient } from './jira-client';
import { dateOnly } from './work-items';

const versionsSchema = z.array(z.object({
  id: z.union([z.string(), z.number()]).transform(String), name: z.string(), releaseDate: z.string().optional(),
  released: z.boolean().default(false), archived: z.boolean().default(false),
}));

export interface ProjectRelease {
  readonly id: string;
  readonly name: string;
  readonly releaseDate: string | null;
  readonly released: boolean;
}

export async function listProjectReleases(jira: JiraClient, projectKey: string): Promise<Result<ProjectRelease[]>> {
  const read = await jira.request({ path: route`/rest/api/3/project/${projectKey}/versions`, schema: versionsSchema, what: `the releases of ${projectKey}` });
  if (!read.ok) return read;
  return ok(read.data.filter((v) => !v.archived).map((v) => ({ id: v.id, name: v.name, releaseDate: dateOnly(v.releaseDate), released: v.released })));
}
