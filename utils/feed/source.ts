import { HOST_MATCHES } from '@/utils/hosts/origins';

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

/**
 * The one host permission a feed needs, e.g. `https://calendar.example.com/*`: that host, over
 * https. No port: match patterns in Firefox take none, and in Chrome one without a port covers
 * them all, so the pattern is the same in both.
 */
export function feedOriginPattern(url: URL): string {
  return `https://${url.hostname}/*`;
}

/** Hosts Baton holds from install (its content scripts' origins): never asked for again, never given back. */
export function isInstallOrigin(pattern: string): boolean {
  return (HOST_MATCHES as readonly string[]).includes(pattern);
}
