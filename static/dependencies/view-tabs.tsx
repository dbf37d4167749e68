// The three views as an ARIA tab list: click or arrow keys (Home/End too) switch between them.
import { useRef, type KeyboardEvent } from 'react';
import { useShell } from '../ui/app-shell';

export const VIEWS = ['network', 'gantt', 'table'] as const;
export type ViewName = (typeof VIEWS)[number];

export function ViewTabs({ view, onChange }: { readonly view: ViewName; readonly onChange: (view: ViewName) => void }) {
  const { t } = useShell();
  const refs = useRef(new Map<ViewName, HTMLButtonElement>());
  const label = (name: ViewName) => {
    switch (name) {
      case 'network':
        return t('dependencies.views.network');
      case 'gantt':
        return t('dependencies.views.gantt');
      case 'table':
        return t('dependencies.views.table');
    }
  };
  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    const at = VIEWS.indexOf(view);
    const next =
      event.key === 'ArrowRight' ? VIEWS[(at + 1) % VIEWS.length]
        : event.key === 'ArrowLeft' ? VIEWS[(at + VIEWS.length - 1) % VIEWS.length]
          : event.key === 'Home' ? VIEWS[0]
            : event.key === 'End' ? VIEWS[VIEWS.length - 1]
              : undefined;
    if (next === undefined) return;
    event.preventDefault();
    onChange(next);
    refs.current.get(next)?.focus();
  };
  return (
    <div className="dp-tabs" role="tablist" aria-label={t('dependencies.views.label')} onKeyDown={onKeyDown}>
      {VIEWS.map((name) => (
        <button
          key={name}
          ref={(element) => { if (element === null) refs.current.delete(name); else refs.current.set(name, element); }}
          type="button"
          role="tab"
          id={`dp-tab-${name}`}
          aria-controls={`dp-panel-${name}`}
          aria-selected={view === name}
          tabIndex={view === name ? 0 : -1}
          className="dp-tab"
          data-testid={`view-${name}`}
          onClick={() => { onChange(name); }}
        >
          {label(name)}
        </button>
      ))}
    </div>
  );
}
