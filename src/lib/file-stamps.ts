/**
 * What a loader last read of each content file: the file's stamp (inode, size, modification
 * and change times, to the nanosecond) and the digest it stored for it. A file whose stamp is
 * unchanged is not read again: at 100,000 stories reading and hashing every file (400 MB) took
 * seconds of every build, for the one file that changed.
 *
 * Any write to a file changes its change time, which no tool can set back (a copy that keeps
 * the modification time still gets a new change time), so a stamp that matches names the
 * bytes that were read. A file touched without being changed is read once more. File times
 * move in steps of a few milliseconds, so a file written moments before it was read could be
 * written again with the same stamp: its stamp is not kept, and the next build reads it again.
 */
import type { BigIntStats } from 'node:fs';

const stampOf = (stat: BigIntStats): string => `${stat.ino}:${stat.size}:${stat.mtimeNs}:${stat.ctimeNs}`;

/** Changed this recently, a file could change again within the same file time. */
const SETTLE_MS = 2000n;

export interface FileStamps {
  /** The digest stored for the file when it was last read, if it still has the stamp it had then. */
  digestIf(file: string, stat: BigIntStats): string | undefined;
  /** Notes what was read (`stat` taken before the read): call once the file's entry is in the store. */
  set(file: string, stat: BigIntStats, digest: string): void;
  /** The stamps of these files (the collection's now), as text to keep for the next build. */
  serialize(files: readonly string[]): string;
}

/**
 * Stamps as the last build kept them. `version` is anything that makes every digest different
 * (the compiler's own digest): stamps kept under another version are not used.
 */
export function fileStamps(saved: string | undefined, version: string, now: () => number = Date.now): FileStamps {
  const known = new Map<string, [stamp: string, digest: string]>();
  try {
    const parsed = saved === undefined ? undefined : (JSON.parse(saved) as { version?: unknown; files?: unknown });
    if (parsed?.version === version && parsed.files !== null && typeof parsed.files === 'object') {
      for (const [file, value] of Object.entries(parsed.files)) {
        if (Array.isArray(value) && typeof value[0] === 'string' && typeof value[1] === 'string') known.set(file, [value[0], value[1]]);
      }
    }
  } catch {
    // Unreadable stamps only cost reading every file once more.
  }
  return {
    digestIf: (file, stat) => {
      const entry = known.get(file);
      return entry?.[0] === stampOf(stat) ? entry[1] : undefined;
    },
    set: (file, stat, digest) => {
      const changed = stat.mtimeMs > stat.ctimeMs ? stat.mtimeMs : stat.ctimeMs;
      if (BigInt(now()) - changed > SETTLE_MS) known.set(file, [stampOf(stat), digest]);
      else known.delete(file);
    },
    serialize: (files) =>
      JSON.stringify({
        version,
        files: Object.fromEntries(files.flatMap((file) => (known.has(file) ? [[file, known.get(file)]] : []))),
      }),
  };
}
