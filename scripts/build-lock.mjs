/**
 * One build at a time per checkout. Astro keeps its content store, image renditions and page
 * cache in node_modules/.astro/; two builds writing them at once corrupt each other (one
 * failed with LocalImageUsedWrongly). A second build waits for the first, saying so; a lock
 * left by a build that was killed is taken over.
 */
import { mkdirSync, openSync, readFileSync, rmSync, writeSync, closeSync } from 'node:fs';
import path from 'node:path';

const POLL_MS = 1000;

function holder(lockFile) {
  try {
    const pid = Number(readFileSync(lockFile, 'utf8'));
    if (!Number.isInteger(pid) || pid <= 0) return undefined;
    process.kill(pid, 0);
    return pid;
  } catch {
    return undefined;
  }
}

export async function acquireBuildLock(lockFile, { timeoutMs = Number(process.env.BUILD_LOCK_TIMEOUT_MS || 3_600_000) } = {}) {
  mkdirSync(path.dirname(lockFile), { recursive: true });
  const deadline = Date.now() + timeoutMs;
  let told = false;
  for (;;) {
    try {
      const fd = openSync(lockFile, 'wx');
      writeSync(fd, String(process.pid));
      closeSync(fd);
      process.on('exit', () => {
        if (holder(lockFile) === process.pid) rmSync(lockFile, { force: true });
      });
      return;
    } catch (error) {
      if (error.code !== 'EEXIST') throw error;
    }
    const pid = holder(lockFile);
    if (pid === undefined) {
      console.log('A build that stopped without finishing left its lock behind: taking it over.');
      rmSync(lockFile, { force: true });
      continue;
    }
    if (Date.now() > deadline) {
      console.error(`Another build (process ${pid}) is still running in this checkout; giving up after ${timeoutMs / 1000} s.`);
      process.exit(75);
    }
    if (!told) {
      console.log(`Another build (process ${pid}) is running in this checkout: waiting for it to finish…`);
      told = true;
    }
    await new Promise((resolve) => setTimeout(resolve, POLL_MS));
  }
}
