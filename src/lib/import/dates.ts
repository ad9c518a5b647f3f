/**
 * Dates as sources write them, turned into the instant an article is published. A date
 * without a time ("June 27, 2025") is stamped at noon in the site's zone, so no conversion
 * can move the story to another day; a time without a zone is read as the site's clock.
 */
import { fromWallTime, zonedIso, type WallTime } from '../zoned.ts';

const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];

function monthNumber(name: string): number | undefined {
  const index = MONTHS.indexOf(name.slice(0, 3).toLowerCase());
  return index < 0 ? undefined : index + 1;
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
  // ISO 8601 with a zone, or RFC 822 as RSS writes it ("Fri, 27 Jun 2025 09:00:00 GMT").
  const instant = new Date(value);
  return /\d{1,2}:\d{2}/.test(value) && !Number.isNaN(instant.getTime()) ? zonedIso(instant, timeZone) : undefined;
}
