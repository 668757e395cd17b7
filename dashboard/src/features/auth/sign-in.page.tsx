/** The sign-in page signed-out visitors see at any address; after signing in they stay at that address. */
import { Center, Paper, Text, Title } from '@mantine/core';
import { useMutation } from 'urql';
import { SignInMutation } from './auth.operations';
import { SignInForm } from './sign-in.form';

export function SignInPage({ onSignedIn }: { onSignedIn: () => void }) {
  const [, signIn] = useMutation(SignInMutation);
  return (
    <Center component="main" mih="100dvh" p="md">
      <title>Sign in · Beacon</title>
      <Paper withBorder shadow="sm" p="xl" w="100%" maw={400}>
        <Text fw={700} c="indigo.8" mb={4}>
          Beacon
        </Text>
        <Title order={1} mb={4}>
          Sign in
        </Title>
        <Text size="sm" c="dimmed" mb="lg">
          For staff of the mental-health awareness creator programme.
        </Text>
        <SignInForm
          onSubmit={async (email, password) => {
            const result = await signIn({ input: { email: email.trim(), password } });
            if (result.data?.signIn.user) onSignedIn();
            return result;
          }}
        />
      </Paper>
    </Center>
  );
}
