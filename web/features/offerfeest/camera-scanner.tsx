import { useEffect, useRef, useState } from 'react';
import { Button } from '../../components/ui/button.tsx';
import { qrReader } from './barcode-adapter.ts';
import { useOfferfeestI18n } from './i18n.ts';

/** How often the camera picture is searched for a QR code: quick enough at a door, light on a phone. */
const SCAN_EVERY_MS = 300;

/**
 * The camera, when the browser can read QR codes itself (BarcodeDetector). Each code found is passed
 * on once; the same code again only after another one, so a held-up phone does not scan twice.
 */
export function CameraScanner({ onCode }: { onCode: (code: string) => void }) {
  const { t } = useOfferfeestI18n();
  const video = useRef<HTMLVideoElement>(null);
  const [on, setOn] = useState(false);
  const [failed, setFailed] = useState(false);
  const [reader] = useState(qrReader);
  const latest = useRef(onCode);
  latest.current = onCode;
  useEffect(() => {
    if (!on || !reader) return;
    let stream: MediaStream | null = null;
    let last = '';
    let stopped = false;
    const loop = window.setInterval(async () => {
      const element = video.current;
      if (stopped || !element || element.readyState < 2) return;
      const code = await reader.read(element).catch(() => null);
      if (code && code !== last) {
        last = code;
        latest.current(code);
      }
    }, SCAN_EVERY_MS);
    navigator.mediaDevices
      .getUserMedia({ video: { facingMode: 'environment' } })
      .then((media) => {
        stream = media;
        if (video.current) {
          video.current.srcObject = media;
          void video.current.play();
        }
      })
      .catch(() => {
        setFailed(true);
        setOn(false);
      });
    return () => {
      stopped = true;
      window.clearInterval(loop);
      for (const track of stream?.getTracks() ?? []) track.stop();
    };
  }, [on, reader]);
  if (!reader) return <p>{t('checkIn.noCamera')}</p>;
  return (
    <div className="of-camera">
      {failed ? <p role="alert">{t('checkIn.cameraFailed')}</p> : null}
      <Button onPress={() => setOn((v) => !v)}>{on ? t('checkIn.stopCamera') : t('checkIn.camera')}</Button>
      {on ? <video ref={video} className="of-camera__video" muted playsInline /> : null}
    </div>
  );
}
