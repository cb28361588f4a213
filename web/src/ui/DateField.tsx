// A date input that reads and shows dd.mm.yyyy and keeps 'YYYY-MM-DD' (or '' when empty) in the form.
import { DateInput, type DateInputProps } from '@mantine/dates';
import { IconCalendar } from '@tabler/icons-react';
import { useT } from '../i18n';
import { parseTypedDate } from '../lib/format';

interface Props extends Omit<DateInputProps, 'value' | 'onChange' | 'defaultValue'> {
  value?: string;
  onChange?: (value: string) => void;
}

export function DateField({ value, onChange, ...rest }: Props) {
  const t = useT();
  return (
    <DateInput
      valueFormat="DD.MM.YYYY"
      placeholder={t('date.placeholder')}
      clearButtonProps={{ 'aria-label': t('common.clear') }}
      ariaLabels={{
        previousMonth: t('date.previousMonth'),
        nextMonth: t('date.nextMonth'),
        previousYear: t('date.previousYear'),
        nextYear: t('date.nextYear'),
        previousDecade: t('date.previousDecade'),
        nextDecade: t('date.nextDecade'),
        monthLevelControl: t('date.chooseMonth'),
        yearLevelControl: t('date.chooseYear'),
      }}
      dateParser={(text) => parseTypedDate(text)}
      clearable
      leftSection={<IconCalendar size={16} aria-hidden />}
      {...rest}
      value={value || null}
      onChange={(next) => onChange?.(next ? next.slice(0, 10) : '')}
    />
  );
}
