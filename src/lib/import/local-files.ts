/**
 * Which local files an import may copy. A story from a folder on this machine (plain text,
 * Markdown) may bring the images beside it; nothing a source names may reach any other file:
 * not an absolute path, a "../" path, a file: URL, a symbolic link out of the folder, a
 * folder or a device. HTML pages and feeds name addresses, never files (see plan.ts).
 */
import { closeSync, openSync, readSync, realpathSync, statSync } from 'node:fs';
import path from 'node:path';

/** The real path of `src` if it is an image file inside `dir` (or below it); else undefined. */
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
    return statSync(real).isFile() && isImage(real) ? real : undefined;
  } catch {
    return undefined;
  }
}

/** Whether a file starts like an image the build can process (JPEG, PNG, GIF, WebP, AVIF). */
function isImage(file: string): boolean {
  const head = Buffer.alloc(16);
  const fd = openSync(file, 'r');
  try {
    readSync(fd, head, 0, 16, 0);
  } finally {
    closeSync(fd);
  }
  const ascii = head.toString('latin1');
  return (
    head.subarray(0, 3).equals(Buffer.from([0xff, 0xd8, 0xff])) ||
    ascii.startsWith('\x89PNG') ||
    ascii.startsWith('GIF8') ||
    (ascii.startsWith('RIFF') && ascii.slice(8, 12) === 'WEBP') ||
    /^ftyp(?:avif|avis)/.test(ascii.slice(4, 12))
  );
}
