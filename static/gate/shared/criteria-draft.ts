// The criteria editor's model: a criterion as the form holds it (text in every field), back to a criterion with
// an error per field that is wrong, ids made from names, and whether a release's criteria differ from its
// project's template. Pure, so the editor's rules are tested without a browser.
import { criterionSchema } from '../../../src/contract/gate';
import { AUTO_CHECKS, CHECKLIST_COLUMNS, type AutoCheck, type ChecklistColumn, type GateFunction } from '../../../src/domain/gate/types';
import type { GateCriterion } from './wording';

export interface CriterionDraft {
  /** Empty for a new criterion: made from the name when it is saved. */
  readonly id: string;
  readonly function: GateFunction;
  readonly kind: 'automatic' | 'manual';
  readonly name: string;
  readonly evidence: string;
  readonly freshnessDays: string;
  readonly check: AutoCheck;
  readonly pageId: string;
  /** Percent of the roster, 0 to 100. */
  readonly minCoverage: string;
  readonly minFloat: string;
  /** Comma-separated Jira priorities. */
  readonly priorities: string;
  readonly checklist: readonly ChecklistColumn[];
}

export type DraftField = 'name' | 'freshnessDays' | 'pageId' | 'minCoverage' | 'minFloat' | 'priorities' | 'checklist';
export type DraftError = 'name-required' | 'name-too-long' | 'whole-days' | 'page-id' | 'percent' | 'float' | 'priorities' | 'evidence-too-long';
export type DraftErrors = Readonly<Partial<Record<DraftField | 'evidence', DraftError>>>;

export const CHECKS: readonly AutoCheck[] = AUTO_CHECKS;
export const COLUMNS: readonly ChecklistColumn[] = CHECKLIST_COLUMNS;

export function emptyDraft(fn: GateFunction): CriterionDraft {
  return {
    id: '', function: fn, kind: 'manual', name: '', evidence: '', freshnessDays: '', check: 'unresolved-issues',
    pageId: '', minCoverage: '100', minFloat: '0', priorities: 'Blocker, Critical', checklist: [],
  };
}

/** The form's view of a criterion; template criteria keep an empty name (worded by the catalogue). */
export function draftOf(criterion: GateCriterion): CriterionDraft {
  const base = {
    ...emptyDraft(criterion.function), id: criterion.id, name: criterion.name ?? '', evidence: criterion.evidence ?? '',
    freshnessDays: criterion.freshnessDays === undefined ? '' : String(criterion.freshnessDays),
  };
  if (criterion.kind === 'manual') return { ...base, kind: 'manual', checklist: criterion.checklist ?? [] };
  const auto = criterion.auto;
  switch (auto.check) {
    case 'open-blocker-bugs': return { ...base, kind: 'automatic', check: auto.check, priorities: auto.priorities.join(', ') };
    case 'critical-path-float': return { ...base, kind: 'automatic', check: auto.check, minFloat: String(auto.minFloat) };
    case 'sop-drill': return { ...base, kind: 'automatic', check: auto.check, pageId: auto.pageId ?? '' };
    case 'sop-attestation': return { ...base, kind: 'automatic', check: auto.check, pageId: auto.pageId ?? '', minCoverage: String(Math.round(auto.minCoverage * 100)) };
    case 'unresolved-issues': case 'no-dependency-cycle': case 'campaign-calendar': return { ...base, kind: 'automatic', check: auto.check };
  }
}

/** An id of lowercase words and dashes from the name, not one of `taken` (a number added when it is). */
export function idFromName(name: string, taken: ReadonlySet<string>): string {
  const words = name.normalize('NFKD').toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-+|-+$/g, '').slice(0, 50).replace(/-+$/, '');
  const stem = words === '' ? 'criterion' : words;
  if (!taken.has(stem)) return stem;
  for (let n = 2; ; n += 1) if (!taken.has(`${stem}-${String(n)}`)) return `${stem}-${String(n)}`;
}

const wholeIn = (text: string, min: number, max: number): number | undefined => {
  if (!/^-?\d+$/.test(text.trim())) return undefined;
  const value = Number(text.trim());
  return value >= min && value <= max ? value : undefined;
};

export type DraftResult = { readonly ok: true; readonly criterion: GateCriterion } | { readonly ok: false; readonly errors: DraftErrors };

/** The criterion a draft describes, or an error for each field that is wrong. `taken`: the other criteria's ids. */
export function criterionOfDraft(draft: CriterionDraft, taken: ReadonlySet<string>): DraftResult {
  const errors: Partial<Record<DraftField | 'evidence', DraftError>> = {};
  const name = draft.name.trim();
  const isNew = draft.id === '';
  if (name === '' && isNew) errors.name = 'name-required';
  if (name.length > 200) errors.name = 'name-too-long';
  const evidence = draft.evidence.trim();
  if (evidence.length > 500) errors.evidence = 'evidence-too-long';
  const freshness = draft.freshnessDays.trim() === '' ? null : wholeIn(draft.freshnessDays, 1, 365);
  if (freshness === undefined) errors.freshnessDays = 'whole-days';
  const pageId = draft.pageId.trim();
  if (pageId !== '' && !/^\d+$/.test(pageId)) errors.pageId = 'page-id';
  const coverage = wholeIn(draft.minCoverage, 0, 100);
  if (draft.kind === 'automatic' && draft.check === 'sop-attestation' && coverage === undefined) errors.minCoverage = 'percent';
  const minFloat = wholeIn(draft.minFloat, -100, 100);
  if (draft.kind === 'automatic' && draft.check === 'critical-path-float' && minFloat === undefined) errors.minFloat = 'float';
  const priorities = draft.priorities.split(',').map((p) => p.trim()).filter((p) => p !== '');
  if (draft.kind === 'automatic' && draft.check === 'open-blocker-bugs' && (priorities.length === 0 || priorities.length > 10 || priorities.some((p) => p.length > 40))) errors.priorities = 'priorities';
  if (Object.keys(errors).length > 0) return { ok: false, errors };

  const id = isNew ? idFromName(name, taken) : draft.id;
  const base = {
    id, function: draft.function,
    ...(name === '' ? {} : { name }),
    ...(evidence === '' ? {} : { evidence }),
    ...(freshness === null || freshness === undefined ? {} : { freshnessDays: freshness }),
  };
  const candidate: unknown = draft.kind === 'manual'
    ? { ...base, kind: 'manual', ...(draft.checklist.length === 0 ? {} : { checklist: COLUMNS.filter((c) => draft.checklist.includes(c)) }) }
    : { ...base, kind: 'automatic', auto: autoOf(draft, { pageId: pageId === '' ? null : pageId, coverage: (coverage ?? 100) / 100, minFloat: minFloat ?? 0, priorities }) };
  const parsed = criterionSchema.safeParse(candidate);
  // Every field was checked above; a refusal here is a rule the form does not know yet, so it names the name.
  return parsed.success ? { ok: true, criterion: parsed.data } : { ok: false, errors: { name: 'name-required' } };
}

function autoOf(draft: CriterionDraft, values: { pageId: string | null; coverage: number; minFloat: number; priorities: string[] }) {
  switch (draft.check) {
    case 'open-blocker-bugs': return { check: draft.check, priorities: values.priorities };
    case 'critical-path-float': return { check: draft.check, minFloat: values.minFloat };
    case 'sop-drill': return { check: draft.check, pageId: values.pageId };
    case 'sop-attestation': return { check: draft.check, pageId: values.pageId, minCoverage: values.coverage };
    case 'unresolved-issues': case 'no-dependency-cycle': case 'campaign-calendar': return { check: draft.check };
  }
}

/** The list with `criterion` in place of the one with its id, or added at the end of its function's criteria. */
export function putCriterion(criteria: readonly GateCriterion[], criterion: GateCriterion): GateCriterion[] {
  const at = criteria.findIndex((c) => c.id === criterion.id);
  if (at >= 0) return criteria.map((c, i) => (i === at ? criterion : c));
  const lastOfFunction = criteria.reduce((last, c, i) => (c.function === criterion.function ? i : last), -1);
  const next = [...criteria];
  next.splice(lastOfFunction < 0 ? next.length : lastOfFunction + 1, 0, criterion);
  return next;
}

export const removeCriterion = (criteria: readonly GateCriterion[], id: string): GateCriterion[] => criteria.filter((c) => c.id !== id);

/** Whether two criteria lists say the same thing (same criteria, same order, same settings). */
export function sameCriteria(a: readonly GateCriterion[], b: readonly GateCriterion[]): boolean {
  return a.length === b.length && a.every((criterion, i) => canonical(criterion) === canonical(b[i]));
}

function canonical(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonical).join(',')}]`;
  if (typeof value === 'object' && value !== null) {
    return `{${Object.keys(value).sort().map((key) => `${JSON.stringify(key)}:${canonical((value as Record<string, unknown>)[key])}`).join(',')}}`;
  }
  return value === undefined ? 'undefined' : JSON.stringify(value);
}
