// Creates a new SOP page from a template in a space (Confluence REST v2, as the user, so Confluence's own
// permissions decide), with the SOP status macro and the macro that runs it already in the body, and the SOP
// record (owner = the creator, the named approver, review and drill cadence, roster group) kept by the app.
import { appError, err, ok, type InputOf, type OutputOf, type Result } from '../../contract';
import { extensionKeyPrefix, newId } from '../../adapters/app-identity';
import { writePageProperty } from '../../adapters/confluence/content-properties';
import { createPage, readSpaceByKey } from '../../adapters/confluence/pages';
import { createSpaceTemplate, listSpaceTemplates } from '../../adapters/confluence/templates';
import { createSopPage } from '../../adapters/storage/sop-pages';
import { macrosFor, sopPageBody } from '../../domain/sop/page-body';
import type { SopLocale } from '../../domain/sop/roles';
import { SOP_TEMPLATES, templateById } from '../../domain/sop/templates';
import type { UserCallContext } from '../call-context';

/** The content property that marks a page as an SOP of the app. */
const SOP_PAGE_KEY = 'launch-control.sop';

/** What each macro is called where Confluence shows its title (the fallback text of the body). */
const MACRO_TITLES: Readonly<Record<SopLocale, Readonly<Record<string, string>>>> = {
  'en-US': { 'sop-status': 'SOP status', 'sop-runbook': 'Runbook / drill', 'sop-attestation': 'Attestation', 'postmortem-actions': 'Post-mortem action items' },
  'zh-CN': { 'sop-status': 'SOP 状态', 'sop-runbook': '运行手册 / 演练', 'sop-attestation': '阅读确认与考核', 'postmortem-actions': '复盘行动项' },
};

export async function createSopPageFromTemplate(ctx: UserCallContext, input: InputOf<'sop/createPage'>): Promise<Result<OutputOf<'sop/createPage'>>> {
  const space = await readSpaceByKey(ctx.confluence, input.spaceKey);
  if (!space.ok) return space;
  if (space.data === undefined) return err(appError('NOT_FOUND', `space ${input.spaceKey}`, { reason: 'confluence-not-found' }));
  const template = templateById(input.templateId);
  const macros = macrosFor(template, [newId(), newId()]);
  const body = sopPageBody(template, input.locale, extensionKeyPrefix(), macros, MACRO_TITLES[input.locale]);
  const page = await createPage(ctx.confluence, space.data.id, input.title, body);
  if (!page.ok) return page;
  const record = await createSopPage({
    pageId: page.data.id, spaceKey: space.data.key, templateId: template.id,
    status: { state: 'draft', ownerId: ctx.principal.accountId, approverId: input.approverId, version: 1, reviewEveryDays: template.reviewEveryDays },
    ...(template.drillEveryDays === undefined ? {} : { drillEveryDays: template.drillEveryDays }),
    ...(input.rosterGroup === undefined ? {} : { rosterGroup: input.rosterGroup }),
  }, ctx.principal.accountId, ctx.clock.now());
  if (!record.ok) return record;
  // The marker the SOP status byline shows on (its display condition); written as the app, like the evidence.
  const marked = await writePageProperty(ctx.confluenceAsApp, page.data.id, SOP_PAGE_KEY, { templateId: template.id });
  if (!marked.ok) return marked;
  return ok({ pageId: page.data.id, title: page.data.title, ...(page.data.webui === undefined ? {} : { webui: page.data.webui }) });
}

/** Installs every SOP template as a native page template of the space, skipping names the space has already. */
export async function installSpaceTemplates(ctx: UserCallContext, spaceKey: string, locale: SopLocale): Promise<Result<OutputOf<'sop/installTemplates'>>> {
  const existing = await listSpaceTemplates(ctx.confluence, spaceKey);
  if (!existing.ok) return existing;
  const names = new Set(existing.data.map((t) => t.name));
  const installed: string[] = [];
  const alreadyThere: string[] = [];
  for (const template of SOP_TEMPLATES) {
    const text = template.text[locale];
    if (names.has(text.title)) { alreadyThere.push(text.title); continue; }
    const macros = macrosFor(template, [newId(), newId()]);
    const created = await createSpaceTemplate(ctx.confluence, spaceKey, {
      name: text.title, description: text.summary, labels: template.labels,
      body: sopPageBody(template, locale, extensionKeyPrefix(), macros, MACRO_TITLES[locale]),
    });
    if (!created.ok) return created;
    installed.push(created.data.name);
  }
  return ok({ installed, alreadyThere });
}
