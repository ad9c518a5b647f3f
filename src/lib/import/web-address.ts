/**
 * An address a source names, as the importer keeps it: resolved against the page or feed it
 * came from, and only when it is a web address (http or https). Anything else (javascript:,
 * data:, file:, a path on this machine, text no URL parser accepts) is no address at all.
 */
export function webAddress(href: string | undefined, base?: string | undefined): string | undefined {
  if (!href) return undefined;
  try {
    const url = new URL(href, base);
    return /^https?:$/.test(url.protocol) ? url.href : undefined;
  } catch {
    return undefined;
  }
}
