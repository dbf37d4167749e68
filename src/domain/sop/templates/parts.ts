// Shorthands for writing templates: a step's structure in one line (owner = R of its RACI), and a section's.
import type { SopRole } from '../roles';
import type { SectionKind, TemplateSection, TemplateStep } from '../template';

/** A step owned (R) by `owner`, accountable to `accountable`, with its consulted and informed roles. */
export function step(
  id: string, owner: SopRole, accountable: SopRole, consulted: readonly SopRole[], informed: readonly SopRole[],
  expectedMinutes: number, checklist: readonly string[],
): TemplateStep {
  return { id, owner, raci: { responsible: owner, accountable, consulted, informed }, expectedMinutes, checklist };
}

export function section(id: string, kind: SectionKind, items: readonly string[] = []): TemplateSection {
  return { id, kind, items };
}
