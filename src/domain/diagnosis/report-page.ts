// The daily report as a Confluence page (storage format), in one language: the KPI tiles with their day-over-day
// and week-over-week changes, the P&L waterfall, the day's anomalies with their drivers, funnel stage, candidate
// causes, the analyst's cause and comment, then the items carried over, the gaps and the incomplete days. The
// wording comes in as data (the `reportPage` part of the diagnosis catalogue); every value is escaped.
import type { ReportItem } from './report';

/** The messages the page uses, `{name}` placeholders filled here. */
export type ReportWording = Readonly<Record<string, string>>;

export interface ReportPageInput {
  readonly projectKey: string;
  readonly date: string;
  readonly language: 'en-US' | 'zh-CN';
  readonly tiles: readonly { readonly kpi: string; readonly value: number | null; readonly dod: { readonly relative: number | null }; readonly wow: { readonly relative: number | null }; readonly incomplete: boolean }[];
  readonly waterfall: readonly { readonly step: string; readonly amountUsd: number }[];
  readonly items: readonly ReportItem[];
  readonly gaps: readonly { readonly date: string; readonly symbol: string }[];
  readonly incomplete: readonly { readonly date: string; readonly missingSymbols: readonly string[] }[];
}

const escape = (text: string): string => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/** The message `key` with its placeholders filled (the key itself when the wording lacks it, so a gap shows). */
export function word(wording: ReportWording, key: string, params: Readonly<Record<string, string | number>> = {}): string {
  return (wording[key] ?? key).replace(/\{(\w+)\}/g, (whole, name: string) => (params[name] === undefined ? whole : String(params[name])));
}

/** The page title of a day's report. */
export const reportTitle = (wording: ReportWording, projectKey: string, date: string): string => word(wording, 'title', { project: projectKey, date });

function number(language: 'en-US' | 'zh-CN', value: number | null, digits = 0): string {
  return value === null ? '–' : value.toLocaleString(language, { maximumFractionDigits: digits, minimumFractionDigits: digits });
}
const percent = (language: 'en-US' | 'zh-CN', value: number | null): string =>
  (value === null ? '–' : `${value > 0 ? '+' : ''}${(value * 100).toLocaleString(language, { maximumFractionDigits: 1, minimumFractionDigits: 1 })}%`);

const row = (cells: readonly string[], header = false): string => `<tr>${cells.map((c) => (header ? `<th>${c}</th>` : `<td>${c}</td>`)).join('')}</tr>`;
const table = (head: readonly string[], rows: readonly (readonly string[])[]): string => `<table><tbody>${row(head, true)}${rows.map((r) => row(r)).join('')}</tbody></table>`;

function itemRows(input: ReportPageInput, wording: ReportWording, items: readonly ReportItem[]): string[][] {
  const n = (v: number | null, d = 0) => number(input.language, v, d);
  return items.map((item) => [
    escape(item.since),
    escape(item.metric),
    escape(item.symbol ?? word(wording, 'total')),
    n(item.value), n(item.expected), percent(input.language, item.change), n(item.score, 1),
    escape(item.drivers.slice(0, 3).map((d) => `${d.key} ${n(d.share * 100)}%`).join(', ') + (item.stage === undefined ? '' : ` · ${word(wording, 'stage', { stage: item.stage.stage })}`)),
    escape(item.candidates.map((c) => c.label).join('; ')),
    escape(word(wording, `causes.${item.cause}`)),
    escape(item.comment),
    escape(word(wording, `states.${item.state}`)),
  ]);
}

/** The storage-format body of the day's report page. */
export function reportPageBody(input: ReportPageInput, wording: ReportWording): string {
  const w = (key: string, params?: Readonly<Record<string, string | number>>) => escape(word(wording, key, params));
  const n = (v: number | null) => number(input.language, v);
  const today = input.items.filter((i) => !i.carried);
  const carried = input.items.filter((i) => i.carried);
  const itemHead = ['since', 'metric', 'symbol', 'value', 'expected', 'change', 'score', 'drivers', 'candidates', 'cause', 'comment', 'state'].map((k) => w(`columns.${k}`));
  const parts = [
    `<p>${w('intro', { project: input.projectKey, date: input.date })}</p>`,
    `<h2>${w('kpis')}</h2>`,
    table([w('columns.kpi'), w('columns.value'), w('columns.dod'), w('columns.wow')],
      input.tiles.map((t) => [w(`kpi.${t.kpi}`) + (t.incomplete ? ` (${w('incompleteMark')})` : ''), n(t.value), percent(input.language, t.dod.relative), percent(input.language, t.wow.relative)])),
    `<h2>${w('waterfall')}</h2>`,
    table([w('columns.step'), w('columns.amount')], input.waterfall.map((s) => [w(`steps.${s.step}`), n(s.amountUsd)])),
    `<h2>${w('anomalies')}</h2>`,
    today.length === 0 ? `<p>${w('noAnomalies')}</p>` : table(itemHead, itemRows(input, wording, today)),
    `<h2>${w('carried')}</h2>`,
    carried.length === 0 ? `<p>${w('noCarried')}</p>` : table(itemHead, itemRows(input, wording, carried)),
  ];
  if (input.gaps.length > 0 || input.incomplete.length > 0) {
    parts.push(`<h2>${w('dataQuality')}</h2>`, '<ul>',
      ...input.gaps.map((g) => `<li>${w('gap', { date: g.date, symbol: g.symbol })}</li>`),
      ...input.incomplete.map((d) => `<li>${w('incompleteDay', { date: d.date, symbols: d.missingSymbols.join(', ') })}</li>`), '</ul>');
  }
  return parts.join('');
}
