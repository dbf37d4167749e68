// The rules of a manual mark's and a counterparty row's inputs, as the server's contract has them, checked in the
// form first so the person sees which field is wrong before anything is sent.
export type LinkError = 'badUrl' | 'tooLong';

/** An empty link is none; otherwise an http(s) URL of at most 2,000 characters. */
export function checkEvidenceUrl(text: string): { readonly ok: true; readonly url: string | null } | { readonly ok: false; readonly error: LinkError } {
  const trimmed = text.trim();
  if (trimmed === '') return { ok: true, url: null };
  if (trimmed.length > 2000) return { ok: false, error: 'tooLong' };
  try {
    const url = new URL(trimmed);
    if ((url.protocol !== 'http:' && url.protocol !== 'https:') || url.hostname === '') return { ok: false, error: 'badUrl' };
  } catch {
    return { ok: false, error: 'badUrl' };
  }
  return { ok: true, url: trimmed };
}

/** The counterparty's name: 1 to 100 characters, and not one that already has a row (any case, any spacing). */
export function checkCounterparty(name: string, taken: readonly string[]): 'nameRequired' | 'nameTaken' | 'tooLong' | undefined {
  const trimmed = name.trim();
  if (trimmed === '') return 'nameRequired';
  if (trimmed.length > 100) return 'tooLong';
  const key = (s: string) => s.trim().replace(/\s+/g, ' ').toLocaleLowerCase();
  return taken.some((other) => key(other) === key(trimmed)) ? 'nameTaken' : undefined;
}
