// What a bookkeeper needs to hear when the file system says no, by node's error code.
const REASONS: ReadonlyMap<string, string> = new Map([
  ['ENOENT', 'no such file or folder'],
  ['EACCES', 'permission denied'],
  ['EPERM', 'not permitted'],
  ['EISDIR', 'it is a folder, not a file'],
  ['ENOTDIR', 'a part of the path is a file, not a folder'],
  ['ENOSPC', 'the disk is full'],
  ['EDQUOT', 'the disk quota is used up'],
  ['EROFS', 'the disk is read-only'],
  ['EMFILE', 'too many files open'],
  ['ENAMETOOLONG', 'the name is too long'],
  ['EBUSY', 'the file is in use'],
  ['ELOOP', 'too many symbolic links'],
  ['EINVAL', 'not a valid file name here'],
  ['EIO', 'a read or write error on the disk'],
  ['EXDEV', 'the temporary file is on another disk'],
  ['EEXIST', 'it already exists'],
]);

/** Whether `e` is an error from the file system (it has a code such as ENOENT). */
export function isFsError(e: unknown): e is NodeJS.ErrnoException & { code: string } {
  return typeof e === 'object' && e !== null && typeof (e as { code?: unknown }).code === 'string' && /^E[A-Z]+$/.test((e as { code: string }).code);
}

/** A file-system error in plain words (`permission denied`), without node's syscall jargon. */
export function fsErrorReason(e: unknown): string {
  if (isFsError(e)) return REASONS.get(e.code) ?? e.code;
  return e instanceof Error ? e.message : String(e);
}
