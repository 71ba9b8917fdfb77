import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { type FormEvent, useState } from 'react';
import type { z } from 'zod';
import type { RankingEntrySchema, ScoreInput } from '../../../contracts/scholarships.ts';
import { Button } from '../../components/ui/button.tsx';
import { DataTable, type TableColumn } from '../../components/ui/data-table.tsx';
import { Dialog } from '../../components/ui/dialog.tsx';
import { FormError } from '../../components/ui/states.tsx';
import { TextField } from '../../components/ui/text-field.tsx';
import { toast } from '../../components/ui/toast.tsx';
import { getRanking, scholarshipKeys, scoreApplication } from './api.ts';
import { useScholarshipsI18n } from './i18n.ts';

type Entry = z.infer<typeof RankingEntrySchema>;
const CRITERIA = ['motivation', 'need', 'prospects'] as const;

/** A whole number of points 0–10, or null. */
export function toPoints(value: string): number | null {
  const trimmed = value.trim();
  if (!/^\d{1,2}$/u.test(trimmed)) return null;
  const points = Number(trimmed);
  return points <= 10 ? points : null;
}

function ScoreForm({ entry, onDone }: { entry: Entry; onDone: () => void }) {
  const { t } = useScholarshipsI18n();
  const client = useQueryClient();
  const [values, setValues] = useState<Record<(typeof CRITERIA)[number], string>>({
    motivation: '',
    need: '',
    prospects: '',
  });
  const [comment, setComment] = useState('');
  const [invalid, setInvalid] = useState<string[]>([]);
  const save = useMutation({
    mutationFn: (body: ScoreInput) => scoreApplication(entry.caseId, body),
    onSuccess: async (result) => {
      toast({ tone: 'success', title: t('score.saved', { average: result.averageTotal.toFixed(1) }) });
      await client.invalidateQueries({ queryKey: scholarshipKeys.all });
      onDone();
    },
  });
  const submit = (event: FormEvent) => {
    event.preventDefault();
    const points = CRITERIA.map((criterion) => [criterion, toPoints(values[criterion])] as const);
    const wrong = points.filter(([, value]) => value === null).map(([criterion]) => criterion);
    setInvalid(wrong);
    if (wrong.length) return;
    const scores = Object.fromEntries(points) as Record<(typeof CRITERIA)[number], number>;
    save.mutate({ scores, ...(comment.trim() ? { comment } : {}) });
  };
  return (
    <form onSubmit={submit} noValidate className="form">
      <FormError message={save.error?.message ?? null} />
      {CRITERIA.map((criterion) => (
        <TextField
          key={criterion}
          label={t(`score.${criterion}`)}
          value={values[criterion]}
          onChange={(value) => setValues((v) => ({ ...v, [criterion]: value }))}
          inputMode="numeric"
          isRequired
          error={invalid.includes(criterion) ? t('score.invalid') : undefined}
        />
      ))}
      <TextField label={t('score.comment')} value={comment} onChange={setComment} multiline />
      <Button type="submit" variant="primary" isDisabled={save.isPending}>
        {t('score.save')}
      </Button>
    </form>
  );
}

/** The committee's ranking of a call's complete, eligible applications, with a score form per row. */
export function RankingTable({ callId }: { callId: string }) {
  const { t } = useScholarshipsI18n();
  const [scoring, setScoring] = useState<Entry | null>(null);
  const ranking = useQuery({ queryKey: scholarshipKeys.ranking(callId), queryFn: () => getRanking(callId) });
  const columns: TableColumn<Entry>[] = [
    { id: 'rank', header: t('col.rank'), cell: (row) => row.rank },
    {
      id: 'reference',
      header: t('col.reference'),
      isRowHeader: true,
      cell: (row) => <a href={`/app/cases/${row.caseId}`}>{row.reference}</a>,
    },
    { id: 'title', header: t('col.title'), cell: (row) => row.title },
    { id: 'average', header: t('col.average'), cell: (row) => row.averageTotal.toFixed(1) },
    { id: 'scores', header: t('col.scores'), cell: (row) => row.scoresCount },
    {
      id: 'actions',
      header: t('col.actions'),
      cell: (row) => <Button onPress={() => setScoring(row)}>{t('score.open')}</Button>,
    },
  ];
  return (
    <section aria-labelledby="ranking-title">
      <h2 id="ranking-title">{t('ranking.title')}</h2>
      <DataTable
        label={t('ranking.table')}
        columns={columns}
        rows={ranking.data?.items}
        rowKey={(row) => row.caseId}
        isLoading={ranking.isLoading}
        error={ranking.error}
        empty={t('ranking.empty')}
      />
      <Dialog
        title={scoring ? t('score.title', { reference: scoring.reference }) : ''}
        isOpen={scoring !== null}
        onOpenChange={(open) => (open ? null : setScoring(null))}
      >
        {scoring ? <ScoreForm entry={scoring} onDone={() => setScoring(null)} /> : null}
      </Dialog>
    </section>
  );
}
