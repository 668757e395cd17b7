/**
 * The workflow steps the signed-in person may take on a recognition now, and why not for the rest. A step
 * shows only in the states it starts from; within those, a role without the permission sees it disabled
 * with the role reason, and the nominator sees review, approve, schedule and publish disabled with the
 * four-eyes reason (the server refuses both the same way: FORBIDDEN and FOUR_EYES). Steps that need words
 * (return, reject, withdraw) or a time (schedule) open a dialog; every result is announced, and focus goes
 * back to the status heading so the next step is read from there.
 */
import { Permission, permissionDeniedReason, type StaffRole } from '@beacon/shared';
import { Button, Group, Modal, Stack, Text, Textarea } from '@mantine/core';
import { type ReactNode, useId, useState } from 'react';
import type { CombinedError } from 'urql';
import { z } from 'zod';
import { CancelButton, FormModal } from '../../common/forms/form-modal';
import { FormProblem } from '../../common/forms/form-problem';
import { useBeaconForm } from '../../common/forms/use-beacon-form';
import { isStaleVersion, problemOf } from '../../common/graphql/problem';
import { notify } from '../../common/notifications/notify';
import { useAction } from '../../common/notifications/use-action';
import { useCurrentUser } from '../../common/permissions/current-user';
import { DateTimeZoneInput } from '../../common/time/date-time-zone.input';
import { formatInZone, toInstant, userTimeZone, type ZonedDateTime } from '../../common/time/zoned-time';
import type { RecognitionFieldsFragment, RecognitionStatus } from '../../gql/graphql';
import {
  ApproveMutation,
  PublishMutation,
  ReviewMutation,
  ScheduleMutation,
  UnscheduleMutation,
  WithdrawMutation,
} from './recognitions.operations';

type Recognition = RecognitionFieldsFragment;

/** The dialogs' close button is an icon: it needs a name. */
const CLOSE = { 'aria-label': 'Close' };

/** The step's verb, as the end of "another staff member must …" (the server's own words). */
const FOUR_EYES_WORDS = {
  signOff: 'sign it off',
  returnIt: 'return it for changes',
  reject: 'reject it',
  approve: 'approve it',
  schedule: 'schedule it',
  publish: 'publish it',
} as const;

export const fourEyesReason = (step: keyof typeof FOUR_EYES_WORDS) =>
  `You nominated this creator, so another staff member must ${FOUR_EYES_WORDS[step]} (the four-eyes rule).`;

interface Ability {
  allowed: boolean;
  reason: string | null;
}

function useStep(recognition: Recognition) {
  const me = useCurrentUser();
  const mine = recognition.nominatedBy.id === me.id;
  return (permission: Permission, fourEyes?: keyof typeof FOUR_EYES_WORDS): Ability => {
    const denied = permissionDeniedReason(me.role as StaffRole, permission);
    if (denied) return { allowed: false, reason: denied };
    if (fourEyes && mine) return { allowed: false, reason: fourEyesReason(fourEyes) };
    return { allowed: true, reason: null };
  };
}

/**
 * A step's button, or the same button disabled and described by why: the reasons are written once each
 * under the steps (three review steps barred for one reason say it once), never only in a tooltip.
 */
function StepButton({
  ability,
  describedBy,
  children,
  onClick,
  loading,
  variant,
  color,
}: {
  ability: Ability;
  /** The id of the reason's line under the steps (Reasons.describe). */
  describedBy: string | undefined;
  children: ReactNode;
  onClick: () => void;
  loading?: boolean;
  variant?: string;
  color?: string;
}) {
  return (
    <Button
      onClick={onClick}
      loading={loading}
      variant={variant}
      color={color}
      disabled={!ability.allowed}
      aria-describedby={describedBy}
    >
      {children}
    </Button>
  );
}

/** The distinct reasons the disabled steps give, each with the id its buttons are described by. */
class Reasons {
  readonly listed: string[] = [];
  constructor(private readonly prefix: string) {}
  /** Lists a disabled step's reason (once) and gives the id to describe its button by. */
  describe(ability: Ability): string | undefined {
    if (ability.allowed || !ability.reason) return undefined;
    if (!this.listed.includes(ability.reason)) this.listed.push(ability.reason);
    return this.idOf(ability.reason);
  }
  idOf(reason: string): string {
    return `${this.prefix}-${this.listed.indexOf(reason)}`;
  }
}

type Dialog = 'signOff' | 'return' | 'reject' | 'schedule' | 'publish' | 'withdraw' | null;

const startsFrom = (status: RecognitionStatus, ...from: RecognitionStatus[]) => from.includes(status);

export function WorkflowActions({
  recognition,
  onDone,
  onStale,
}: {
  recognition: Recognition;
  /** After a step succeeded: move focus to the new status. */
  onDone: () => void;
  /** The record moved on under us: load it again. */
  onStale: () => void;
}) {
  const step = useStep(recognition);
  const [dialog, setDialog] = useState<Dialog>(null);
  const reasons = new Reasons(useId());
  const { status } = recognition;
  const handle = `@${recognition.creator.handle}`;
  const ref = { id: recognition.id, expectedVersion: recognition.version };

  const after = (error: CombinedError | undefined) => {
    if (!error) {
      setDialog(null);
      onDone();
    } else if (isStaleVersion(error)) {
      onStale();
    }
    return error;
  };

  const [approving, approve] = useAction(ApproveMutation, {
    success: `${handle} approved; it can now be scheduled or published`,
    failure: 'Not approved',
  });
  const [unscheduling, unschedule] = useAction(UnscheduleMutation, {
    success: `The scheduled publish of ${handle} is cancelled; it stays approved`,
    failure: 'Not unscheduled',
  });

  const review = step(Permission.SAFETY_REVIEW, 'signOff');
  const returnIt = step(Permission.SAFETY_REVIEW, 'returnIt');
  const reject = step(Permission.SAFETY_REVIEW, 'reject');
  const approveAbility = step(Permission.PUBLISH, 'approve');
  const schedule = step(Permission.PUBLISH, 'schedule');
  const publish = step(Permission.PUBLISH, 'publish');
  const withdraw = step(Permission.PUBLISH);

  const buttons: ReactNode[] = [];
  if (startsFrom(status, 'NOMINATED')) {
    buttons.push(
      <StepButton
        describedBy={reasons.describe(review)}
        key="sign-off"
        ability={review}
        onClick={() => setDialog('signOff')}
      >
        Sign off
      </StepButton>,
      <StepButton
        describedBy={reasons.describe(returnIt)}
        key="return"
        ability={returnIt}
        variant="default"
        onClick={() => setDialog('return')}
      >
        Return for changes
      </StepButton>,
    );
  }
  if (startsFrom(status, 'NOMINATED', 'RETURNED_FOR_CHANGES')) {
    buttons.push(
      <StepButton
        describedBy={reasons.describe(reject)}
        key="reject"
        ability={reject}
        variant="default"
        color="red.9"
        onClick={() => setDialog('reject')}
      >
        Reject
      </StepButton>,
    );
  }
  if (startsFrom(status, 'SAFETY_REVIEWED')) {
    buttons.push(
      <StepButton
        describedBy={reasons.describe(approveAbility)}
        key="approve"
        ability={approveAbility}
        loading={approving.fetching}
        onClick={async () => after((await approve({ input: ref })).error)}
      >
        Approve
      </StepButton>,
    );
  }
  if (startsFrom(status, 'APPROVED', 'SCHEDULED')) {
    buttons.push(
      <StepButton
        describedBy={reasons.describe(schedule)}
        key="schedule"
        ability={schedule}
        onClick={() => setDialog('schedule')}
      >
        {status === 'SCHEDULED' ? 'Reschedule' : 'Schedule'}
      </StepButton>,
      <StepButton
        describedBy={reasons.describe(publish)}
        key="publish"
        ability={publish}
        onClick={() => setDialog('publish')}
      >
        Publish now
      </StepButton>,
    );
  }
  if (startsFrom(status, 'SCHEDULED')) {
    buttons.push(
      <StepButton
        describedBy={reasons.describe(step(Permission.PUBLISH))}
        key="unschedule"
        ability={step(Permission.PUBLISH)}
        variant="default"
        loading={unscheduling.fetching}
        onClick={async () => after((await unschedule({ input: ref })).error)}
      >
        Unschedule
      </StepButton>,
    );
  }
  if (startsFrom(status, 'APPROVED', 'SCHEDULED', 'PUBLISHED')) {
    buttons.push(
      <StepButton
        describedBy={reasons.describe(withdraw)}
        key="withdraw"
        ability={withdraw}
        variant="default"
        color="red.9"
        onClick={() => setDialog('withdraw')}
      >
        Withdraw
      </StepButton>,
    );
  }

  const close = () => setDialog(null);
  return (
    <>
      {buttons.length === 0 ? (
        <Text size="sm" c="dimmed">
          {status === 'RETURNED_FOR_CHANGES'
            ? 'Waiting for the nominator to change the nomination and resubmit it.'
            : status === 'REJECTED' || status === 'WITHDRAWN'
              ? 'No further steps: this spotlight has ended.'
              : 'No steps to take now.'}
        </Text>
      ) : (
        <Stack gap={4}>
          <Group gap="sm" align="flex-start">
            {buttons}
          </Group>
          {reasons.listed.map((reason) => (
            <Text key={reason} id={reasons.idOf(reason)} size="sm" c="dimmed" maw={480}>
              {reason}
            </Text>
          ))}
        </Stack>
      )}

      {/* One dialog per decision: each has its own form (a note is required to return or reject). */}
      <ReviewDialog
        opened={dialog === 'signOff'}
        decision="SIGN_OFF"
        recognition={recognition}
        onClose={close}
        after={after}
      />
      <ReviewDialog
        opened={dialog === 'return'}
        decision="RETURN_FOR_CHANGES"
        recognition={recognition}
        onClose={close}
        after={after}
      />
      <ReviewDialog
        opened={dialog === 'reject'}
        decision="REJECT"
        recognition={recognition}
        onClose={close}
        after={after}
      />
      <ScheduleDialog
        opened={dialog === 'schedule'}
        recognition={recognition}
        onClose={close}
        after={after}
      />
      <PublishDialog opened={dialog === 'publish'} recognition={recognition} onClose={close} after={after} />
      <WithdrawDialog
        opened={dialog === 'withdraw'}
        recognition={recognition}
        onClose={close}
        after={after}
      />
    </>
  );
}

interface DialogProps {
  opened: boolean;
  recognition: Recognition;
  onClose: () => void;
  after: (error: CombinedError | undefined) => CombinedError | undefined;
}

const REVIEW_WORDS = {
  SIGN_OFF: {
    title: 'Sign off the nomination',
    button: 'Sign off',
    note: 'Note for the thread (optional)',
    done: 'signed off; it now awaits approval',
  },
  RETURN_FOR_CHANGES: {
    title: 'Return for changes',
    button: 'Return for changes',
    note: 'What should change',
    done: 'returned to the nominator for changes',
  },
  REJECT: {
    title: 'Reject the nomination',
    button: 'Reject',
    note: 'Why it is rejected',
    done: 'rejected',
  },
} as const;

const reviewSchema = z.object({ notes: z.string().trim().max(4000, 'Keep the note to 4,000 characters') });

function ReviewDialog({
  decision,
  ...props
}: DialogProps & { decision: 'SIGN_OFF' | 'RETURN_FOR_CHANGES' | 'REJECT' }) {
  const { opened, recognition, onClose, after } = props;
  const words = REVIEW_WORDS[decision];
  const needsNote = decision !== 'SIGN_OFF';
  const { form, submit, problem } = useBeaconForm({
    schema: needsNote
      ? reviewSchema.extend({
          notes: z
            .string()
            .trim()
            .min(1, decision === 'REJECT' ? 'Say why it is rejected' : 'Say what should change')
            .max(4000),
        })
      : reviewSchema,
    defaultValues: { notes: '' },
  });
  const [, review] = useAction(ReviewMutation, {
    success: `@${recognition.creator.handle} ${words.done}`,
    failure: `Not ${decision === 'SIGN_OFF' ? 'signed off' : decision === 'REJECT' ? 'rejected' : 'returned'}`,
  });
  return (
    <FormModal
      opened={opened}
      onClose={() => {
        form.reset();
        onClose();
      }}
      dirty={form.formState.isDirty}
      title={words.title}
      centered
    >
      <form
        noValidate
        onSubmit={submit(async ({ notes }) => {
          const result = await review({
            input: {
              id: recognition.id,
              expectedVersion: recognition.version,
              decision,
              notes: notes || null,
            },
          });
          if (!result.error) form.reset({ notes: '' });
          after(result.error);
          return result;
        })}
      >
        <Stack gap="md">
          <FormProblem problem={problem} title={`Not ${words.button.toLowerCase()}`} />
          <Textarea
            label={words.note}
            description="Staff only; kept in the nomination's note thread, never public."
            required={needsNote}
            autosize
            minRows={3}
            data-autofocus
            {...form.register('notes')}
            error={form.formState.errors.notes?.message}
          />
          <Group justify="flex-end">
            <CancelButton />
            <Button
              type="submit"
              loading={form.formState.isSubmitting}
              color={decision === 'REJECT' ? 'red.9' : undefined}
            >
              {words.button}
            </Button>
          </Group>
        </Stack>
      </form>
    </FormModal>
  );
}

function tomorrowAt9(timeZone: string): ZonedDateTime {
  const tomorrow = new Date(Date.now() + 86_400_000);
  const date = new Intl.DateTimeFormat('en-CA', {
    timeZone,
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
  }).format(tomorrow);
  return { date, time: '09:00', timeZone };
}

function ScheduleDialog({ opened, recognition, onClose, after }: DialogProps) {
  const [initial] = useState<ZonedDateTime>(() =>
    tomorrowAt9(recognition.scheduledTimeZone ?? userTimeZone()),
  );
  const [when, setWhen] = useState(initial);
  const [error, setError] = useState<string | null>(null);
  const [{ fetching }, schedule] = useAction(ScheduleMutation, {
    success: (data) => {
      const r = data.scheduleRecognition.recognition;
      return r.scheduledFor && r.scheduledTimeZone
        ? `@${r.creator.handle} scheduled for ${formatInZone(new Date(r.scheduledFor), r.scheduledTimeZone)} (${formatInZone(new Date(r.scheduledFor), 'UTC')})`
        : `@${r.creator.handle} scheduled`;
    },
    failure: 'Not scheduled',
  });
  const save = async (event: React.FormEvent) => {
    event.preventDefault();
    const resolved = toInstant(when);
    if (!resolved) return setError('Choose a date, a time and a time zone that exist.');
    if (resolved.instant.getTime() <= Date.now()) return setError('Choose a time in the future.');
    setError(null);
    const result = await schedule({
      input: {
        id: recognition.id,
        expectedVersion: recognition.version,
        publishAt: resolved.instant.toISOString(),
        timeZone: when.timeZone,
      },
    });
    if (result.error) setError(problemOf(result.error).message);
    after(result.error);
  };
  return (
    <FormModal
      opened={opened}
      onClose={() => {
        setWhen(initial);
        setError(null);
        onClose();
      }}
      dirty={JSON.stringify(when) !== JSON.stringify(initial)}
      title="Schedule the spotlight"
      centered
      size="lg"
    >
      <form noValidate onSubmit={save}>
        <Stack gap="md">
          <DateTimeZoneInput
            legend="Publish at"
            description="Every eligibility check runs again when it fires; if one fails, it does not publish and says why."
            value={when}
            onChange={setWhen}
            error={error}
            required
          />
          <Group justify="flex-end">
            <CancelButton />
            <Button type="submit" loading={fetching}>
              Schedule
            </Button>
          </Group>
        </Stack>
      </form>
    </FormModal>
  );
}

function PublishDialog({ opened, recognition, onClose, after }: DialogProps) {
  const [{ fetching }, publish] = useAction(PublishMutation, {
    success: (data) =>
      `@${data.publishRecognition.recognition.creator.handle} is published in the ${data.publishRecognition.recognition.campaign.name} hub`,
    failure: 'Not published',
  });
  const failing = recognition.eligibility.filter((c) => !c.passed);
  return (
    <Modal closeButtonProps={CLOSE} opened={opened} onClose={onClose} title="Publish now?" centered>
      <Stack gap="md">
        <Text size="sm">
          @{recognition.creator.handle} appears in the public {recognition.campaign.name} hub at once, with
          the advisories and crisis resources shown in the preview.
        </Text>
        {failing.length > 0 && (
          <Text size="sm" c="red.9">
            {failing.length === 1
              ? 'One eligibility check fails'
              : `${failing.length} eligibility checks fail`}
            : Beacon will refuse to publish until {failing.length === 1 ? 'it passes' : 'they pass'}.
          </Text>
        )}
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose}>
            Cancel
          </Button>
          <Button
            data-autofocus
            loading={fetching}
            onClick={async () =>
              after(
                (await publish({ input: { id: recognition.id, expectedVersion: recognition.version } }))
                  .error,
              )
            }
          >
            Publish now
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}

const withdrawSchema = z.object({
  reason: z
    .string()
    .trim()
    .min(3, 'Say why it is withdrawn (at least 3 characters)')
    .max(1000, 'Keep the reason to 1,000 characters'),
});

function WithdrawDialog({ opened, recognition, onClose, after }: DialogProps) {
  const { form, submit, problem } = useBeaconForm({ schema: withdrawSchema, defaultValues: { reason: '' } });
  const [, withdraw] = useAction(WithdrawMutation, {
    success: `@${recognition.creator.handle} withdrawn from the spotlight`,
    failure: 'Not withdrawn',
  });
  return (
    <FormModal
      opened={opened}
      onClose={() => {
        form.reset();
        onClose();
      }}
      dirty={form.formState.isDirty}
      title="Withdraw the spotlight"
      centered
    >
      <form
        noValidate
        onSubmit={submit(async ({ reason }) => {
          const result = await withdraw({
            input: { id: recognition.id, expectedVersion: recognition.version, reason },
          });
          after(result.error);
          return result;
        })}
      >
        <Stack gap="md">
          <FormProblem problem={problem} title="Not withdrawn" />
          <Text size="sm">
            {recognition.status === 'PUBLISHED'
              ? 'It leaves the public hub at once.'
              : 'It will not be published.'}{' '}
            This cannot be undone; a new nomination would start again.
          </Text>
          <Textarea
            label="Reason"
            description="Kept in the record's history."
            required
            autosize
            minRows={2}
            data-autofocus
            {...form.register('reason')}
            error={form.formState.errors.reason?.message}
          />
          <Group justify="flex-end">
            <CancelButton />
            <Button type="submit" color="red.9" loading={form.formState.isSubmitting}>
              Withdraw
            </Button>
          </Group>
        </Stack>
      </form>
    </FormModal>
  );
}

/** For a stale-version refusal: tell the person what happened (their click changed nothing). */
export function announceStale() {
  notify.info(
    'Someone else changed this spotlight first; it now shows the latest version. Check it and try again.',
  );
}
