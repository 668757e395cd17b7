/** "New grant": a dialog to record ad credits for an organisation in a campaign (editors and above). */
import { Permission } from '@beacon/shared';
import { Button, Group, Modal, NativeSelect, SimpleGrid, Stack } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import type { UseFormReturn } from 'react-hook-form';
import { useNavigate } from 'react-router';
import { useMutation } from 'urql';
import { FormProblem } from '../../common/forms/form-problem';
import { useBeaconForm } from '../../common/forms/use-beacon-form';
import { notify } from '../../common/notifications/notify';
import { Guarded } from '../../common/permissions/use-can';
import { GrantAmountFields, type GrantEditValues, grantCreateSchema, grantInput } from './grant-form';
import { CreateGrantMutation } from './grants.operations';

interface Choice {
  id: string;
  name: string;
}

export function NewGrantButton({
  organisations,
  campaigns,
}: {
  organisations: Choice[];
  campaigns: Choice[];
}) {
  const [opened, { open, close }] = useDisclosure(false);
  return (
    <>
      <Guarded permission={Permission.CATALOGUE_WRITE}>
        {(props) => (
          <Button {...props} onClick={open}>
            New grant
          </Button>
        )}
      </Guarded>
      <Modal
        opened={opened}
        onClose={close}
        title="New ad-credit grant"
        size="lg"
        closeButtonProps={{ 'aria-label': 'Close' }}
      >
        {opened && <NewGrantForm organisations={organisations} campaigns={campaigns} onDone={close} />}
      </Modal>
    </>
  );
}

function NewGrantForm({
  organisations,
  campaigns,
  onDone,
}: {
  organisations: Choice[];
  campaigns: Choice[];
  onDone: () => void;
}) {
  const { form, submit, problem } = useBeaconForm({
    schema: grantCreateSchema,
    defaultValues: {
      organisationId: '',
      campaignId: '',
      amount: '',
      currency: 'USD',
      status: 'PLEDGED',
      illustrative: false,
      note: '',
    },
  });
  const [{ fetching }, create] = useMutation(CreateGrantMutation);
  const navigate = useNavigate();
  const { errors } = form.formState;
  return (
    <form
      noValidate
      onSubmit={submit(async ({ organisationId, campaignId, ...values }) => {
        const result = await create({ input: { organisationId, campaignId, ...grantInput(values) } });
        const grant = result.data?.createAdCreditGrant.grant;
        if (grant) {
          notify.success(`${grant.amount.formatted} granted to ${grant.organisation.name}`);
          onDone();
          navigate(`/grants/${encodeURIComponent(grant.id)}`);
        }
        return result;
      })}
    >
      <FormProblem problem={problem} title="The grant was not added" />
      <Stack gap="sm">
        <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
          <NativeSelect
            label="Organisation"
            required
            data={[
              { value: '', label: 'Choose…' },
              ...organisations.map((o) => ({ value: o.id, label: o.name })),
            ]}
            {...form.register('organisationId')}
            error={errors.organisationId?.message}
          />
          <NativeSelect
            label="Campaign"
            required
            data={[
              { value: '', label: 'Choose…' },
              ...campaigns.map((c) => ({ value: c.id, label: c.name })),
            ]}
            {...form.register('campaignId')}
            error={errors.campaignId?.message}
          />
        </SimpleGrid>
        {/* The amount fields are the same object shape inside the create form. */}
        <GrantAmountFields form={form as unknown as UseFormReturn<GrantEditValues>} />
      </Stack>
      <Group justify="flex-end" mt="md">
        <Button variant="default" onClick={onDone}>
          Cancel
        </Button>
        <Button type="submit" loading={fetching}>
          Add grant
        </Button>
      </Group>
    </form>
  );
}
