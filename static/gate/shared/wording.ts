// The gate's words: a criterion's name and evidence (the catalogue's for template criteria, the owner's own
// otherwise), the reason sentence from its facts, lozenge tones, day counts with English plurals right, and
// dates in the reader's language. Pure: the translator is handed in, so tests run it over the real catalogue.
import type { OutputOf } from '../../../src/contract';
import { DEFAULT_CRITERIA } from '../../../src/domain/gate/template';
import type { DecisionKind, GateFunction, GateReason, GateStatus, LogKind } from '../../../src/domain/gate/types';
import type { Language, MessageKey, Translate } from '../../ui/i18n';
import type { Appearance } from '../../ui/status/appearance';

export type GateView = OutputOf<'gate/forRelease'>;
export type EvaluatedCriterion = GateView['criteria'][number];
export type GateCriterion = EvaluatedCriterion['criterion'];

const TEMPLATE_IDS: ReadonlySet<string> = new Set(DEFAULT_CRITERIA.map((criterion) => criterion.id));

/** A green is success, a red danger, an amber a warning; unknown stays neutral, never green. */
export function statusAppearance(status: GateStatus): Appearance {
  switch (status) {
    case 'green': return 'success';
    case 'amber': return 'warning';
    case 'red': return 'danger';
    case 'unknown': return 'default';
  }
}

export function decisionAppearance(kind: LogKind): Appearance {
  switch (kind) {
    case 'GO': return 'success';
    case 'GO_WITH_EXCEPTIONS': return 'warning';
    case 'NO_GO': return 'danger';
    case 'RELEASED_WITHOUT_GO': return 'danger';
  }
}

export const statusText = (t: Translate, status: GateStatus): string => t(`gate.reasons.status.${status}`);
export const functionText = (t: Translate, fn: GateFunction): string => t(`gate.functions.${fn}`);
export const decisionText = (t: Translate, kind: LogKind | DecisionKind): string => t(`gate.reasons.decision.${kind}`);

/** Template criteria are worded by the catalogue (`gate.criteria.<id>`); the set says which ids have words there. */
const isTemplateId = (id: string): boolean => TEMPLATE_IDS.has(id);

/** The criterion's own words, else the catalogue's for a template criterion, else its id. */
export function criterionName(t: Translate, criterion: Pick<GateCriterion, 'id' | 'name'>): string {
  if (criterion.name !== undefined) return criterion.name;
  return isTemplateId(criterion.id) ? t(`gate.criteria.${criterion.id}.name` as MessageKey) : criterion.id;
}

export function criterionEvidence(t: Translate, criterion: Pick<GateCriterion, 'id' | 'evidence'>): string {
  if (criterion.evidence !== undefined) return criterion.evidence;
  return isTemplateId(criterion.id) ? t(`gate.criteria.${criterion.id}.evidence` as MessageKey) : '';
}

/** The reason in words, its placeholders filled from the facts (a missing fact reads as a dash, not as `{name}`). */
export function reasonText(t: Translate, reason: GateReason, facts: Readonly<Record<string, string | number | boolean | null>>): string {
  const params: Record<string, string | number> = {};
  for (const [name, value] of Object.entries(facts)) params[name] = value === null ? '—' : typeof value === 'boolean' ? String(value) : value;
  if (typeof facts.minCoverage === 'number' && params.minPercent === undefined) params.minPercent = Math.round(facts.minCoverage * 100);
  const message = t(`gate.reasons.${reason}`, params);
  return message.replace(/\{\w+\}/g, '—');
}

/** One message of a pair `<key>.one` / `<key>.other`, chosen by the language's plural rules. */
export function plural(t: Translate, language: Language, key: PluralKey, count: number, params: Readonly<Record<string, string | number>> = {}): string {
  const form = new Intl.PluralRules(language).select(count) === 'one' ? 'one' : 'other';
  return t(`${key}.${form}` as MessageKey, { count, ...params });
}

export type PluralKey = 'gate.days.in' | 'gate.days.overdue' | 'gate.days.ago' | 'gate.days.early' | 'gate.days.window';

/** "in 3 days", "today", "2 days overdue", "no date". */
export function daysToReleaseText(t: Translate, language: Language, days: number | null): string {
  if (days === null) return t('gate.days.noDate');
  if (days === 0) return t('gate.days.today');
  return days > 0 ? plural(t, language, 'gate.days.in', days) : plural(t, language, 'gate.days.overdue', -days);
}

/** An ISO date (YYYY-MM-DD) as the reader writes dates; the date itself, not a moment, so no time zone moves it. */
export function formatDate(language: Language, isoDate: string | null): string {
  if (isoDate === null) return '—';
  const [y, m, d] = isoDate.split('-').map(Number);
  if (y === undefined || m === undefined || d === undefined) return isoDate;
  return new Intl.DateTimeFormat(language, { year: 'numeric', month: 'short', day: 'numeric', timeZone: 'UTC' }).format(new Date(Date.UTC(y, m - 1, d)));
}

export function formatInstant(language: Language, iso: string): string {
  return new Intl.DateTimeFormat(language, { dateStyle: 'medium', timeStyle: 'short' }).format(new Date(iso));
}

/** When a sign-off made at `signedAt` stops counting: `maxAgeDays` later. */
export function signOffExpiry(signedAt: string, maxAgeDays: number): string {
  return new Date(Date.parse(signedAt) + maxAgeDays * 86_400_000).toISOString();
}

/** The criteria whose data could not be read: the page names each and says why. */
export function unknownCriteria(view: Pick<GateView, 'criteria'>): readonly EvaluatedCriterion[] {
  return view.criteria.filter((criterion) => criterion.status === 'unknown');
}

/** Calendar days from the evaluation's day to the release date (the server's clock, not the browser's). */
export function daysUntil(releaseDate: string, evaluatedAt: string): number {
  const day = (iso: string) => Math.floor(Date.parse(`${iso.slice(0, 10)}T00:00:00Z`) / 86_400_000);
  return day(releaseDate) - day(evaluatedAt);
}
