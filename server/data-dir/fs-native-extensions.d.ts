// Types for the two functions we use of fs-native-extensions (the package ships none). On
// Linux they are open-file-description locks (fcntl F_OFD_SETLK), elsewhere flock/LockFileEx.
declare module 'fs-native-extensions' {
  /** An exclusive (or shared) lock on the whole file; false when someone else holds one. */
  export function tryLock(fd: number, opts?: { shared?: boolean }): boolean;
  export function unlock(fd: number): void;
  const fsx: { tryLock: typeof tryLock; unlock: typeof unlock };
  export default fsx;
}
