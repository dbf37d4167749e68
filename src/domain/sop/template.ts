// The shape of an SOP template: its structure (sections, steps with the owning role and a RACI, checklists,
// expected durations, an assessment) is language-neutral and named by ids; each language supplies the words for
// every id. So the macros run one structure, and a test checks both languages word the same ids.
import type { SopLocale, SopRole } from './roles';

export const TEMPLATE_IDS = [
  'listing-standard-protocol', 'emergency-suspension-response', 'vip-complaint-handling', 'circuit-breaker-drill',
  'emergency-order-cancellation-drill', 'mm-onboarding-integration', 'cs-launch-knowledge-base', 'post-mortem',
] as const;
export type TemplateId = (typeof TEMPLATE_IDS)[number];

/** procedure: run when it happens; drill: rehearsed on a cadence; knowledge-base: read and assessed; post-mortem: written after an incident. */
export const SOP_KINDS = ['procedure', 'drill', 'knowledge-base', 'post-mortem'] as const;
export type SopKind = (typeof SOP_KINDS)[number];

/** text: prose; checklist: items to tick; timeline, five-whys, action-items: the post-mortem's structured parts. */
export const SECTION_KINDS = ['text', 'checklist', 'timeline', 'five-whys', 'action-items'] as const;
export type SectionKind = (typeof SECTION_KINDS)[number];

export interface Raci {
  readonly responsible: SopRole;
  readonly accountable: SopRole;
  readonly consulted: readonly SopRole[];
  readonly informed: readonly SopRole[];
}

export interface TemplateSection {
  readonly id: string;
  readonly kind: SectionKind;
  /** Ids of the section's items (checklist entries, timeline rows, the five whys, action-item prompts). */
  readonly items: readonly string[];
}

export interface TemplateStep {
  readonly id: string;
  /** The role that does the step: the R of its RACI. */
  readonly owner: SopRole;
  readonly raci: Raci;
  readonly expectedMinutes: number;
  /** Ids of the checks that make the step done. */
  readonly checklist: readonly string[];
}

export interface TemplateQuestion {
  readonly id: string;
  readonly options: readonly string[];
  /** The ids of the right options (one or more). Never sent to a page before an attempt is scored. */
  readonly correct: readonly string[];
}

export interface Assessment {
  /** Percent of questions answered right needed to pass, 1..100. */
  readonly passPercent: number;
  readonly attemptsAllowed: number;
  readonly questions: readonly TemplateQuestion[];
}

export interface SectionText {
  readonly heading: string;
  readonly body: string;
  readonly items: Readonly<Record<string, string>>;
}

export interface StepText {
  readonly title: string;
  readonly detail: string;
  readonly checklist: Readonly<Record<string, string>>;
}

export interface QuestionText {
  readonly prompt: string;
  readonly options: Readonly<Record<string, string>>;
}

/** The words of a template in one language, keyed by the ids of its structure. */
export interface TemplateText {
  readonly title: string;
  readonly summary: string;
  readonly sections: Readonly<Record<string, SectionText>>;
  readonly steps: Readonly<Record<string, StepText>>;
  readonly questions: Readonly<Record<string, QuestionText>>;
}

export interface SopTemplate {
  readonly id: TemplateId;
  readonly kind: SopKind;
  readonly ownerRole: SopRole;
  /** Days between reviews of an SOP made from the template. */
  readonly reviewEveryDays: number;
  /** Days between drills, for a drill. */
  readonly drillEveryDays?: number;
  readonly labels: readonly string[];
  readonly sections: readonly TemplateSection[];
  readonly steps: readonly TemplateStep[];
  readonly assessment?: Assessment;
  readonly text: Readonly<Record<SopLocale, TemplateText>>;
}

/** The expected duration of a whole run: the sum of its steps' expected minutes. */
export function expectedRunMinutes(template: Pick<SopTemplate, 'steps'>): number {
  return template.steps.reduce((sum, step) => sum + step.expectedMinutes, 0);
}

/**
 * Where the words of one language do not match the structure: every id of a section item, step, checklist entry,
 * question and option must have its text, and no text may name an id the structure lacks. Empty when they match.
 */
export function textMismatches(template: SopTemplate, locale: SopLocale): string[] {
  const text = template.text[locale];
  const problems: string[] = [];
  const compare = (where: string, ids: readonly string[], worded: Readonly<Record<string, unknown>> | undefined): void => {
    const keys = Object.keys(worded ?? {});
    for (const id of ids) if (!keys.includes(id)) problems.push(`${where}.${id}: no text`);
    for (const key of keys) if (!ids.includes(key)) problems.push(`${where}.${key}: not in the structure`);
  };
  const blank = (where: string, value: string | undefined): void => {
    if (value === undefined || value.trim() === '') problems.push(`${where}: empty`);
  };
  blank('title', text.title);
  blank('summary', text.summary);
  compare('sections', template.sections.map((s) => s.id), text.sections);
  for (const section of template.sections) {
    const worded = text.sections[section.id];
    blank(`sections.${section.id}.heading`, worded?.heading);
    compare(`sections.${section.id}.items`, section.items, worded?.items);
  }
  compare('steps', template.steps.map((s) => s.id), text.steps);
  for (const step of template.steps) {
    const worded = text.steps[step.id];
    blank(`steps.${step.id}.title`, worded?.title);
    compare(`steps.${step.id}.checklist`, step.checklist, worded?.checklist);
  }
  const questions = template.assessment?.questions ?? [];
  compare('questions', questions.map((q) => q.id), text.questions);
  for (const question of questions) {
    const worded = text.questions[question.id];
    blank(`questions.${question.id}.prompt`, worded?.prompt);
    compare(`questions.${question.id}.options`, question.options, worded?.options);
  }
  for (const [where, values] of Object.entries(allTexts(text))) if (values.some((v) => v.trim() === '')) problems.push(`${where}: empty text`);
  return problems;
}

function allTexts(text: TemplateText): Record<string, string[]> {
  return {
    'section items': Object.values(text.sections).flatMap((s) => Object.values(s.items)),
    'step checks': Object.values(text.steps).flatMap((s) => Object.values(s.checklist)),
    options: Object.values(text.questions).flatMap((q) => Object.values(q.options)),
  };
}
