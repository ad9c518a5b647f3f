/**
 * The text of the one inline script of every page (PrePaintScript.astro). It runs before the
 * first paint so nothing flashes: <html data-js> tells CSS that scripts run, and the reader's
 * stored preferences become data attributes before the body is laid out.
 *
 * It is one exported string so a Content-Security-Policy can allow exactly it by hash
 * (`'sha256-…'` of this text), with no 'unsafe-inline'.
 */
import { PREFERENCES } from './preferences';

export const prePaintScript =
  `(function(d,p){d.dataset.js='';try{for(var n in p){var v=localStorage.getItem(p[n].key);` +
  `if(p[n].values.indexOf(v)>=0)d.setAttribute(p[n].attribute,v)}}catch(e){}})` +
  `(document.documentElement,${JSON.stringify(PREFERENCES)})`;
