// The kit's text, date and number inputs: native inputs in the Atlassian look, every native attribute passed
// through. Invalid ones (aria-invalid="true", as a Field sets it) get a red border.
import type { InputHTMLAttributes } from 'react';
import { withKitClass } from '../with-kit-class';
import './inputs.css';

/** Every native input attribute but `type`, which each input fixes. */
export type NativeInputProps = Omit<InputHTMLAttributes<HTMLInputElement>, 'type'>;

export interface TextInputProps extends NativeInputProps {
  readonly type?: 'text' | 'search';
}

export function TextInput({ type = 'text', className, ...native }: TextInputProps) {
  return <input {...native} type={type} className={withKitClass('lc-input', className)} />;
}

export function DateInput({ className, ...native }: NativeInputProps) {
  return <input {...native} type="date" className={withKitClass('lc-input', className)} />;
}

export function NumberInput({ className, ...native }: NativeInputProps) {
  return <input {...native} type="number" className={withKitClass('lc-input lc-number-input', className)} />;
}
