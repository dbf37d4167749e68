// The roles an SOP step is owned by (and that a RACI names), with their names in both languages: the
// templates, the page bodies made from them and the macros all name a role by its id.

export const SOP_ROLES = [
  'incident-commander', 'head-of-risk', 'risk-operator', 'rnd-oncall', 'sre-oncall', 'cs-lead', 'cs-agent',
  'ops-lead', 'mm-lead', 'pmo', 'compliance', 'product-owner',
] as const;
export type SopRole = (typeof SOP_ROLES)[number];

export const SOP_LOCALES = ['en-US', 'zh-CN'] as const;
export type SopLocale = (typeof SOP_LOCALES)[number];

export const ROLE_NAMES: Readonly<Record<SopLocale, Readonly<Record<SopRole, string>>>> = {
  'en-US': {
    'incident-commander': 'Incident commander', 'head-of-risk': 'Head of Risk', 'risk-operator': 'Risk operator',
    'rnd-oncall': 'R&D on-call', 'sre-oncall': 'SRE on-call', 'cs-lead': 'CS shift lead', 'cs-agent': 'CS agent',
    'ops-lead': 'Operations lead', 'mm-lead': 'Market-making lead', pmo: 'PMO', compliance: 'Compliance',
    'product-owner': 'Product owner',
  },
  'zh-CN': {
    'incident-commander': '事件指挥官', 'head-of-risk': '风控负责人', 'risk-operator': '风控值班员',
    'rnd-oncall': '研发值班', 'sre-oncall': 'SRE 值班', 'cs-lead': '客服值班主管', 'cs-agent': '客服专员',
    'ops-lead': '运营负责人', 'mm-lead': '做市负责人', pmo: '项目管理办公室（PMO）', compliance: '合规',
    'product-owner': '产品负责人',
  },
};

/** The locale an SOP is shown in for a user's locale: Chinese for any `zh*`, English otherwise. */
export function sopLocaleOf(locale: string): SopLocale {
  return locale.toLowerCase().startsWith('zh') ? 'zh-CN' : 'en-US';
}
