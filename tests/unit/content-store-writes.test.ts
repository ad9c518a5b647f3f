/**
 * Astro writes its whole content store again whenever anything in it is set (seconds a build at
 * 100,000 stories). patches/astro+7.3.5.patch makes setting a value the store already holds (the
 * version and config digests Astro sets on every sync) leave it unchanged, and keepCollection()
 * keeps an empty collection once instead of storing and removing an entry on every sync.
 */
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import type { LoaderContext } from 'astro/loaders';
import { describe, expect, it } from 'vitest';
// Astro's internal module (not in its package exports): the store the patch changes.
import { MutableDataStore } from '../../node_modules/astro/dist/content/mutable-data-store.js';
import { keepCollection } from '../../src/lib/empty-collection';

/** A store on disk, and a way to tell whether it was written since: its file replaced by a marker. */
async function storeOnDisk() {
  const file = path.join(mkdtempSync(path.join(tmpdir(), 'dateline-store-')), 'data-store.json');
  const store = await MutableDataStore.fromFile(pathToFileURL(file));
  store.metaStore().set('astro-version', '7.3.5');
  store.scopedStore('articles').set({ id: 'a', data: { title: 'A' }, digest: 'd1' });
  await store.writeToDisk();
  const mark = () => writeFileSync(file, 'not written since');
  mark();
  return { store, mark, written: () => readFileSync(file, 'utf8') !== 'not written since' };
}

describe('the content store is written only when something in it changed', () => {
  it('setting a meta value it already holds, or an entry with the same digest, writes nothing', async () => {
    const { store, written } = await storeOnDisk();
    store.metaStore().set('astro-version', '7.3.5');
    store.scopedStore('articles').set({ id: 'a', data: { title: 'A' }, digest: 'd1' });
    await store.writeToDisk();
    expect(written()).toBe(false);
  });

  it('a changed value or entry is written', async () => {
    const { store, written } = await storeOnDisk();
    store.metaStore().set('astro-version', '7.4.0');
    await store.writeToDisk();
    expect(written()).toBe(true);
  });

  it('an empty collection is kept once, then left alone', async () => {
    const { store, mark, written } = await storeOnDisk();
    const context = { store: store.scopedStore('live'), meta: store.metaStore('live') } as unknown as Pick<LoaderContext, 'store' | 'meta'>;
    keepCollection(context);
    await store.writeToDisk();
    expect(written()).toBe(true);
    expect(store.hasCollection('live')).toBe(true);
    mark();
    keepCollection(context);
    await store.writeToDisk();
    expect(written()).toBe(false);
    expect(store.hasCollection('live')).toBe(true);
  });
});
