// What a handler that threw answers: Forge's own platform errors (e.g. the consent prompt) pass through
// untouched; anything else is a bug, logged by name only and answered as INTERNAL, never leaking its message.
import { isPlatformError } from '../adapters/platform-errors';

/** Rethrows a platform error; otherwise logs `where` and the error's name and returns. */
export function absorbThrown(where: string, error: unknown): void {
  if (isPlatformError(error)) throw error;
  console.error(`${where} failed`, error instanceof Error ? error.name : typeof error);
}
