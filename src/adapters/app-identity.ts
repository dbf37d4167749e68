// What the platform says about the app itself and fresh ids: the extension-key prefix of the app's macros in
// Confluence storage (`<app id>/<environment id>`), and random UUIDs for macro local ids and run ids.
import { getAppContext } from '@forge/api';
import { randomUUID } from 'node:crypto';

export function extensionKeyPrefix(): string {
  const context = getAppContext();
  return `${context.appAri.appId}/${context.environmentAri.environmentId}`;
}

export function newId(): string {
  return randomUUID();
}
