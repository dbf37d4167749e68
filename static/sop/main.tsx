// The SOP bundle: one Custom UI app for the SOP library (space page), the four SOP macros and the SOP status
// byline item; the screen is chosen by the module key in the Forge context.
import { mountSurface, useShell } from '../ui/app-shell';
import { ActionItemsScreen } from './action-items-screen';
import { AttestationScreen } from './attestation-screen';
import { LibraryScreen } from './library-screen';
import { RunbookScreen } from './runbook-screen';
import { pageIdOf, showDoneOf, spaceKeyOf } from './sop-context';
import { StatusScreen } from './status-screen';
import './sop.css';

function SopSurface() {
  const { context, t } = useShell();
  const spaceKey = spaceKeyOf(context);
  const pageId = pageIdOf(context);
  const missing = <p role="alert" className="lc-error">{t('sop.badContext')}</p>;
  switch (context.moduleKey) {
    case 'sop-library': return spaceKey === undefined ? missing : <LibraryScreen spaceKey={spaceKey} />;
    case 'sop-runbook': return pageId === undefined ? missing : <RunbookScreen pageId={pageId} />;
    case 'sop-attestation': return pageId === undefined ? missing : <AttestationScreen pageId={pageId} />;
    case 'sop-status': return pageId === undefined ? missing : <StatusScreen pageId={pageId} compact={false} />;
    case 'sop-status-byline': return pageId === undefined ? missing : <StatusScreen pageId={pageId} compact />;
    case 'postmortem-actions': return pageId === undefined ? missing : <ActionItemsScreen pageId={pageId} showDone={showDoneOf(context)} />;
    case undefined:
    default: return missing;
  }
}

mountSurface(<SopSurface />);
