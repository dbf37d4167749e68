// Where an SOP screen is, from the Forge extension context: the space of the library, the page of a macro or a
// byline item, and a macro's own settings. Anything missing gives undefined, and the screen says so instead of guessing.
import type { ForgeContext } from '../ui/app-shell';

function field(value: unknown, name: string): unknown {
  return typeof value === 'object' && value !== null ? (value as Record<string, unknown>)[name] : undefined;
}

function text(value: unknown): string | undefined {
  return typeof value === 'string' && value !== '' ? value : undefined;
}

export function spaceKeyOf(context: ForgeContext): string | undefined {
  return text(field(field(context.extension, 'space'), 'key'));
}

export function pageIdOf(context: ForgeContext): string | undefined {
  const id = field(field(context.extension, 'content'), 'id');
  return typeof id === 'number' ? String(id) : text(id);
}

/** The post-mortem macro's `showDone` setting (true or "true"; done items are shown unless it says otherwise). */
export function showDoneOf(context: ForgeContext): boolean {
  const value = field(field(context.extension, 'config'), 'showDone');
  return !(value === false || value === 'false');
}
