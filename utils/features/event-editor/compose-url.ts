import type { EventEditorSurface } from '@/utils/hosts/types';

/**
 * The written-update mail that replaces a meeting: a compose URL for the mail app that belongs
 * with the calendar (Gmail's `view=cm`, Outlook's deeplink). Every value is URL-encoded, so
 * attacker-controlled titles and names stay data.
 */
export interface UpdateMail {
  to: string[];
  subject: string;
  body: string;
}

export function composeUrl(app: EventEditorSurface['composeApp'], mail: UpdateMail, origin?: string): string {
  const q = (pairs: Array<[string, string]>) => pairs.map(([k, v]) => `${k}=${encodeURIComponent(v)}`).join('&');
  if (app === 'outlook') {
    // Outlook's deeplink takes ';'-separated addresses; it opens on the Outlook the user is on.
    const base = origin && /^https:\/\/[^/]+$/.test(origin) ? origin : 'https://outlook.office.com';
    return `${base}/mail/deeplink/compose?${q([['to', mail.to.join(';')], ['subject', mail.subject], ['body', mail.body]])}`;
  }
  return `https://mail.google.com/mail/?${q([['view', 'cm'], ['fs', '1'], ['to', mail.to.join(',')], ['su', mail.subject], ['body', mail.body]])}`;
}

/**
 * The template: context, what changed, the decision needed and by when, how to reply. `when` is
 * the meeting's time as the user reads it — the update stands in for the meeting, so answers
 * are due by then.
 */
export function updateMail(input: { title: string; to: string[]; when: string | null }): UpdateMail {
  const title = input.title.trim() || 'Our meeting';
  const by = input.when ?? 'the end of the week';
  const body = [
    'Hi all,',
    '',
    `Instead of meeting for "${title}", here is a written update so everyone can read it in their own working hours.`,
    '',
    'Context:',
    '- ',
    '',
    'What changed:',
    '- ',
    '',
    `Decision needed (by ${by}):`,
    '- ',
    '',
    `How to reply: reply to all with your view, questions or a simple "agree" by ${by}. If it needs a live conversation after all, say so and we will find a time that works for everyone.`,
    '',
    'Thanks!',
  ].join('\n');
  return { to: input.to, subject: title, body };
}

/** Only web addresses may become links: a stored `javascript:` URL must never run. */
export function safeWebUrl(value: string | null | undefined): string | null {
  if (!value) return null;
  try {
    const url = new URL(value.trim());
    return url.protocol === 'https:' || url.protocol === 'http:' ? url.href : null;
  } catch {
    return null;
  }
}
