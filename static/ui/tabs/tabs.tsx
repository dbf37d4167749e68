// A tab list on the ARIA tab pattern: the selected tab is the only one in the Tab order (roving focus), arrow
// keys and Home/End select and focus another. The caller renders the panel, with the ids from `tabIds`.
import { useRef, type KeyboardEvent } from 'react';
import { tabIds, tabIndexAfterKey } from './tab-navigation';
import './tabs.css';

export interface TabDefinition<Id extends string> {
  readonly id: Id;
  readonly label: string;
  readonly testId?: string;
}

export interface TabsProps<Id extends string> {
  readonly tabs: readonly TabDefinition<Id>[];
  readonly selected: Id;
  readonly onSelect: (id: Id) => void;
  /** The tab list's accessible name. */
  readonly label: string;
  /** Prefix of the tab and panel ids (see `tabIds`); unique on the page. */
  readonly idPrefix: string;
}

export function Tabs<Id extends string>({ tabs, selected, onSelect, label, idPrefix }: TabsProps<Id>) {
  const buttons = useRef(new Map<Id, HTMLButtonElement>());
  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    const at = tabs.findIndex((tab) => tab.id === selected);
    const next = tabIndexAfterKey(event.key, at, tabs.length);
    const target = next === undefined ? undefined : tabs[next];
    if (target === undefined) return;
    event.preventDefault();
    onSelect(target.id);
    buttons.current.get(target.id)?.focus();
  };
  return (
    <div className="lc-tabs" role="tablist" aria-label={label} onKeyDown={onKeyDown}>
      {tabs.map((tab) => {
        const ids = tabIds(idPrefix, tab.id);
        return (
          <button
            key={tab.id}
            ref={(element) => { if (element === null) buttons.current.delete(tab.id); else buttons.current.set(tab.id, element); }}
            type="button"
            role="tab"
            id={ids.tab}
            aria-controls={ids.panel}
            aria-selected={tab.id === selected}
            tabIndex={tab.id === selected ? 0 : -1}
            className="lc-tab"
            data-testid={tab.testId}
            onClick={() => { onSelect(tab.id); }}
          >
            {tab.label}
          </button>
        );
      })}
    </div>
  );
}
