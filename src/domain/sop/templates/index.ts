// The SOP template library: every template, in the order the library shows them.
import type { SopTemplate, TemplateId } from '../template';
import { circuitBreakerDrill } from './circuit-breaker-drill';
import { csLaunchKnowledgeBase } from './cs-launch-knowledge-base';
import { emergencyOrderCancellationDrill } from './emergency-order-cancellation-drill';
import { emergencySuspensionResponse } from './emergency-suspension-response';
import { listingStandardProtocol } from './listing-standard-protocol';
import { mmOnboardingIntegration } from './mm-onboarding-integration';
import { postMortem } from './post-mortem';
import { vipComplaintHandling } from './vip-complaint-handling';

export const SOP_TEMPLATES: readonly SopTemplate[] = [
  listingStandardProtocol, emergencySuspensionResponse, vipComplaintHandling, circuitBreakerDrill,
  emergencyOrderCancellationDrill, mmOnboardingIntegration, csLaunchKnowledgeBase, postMortem,
];

export function templateById(id: TemplateId): SopTemplate {
  const found = SOP_TEMPLATES.find((t) => t.id === id);
  if (found === undefined) throw new Error(`no SOP template ${id}`);
  return found;
}
