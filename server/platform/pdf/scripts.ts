import type { Content } from './types.ts';

/** The font for Arabic script (Noto Naskh Arabic, SIL Open Font License), registered beside Roboto. */
export const ARABIC_FONT = 'NotoNaskhArabic';

// Arabic, Arabic Supplement, Arabic Extended-A and the presentation forms.
const ARABIC_CHAR = '\\u0600-\\u06FF\\u0750-\\u077F\\u08A0-\\u08FF\\uFB50-\\uFDFF\\uFE70-\\uFEFF';
const ARABIC_RUN = new RegExp(`([${ARABIC_CHAR}](?:[${ARABIC_CHAR}\\s]*[${ARABIC_CHAR}])?)`, 'u');
const HAS_ARABIC = new RegExp(`[${ARABIC_CHAR}]`, 'u');

export function hasArabic(text: string): boolean {
  return HAS_ARABIC.test(text);
}

/**
 * Splits text into runs by script so each run gets a font that has its glyphs: Roboto has no
 * Arabic and Noto Naskh Arabic no Latin. The PDF engine (fontkit) shapes an Arabic run and lays
 * out its words right to left, but it drops the space after a run's last word when it reorders
 * them — so each Arabic run carries one space more.
 */
export function scriptRuns(text: string): { text: string; font?: string }[] {
  return text
    .split(ARABIC_RUN)
    .filter((part) => part.length > 0)
    .map((part) => (hasArabic(part) ? { text: `${part} `, font: ARABIC_FONT } : { text: part }));
}

/**
 * A right-to-left paragraph of Arabic text. Keep Latin names, numbers and references out of it
 * (put them in their own line or table cell): the engine has no bidirectional algorithm, so a
 * Latin run inside an Arabic sentence would land on the wrong side.
 */
export function arabicParagraph(text: string, extra: Record<string, unknown> = {}): Content {
  return { text: `${text} `, font: ARABIC_FONT, alignment: 'right', ...extra };
}
