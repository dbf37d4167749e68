// The demo people: five signing functions plus the PMO lead, a business-operations analyst, a site admin
// and an outsider who cannot see the programme. Account ids are deterministic, in Atlassian's format.

import type { DemoGroup, DemoLocale, DemoRole, DemoUser } from './demo-site';
import { createRandom } from './random';

/** The group each function (or role) is managed through in Jira and Confluence. */
export const ROLE_GROUPS: Readonly<Record<DemoRole, string>> = {
  rnd: 'lc-rnd',
  risk: 'lc-risk',
  mm: 'lc-mm',
  ops: 'lc-ops',
  cs: 'lc-cs',
  pmo: 'lc-pmo',
  bizops: 'lc-bizops',
  'site-admin': 'site-admins',
  outsider: 'ext-vendors',
};

export const PRODUCT_GROUPS = ['jira-software-users', 'confluence-users'] as const;

/** Groups that may browse the PERP project and view the PERPOPS space. */
export const PROGRAMME_GROUPS = ['lc-rnd', 'lc-risk', 'lc-mm', 'lc-ops', 'lc-cs', 'lc-pmo', 'lc-bizops', 'site-admins'] as const;

interface PersonSpec {
  readonly displayName: string;
  readonly email: string;
  readonly locale: DemoLocale;
  readonly role: DemoRole;
  readonly title: string;
}

const PEOPLE: readonly PersonSpec[] = [
  { displayName: '林清', email: 'lin.qing', locale: 'zh_CN', role: 'pmo', title: 'PMO lead, Perp Futures V2 delivery commander' },
  { displayName: 'Emma Larsen', email: 'emma.larsen', locale: 'en_US', role: 'bizops', title: 'Business operations analyst' },
  { displayName: '陈伟', email: 'chen.wei', locale: 'zh_CN', role: 'rnd', title: 'R&D lead, matching engine' },
  { displayName: 'Priya Raman', email: 'priya.raman', locale: 'en_US', role: 'rnd', title: 'Senior backend engineer' },
  { displayName: '李娜', email: 'li.na', locale: 'zh_CN', role: 'rnd', title: 'QA lead' },
  { displayName: 'Tomás Herrera', email: 'tomas.herrera', locale: 'en_US', role: 'rnd', title: 'Site reliability engineer' },
  { displayName: 'Marcus Feld', email: 'marcus.feld', locale: 'en_US', role: 'risk', title: 'Head of risk' },
  { displayName: '张敏', email: 'zhang.min', locale: 'zh_CN', role: 'risk', title: 'Risk quant' },
  { displayName: 'Olivia Grant', email: 'olivia.grant', locale: 'en_US', role: 'mm', title: 'Market-making partnerships lead' },
  { displayName: '王磊', email: 'wang.lei', locale: 'zh_CN', role: 'mm', title: 'MM integration engineer' },
  { displayName: 'Sofia Marin', email: 'sofia.marin', locale: 'en_US', role: 'ops', title: 'Operations lead' },
  { displayName: '刘洋', email: 'liu.yang', locale: 'zh_CN', role: 'ops', title: 'Listing and campaigns manager' },
  { displayName: '赵雪', email: 'zhao.xue', locale: 'zh_CN', role: 'cs', title: 'Customer service lead' },
  { displayName: 'Daniel Okafor', email: 'daniel.okafor', locale: 'en_US', role: 'cs', title: 'CS trainer' },
  { displayName: '黄梅', email: 'huang.mei', locale: 'zh_CN', role: 'cs', title: 'CS agent' },
  { displayName: 'Alex Morgan', email: 'alex.morgan', locale: 'en_US', role: 'site-admin', title: 'Jira and Confluence site admin' },
  { displayName: 'Jordan Vale', email: 'jordan.vale', locale: 'en_US', role: 'outsider', title: 'External vendor (no access to the programme)' },
];

function groupsFor(role: DemoRole): string[] {
  switch (role) {
    case 'outsider':
      return [...PRODUCT_GROUPS, ROLE_GROUPS.outsider];
    case 'site-admin':
      return [...PRODUCT_GROUPS, ROLE_GROUPS['site-admin'], 'jira-admins', 'confluence-admins'];
    case 'rnd':
    case 'risk':
    case 'mm':
    case 'ops':
    case 'cs':
    case 'pmo':
    case 'bizops':
      return [...PRODUCT_GROUPS, ROLE_GROUPS[role]];
  }
}

export function createDemoUsers(): DemoUser[] {
  const random = createRandom(0x5eed0001);
  return PEOPLE.map((person) => ({
    accountId: `712020:${random.uuid()}`,
    displayName: person.displayName,
    emailAddress: `${person.email}@perp-exchange.example`,
    locale: person.locale,
    timeZone: person.locale === 'zh_CN' ? 'Asia/Shanghai' : 'Asia/Singapore',
    role: person.role,
    title: person.title,
    groups: groupsFor(person.role),
  }));
}

export function createDemoGroups(users: readonly DemoUser[]): DemoGroup[] {
  const random = createRandom(0x5eed0002);
  const names = [...new Set(users.flatMap((u) => u.groups))].sort();
  return names.map((name) => ({ name, groupId: random.uuid() }));
}

/** The first user with the given role; the seed always has one of each. */
export function userWithRole(users: readonly DemoUser[], role: DemoRole): DemoUser {
  const user = users.find((u) => u.role === role);
  if (!user) throw new Error(`no demo user with role ${role}`);
  return user;
}

export function usersWithRole(users: readonly DemoUser[], role: DemoRole): DemoUser[] {
  return users.filter((u) => u.role === role);
}
