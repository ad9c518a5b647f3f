/**
 * The reader module: the one script every page loads (Base.astro), kept under 5 KB gzipped
 * (tests/e2e/reader.spec.ts measures it). Reading preferences, saved stories, read and "New"
 * marks, keyboard shortcuts, reading progress, search highlighting and the offline service
 * worker. What it remembers stays in the reader's browser; each part starts only when its
 * markup is on the page, and every page reads fully without any of it. Decisions live in
 * src/lib, where they are unit-tested; this file wires them to the page.
 */
import { highlightRanges } from '../lib/highlight';
import { isSearchShortcut, readerShortcut, stepStory } from '../lib/keyboard';
import { cacheNames } from '../lib/offline';
import { PREFERENCES, isPreferenceName, storePreference } from '../lib/preferences';
import {
  READ_KEY,
  SAVED_KEY,
  VISIT_KEY,
  isNewSince,
  markRead,
  nextVisit,
  readIds,
  readVisit,
  readingProgress,
  toggleId,
  writeIds,
  type StoryIndexEntry,
} from '../lib/reader-state';

const root = document.documentElement;
const $ = <T extends Element = HTMLElement>(selector: string, scope: ParentNode = document) => scope.querySelector<T>(selector);
const $$ = <T extends Element = HTMLElement>(selector: string, scope: ParentNode = document) => [...scope.querySelectorAll<T>(selector)];

/** localStorage, or a stand-in that lasts for this page when the browser blocks storage. */
const storage = ((): Pick<Storage, 'getItem' | 'setItem' | 'removeItem'> => {
  try {
    localStorage.getItem(SAVED_KEY);
    return localStorage;
  } catch {
    const memory = new Map<string, string>();
    return { getItem: (k) => memory.get(k) ?? null, setItem: (k, v) => void memory.set(k, v), removeItem: (k) => void memory.delete(k) };
  }
})();

const swUrl = root.dataset.sw;
const pagesCache = swUrl && window.caches ? cacheNames(new URL('./', new URL(swUrl, location.href)).href).pages : undefined;
const article = $('[data-article-id]');

/* Reading preferences: the radios show what the pre-paint script applied; a change applies and stores it. */
const preferences = $<HTMLDetailsElement>('[data-preferences]');
const preferencesForm = $<HTMLFormElement>('[data-preferences-form]');
if (preferences && preferencesForm) {
  for (const [name, { attribute }] of Object.entries(PREFERENCES)) {
    (preferencesForm.elements.namedItem(name) as RadioNodeList).value = root.getAttribute(attribute) ?? '';
  }
  preferencesForm.addEventListener('change', (event) => {
    const { name, value } = event.target as HTMLInputElement;
    if (!isPreferenceName(name)) return;
    storePreference(storage, name, value);
    if (value) root.setAttribute(PREFERENCES[name].attribute, value);
    else root.removeAttribute(PREFERENCES[name].attribute);
  });
  // It behaves like a menu: Escape or a click elsewhere closes it.
  document.addEventListener('click', (event) => {
    if (!preferences.contains(event.target as Node)) preferences.open = false;
  });
  preferences.addEventListener('keydown', (event) => {
    if (event.key !== 'Escape' || !preferences.open) return;
    preferences.open = false;
    $('summary', preferences)?.focus();
  });
}

/* Saved stories: every Save button of a story shows the same pressed state. */
let saved = readIds(storage, SAVED_KEY);
function storeSaved(ids: string[]) {
  saved = ids;
  writeIds(storage, SAVED_KEY, ids);
  for (const button of $$('[data-save]')) button.setAttribute('aria-pressed', String(saved.includes(button.dataset.save ?? '')));
}
storeSaved(saved);
document.addEventListener('click', (event) => {
  const button = (event.target as Element).closest<HTMLElement>('[data-save]');
  const { save, href } = button?.dataset ?? {};
  if (!save) return;
  storeSaved(toggleId(saved, save));
  // Saved from a list: keep the article for offline reading now, not only once it is opened. The
  // worker does it when it controls the page, so leaving the page at once cannot cut it short.
  if (pagesCache && href && saved.includes(save)) {
    const worker = navigator.serviceWorker.controller;
    if (worker) {
      worker.postMessage({ keep: href });
    } else {
      caches
        .open(pagesCache)
        .then((cache) => cache.add(href))
        .catch(() => undefined);
    }
  }
});

/* Read and "New" marks: an opened story is read; on the front page, stories since the previous visit are new. */
let read = readIds(storage, READ_KEY);
if (article?.dataset.articleId) {
  read = markRead(read, article.dataset.articleId);
  writeIds(storage, READ_KEY, read);
}
const visit = nextVisit(readVisit(storage), Date.now());
storage.setItem(VISIT_KEY, JSON.stringify(visit));
for (const card of $$('[data-story-id]')) {
  const isRead = read.includes(card.dataset.storyId ?? '');
  const isNew =
    !!card.closest('[data-new-since-visit]') && isNewSince(Date.parse($<HTMLTimeElement>('time', card)?.dateTime ?? ''), visit, isRead);
  if (!isRead && !isNew) continue;
  card.classList.toggle('is-read', isRead);
  const flag = document.createElement('span');
  flag.className = isRead ? 'reader-flag' : 'reader-flag reader-flag-new';
  flag.textContent = isRead ? 'Read' : 'New';
  $('[data-story-flags]', card)?.append(flag);
}

/* Keyboard: "/" searches, Escape clears a search field, j/k move between stories, s saves, ? lists them. */
const shortcutsDialog = $<HTMLDialogElement>('[data-shortcuts]');
document.addEventListener('keydown', (event) => {
  const target = event.target;
  if (isSearchShortcut(event)) {
    const field = $<HTMLInputElement>('[data-search-primary]') ?? $<HTMLInputElement>('[data-search-input]');
    if (!field) return;
    event.preventDefault();
    field.focus();
    field.select();
    return;
  }
  if (event.key === 'Escape' && target instanceof HTMLInputElement && target.matches('[data-search-input], [data-search-primary]')) {
    target.value = '';
    target.dispatchEvent(new Event('input', { bubbles: true }));
    return;
  }
  const shortcut = readerShortcut(event);
  if (!shortcut || shortcutsDialog?.open) return;
  const cards = $$('[data-story-id]');
  const current = cards.findIndex((card) => card.contains(document.activeElement));
  if (shortcut === 'help') {
    shortcutsDialog?.showModal();
  } else if (shortcut === 'save') {
    const button = $('[data-save]', cards[current] ?? article ?? document.createElement('p'));
    if (!button) return;
    button.click();
  } else {
    const link = cards[stepStory(current, shortcut, cards.length)];
    if (!link) return;
    $('[data-story-link]', link)?.focus();
  }
  event.preventDefault();
});

/* Reading progress along the top of long articles. */
const progressBar = $('[data-reading-progress] > div');
if (progressBar && article) {
  const update = () => {
    const box = article.getBoundingClientRect();
    progressBar.style.setProperty('--progress', String(readingProgress(box.top, box.height, innerHeight)));
  };
  addEventListener('scroll', update, { passive: true });
  addEventListener('resize', update);
  update();
}

/* Search highlighting: arriving from a search result (?highlight=words), the words are marked in the story. */
const highlightBar = $('[data-search-highlight]');
const terms = new URLSearchParams(location.search).getAll('highlight').flatMap((t) => t.split(/\s+/));
if (highlightBar && terms.length > 0) {
  const roots = $$('article h1, .article-body');
  const marks = roots.flatMap((scope) => {
    const walker = document.createTreeWalker(scope, NodeFilter.SHOW_TEXT);
    const nodes: Text[] = [];
    for (let node = walker.nextNode(); node; node = walker.nextNode()) nodes.push(node as Text);
    return nodes.flatMap((node) =>
      highlightRanges(node.data, terms)
        .reverse()
        .map(([start, end]) => {
          const word = node.splitText(start);
          word.splitText(end - start);
          const mark = document.createElement('mark');
          mark.className = 'search-highlight';
          word.replaceWith(mark);
          mark.append(word);
          return mark;
        }),
    );
  });
  const termsLabel = $('[data-search-highlight-terms]', highlightBar);
  if (termsLabel && marks.length > 0) {
    termsLabel.textContent = terms.join(' ');
    highlightBar.hidden = false;
    $('[data-search-highlight-clear]', highlightBar)?.addEventListener('click', () => {
      for (const mark of marks) mark.replaceWith(...mark.childNodes);
      for (const scope of roots) scope.normalize();
      highlightBar.hidden = true;
      const url = new URL(location.href);
      url.searchParams.delete('highlight');
      history.replaceState(history.state, '', url);
    });
  }
}

/* The saved list (/saved/) and the offline list (/offline/), drawn from the story index. */
const shelf = $('[data-shelf]');
if (shelf) void fillShelf(shelf);

async function fillShelf(shelf: HTMLElement) {
  const list = $('[data-shelf-list]', shelf);
  const template = $<HTMLTemplateElement>('[data-shelf-item]', shelf);
  const status = $('[data-shelf-status]', shelf);
  const clear = $('[data-shelf-clear]', shelf);
  const empty = $('[data-shelf-empty]', shelf);
  if (!list || !template || !status || !empty) return;
  const index = (await fetch(shelf.dataset.index ?? '')
    .then((response) => response.json())
    .catch(() => ({}))) as Record<string, StoryIndexEntry>;
  let ids = saved;
  if (shelf.dataset.shelf === 'offline') {
    const kept = new Set(pagesCache ? (await (await caches.open(pagesCache)).keys()).map((request) => new URL(request.url).pathname) : []);
    ids = Object.keys(index).filter((id) => kept.has(index[id]?.[1] ?? ''));
  }
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
    fill('date', date)?.setAttribute('datetime', datetime);
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
      status.textContent = `Removed “${$('[data-field="link"]', item)?.textContent}”.`;
      item.remove();
      (next ? $('a', next) : $('main'))?.focus();
    } else if (clear?.contains(target)) {
      storeSaved([]);
      list.replaceChildren();
      status.textContent = 'All saved stories removed.';
      $('main')?.focus();
    } else {
      return;
    }
    showEmpty();
  });
}

/* Offline reading: register the worker, or, when the site turned it off, remove an earlier one. */
if ('serviceWorker' in navigator) {
  if (swUrl) {
    addEventListener('load', () => void navigator.serviceWorker.register(swUrl).catch(() => undefined));
  } else {
    const scope = new URL(import.meta.env.BASE_URL, location.href).href;
    void navigator.serviceWorker.getRegistrations().then((all) => all.filter((r) => r.scope === scope).forEach((r) => void r.unregister()));
  }
}
