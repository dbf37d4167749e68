// The template library as pages see it: summaries, and a preview in one language whose quiz carries no right answers.
import type { OutputOf } from '../../contract';
import { sopLocaleOf, type SopLocale } from '../../domain/sop/roles';
import { expectedRunMinutes, type SopTemplate, type TemplateId } from '../../domain/sop/template';
import { SOP_TEMPLATES, templateById } from '../../domain/sop/templates';

type Summary = OutputOf<'sop/templates'>['templates'][number];

export function summariseTemplate(template: SopTemplate, locale: SopLocale): Summary {
  const text = template.text[locale];
  return {
    id: template.id, kind: template.kind, title: text.title, summary: text.summary, labels: [...template.labels],
    steps: template.steps.length, expectedMinutes: expectedRunMinutes(template), questions: template.assessment?.questions.length ?? 0,
    reviewEveryDays: template.reviewEveryDays, ...(template.drillEveryDays === undefined ? {} : { drillEveryDays: template.drillEveryDays }),
  };
}

/** The templates in the asked language, else in the caller's. */
export function listTemplates(asked: SopLocale | undefined, callerLocale: string): OutputOf<'sop/templates'> {
  const locale = asked ?? sopLocaleOf(callerLocale);
  return { locale, templates: SOP_TEMPLATES.map((t) => summariseTemplate(t, locale)) };
}

export function previewTemplate(id: TemplateId, locale: SopLocale): OutputOf<'sop/templatePreview'> {
  const template = templateById(id);
  const text = template.text[locale];
  const assessment = template.assessment;
  return {
    ...summariseTemplate(template, locale), locale,
    sections: template.sections.map((s) => {
      const words = text.sections[s.id];
      return { id: s.id, kind: s.kind, heading: words?.heading ?? s.id, body: words?.body ?? '', items: s.items.map((i) => words?.items[i] ?? i) };
    }),
    stepDetails: template.steps.map((s) => {
      const words = text.steps[s.id];
      return {
        id: s.id, title: words?.title ?? s.id, detail: words?.detail ?? '', expectedMinutes: s.expectedMinutes,
        raci: { responsible: s.raci.responsible, accountable: s.raci.accountable, consulted: [...s.raci.consulted], informed: [...s.raci.informed] },
        checklist: s.checklist.map((c) => words?.checklist[c] ?? c),
      };
    }),
    ...(assessment === undefined ? {} : {
      assessment: {
        passPercent: assessment.passPercent, attemptsAllowed: assessment.attemptsAllowed,
        questions: assessment.questions.map((q) => {
          const words = text.questions[q.id];
          return { id: q.id, prompt: words?.prompt ?? q.id, options: q.options.map((o) => ({ id: o, text: words?.options[o] ?? o })) };
        }),
      },
    }),
  };
}
