// Row virtualization for long lists (500 tasks): the range of fixed-height rows to render, measured again
// (once per animation frame) when the container scrolls or changes size.
import { useEffect, useState, type RefObject } from 'react';
import { visibleRange, type VisibleRange } from './visible-range';

/** Rows [start, end) to render; `offset` is the height above the first row (a sticky header, say). */
export function useVirtualRows(container: RefObject<HTMLElement | null>, count: number, rowHeight: number, offset = 0, overscan = 8): VisibleRange {
  const [range, setRange] = useState<VisibleRange>({ start: 0, end: Math.min(count, 40) });
  useEffect(() => {
    const element = container.current;
    if (element === null) return undefined;
    let frame = 0;
    const measure = () => {
      frame = 0;
      const { start, end } = visibleRange({ scrollTop: element.scrollTop, height: element.clientHeight }, count, rowHeight, offset, overscan);
      setRange((previous) => (previous.start === start && previous.end === end ? previous : { start, end }));
    };
    const schedule = () => {
      if (frame === 0) frame = requestAnimationFrame(measure);
    };
    measure();
    element.addEventListener('scroll', schedule, { passive: true });
    const observer = new ResizeObserver(schedule);
    observer.observe(element);
    return () => {
      element.removeEventListener('scroll', schedule);
      observer.disconnect();
      if (frame !== 0) cancelAnimationFrame(frame);
    };
  }, [container, count, rowHeight, offset, overscan]);
  return range;
}
