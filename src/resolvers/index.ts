// Every resolver of the app, one entry per contract key.
import { appInfo } from './app';
import type { Handlers } from './register';

export const handlers: Handlers = {
  'app/info': appInfo,
};
