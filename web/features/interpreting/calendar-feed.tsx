import { useState } from 'react';
import { Button } from '../../components/ui/button.tsx';
import { TextField } from '../../components/ui/text-field.tsx';
import { useInterpretingI18n } from './i18n.ts';

/** The secret feed URL, absolute so it can be pasted into any calendar app, with a copy button. */
export function CalendarFeed({ url }: { url: string }) {
  const { t } = useInterpretingI18n();
  const absolute = new URL(url, window.location.origin).href;
  const [message, setMessage] = useState('');
  const copy = async () => {
    try {
      await navigator.clipboard.writeText(absolute);
      setMessage(t('agenda.copied'));
    } catch {
      setMessage(t('agenda.copyFailed'));
    }
  };
  return (
    <section aria-labelledby="agenda-feed" className="interp-section">
      <h2 id="agenda-feed">{t('agenda.feed')}</h2>
      <p>{t('agenda.feedHelp')}</p>
      <div className="interp-feed">
        <TextField label={t('agenda.feedUrl')} value={absolute} isReadOnly name="calendarUrl" />
        <Button onPress={copy}>{t('agenda.copy')}</Button>
      </div>
      <p role="status" aria-live="polite">
        {message}
      </p>
    </section>
  );
}
