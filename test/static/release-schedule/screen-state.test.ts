// The release schedule screen's states: a computation is polled until ready, a refresh keeps the schedule on
// screen while it runs and when it fails, and progress is a share of the issues read.
import type { AppError, ReleaseSchedule } from '../../../src/contract';
import { initialScreen, pollDelay, POLL_MS, progressShare, screenReducer, type ReadySchedule, type ScreenState } from '../../../static/gate/release-schedule/screen-state';

const release = { id: '10100', name: 'v2.0.0', releaseDate: '2027-01-15', projectKey: 'PERP' };
const computing: ReleaseSchedule = { state: 'computing', release, progress: { done: 500, total: 10_000 }, startedAt: '2026-12-02T12:00:00.000Z' };
// Only the fields the reducer looks at matter; the rest of a ready answer is the workspace's.
const ready = { state: 'ready', release, computedAt: '2026-12-02T12:01:00.000Z', stale: null } as unknown as ReadySchedule;
const unavailable: AppError = { code: 'UNAVAILABLE', message: 'search page 2 failed', reason: 'release-read-incomplete', details: { failed: 'release-issues' } };

const run = (events: Parameters<typeof screenReducer>[1][], from: ScreenState = initialScreen) => events.reduce(screenReducer, from);

describe('the release schedule screen state', () => {
  it('loads, then shows the schedule without polling', () => {
    expect(initialScreen).toEqual({ kind: 'loading' });
    const state = run([{ type: 'answered', answer: ready }]);
    expect(state).toEqual({ kind: 'ready', answer: ready, refreshing: false, error: null });
    expect(pollDelay(state)).toBeUndefined();
  });

  it('polls while the release is computed in the background, until it is ready', () => {
    const state = run([{ type: 'answered', answer: computing }]);
    expect(state.kind).toBe('computing');
    expect(pollDelay(state)).toBe(POLL_MS);
    const later = run([{ type: 'answered', answer: { ...computing, progress: { done: 9000, total: 10_000 } } }], state);
    expect(pollDelay(later)).toBe(POLL_MS);
    expect(pollDelay(run([{ type: 'answered', answer: ready }], later))).toBeUndefined();
  });

  it('keeps the schedule on screen while a refresh runs, and when it fails', () => {
    const refreshing = run([{ type: 'answered', answer: ready }, { type: 'refresh' }]);
    expect(refreshing).toMatchObject({ kind: 'ready', refreshing: true, error: null });
    const failed = run([{ type: 'failed', error: unavailable }], refreshing);
    expect(failed).toEqual({ kind: 'ready', answer: ready, refreshing: false, error: unavailable });
    // The next refresh clears the old error.
    expect(run([{ type: 'refresh' }], failed)).toMatchObject({ refreshing: true, error: null });
  });

  it('without a schedule, an error is the screen; a retry loads again', () => {
    const failed = run([{ type: 'failed', error: unavailable }]);
    expect(failed).toEqual({ kind: 'failed', error: unavailable });
    expect(run([{ type: 'load' }], failed)).toEqual({ kind: 'loading' });
    expect(run([{ type: 'refresh' }], failed)).toEqual({ kind: 'loading' });
  });

  it('a failed poll keeps the computation and its progress, and polling goes on', () => {
    const state = run([{ type: 'answered', answer: computing }, { type: 'failed', error: unavailable }]);
    expect(state).toEqual({ kind: 'computing', answer: computing, error: unavailable });
    expect(pollDelay(state)).toBe(POLL_MS);
  });

  it('a refresh that starts a background computation shows its progress', () => {
    expect(run([{ type: 'answered', answer: ready }, { type: 'refresh' }, { type: 'answered', answer: computing }]).kind).toBe('computing');
  });
});

describe('progressShare', () => {
  it.each([
    [{ done: 0, total: null }, undefined],
    [{ done: 0, total: 0 }, 1],
    [{ done: 500, total: 2000 }, 0.25],
    [{ done: 2100, total: 2000 }, 1],
  ])('%j is %p', (progress, share) => {
    expect(progressShare(progress)).toBe(share);
  });
});
