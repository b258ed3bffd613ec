// Saves a Blob as a file through a temporary object URL and link: the one way that works in
// Chromium on Android without any permission.
export function downloadBlob(blob: Blob, fileName: string): void {
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.rel = 'noopener';
  document.body.append(link);
  link.click();
  link.remove();
  // The download has started by the time the click returns; a delay covers slow devices.
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
