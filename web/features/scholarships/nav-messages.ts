/** Nav label of the scholarship calls; the app catalogs spread these (the shell reads nav labels there). */
export const scholarshipsNavNl = {
  'nav.scholarships.calls': 'Beurzen UCT',
} as const;

export type ScholarshipsNavKey = keyof typeof scholarshipsNavNl;

export const scholarshipsNavEn: Record<ScholarshipsNavKey, string> = {
  'nav.scholarships.calls': 'UCT scholarships',
};
