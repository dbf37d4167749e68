// The dependency view on every issue that is not an epic (jira:issueContext): where the issue stands in its
// release's schedule, answered from the release's kept snapshot.
import { mountSurface } from '../ui/app-shell';
import { IssueContext } from './issue-context';

mountSurface(<IssueContext />);
