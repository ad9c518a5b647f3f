/**
 * The Java that runs the Nu Html Checker: the system's, or the runtime vnu-jar's install step
 * downloaded when the machine had none. No download here: a test run must not wait on one.
 */
import { spawnSync } from 'node:child_process';
import { createRequire } from 'node:module';

const { findCachedJava } = createRequire(import.meta.url)('vnu-jar/vnu-java-downloader.js');

/** @returns {string | null} the java command, or null when there is none. */
export function javaCommand() {
  if (spawnSync('java', ['-version'], { stdio: 'ignore' }).status === 0) return 'java';
  return findCachedJava() ?? null;
}
