/**
 * Every word of the interface in English: the default edition's strings file. Another
 * edition's file (ru.ts) must give every key (TypeScript checks it against this one), so no
 * page of it can fall back to English. Text from content (headlines, names) never comes here.
 *
 * Counted words are plural forms chosen by Intl.PluralRules for the edition's locale
 * (see src/lib/plural.ts): English uses one and other.
 */
import type { Plural } from '../lib/plural';

export const en = {
  tagline: 'Independent news, built to last',
  /** The site's description: the front page's meta description and the site feed's. */
  description: 'Dateline is an independent news site: reporting, analysis and agency wires, published as plain, fast, accessible pages.',
  skipToContent: 'Skip to content',
  siteNav: 'Site',
  sectionsNav: 'Sections',
  allSections: 'All sections',
  about: 'About',
  authors: 'Authors',
  tags: 'Tags',
  archive: 'Archive',
  search: 'Search',
  searchTheNews: 'Search the news',
  saved: 'Saved',
  display: 'Display',
  sampleNotice: 'Demo site: most stories are invented.',
  sampleContent: 'Sample content',

  frontPage: { topStories: 'Top stories', latest: 'Latest', latestStories: 'Latest stories', allInArchive: 'All stories in the archive' },

  card: { latest: 'Latest', save: 'Save' },
  byline: {
    by: 'By',
    and: ' and ',
    from: (name: string) => `From ${name}`,
  },
  dateline: {
    published: 'Published',
    updated: 'Updated',
    minutesRead: { one: '{n} min read', other: '{n} min read' },
  },
  article: {
    readOnline: (url: string) => `Read online at ${url}`,
    originallyPublishedBy: (name: string) => `Originally published by ${name}`,
    relatedStories: 'Related stories',
    relatedArticle: 'Related article',
    relatedArticleLine: 'Related article:',
    share: 'Share',
    email: 'Email',
    shareThisStory: 'Share this story',
    moreIn: (section: string) => `More in ${section}`,
    previousIn: (section: string) => `Previous in ${section}`,
    nextIn: (section: string) => `Next in ${section}`,
    highlighting: 'Highlighting',
    fromYourSearch: 'from your search.',
    clearHighlighting: 'Clear highlighting',
    draft: 'Draft: not published',
    scheduled: 'Scheduled: not yet published',
    draftPreview: 'Draft preview: this article is not published. Set draft: false to publish it.',
    scheduledPreview: (when: string) => `Scheduled preview: this article is not public until ${when}.`,
    live: 'Live',
  },
  list: {
    /** A numbered list page (counted from the oldest) and the days its stories span. */
    page: (n: number, from: string, to: string) =>
      from === to ? `Page ${n}: stories of ${from}` : `Page ${n}: stories from ${from} to ${to}`,
    pageTitle: (heading: string, n: number) => `${heading}, page ${n}`,
    pagination: 'Pagination',
    pageLabel: (n: number) => `Page ${n}`,
    /** The link to a list's front, which holds its newest stories. */
    front: 'Latest',
    frontLabel: 'Latest stories',
    newer: 'Newer',
    older: 'Older',
    section: 'Section',
    tag: 'Tag',
    tagTitle: (tag: string) => `Tag: ${tag}`,
    author: 'Author',
    newsAgency: 'News agency',
    stories: { one: '{n} story', other: '{n} stories' },
    taggedDescription: (count: number, tag: string) => `All ${count} stories tagged ${tag}, newest first.`,
    tagged: (tag: string) => `Stories tagged ${tag}, newest first.`,
  },
  sectionsPage: {
    description: (site: string) => `Every section of ${site} with its latest headlines.`,
    latestIn: (section: string) => `Latest in ${section}`,
  },
  authorsPage: { description: (site: string) => `The reporters and news agencies behind ${site}.` },
  tagsPage: { description: 'Every topic we tag stories with, from A to Z.' },
  archivePage: {
    description: (site: string) => `Every story ${site} has published, by year and month.`,
    yearTitle: (year: string) => `Archive ${year}`,
    yearDescription: (count: number, site: string, year: string) => `The ${count} stories ${site} published in ${year}, by month.`,
    allFromMonth: (count: number, month: string) => `All ${count} stories from ${month}`,
    monthDescription: (month: string) => `Every story published in ${month}, newest first.`,
  },
  searchPage: {
    description: (site: string) => `Search every story ${site} has published.`,
    searchStories: { one: 'Search {n} story', other: 'Search {n} stories' },
    placeholder: 'A word, a name or a phrase',
    order: 'Order',
    mostRelevant: 'Most relevant',
    newestFirst: 'Newest first',
    noScript: 'Search needs JavaScript, which is turned off in your browser. You can still browse every story by',
    bySection: 'section',
    byTag: 'tag',
    byDate: 'date',
    or: 'or',
    results: 'Search results',
    loadMore: 'Load more results',
    filterToggle: 'Filter by section, author, tag or year',
    filterResults: 'Filter results',
  },
  /** What the search page's script says; {n} and {query} are filled in by it. */
  searchClient: {
    facets: { section: 'Section', author: 'Author', tag: 'Tag', year: 'Year' },
    notBuilt: 'The search index has not been built yet. Run "npm run build" once; "npm run dev" then searches the last build.',
    unavailable: 'Search is unavailable: the search index could not be loaded. Please try again later, or browse by section or date.',
    loadingFilters: 'Loading filters…',
    prompt: 'Type a word, a name or a phrase to search every story, or pick a section, author, tag or year.',
    tooShort: 'Type at least two letters.',
    forQuery: ' for “{query}”',
    noneFound: 'No stories found{for}. Check the spelling, try fewer or different words.',
    noneFoundFiltered: 'No stories found{for}. Check the spelling, try fewer or different words, or remove a filter.',
    found: { one: '{n} story found{for}.', other: '{n} stories found{for}.' },
    loading: 'Loading search…',
  },
  /** The reader module's marks on story cards. */
  readerClient: { read: 'Read', new: 'New' },
  preferences: {
    label: 'Reading preferences',
    theme: 'Theme',
    system: 'System',
    light: 'Light',
    dark: 'Dark',
    sepia: 'Sepia',
    textSize: 'Text size',
    small: 'Small',
    standard: 'Standard',
    large: 'Large',
    larger: 'Larger',
    largest: 'Largest',
    lineWidth: 'Line width',
    narrow: 'Narrow',
    wide: 'Wide',
    keptHere: 'Kept in this browser only. Press',
    forShortcuts: 'for keyboard shortcuts.',
  },
  shortcuts: {
    heading: 'Keyboard shortcuts',
    next: 'Next story in the list',
    previous: 'Previous story in the list',
    save: 'Save or unsave the story in focus (on a story page: that story)',
    search: 'Search',
    help: 'Show these shortcuts',
    close: 'Close',
  },
  banner: { label: 'Breaking news', breaking: 'Breaking', dismiss: 'Dismiss', dismissWhat: ' breaking news' },
  aboutPage: {
    title: 'About',
    heading: (site: string) => `About ${site}`,
    description: (site: string) => `What ${site} is, how it works and how to reach the newsroom.`,
    readingHeading: 'What you are reading',
    reading:
      'Stories come from our own reporters and from news agencies and partner publishers. A story from another publisher says so under its text, with a link to where it first appeared.',
    samples:
      'When a notice at the top of every page says this is a demonstration site, most stories are sample content: invented, neutral stories about fictional places that show how the site works. They are not news.',
    builtHeading: 'How this site is built',
    built:
      'Every page is a plain HTML file built ahead of time. Pages work without JavaScript; only search and the reader features use it, and nothing is loaded from other sites while you read. Your display preferences, saved stories and the stories you have read stay in your own browser: there is no account and nothing is sent to us.',
    browseBy: 'Browse by',
    section: 'section',
    author: 'author',
    tag: 'tag',
    date: 'date',
    or: 'or',
  },
  notFound: {
    title: 'Page not found',
    description: 'This page does not exist. Search the news or read the latest stories.',
    lost: 'We could not find that page. It may have moved, or the link may be mistyped.',
    goTo: 'Go to the',
    frontPage: 'front page',
    browseThe: ', browse the',
    archive: 'archive',
    orSearch: ', or search:',
    /** The 404 page is one file for every edition (static hosts serve the root 404.html), so it offers each other edition's front page in that edition's words. */
    editionFrontPage: 'Front page of the English edition',
  },
  offlinePage: {
    title: 'You are offline',
    description: 'This page is not available offline.',
    notKept:
      'This page has not been saved on this device, so it cannot open without a connection. It will open as soon as you are back online.',
    available: 'Available offline: your',
    savedStories: 'saved stories',
    andOpened: 'and the stories you have opened here.',
    readOffline: 'Stories you can read offline',
    listLabel: 'Stories available offline',
    empty: 'No stories are kept on this device yet. Stories you open or save while online will be.',
  },
  savedPage: {
    title: 'Saved stories',
    description: 'Stories you saved to read later, kept in this browser only.',
    intro: 'Stories you save stay in this browser only: no account, nothing sent to us. Saved stories can be read offline on this device.',
    noScript: 'Saving stories needs JavaScript, which is turned off in your browser. Every story is still on the',
    frontPage: 'front page',
    andInThe: 'and in the',
    archive: 'archive',
    emptyBefore: 'You have not saved any stories yet. Use the',
    emptyAfter: 'button on a story, or press',
    emptyEnd: 'on a list.',
    removeAll: 'Remove all saved stories',
    remove: 'Remove',
  },
  /** What the saved and offline lists' script says. */
  shelfClient: { removed: 'Removed “{title}”.', allRemoved: 'All saved stories removed.' },
} as const;

/** The shape every strings file gives: the same keys, any words. */
export type Strings = Widen<typeof en>;

type Widen<T> = T extends string
  ? string
  : T extends (...args: infer A) => string
    ? (...args: A) => string
    : T extends { other: string }
      ? Plural
      : { [K in keyof T]: Widen<T[K]> };
