/**
 * The `_headers` file format of Netlify and Cloudflare Pages: a path pattern ("*" matches
 * anything) on its own line, then its headers indented as "Name: value". The test server
 * reads public/_headers with this, so the browser tests see the headers a host sends.
 */

export function parseHeadersFile(text) {
  const rules = [];
  for (const line of text.split(/\r?\n/)) {
    if (line.trim() === '' || line.trimStart().startsWith('#')) continue;
    if (/^\s/.test(line)) {
      const colon = line.indexOf(':');
      const rule = rules.at(-1);
      if (colon < 0 || !rule) throw new Error(`_headers: cannot read "${line.trim()}"`);
      rule.headers[line.slice(0, colon).trim()] = line.slice(colon + 1).trim();
    } else {
      const pattern = line.trim();
      const regexp = new RegExp(
        `^${pattern
          .split('*')
          .map((part) => part.replace(/[.+?^${}()|[\]\\]/g, '\\$&'))
          .join('.*')}$`,
      );
      rules.push({ pattern, regexp, headers: {} });
    }
  }
  return rules;
}

/** Headers of every rule whose pattern matches the path (site-relative, without the base path). */
export function headersFor(rules, pathname) {
  return Object.assign({}, ...rules.filter((rule) => rule.regexp.test(pathname)).map((rule) => rule.headers));
}
