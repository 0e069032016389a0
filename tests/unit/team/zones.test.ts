import { canonicalCountry, countryCodes } from '@/utils/team/countries';
import { countryOfZone } from '@/utils/team/zone-countries';
import { canonicalZone, parseOffsetQuery, searchZones, supportedZones, zoneCatalogue } from '@/utils/team/zones';

const JAN = Date.UTC(2026, 0, 15, 12);

describe('zones', () => {
  it('knows the country of every zone the browser lists (except UTC and Etc/…)', () => {
    const missing = supportedZones().filter((z) => !/^(UTC|Etc\/|GMT)/.test(z) && !countryOfZone(z));
    expect(missing).toEqual([]);
    expect(countryOfZone('Asia/Tokyo')).toBe('JP');
    expect(countryOfZone('Asia/Calcutta')).toBe('IN');
  });

  it('canonicalZone keeps IANA names, fixes letter case and refuses what is not a zone', () => {
    expect(canonicalZone('Asia/Tokyo')).toBe('Asia/Tokyo');
    expect(canonicalZone(' asia/tokyo ')).toBe('Asia/Tokyo');
    expect(canonicalZone('Asia/Kolkata')).toBe('Asia/Kolkata');
    expect(canonicalZone('UTC')).toBe('UTC');
    expect(canonicalZone('Mars/Olympus')).toBeNull();
    expect(canonicalZone('+05:30')).toBeNull();
    expect(canonicalZone('')).toBeNull();
  });

  const ids = (query: string) => searchZones(query, zoneCatalogue(JAN)).map((z) => z.id);

  it('finds a zone by city, also by its current name where the browser lists the old one', () => {
    expect(ids('tokyo')[0]).toBe('Asia/Tokyo');
    expect(ids('new york')[0]).toBe('America/New_York');
    expect(ids('kolkata')).toContain(supportedZones().includes('Asia/Kolkata') ? 'Asia/Kolkata' : 'Asia/Calcutta');
  });

  it('finds zones by country name or code', () => {
    expect(ids('japan')).toEqual(['Asia/Tokyo']);
    expect(ids('india')[0]).toMatch(/^Asia\/(Kolkata|Calcutta)$/);
    expect(ids('australia')).toContain('Australia/Sydney');
  });

  it('finds zones by abbreviation', () => {
    expect(ids('JST')[0]).toBe('Asia/Tokyo');
    expect(ids('cet')).toContain('Europe/Berlin');
    expect(ids('ist')).toEqual(expect.arrayContaining(['Europe/Dublin']));
  });

  it('finds zones by offset, in any common spelling', () => {
    for (const q of ['+9', 'UTC+9', 'gmt+09:00', '+0900']) expect(ids(q)).toContain('Asia/Tokyo');
    expect(ids('+5:30')).toContain(supportedZones().includes('Asia/Kolkata') ? 'Asia/Kolkata' : 'Asia/Calcutta');
    expect(ids('-5')).toContain('America/New_York');
    expect(ids('+9')).not.toContain('Europe/Berlin');
    expect(parseOffsetQuery('tokyo')).toBeNull();
    expect(parseOffsetQuery('+15')).toBeNull();
  });

  it('country codes are ISO 3166-1 alpha-2', () => {
    expect(countryCodes()).toContain('JP');
    expect(canonicalCountry('jp')).toBe('JP');
    expect(canonicalCountry('UK')).toBeNull();
    expect(canonicalCountry('JPN')).toBeNull();
  });
});
