/**
 * Instants written the way frontmatter wants them: ISO 8601 with the site zone's offset
 * ("2025-06-27T12:00:00+01:00"), and wall-clock times in that zone turned into instants.
 * Used by the importer and the article scaffold, which both stamp dates for editors.
 */

export interface WallTime {
  year: number;
  month: number;
  day: number;
  hour?: number | undefined;
  minute?: number | undefined;
  second?: number | undefined;
}

/** Minutes the zone is ahead of UTC at that instant (60 for London in summer). */
export function zoneOffsetMinutes(date: Date, timeZone: string): number {
  const parts = new Intl.DateTimeFormat('en-US', {
    timeZone,
    hourCycle: 'h23',
    year: 'numeric',
    month: 'numeric',
    day: 'numeric',
    hour: 'numeric',
    minute: 'numeric',
    second: 'numeric',
  }).formatToParts(date);
  const part = (type: Intl.DateTimeFormatPartTypes) => Number(parts.find((p) => p.type === type)?.value);
  const asUtc = Date.UTC(part('year'), part('month') - 1, part('day'), part('hour'), part('minute'), part('second'));
  return Math.round((asUtc - Math.floor(date.getTime() / 1000) * 1000) / 60_000);
}

/** "2025-06-27T12:00:00+01:00": the instant as the site zone's clock shows it, with the offset. */
export function zonedIso(date: Date, timeZone: string): string {
  const offset = zoneOffsetMinutes(date, timeZone);
  const local = new Date(Math.floor(date.getTime() / 1000) * 1000 + offset * 60_000).toISOString().slice(0, 19);
  const sign = offset < 0 ? '-' : '+';
  const hours = String(Math.floor(Math.abs(offset) / 60)).padStart(2, '0');
  const minutes = String(Math.abs(offset) % 60).padStart(2, '0');
  return `${local}${sign}${hours}:${minutes}`;
}

/** The instant a clock in the zone shows the given wall time (noon when no time is given). */
export function fromWallTime(wall: WallTime, timeZone: string): Date {
  const asUtc = Date.UTC(wall.year, wall.month - 1, wall.day, wall.hour ?? 12, wall.minute ?? 0, wall.second ?? 0);
  const first = new Date(asUtc - zoneOffsetMinutes(new Date(asUtc), timeZone) * 60_000);
  // Near a clock change the offset at the guess can differ from the offset at the answer.
  return new Date(asUtc - zoneOffsetMinutes(first, timeZone) * 60_000);
}
