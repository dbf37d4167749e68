// The Go/No-Go meeting minutes as a Confluence page in a chosen space, written as the caller (so it lands only
// where they may create pages), in their language: the release, the overall state, each criterion with its
// status, reason and evidence, the sign-offs, the decision with its exceptions, and the log's verification.
import { appError, err, ok, type OutputOf, type Result } from '../../contract';
import { createPage, readSpaceByKey } from '../../adapters/confluence/pages';
import { readDisplayNames } from '../../adapters/jira/gate-people';
import { currentDecision, DEFAULT_CRITERIA, type Criterion } from '../../domain/gate';
import type { UserCallContext } from '../call-context';
import { signedCount } from './evaluate';
import { evaluateForCaller } from './view';
import { gateWords, reasonWords, type GateWords } from './words';

const TEMPLATE_IDS = new Set(DEFAULT_CRITERIA.map((c) => c.id));

const xml = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

function nameOf(words: GateWords, criterion: Criterion): string {
  if (criterion.name !== undefined) return criterion.name;
  return TEMPLATE_IDS.has(criterion.id) ? words(`gate.criteria.${criterion.id}.name`) : criterion.id;
}

function evidenceOf(words: GateWords, criterion: Criterion): string {
  if (criterion.evidence !== undefined) return criterion.evidence;
  return TEMPLATE_IDS.has(criterion.id) ? words(`gate.criteria.${criterion.id}.evidence`) : '';
}

export async function exportMinutes(ctx: UserCallContext, versionId: string, spaceKey: string): Promise<Result<OutputOf<'gate/exportMinutes'>>> {
  const evaluated = await evaluateForCaller(ctx, versionId);
  if (!evaluated.ok) return evaluated;
  const { evaluation } = evaluated.data;
  const space = await readSpaceByKey(ctx.confluence, spaceKey);
  if (!space.ok) return space;
  if (space.data === undefined) return err(appError('NOT_FOUND', `space ${spaceKey}`));
  const words = gateWords(ctx.principal.locale);
  const { release, config, results } = evaluation;
  const decision = currentDecision(evaluation.records);
  const names = await readDisplayNames(ctx.jira, [release.driverAccountId ?? '', ...[...evaluation.signOffs.values()].map((s) => s.accountId), decision?.by ?? '']);
  const person = (accountId: string | null) => (accountId === null ? '—' : names.get(accountId) ?? accountId);
  const time = `${evaluation.evaluatedAt.slice(0, 16).replace('T', ' ')} UTC`;
  const status = (s: string) => words(`gate.reasons.status.${s}`);
  const byId = new Map(results.map((r) => [r.id, r]));
  const rows = config.criteria.map((criterion) => {
    const result = byId.get(criterion.id);
    const mark = evaluation.manual.marks.get(criterion.id);
    const evidence = [evidenceOf(words, criterion), mark?.evidenceUrl ?? '', mark?.comment ?? ''].filter((part) => part !== '').join(' · ');
    return `<tr><td>${xml(words(`gate.functions.${criterion.function}`))}</td><td>${xml(nameOf(words, criterion))}</td><td>${xml(status(result?.status ?? 'unknown'))}</td>`
      + `<td>${xml(result === undefined ? '' : reasonWords(words, result.reason, result.facts))}</td><td>${xml(evidence)}</td></tr>`;
  });
  const signOffs = evaluation.functions.map((f) => {
    const signed = evaluation.signOffs.get(f.function);
    const fn = words(`gate.functions.${f.function}`);
    if (signed === undefined) return `<li>${xml(words('gate.minutesPage.notSigned', { function: fn }))}</li>`;
    const valid = evaluation.validity.get(f.function)?.valid === true;
    return `<li>${xml(words('gate.minutesPage.signedBy', { function: fn, name: person(signed.accountId), time: signed.signedAt, state: words(valid ? 'gate.minutesPage.valid' : 'gate.minutesPage.invalid') }))}</li>`;
  });
  const decided = decision === null ? `<p>${xml(words('gate.minutesPage.noDecision'))}</p>` : [
    `<p>${xml(words('gate.minutesPage.decided', { decision: words(`gate.reasons.decision.${decision.kind}`), name: person(decision.by), time: decision.at, reason: decision.reason === '' ? '—' : decision.reason }))}</p>`,
    decision.exceptions.length === 0 ? '' : `<h3>${xml(words('gate.minutesPage.exceptions'))}</h3><ul>${decision.exceptions.map((e) => {
      const criterion = config.criteria.find((c) => c.id === e.criterionId);
      return `<li>${xml(words('gate.minutesPage.exception', { criterion: criterion === undefined ? e.criterionId : nameOf(words, criterion), reason: e.reason }))}</li>`;
    }).join('')}</ul>`,
  ].join('');
  const head = ['colFunction', 'colCriterion', 'colStatus', 'colReason', 'colEvidence'].map((key) => `<th>${xml(words(`gate.minutesPage.${key}`))}</th>`).join('');
  const body = [
    `<p>${xml(words('gate.minutesPage.release', { release: release.name, date: release.releaseDate ?? '—', owner: person(release.driverAccountId) }))}</p>`,
    `<p>${xml(words('gate.minutesPage.overall', { status: status(evaluation.overall), signed: signedCount(evaluation), total: evaluation.functions.length, time }))}</p>`,
    `<h2>${xml(words('gate.minutesPage.criteria'))}</h2><table><tbody><tr>${head}</tr>${rows.join('')}</tbody></table>`,
    `<h2>${xml(words('gate.minutesPage.signOffs'))}</h2><ul>${signOffs.join('')}</ul>`,
    `<h2>${xml(words('gate.minutesPage.decision'))}</h2>${decided}`,
    `<p>${xml(words('gate.minutesPage.chain', { length: evaluation.chain.length, verified: String(evaluation.chain.verified) }))}</p>`,
  ].join('\n');
  const title = words('gate.minutesPage.title', { release: release.name, time });
  const page = await createPage(ctx.confluence, space.data.id, title, body);
  if (!page.ok) return page;
  const url = page.data.webui === undefined ? `${release.siteUrl}/wiki/pages/${page.data.id}` : `${release.siteUrl}/wiki${page.data.webui}`;
  return ok({ pageId: page.data.id, title: page.data.title, url });
}
