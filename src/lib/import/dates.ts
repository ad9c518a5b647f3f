/**
 * Dates as sources write them, turned into the instant an article is published. A date
 * without a time ("June 27, 2025") is stamped at noon in the site's zone, so no conversion
 * can move the story to another day; a time without a zone is read as the site's clock.
 */
import { fromWallTime, zonedIso, type WallTime } from '../zoned.ts';

const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];

/**
 * Month names feeds write in other languages (RSS dates are meant to be English, but many
 * CMSs localise them): Portuguese, Spanish, French, German, Italian, Dutch, Russian.
 */
const LOCAL_MONTHS: Record<string, number> = {
  ...Object.fromEntries(
    [
      ['jan', 'ene', 'gen', 'janv', 'янв'],
      ['fev', 'fév', 'févr', 'feb', 'фев'],
      ['mar', 'mär', 'mrz', 'mrt', 'mars', 'мар'],
      ['abr', 'avr', 'apr', 'апр'],
      ['mai', 'mei', 'mag', 'may', 'мая', 'май'],
      ['jun', 'juin', 'giu', 'июн'],
      ['jul', 'juil', 'lug', 'июл'],
      ['ago', 'aoû', 'aou', 'aug', 'авг'],
      ['set', 'sep', 'sept', 'сен'],
      ['out', 'oct', 'okt', 'ott', 'окт'],
      ['nov', 'ноя'],
      ['dez', 'dic', 'déc', 'dec', 'дек'],
    ].flatMap((names, i) => names.map((name) => [name, i + 1])),
  ),
};

function monthNumber(name: string): number | undefined {
  const lower = name.toLowerCase().replace(/\.$/, '');
  for (const length of [4, 3]) {
    const month = LOCAL_MONTHS[lower.slice(0, length)];
    if (month) return month;
  }
  const index = MONTHS.indexOf(lower.slice(0, 3));
  return index < 0 ? undefined : index + 1;
}

/** "Seg, 24 Set 2018 19:32:00 -0300": RFC 822 with the day and month names in any language above. */
const LOCALISED =
  /^(?:\p{L}+\.?,?\s+)?(\d{1,2})\.?\s+(\p{L}+)\.?,?\s+(\d{4}),?\s+(\d{1,2}):(\d{2})(?::(\d{2}))?\s*(Z|UTC|GMT|UT|[+-]\d{2}:?\d{2})?$/iu;

function localisedInstant(value: string): Date | undefined {
  const match = LOCALISED.exec(value);
  const month = match?.[2] ? monthNumber(match[2]) : undefined;
  if (!match || !month) return undefined;
  const [, day = '', , year = '', hour = '', minute = '', second = '00', zone = 'Z'] = match;
  const offset = /^[+-]/.test(zone) ? zone.replace(/^([+-]\d{2}):?(\d{2})$/, '$1:$2') : 'Z';
  const pad = (n: string) => n.padStart(2, '0');
  const instant = new Date(`${year}-${pad(String(month))}-${pad(day)}T${pad(hour)}:${minute}:${second}${offset}`);
  return Number.isNaN(instant.getTime()) ? undefined : instant;
}

/** The publication instant as frontmatter writes it, or undefined when the text is not a date. */
export function parseSourceDate(text: string, timeZone: string): string | undefined {
  const value = text.trim();
  const at = (wall: WallTime) => zonedIso(fromWallTime(wall, timeZone), timeZone);
  const iso = /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2}))?(?:\.\d+)?)?$/.exec(value);
  if (iso) {
    const [year = 0, month = 0, day = 0, hour, minute, second] = iso.slice(1).map((n) => (n === undefined ? undefined : Number(n)));
    return at({ year, month, day, hour, minute, second });
  }
  const monthFirst = /^(?:[A-Za-z]+,?\s+)?([A-Za-z]+)\.?\s+(\d{1,2}),?\s+(\d{4})$/.exec(value);
  const dayFirst = /^(?:[A-Za-z]+,?\s+)?(\d{1,2})\s+([A-Za-z]+)\.?,?\s+(\d{4})$/.exec(value);
  const [monthName = '', day = '', year = ''] = monthFirst
    ? [monthFirst[1], monthFirst[2], monthFirst[3]]
    : dayFirst
      ? [dayFirst[2], dayFirst[1], dayFirst[3]]
      : [];
  const month = monthNumber(monthName);
  if (month && day && year) return at({ year: Number(year), month, day: Number(day) });
  // ISO 8601 with a zone, or RFC 822 as RSS writes it ("Fri, 27 Jun 2025 09:00:00 GMT"), in English or not.
  // Date() reads almost anything ("2015 8:02 pm UTC" is a date to it), so it gets only text with a month or an ISO day.
  const dated = /^\d{4}-\d{2}-\d{2}T/.test(value) || /\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\b/i.test(value);
  const instant = localisedInstant(value) ?? (dated ? new Date(value) : new Date(NaN));
  return /\d{1,2}:\d{2}/.test(value) && !Number.isNaN(instant.getTime()) ? zonedIso(instant, timeZone) : undefined;
}
