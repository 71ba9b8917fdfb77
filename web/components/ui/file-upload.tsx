import { useId, useState } from 'react';
import { DropZone, FileTrigger, ProgressBar, Text } from 'react-aria-components';
import { intlTag } from '../../i18n/locales.ts';
import type { UploadProgress } from '../../lib/upload.ts';
import { Button } from './button.tsx';
import { useUiI18n } from './use-ui-i18n.ts';

type Status =
  | { kind: 'idle' }
  | { kind: 'uploading'; name: string; percent: number }
  | { kind: 'done'; name: string }
  | { kind: 'failed'; name: string; reason: string };

function formatBytes(bytes: number, tag: string): string {
  const units = ['byte', 'kilobyte', 'megabyte', 'gigabyte'] as const;
  let value = bytes;
  let unit = 0;
  while (value >= 1024 && unit < units.length - 1) {
    value /= 1024;
    unit++;
  }
  return new Intl.NumberFormat(tag, { style: 'unit', unit: units[unit], maximumFractionDigits: 1 }).format(
    value,
  );
}

/**
 * Choose or drop one file, see its progress, hear the outcome (the status line is a live region).
 * The size check here only spares a pointless upload; the server checks size and content again.
 */
export function FileUpload(props: {
  label: string;
  accept?: readonly string[];
  maxBytes?: number;
  upload: (file: File, onProgress: (progress: UploadProgress) => void) => Promise<unknown>;
  onUploaded?: (file: File) => void;
}) {
  const { t, locale } = useUiI18n();
  const [status, setStatus] = useState<Status>({ kind: 'idle' });
  const labelId = useId();

  const start = async (file: File | undefined) => {
    if (!file) return;
    if (props.maxBytes && file.size > props.maxBytes) {
      const max = formatBytes(props.maxBytes, intlTag(locale));
      setStatus({
        kind: 'failed',
        name: file.name,
        reason: t('ui.upload.tooLarge', { name: file.name, max }),
      });
      return;
    }
    setStatus({ kind: 'uploading', name: file.name, percent: 0 });
    try {
      await props.upload(file, (p) => setStatus({ kind: 'uploading', name: file.name, percent: p.percent }));
      setStatus({ kind: 'done', name: file.name });
      props.onUploaded?.(file);
    } catch {
      setStatus({ kind: 'failed', name: file.name, reason: t('ui.upload.failed', { name: file.name }) });
    }
  };

  return (
    <div className="field file-upload">
      <span className="field__label" id={labelId}>
        {props.label}
      </span>
      <DropZone
        className="file-upload__zone"
        aria-labelledby={labelId}
        onDrop={async (event) => {
          const item = event.items.find((i) => i.kind === 'file');
          if (item && item.kind === 'file') void start(await item.getFile());
        }}
      >
        <FileTrigger
          acceptedFileTypes={props.accept ? [...props.accept] : undefined}
          onSelect={(files) => void start(files?.[0])}
        >
          <Button variant="secondary">{t('ui.upload.choose')}</Button>
        </FileTrigger>
        <Text slot="label" className="file-upload__hint">
          {t('ui.upload.drop')}
        </Text>
      </DropZone>
      <div aria-live="polite" className="file-upload__status">
        {status.kind === 'uploading' ? (
          <ProgressBar value={status.percent} className="progress" aria-label={status.name}>
            {({ percentage }) => (
              <>
                <span>
                  {t('ui.upload.progress', { name: status.name, percent: Math.round(percentage ?? 0) })}
                </span>
                <span className="progress__track">
                  <span className="progress__fill" style={{ inlineSize: `${percentage ?? 0}%` }} />
                </span>
              </>
            )}
          </ProgressBar>
        ) : null}
        {status.kind === 'done' ? (
          <p className="file-upload__done">{t('ui.upload.done', { name: status.name })}</p>
        ) : null}
        {status.kind === 'failed' ? <p className="field__error">{status.reason}</p> : null}
      </div>
    </div>
  );
}
