import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { PERMISSIONS } from '../../../contracts/permissions.ts';
import type { PlainLanguageTerm } from '../../../contracts/plain-language.ts';
import { useAppI18n } from '../../app/app-catalogs.ts';
import { useMe } from '../../app/session.tsx';
import { PageHeader } from '../../app/shell/page-header.tsx';
import { Button } from '../../components/ui/button.tsx';
import { DataTable, type TableColumn } from '../../components/ui/data-table.tsx';
import { Dialog } from '../../components/ui/dialog.tsx';
import { toast } from '../../components/ui/toast.tsx';
import { createTerm, listTerms, plainLanguageKeys, updateTerm } from './api.ts';
import { usePlainLanguageI18n } from './i18n.ts';
import { EMPTY_TERM, TermForm, termBody } from './term-form.tsx';
import './plain-language.css';

/** The jargon list the check flags: everyone reads it, staff with `plain-language.terms` edit it. */
export function TermsPage() {
  const { t } = usePlainLanguageI18n();
  const app = useAppI18n();
  const me = useMe();
  const mayEdit = PERMISSIONS['plain-language.terms'].some((role) => me.roles.includes(role));
  const queryClient = useQueryClient();
  const terms = useQuery({ queryKey: plainLanguageKeys.terms, queryFn: listTerms });
  const [editing, setEditing] = useState<PlainLanguageTerm | null>(null);
  const refresh = () => queryClient.invalidateQueries({ queryKey: plainLanguageKeys.terms });
  const toggle = useMutation({
    mutationFn: (term: PlainLanguageTerm) => updateTerm(term.id, { active: !term.active }),
    onSuccess: (term) => {
      toast({ tone: 'success', title: t('terms.saved', { term: term.term }) });
      return refresh();
    },
    onError: () => toast({ tone: 'error', title: t('terms.failed') }),
  });

  const columns: TableColumn<PlainLanguageTerm>[] = [
    { id: 'term', header: t('terms.term'), cell: (r) => r.term, sortValue: (r) => r.term, isRowHeader: true },
    { id: 'alternative', header: t('terms.alternative'), cell: (r) => r.alternative },
    { id: 'note', header: t('terms.note'), cell: (r) => r.note ?? '' },
    {
      id: 'status',
      header: t('terms.status'),
      cell: (r) => (
        <span className={r.active ? 'badge' : 'badge badge--held'}>
          {r.active ? t('terms.active') : t('terms.inactive')}
        </span>
      ),
      sortValue: (r) => (r.active ? 0 : 1),
    },
  ];
  if (mayEdit) {
    columns.push({
      id: 'actions',
      header: t('terms.actions'),
      cell: (r) => (
        <span className="pl-actions">
          <Button variant="quiet" onPress={() => setEditing(r)} aria-label={`${t('terms.edit')}: ${r.term}`}>
            {t('terms.edit')}
          </Button>
          <Button
            variant="quiet"
            isDisabled={toggle.isPending}
            onPress={() => toggle.mutate(r)}
            aria-label={`${r.active ? t('terms.deactivate') : t('terms.activate')}: ${r.term}`}
          >
            {r.active ? t('terms.deactivate') : t('terms.activate')}
          </Button>
        </span>
      ),
    });
  }

  return (
    <>
      <PageHeader title={app.t('nav.plainLanguage.terms')} />
      <p>{t('terms.intro')}</p>
      {mayEdit ? (
        <section aria-labelledby="pl-add" className="pl-add">
          <h2 id="pl-add">{t('terms.add')}</h2>
          <TermForm
            id="pl-add-form"
            initial={EMPTY_TERM}
            submitLabel={t('terms.add')}
            onSave={async (values) => {
              const term = await createTerm(termBody(values));
              toast({ tone: 'success', title: t('terms.added', { term: term.term }) });
              await refresh();
            }}
          />
        </section>
      ) : (
        <p className="pl-help">{t('terms.readOnly')}</p>
      )}
      <DataTable
        label={t('terms.table')}
        columns={columns}
        rows={terms.data}
        rowKey={(r) => r.id}
        isLoading={terms.isLoading}
        error={terms.error}
        onRetry={() => void terms.refetch()}
        empty={t('terms.empty')}
      />
      {editing ? (
        <Dialog
          title={t('terms.editTitle', { term: editing.term })}
          isOpen
          onOpenChange={(open) => {
            if (!open) setEditing(null);
          }}
        >
          <TermForm
            id="pl-edit-form"
            initial={{ ...editing, note: editing.note ?? '' }}
            withActive
            submitLabel={t('terms.save')}
            onSave={async (values) => {
              const term = await updateTerm(editing.id, termBody(values));
              toast({ tone: 'success', title: t('terms.saved', { term: term.term }) });
              setEditing(null);
              await refresh();
            }}
          />
        </Dialog>
      ) : null}
    </>
  );
}
