import { Field, Select, type FieldProps } from '@fluentui/react-components';
import type { ReactNode } from 'react';

/**
 * A labelled select over `options`: each option's value is `optionValue(option)` (the option
 * itself by default) and its text `optionText(option)`; `onChange` gets the value picked.
 */
export function ChoiceField<T>({
  label,
  value,
  options,
  optionValue = String,
  optionText,
  onChange,
  disabled,
  testId,
  className,
  hint,
  validationMessage,
}: {
  label: string;
  value: string;
  options: readonly T[];
  optionValue?: (option: T) => string;
  optionText: (option: T) => ReactNode;
  onChange: (value: string) => void;
  disabled?: boolean;
  /** On the select itself, where tests and benches find it. */
  testId?: string;
  className?: string;
  hint?: FieldProps['hint'];
  /** A line under the select that is no error (why nothing can be picked…). */
  validationMessage?: string;
}) {
  return (
    <Field
      label={label}
      className={className}
      hint={hint}
      validationMessage={validationMessage}
      validationState={validationMessage === undefined ? undefined : 'none'}
    >
      <Select
        value={value}
        onChange={(_, data) => onChange(data.value)}
        disabled={disabled}
        data-testid={testId}
      >
        {options.map((option) => (
          <option key={optionValue(option)} value={optionValue(option)}>
            {optionText(option)}
          </option>
        ))}
      </Select>
    </Field>
  );
}
