// What the release schedule screen shows, as a pure reducer over the answers it gets: loading, the error, the
// background computation (polled until ready), or the schedule, with a refresh in flight or a refresh that failed
// (the schedule on screen stays: a failed refresh never blanks it).
import type { AppError, ReleaseSchedule } from '../../../src/contract';

export type ReadySchedule = Extract<ReleaseSchedule, { state: 'ready' }>;
export type ComputingSchedule = Extract<ReleaseSchedule, { state: 'computing' }>;

export type ScreenState =
  | { readonly kind: 'loading' }
  | { readonly kind: 'failed'; readonly error: AppError }
  | { readonly kind: 'computing'; readonly answer: ComputingSchedule; readonly error: AppError | null }
  | { readonly kind: 'ready'; readonly answer: ReadySchedule; readonly refreshing: boolean; readonly error: AppError | null };

export type ScreenEvent =
  | { readonly type: 'load' }
  | { readonly type: 'refresh' }
  | { readonly type: 'answered'; readonly answer: ReleaseSchedule }
  | { readonly type: 'failed'; readonly error: AppError };

export const initialScreen: ScreenState = { kind: 'loading' };

/** How often to ask again while the release is scheduled in the background. */
export const POLL_MS = 2000;

export function screenReducer(state: ScreenState, event: ScreenEvent): ScreenState {
  switch (event.type) {
    case 'load':
      return { kind: 'loading' };
    case 'refresh':
      return state.kind === 'ready' ? { ...state, refreshing: true, error: null } : state.kind === 'computing' ? state : { kind: 'loading' };
    case 'answered':
      return event.answer.state === 'ready'
        ? { kind: 'ready', answer: event.answer, refreshing: false, error: null }
        : { kind: 'computing', answer: event.answer, error: null };
    case 'failed':
      // A schedule or a computation on screen stays; the error is shown beside it.
      if (state.kind === 'ready') return { ...state, refreshing: false, error: event.error };
      if (state.kind === 'computing') return { ...state, error: event.error };
      return { kind: 'failed', error: event.error };
  }
}

/** Milliseconds until the screen asks again, or undefined when nothing is being computed. */
export function pollDelay(state: ScreenState): number | undefined {
  return state.kind === 'computing' ? POLL_MS : undefined;
}

/** The share of the release read so far, 0..1, or undefined while its issues are still being counted. */
export function progressShare(progress: ComputingSchedule['progress']): number | undefined {
  if (progress.total === null) return undefined;
  if (progress.total === 0) return 1;
  return Math.min(1, progress.done / progress.total);
}
