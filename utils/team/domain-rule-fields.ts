import { checkSchedule, type FieldProblem, type PersonFields } from './person-fields';
import type { DomainRule } from './types';

/** `example.com` (that domain) or `*.co.jp` (any domain ending in .co.jp). */
const PATTERN = /^(\*\.)?([a-z0-9](?:[a-z0-9-]*[a-z0-9])?\.)*[a-z0-9](?:[a-z0-9-]*[a-z0-9])?$/;

export interface DomainRuleProblem {
  field: 'pattern' | FieldProblem['field'];
  message: string;
}

export function checkDomainRule(pattern: string, fields: PersonFields): { rule: DomainRule | null; problems: DomainRuleProblem[] } {
  const problems: DomainRuleProblem[] = [];
  const text = pattern.trim().toLowerCase().replace(/^@/, '');
  if (!text) problems.push({ field: 'pattern', message: 'needs a domain, like example.com or *.co.jp' });
  else if (!PATTERN.test(text) || !text.replace(/^\*\./, '').includes('.')) {
    problems.push({ field: 'pattern', message: `"${pattern.trim()}" is not a domain like example.com or *.co.jp` });
  }
  const scheduleProblems: FieldProblem[] = [];
  const schedule = checkSchedule(fields, scheduleProblems);
  problems.push(...scheduleProblems);
  if (problems.length > 0 || !schedule) return { rule: null, problems };
  return { rule: { pattern: text, ...schedule }, problems };
}
