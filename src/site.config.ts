/**
 * The one place a newsroom configures its site. Everything else (pages, feeds, head tags,
 * tests) reads from here, so renaming the site or moving it is a one-file change.
 *
 * `SITE_URL` and `BASE_PATH` in the environment override `url` and `basePath` at build time
 * (see astro.config.mjs), so the same commit can be deployed to a preview host or a sub-path.
 */
/** Which stories get a drawn social card (see socialCards below). */
export type SocialCards = 'without-photo' | 'all' | 'off';

export const siteConfig = {
  name: 'Dateline',
  // The tagline and description are words of an edition: src/strings/<lang>.ts.
  /** Canonical origin of the production site, without a trailing slash. */
  url: 'https://dateline.example',
  /** Path the site is served under; `/` for the root of a domain. */
  basePath: '/',
  /**
   * The site's editions, one per language; the first is the default, served at the root, and
   * each other one under /<lang>/ (see README: Editions). An article belongs to the edition its
   * `lang` names (the default when it names none). Adding one: an entry here and a strings
   * file, src/strings/<lang>.ts.
   * lang: the URL segment and the `lang` of articles; locale: BCP 47 tag for `<html lang>` and
   * for dates and numbers; timeZone: the IANA zone dates are shown in and archives are cut by;
   * zoneName (optional): how times name the zone when the locale's own short name reads badly
   * (Russian has "GMT+3" where readers expect "МСК"); wordsPerMinute (optional): reading speed
   * in the language, for "N min read" (Russian words are longer: about 180 a minute).
   */
  editions: [
    { lang: 'en', name: 'English', locale: 'en-GB', timeZone: 'Europe/London' },
    { lang: 'ru', name: 'Русский', locale: 'ru-RU', timeZone: 'Europe/Moscow', zoneName: 'МСК', wordsPerMinute: 180 },
  ],
  /** Order of sections in navigation and on the front page; ids from content/sections/. */
  sectionOrder: ['world', 'politics', 'business', 'science', 'culture'],
  /** The publisher, as search engines and social cards name it. */
  organization: {
    name: 'Dateline',
    logo: '/logo.png',
    logoWidth: 512,
    logoHeight: 512,
  },
  /** Stories per page on section, author, tag and archive lists. */
  pageSize: 10,
  /** Average adult silent reading speed, used for the "N min read" label. */
  wordsPerMinute: 230,
  /** `npm run import`: where stories go and how sources are named when they do not say. */
  import: {
    /** Section of a story whose source names none, when no --section flag is given. */
    defaultSection: 'world',
    /** Publisher names by host, for sources that give only the original URL. */
    publishers: { 'themoscowtimes.com': 'The Moscow Times' },
    /** Bylines that are news agencies: a new author file for them says `kind: agency`. */
    agencies: [
      'AFP',
      'Agence France-Presse',
      'AP',
      'Associated Press',
      'Reuters',
      'dpa',
      'EFE',
      'ANSA',
      'PA Media',
      'Kyodo',
      'Xinhua',
      'TASS',
      'UPI',
    ],
  },
  /**
   * A 1200×630 card (section and headline on the site's colours) for social networks to show
   * when a story is shared. 'without-photo': only stories that have no hero photo get one; a
   * story with a photo is shared with the photo itself, as news sites do. 'all': every story's
   * card shows its photo under the headline (a first build draws each in about 0.1 s, and each
   * is one more file per story in dist/). 'off': none. SOCIAL_CARDS=… overrides it for one build.
   */
  socialCards: 'without-photo' as SocialCards,
  feeds: {
    /** Newest stories in each feed: enough for a reader that polls daily, small enough to fetch often. */
    items: 50,
    /** 'full': the whole article in the feed; 'summary': headline, standfirst and a link. */
    content: 'full' as 'full' | 'summary',
  },
  /**
   * Offline reading: a service worker keeps the articles a reader opened or saved, and the
   * saved list, readable without a connection. `false` ships no worker and removes any
   * worker an earlier deploy installed.
   */
  offline: true,
} as const;

export type SiteConfig = typeof siteConfig;
