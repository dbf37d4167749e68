import { criteriaSchema } from '../../../src/contract/gate';
import { DEFAULT_CRITERIA } from '../../../src/domain/gate/template';
import {
  criterionOfDraft, draftOf, emptyDraft, idFromName, putCriterion, removeCriterion, sameCriteria,
} from '../../../static/gate/shared/criteria-draft';
import type { GateCriterion } from '../../../static/gate/shared/wording';

const template = DEFAULT_CRITERIA as readonly GateCriterion[];
const ids = new Set(template.map((c) => c.id));

describe('the criteria editor model', () => {
  it('gives every template criterion back unchanged through the form', () => {
    for (const criterion of template) {
      const result = criterionOfDraft(draftOf(criterion), new Set());
      expect(result).toEqual({ ok: true, criterion });
    }
  });

  it('makes ids from names, unique among the others', () => {
    expect(idFromName('Funding-rate caps loaded!', new Set())).toBe('funding-rate-caps-loaded');
    expect(idFromName('Load test passed', new Set(['load-test-passed']))).toBe('load-test-passed-2');
    expect(idFromName('风控参数', new Set())).toBe('criterion');
    expect(idFromName('风控参数', new Set(['criterion', 'criterion-2']))).toBe('criterion-3');
  });

  it('builds a new manual checklist criterion with its columns in the canonical order', () => {
    const draft = { ...emptyDraft('market-making'), name: 'Every MM passed the failover test', checklist: ['depth-commitment', 'sandbox-tests'] as const, freshnessDays: '30' };
    const result = criterionOfDraft(draft, ids);
    expect(result).toEqual({ ok: true, criterion: {
      id: 'every-mm-passed-the-failover-test', function: 'market-making', name: 'Every MM passed the failover test', kind: 'manual',
      freshnessDays: 30, checklist: ['sandbox-tests', 'depth-commitment'],
    } });
  });

  it('builds an SOP attestation criterion with its page and coverage', () => {
    const draft = { ...emptyDraft('customer-service'), kind: 'automatic' as const, check: 'sop-attestation' as const, name: 'VIP desk assessed', pageId: '1006', minCoverage: '90' };
    const result = criterionOfDraft(draft, ids);
    expect(result.ok && result.criterion).toEqual({
      id: 'vip-desk-assessed', function: 'customer-service', name: 'VIP desk assessed', kind: 'automatic', auto: { check: 'sop-attestation', pageId: '1006', minCoverage: 0.9 },
    });
  });

  it.each([
    [{ name: '' }, 'name', 'name-required'],
    [{ name: 'x'.repeat(201) }, 'name', 'name-too-long'],
    [{ name: 'ok', freshnessDays: '0' }, 'freshnessDays', 'whole-days'],
    [{ name: 'ok', freshnessDays: '2.5' }, 'freshnessDays', 'whole-days'],
    [{ name: 'ok', kind: 'automatic', check: 'sop-drill', pageId: 'abc' }, 'pageId', 'page-id'],
    [{ name: 'ok', kind: 'automatic', check: 'sop-attestation', minCoverage: '120' }, 'minCoverage', 'percent'],
    [{ name: 'ok', kind: 'automatic', check: 'critical-path-float', minFloat: 'soon' }, 'minFloat', 'float'],
    [{ name: 'ok', kind: 'automatic', check: 'open-blocker-bugs', priorities: ' , ' }, 'priorities', 'priorities'],
    [{ name: 'ok', evidence: 'e'.repeat(501) }, 'evidence', 'evidence-too-long'],
  ] as const)('refuses %p naming the field', (patch, field, error) => {
    const result = criterionOfDraft({ ...emptyDraft('rnd'), ...patch }, ids);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.errors[field]).toBe(error);
  });

  it('lets a template criterion keep the catalogue wording (no name)', () => {
    const first = template[0];
    if (first === undefined) throw new Error('empty template');
    const result = criterionOfDraft({ ...draftOf(first), freshnessDays: '7' }, new Set());
    expect(result.ok && result.criterion).toEqual({ ...first, freshnessDays: 7 });
  });

  it('adds a criterion after its function\'s others, replaces one by id, removes one', () => {
    const added: GateCriterion = { id: 'new-risk', function: 'risk', kind: 'manual', name: 'New' };
    const list = putCriterion(template, added);
    const lastRisk = template.map((c) => c.function).lastIndexOf('risk');
    expect(list[lastRisk + 1]).toEqual(added);
    expect(list).toHaveLength(template.length + 1);
    const changed = putCriterion(list, { ...added, name: 'Renamed' });
    expect(changed).toHaveLength(list.length);
    expect(changed.find((c) => c.id === 'new-risk')?.name).toBe('Renamed');
    expect(removeCriterion(changed, 'new-risk')).toEqual([...template]);
    expect(criteriaSchema.safeParse(list).success).toBe(true);
  });

  it('tells whether criteria differ from the template, whatever the key order', () => {
    const reordered = template.map((c) => Object.fromEntries(Object.entries(c).reverse()) as GateCriterion);
    expect(sameCriteria(reordered, template)).toBe(true);
    expect(sameCriteria(removeCriterion(template, 'listing-sop'), template)).toBe(false);
    const first = template[0];
    if (first === undefined) throw new Error('empty template');
    expect(sameCriteria(putCriterion(template, { ...first, freshnessDays: 3 }), template)).toBe(false);
  });
});
