// Maps what the Forge KVS service answers to the contract's error values: a failed condition is a conflict.
import { ForgeKvsAPIError } from '@forge/kvs';
import { appError, type AppError } from '../../contract';

export function storageError(error: unknown, what: string): AppError {
  if (error instanceof ForgeKvsAPIError) {
    if (error.responseDetails.status === 409 || /CONDITION|EXISTS|CONFLICT/i.test(error.code)) {
      return appError('CONFLICT', `${what} was changed by someone else first.`, { reason: 'changed-by-someone-else' });
    }
    if (error.responseDetails.status === 429) return appError('RATE_LIMITED', `Storage is busy; ${what} was not saved.`, { reason: 'storage-busy' });
    if (error.responseDetails.status >= 400 && error.responseDetails.status < 500) {
      // The service's own message stays in the logs (its code only), never on the page.
      console.error(`storage refused ${what}: ${error.code}`);
      return appError('BAD_REQUEST', `Storage refused ${what}.`, { reason: 'storage-refused' });
    }
  }
  return appError('UNAVAILABLE', `Storage could not be reached for ${what}.`, { reason: 'storage-unreachable' });
}
