/**
 * The importer's parsing thread: reads one input at a time (src/lib/import/source.ts) and
 * posts the stories back. It runs apart from the CLI so an input that takes too long can be
 * stopped (the thread is terminated) while the rest of the run goes on.
 */
import { parentPort } from 'node:worker_threads';
import { readSource, type SourceInput } from '../src/lib/import/source.ts';

parentPort?.on('message', ({ input, timeZone, now }: { input: SourceInput; timeZone: string; now: number }) => {
  try {
    parentPort?.postMessage({ ok: true, result: readSource(input, timeZone, new Date(now)) });
  } catch (error) {
    parentPort?.postMessage({ ok: false, reason: (error as Error).message });
  }
});
