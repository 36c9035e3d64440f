import {
  MessageBar,
  MessageBarBody,
  MessageBarTitle,
  type MessageBarProps,
} from '@fluentui/react-components';
import type { ReactNode } from 'react';
import { useI18n } from '../../i18n/I18nContext';
import { describeError } from '../errors';

/** A message bar with one line of text (or a few inline parts), after its `title` where it has one. */
export function Notice({
  intent,
  title,
  testId,
  children,
}: {
  intent: MessageBarProps['intent'];
  title?: string;
  testId?: string;
  children: ReactNode;
}) {
  return (
    <MessageBar intent={intent} data-testid={testId}>
      <MessageBarBody>
        {title && <MessageBarTitle>{title}</MessageBarTitle>}
        {children}
      </MessageBarBody>
    </MessageBar>
  );
}

/**
 * What went wrong, in words ({@link describeError}); nothing while `error` is null. `message`
 * puts the words into a sentence of its own (`生成失败：…`).
 */
export function ErrorNotice({
  error,
  intent = 'error',
  testId,
  message = (text) => text,
}: {
  error: unknown;
  intent?: 'error' | 'warning';
  testId?: string;
  message?: (text: string) => string;
}) {
  const { t } = useI18n();
  if (error === null) return null;
  return (
    <Notice intent={intent} testId={testId}>
      {message(describeError(error, t))}
    </Notice>
  );
}
