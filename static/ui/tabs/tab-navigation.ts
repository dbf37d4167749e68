// Which tab a key moves to in an ARIA tab list: arrows wrap around, Home and End jump to the ends. Pure, so the
// roving focus is tested without a DOM.

/** The index of the tab `key` moves to from `current` among `count` tabs; undefined for any other key. */
export function tabIndexAfterKey(key: string, current: number, count: number): number | undefined {
  if (count === 0) return undefined;
  switch (key) {
    case 'ArrowRight':
      return (current + 1) % count;
    case 'ArrowLeft':
      return (current + count - 1) % count;
    case 'Home':
      return 0;
    case 'End':
      return count - 1;
    default:
      return undefined;
  }
}

/** The ids that tie a tab to its panel: the panel is labelled by `tab`, the tab controls `panel`. */
export function tabIds(idPrefix: string, tabId: string): { readonly tab: string; readonly panel: string } {
  return { tab: `${idPrefix}-tab-${tabId}`, panel: `${idPrefix}-panel-${tabId}` };
}
