// A new draft order: its kind, its title (the usual one for the kind, editable), the records it is
// built from — the agreed pairs and groups for an order on pairs, the people for the others — and,
// optionally, an earlier order it cancels. The server writes the text; the editor shows it next.
import { Button, Group, Modal, MultiSelect, Select, Stack, Text, TextInput } from '@mantine/core';
import { useState } from 'react';
import { useNavigate } from 'react-router';
import { type OrderKind, type OrderLink, orderKinds } from '../../../../src/orders/order-contract.js';
import { isProblem } from '../../api/client';
import { useT } from '../../i18n';
import { notifySuccess } from '../../lib/notify';
import { ProblemAlert } from '../../ui/ProblemAlert';
import { StaffPicker } from '../banks/StaffPicker';
import { usePeople } from '../groups/people-api';
import { useOrg } from '../org/OrgScope';
import { programTitle, statusLabel } from '../programs/program-labels';
import { usePrograms } from '../programs/programs-api';
import { AgreedGroupsPicker, useAgreedGroups } from './AgreedGroupsPicker';
import { orderKindLabel, orderRef } from './order-labels';
import { defaultTitleFor, linkEntityOf, pickFor } from './order-people';
import { useCreateOrder, useOrders } from './orders-api';

export function OrderCreateModal({
  onClose,
  initialKind = 'groups',
}: {
  onClose: () => void;
  initialKind?: OrderKind;
}) {
  const t = useT();
  const { orgId } = useOrg();
  const navigate = useNavigate();
  const create = useCreateOrder(orgId);
  const [kind, setKind] = useState<OrderKind>(initialKind);
  const [title, setTitle] = useState<string | null>(null);
  const [groupIds, setGroupIds] = useState<string[] | null>(null);
  const [staffId, setStaffId] = useState('');
  const [personIds, setPersonIds] = useState<string[]>([]);
  const [cancels, setCancels] = useState<string | null>(null);
  const [tried, setTried] = useState(false);
  const pick = pickFor[kind];
  const agreed = useAgreedGroups(orgId, pick === 'group');
  const people = usePeople(orgId, pick === 'mentor' || pick === 'mentee' || pick === 'program');
  const programs = usePrograms(orgId, {}, pick === 'program');
  const signed = useOrders(orgId, { kind: null, status: 'signed', year: null });
  const chosenGroups = groupIds ?? agreed.groups.map((g) => g.id);
  const shownTitle =
    title ??
    defaultTitleFor(
      kind,
      agreed.groups.filter((g) => chosenGroups.includes(g.id)),
    );

  const ids: string[] =
    pick === 'group' ? chosenGroups : pick === 'staff' ? (staffId ? [staffId] : []) : pick === 'none' ? [] : personIds;
  const links: OrderLink[] = [
    ...(pick === 'none' ? [] : ids.map((entityId) => ({ entity: linkEntityOf[pick], entityId }))),
    ...(cancels ? [{ entity: 'order' as const, entityId: cancels }] : []),
  ];
  const missingGroups = pick === 'group' && chosenGroups.length === 0;
  const titleError = tried && !shownTitle.trim() ? t('orders.titleRequired') : null;

  const submit = (e: React.FormEvent) => {
    e.preventDefault();
    setTried(true);
    if (!shownTitle.trim() || missingGroups) return;
    create.mutate(
      { kind, title: shownTitle.trim(), links },
      {
        onSuccess: (order) => {
          notifySuccess(t('orders.created'));
          onClose();
          navigate(`/orgs/${orgId}/orders/${order.id}`);
        },
      },
    );
  };

  // An order on ended programs sums up those that ended; a change concerns running ones.
  const programStatuses = kind === 'program-end' ? ['completed', 'terminated'] : ['active', 'approved'];
  const programOptions = (programs.data ?? [])
    .filter((p) => programStatuses.includes(p.status))
    .map((p) => ({ value: p.id, label: `${programTitle(t, p, people)} (${statusLabel(t, p.status)})` }));
  const personOptions =
    pick === 'mentor'
      ? [...people.mentors.values()].map((m) => ({ value: m.id, label: people.mentor(m.id)?.name ?? m.id }))
      : [...people.mentees.values()].map((m) => ({ value: m.id, label: people.mentee(m.id)?.name ?? m.id }));
  const problem = isProblem(create.error) ? create.error : null;

  return (
    <Modal opened onClose={onClose} title={t('orders.createTitle')} size="xl">
      <form onSubmit={submit} noValidate>
        <Stack gap="md">
          {problem && (
            <ProblemAlert title={problem.title}>
              {problem.errors.length > 0 ? problem.errors.map((e) => e.message).join('; ') : problem.detail}
            </ProblemAlert>
          )}
          <Select
            label={t('orders.field.kind')}
            data={orderKinds.map((k) => ({ value: k, label: orderKindLabel(t, k) }))}
            value={kind}
            onChange={(v) => {
              if (!v) return;
              setKind(v as OrderKind);
              setTitle(null);
              setPersonIds([]);
            }}
            allowDeselect={false}
            description={t(`orders.kindHint.${kind}`)}
          />
          <TextInput
            label={t('orders.field.title')}
            description={t('orders.titleHint')}
            value={shownTitle}
            onChange={(e) => setTitle(e.currentTarget.value)}
            error={titleError}
            required
          />
          {pick === 'group' && (
            <AgreedGroupsPicker
              orgId={orgId}
              agreed={agreed}
              value={chosenGroups}
              onChange={setGroupIds}
              error={tried && missingGroups ? t('orders.groupsRequired') : null}
            />
          )}
          {pick === 'staff' && (
            <StaffPicker
              label={t('orders.field.curator')}
              description={t('orders.curatorHint')}
              value={staffId}
              onChange={setStaffId}
            />
          )}
          {pick === 'program' && (
            <MultiSelect
              label={t('orders.field.programs')}
              description={t('orders.programsHint')}
              data={programOptions}
              value={personIds}
              onChange={setPersonIds}
              searchable
              clearable
              nothingFoundMessage={t('orders.nothingFound')}
            />
          )}
          {(pick === 'mentor' || pick === 'mentee') && (
            <MultiSelect
              label={t(pick === 'mentor' ? 'orders.field.mentors' : 'orders.field.mentees')}
              description={t('orders.peopleHint')}
              data={personOptions}
              value={personIds}
              onChange={setPersonIds}
              searchable
              clearable
              nothingFoundMessage={t('orders.nothingFound')}
            />
          )}
          <Select
            label={t('orders.field.cancels')}
            description={t('orders.cancelsHint')}
            placeholder={t('orders.cancelsNone')}
            data={(signed.data ?? []).map((o) => ({ value: o.id, label: `${orderRef(t, o)} — ${o.title}` }))}
            value={cancels}
            onChange={setCancels}
            clearable
            searchable
            nothingFoundMessage={t('orders.nothingFound')}
          />
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              {t('common.cancel')}
            </Button>
            <Button type="submit" loading={create.isPending}>
              {t('orders.createSubmit')}
            </Button>
          </Group>
          <Text size="xs" c="dimmed">
            {t('orders.createNote')}
          </Text>
        </Stack>
      </form>
    </Modal>
  );
}
