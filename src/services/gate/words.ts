// The gate's words where the server writes text a person reads outside the page (the related-work link on the
// release page, the meeting minutes): looked up in the gate catalogue (locales/gate), in the reader's language.
import en from '../../../locales/gate/en-US.json';
import zh from '../../../locales/gate/zh-CN.json';
import type { Facts, GateReason } from '../../domain/gate';

type Node = string | { readonly [name: string]: Node };

function lookup(catalogue: Node, key: string): string | undefined {
  let node: Node | undefined = catalogue;
  for (const part of key.split('.')) {
    if (typeof node !== 'object') return undefined;
    node = node[part];
  }
  return typeof node === 'string' ? node : undefined;
}

export type GateWords = (key: string, params?: Readonly<Record<string, string | number | boolean | null>>) => string;

/** A translator over the gate catalogue: the reader's language, else English; a missing value reads as a dash. */
export function gateWords(locale: string | undefined): GateWords {
  const chinese = locale !== undefined && /^zh([-_]|$)/i.test(locale);
  return (key, params = {}) => {
    const template = (chinese ? lookup(zh, key) : undefined) ?? lookup(en, key) ?? key;
    return template.replace(/\{(\w+)\}/g, (_whole, name: string) => {
      const value = params[name];
      return value === undefined || value === null ? '—' : String(value);
    });
  };
}

export const reasonWords = (words: GateWords, reason: GateReason, facts: Facts): string => words(`gate.reasons.${reason}`, facts);
