// `npm start`: the workbench on http://127.0.0.1:$PORT (default 3000) with the demo data.
// Options: --port N, --scale N (a generated programme of N issues, for performance work), --data DIR.
import { parseArgs } from 'node:util';
import { startWorkbench } from './workbench';
import { seedDiagnosis } from './seed/diagnosis';
import { seedGate } from './seed/gate';

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: { port: { type: 'string' }, scale: { type: 'string' }, data: { type: 'string' } },
    strict: true,
  });
  const port = Number(values.port ?? process.env.PORT ?? 3000);
  const scale = values.scale === undefined ? undefined : Number(values.scale);
  if (!Number.isInteger(port) || port < 0 || port > 65535) throw new Error(`--port: expected a port number, got ${values.port ?? ''}`);
  if (scale !== undefined && (!Number.isInteger(scale) || scale < 1)) throw new Error(`--scale: expected a whole number of issues, got ${values.scale ?? ''}`);
  const dataDir = values.data ?? process.env.LC_WORKBENCH_DATA ?? '.workbench';
  const workbench = await startWorkbench({ dataDir, port, ...(scale === undefined ? {} : { scale }) });
  await seedDiagnosis(workbench);
  await seedGate(workbench);
  console.log(`Launch Control workbench: ${workbench.url}  (data: ${dataDir}${scale === undefined ? '' : `, scale ${scale}`})`);
  const stop = () => { void workbench.close().then(() => process.exit(0)); };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
