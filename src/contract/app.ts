// Contract of the `app/*` keys: facts about the running app that every surface may show.
import { z } from 'zod';

export const appInfo = {
  input: z.object({}).strict(),
  output: z.object({
    name: z.literal('launch-control'),
    version: z.string(),
    accountId: z.string(),
    locale: z.string(),
    moduleKey: z.string().optional(),
  }),
};
