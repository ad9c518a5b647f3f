/**
 * Runs a command and measures it the way an operator feels it: wall time, peak resident
 * memory of the whole process tree (Astro, Vite workers, Pagefind, sharp), and when each
 * build phase started, from the lines the build prints.
 */
import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';

function children(pid) {
  try {
    return readFileSync(`/proc/${pid}/task/${pid}/children`, 'utf8').trim().split(/\s+/).filter(Boolean).map(Number);
  } catch {
    return [];
  }
}

function rssKb(pid) {
  try {
    const match = readFileSync(`/proc/${pid}/status`, 'utf8').match(/^VmRSS:\s+(\d+)/m);
    return match ? Number(match[1]) : 0;
  } catch {
    return 0;
  }
}

function treeRssKb(pid) {
  return rssKb(pid) + children(pid).reduce((sum, child) => sum + treeRssKb(child), 0);
}

/**
 * @param {string} command
 * @param {string[]} args
 * @param {{ env?: NodeJS.ProcessEnv, cwd?: string, markers?: Record<string, RegExp> }} options
 */
export function measure(command, args, { env = process.env, cwd = process.cwd(), markers = {} } = {}) {
  return new Promise((resolve, reject) => {
    const start = performance.now();
    const child = spawn(command, args, { env, cwd, stdio: ['ignore', 'pipe', 'pipe'] });
    const samples = [];
    const marks = [{ name: 'start', at: 0 }];
    let output = '';
    const sampler = setInterval(() => samples.push({ at: performance.now() - start, kb: treeRssKb(child.pid) }), 100);
    const onData = (chunk) => {
      const text = chunk.toString();
      output += text;
      for (const line of text.split('\n')) {
        for (const [name, pattern] of Object.entries(markers)) {
          if (pattern.test(line) && !marks.some((m) => m.name === name)) marks.push({ name, at: performance.now() - start });
        }
      }
    };
    child.stdout.on('data', onData);
    child.stderr.on('data', onData);
    child.on('error', reject);
    child.on('close', (code) => {
      clearInterval(sampler);
      const wallMs = performance.now() - start;
      marks.push({ name: 'end', at: wallMs });
      const phases = marks.slice(0, -1).map((mark, i) => {
        const next = marks[i + 1];
        const inPhase = samples.filter((s) => s.at >= mark.at && s.at <= next.at);
        return { phase: mark.name, ms: next.at - mark.at, peakMb: Math.max(0, ...inPhase.map((s) => s.kb)) / 1024 };
      });
      resolve({ code, wallMs, peakMb: Math.max(0, ...samples.map((s) => s.kb)) / 1024, phases, output });
    });
  });
}
