// Dependencies and critical path (jira:issuePanel on epics).
import { mountSurface } from '../ui/app-shell';
import { DependenciesPanel } from './panel';
import '../schedule/schedule.css';

mountSurface(<DependenciesPanel />);
