/**
 * The reader module: the one script every page loads (Base.astro), kept under 3 KB gzipped
 * with the pre-paint script (tests/e2e/quality.spec.ts measures it on an article page).
 * Reading preferences, saved stories, read and "New" marks, keyboard shortcuts, reading
 * progress, search highlighting and the offline service worker (the saved and offline lists
 * are drawn by shelf.ts, on their two pages only). What it remembers stays in the reader's
 * browser; each part starts only when its markup is on the page, and every page reads fully
 * without any of it. Decisions live in src/lib, where they are unit-tested; this file wires
 * them to the page.
 */
import { BANNER_DISMISSED_KEY, showsBanner, type BannerFile } from '../lib/banner';
import { highlightRanges } from '../lib/highlight';
import { isSearchShortcut, readerShortcut, stepStory } from '../lib/keyboard';
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
const article = $('[data-article-id]');

/* Reading preferences: the radios show what the pre-paint script applied; a change applies and stores it. */
const preferences = $<HTMLDetailsElement>('[data-preferences]');
const preferencesPanel = $('[data-preferences-panel]');
if (preferences && preferencesPanel) {
  for (const [name, { attribute }] of Object.entries(PREFERENCES)) {
    const current = root.getAttribute(attribute) ?? '';
    for (const radio of preferencesPanel.querySelectorAll<HTMLInputElement>(`input[name="${name}"]`))
      radio.checked = radio.value === current;
  }
  preferencesPanel.addEventListener('change', (event) => {
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
  // Saved from a list: keep the article for offline reading now, not only once it is opened.
  // The worker does it, so leaving the page at once cannot cut it short.
  if (swUrl && href && saved.includes(save))
    void navigator.serviceWorker?.ready.then((registration) => registration.active?.postMessage({ keep: href }));
});

/* Read and "New" marks: an opened story is read; on the front page, stories since the previous visit are new. */
let read = readIds(storage, READ_KEY);
if (article?.dataset.articleId) {
  read = markRead(read, article.dataset.articleId);
  writeIds(storage, READ_KEY, read);
}
const visit = nextVisit(readVisit(storage), Date.now());
storage.setItem(VISIT_KEY, JSON.stringify(visit));
// The page's words for the marks (strings/<lang>.ts, readerClient), on <body>.
const marks = JSON.parse(document.body.dataset.marks ?? '{}') as { read?: string; new?: string };
for (const card of $$('[data-story-id]')) {
  const isRead = read.includes(card.dataset.storyId ?? '');
  const isNew =
    !!card.closest('[data-new-since-visit]') && isNewSince(Date.parse($<HTMLTimeElement>('time', card)?.dateTime ?? ''), visit, isRead);
  if (!isRead && !isNew) continue;
  card.classList.toggle('is-read', isRead);
  const flag = document.createElement('span');
  flag.className = isRead ? 'reader-flag' : 'reader-flag reader-flag-new';
  flag.textContent = (isRead ? marks.read : marks.new) ?? '';
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

/* Breaking news: banner.json decides on every page (the front page's HTML may be older); a dismissal is kept. */
const banner = $('[data-banner]');
const bannerLink = $<HTMLAnchorElement>('[data-banner] a');
if (banner && bannerLink) {
  fetch(banner.dataset.banner ?? '', { cache: 'no-cache' })
    .then((response) => response.json())
    .then(({ banner: current }: BannerFile) => {
      banner.hidden = !showsBanner(current, Date.now(), storage.getItem(BANNER_DISMISSED_KEY), document.documentElement.lang);
      if (current) bannerLink.textContent = current.message;
      if (current) bannerLink.href = current.link;
    })
    .catch(() => undefined);
  banner.onclick = (event) => {
    if (!(event.target as Element).closest('button')) return;
    storage.setItem(BANNER_DISMISSED_KEY, bannerLink.getAttribute('href') ?? '');
    banner.hidden = true;
  };
}

/* Offline reading: register the worker, or, when the site turned it off, remove an earlier one.
   Registration waits for the first idle moment after load: installing the worker fetches the
   offline shell and starts a second thread, which on a slow phone competed with the page's own
   first layout and paint (Lighthouse's mobile blocking time fell by about half without it). */
if ('serviceWorker' in navigator) {
  if (swUrl) {
    const register = () => void navigator.serviceWorker.register(swUrl).catch(() => undefined);
    const whenIdle = globalThis.requestIdleCallback ?? ((run: () => void) => setTimeout(run, 1000));
    addEventListener('load', () => whenIdle(register));
  } else {
    const scope = new URL(import.meta.env.BASE_URL, location.href).href;
    void navigator.serviceWorker.getRegistrations().then((all) => all.filter((r) => r.scope === scope).forEach((r) => void r.unregister()));
  }
}
