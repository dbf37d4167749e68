// The shape of the demo data the Jira and Confluence emulators serve: plain, JSON-compatible records.
// Emulators take a copy and mutate it; field names follow the products where that helps reading.

export type DemoFunction = 'rnd' | 'risk' | 'mm' | 'ops' | 'cs';
/** What a demo user does: one of the five signing functions, or a role around them. */
export type DemoRole = DemoFunction | 'pmo' | 'bizops' | 'site-admin' | 'outsider';
export type DemoLocale = 'en_US' | 'zh_CN';

export interface DemoUser {
  readonly accountId: string;
  readonly displayName: string;
  readonly emailAddress: string;
  readonly locale: DemoLocale;
  readonly timeZone: string;
  readonly role: DemoRole;
  /** Job title, shown in the workbench's user switcher. */
  readonly title: string;
  readonly groups: readonly string[];
}

export interface DemoGroup {
  readonly name: string;
  readonly groupId: string;
}

export interface DemoProject {
  readonly id: string;
  readonly key: string;
  readonly name: string;
  readonly description: string;
  readonly leadAccountId: string;
  /** Groups granted BROWSE_PROJECTS (and the other work permissions) by the permission scheme. */
  readonly browseGroups: readonly string[];
  /** Groups granted ADMINISTER_PROJECTS. */
  readonly adminGroups: readonly string[];
  /** The project's roles and who is in each (people directly, or through a group), as Jira keeps them. */
  readonly roles: readonly DemoProjectRole[];
}

export interface DemoProjectRole {
  readonly id: number;
  readonly name: string;
  readonly description: string;
  readonly actorGroups: readonly string[];
  readonly actorAccountIds: readonly string[];
}

export type ApproverStatus = 'PENDING' | 'APPROVED' | 'DECLINED';

export interface DemoApprover {
  readonly accountId: string;
  readonly status: ApproverStatus;
  readonly description: string;
  readonly declineReason?: string;
}

export interface DemoRelatedWork {
  relatedWorkId: string;
  category: string;
  title: string;
  url: string;
}

export interface DemoVersion {
  readonly id: string;
  readonly projectId: string;
  name: string;
  description: string;
  startDate: string | null;
  releaseDate: string | null;
  released: boolean;
  archived: boolean;
  driverAccountId: string | null;
  /** Read-only over REST, as in Jira Cloud. */
  readonly approvers: readonly DemoApprover[];
  relatedWork: DemoRelatedWork[];
}

export type IssueTypeName = 'Epic' | 'Story' | 'Task' | 'Bug' | 'Test';
export type StatusName = 'To Do' | 'In Progress' | 'In Review' | 'Done';
export type PriorityName = 'Blocker' | 'Critical' | 'Major' | 'Minor' | 'Trivial';
export type ResolutionName = 'Done' | "Won't Do";

export interface DemoIssue {
  readonly id: string;
  readonly key: string;
  readonly projectId: string;
  issueType: IssueTypeName;
  summary: string;
  status: StatusName;
  resolution: ResolutionName | null;
  priority: PriorityName;
  assigneeId: string | null;
  reporterId: string;
  /** Jira timestamps (`2026-09-01T10:15:00.000+0800`). */
  created: string;
  updated: string;
  resolutiondate: string | null;
  statuscategorychangedate: string;
  /** ISO dates. */
  duedate: string | null;
  startDate: string | null;
  /** Seconds, as Jira's `timeoriginalestimate`. */
  originalEstimateSeconds: number | null;
  storyPoints: number | null;
  fixVersionIds: string[];
  labels: string[];
  parentId: string | null;
  /** Position in the backlog; `ORDER BY rank` sorts by it. */
  rank: number;
  /** Issue entity properties (key -> JSON value). */
  properties: Record<string, unknown>;
}

export type LinkTypeName = 'Blocks' | 'Relates' | 'Duplicate' | 'Cloners';

/** `fromIssueId` <outward verb> `toIssueId`, e.g. A blocks B. */
export interface DemoIssueLink {
  readonly id: string;
  readonly type: LinkTypeName;
  readonly fromIssueId: string;
  readonly toIssueId: string;
}

export interface DemoJira {
  readonly baseUrl: string;
  readonly project: DemoProject;
  readonly versions: DemoVersion[];
  readonly issues: DemoIssue[];
  readonly links: DemoIssueLink[];
  /** Named issues the demo story (and tests) rely on, by role -> issue key. */
  readonly landmarks: Readonly<Record<DemoLandmark, string>>;
}

export type DemoLandmark =
  | 'slippageProtection'
  | 'mmIntegrationTest'
  | 'releaseReadiness'
  | 'matchingEngineEpic'
  | 'riskEngineEpic'
  | 'mmApiEpic';

export interface DemoPageVersion {
  readonly number: number;
  readonly createdAt: string;
  readonly authorId: string;
  readonly message: string;
  readonly minorEdit: boolean;
  readonly title: string;
  /** Storage-format XHTML. */
  readonly body: string;
}

export interface DemoContentProperty {
  readonly id: string;
  readonly key: string;
  value: unknown;
  version: { number: number; createdAt: string; authorId: string; message: string; minorEdit: boolean };
}

export interface DemoPage {
  readonly id: string;
  readonly spaceId: string;
  parentId: string | null;
  title: string;
  status: 'current' | 'draft' | 'archived' | 'trashed';
  readonly authorId: string;
  ownerId: string;
  readonly createdAt: string;
  position: number;
  /** Oldest first; the last one is the current version. */
  versions: DemoPageVersion[];
  labels: string[];
  properties: DemoContentProperty[];
}

export interface DemoSpace {
  readonly id: string;
  readonly key: string;
  readonly name: string;
  readonly description: string;
  readonly authorId: string;
  readonly createdAt: string;
  homepageId: string;
  /** Groups that may view the space; everyone else gets 404s, as in Confluence. */
  readonly viewGroups: readonly string[];
  /** Groups that may edit its pages (update; the page operations say so); absent: every viewer may. */
  editGroups?: readonly string[];
}

export interface DemoTemplate {
  readonly templateId: string;
  readonly name: string;
  readonly description: string;
  readonly labels: readonly string[];
  readonly spaceKey: string;
  /** Storage-format XHTML. */
  readonly body: string;
}

/** One of the app's macros placed on a page, as the editor keeps it in the page: a local id of its own and a config. */
export interface DemoMacroInstance {
  readonly localId: string;
  readonly pageId: string;
  /** The manifest's `macro` module key. */
  readonly moduleKey: string;
  /** What the macro's config screen last saved for this instance (`view.submit({ config })`). */
  config: Readonly<Record<string, unknown>>;
}

export interface DemoConfluence {
  readonly baseUrl: string;
  readonly spaces: DemoSpace[];
  readonly pages: DemoPage[];
  readonly templates: DemoTemplate[];
  readonly macros: DemoMacroInstance[];
}

export interface DemoSite {
  readonly cloudId: string;
  readonly users: readonly DemoUser[];
  readonly groups: readonly DemoGroup[];
  /** The Forge app's own account, the principal behind `asApp()`. */
  readonly appAccountId: string;
  readonly jira: DemoJira;
  readonly confluence: DemoConfluence;
}
