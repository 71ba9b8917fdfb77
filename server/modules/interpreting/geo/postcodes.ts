import type { GeoPoint } from '../travel.ts';

/**
 * Approximate centres of the postcodes of Ghent and the municipalities around it (rounded to
 * about 100 m). Travel estimates between on-site jobs need a point per request, not a door: a
 * postcode centre is off by a kilometre or two at most in this area, which the travel overhead
 * absorbs. No address leaves the system to an outside geocoder.
 */
export const POSTCODE_CENTROIDS: Readonly<Record<string, GeoPoint>> = {
  '9000': { lat: 51.0543, lon: 3.7174 }, // Gent
  '9030': { lat: 51.073, lon: 3.672 }, // Mariakerke
  '9031': { lat: 51.05, lon: 3.656 }, // Drongen
  '9032': { lat: 51.089, lon: 3.715 }, // Wondelgem
  '9040': { lat: 51.064, lon: 3.752 }, // Sint-Amandsberg
  '9041': { lat: 51.094, lon: 3.774 }, // Oostakker
  '9042': { lat: 51.127, lon: 3.783 }, // Desteldonk, Mendonk, Sint-Kruis-Winkel
  '9050': { lat: 51.038, lon: 3.756 }, // Gentbrugge, Ledeberg
  '9051': { lat: 51.026, lon: 3.672 }, // Afsnee, Sint-Denijs-Westrem
  '9052': { lat: 51.001, lon: 3.712 }, // Zwijnaarde
  '9060': { lat: 51.2, lon: 3.81 }, // Zelzate
  '9070': { lat: 51.055, lon: 3.801 }, // Destelbergen, Heusden
  '9080': { lat: 51.097, lon: 3.833 }, // Lochristi
  '9090': { lat: 50.988, lon: 3.796 }, // Melle, Gontrode
  '9160': { lat: 51.104, lon: 3.99 }, // Lokeren
  '9185': { lat: 51.169, lon: 3.863 }, // Wachtebeke
  '9230': { lat: 51.001, lon: 3.883 }, // Wetteren
  '9270': { lat: 51.03, lon: 3.85 }, // Laarne
  '9520': { lat: 50.922, lon: 3.862 }, // Sint-Lievens-Houtem
  '9620': { lat: 50.869, lon: 3.813 }, // Zottegem
  '9800': { lat: 50.983, lon: 3.527 }, // Deinze
  '9810': { lat: 50.958, lon: 3.596 }, // Nazareth, Eke
  '9820': { lat: 50.995, lon: 3.745 }, // Merelbeke
  '9830': { lat: 51.017, lon: 3.637 }, // Sint-Martens-Latem
  '9831': { lat: 51.003, lon: 3.613 }, // Deurle
  '9840': { lat: 50.995, lon: 3.649 }, // De Pinte
  '9850': { lat: 51.035, lon: 3.546 }, // Nevele
  '9860': { lat: 50.951, lon: 3.8 }, // Oosterzele
  '9870': { lat: 50.92, lon: 3.45 }, // Zulte
  '9880': { lat: 51.09, lon: 3.448 }, // Aalter
  '9890': { lat: 50.93, lon: 3.662 }, // Gavere
  '9900': { lat: 51.185, lon: 3.565 }, // Eeklo
  '9910': { lat: 51.14, lon: 3.41 }, // Knesselare, Ursel
  '9920': { lat: 51.101, lon: 3.614 }, // Lovendegem
  '9921': { lat: 51.085, lon: 3.64 }, // Vinderhoute
  '9930': { lat: 51.12, lon: 3.561 }, // Zomergem
  '9940': { lat: 51.116, lon: 3.707 }, // Evergem
  '9950': { lat: 51.152, lon: 3.616 }, // Waarschoot
  '9960': { lat: 51.227, lon: 3.752 }, // Assenede
  '9970': { lat: 51.215, lon: 3.615 }, // Kaprijke
  '9990': { lat: 51.206, lon: 3.445 }, // Maldegem
};

// Belgian addresses write "street number, postcode city": a 4-digit number (1000-9999) followed
// by a place name. A house number can have four digits too, hence the look-ahead.
const POSTCODE_BEFORE_PLACE = /(?:^|[\s,])([1-9]\d{3})(?=\s+\p{L})/gu;
const ANY_POSTCODE = /(?:^|[\s,])([1-9]\d{3})(?=$|[\s,])/gu;

/** The Belgian postcode in a free-text address, or null; the last candidate wins. */
export function parsePostcode(address: string): string | null {
  const beforePlace = [...address.matchAll(POSTCODE_BEFORE_PLACE)].at(-1)?.[1];
  if (beforePlace) return beforePlace;
  return [...address.matchAll(ANY_POSTCODE)].at(-1)?.[1] ?? null;
}

/** The postcode centre of an address, or null when the postcode is missing or not in the table. */
export function geocodeAddress(address: string): GeoPoint | null {
  const postcode = parsePostcode(address);
  return postcode ? (POSTCODE_CENTROIDS[postcode] ?? null) : null;
}
