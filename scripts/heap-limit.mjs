import { totalmem } from 'node:os';

/**
 * Astro holds the archive, what is derived from it and the page cache's manifest in one heap.
 * Node caps a heap at about 4 GB on a 24 GB machine, and near its cap V8 collects garbage more
 * often: at 100,000 stories, publishing one story took 56.1 and 56.5 s with the cap at half the
 * machine's memory, 63.7 and 59.3 s at Node's default (run by hand, one after the other). The cap
 * is raised to half the machine's memory (up to 16 GB) unless NODE_OPTIONS sets one; this returns
 * the NODE_OPTIONS a build's Node process gets.
 */
export function withHeapLimit(options = '', memory = totalmem()) {
  if (/--max[-_]old[-_]space[-_]size/.test(options)) return options;
  const megabytes = Math.min(16_384, Math.floor(memory / 2 ** 21));
  return `${options} --max-old-space-size=${megabytes}`.trim();
}
