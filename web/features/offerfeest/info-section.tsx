import { useMutation, useQueryClient } from '@tanstack/react-query';
import { type FormEvent, useState } from 'react';
import type { Edition } from '../../../contracts/offerfeest.ts';
import { Button } from '../../components/ui/button.tsx';
import { NativeInputField } from '../../components/ui/native-fields.tsx';
import { FormError } from '../../components/ui/states.tsx';
import { toast } from '../../components/ui/toast.tsx';
import { directionOf, LOCALE_NAMES, PORTAL_LOCALES, type PortalLocale } from '../../i18n/locales.ts';
import { offerfeestKeys, updateEdition } from './api.ts';
import { describeError } from './errors.ts';
import { useOfferfeestI18n } from './i18n.ts';

type Texts = Partial<Record<PortalLocale, { title: string; body: string }>>;

/** Only the languages with some text: an empty one falls back to Dutch on the portal. */
export function filledTexts(texts: Texts): Texts {
  const out: Texts = {};
  for (const lang of PORTAL_LOCALES) {
    const text = texts[lang];
    if (text && (text.title.trim() || text.body.trim())) {
      out[lang] = { title: text.title.trim(), body: text.body.trim() };
    }
  }
  return out;
}

/** The portal's explanation of the edition, one title and text per language of the edition. */
export function InfoSection({ edition }: { edition: Edition }) {
  const { t } = useOfferfeestI18n();
  const client = useQueryClient();
  const [texts, setTexts] = useState<Texts>(edition.info);
  const [message, setMessage] = useState<string | null>(null);
  const save = useMutation({
    mutationFn: () => updateEdition(edition.id, { info: filledTexts(texts) }),
    onSuccess: async () => {
      setMessage(null);
      toast({ tone: 'success', title: t('saved') });
      await client.invalidateQueries({ queryKey: offerfeestKeys.editions });
    },
    onError: (error) => setMessage(describeError(error, t)),
  });
  const set = (lang: PortalLocale, key: 'title' | 'body') => (value: string) =>
    setTexts((all) => ({ ...all, [lang]: { title: '', body: '', ...all[lang], [key]: value } }));
  const submit = (event: FormEvent) => {
    event.preventDefault();
    save.mutate();
  };
  return (
    <section aria-labelledby="of-info-title">
      <h2 id="of-info-title">{t('info.title')}</h2>
      <p>{t('info.hint')}</p>
      <form onSubmit={submit} noValidate className="form">
        <FormError message={message} />
        {edition.languages.map((lang) => (
          <fieldset key={lang} className="fieldset">
            <legend>{LOCALE_NAMES[lang]}</legend>
            <NativeInputField
              name={`title-${lang}`}
              label={t('info.heading', { language: LOCALE_NAMES[lang] })}
              value={texts[lang]?.title ?? ''}
              onChange={set(lang, 'title')}
              lang={lang}
              dir={directionOf(lang)}
            />
            <NativeInputField
              name={`body-${lang}`}
              label={t('info.body', { language: LOCALE_NAMES[lang] })}
              value={texts[lang]?.body ?? ''}
              onChange={set(lang, 'body')}
              multiline
              lang={lang}
              dir={directionOf(lang)}
            />
          </fieldset>
        ))}
        <div className="form__actions">
          <Button type="submit" variant="primary" isDisabled={save.isPending}>
            {t('info.save')}
          </Button>
        </div>
      </form>
    </section>
  );
}
