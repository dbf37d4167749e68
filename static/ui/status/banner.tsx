// A banner: a page-level message with an icon, a title, an optional detail line and anything below them.
// Native section attributes (role, aria-live, data-*) pass through, so a caller decides how it is announced.
import type { HTMLAttributes, ReactNode } from 'react';
import type { Appearance } from './appearance';
import './banner.css';

export interface BannerProps extends Omit<HTMLAttributes<HTMLElement>, 'className' | 'title' | 'children'> {
  readonly appearance?: Appearance;
  /** Replaces the appearance's own icon (✓ for success, ! for warning and danger, i otherwise). */
  readonly icon?: ReactNode;
  readonly title: ReactNode;
  readonly detail?: ReactNode;
  readonly children?: ReactNode;
}

const ICONS: Readonly<Record<Appearance, string>> = { default: 'i', success: '✓', warning: '!', danger: '!', info: 'i', new: 'i' };

export function Banner({ appearance = 'default', icon, title, detail, children, ...native }: BannerProps) {
  return (
    <section {...native} className={`lc-banner lc-banner-${appearance}`}>
      <span className="lc-banner-icon" aria-hidden="true">{icon ?? ICONS[appearance]}</span>
      <div className="lc-banner-body">
        <h2 className="lc-banner-title">{title}</h2>
        {detail === undefined ? null : <p className="lc-banner-detail">{detail}</p>}
        {children}
      </div>
    </section>
  );
}
