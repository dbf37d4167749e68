import { applyEdits, computeWhatIf } from '../../../src/domain/schedule';
import { byId, link, plan, task } from './helpers';

const base = plan([task('A', 3), task('B', 2), task('C', 4)], [link('A', 'B'), link('A', 'C', 'SS', 1)]);

describe('what-if edits', () => {
  it('changes a duration and recomputes, leaving the original plan alone', () => {
    const outcome = computeWhatIf(base, [{ kind: 'set-duration', taskId: 'B', duration: 5 }]);
    if (outcome.kind !== 'computed' || outcome.result.kind !== 'scheduled') throw new Error('expected a schedule');
    expect(outcome.result.finish.day).toBe(8);
    expect(outcome.result.criticalPath).toEqual(['A', 'B']);
    expect(base.tasks[1]!.duration).toBe(2);
  });

  it('adds, changes and removes links', () => {
    const outcome = computeWhatIf(base, [
      { kind: 'add-link', link: link('B', 'C') },
      { kind: 'change-link', link: { from: 'A', to: 'B' }, lag: 2 },
      { kind: 'remove-link', link: { from: 'A', to: 'C' } },
    ]);
    if (outcome.kind !== 'computed' || outcome.result.kind !== 'scheduled') throw new Error('expected a schedule');
    // A 0-3, B 5-7 (lag 2), C 7-11.
    expect(byId(outcome.result).C!.es).toBe(7);
    expect(outcome.plan.links).toEqual([link('A', 'B', 'FS', 2), link('B', 'C')]);
  });

  it('changes a link type', () => {
    const edited = applyEdits(base, [{ kind: 'change-link', link: { from: 'A', to: 'C', type: 'SS' }, type: 'FF' }]);
    expect(edited.kind === 'edited' ? edited.plan.links[1] : undefined).toEqual(link('A', 'C', 'FF', 1));
  });

  it('reports a loop made by an edit as the result', () => {
    const outcome = computeWhatIf(base, [{ kind: 'add-link', link: link('C', 'A') }]);
    expect(outcome.kind === 'computed' ? outcome.result : undefined).toEqual({ kind: 'cycles', cycles: [['A', 'C']] });
  });

  it('rejects edits that name unknown tasks or links', () => {
    const outcome = applyEdits(base, [
      { kind: 'set-duration', taskId: 'Z', duration: 1 },
      { kind: 'remove-link', link: { from: 'B', to: 'A' } },
    ]);
    expect(outcome).toEqual({
      kind: 'rejected',
      problems: [
        expect.objectContaining({ code: 'unknown-task', path: 'edits[0].taskId' }),
        expect.objectContaining({ code: 'unknown-link', path: 'edits[1].link' }),
      ],
    });
  });
});
