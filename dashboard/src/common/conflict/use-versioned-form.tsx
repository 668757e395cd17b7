/**
 * Editing a versioned record without overwriting anyone: a form (see use-beacon-form.ts) that remembers
 * the version and values it started from, sends `expectedVersion`, and when the server answers CONFLICT
 * (someone saved first) fetches the latest version and opens a dialog showing what they changed and what
 * you changed, with "Reapply my changes" onto the latest version (nothing typed is lost) or "Use their
 * version". When the record changes while the form is untouched (a live update), the form follows it.
 *
 *   const { form, submit, problem, expectedVersion, conflictDialog } = useVersionedForm({
 *     schema, labels: { name: 'Name', theme: 'Theme' },
 *     record: { values: { name: campaign.name, theme: campaign.theme }, version: campaign.version },
 *     fetchLatest: async () => { const r = await client.query(CampaignQuery, { slug }, { requestPolicy: 'network-only' }).toPromise();
 *                                return r.data?.campaign && { values: { … }, version: r.data.campaign.version }; },
 *   });
 *   <form onSubmit={submit((values) => update({ input: { id, expectedVersion, ...values } }))}>…{conflictDialog}</form>
 */
import { Button, Group, Modal, Stack, Table, Text, Title } from '@mantine/core';
import { type ReactNode, useCallback, useEffect, useRef, useState } from 'react';
import type { DefaultValues, FieldPath, FieldValues } from 'react-hook-form';
import type { z } from 'zod';
import { type BeaconForm, useBeaconForm } from '../forms/use-beacon-form';
import { isStaleVersion } from '../graphql/problem';
import { notify } from '../notifications/notify';
import { diffValues, type FieldChange, type FieldDescribers, type FieldLabels, reapply } from './diff';

export interface VersionedRecord<Values> {
  readonly values: Values;
  readonly version: number;
}

interface Conflict<Values> {
  readonly mine: Values;
  readonly latest: VersionedRecord<Values> | null;
  readonly theirs: FieldChange[];
  readonly yours: FieldChange[];
}

export function useVersionedForm<Schema extends z.ZodType<FieldValues, FieldValues>>({
  schema,
  record,
  labels,
  describe,
  fetchLatest,
}: {
  schema: Schema;
  record: VersionedRecord<z.output<Schema>>;
  /** The editable fields, named as people know them; only these are compared. */
  labels: FieldLabels<z.output<Schema>>;
  /** Values the conflict dialog should write in words rather than as stored (a status, ids). */
  describe?: FieldDescribers<z.output<Schema>>;
  fetchLatest: () => Promise<VersionedRecord<z.output<Schema>> | null | undefined>;
}): BeaconForm<z.output<Schema>> & { expectedVersion: number; conflictDialog: ReactNode } {
  type Values = z.output<Schema>;
  const [base, setBase] = useState<VersionedRecord<Values>>(record);
  const [conflict, setConflict] = useState<Conflict<Values> | null>(null);
  const beacon = useBeaconForm({
    schema,
    defaultValues: record.values as DefaultValues<z.input<Schema>>,
    onServerProblem: (error) => {
      if (!isStaleVersion(error)) return false;
      void openConflict();
      return true;
    },
  });
  const { form } = beacon;
  const latestRecord = useRef(record);
  latestRecord.current = record;
  // Read during render so react-hook-form tracks it: its formState proxy only updates what a render read,
  // and a form that never shows `isDirty` would otherwise look untouched to the effect below.
  const { isDirty } = form.formState;

  // A newer version arrived (a live update, or our own save): follow it unless the person is editing.
  // (An older one is the query catching up after a conflict was resolved onto a newer version.)
  useEffect(() => {
    if (record.version <= base.version) return;
    if (!isDirty) {
      setBase(record);
      form.reset(record.values);
    }
  }, [record, base.version, form, isDirty]);

  const openConflict = useCallback(async () => {
    const mine = form.getValues();
    const latest = (await fetchLatest()) ?? null;
    setConflict({
      mine,
      latest,
      theirs: latest ? diffValues(base.values, latest.values, labels, describe) : [],
      yours: diffValues(base.values, mine, labels, describe),
    });
  }, [form, fetchLatest, base, labels, describe]);

  const submit: BeaconForm<Values>['submit'] = (handler) =>
    beacon.submit(async (values) => {
      const result = await handler(values);
      if (!result?.error) {
        // Saved: what was sent is the new starting point; the record's new version follows (effect above).
        form.reset(values, { keepValues: true });
        if (latestRecord.current.version > base.version) setBase(latestRecord.current);
      }
      return result;
    });

  const close = () => setConflict(null);
  const resolveWith = (latest: VersionedRecord<Values>, mine: Values, keepMine: boolean) => {
    setBase(latest);
    const values = keepMine ? reapply(base.values, mine, latest.values, labels) : latest.values;
    // Reset to the latest version, then lay the person's values on top as edits (so the form is dirty).
    form.reset(latest.values);
    if (keepMine) {
      for (const field of Object.keys(labels) as FieldPath<Values>[]) {
        if (JSON.stringify(values[field]) !== JSON.stringify(latest.values[field]))
          form.setValue(field, values[field], { shouldDirty: true, shouldValidate: true });
      }
    }
    setConflict(null);
    notify.info(
      keepMine
        ? 'Your changes are now on the latest version. Check them, then save again.'
        : 'The form now shows the latest version; your changes were discarded.',
    );
    const first = keepMine
      ? (diffValues(base.values, mine, labels)[0]?.field as FieldPath<Values> | undefined)
      : undefined;
    requestAnimationFrame(() => first && form.setFocus(first));
  };

  const both = new Set(
    conflict?.theirs.map((c) => c.field).filter((f) => conflict?.yours.some((y) => y.field === f)),
  );

  const conflictDialog = (
    <Modal
      opened={conflict !== null}
      onClose={close}
      title="Someone else saved this first"
      size="lg"
      centered
    >
      {conflict && (
        <Stack gap="md">
          <Text size="sm">
            While you were editing, another staff member saved a newer version. Nothing of yours is lost:
            choose how to carry on.
          </Text>
          <ChangeTable
            title="What they changed"
            changes={conflict.theirs}
            both={both}
            empty="Nothing you can edit here."
          />
          <ChangeTable title="What you changed" changes={conflict.yours} both={both} empty="Nothing yet." />
          {both.size > 0 && (
            <Text size="sm" c="red.9">
              You both changed {[...both].map((f) => labels[f as keyof Values]).join(', ')}: reapplying keeps
              yours.
            </Text>
          )}
          {!conflict.latest && (
            <Text size="sm" c="red.9" role="alert">
              The latest version could not be loaded. Close this, copy anything you need, and reload the page.
            </Text>
          )}
          <Group justify="flex-end" gap="sm">
            <Button variant="default" onClick={close}>
              Keep editing
            </Button>
            {conflict.latest && (
              <>
                <Button
                  variant="default"
                  onClick={() => conflict.latest && resolveWith(conflict.latest, conflict.mine, false)}
                >
                  Use their version
                </Button>
                <Button
                  onClick={() => conflict.latest && resolveWith(conflict.latest, conflict.mine, true)}
                  data-autofocus
                >
                  Reapply my changes
                </Button>
              </>
            )}
          </Group>
        </Stack>
      )}
    </Modal>
  );

  return { ...beacon, submit, expectedVersion: base.version, conflictDialog };
}

function ChangeTable({
  title,
  changes,
  both,
  empty,
}: {
  title: string;
  changes: readonly FieldChange[];
  both: Set<string>;
  empty: string;
}) {
  return (
    <section aria-label={title}>
      <Title order={3} size="h5" mb={4}>
        {title}
      </Title>
      {changes.length === 0 ? (
        <Text size="sm" c="dimmed">
          {empty}
        </Text>
      ) : (
        <Table withTableBorder withColumnBorders fz="sm" layout="fixed">
          <Table.Thead>
            <Table.Tr>
              <Table.Th scope="col" w="25%">
                Field
              </Table.Th>
              <Table.Th scope="col">Before</Table.Th>
              <Table.Th scope="col">After</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {changes.map((change) => (
              <Table.Tr key={change.field}>
                <Table.Th scope="row">
                  {change.label}
                  {both.has(change.field) && (
                    <Text span size="xs" c="red.9" display="block">
                      changed by you both
                    </Text>
                  )}
                </Table.Th>
                <Table.Td style={{ overflowWrap: 'anywhere' }}>{change.from}</Table.Td>
                <Table.Td style={{ overflowWrap: 'anywhere' }}>{change.to}</Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      )}
    </section>
  );
}
