/**
 * Which local files an import may copy. A story from a folder on this machine (plain text,
 * Markdown) may bring the images beside it; nothing a source names may reach any other file:
 * not an absolute path, a "../" path, a file: URL, a symbolic link out of the folder, a
 * folder or a device. HTML pages and feeds name addresses, never files (see plan.ts).
 */
import { realpathSync, statSync } from 'node:fs';
import path from 'node:path';

/** The real path of `src` if it is a regular file inside `dir` (or below it); else undefined. */
export function siblingFile(dir: string, src: string): string | undefined {
  // A scheme ("file:", "c:") or an absolute path is never relative to the input's folder.
  if (/^[a-z][a-z0-9+.-]*:/i.test(src) || /^[\\/~]/.test(src)) return undefined;
  let relative: string;
  try {
    relative = decodeURIComponent(src.replace(/[?#].*$/, ''));
  } catch {
    return undefined;
  }
  if (relative === '' || relative.includes('\0') || relative.split(/[\\/]/).includes('..') || path.isAbsolute(relative)) return undefined;
  try {
    const root = realpathSync(dir);
    const real = realpathSync(path.resolve(root, relative));
    const inside = path.relative(root, real);
    if (inside === '' || inside.startsWith('..') || path.isAbsolute(inside)) return undefined;
    return statSync(real).isFile() ? real : undefined;
  } catch {
    return undefined;
  }
}
