/**
 * Files an element makes in the browser (the directory's CSV and vCard) and
 * offers as a `blob:` download. The kiosk turns a download into a QR code and
 * must read the file: fetching the `blob:` URL is refused by the
 * `connect-src 'self'` of the documented policy, so the text is kept here,
 * by URL, for as long as the URL lives.
 */
const madeFiles = new Map<string, string>();

/** Offers `content` as a file named `filename` through a hidden link clicked inside `root`. */
export function saveFile(root: Node & ParentNode, content: string, type: string, filename: string): void {
  const url = URL.createObjectURL(new Blob([content], { type }));
  madeFiles.set(url, content);
  const a = document.createElement('a');
  a.href = url;
  a.download = filename;
  a.hidden = true;
  root.appendChild(a);
  a.click();
  a.remove();
  setTimeout(() => {
    URL.revokeObjectURL(url);
    madeFiles.delete(url);
  }, 10_000);
}

/** The text of a file saveFile() made, or undefined for any other URL. */
export function madeFileText(url: string): string | undefined {
  return madeFiles.get(url);
}
