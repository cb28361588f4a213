// The draft's text, section by section as the order reads: heading and title, grounds, the
// numbered points, control and signature, who signs as having read it, and the appendices.
import { Accordion, ActionIcon, Button, Group, Stack, Text, Textarea, TextInput } from '@mantine/core';
import { IconPlus, IconTrash } from '@tabler/icons-react';
import { useT } from '../../i18n';
import { AppendixEditor } from './AppendixEditor';
import type { OrderForm } from './order-form';
import { PointsEditor } from './PointsEditor';

function GroundsEditor({ form }: { form: OrderForm }) {
  const t = useT();
  const grounds = form.values.content.grounds;
  return (
    <Stack gap="xs">
      <TextInput
        label={t('orders.groundsIntro')}
        description={t('orders.groundsIntroHint')}
        data-path="content.groundsIntro"
        {...form.getInputProps('content.groundsIntro')}
      />
      {grounds.map((_, i) => (
        // biome-ignore lint/suspicious/noArrayIndexKey: an act is known by its place in the list; inputs are controlled
        <Group key={i} align="flex-start" gap="xs" wrap="nowrap">
          <Textarea
            style={{ flex: 1 }}
            label={t('orders.ground', { n: i + 1 })}
            autosize
            minRows={1}
            maxRows={6}
            data-path={`content.grounds.${i}`}
            {...form.getInputProps(`content.grounds.${i}`)}
          />
          <ActionIcon
            mt={26}
            variant="subtle"
            color="red"
            aria-label={t('orders.groundRemove', { n: i + 1 })}
            onClick={() => form.removeListItem('content.grounds', i)}
          >
            <IconTrash size={16} aria-hidden />
          </ActionIcon>
        </Group>
      ))}
      <Group>
        <Button
          variant="default"
          size="sm"
          leftSection={<IconPlus size={16} aria-hidden />}
          onClick={() => form.insertListItem('content.grounds', '')}
        >
          {t('orders.groundAdd')}
        </Button>
      </Group>
    </Stack>
  );
}

export function OrderEditor({ form }: { form: OrderForm }) {
  const t = useT();
  const c = form.values.content;
  return (
    <Accordion
      multiple
      variant="separated"
      defaultValue={['heading', 'points']}
      chevronPosition="left"
      styles={{ content: { paddingTop: 4 } }}
    >
      <Accordion.Item value="heading">
        <Accordion.Control>{t('orders.section.heading')}</Accordion.Control>
        <Accordion.Panel>
          <Stack gap="xs">
            <Textarea
              label={t('orders.field.title')}
              autosize
              minRows={1}
              required
              data-path="title"
              {...form.getInputProps('title')}
            />
            <Textarea
              label={t('orders.field.orgName')}
              autosize
              minRows={1}
              required
              data-path="content.orgName"
              {...form.getInputProps('content.orgName')}
            />
            <TextInput
              label={t('orders.field.place')}
              data-path="content.place"
              {...form.getInputProps('content.place')}
            />
          </Stack>
        </Accordion.Panel>
      </Accordion.Item>
      <Accordion.Item value="grounds">
        <Accordion.Control>{t('orders.section.grounds', { n: c.grounds.length })}</Accordion.Control>
        <Accordion.Panel>
          <GroundsEditor form={form} />
        </Accordion.Panel>
      </Accordion.Item>
      <Accordion.Item value="points">
        <Accordion.Control>{t('orders.section.points', { n: c.points.length })}</Accordion.Control>
        <Accordion.Panel>
          <PointsEditor form={form} />
        </Accordion.Panel>
      </Accordion.Item>
      <Accordion.Item value="signature">
        <Accordion.Control>{t('orders.section.signature')}</Accordion.Control>
        <Accordion.Panel>
          <Stack gap="xs">
            <Textarea
              label={t('orders.field.control')}
              description={t('orders.controlHint')}
              autosize
              minRows={1}
              required
              data-path="content.control"
              {...form.getInputProps('content.control')}
            />
            <Group grow align="flex-start" gap="xs">
              <TextInput
                label={t('orders.field.signerPosition')}
                required
                data-path="content.signer.position"
                {...form.getInputProps('content.signer.position')}
              />
              <TextInput
                label={t('orders.field.signerName')}
                description={t('orders.signerNameHint')}
                required
                data-path="content.signer.name"
                {...form.getInputProps('content.signer.name')}
              />
            </Group>
          </Stack>
        </Accordion.Panel>
      </Accordion.Item>
      <Accordion.Item value="acquaintance">
        <Accordion.Control>
          {t('orders.section.acquaintance', {
            n: c.acquaintance.split('\n').filter((l) => l.trim()).length,
          })}
        </Accordion.Control>
        <Accordion.Panel>
          <Textarea
            label={t('orders.field.acquaintance')}
            description={t('orders.acquaintanceHint')}
            autosize
            minRows={3}
            maxRows={16}
            data-path="content.acquaintance"
            {...form.getInputProps('content.acquaintance')}
          />
        </Accordion.Panel>
      </Accordion.Item>
      {c.appendices.map((a, i) => (
        // biome-ignore lint/suspicious/noArrayIndexKey: appendices are numbered by their place
        <Accordion.Item key={i} value={`appendix-${i}`}>
          <Accordion.Control>
            <Text span inherit>
              {t('orders.section.appendix', { n: i + 1 })}
            </Text>{' '}
            <Text span c="dimmed" size="sm">
              {a.title.length > 60 ? `${a.title.slice(0, 60)}…` : a.title}
            </Text>
          </Accordion.Control>
          <Accordion.Panel>
            <AppendixEditor form={form} index={i} />
          </Accordion.Panel>
        </Accordion.Item>
      ))}
    </Accordion>
  );
}
