// Server-side HTML with every interpolated value escaped: demo data is user content and is rendered as text.
const ESCAPES: Readonly<Record<string, string>> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

export function escapeHtml(value: string): string {
  return value.replace(/[&<>"']/g, (c) => ESCAPES[c] ?? c);
}

/** A trusted HTML fragment; only `html` and `raw` make one. */
export interface Html { readonly __html: string }

export function raw(markup: string): Html {
  return { __html: markup };
}

type Value = string | number | Html | readonly Html[] | null | undefined | false;

/** Tagged template: strings and numbers are escaped, Html fragments are kept. */
export function html(strings: TemplateStringsArray, ...values: readonly Value[]): Html {
  let out = strings[0] ?? '';
  values.forEach((value, i) => {
    out += render(value) + (strings[i + 1] ?? '');
  });
  return { __html: out };
}

function render(value: Value): string {
  if (value === null || value === undefined || value === false) return '';
  if (typeof value === 'string') return escapeHtml(value);
  if (typeof value === 'number') return String(value);
  if (Array.isArray(value)) return (value as readonly Html[]).map((v) => v.__html).join('');
  return (value as Html).__html;
}

/** JSON safe to embed in a `<script type="application/json">` element. */
export function embedJson(value: unknown): Html {
  return raw(JSON.stringify(value).replace(/</g, '\\u003c').replace(/>/g, '\\u003e').replace(/&/g, '\\u0026'));
}
