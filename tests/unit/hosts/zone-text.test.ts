import { zoneFromText } from '@/utils/hosts/zone-text';

/** The event's own zone as the editors' time-zone controls write it (issue 18 §4). */
describe('zone from a time-zone control', () => {
  it.each([
    // Google Calendar: offset, name, city.
    ['(GMT+00:00) Greenwich Mean Time - London', 'Europe/London'],
    ['(GMT-04:00) Eastern Time - New York', 'America/New_York'],
    ['(GMT+01:00) Mitteleuropäische Normalzeit - Berlin', 'Europe/Berlin'],
    ['(GMT+05:45) Nepal Time - Kathmandu', 'Asia/Kathmandu'],
    // Outlook: Windows display names (CLDR windowsZones).
    ['(UTC+00:00) Dublin, Edinburgh, Lisbon, London', 'Europe/London'],
    ['(UTC-05:00) Eastern Time (US & Canada)', 'America/New_York'],
    ['(UTC+05:30) Chennai, Kolkata, Mumbai, New Delhi', 'Asia/Kolkata'],
    ['(UTC+09:00) Osaka, Sapporo, Tokyo', 'Asia/Tokyo'],
    ['(UTC) Coordinated Universal Time', 'UTC'],
    // An IANA id anywhere.
    ['Europe/Paris', 'Europe/Paris'],
    ['UTC', 'UTC'],
  ])('%s → %s', (text, zone) => {
    expect(zoneFromText(text)).toBe(zone);
  });

  it.each(['', '(UTC+00:00)', '(GMT+01:00) Central European Time', 'Mars/Olympus', '9:00 AM', 'Every day'])('no zone Baton can be sure of: %j', (text) => {
    expect(zoneFromText(text)).toBeNull();
  });
});
