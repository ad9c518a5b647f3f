import { describe, expect, it } from 'vitest';
import { calendarParts, formatDate, formatDateTime, formatMonth, isoDateTime } from '../../src/lib/dates';

describe('dates in the site time zone', () => {
  it('dates a story by the site zone, not UTC: 23:30 UTC on 30 June is 1 July in London', () => {
    const late = new Date('2025-06-30T23:30:00Z');
    expect(calendarParts(late, 'Europe/London')).toEqual({ year: '2025', month: '07', day: '01' });
    expect(calendarParts(late, 'UTC')).toEqual({ year: '2025', month: '06', day: '30' });
  });

  it('shows the reference article date as 27 June 2025', () => {
    expect(formatDate(new Date('2025-06-27T12:00:00+01:00'), 'en-GB', 'Europe/London')).toBe('27 June 2025');
    expect(formatDate(new Date('2025-06-27T12:00:00+01:00'), 'en-US', 'Europe/London')).toBe('June 27, 2025');
  });

  it('shows time with the zone abbreviation, switching between GMT and BST', () => {
    expect(formatDateTime(new Date('2025-06-27T11:00:00Z'), 'en-GB', 'Europe/London')).toBe('27 June 2025 at 12:00 BST');
    expect(formatDateTime(new Date('2025-12-01T09:05:00Z'), 'en-GB', 'Europe/London')).toBe('1 December 2025 at 09:05 GMT');
  });

  it('names a month for archive headings', () => {
    expect(formatMonth(2025, 6, 'en-GB')).toBe('June 2025');
  });

  it('writes machine-readable instants in UTC', () => {
    expect(isoDateTime(new Date('2025-06-27T12:00:00+01:00'))).toBe('2025-06-27T11:00:00.000Z');
  });
});
