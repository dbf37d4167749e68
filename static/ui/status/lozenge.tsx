// A lozenge: a short uppercase status word in one of the kit's appearances. Native span attributes (title,
// data-testid, aria-*) pass through to the element.
import type { HTMLAttributes, ReactNode } from 'react';
import type { Appearance } from './appearance';
import './lozenge.css';

export interface LozengeProps extends Omit<HTMLAttributes<HTMLSpanElement>, 'className' | 'children'> {
  readonly appearance?: Appearance;
  readonly children: ReactNode;
}

export function Lozenge({ appearance = 'default', children, ...native }: LozengeProps) {
  return <span {...native} className={`lc-lozenge lc-lozenge-${appearance}`}>{children}</span>;
}
