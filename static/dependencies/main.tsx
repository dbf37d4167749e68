// Dependencies and critical path (jira:issuePanel on epics).
import { mountSurface } from '../ui/app-shell';
import { Placeholder } from '../ui/placeholder';

mountSurface(<Placeholder message="placeholder.dependencies" />);
