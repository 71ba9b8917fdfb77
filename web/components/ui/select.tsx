import type { Key, ReactNode } from 'react';
import {
  Select as AriaSelect,
  Button,
  FieldError,
  Label,
  ListBox,
  ListBoxItem,
  Popover,
  SelectValue,
  Text,
} from 'react-aria-components';
import { useUiI18n } from './use-ui-i18n.ts';

export type SelectOption<K extends string> = { id: K; label: string; lang?: string };

export type SelectProps<K extends string> = {
  label: ReactNode;
  options: readonly SelectOption<K>[];
  value: K | null;
  onChange: (value: K | null) => void;
  description?: ReactNode;
  error?: string;
  placeholder?: string;
  isRequired?: boolean;
  isDisabled?: boolean;
  name?: string;
  className?: string;
};

/** A single-choice list with type-ahead and full keyboard support; value null means "no choice". */
export function Select<K extends string>(props: SelectProps<K>) {
  const { t } = useUiI18n();
  const { options, onChange } = props;
  const byKey = (key: Key | null): K | null => options.find((o) => o.id === key)?.id ?? null;
  return (
    <AriaSelect
      className={`field${props.className ? ` ${props.className}` : ''}`}
      selectedKey={props.value}
      onSelectionChange={(key) => onChange(byKey(key))}
      isInvalid={Boolean(props.error)}
      isRequired={props.isRequired}
      isDisabled={props.isDisabled}
      name={props.name}
      placeholder={props.placeholder ?? t('ui.select.placeholder')}
      validationBehavior="aria"
    >
      <Label className="field__label">{props.label}</Label>
      <Button className="field__input select__button">
        <SelectValue className="select__value" />
        <span aria-hidden="true" className="select__chevron">
          ▾
        </span>
      </Button>
      {props.description ? (
        <Text slot="description" className="field__description">
          {props.description}
        </Text>
      ) : null}
      <FieldError className="field__error">{props.error}</FieldError>
      <Popover className="popover">
        <ListBox className="listbox" items={options}>
          {(option) => (
            <ListBoxItem id={option.id} className="listbox__item" textValue={option.label} lang={option.lang}>
              {option.label}
            </ListBoxItem>
          )}
        </ListBox>
      </Popover>
    </AriaSelect>
  );
}
