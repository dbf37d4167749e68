// A checkbox with its text, the whole label clickable. Native input attributes (checked, disabled,
// data-testid, aria-*) go to the box; `className` and `title` go to the label around it.
import type { InputHTMLAttributes, ReactNode } from 'react';
import { withKitClass } from '../with-kit-class';
import './field.css';

export interface CheckboxProps extends Omit<InputHTMLAttributes<HTMLInputElement>, 'type' | 'onChange' | 'className' | 'title'> {
  readonly label: ReactNode;
  readonly onChange: (checked: boolean) => void;
  readonly className?: string;
  readonly title?: string;
}

export function Checkbox({ label, onChange, className, title, ...native }: CheckboxProps) {
  return (
    <label className={withKitClass('lc-checkbox', className)} title={title}>
      <input {...native} type="checkbox" onChange={(event) => { onChange(event.target.checked); }} />
      <span>{label}</span>
    </label>
  );
}
