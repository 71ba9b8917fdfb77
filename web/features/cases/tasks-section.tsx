import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import type { CaseTask } from '../../../contracts/case-work.ts';
import { casesKeys } from './api.ts';
import { formatDate } from './case-format.ts';
import { useCasesI18n } from './i18n.ts';
import { InputField } from './parts.tsx';
import { addTask, listTasks, updateTask } from './work-api.ts';
import { useWorkMutation, WorkForm, WorkList } from './work-common.tsx';

function TaskItem({
  task,
  onToggle,
  editable,
}: {
  task: CaseTask;
  onToggle: (done: boolean) => void;
  editable: boolean;
}) {
  const { t } = useCasesI18n();
  const id = `cases-task-${task.id}`;
  return (
    <li className="cases-work-item" data-task={task.id}>
      <input
        id={id}
        type="checkbox"
        checked={task.done}
        disabled={!editable}
        onChange={(e) => onToggle(e.target.checked)}
      />{' '}
      <label htmlFor={id}>{task.title}</label>
      <span className="cases-meta">
        {task.dueOn ? ` · ${t('tasks.due', { date: formatDate(task.dueOn) })}` : ''}
        {task.assignee ? ` · ${task.assignee.name}` : ''}
        {task.ruleMade ? ` · ${t('tasks.rule')}` : ''}
      </span>
      {task.overdue ? <span className="badge badge--failed">{t('tasks.overdue')}</span> : null}
    </li>
  );
}

/** The case's tasks: tick one done (or open again), add one with a due date. */
export function TasksSection({ caseId, editable }: { caseId: string; editable: boolean }) {
  const { t } = useCasesI18n();
  const [title, setTitle] = useState('');
  const [dueOn, setDueOn] = useState('');
  const query = useQuery({ queryKey: casesKeys.work(caseId, 'tasks'), queryFn: () => listTasks(caseId) });
  const add = useWorkMutation(
    caseId,
    'tasks',
    () => addTask(caseId, { title: title.trim(), ...(dueOn ? { dueOn } : {}) }),
    () => {
      setTitle('');
      setDueOn('');
    },
  );
  const toggle = useWorkMutation(caseId, 'tasks', (input: { id: string; done: boolean }) =>
    updateTask(caseId, input.id, { done: input.done }),
  );
  const submit = () => {
    if (!title.trim()) {
      add.setErrors({ title: t('error.validation') });
      return;
    }
    add.mutation.mutate(undefined);
  };
  return (
    <>
      <WorkList
        query={query}
        empty={t('tasks.none')}
        label={t('tab.tasks')}
        render={(task) => (
          <TaskItem
            key={task.id}
            task={task}
            editable={editable}
            onToggle={(done) => toggle.mutation.mutate({ id: task.id, done })}
          />
        )}
      />
      {toggle.message ? <p role="alert">{toggle.message}</p> : null}
      {editable ? (
        <WorkForm
          title={t('tasks.new')}
          submit={t('tasks.add')}
          pending={add.mutation.isPending}
          message={add.message}
          onSubmit={submit}
        >
          <InputField
            label={t('tasks.title')}
            name="taskTitle"
            required
            value={title}
            onChange={setTitle}
            error={add.errors.title}
          />
          <InputField
            label={t('tasks.dueOn')}
            name="taskDueOn"
            type="date"
            value={dueOn}
            onChange={setDueOn}
            error={add.errors.dueOn}
          />
        </WorkForm>
      ) : null}
    </>
  );
}
