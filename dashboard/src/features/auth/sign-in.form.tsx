/**
 * The email and password form, used by the sign-in page and by the dialog that signs someone back in when
 * their session ends mid-work. The server's refusal is shown above the fields and read out.
 */
import { Button, PasswordInput, Stack, TextInput } from '@mantine/core';
import type { CombinedError } from 'urql';
import { z } from 'zod';
import { FormProblem } from '../../common/forms/form-problem';
import { useBeaconForm } from '../../common/forms/use-beacon-form';

const signInSchema = z.object({
  email: z
    .string()
    .trim()
    .min(1, 'Enter your email address')
    .email('Enter an email address like name@example.org'),
  password: z.string().min(1, 'Enter your password'),
});

export function SignInForm({
  email = '',
  submitLabel = 'Sign in',
  focusPassword = false,
  onSubmit,
}: {
  email?: string;
  submitLabel?: string;
  /** The email is known (signing back in): start in the password field. */
  focusPassword?: boolean;
  onSubmit: (email: string, password: string) => Promise<{ error?: CombinedError | undefined }>;
}) {
  const { form, submit, problem } = useBeaconForm({
    schema: signInSchema,
    defaultValues: { email, password: '' },
  });
  const { errors, isSubmitting } = form.formState;
  return (
    <form noValidate onSubmit={submit((values) => onSubmit(values.email, values.password))}>
      <Stack gap="md">
        <FormProblem problem={problem} title="Not signed in" />
        <TextInput
          label="Email"
          type="email"
          autoComplete="username"
          required
          {...form.register('email')}
          error={errors.email?.message}
        />
        <PasswordInput
          label="Password"
          autoComplete="current-password"
          required
          data-autofocus={focusPassword || undefined}
          {...form.register('password')}
          error={errors.password?.message}
          // Mantine marks the wrapper, not the inner input, as invalid; screen readers read the input.
          aria-invalid={errors.password ? true : undefined}
        />
        <Button type="submit" loading={isSubmitting}>
          {submitLabel}
        </Button>
      </Stack>
    </form>
  );
}
