// Turns a parsed JQL query into an issue filter and an order, resolving values against the site the way Jira
// does (unknown versions, types or keys are errors; a key the caller cannot see reads as missing).

import type { DemoIssue } from '../../seed/demo-site';
import type { Principal } from '../product-endpoint';
import { ISSUE_TYPES, PRIORITIES, STATUS_CATEGORIES, STATUSES } from './catalogue';
import type { JqlClause, JqlExpression, JqlQuery, JqlSort, JqlValue } from './jql';
import { canBrowseIssue, canBrowseProject } from './permissions';
import { findIssue, type JiraState } from './state';

export type IssuePredicate = (issue: DemoIssue) => boolean;
export type IssueOrder = (a: DemoIssue, b: DemoIssue) => number;
export type CompiledJql = { readonly ok: true; readonly filter: IssuePredicate; readonly order: IssueOrder } | { readonly ok: false; readonly message: string };

class JqlValueError extends Error {}
const reject = (message: string): never => { throw new JqlValueError(message); };

const unsupported = (what: string, position: number): never =>
  reject(`Error in the JQL Query: the workbench Jira emulator does not support ${what} (line 1, character ${String(position)}). Supported fields: project, key/issuekey, parent, fixVersion, issuetype, status, statusCategory, priority, resolution, labels, assignee, reporter, duedate, created, updated, resolved.`);

type Extractor = (issue: DemoIssue) => readonly string[];

interface FieldSpec {
  readonly name: string;
  readonly extract: Extractor;
  /** Maps a written value to the stored values it stands for; rejects values that do not exist. */
  readonly resolve: (value: JqlValue, clause: JqlClause) => readonly string[];
  readonly ordered?: boolean;
}

const textOf = (value: JqlValue, clause: JqlClause): string =>
  value.kind === 'text' ? value.text : value.kind === 'function' ? unsupported(`the function '${value.name}()' in '${clause.field}'`, clause.position) : reject(`Error in the JQL Query: EMPTY is only valid with IS / IS NOT for '${clause.field}' (line 1, character ${String(clause.position)})`);

function lookup(field: string, table: ReadonlyMap<string, string>): FieldSpec['resolve'] {
  return (value, clause) => {
    const text = textOf(value, clause);
    const found = table.get(text.toLowerCase());
    return found !== undefined ? [found] : reject(`The value '${text}' does not exist for the field '${field}'.`);
  };
}

const byNameAndId = (entries: readonly [string, string][]): Map<string, string> =>
  new Map(entries.flatMap(([name, id]) => [[name.toLowerCase(), name], [id, name]] as [string, string][]));

function fieldSpecs(state: JiraState, principal: Principal): ReadonlyMap<string, FieldSpec> {
  const visibleIssue = (field: string) => (value: JqlValue, clause: JqlClause): string[] => {
    const text = textOf(value, clause);
    const issue = findIssue(state, text);
    if (!issue || !canBrowseIssue(state, principal, issue)) return reject(`An issue with key '${text}' does not exist for field '${field}'.`);
    return [issue.id];
  };
  const project = state.site.jira.project;
  const projects = canBrowseProject(state, principal, project.id)
    ? new Map([[project.key.toLowerCase(), project.id], [project.id, project.id], [project.name.toLowerCase(), project.id]])
    : new Map<string, string>();
  const versions = new Map(state.site.jira.versions.flatMap((v) => [[v.name.toLowerCase(), v.id], [v.id, v.id]] as [string, string][]));
  const statusCategories = new Map(Object.values(STATUS_CATEGORIES).flatMap((c) => [[c.name.toLowerCase(), c.key], [c.key, c.key], [String(c.id), c.key]] as [string, string][]));
  const resolutionNames = new Map([['done', 'Done'], ["won't do", "Won't Do"], ['10000', 'Done'], ['10001', "Won't Do"], ['unresolved', '']]);
  const user = (field: string) => (value: JqlValue, clause: JqlClause): string[] => {
    if (value.kind === 'function') {
      if (value.name.toLowerCase() !== 'currentuser') return unsupported(`the function '${value.name}()'`, clause.position);
      return principal.kind === 'user' ? [principal.accountId] : [];
    }
    const text = textOf(value, clause);
    return state.usersById.has(text) ? [text] : reject(`The value '${text}' does not exist for the field '${field}'.`);
  };
  const date = (value: JqlValue, clause: JqlClause): string[] => {
    const text = textOf(value, clause);
    const m = /^(\d{4})[-/](\d{2})[-/](\d{2})$/.exec(text);
    return m ? [`${m[1] ?? ''}-${m[2] ?? ''}-${m[3] ?? ''}`] : unsupported(`the date value '${text}' (use yyyy-MM-dd)`, clause.position);
  };
  const day = (timestamp: string | null): readonly string[] => (timestamp === null ? [] : [timestamp.slice(0, 10)]);
  const specs: FieldSpec[] = [
    { name: 'project', extract: (i) => [i.projectId], resolve: lookup('project', projects) },
    { name: 'key', extract: (i) => [i.id], resolve: visibleIssue('key') },
    { name: 'parent', extract: (i) => (i.parentId === null ? [] : [i.parentId]), resolve: visibleIssue('parent') },
    { name: 'fixVersion', extract: (i) => i.fixVersionIds, resolve: lookup('fixVersion', versions) },
    { name: 'issuetype', extract: (i) => [i.issueType], resolve: lookup('issuetype', byNameAndId(Object.entries(ISSUE_TYPES).map(([n, t]) => [n, t.id]))) },
    { name: 'status', extract: (i) => [i.status], resolve: lookup('status', byNameAndId(Object.entries(STATUSES).map(([n, s]) => [n, s.id]))) },
    { name: 'statusCategory', extract: (i) => [STATUSES[i.status].category], resolve: lookup('statusCategory', statusCategories) },
    { name: 'priority', extract: (i) => [i.priority], resolve: lookup('priority', byNameAndId(Object.entries(PRIORITIES).map(([n, p]) => [n, p.id]))) },
    { name: 'resolution', extract: (i) => [i.resolution ?? ''], resolve: lookup('resolution', resolutionNames) },
    { name: 'labels', extract: (i) => i.labels, resolve: (v, c) => [textOf(v, c)] },
    { name: 'assignee', extract: (i) => (i.assigneeId === null ? [] : [i.assigneeId]), resolve: user('assignee') },
    { name: 'reporter', extract: (i) => [i.reporterId], resolve: user('reporter') },
    { name: 'duedate', extract: (i) => (i.duedate === null ? [] : [i.duedate]), resolve: date, ordered: true },
    { name: 'created', extract: (i) => day(i.created), resolve: date, ordered: true },
    { name: 'updated', extract: (i) => day(i.updated), resolve: date, ordered: true },
    { name: 'resolved', extract: (i) => day(i.resolutiondate), resolve: date, ordered: true },
  ];
  const aliases: Record<string, string> = {
    issuekey: 'key', id: 'key', issue: 'key', type: 'issuetype', due: 'duedate', createddate: 'created', updateddate: 'updated',
    resolutiondate: 'resolved', fixversion: 'fixVersion', statuscategory: 'statusCategory', label: 'labels',
  };
  const map = new Map(specs.map((s) => [s.name.toLowerCase(), s]));
  for (const [alias, target] of Object.entries(aliases)) { const spec = map.get(target.toLowerCase()); if (spec) map.set(alias, spec); }
  return map;
}

/** Fields Jira knows but the emulator does not filter on: unsupported, not unknown. */
const KNOWN_UNSUPPORTED = new Set(['sprint', 'text', 'summary', 'description', 'comment', 'component', 'affectedversion', 'epic link', 'cf[10015]', 'start date', 'cf[10016]', 'story point estimate', 'watcher', 'creator', 'environment', 'attachments']);

function compileClause(specs: ReadonlyMap<string, FieldSpec>, clause: JqlClause): IssuePredicate {
  const spec = specs.get(clause.field.toLowerCase());
  if (!spec) {
    if (KNOWN_UNSUPPORTED.has(clause.field.toLowerCase())) return unsupported(`the field '${clause.field}'`, clause.position);
    return reject(`Field '${clause.field}' does not exist or you do not have permission to view it.`);
  }
  const { extract } = spec;
  switch (clause.operator) {
    case 'is':
    case 'is not': {
      if (clause.values[0]?.kind !== 'empty') return reject(`Error in the JQL Query: the operator '${clause.operator.toUpperCase()}' can only be used with EMPTY or NULL (line 1, character ${String(clause.position)})`);
      const wantEmpty = clause.operator === 'is';
      return (issue) => (extract(issue).filter((v) => v !== '').length === 0) === wantEmpty;
    }
    case '=':
    case 'in':
    case '!=':
    case 'not in': {
      const allowEmpty = clause.values.some((v) => v.kind === 'empty');
      const wanted = new Set(clause.values.filter((v) => v.kind !== 'empty').flatMap((v) => spec.resolve(v, clause)));
      const positive = clause.operator === '=' || clause.operator === 'in';
      return (issue) => {
        const values = extract(issue).filter((v) => v !== '' || spec.name === 'resolution');
        const isEmpty = values.length === 0 || (spec.name === 'resolution' && values[0] === '');
        const hit = values.some((v) => wanted.has(v)) || (allowEmpty && isEmpty);
        // As in Jira, a negative operator does not match issues where the field is empty.
        return positive ? hit : !hit && !isEmpty;
      };
    }
    case '<':
    case '<=':
    case '>':
    case '>=': {
      if (spec.ordered !== true) return unsupported(`the operator '${clause.operator}' on '${clause.field}'`, clause.position);
      const [bound] = spec.resolve(clause.values[0] ?? { kind: 'empty' }, clause);
      const limit = bound ?? '';
      const test = { '<': (v: string) => v < limit, '<=': (v: string) => v <= limit, '>': (v: string) => v > limit, '>=': (v: string) => v >= limit }[clause.operator];
      return (issue) => extract(issue).some(test);
    }
  }
}

function compileExpression(specs: ReadonlyMap<string, FieldSpec>, expression: JqlExpression): IssuePredicate {
  switch (expression.kind) {
    case 'clause': return compileClause(specs, expression);
    case 'not': { const inner = compileExpression(specs, expression.operand); return (i) => !inner(i); }
    case 'and': { const parts = expression.operands.map((e) => compileExpression(specs, e)); return (i) => parts.every((p) => p(i)); }
    case 'or': { const parts = expression.operands.map((e) => compileExpression(specs, e)); return (i) => parts.some((p) => p(i)); }
  }
}

const keyNumber = (issue: DemoIssue): number => Number(issue.key.slice(issue.key.lastIndexOf('-') + 1));
const compareText = (a: string | null, b: string | null): number => (a === b ? 0 : a === null ? 1 : b === null ? -1 : a < b ? -1 : 1);

function sortKey(sort: JqlSort): IssueOrder {
  switch (sort.field.toLowerCase()) {
    case 'key': case 'issuekey': return (a, b) => keyNumber(a) - keyNumber(b);
    case 'id': return (a, b) => Number(a.id) - Number(b.id);
    case 'rank': return (a, b) => a.rank - b.rank;
    case 'created': return (a, b) => compareText(a.created, b.created);
    case 'updated': return (a, b) => compareText(a.updated, b.updated);
    case 'duedate': case 'due': return (a, b) => compareText(a.duedate, b.duedate);
    case 'resolved': case 'resolutiondate': return (a, b) => compareText(a.resolutiondate, b.resolutiondate);
    case 'summary': return (a, b) => compareText(a.summary, b.summary);
    // Jira sorts priority by its scheme position: ASC lists the lowest priority first.
    case 'priority': return (a, b) => Number(PRIORITIES[b.priority].id) - Number(PRIORITIES[a.priority].id);
    default: return unsupported(`ORDER BY '${sort.field}' (supported: key, id, rank, created, updated, duedate, resolved, summary, priority)`, sort.position);
  }
}

function compileOrder(orderBy: readonly JqlSort[]): IssueOrder {
  const sorts: JqlSort[] = orderBy.length > 0 ? [...orderBy] : [{ field: 'created', direction: 'desc', position: 0 }];
  const parts = sorts.map((s) => { const cmp = sortKey(s); return s.direction === 'desc' ? (a: DemoIssue, b: DemoIssue) => -cmp(a, b) : cmp; });
  return (a, b) => {
    for (const part of parts) { const r = part(a, b); if (r !== 0) return r; }
    return Number(b.id) - Number(a.id);
  };
}

export function compileJql(state: JiraState, principal: Principal, query: JqlQuery): CompiledJql {
  try {
    const specs = fieldSpecs(state, principal);
    const where = query.where === undefined ? undefined : compileExpression(specs, query.where);
    const order = compileOrder(query.orderBy);
    const browsable = canBrowseProject(state, principal, state.site.jira.project.id) ? state.site.jira.project.id : undefined;
    const visible = (issue: DemoIssue): boolean => issue.projectId === browsable && canBrowseIssue(state, principal, issue);
    return { ok: true, filter: where ? (i) => visible(i) && where(i) : visible, order };
  } catch (error) {
    if (error instanceof JqlValueError) return { ok: false, message: error.message };
    throw error;
  }
}
