import { LIBRARY_DOC_TYPES, LIBRARY_SECTORS, LIBRARY_VISIBILITIES } from '../../../contracts/library.ts';
import { useLibraryI18n } from './i18n.ts';
import { InputField, SelectField } from './parts.tsx';

type FactsDraft = { sector: string; themes: string; docType: string; visibility: string; reviewDate: string };
type FactKey = keyof FactsDraft;

/**
 * The facts of a document as form fields — sector, themes, type, visibility, review date — shared
 * by the upload page and the facts form, so both ask for them alike.
 */
export function FactsFields({
  draft,
  set,
  errors,
  required,
}: {
  draft: FactsDraft;
  set: (key: FactKey) => (value: string) => void;
  errors: Record<string, string | undefined>;
  /** A new document must choose a sector (no default): the "required" mark, and a placeholder. */
  required?: string;
}) {
  const { t } = useLibraryI18n();
  return (
    <>
      <SelectField
        label={t('form.sector')}
        name="sector"
        required={required}
        value={draft.sector}
        onChange={set('sector')}
        {...(required ? { placeholder: t('form.choose') } : {})}
        options={LIBRARY_SECTORS.map((s) => ({ value: s, label: t(`sector.${s}`) }))}
        error={errors.sector}
      />
      <InputField
        label={t('form.themes')}
        name="themes"
        help={t('form.themesHelp')}
        value={draft.themes}
        onChange={set('themes')}
        error={errors.themes}
      />
      <SelectField
        label={t('form.type')}
        name="docType"
        value={draft.docType}
        onChange={set('docType')}
        options={LIBRARY_DOC_TYPES.map((d) => ({ value: d, label: t(`type.${d}`) }))}
        error={errors.docType}
      />
      <SelectField
        label={t('form.visibility')}
        name="visibility"
        value={draft.visibility}
        onChange={set('visibility')}
        options={LIBRARY_VISIBILITIES.map((v) => ({ value: v, label: t(`visibility.${v}`) }))}
        error={errors.visibility}
      />
      <InputField
        label={t('form.reviewDate')}
        name="reviewDate"
        type="date"
        value={draft.reviewDate}
        onChange={set('reviewDate')}
        error={errors.reviewDate}
      />
    </>
  );
}
