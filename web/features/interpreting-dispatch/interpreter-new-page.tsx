import { useQueryClient } from '@tanstack/react-query';
import { useNavigate } from '@tanstack/react-router';
import { PageHeader } from '../../app/shell/page-header.tsx';
import { toast } from '../../components/ui/toast.tsx';
import { createInterpreter, dispatchKeys } from './api.ts';
import { useDispatchI18n } from './i18n.ts';
import { InterpreterEditor } from './interpreter-editor.tsx';
import { emptyInterpreterForm, toCreateBody } from './interpreter-form.ts';
import '../interpreting/interpreting.css';
import './dispatch.css';

/** Register an interpreter; on success her page opens, where exceptions and preferences follow. */
export function InterpreterNewPage() {
  const { t } = useDispatchI18n();
  const navigate = useNavigate();
  const client = useQueryClient();
  return (
    <>
      <PageHeader title={t('title.interpreterNew')} />
      <InterpreterEditor
        kind="create"
        initial={emptyInterpreterForm()}
        onSave={async (values) => {
          const created = await createInterpreter(toCreateBody(values).body);
          client.setQueryData(dispatchKeys.interpreter(created.id), created);
          await client.invalidateQueries({ queryKey: ['interpreting', 'interpreters'] });
          toast({ tone: 'success', title: t('form.created', { code: created.code }) });
          await navigate({
            to: '/interpreting/interpreters/$interpreterId',
            params: { interpreterId: created.id },
          });
        }}
      />
    </>
  );
}
