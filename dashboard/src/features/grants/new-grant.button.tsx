/**
 * "New grant": ad credits for an organisation in a campaign (editors and above), in the same dialog frame
 * and with the same amount fields as "Edit grant" (common/forms/form-dialog.tsx, grant-form.tsx). The
 * organisation and the campaign are searched on the server as they are typed, so any of them can be chosen.
 */
import { SimpleGrid, Stack } from '@mantine/core';
import { Controller, type UseFormReturn } from 'react-hook-form';
import { useNavigate } from 'react-router';
import { NewRecordDialog } from '../../common/forms/form-dialog';
import { SearchSelect } from '../../common/forms/search-select';
import { campaignChoices, organisationChoices } from './grant-choices';
import { GrantAmountFields, type GrantEditValues, grantCreateSchema, grantInput } from './grant-form';
import { CreateGrantMutation } from './grants.operations';

export function NewGrantButton() {
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
              <Controller
                control={form.control}
                name="organisationId"
                render={({ field }) => (
                  <SearchSelect
                    {...organisationChoices}
                    label="Organisation"
                    placeholder="Type to search"
                    required
                    name={field.name}
                    ref={field.ref}
                    value={field.value || null}
                    onChange={(id) => field.onChange(id ?? '')}
                    onBlur={field.onBlur}
                    error={errors.organisationId?.message}
                  />
                )}
              />
              <Controller
                control={form.control}
                name="campaignId"
                render={({ field }) => (
                  <SearchSelect
                    {...campaignChoices}
                    label="Campaign"
                    placeholder="Type to search"
                    required
                    name={field.name}
                    ref={field.ref}
                    value={field.value || null}
                    onChange={(id) => field.onChange(id ?? '')}
                    onBlur={field.onBlur}
                    error={errors.campaignId?.message}
                  />
                )}
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
