import type { ReactNode } from 'react';
import type { Edition } from './api.ts';
import type { OfferfeestT } from './i18n.ts';
import { useEdition } from './use-edition.ts';

/** A form's page: its edition loading, failing or missing (closed), else the form for it. */
export function EditionGate(props: {
  regime: Edition['regime'];
  t: OfferfeestT;
  children: (edition: Edition) => ReactNode;
}) {
  const load = useEdition(props.regime);
  const { t } = props;
  switch (load.kind) {
    case 'loading':
      return <p aria-busy="true">{t('loading')}</p>;
    case 'error':
      return (
        <p role="alert" className="case-alert">
          {t('failed')}
        </p>
      );
    case 'none':
      return <p className="case-alert">{t('closed')}</p>;
    case 'done':
      return props.children(load.edition);
  }
}
