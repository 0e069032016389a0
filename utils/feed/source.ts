/**
 * The feed address the user pasted: which URLs Baton accepts, and the origin it must be allowed
 * to read. webcal:// (what "subscribe" links use) is the same feed over https.
 */
export function normalizeFeedUrl(input: string): URL | null {
  const text = input.trim().replace(/^webcals?:\/\//i, 'https://');
  let url: URL;
  try {
    url = new URL(text);
  } catch {
    return null;
  }
  // Secret addresses travel over https only; nothing else may be fetched.
  if (url.protocol !== 'https:' || !url.hostname) return null;
  return url;
}

/** The host-permission pattern for the feed's origin, e.g. `https://calendar.example.com/*`. */
export function feedOriginPattern(url: URL): string {
  return `${url.origin}/*`;
}
