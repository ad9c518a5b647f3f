/**
 * A content mistake, said the way an editor can act on it: which file, which field,
 * what is wrong and how to fix it. The build stops on the first one, before writing pages.
 */
export class ContentError extends Error {
  readonly file: string;
  readonly field: string;

  constructor(file: string, field: string, problem: string, fix: string) {
    super(`${file}: field "${field}": ${problem}. Fix: ${fix}.`);
    this.name = 'ContentError';
    this.file = file;
    this.field = field;
  }
}
