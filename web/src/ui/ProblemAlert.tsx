// A refusal shown above a long form: it scrolls itself into view, since the person pressed
// "Save" at the bottom and would not otherwise see it.
import { Alert } from '@mantine/core';
import { IconAlertCircle } from '@tabler/icons-react';
import { type ReactNode, useEffect, useRef } from 'react';

interface Props {
  title: ReactNode;
  children: ReactNode;
  color?: string;
  icon?: ReactNode;
}

export function ProblemAlert({ title, children, color = 'red', icon }: Props) {
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => {
    ref.current?.scrollIntoView({ block: 'center', behavior: 'smooth' });
  }, []);
  return (
    <Alert
      ref={ref}
      color={color}
      variant="light"
      icon={icon ?? <IconAlertCircle aria-hidden />}
      title={title}
      role="alert"
    >
      {children}
    </Alert>
  );
}
