import type { ReactNode } from 'react';
import { CheckboxGroup as AriaCheckboxGroup, Checkbox, FieldError, Label, Text } from 'react-aria-components';

/** The box and tick; decorative, the checkbox input carries the state for assistive tech. */
function CheckMark() {
  return (
    <span className="checkbox__box">
      <svg viewBox="0 0 18 18" focusable="false" aria-hidden="true">
        <polyline points="2 9 7 14 16 4" />
      </svg>
    </span>
  );
}

export type CheckboxOption<K extends string> = { id: K; label: string };

/** A group of checkboxes with one label and one error, e.g. the roles of a user. */
export function CheckboxGroup<K extends string>(props: {
  label: ReactNode;
  options: readonly CheckboxOption<K>[];
  value: readonly K[];
  onChange: (value: K[]) => void;
  description?: ReactNode;
  error?: string;
  isRequired?: boolean;
}) {
  const { options, onChange } = props;
  const known = (values: string[]) => options.filter((o) => values.includes(o.id)).map((o) => o.id);
  return (
    <AriaCheckboxGroup
      className="field checkbox-group"
      value={[...props.value]}
      onChange={(values) => onChange(known(values))}
      isInvalid={Boolean(props.error)}
      isRequired={props.isRequired}
      validationBehavior="aria"
    >
      <Label className="field__label">{props.label}</Label>
      <div className="checkbox-group__options">
        {options.map((option) => (
          <Checkbox key={option.id} value={option.id} className="checkbox">
            <CheckMark />
            {option.label}
          </Checkbox>
        ))}
      </div>
      {props.description ? (
        <Text slot="description" className="field__description">
          {props.description}
        </Text>
      ) : null}
      <FieldError className="field__error">{props.error}</FieldError>
    </AriaCheckboxGroup>
  );
}

/** One yes/no choice, e.g. "account active". */
export function SingleCheckbox(props: {
  children: ReactNode;
  value: boolean;
  onChange: (value: boolean) => void;
  isDisabled?: boolean;
}) {
  return (
    <Checkbox
      isSelected={props.value}
      onChange={props.onChange}
      isDisabled={props.isDisabled}
      className="checkbox"
    >
      <CheckMark />
      {props.children}
    </Checkbox>
  );
}
