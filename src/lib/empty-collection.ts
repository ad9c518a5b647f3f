/**
 * Leaves a collection in the content store even when its loader found nothing. Astro's
 * getCollection warns that a collection nothing was stored in "does not exist or is empty.
 * Please check your content config file for errors", and a newsroom with no live story or no
 * breaking news is the usual case, not an error. Storing and removing one entry leaves the
 * collection there, empty.
 *
 * Once only: any change to the store makes Astro write all of it again (seconds at 100,000
 * stories), so the collection's meta store notes that it was kept. The store keeps an emptied
 * collection (entries are deleted one by one, never the collection cleared), and a store
 * rebuilt from nothing has lost the note with the collection.
 */
import type { LoaderContext } from 'astro/loaders';

const KEPT = 'dateline-kept-empty';

export function keepCollection({ store, meta }: Pick<LoaderContext, 'store' | 'meta'>): void {
  if (store.keys().length > 0 || meta.get(KEPT) === 'yes') return;
  store.set({ id: 'dateline-empty', data: {} });
  store.delete('dateline-empty');
  meta.set(KEPT, 'yes');
}

/** Empties a collection entry by entry, so that the collection itself stays in the store. */
export function emptyCollection(store: LoaderContext['store']): void {
  for (const id of store.keys()) store.delete(id);
}
