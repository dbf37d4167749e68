// The zod schema of an SOP template (src/domain/sop/template.ts): checks the structure's own rules (unique ids,
// the owner is the R of the RACI, right answers are among the options) and that each language words every id.
import { z } from 'zod';
import { SOP_LOCALES, SOP_ROLES } from '../domain/sop/roles';
import { SECTION_KINDS, SOP_KINDS, TEMPLATE_IDS, textMismatches, type SopTemplate } from '../domain/sop/template';

const id = z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'expected a kebab-case id');
const ids = z.array(id).refine((list) => new Set(list).size === list.length, { error: 'ids must be unique' });
const role = z.enum(SOP_ROLES);
const words = z.record(z.string(), z.string().min(1));

const raci = z.object({ responsible: role, accountable: role, consulted: z.array(role), informed: z.array(role) });

const templateStep = z.object({
  id, owner: role, raci, expectedMinutes: z.number().int().positive(), checklist: ids,
}).refine((s) => s.owner === s.raci.responsible, { error: 'the owner must be the R of the RACI', path: ['raci', 'responsible'] });

const question = z.object({ id, options: ids.min(2), correct: ids.min(1) })
  .refine((q) => q.correct.every((c) => q.options.includes(c)), { error: 'every right answer must be an option', path: ['correct'] });

const assessment = z.object({
  passPercent: z.number().int().min(1).max(100),
  attemptsAllowed: z.number().int().min(1).max(10),
  questions: z.array(question).min(1),
});

const templateText = z.object({
  title: z.string().min(1),
  summary: z.string().min(1),
  sections: z.record(z.string(), z.object({ heading: z.string().min(1), body: z.string(), items: words })),
  steps: z.record(z.string(), z.object({ title: z.string().min(1), detail: z.string(), checklist: words })),
  questions: z.record(z.string(), z.object({ prompt: z.string().min(1), options: words })),
});

export const sopTemplate: z.ZodType<SopTemplate> = z.object({
  id: z.enum(TEMPLATE_IDS),
  kind: z.enum(SOP_KINDS),
  ownerRole: role,
  reviewEveryDays: z.number().int().positive(),
  drillEveryDays: z.number().int().positive().exactOptional(),
  labels: z.array(z.string().min(1)),
  sections: z.array(z.object({ id, kind: z.enum(SECTION_KINDS), items: ids })),
  steps: z.array(templateStep).min(1),
  assessment: assessment.exactOptional(),
  text: z.object({ 'en-US': templateText, 'zh-CN': templateText }),
}).superRefine((template, context) => {
  if (new Set(template.steps.map((s) => s.id)).size !== template.steps.length) context.addIssue({ code: 'custom', message: 'step ids must be unique', path: ['steps'] });
  if ((template.kind === 'drill') !== (template.drillEveryDays !== undefined)) context.addIssue({ code: 'custom', message: 'a drill, and only a drill, has a cadence', path: ['drillEveryDays'] });
  for (const locale of SOP_LOCALES) {
    for (const problem of textMismatches(template, locale)) context.addIssue({ code: 'custom', message: problem, path: ['text', locale] });
  }
});
