/**
 * A bio the importer writes for an author it meets for the first time: marked, on the page
 * too, as a placeholder an editor replaces, and listed by every build until they do.
 */
export const PLACEHOLDER_BIO_MARK = 'Placeholder bio, for an editor to replace:';

export function placeholderBio(text: string): string {
  return `${PLACEHOLDER_BIO_MARK} ${text}`;
}

export function isPlaceholderBio(bio: string): boolean {
  return bio.trimStart().startsWith(PLACEHOLDER_BIO_MARK);
}
