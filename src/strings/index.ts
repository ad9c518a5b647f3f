/**
 * The interface's words for a page: its edition from its URL, that edition's strings file,
 * and links within the edition. Components call `ui(Astro.url)` rather than take the edition
 * as a prop, so no component between a page and a label has to pass it on.
 */
import { editionOfPage, inEdition, type Edition, type EditionLang } from '../lib/editions';
import { href } from '../lib/href';
import { plural, type Plural } from '../lib/plural';
import { en, type Strings } from './en';
import { ru } from './ru';

/** One strings file per edition: an edition added to the site config without one fails `astro check`. */
const stringsByLang: Record<EditionLang, Strings> = { en, ru };

export function stringsFor(edition: Pick<Edition, 'lang'>): Strings {
  return stringsByLang[edition.lang];
}

export interface PageUi {
  edition: Edition;
  t: Strings;
  /** The href of a path of this page's edition ("/world/" is "/ru/world/" on a Russian page), with the base path. */
  to: (path: string) => string;
  /** A counted phrase in the edition's language. */
  count: (forms: Plural, n: number) => string;
}

export function ui(url: URL): PageUi {
  const edition = editionOfPage(url.pathname, import.meta.env.BASE_URL);
  return {
    edition,
    t: stringsFor(edition),
    to: (path) => href(inEdition(edition, path)),
    count: (forms, n) => plural(forms, n, edition.locale),
  };
}
