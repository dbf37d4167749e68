// Errors the Forge platform must see leave the app untouched: e.g. NeedsAuthenticationError, which makes
// Forge ask the user to allow the app access. Everything else thrown is a bug, normalised by the resolver edge.
import { isForgePlatformError } from '@forge/api';

export function isPlatformError(error: unknown): boolean {
  return error instanceof Error && isForgePlatformError(error);
}
