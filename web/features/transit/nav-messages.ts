/** Navigation labels of the transit-site pages; the app catalogs spread these. */
export const transitNavNl = {
  'nav.transit': 'Doortrekkersterrein',
  'nav.transit.site': 'Doortrekkersterrein beheren',
} as const;

export type TransitNavKey = keyof typeof transitNavNl;

export const transitNavEn: Record<TransitNavKey, string> = {
  'nav.transit': 'Transit site',
  'nav.transit.site': 'Transit site set-up',
};
