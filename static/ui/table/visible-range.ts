// Which fixed-height rows of a long list are inside a scroll container's viewport, plus a few above and
// below (so a fast scroll shows no gap). Pure, so it is tested without a DOM.

export interface VisibleRange {
  readonly start: number;
  /** Exclusive. */
  readonly end: number;
}

export interface Viewport {
  readonly scrollTop: number;
  readonly height: number;
}

/** Rows [start, end) to render; `offset` is the height above the first row (a sticky header, say). */
export function visibleRange(viewport: Viewport, count: number, rowHeight: number, offset: number, overscan: number): VisibleRange {
  const top = Math.max(0, viewport.scrollTop - offset);
  const start = Math.max(0, Math.floor(top / rowHeight) - overscan);
  const end = Math.min(count, Math.ceil((top + viewport.height) / rowHeight) + overscan);
  return { start, end };
}
