import { findEventForms, findTimeFields, outlookEventSurface, readEventForm } from '@/utils/hosts/outlook/event-form';
import { createLogger } from '@/utils/hosts/logger';
import { chip, h, well } from './dom-helpers';

const log = createLogger('outlook-test', { warn: vi.fn() });

beforeEach(() => {
  document.body.replaceChildren();
  document.documentElement.lang = 'en-US';
});

interface FormOptions {
  title?: string;
  guests?: HTMLElement[];
  labels?: Partial<Record<'title' | 'req' | 'sd' | 'st' | 'ed' | 'et' | 'repeat', string>>;
  values?: { sd: string; st: string; ed?: string; et: string };
  repeat?: string;
  allDay?: boolean;
}

function form(o: FormOptions = {}): HTMLElement {
  const L = { title: 'Add title', req: 'Invite required attendees', sd: 'Start date', st: 'Start time', ed: 'End date', et: 'End time', repeat: 'Repeat', ...o.labels };
  const v = o.values ?? { sd: '11/24/2026', st: '9:00 AM', ed: '11/24/2026', et: '9:30 AM' };
  const box = h('input', { type: 'checkbox', role: 'switch' }) as HTMLInputElement;
  box.checked = !!o.allDay;
  const input = (label: string, value: string) => {
    const el = h('input', { type: 'text', 'aria-label': label }) as HTMLInputElement;
    el.value = value;
    return el;
  };
  const title = h('input', { type: 'text', placeholder: L.title }) as HTMLInputElement;
  title.value = o.title ?? 'Weekly status update';
  const root = h(
    'div',
    { 'data-app-section': 'Form_Content' },
    h('div', {}, h('button', { 'data-testid': 'ComposeSendButton' }, 'Send')),
    h('div', {}, title),
    h('div', { class: 'attendees' }, well(L.req, ...(o.guests ?? [chip('Aiko Tanaka'), chip('Wendy Weber <wendy@example.de>')]))),
    h('div', {}, input(L.sd, v.sd), input(L.st, v.st), ...(v.ed ? [input(L.ed, v.ed)] : []), input(L.et, v.et), h('label', {}, box, 'All day'), h('button', { 'aria-label': L.repeat }, o.repeat ?? "Don't repeat")),
    h('div', {}, h('div', { contenteditable: 'true', 'aria-multiline': 'true' }, 'Agenda: numbers')),
  );
  document.body.append(h('main', { role: 'main' }, root));
  return root;
}

const opts = (zone = 'America/New_York') => ({ zone: () => zone, log });

describe('Outlook new-event form', () => {
  it('found by its title box and attendees well, as one form', () => {
    const root = form();
    expect(findEventForms(document)).toEqual([root]);
  });

  it('reads title, description, guests (names only and `Name <address>`), start and end in the user’s zone', () => {
    const root = form();
    const draft = readEventForm(root, opts());
    expect(draft).toMatchObject({ title: 'Weekly status update', description: 'Agenda: numbers', allDay: false, recurring: false, zone: 'America/New_York' });
    expect(draft.guests.map((g) => [g.name, g.email])).toEqual([
      ['Aiko Tanaka', undefined],
      ['Wendy Weber', 'wendy@example.de'],
    ]);
    expect(draft.start).toBe(Date.UTC(2026, 10, 24, 14, 0));
    expect(draft.end).toBe(Date.UTC(2026, 10, 24, 14, 30));
  });

  it('German form: labels, dd.mm.yyyy dates and 24-hour times', () => {
    document.documentElement.lang = 'de-DE';
    const root = form({
      labels: { title: 'Titel hinzufügen', req: 'Erforderliche Teilnehmer einladen', sd: 'Startdatum', st: 'Startzeit', ed: 'Enddatum', et: 'Endzeit', repeat: 'Wiederholen' },
      values: { sd: '24.11.2026', st: '15:00', ed: '24.11.2026', et: '16:00' },
      repeat: 'Jede Woche am Dienstag',
    });
    expect(findEventForms(document)).toEqual([root]);
    const draft = readEventForm(root, opts('Europe/Berlin'));
    expect([draft.start, draft.end]).toEqual([Date.UTC(2026, 10, 24, 14, 0), Date.UTC(2026, 10, 24, 15, 0)]);
    expect(draft.recurring).toBe(true);
  });

  it('Japanese form: yyyy/m/d and 開始時刻 labels', () => {
    document.documentElement.lang = 'ja-JP';
    const root = form({
      labels: { title: 'タイトルを追加', req: '必須出席者を招待', sd: '開始日', st: '開始時刻', ed: '終了日', et: '終了時刻', repeat: '繰り返し' },
      values: { sd: '2026/11/24', st: '9:00', ed: '2026/11/24', et: '10:00' },
      repeat: '繰り返さない',
    });
    expect(findEventForms(document)).toEqual([root]);
    const draft = readEventForm(root, opts('Asia/Tokyo'));
    expect(draft.start).toBe(Date.UTC(2026, 10, 24, 0, 0));
    expect(draft.recurring).toBe(false);
  });

  it('no end date shown: an end time before the start is the next day', () => {
    const root = form({ values: { sd: '11/24/2026', st: '11:00 PM', et: '12:30 AM' } });
    const draft = readEventForm(root, opts('UTC'));
    expect(draft.end! - draft.start!).toBe(90 * 60_000);
  });

  it('unlabelled boxes: the value’s shape and page order decide', () => {
    const root = form({ labels: { sd: 'x1', st: 'x2', ed: 'x3', et: 'x4' } });
    const f = findTimeFields(root, 'en-US');
    expect([f.startDate?.value, f.startTime?.value, f.endDate?.value, f.endTime?.value]).toEqual(['11/24/2026', '9:00 AM', '11/24/2026', '9:30 AM']);
  });

  it('all day is read from the switch', () => {
    expect(readEventForm(form({ allDay: true }), opts()).allDay).toBe(true);
  });

  it('setTimes writes the boxes in the page’s format and reads back', () => {
    const root = form();
    const surface = outlookEventSurface(root, opts());
    expect(surface.composeApp).toBe('outlook');
    const start = Date.UTC(2026, 10, 25, 15, 30);
    expect(surface.setTimes(start, start + 3_600_000)).toBe(true);
    expect((root.querySelector('[aria-label="Start time"]') as HTMLInputElement).value).toBe('10:30 AM');
    expect((root.querySelector('[aria-label="Start date"]') as HTMLInputElement).value).toBe('11/25/2026');
    expect(surface.read().end).toBe(start + 3_600_000);
  });

  it('the panel goes after the attendees row', () => {
    const root = form();
    const place = outlookEventSurface(root, opts()).panelAnchor();
    expect(place?.position).toBe('after');
    expect(place?.anchor.className).toBe('attendees');
  });
});
