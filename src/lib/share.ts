/**
 * Share links as plain URLs of each network's share form: a click opens the network,
 * and until then the page loads nothing from it (no widgets, no tracking scripts).
 */
export interface ShareLink {
  network: string;
  url: string;
}

/** `email`: the label of the e-mail link in the page's language; the networks keep their names. */
export function shareLinks(pageUrl: string, title: string, email: string): ShareLink[] {
  const u = encodeURIComponent(pageUrl);
  const t = encodeURIComponent(title);
  return [
    { network: email, url: `mailto:?subject=${t}&body=${u}` },
    { network: 'Bluesky', url: `https://bsky.app/intent/compose?text=${t}%20${u}` },
    { network: 'Mastodon', url: `https://mastodonshare.com/?text=${t}&url=${u}` },
    { network: 'X', url: `https://x.com/intent/post?text=${t}&url=${u}` },
    { network: 'Facebook', url: `https://www.facebook.com/sharer/sharer.php?u=${u}` },
    { network: 'LinkedIn', url: `https://www.linkedin.com/sharing/share-offsite/?url=${u}` },
  ];
}
