/**
 * The browser's BarcodeDetector (Chrome on Android, Edge, Safari 17+), which TypeScript's DOM types
 * lack. This adapter is the one place that trusts its shape; elsewhere the page sees only `QrReader`.
 */
export type QrReader = { read: (source: HTMLVideoElement) => Promise<string | null> };

type DetectorInstance = { detect: (source: HTMLVideoElement) => Promise<{ rawValue: string }[]> };
type DetectorClass = new (options: { formats: string[] }) => DetectorInstance;

export function qrReader(): QrReader | null {
  const Detector: unknown =
    typeof window === 'undefined' ? undefined : Reflect.get(window, 'BarcodeDetector');
  if (typeof Detector !== 'function') return null;
  const detector = new (Detector as DetectorClass)({ formats: ['qr_code'] });
  return {
    read: async (source) => {
      const found = await detector.detect(source);
      return found[0]?.rawValue ?? null;
    },
  };
}
