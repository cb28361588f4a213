import { SegmentedControl } from '@mantine/core';
import { type Locale, useLanguage, useT } from '../../i18n';

export function LanguageSwitch() {
  const { locale, setLocale } = useLanguage();
  const t = useT();
  return (
    <SegmentedControl
      size="xs"
      aria-label={t('header.language')}
      value={locale}
      onChange={(v) => setLocale(v as Locale)}
      data={[
        { value: 'ru', label: 'RU' },
        { value: 'en', label: 'EN' },
      ]}
    />
  );
}
