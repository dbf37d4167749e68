// The template library: every template is valid structured data, and both languages word exactly its structure.
import fc from 'fast-check';
import { sopTemplate } from '../../../src/contract/sop-template';
import { SOP_LOCALES } from '../../../src/domain/sop/roles';
import { expectedRunMinutes, TEMPLATE_IDS, textMismatches, type SopTemplate } from '../../../src/domain/sop/template';
import { SOP_TEMPLATES, templateById } from '../../../src/domain/sop/templates';

describe('the SOP templates', () => {
  it('holds each template id once', () => {
    expect(SOP_TEMPLATES.map((t) => t.id).sort()).toEqual([...TEMPLATE_IDS].sort());
  });

  it.each(SOP_TEMPLATES.map((t) => [t.id, t] as const))('%s is a valid template', (_id, template) => {
    const parsed = sopTemplate.safeParse(template);
    expect(parsed.error?.issues ?? []).toEqual([]);
  });

  it.each(SOP_TEMPLATES.flatMap((t) => SOP_LOCALES.map((locale) => [t.id, locale, t] as const)))('%s in %s words exactly its structure', (_id, locale, template) => {
    expect(textMismatches(template, locale)).toEqual([]);
  });

  it('has an assessment on the CS knowledge base, and drills with a cadence', () => {
    expect(templateById('cs-launch-knowledge-base').assessment?.questions.length).toBeGreaterThanOrEqual(5);
    expect(templateById('circuit-breaker-drill').drillEveryDays).toBe(14);
    expect(templateById('emergency-order-cancellation-drill').kind).toBe('drill');
  });

  it('gives the post-mortem five whys and action items', () => {
    const sections = templateById('post-mortem').sections;
    expect(sections.find((s) => s.kind === 'five-whys')?.items).toHaveLength(5);
    expect(sections.some((s) => s.kind === 'action-items')).toBe(true);
  });

  it('sums the expected minutes of a run', () => {
    expect(expectedRunMinutes(templateById('circuit-breaker-drill'))).toBe(45);
  });
});

describe('textMismatches', () => {
  const base = templateById('cs-launch-knowledge-base');
  const zh = base.text['zh-CN'];
  const withZh = (text: SopTemplate['text']['zh-CN']): SopTemplate => ({ ...base, text: { ...base.text, 'zh-CN': text } });
  const fewerQuestions = Object.fromEntries(Object.entries(zh.questions).filter(([id]) => id !== 'expiry'));

  it.each([
    ['a question without its words', withZh({ ...zh, questions: fewerQuestions }), 'questions.expiry: no text'],
    ['words for a step that does not exist', withZh({ ...zh, steps: { ...zh.steps, extra: { title: 'x', detail: '', checklist: {} } } }), 'steps.extra: not in the structure'],
    ['an empty title', withZh({ ...zh, title: ' ' }), 'title: empty'],
  ])('finds %s', (_name, template, problem) => {
    expect(textMismatches(template, 'zh-CN')).toContain(problem);
    expect(sopTemplate.safeParse(template).success).toBe(false);
  });

  it('finds any option removed from one language', () => {
    const questions = base.assessment?.questions ?? [];
    fc.assert(fc.property(fc.integer({ min: 0, max: questions.length - 1 }), fc.nat(), (qi, oi) => {
      const question = questions[qi];
      if (question === undefined) return;
      const optionId = question.options[oi % question.options.length] ?? '';
      const worded = zh.questions[question.id];
      if (worded === undefined) return;
      const options = Object.fromEntries(Object.entries(worded.options).filter(([id]) => id !== optionId));
      const problems = textMismatches(withZh({ ...zh, questions: { ...zh.questions, [question.id]: { ...worded, options } } }), 'zh-CN');
      expect(problems).toEqual([`questions.${question.id}.options.${optionId}: no text`]);
    }));
  });
});
