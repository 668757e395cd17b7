/**
 * "New grant": ad credits for an organisation in a campaign (editors and above), in the same dialog frame
 * and with the same amount fields as "Edit grant" (common/forms/form-dialog.tsx, grant-form.tsx).
 */
import { NativeSelect, SimpleGrid, Stack } from '@mantine/core';
import type { UseFormReturn } from 'react-hook-form';
import { useNavigate } from 'react-router';
import { NewRecordDialog } from '../../common/forms/form-dialog';
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
  const navigate = useNavigate();
  return (
    <NewRecordDialog
      title="New ad-credit grant"
      buttonLabel="New grant"
      schema={grantCreateSchema}
      defaultValues={{
        organisationId: '',
        campaignId: '',
        amount: '',
        currency: 'USD',
        status: 'PLEDGED',
        illustrative: false,
        note: '',
      }}
      mutation={CreateGrantMutation}
      variables={({ organisationId, campaignId, ...values }) => ({
        input: { organisationId, campaignId, ...grantInput(values) },
      })}
      saved={({ createAdCreditGrant: { grant } }) =>
        `${grant.amount.formatted} granted to ${grant.organisation.name}`
      }
      created={({ createAdCreditGrant: { grant } }) => navigate(`/grants/${encodeURIComponent(grant.id)}`)}
      problemTitle="The grant was not added"
      submitLabel="Add grant"
      fields={(form) => {
        const { errors } = form.formState;
        return (
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
            {/* The same amount fields as "Edit grant": the create form holds that shape too. */}
            <GrantAmountFields form={form as unknown as UseFormReturn<GrantEditValues>} />
          </Stack>
        );
      }}
    />
  );
}
