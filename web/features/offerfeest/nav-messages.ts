/** Navigation labels of the Offerfeest pages; the app catalogs spread these. */
export const offerfeestNavNl = {
  'nav.offerfeest': 'Offerfeest',
} as const;

export type OfferfeestNavKey = keyof typeof offerfeestNavNl;

export const offerfeestNavEn: Record<OfferfeestNavKey, string> = {
  'nav.offerfeest': 'Eid al-Adha',
};
