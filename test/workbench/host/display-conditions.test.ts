// Display conditions as Jira and Confluence evaluate them: issue conditions on the issue view only, content
// properties on pages, `and` / `or` / `not` over objects and lists, and a clear error for what the workbench lacks.
import { displays, type SpotFacts } from '../../../workbench/host/display-conditions';

const epic: SpotFacts = { spot: 'issue', issueKey: 'PERP-1', issueId: '10001', issueType: 'Epic', projectKey: 'PERP', projectId: '10000' };
const story: SpotFacts = { ...epic, issueKey: 'PERP-2', issueId: '10002', issueType: 'Story' };
const page: SpotFacts = { spot: 'content', contentPropertyKeys: new Set(['launch-control.evidence']) };
const bare: SpotFacts = { spot: 'content', contentPropertyKeys: new Set() };
const evidence = { entityPropertyExists: { entity: 'content', propertyKey: 'launch-control.evidence' } };

describe('displays', () => {
  it.each([
    ['no conditions', undefined, [epic, story, page], []],
    ['issueType', { issueType: 'Epic' }, [epic], [story, page]],
    ['a list of issue types', { issueType: ['Story', 'Bug'] }, [story], [epic, page]],
    ['not', { not: { issueType: 'Epic' } }, [story, page], [epic]],
    ['two conditions, both needed', { projectKey: 'PERP', issueKey: 'PERP-2' }, [story], [epic]],
    ['or over a list', { or: [{ issueKey: 'PERP-1' }, { issueId: '10002' }] }, [epic, story], [page]],
    ['and over a list', { and: [{ projectId: '10000' }, { not: { issueType: 'Epic' } }] }, [story], [epic]],
    ['a content property', evidence, [page], [bare, epic]],
    ['being logged in', { isLoggedIn: true }, [page, epic], []],
  ] as const)('%s', (_name, conditions, shown, hidden) => {
    for (const facts of shown) expect(displays(conditions, facts)).toBe(true);
    for (const facts of hidden) expect(displays(conditions, facts)).toBe(false);
  });

  it('names a condition the workbench does not evaluate', () => {
    expect(() => displays({ hasIssuePermission: 'EDIT_ISSUES' }, epic)).toThrow('the workbench does not evaluate the display condition hasIssuePermission');
  });
});
