/**
 * The brand colour comes from configuration, so nothing guarantees it reads well. These helpers
 * derive the colours the CSS actually uses: a text colour on the brand background, and a darker
 * "ink" variant for links and focus rings that keeps 4.5:1 contrast on white (WCAG AA).
 */

type Rgb = [number, number, number];

export function parseHex(hex: string): Rgb | null {
  const m = /^#?([0-9a-f]{6}|[0-9a-f]{3})$/i.exec(hex.trim());
  if (!m?.[1]) return null;
  const h = m[1].length === 3 ? [...m[1]].map((c) => c + c).join('') : m[1];
  const channel = (i: number) => Number.parseInt(h.slice(i, i + 2), 16);
  return [channel(0), channel(2), channel(4)];
}

function toHex(rgb: Rgb): string {
  return `#${rgb.map((c) => Math.round(c).toString(16).padStart(2, '0')).join('')}`;
}

function luminance([r, g, b]: Rgb): number {
  const lin = (c: number) => {
    const s = c / 255;
    return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
  };
  return 0.2126 * lin(r) + 0.7152 * lin(g) + 0.0722 * lin(b);
}

export function contrast(a: Rgb, b: Rgb): number {
  const [la, lb] = [luminance(a), luminance(b)];
  return (Math.max(la, lb) + 0.05) / (Math.min(la, lb) + 0.05);
}

const WHITE: Rgb = [255, 255, 255];
const BLACK: Rgb = [0, 0, 0];

export type BrandColours = { brand: string; onBrand: string; ink: string };

export function brandColours(hex: string): BrandColours | null {
  const rgb = parseHex(hex);
  if (!rgb) return null;
  let ink = rgb;
  // Darken in small steps until the colour passes AA as text on white.
  for (let i = 0; i < 20 && contrast(ink, WHITE) < 4.5; i++) ink = [ink[0] * 0.9, ink[1] * 0.9, ink[2] * 0.9];
  const onBrand = contrast(rgb, WHITE) >= 4.5 ? WHITE : BLACK;
  return { brand: toHex(rgb), onBrand: toHex(onBrand), ink: toHex(ink) };
}

export function applyBrandColour(hex: string): void {
  const colours = brandColours(hex);
  if (!colours) return;
  const style = document.documentElement.style;
  style.setProperty('--brand', colours.brand);
  style.setProperty('--on-brand', colours.onBrand);
  style.setProperty('--brand-ink', colours.ink);
}
