/**
 * A story from a folder may bring the photos beside it, and nothing else on this machine.
 */
import { copyFileSync, mkdirSync, mkdtempSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { siblingFile } from '../../src/lib/import/local-files';

const root = mkdtempSync(path.join(tmpdir(), 'dateline-local-files-'));
const inputs = path.join(root, 'inputs');
mkdirSync(path.join(inputs, 'photos'), { recursive: true });
const photo = path.resolve(import.meta.dirname, '../fixtures/import/harbour.jpg');
copyFileSync(photo, path.join(inputs, 'photos/harbour.jpg'));
copyFileSync(photo, path.join(root, 'outside.jpg'));
writeFileSync(path.join(inputs, 'notes.txt'), 'not a photo');
symlinkSync(path.join(root, 'outside.jpg'), path.join(inputs, 'photos/link-out.jpg'));

describe('siblingFile', () => {
  it('finds a photo in the input’s folder or below, by its real path', () => {
    expect(siblingFile(inputs, 'photos/harbour.jpg')).toMatch(/inputs\/photos\/harbour\.jpg$/);
    expect(siblingFile(inputs, './photos/harbour.jpg?w=300#x')).toMatch(/harbour\.jpg$/);
  });

  it('refuses absolute paths, file: URLs, traversal and symbolic links out of the folder', () => {
    for (const src of [
      '/etc/hostname',
      'file:///etc/hostname',
      '../outside.jpg',
      'photos/../../outside.jpg',
      '%2e%2e/outside.jpg',
      'photos/link-out.jpg',
      '~/x.jpg',
    ]) {
      expect(siblingFile(inputs, src), src).toBeUndefined();
    }
  });

  it('refuses the folder itself, a folder, a missing file and a file that is not an image', () => {
    for (const src of ['/', '', '.', 'photos', 'photos/missing.jpg', 'notes.txt', '%zz'])
      expect(siblingFile(inputs, src), src).toBeUndefined();
  });
});
