// Jest global setup of the browser project: finds a Chromium that launches, once per run and before the workers
// start (so they never unpack it concurrently), and hands the outcome to them through the environment.
import { findChromium, SEARCH_ENV } from './chromium';

export default async function findChromiumForRun(): Promise<void> {
  process.env[SEARCH_ENV] = JSON.stringify(await findChromium());
}
