// Every benchmark case, in the order `npm run bench` runs them. Add a surface's cases here.

import type { BenchCase } from '../harness';
import { cpmCases } from './cpm';
import { releaseCases } from './release';
import { diagnosisCases } from './diagnosis';
import { gateCases } from './gate';
import { campaignCases } from './campaign';

export const benchCases: readonly BenchCase[] = [...cpmCases, ...releaseCases, ...diagnosisCases, ...gateCases, ...campaignCases];
