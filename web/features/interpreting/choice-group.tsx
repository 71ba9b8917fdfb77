import type { ReactNode } from 'react';
import { FieldError, Label, Radio, RadioGroup, Text } from 'react-aria-components';

export type Choice<K extends string> = { id: K; label: string };

/** A short set of exclusive choices shown all at once (mode, recurrence): one tap on a phone. */
export function ChoiceGroup<K extends string>(props: {
  label: ReactNode;
  options: readonly Choice<K>[];
  value: K;
  onChange: (value: K) => void;
  name: string;
  description?: ReactNode;
  error?: string;
}) {
  const { options, onChange } = props;
  return (
    <RadioGroup
      className="field"
      name={props.name}
      value={props.value}
      onChange={(value) => {
        const chosen = options.find((o) => o.id === value);
        if (chosen) onChange(chosen.id);
      }}
      isInvalid={Boolean(props.error)}
      validationBehavior="aria"
      orientation="horizontal"
    >
      <Label className="field__label">{props.label}</Label>
      <div className="interp-radio-group">
        {options.map((option) => (
          <Radio key={option.id} value={option.id} className="interp-radio">
            <span className="interp-radio__dot" aria-hidden="true" />
            {option.label}
          </Radio>
        ))}
      </div>
      {props.description ? (
        <Text slot="description" className="field__description">
          {props.description}
        </Text>
      ) : null}
      <FieldError className="field__error">{props.error}</FieldError>
    </RadioGroup>
  );
}
