// The business-health macro's configuration as Confluence keeps it per macro instance: the Jira project whose
// metrics, campaigns and releases it reads (and whose permissions decide who may change what). Read from the Forge
// context with a schema: a missing or foreign config reads as not configured, and the screen asks for a project.
import { z } from 'zod';

export const PROJECT_KEY_PATTERN = /^[A-Z][A-Z0-9_]{0,9}$/;
const configSchema = z.object({ projectKey: z.string().regex(PROJECT_KEY_PATTERN) });

/** The project key of the macro instance, or undefined when the macro names none (or a malformed one). */
export function projectKeyOf(extension: Readonly<Record<string, unknown>> | undefined): string | undefined {
  const parsed = configSchema.safeParse(extension?.config);
  return parsed.success ? parsed.data.projectKey : undefined;
}

/** A typed project key, trimmed and upper-cased, or undefined when it cannot be one (`PERP`, `OPS_2`). */
export function readProjectKey(text: string): string | undefined {
  const key = text.trim().toUpperCase();
  return PROJECT_KEY_PATTERN.test(key) ? key : undefined;
}
