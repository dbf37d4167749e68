// Where the demo space uses the app's macros: several instances of one macro on different pages, each with the local
// id the editor gave it and its own configuration. The SOP macros are not built yet and define no settings, so their
// configurations are illustrative; the campaign ROI instances each name the campaign they report on.
import type { DemoMacroInstance } from './demo-site';

const instance = (pageId: string, n: number, moduleKey: string, config: Readonly<Record<string, unknown>>): DemoMacroInstance =>
  ({ localId: `5e7a0000-${pageId}-4000-8000-${String(n).padStart(12, '0')}`, pageId, moduleKey, config });

export function createMacroInstances(): DemoMacroInstance[] {
  return [
    instance('1003', 1, 'sop-runbook', { drill: true }),
    instance('1003', 2, 'sop-status', { reviewEveryDays: 90 }),
    instance('1004', 1, 'sop-runbook', { drill: false }),
    instance('1004', 2, 'sop-attestation', { passMark: 80 }),
    instance('1006', 1, 'sop-attestation', { passMark: 100 }),
    instance('1006', 2, 'sop-status', { reviewEveryDays: 30 }),
    instance('1011', 1, 'postmortem-actions', { showDone: false }),
    instance('1012', 1, 'postmortem-actions', { showDone: true }),
    instance('1017', 1, 'campaign-roi', { campaign: 'perp-v2-launch-trading-competition' }),
    instance('1018', 1, 'campaign-roi', { campaign: 'perp-v2-new-user-airdrop' }),
    instance('1019', 1, 'business-health', { projectKey: 'PERP' }),
  ];
}
