import type { ReactNode } from 'react';
import {
  TextField as AriaTextField,
  type TextFieldProps as AriaTextFieldProps,
  FieldError,
  Input,
  Label,
  Text,
  TextArea,
} from 'react-aria-components';
import { useUiI18n } from './use-ui-i18n.ts';

export type TextFieldProps = Omit<AriaTextFieldProps, 'className' | 'isInvalid' | 'children'> & {
  label: ReactNode;
  description?: ReactNode;
  /** The message to show under the field: from zod on submit or from the server's problem `errors`. */
  error?: string;
  multiline?: boolean;
  className?: string;
};

/**
 * Label, input, help text and error message wired together (aria-describedby, aria-invalid). The
 * error comes from our form state, not from native validation, so it speaks the reader's language
 * and server-side errors appear in the same place.
 */
export function TextField({ label, description, error, multiline, className, ...props }: TextFieldProps) {
  const { t } = useUiI18n();
  return (
    <AriaTextField
      {...props}
      isInvalid={Boolean(error)}
      validationBehavior="aria"
      className={`field${className ? ` ${className}` : ''}`}
    >
      <Label className="field__label">
        {label}
        {props.isRequired ? <span className="field__required"> ({t('ui.required')})</span> : null}
      </Label>
      {multiline ? <TextArea className="field__input" rows={4} /> : <Input className="field__input" />}
      {description ? (
        <Text slot="description" className="field__description">
          {description}
        </Text>
      ) : null}
      <FieldError className="field__error">{error}</FieldError>
    </AriaTextField>
  );
}
