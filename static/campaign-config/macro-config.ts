// The campaign ROI macro's configuration as Confluence keeps it per macro instance: which project's campaign it
// reports on, the model form as typed, and the model and audit settings read from it. Read from the Forge context
// with a schema: an older or foreign config reads as not configured.
import { z } from 'zod';
import { campaignId } from '../../src/contract/campaign';
import { auditSettingsSchema, modelInputSchema } from '../../src/contract/campaign-roi';
import { MODEL_FIELDS, type ModelField } from './model-form';

export const macroConfigSchema = z.object({
  projectKey: z.string().regex(/^[A-Z][A-Z0-9_]{0,9}$/),
  campaignId,
  form: z.record(z.enum(MODEL_FIELDS), z.string()).optional(),
  model: modelInputSchema.optional(),
  audit: auditSettingsSchema.optional(),
});
export type MacroConfig = z.infer<typeof macroConfigSchema>;
export type SavedForm = Partial<Record<ModelField, string>>;

/** The config in the extension context, or undefined when the macro is not (validly) configured. */
export function macroConfigOf(extension: Readonly<Record<string, unknown>> | undefined): MacroConfig | undefined {
  const parsed = macroConfigSchema.safeParse(extension?.config);
  return parsed.success ? parsed.data : undefined;
}
