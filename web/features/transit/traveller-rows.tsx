import { Button } from '../../components/ui/button.tsx';
import { EMPTY_TRAVELLER, type Errors, type TravellerDraft } from './forms.ts';
import { useTransitI18n } from './i18n.ts';
import { InputField } from './parts.tsx';

/** Rows of traveller inputs (name, birth date, document number) with add and remove. */
export function TravellerRows({
  rows,
  onChange,
  errors,
}: {
  rows: readonly TravellerDraft[];
  onChange: (rows: TravellerDraft[]) => void;
  errors: Errors;
}) {
  const { t } = useTransitI18n();
  const setRow = (index: number, key: keyof TravellerDraft) => (value: string) =>
    onChange(rows.map((row, i) => (i === index ? { ...row, [key]: value } : row)));
  const message = (key: string) => {
    const code = errors[key];
    return code ? t(code) : undefined;
  };
  return (
    <div className="transit-travellers">
      {rows.map((row, index) => {
        const n = index + 1;
        return (
          // biome-ignore lint/suspicious/noArrayIndexKey: rows are edited in place and have no id yet
          <fieldset key={index} className="transit-fieldset transit-traveller">
            <legend className="visually-hidden">{t('travellers.name', { index: n })}</legend>
            <InputField
              label={t('travellers.name', { index: n })}
              name={`traveller-${n}-name`}
              required
              value={row.name}
              onChange={setRow(index, 'name')}
              error={message(`${index}.name`)}
            />
            <InputField
              label={t('travellers.birthDate', { index: n })}
              name={`traveller-${n}-birthDate`}
              type="date"
              value={row.birthDate}
              onChange={setRow(index, 'birthDate')}
              error={message(`${index}.birthDate`)}
            />
            <InputField
              label={t('travellers.document', { index: n })}
              name={`traveller-${n}-document`}
              value={row.documentNumber}
              onChange={setRow(index, 'documentNumber')}
              error={message(`${index}.documentNumber`)}
            />
            <Button variant="quiet" onPress={() => onChange(rows.filter((_, i) => i !== index))}>
              {t('travellers.remove', { index: n })}
            </Button>
          </fieldset>
        );
      })}
      <Button onPress={() => onChange([...rows, { ...EMPTY_TRAVELLER }])}>{t('travellers.add')}</Button>
    </div>
  );
}
