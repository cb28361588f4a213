// Success and failure messages in one style across the app.
import { notifications } from '@mantine/notifications';
import { isProblem } from '../api/client';
import { currentLocale, translate } from '../i18n';

function closeLabel() {
  return { 'aria-label': translate(currentLocale(), 'common.close') };
}

export function notifySuccess(message: string, title?: string): void {
  notifications.show({ color: 'teal', title, message, autoClose: 4000, closeButtonProps: closeLabel() });
}

export function notifyError(error: unknown): void {
  if (isProblem(error)) {
    notifications.show({
      color: 'red',
      title: error.title,
      message: error.detail,
      autoClose: 8000,
      closeButtonProps: closeLabel(),
    });
    return;
  }
  const locale = currentLocale();
  notifications.show({
    color: 'red',
    title: translate(locale, 'error.unexpected.title'),
    message: translate(locale, 'error.loadFailed'),
    autoClose: 8000,
    closeButtonProps: closeLabel(),
  });
}
