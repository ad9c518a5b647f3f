/**
 * The saved list (/saved/) and the offline list (/offline/), drawn from the build's story
 * index. Its own script, loaded only by StoryShelf.astro, so the reader module every article
 * page loads stays small; it reads the saved list from localStorage and the offline list from
 * the service worker's cache, as reader.ts and the worker write them.
 */
import { cacheNames } from '../lib/offline';
import type { StoryIndexEntry } from '../lib/reader-state';
// Its own copy of the saved-list helpers (see bundle-copy.d.ts): importing reader-state plainly
// would split it into a shared chunk that the reader module, and so every page, then fetches.
import * as readerState from '../lib/reader-state?copy';

const { SAVED_KEY, readIds, writeIds } = readerState as typeof import('../lib/reader-state');

const $ = <T extends Element = HTMLElement>(selector: string, scope: ParentNode = document) => scope.querySelector<T>(selector);

/** localStorage, or none when the browser blocks it: then nothing is saved, nor can be removed. */
const storage = (() => {
  try {
    return localStorage;
  } catch {
    return undefined;
  }
})();

const shelf = $('[data-shelf]');
if (shelf) void fillShelf(shelf);

async function fillShelf(shelf: HTMLElement) {
  const list = $('[data-shelf-list]', shelf);
  const template = $<HTMLTemplateElement>('[data-shelf-item]', shelf);
  const status = $('[data-shelf-status]', shelf);
  const clear = $('[data-shelf-clear]', shelf);
  const empty = $('[data-shelf-empty]', shelf);
  if (!list || !template || !status || !empty) return;
  // The page's words for what this script says (strings/<lang>.ts, shelfClient).
  const words = JSON.parse(shelf.dataset.strings ?? '{}') as { removed: string; allRemoved: string };
  let saved = storage ? readIds(storage, SAVED_KEY) : [];
  const index = (await fetch(shelf.dataset.index ?? '')
    .then((response) => response.json())
    .catch(() => ({}))) as Record<string, StoryIndexEntry>;
  let ids = saved;
  if (shelf.dataset.shelf === 'offline') {
    const swUrl = document.documentElement.dataset.sw;
    const pagesCache = swUrl && window.caches ? cacheNames(new URL('./', new URL(swUrl, location.href)).href).pages : undefined;
    const kept = new Set(pagesCache ? (await (await caches.open(pagesCache)).keys()).map((request) => new URL(request.url).pathname) : []);
    ids = Object.keys(index).filter((id) => kept.has(index[id]?.[1] ?? ''));
  }
  const storeSaved = (next: string[]) => {
    saved = next;
    if (storage) writeIds(storage, SAVED_KEY, next);
  };
  const showEmpty = () => {
    const none = list.children.length === 0;
    empty.hidden = !none;
    if (clear) clear.hidden = none;
  };
  for (const id of ids) {
    const entry = index[id];
    if (!entry) continue;
    const [title, url, section, datetime, date, thumbnail] = entry;
    const item = template.content.firstElementChild?.cloneNode(true) as HTMLElement;
    const fill = (name: string, text: string) => {
      const element = $(`[data-field="${name}"]`, item);
      if (element) element.textContent = text;
      return element;
    };
    fill('link', title)?.setAttribute('href', url);
    fill('section', section);
    // The <time> is made here: an empty one in the template is invalid HTML (no date to parse).
    const time = document.createElement('time');
    time.dateTime = datetime;
    time.textContent = date;
    $('[data-field="date"]', item)?.append(time);
    fill('remove-title', ` ${title}`);
    const image = $<HTMLImageElement>('img', item);
    if (image && thumbnail) {
      image.src = thumbnail;
      image.hidden = false;
    }
    item.dataset.id = id;
    list.append(item);
  }
  showEmpty();
  shelf.addEventListener('click', (event) => {
    const target = event.target as Element;
    const item = target.closest<HTMLElement>('[data-remove]')?.closest<HTMLElement>('li');
    if (item) {
      const next = item.nextElementSibling ?? item.previousElementSibling;
      storeSaved(saved.filter((id) => id !== item.dataset.id));
      status.textContent = words.removed.replace('{title}', $('[data-field="link"]', item)?.textContent ?? '');
      item.remove();
      (next ? $('a', next) : $('main'))?.focus();
    } else if (clear?.contains(target)) {
      storeSaved([]);
      list.replaceChildren();
      status.textContent = words.allRemoved;
      $('main')?.focus();
    } else {
      return;
    }
    showEmpty();
  });
}
