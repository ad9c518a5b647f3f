#!/usr/bin/env node
/**
 * A static file server for the built site, as a plain static host would serve it: files
 * under BASE_PATH, directory URLs to their index.html, unknown paths to 404.html with
 * status 404, and the headers of the site's _headers file (security headers, hashed
 * /_astro/ assets cached for a year), text compressed as every static host compresses it.
 * `npm start`, the browser tests and `npm run audit` use it, so they see what a reader gets
 * (Lighthouse uncompressed counted a 42 KB stylesheet as 0.5 s of render blocking on mobile).
 *
 * Usage: node scripts/serve.mjs  (env: OUT_DIR=dist, BASE_PATH=/, PORT=4321)
 */
import { existsSync, readFileSync } from 'node:fs';
import http from 'node:http';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import compression from 'compression';
import sirv from 'sirv';
import { headersFor, parseHeadersFile } from './headers-file.mjs';

export function createSiteServer({ dir, base = '/' }) {
  const prefix = base.endsWith('/') ? base.slice(0, -1) : base;
  const headersFile = path.join(dir, '_headers');
  const rules = existsSync(headersFile) ? parseHeadersFile(readFileSync(headersFile, 'utf8')) : [];
  const files = sirv(dir, { dev: false, etag: true });
  const compress = compression();
  const notFound = (res) => {
    res.statusCode = 404;
    res.setHeader('Content-Type', 'text/html; charset=utf-8');
    try {
      res.end(readFileSync(path.join(dir, '404.html')));
    } catch {
      res.end('Not found');
    }
  };
  return http.createServer((req, res) => {
    const url = req.url ?? '/';
    if (prefix && url !== prefix && !url.startsWith(`${prefix}/`) && !url.startsWith(`${prefix}?`)) return notFound(res);
    req.url = url.slice(prefix.length) || '/';
    // Static hosts revalidate what _headers does not say otherwise.
    res.setHeader('Cache-Control', 'public, max-age=0, must-revalidate');
    for (const [name, value] of Object.entries(headersFor(rules, new URL(req.url, 'http://x').pathname))) res.setHeader(name, value);
    compress(req, res, () => files(req, res, () => notFound(res)));
  });
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const dir = process.env.OUT_DIR || 'dist';
  const base = process.env.BASE_PATH || '/';
  const port = Number(process.env.PORT || 4321);
  createSiteServer({ dir, base }).listen(port, () => {
    console.log(`Serving ${dir}/ at http://localhost:${port}${base}`);
  });
}
