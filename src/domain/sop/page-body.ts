// The storage-format (XHTML) body of a new SOP page made from a template, in one language: the SOP status macro,
// the template's sections and steps as text, and the macro that runs it (runbook, attestation or post-mortem
// actions), each configured from the template. Every piece of text is escaped: nothing becomes markup.
import { ROLE_NAMES, type SopLocale } from './roles';
import type { SopTemplate, TemplateSection } from './template';

/** A Forge macro to place: its module key, the local id the editor would give it, and its configuration. */
export interface PlacedMacro {
  readonly moduleKey: string;
  readonly localId: string;
  readonly config: Readonly<Record<string, string>>;
}

export function escapeXml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&#39;');
}

/** Forge's storage markup for a macro: an ADF extension of type com.atlassian.ecosystem with its guest params. */
export function forgeMacroMarkup(extensionKeyPrefix: string, macro: PlacedMacro, title: string): string {
  const params = Object.entries(macro.config).map(([k, v]) => `<ac:adf-parameter key="${escapeXml(k)}">${escapeXml(v)}</ac:adf-parameter>`).join('');
  const key = `${extensionKeyPrefix}/static/${macro.moduleKey}`;
  return '<ac:adf-extension><ac:adf-node type="extension">'
    + '<ac:adf-attribute key="extension-type">com.atlassian.ecosystem</ac:adf-attribute>'
    + `<ac:adf-attribute key="extension-key">${escapeXml(key)}</ac:adf-attribute>`
    + '<ac:adf-attribute key="parameters">'
    + `<ac:adf-parameter key="local-id">${escapeXml(macro.localId)}</ac:adf-parameter>`
    + `<ac:adf-parameter key="extension-id">${escapeXml(`ari:cloud:ecosystem::extension/${key}`)}</ac:adf-parameter>`
    + `<ac:adf-parameter key="extension-title">${escapeXml(title)}</ac:adf-parameter>`
    + `<ac:adf-parameter key="guest-params">${params}</ac:adf-parameter>`
    + '</ac:adf-attribute>'
    + `<ac:adf-attribute key="text">${escapeXml(title)}</ac:adf-attribute>`
    + '<ac:adf-attribute key="layout">default</ac:adf-attribute>'
    + `<ac:adf-attribute key="local-id">${escapeXml(macro.localId)}</ac:adf-attribute>`
    + '</ac:adf-node>'
    + `<ac:adf-fallback><p>${escapeXml(title)}</p></ac:adf-fallback></ac:adf-extension>`;
}

/** The macros a page of this template carries, in page order, given fresh local ids. */
export function macrosFor(template: SopTemplate, localIds: readonly [string, string]): PlacedMacro[] {
  const [first, second] = localIds;
  const status: PlacedMacro = { moduleKey: 'sop-status', localId: first, config: { template: template.id, reviewEveryDays: String(template.reviewEveryDays) } };
  switch (template.kind) {
    case 'procedure':
    case 'drill':
      return [status, { moduleKey: 'sop-runbook', localId: second, config: { template: template.id, drill: String(template.kind === 'drill') } }];
    case 'knowledge-base':
      return [status, { moduleKey: 'sop-attestation', localId: second, config: { template: template.id, passMark: String(template.assessment?.passPercent ?? 100) } }];
    case 'post-mortem':
      return [status, { moduleKey: 'postmortem-actions', localId: second, config: { template: template.id, showDone: 'true' } }];
  }
}

function sectionMarkup(template: SopTemplate, section: TemplateSection, locale: SopLocale): string {
  const text = template.text[locale].sections[section.id];
  if (text === undefined) return '';
  const items = section.items.map((id) => text.items[id] ?? '');
  const list = items.length === 0 ? '' : section.kind === 'five-whys' || section.kind === 'timeline'
    ? `<ol>${items.map((i) => `<li>${escapeXml(i)}</li>`).join('')}</ol>`
    : `<ul>${items.map((i) => `<li>${escapeXml(i)}</li>`).join('')}</ul>`;
  return `<h2>${escapeXml(text.heading)}</h2>${text.body === '' ? '' : `<p>${escapeXml(text.body)}</p>`}${list}`;
}

/** The whole page body: summary, status macro, sections, the steps table, and the macro that runs the SOP. */
export function sopPageBody(template: SopTemplate, locale: SopLocale, extensionKeyPrefix: string, macros: readonly PlacedMacro[], macroTitles: Readonly<Record<string, string>>): string {
  const text = template.text[locale];
  const roles = ROLE_NAMES[locale];
  const place = (m: PlacedMacro | undefined) => (m === undefined ? '' : forgeMacroMarkup(extensionKeyPrefix, m, macroTitles[m.moduleKey] ?? m.moduleKey));
  const header = locale === 'zh-CN' ? ['步骤', '负责角色', '批准', '咨询', '知会', '预计分钟'] : ['Step', 'Responsible', 'Accountable', 'Consulted', 'Informed', 'Minutes'];
  const rows = template.steps.map((s) => {
    const words = text.steps[s.id];
    const names = (list: readonly string[]) => escapeXml(list.map((r) => roles[r as keyof typeof roles]).join(', '));
    return `<tr><td>${escapeXml(words?.title ?? s.id)}</td><td>${escapeXml(roles[s.raci.responsible])}</td><td>${escapeXml(roles[s.raci.accountable])}</td><td>${names(s.raci.consulted)}</td><td>${names(s.raci.informed)}</td><td>${String(s.expectedMinutes)}</td></tr>`;
  }).join('');
  return `<p>${escapeXml(text.summary)}</p>${place(macros[0])}`
    + template.sections.map((s) => sectionMarkup(template, s, locale)).join('')
    + `<h2>RACI</h2><table><tbody><tr>${header.map((h) => `<th>${escapeXml(h)}</th>`).join('')}</tr>${rows}</tbody></table>`
    + place(macros[1]);
}
