import { useState } from 'react';
import { UPLOAD_MEDIA_TYPES } from '../../../contracts/platform.ts';
import { Button } from '../../components/ui/button.tsx';
import { CheckboxGroup } from '../../components/ui/checkbox-group.tsx';
import { DataTable, type TableColumn } from '../../components/ui/data-table.tsx';
import { DatePicker, DateTimePicker } from '../../components/ui/date-picker.tsx';
import { DateTime } from '../../components/ui/date-time.tsx';
import { Dialog } from '../../components/ui/dialog.tsx';
import { FileUpload } from '../../components/ui/file-upload.tsx';
import { Select } from '../../components/ui/select.tsx';
import { EmptyState, ErrorState, Skeleton } from '../../components/ui/states.tsx';
import { TextField } from '../../components/ui/text-field.tsx';
import { toast } from '../../components/ui/toast.tsx';
import { ApiError } from '../../lib/api-client.ts';
import { type UploadProgress, uploadFile } from '../../lib/upload.ts';
import { useAppI18n } from '../app-catalogs.ts';
import { PageHeader } from '../shell/page-header.tsx';

/**
 * Every shared primitive in its states on one page: a living style guide for module authors, and
 * the page the end-to-end suite scans with axe so the primitives themselves stay accessible.
 * Demo content is fixed English/Dutch sample data; it is not translated on purpose.
 */
type Row = { id: string; name: string; language: string; hours: number };
const ROWS: Row[] = Array.from({ length: 12 }, (_, i) => ({
  id: String(i + 1),
  name: `Voorbeeld ${String(i + 1).padStart(2, '0')}`,
  language: ['Arabisch', 'Turks', 'Bulgaars', 'Frans'][i % 4] ?? '',
  hours: (i * 7) % 13,
}));
const COLUMNS: TableColumn<Row>[] = [
  { id: 'name', header: 'Naam', isRowHeader: true, cell: (r) => r.name, sortValue: (r) => r.name },
  { id: 'language', header: 'Taal', cell: (r) => r.language, sortValue: (r) => r.language },
  { id: 'hours', header: 'Uren', cell: (r) => r.hours, sortValue: (r) => r.hours },
];

function simulateUpload(file: File, onProgress: (p: UploadProgress) => void): Promise<void> {
  return new Promise((resolve) => {
    let loaded = 0;
    const timer = setInterval(() => {
      loaded = Math.min(file.size, loaded + Math.max(1, file.size / 5));
      onProgress({ loaded, total: file.size, percent: Math.round((loaded / Math.max(file.size, 1)) * 100) });
      if (loaded >= file.size) {
        clearInterval(timer);
        resolve();
      }
    }, 150);
  });
}

export function UiKitPage() {
  const { t } = useAppI18n();
  const [text, setText] = useState('');
  const [choice, setChoice] = useState<'a' | 'b' | null>(null);
  const [checks, setChecks] = useState<('x' | 'y')[]>(['x']);
  const [date, setDate] = useState<string | null>('2026-03-21');
  const [instant, setInstant] = useState<string | null>('2026-03-21T08:00:00.000Z');
  const [dialogOpen, setDialogOpen] = useState(false);
  const [offset, setOffset] = useState(0);
  return (
    <>
      <PageHeader title="UI kit" />
      <section aria-labelledby="kit-buttons" className="kit-section">
        <h2 id="kit-buttons">Buttons, toasts, dialog</h2>
        <div className="button-row">
          <Button variant="primary" onPress={() => toast({ tone: 'success', title: 'Opgeslagen' })}>
            Primary
          </Button>
          <Button
            onPress={() => toast({ tone: 'info', title: 'Ter info', description: 'Een melding met uitleg.' })}
          >
            Secondary
          </Button>
          <Button variant="danger" onPress={() => toast({ tone: 'error', title: 'Er ging iets mis' })}>
            Danger
          </Button>
          <Button variant="quiet" onPress={() => setDialogOpen(true)}>
            Open dialog
          </Button>
          <Button isPending>Pending</Button>
          <Button isDisabled>Disabled</Button>
        </div>
        <Dialog
          title="Voorbeeld"
          isOpen={dialogOpen}
          onOpenChange={setDialogOpen}
          actions={
            <Button variant="primary" onPress={() => setDialogOpen(false)}>
              {t('ui.save')}
            </Button>
          }
        >
          <p>Focus blijft in dit venster tot het sluit.</p>
        </Dialog>
      </section>
      <section aria-labelledby="kit-fields" className="kit-section">
        <h2 id="kit-fields">Fields</h2>
        <div className="form form--grid">
          <TextField
            label="Naam"
            description="Zoals op de identiteitskaart"
            value={text}
            onChange={setText}
            isRequired
          />
          <TextField
            label="E-mail"
            value="geen-adres"
            error={t('ui.validation.email')}
            onChange={() => undefined}
          />
          <Select
            label="Keuze"
            options={[
              { id: 'a', label: 'Optie A' },
              { id: 'b', label: 'Optie B' },
            ]}
            value={choice}
            onChange={setChoice}
          />
          <CheckboxGroup
            label="Vinkjes"
            options={[
              { id: 'x', label: 'Eerste' },
              { id: 'y', label: 'Tweede' },
            ]}
            value={checks}
            onChange={setChecks}
          />
          <DatePicker label="Datum" calendarLabel="Kalender" value={date} onChange={setDate} />
          <DateTimePicker label="Afspraak" calendarLabel="Kalender" value={instant} onChange={setInstant} />
          <p>
            Afspraak: <DateTime value={instant} /> ({t('ui.datetime.zone')})
          </p>
        </div>
        <FileUpload label="Bijlage (gesimuleerd)" maxBytes={5 * 1024 * 1024} upload={simulateUpload} />
        <FileUpload
          label="Bijlage (naar /api/files)"
          accept={UPLOAD_MEDIA_TYPES}
          upload={(file, onProgress) => uploadFile<unknown>('/api/files', file, { onProgress })}
        />
      </section>
      <section aria-labelledby="kit-table" className="kit-section">
        <h2 id="kit-table">Table</h2>
        <DataTable
          label="Voorbeeldtabel"
          columns={COLUMNS}
          rows={ROWS.slice(offset, offset + 5)}
          rowKey={(r) => r.id}
          pagination={{
            total: ROWS.length,
            page: { limit: 5, offset },
            onChange: (p) => setOffset(p.offset),
          }}
        />
        <DataTable label="Laden" columns={COLUMNS} rows={undefined} rowKey={(r) => r.id} isLoading />
      </section>
      <section aria-labelledby="kit-states" className="kit-section">
        <h2 id="kit-states">States</h2>
        <EmptyState>Nog geen gegevens.</EmptyState>
        <ErrorState
          error={
            new ApiError(
              503,
              {
                type: 'about:blank',
                title: 'Unavailable',
                status: 503,
                code: 'COMMON.UNAVAILABLE',
                requestId: 'req-123',
              },
              '',
            )
          }
          onRetry={() => undefined}
        />
        <Skeleton lines={3} />
      </section>
    </>
  );
}
