// How much room a link leaves its successor at early dates: 0 means the link drives the successor's dates.

import type { PlanLink, ScheduledTask } from './types';

/** How far the successor's early dates are from the bound this link sets (0 = the link drives it). */
export function linkSlack(link: PlanLink, from: ScheduledTask, to: ScheduledTask): number {
  switch (link.type) {
    case 'FS':
      return to.es - from.ef - link.lag;
    case 'SS':
      return to.es - from.es - link.lag;
    case 'FF':
      return to.ef - from.ef - link.lag;
    case 'SF':
      return to.ef - from.es - link.lag;
  }
}
