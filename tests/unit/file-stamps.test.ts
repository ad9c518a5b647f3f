import { mkdtempSync, statSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { fileStamps } from '../../src/lib/file-stamps';

const dir = mkdtempSync(path.join(tmpdir(), 'dateline-stamps-'));
const stat = (file: string) => statSync(file, { bigint: true });
/** A file last written a minute ago, as far as the stamps' clock goes. */
const later = () => Date.now() + 60_000;
function story(name: string, text: string) {
  const file = path.join(dir, name);
  writeFileSync(file, text);
  return file;
}

describe('file stamps (files the content loader need not read again)', () => {
  it('give the digest kept for a file only while it has the same stamp, under the same version', () => {
    const [a, b] = [story('a.mdx', 'A'), story('b.mdx', 'B')];
    const stamps = fileStamps(undefined, 'v1', later);
    stamps.set(a, stat(a), 'd1');
    stamps.set(b, stat(b), 'd2');
    const saved = stamps.serialize([a, b]);
    expect(fileStamps(saved, 'v1').digestIf(a, stat(a))).toBe('d1');
    expect(fileStamps(saved, 'v1').digestIf(a, stat(b)), "another file's stamp").toBeUndefined();
    expect(fileStamps(saved, 'v2').digestIf(a, stat(a)), 'another compiler: every file is read').toBeUndefined();
    expect(fileStamps('{not json', 'v1').digestIf(a, stat(a))).toBeUndefined();
    expect(fileStamps(stamps.serialize([b]), 'v1').digestIf(a, stat(a)), 'a file the collection no longer has').toBeUndefined();
  });

  it('do not keep the stamp of a file written moments before it was read', () => {
    const a = story('fresh.mdx', 'A');
    const stamps = fileStamps(undefined, 'v1');
    stamps.set(a, stat(a), 'd1');
    expect(fileStamps(stamps.serialize([a]), 'v1').digestIf(a, stat(a))).toBeUndefined();
  });

  it('tell a file rewritten with the same size and its modification time put back', async () => {
    const file = story('story.mdx', 'Headline one');
    // A whole second, which a file time holds exactly, so it can be put back exactly.
    const whenWritten = 1_700_000_000;
    utimesSync(file, whenWritten, whenWritten);
    const before = stat(file);
    const stamps = fileStamps(undefined, 'v1', later);
    stamps.set(file, before, 'd1');
    expect(stamps.digestIf(file, stat(file))).toBe('d1');
    // File times move in steps of a few milliseconds: the rewrite comes after the next one.
    await new Promise((resolve) => setTimeout(resolve, 50));
    writeFileSync(file, 'Headline two');
    utimesSync(file, whenWritten, whenWritten);
    const after = stat(file);
    expect([after.ino, after.size, after.mtimeNs]).toEqual([before.ino, before.size, before.mtimeNs]);
    expect(stamps.digestIf(file, after)).toBeUndefined();
  });
});
