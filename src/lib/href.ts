/**
 * Route path to the href a page writes, with the deploy's base path. Kept apart from
 * urls.ts so that file stays free of build-time globals and its tests stay plain.
 */
import { withBase } from './urls';

export function href(path: string): string {
  return withBase(path, import.meta.env.BASE_URL);
}
