/**
 * The service worker: offline reading of the articles a reader opened or saved. Bundled at
 * build time into <site>/sw.js by scripts/service-worker.mjs, which defines the
 * build version and the shell files; every decision lives in src/lib/offline.ts.
 */
import { cacheNames, fileUrl, isArticlePath, offlinePagesFor, overLimit, staleCaches, strategyFor } from '../lib/offline';

declare const __VERSION__: string;
declare const __SHELL__: string[];

/* The worker's own global scope, typed here: the DOM and WebWorker libraries cannot share a program. */
interface ExtendableEvent extends Event {
  waitUntil(promise: Promise<unknown>): void;
}
interface ExtendableMessageEvent extends ExtendableEvent {
  data: unknown;
}
interface FetchEvent extends ExtendableEvent {
  request: Request;
  respondWith(response: Promise<Response>): void;
}
interface WorkerScope {
  registration: { scope: string };
  clients: { claim(): Promise<void> };
  skipWaiting(): Promise<void>;
  addEventListener(type: 'install' | 'activate', listener: (event: ExtendableEvent) => void): void;
  addEventListener(type: 'fetch', listener: (event: FetchEvent) => void): void;
  addEventListener(type: 'message', listener: (event: ExtendableMessageEvent) => void): void;
}

const worker = self as unknown as WorkerScope;
const scope = worker.registration.scope;
const names = cacheNames(scope, __VERSION__);
const url = (file: string) => new URL(fileUrl(file), scope).href;

/** Refetches every kept article so its HTML references this version's CSS and JS; drops removed ones. */
async function refreshPages(): Promise<void> {
  const pages = await caches.open(names.pages);
  await Promise.all(
    (await pages.keys()).map(async (request) => {
      const response = await fetch(request.url, { cache: 'no-cache' }).catch(() => undefined);
      if (response?.ok) await pages.put(request.url, response);
      else if (response?.status === 404 || response?.status === 410) await pages.delete(request);
    }),
  );
}

worker.addEventListener('install', (event) => {
  event.waitUntil(
    (async () => {
      const shell = await caches.open(names.shell);
      await shell.addAll(__SHELL__.map((file) => new Request(url(file), { cache: 'no-cache' })));
      await refreshPages();
      await worker.skipWaiting();
    })(),
  );
});

worker.addEventListener('activate', (event) => {
  event.waitUntil(
    (async () => {
      await Promise.all(staleCaches(await caches.keys(), names, scope).map((name) => caches.delete(name)));
      const media = await caches.open(names.media);
      await Promise.all(overLimit(await media.keys()).map((request) => media.delete(request)));
      await worker.clients.claim();
    })(),
  );
});

async function page(request: Request): Promise<Response> {
  try {
    const response = await fetch(request);
    const path = new URL(response.url || request.url).pathname.slice(new URL(scope).pathname.length);
    if (response.ok && isArticlePath(path)) {
      const key = new URL(request.url);
      key.search = '';
      await (await caches.open(names.pages)).put(key.href, response.clone());
    }
    return response;
  } catch {
    const cached = await caches.match(request, { ignoreSearch: true });
    if (cached) return cached;
    const path = new URL(request.url).pathname.slice(new URL(scope).pathname.length);
    for (const offline of offlinePagesFor(path)) {
      const fallback = await caches.match(url(offline));
      if (fallback) return fallback;
    }
    return Response.error();
  }
}

async function asset(request: Request): Promise<Response> {
  const cached = await caches.match(request);
  if (cached) return cached;
  const response = await fetch(request);
  if (response.ok) await (await caches.open(names.media)).put(request, response.clone());
  return response;
}

async function data(request: Request): Promise<Response> {
  try {
    return await fetch(request);
  } catch {
    return (await caches.match(request, { ignoreSearch: true })) ?? Response.error();
  }
}

worker.addEventListener('fetch', (event) => {
  const strategy = strategyFor(event.request, scope);
  if (strategy === 'page') event.respondWith(page(event.request));
  else if (strategy === 'asset') event.respondWith(asset(event.request));
  else if (strategy === 'data') event.respondWith(data(event.request));
});

/* A page saved a story: keep that article (only an article of this site) for offline reading. */
worker.addEventListener('message', (event) => {
  const keep = (event.data as { keep?: unknown } | null)?.keep;
  if (typeof keep !== 'string') return;
  const article = new URL(keep, scope);
  if (!article.href.startsWith(scope) || !isArticlePath(article.pathname.slice(new URL(scope).pathname.length))) return;
  event.waitUntil(
    caches
      .open(names.pages)
      .then((pages) => pages.add(article.href))
      .catch(() => undefined),
  );
});
