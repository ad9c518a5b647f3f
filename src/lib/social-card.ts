/**
 * The 1200×630 image social networks show for a shared article: its hero photo, darkened
 * at the foot, with the section and headline in the site's type. Satori lays out the text
 * (into SVG paths, so no system fonts are involved) and sharp composites it on the photo.
 *
 * Cards are cached on disk by a hash of everything drawn on them, so a rebuild of an
 * archive of thousands of stories only draws the new and changed ones.
 */
import { createHash } from 'node:crypto';
import { mkdir, readFile, rename, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import path from 'node:path';
import satori from 'satori';
import sharp from 'sharp';
import { siteConfig, type SocialCards } from '../site.config';
import { SOCIAL_CARD } from './metadata';

const CARD_MODES: readonly SocialCards[] = ['without-photo', 'all', 'off'];
const override = process.env.SOCIAL_CARDS as SocialCards | undefined;
if (override !== undefined && !CARD_MODES.includes(override)) {
  throw new Error(`SOCIAL_CARDS=${override} is not one of ${CARD_MODES.join(', ')}`);
}
/** Which stories get a card in this build: the site config, unless SOCIAL_CARDS says otherwise. */
const cardMode: SocialCards = override ?? siteConfig.socialCards;

/**
 * Whether a story is shared with a drawn card. Drawing only the cards a story needs keeps the
 * first build of a large archive fast and dist/ within hosts' file caps: a photo is already
 * the best image a shared story can show.
 */
export function hasSocialCard(story: { hero?: { image?: unknown } | undefined }): boolean {
  return cardMode === 'all' || (cardMode === 'without-photo' && !story.hero?.image);
}

const { width: CARD_WIDTH, height: CARD_HEIGHT } = SOCIAL_CARD;
/** Bump when the card design changes, so cached cards are redrawn. */
const DESIGN_VERSION = 2;

const COLORS = { ink: '#17171a', paper: '#fdfcf9', accent: '#ff8a80' };

export interface CardContent {
  headline: string;
  section: string;
  siteName: string;
  /** Absolute path of the hero photo, if the story has one. */
  heroFile: string | undefined;
}

const require = createRequire(import.meta.url);
const fontFile = (pkg: string, file: string) => readFile(require.resolve(`${pkg}/files/${file}`));

let fonts: ReturnType<typeof loadFonts> | undefined;

/**
 * Satori reads TTF, OTF and WOFF (not WOFF2): the @fontsource packages ship WOFF files. Each
 * face comes in subsets by script; Latin and Cyrillic cover the shipped editions' headlines.
 * Each subset has a name of its own, listed in the font stacks below: satori keeps one font
 * per name and weight, so a Cyrillic subset named "Serif" too would be ignored (every letter a
 * "no glyph" box).
 */
async function loadFonts() {
  const faces = [
    ['Serif', '@fontsource/source-serif-4', 'source-serif-4-latin-700-normal.woff'],
    ['Serif Latin Ext', '@fontsource/source-serif-4', 'source-serif-4-latin-ext-700-normal.woff'],
    ['Serif Cyrillic', '@fontsource/source-serif-4', 'source-serif-4-cyrillic-700-normal.woff'],
    ['Sans', '@fontsource/inter', 'inter-latin-700-normal.woff'],
    ['Sans Cyrillic', '@fontsource/inter', 'inter-cyrillic-700-normal.woff'],
  ] as const;
  return Promise.all(
    faces.map(async ([name, pkg, file]) => ({ name, data: await fontFile(pkg, file), weight: 700 as const, style: 'normal' as const })),
  );
}

const SERIF = 'Serif, Serif Latin Ext, Serif Cyrillic';
const SANS = 'Sans, Sans Cyrillic';

/** Long headlines get smaller type so they fit in four lines. */
export function headlineSize(headline: string): number {
  if (headline.length <= 50) return 68;
  if (headline.length <= 90) return 58;
  if (headline.length <= 140) return 48;
  return 40;
}

interface Element {
  type: string;
  props: { style: Record<string, string | number>; children?: string | Element | Element[] };
}

const el = (style: Element['props']['style'], children?: Element['props']['children']): Element => ({
  type: 'div',
  props: { style, ...(children === undefined ? {} : { children }) },
});

function overlay(content: CardContent): Element {
  return el(
    {
      width: CARD_WIDTH,
      height: CARD_HEIGHT,
      boxSizing: 'border-box',
      display: 'flex',
      flexDirection: 'column',
      justifyContent: 'flex-end',
      padding: '56px 64px',
      color: COLORS.paper,
      backgroundImage: content.heroFile
        ? 'linear-gradient(to bottom, rgba(20,20,22,0) 15%, rgba(20,20,22,0.92) 62%)'
        : `linear-gradient(135deg, ${COLORS.ink} 0%, #2a2a31 100%)`,
    },
    [
      el({ fontFamily: SANS, fontSize: 28, color: COLORS.accent, textTransform: 'uppercase', letterSpacing: 2 }, content.section),
      el(
        { fontFamily: SERIF, fontSize: headlineSize(content.headline), lineHeight: 1.12, marginTop: 16, lineClamp: 4, display: 'block' },
        content.headline,
      ),
      el({ fontFamily: SANS, fontSize: 26, marginTop: 28, opacity: 0.85 }, content.siteName),
    ],
  );
}

/** The card as a JPEG, drawn now. */
export async function drawCard(content: CardContent): Promise<Buffer> {
  // Satori takes React-shaped elements; plain objects of that shape need no React.
  const svg = await satori(overlay(content) as never, { width: CARD_WIDTH, height: CARD_HEIGHT, fonts: await (fonts ??= loadFonts()) });
  const background = content.heroFile
    ? sharp(content.heroFile).resize(CARD_WIDTH, CARD_HEIGHT, { fit: 'cover' })
    : sharp({ create: { width: CARD_WIDTH, height: CARD_HEIGHT, channels: 3, background: COLORS.ink } });
  return background
    .composite([{ input: Buffer.from(svg) }])
    .jpeg({ quality: 80, progressive: true })
    .toBuffer();
}

/** A hash of everything that shows on the card, including the photo's bytes. */
export async function cardKey(content: CardContent): Promise<string> {
  const hash = createHash('sha256').update(JSON.stringify([DESIGN_VERSION, content.headline, content.section, content.siteName]));
  if (content.heroFile) hash.update(await readFile(content.heroFile));
  return hash.digest('hex').slice(0, 32);
}

/** The card from the cache when nothing on it changed, else drawn and cached. */
export async function socialCard(content: CardContent, cacheDir: string): Promise<Buffer> {
  const file = path.join(cacheDir, `${await cardKey(content)}.jpg`);
  try {
    return await readFile(file);
  } catch {
    const card = await drawCard(content);
    await mkdir(cacheDir, { recursive: true });
    // Written aside and renamed, so a build that dies mid-write leaves no broken card behind.
    const partial = `${file}.${process.pid}.partial`;
    await writeFile(partial, card);
    await rename(partial, file);
    return card;
  }
}
