/**
 * Element state in the URL fragment, so a link can be shared and the back
 * button works. Keys are prefixed (`wn-q`) so several elements and the host
 * page's own fragment can share it; nothing is sent to a server.
 */
export function readFragment(prefix: string, hash = location.hash): Map<string, string> {
  const params = new URLSearchParams(hash.replace(/^#/, ''));
  const state = new Map<string, string>();
  for (const [key, value] of params) if (key.startsWith(`${prefix}-`)) state.set(key.slice(prefix.length + 1), value);
  return state;
}

export function fragmentWith(prefix: string, values: Record<string, string>, hash = location.hash): string {
  const params = new URLSearchParams(hash.replace(/^#/, ''));
  for (const key of [...params.keys()]) if (key.startsWith(`${prefix}-`)) params.delete(key);
  for (const [key, value] of Object.entries(values)) if (value) params.set(`${prefix}-${key}`, value);
  // URLSearchParams writes `~` as %7E; `~` needs no escaping in a URL, and the
  // quiz joins its answers with it: three characters each make a denser QR code.
  const text = params.toString().replace(/%7E/g, '~');
  return text ? `#${text}` : '';
}

export function writeFragment(prefix: string, values: Record<string, string>, mode: 'push' | 'replace'): void {
  const hash = fragmentWith(prefix, values);
  if (hash === location.hash || (!hash && !location.hash)) return;
  const url = `${location.pathname}${location.search}${hash}`;
  if (mode === 'push') history.pushState(history.state, '', url);
  else history.replaceState(history.state, '', url);
}

/**
 * `text` as an http(s) address (resolved against `base`), else undefined: a
 * `javascript:` or `data:` value must never become a link or a QR code, and
 * a value that is no URL at all must not stop anything.
 */
export function httpAddress(text: string, base: string): string | undefined {
  let url: URL;
  try {
    url = new URL(text, base);
  } catch {
    return undefined;
  }
  return url.protocol === 'https:' || url.protocol === 'http:' ? url.href : undefined;
}
