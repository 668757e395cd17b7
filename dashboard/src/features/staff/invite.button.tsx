/**
 * "Invite": an admin names the new member, their email and role; Beacon answers with a one-time
 * invitation token, shown once here to pass on (it is never shown again).
 */
import { ROLE_INFO, StaffRole } from '@beacon/shared';
import { Button, Code, CopyButton, Group, NativeSelect, Stack, Text, TextInput, Title } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { useState } from 'react';
import { useMutation } from 'urql';
import { z } from 'zod';
import { CancelButton, FormModal } from '../../common/forms/form-modal';
import { FormProblem } from '../../common/forms/form-problem';
import { useBeaconForm } from '../../common/forms/use-beacon-form';
import { notify } from '../../common/notifications/notify';
import { InviteStaffMutation } from './staff.operations';

const ROLES = Object.values(StaffRole);
const schema = z.object({
  displayName: z.string().trim().min(1, 'Give their name').max(200, 'At most 200 characters'),
  email: z.string().trim().email('Enter an email address such as name@example.org'),
  role: z.enum(ROLES as [StaffRole, ...StaffRole[]]),
});

export const roleOptions = ROLES.map((role) => ({ value: role, label: ROLE_INFO[role].label }));

export function InviteButton() {
  const [opened, { open, close }] = useDisclosure(false);
  return (
    <>
      <Button onClick={open}>Invite a member</Button>
      <FormModal opened={opened} onClose={close} title="Invite a staff member">
        {opened && <InviteForm onDone={close} />}
      </FormModal>
    </>
  );
}

function InviteForm({ onDone }: { onDone: () => void }) {
  const { form, submit, problem } = useBeaconForm({
    schema,
    defaultValues: { displayName: '', email: '', role: StaffRole.VIEWER },
  });
  const [{ fetching }, invite] = useMutation(InviteStaffMutation);
  const [token, setToken] = useState<{ name: string; token: string } | null>(null);
  const { errors } = form.formState;

  if (token)
    return (
      <Stack>
        <div>
          <Title order={3} size="h5" c="teal.9">
            {token.name} is invited
          </Title>
          <Text size="sm">
            Pass them this one-time invitation token to set their password. It will not be shown again.
          </Text>
        </div>
        <Code
          block
          aria-label="Invitation token"
          style={{ overflowWrap: 'anywhere', whiteSpace: 'pre-wrap' }}
        >
          {token.token}
        </Code>
        <Group justify="flex-end">
          <CopyButton value={token.token}>
            {({ copied, copy }) => (
              <Button variant="default" onClick={copy}>
                {copied ? 'Copied' : 'Copy token'}
              </Button>
            )}
          </CopyButton>
          <Button onClick={onDone} data-autofocus>
            Done
          </Button>
        </Group>
      </Stack>
    );

  return (
    <form
      noValidate
      onSubmit={submit(async (values) => {
        const result = await invite({ input: values });
        const payload = result.data?.createStaffUser;
        if (payload) {
          notify.success(
            `${payload.user.displayName} invited as ${ROLE_INFO[payload.user.role as StaffRole].label.toLowerCase()}`,
          );
          setToken({ name: payload.user.displayName, token: payload.invitationToken ?? '' });
        }
        return result;
      })}
    >
      <FormProblem problem={problem} title="Not invited" />
      <Stack gap="sm">
        <TextInput
          label="Name"
          required
          {...form.register('displayName')}
          error={errors.displayName?.message}
        />
        <TextInput
          label="Email"
          type="email"
          required
          {...form.register('email')}
          error={errors.email?.message}
        />
        <NativeSelect
          label="Role"
          data={roleOptions}
          {...form.register('role')}
          error={errors.role?.message}
        />
      </Stack>
      <Group justify="flex-end" mt="md">
        <CancelButton />
        <Button type="submit" loading={fetching}>
          Invite
        </Button>
      </Group>
    </form>
  );
}
