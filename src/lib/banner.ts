/**
 * The breaking-news banner. Editors set one message, link and expiry (content/banner.yaml);
 * the build writes it into `banner.json` while it is current, and the front page draws it in
 * its HTML. Every other page reads `banner.json` with a few lines of the reader module, so a
 * new banner never re-renders the archive. Readers' browsers stop showing it at its expiry
 * even before the next build removes it, and a reader who dismisses it does not see it again.
 */

/** Where the build writes the current banner. */
export const bannerPath = '/banner.json';

/** localStorage key: the link of the banner the reader dismissed. */
export const BANNER_DISMISSED_KEY = 'dateline-banner';

/** What `banner.json` holds: the banner, or null when there is none. */
export interface BannerFile {
  /** `locale`: the edition it is written for (its `lang`); only that edition's pages show it. */
  banner: { message: string; link: string; expiresAt: string; locale: string } | null;
}

/** The banner while it is current at `now`, for the build to publish; undefined once expired. */
export function currentBanner<B extends { expiresAt: Date }>(banner: B | undefined, now: Date): B | undefined {
  return banner && banner.expiresAt.getTime() > now.getTime() ? banner : undefined;
}

/**
 * Whether a reader's browser shows the banner: on a page of its edition (by `<html lang>`),
 * before its expiry by the reader's clock, and unless they dismissed it. A dismissal is
 * remembered by the banner's link, so editors can reword a developing story's message without
 * bringing the banner back.
 */
export function showsBanner(banner: BannerFile['banner'], now: number, dismissedLink: string | null, pageLocale: string): boolean {
  return banner !== null && banner.locale === pageLocale && Date.parse(banner.expiresAt) > now && banner.link !== dismissedLink;
}
