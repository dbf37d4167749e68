// The SHA-256 the decision log is chained with, from node:crypto, handed to the pure domain as a function.
import { createHash } from 'node:crypto';
import type { Sha256 } from '../domain/gate';

export const sha256: Sha256 = (text) => createHash('sha256').update(text, 'utf8').digest('hex');
