/**
 * A person's stable key (utils/team/types.ts): the lower-case email, or `name:<name>` for a
 * person known only by name, with case and runs of spaces not counting.
 */
export function personId(email: string | undefined, name: string | undefined): string {
  const address = (email ?? '').trim().toLowerCase();
  if (address) return address;
  return `name:${(name ?? '').trim().replace(/\s+/g, ' ').toLowerCase()}`;
}
