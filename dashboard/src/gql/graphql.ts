/* eslint-disable */
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';
export type Maybe<T> = T | null;
export type InputMaybe<T> = T | null | undefined;
export type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
export type MakeOptional<T, K extends keyof T> = Omit<T, K> & { [SubKey in K]?: Maybe<T[SubKey]> };
export type MakeMaybe<T, K extends keyof T> = Omit<T, K> & { [SubKey in K]: Maybe<T[SubKey]> };
export type MakeEmpty<T extends { [key: string]: unknown }, K extends keyof T> = { [_ in K]?: never };
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
/** All built-in and custom scalars, mapped to their actual values */
export type Scalars = {
  ID: { input: string; output: string; }
  String: { input: string; output: string; }
  Boolean: { input: boolean; output: boolean; }
  Int: { input: number; output: number; }
  Float: { input: number; output: number; }
  /** A date-time string at UTC, such as 2007-12-03T10:15:30Z, compliant with the `date-time` format outlined in section 5.6 of the RFC 3339 profile of the ISO 8601 standard for representation of dates and times using the Gregorian calendar. */
  DateTime: { input: string; output: string; }
  /** The `JSONObject` scalar type represents JSON objects as specified by [ECMA-404](http://www.ecma-international.org/publications/files/ECMA-ST/ECMA-404.pdf). */
  JSONObject: { input: Record<string, unknown>; output: Record<string, unknown>; }
  /** A local date string (i.e., with no associated timezone) in `YYYY-MM-DD` format, e.g. `2020-01-01`. */
  LocalDate: { input: string; output: string; }
  /** The `SafeInt` scalar type represents non-fractional signed whole numeric values that are considered safe as defined by the ECMAScript specification. */
  SafeInt: { input: number; output: number; }
};

/** Accept an invitation by choosing a password. */
export type AcceptInvitationInput = {
  /** The new password (12+ characters). */
  password: Scalars['String']['input'];
  /** The invitation token an admin passed on. */
  token: Scalars['String']['input'];
};

/** A chunk of rows for an open import. */
export type AddCreatorImportRowsInput = {
  /** The import. */
  importId: Scalars['ID']['input'];
  /** The rows (1 to 200). */
  rows: Array<CreatorImportRowInput>;
};

/** A period of curated programming to add to a campaign. */
export type AddProgrammingWindowInput = {
  /** The campaign. */
  campaignId: Scalars['ID']['input'];
  /** Details of the programming. */
  description?: Scalars['String']['input'];
  /** When the window closes; not before it opens. */
  endsAt: Scalars['DateTime']['input'];
  /** The campaign version you last read; a newer one fails with CONFLICT and changes nothing. */
  expectedVersion: Scalars['Int']['input'];
  /** When the window opens. */
  startsAt: Scalars['DateTime']['input'];
  /** IANA time zone the window is planned in, such as Asia/Singapore. */
  timeZone: Scalars['String']['input'];
  /** What runs in this window. */
  title: Scalars['String']['input'];
};

/** Add a comment to a nomination's note thread. */
export type AddRecognitionNoteInput = {
  /** The comment (1 to 4000 characters); staff only, never public. */
  body: Scalars['String']['input'];
  /** The recognition to comment on. */
  recognitionId: Scalars['ID']['input'];
};

/** Archive a record: hidden from public queries and default lists, kept for history. */
export type ArchiveInput = {
  /** The version you last read; a newer one fails with CONFLICT. */
  expectedVersion: Scalars['Int']['input'];
  /** The record to archive. */
  id: Scalars['ID']['input'];
};

/** Which audit events to list. */
export type AuditEventFilter = {
  /** Only this action, for example `creator.update`. */
  action?: InputMaybe<Scalars['String']['input']>;
  /** Only changes by this staff member. */
  actorId?: InputMaybe<Scalars['ID']['input']>;
  /** Only changes at or after this time. */
  since?: InputMaybe<Scalars['DateTime']['input']>;
  /** Only changes to this record. */
  targetId?: InputMaybe<Scalars['ID']['input']>;
  /** Only changes to records of this GraphQL type, for example `Creator`. */
  targetType?: InputMaybe<Scalars['String']['input']>;
  /** Only changes before this time. */
  until?: InputMaybe<Scalars['DateTime']['input']>;
};

/** Which campaigns to list. */
export type CampaignFilter = {
  /** Only campaigns running on this day (it falls between their first and last day). */
  activeOn?: InputMaybe<Scalars['LocalDate']['input']>;
  /** Include archived campaigns (staff only). */
  includeArchived?: InputMaybe<Scalars['Boolean']['input']>;
  /** Text found in the name, hashtag or slug (case-insensitive). */
  search?: InputMaybe<Scalars['String']['input']>;
};

/** How to order a list of campaigns. */
export type CampaignOrder =
  /** By name, A to Z, ignoring case and accents. */
  | 'NAME'
  /** Newest first: the latest first day first (the default). */
  | 'NEWEST'
  /** By first day, earliest first. */
  | 'STARTS_ON';

/** Change a staff member's role. */
export type ChangeStaffRoleInput = {
  /** The version you last read; a newer one fails with CONFLICT. */
  expectedVersion: Scalars['Int']['input'];
  /** The staff member. */
  id: Scalars['ID']['input'];
  /** The new role. */
  role: StaffRole;
};

/** Spotlight consent as the creator gave it. */
export type ConsentInput = {
  /** When consent was given; now when left out. */
  givenAt?: InputMaybe<Scalars['DateTime']['input']>;
  /** What the creator agreed to. */
  scope: ConsentScope;
};

/** What a creator agreed to. */
export type ConsentScope =
  /** Being featured in the in-app awareness hub. */
  | 'SPOTLIGHT'
  /** Being featured in the hub and in promotion of the campaign outside the app. */
  | 'SPOTLIGHT_AND_PROMOTION';

/** How someone reaches a crisis resource. */
export type ContactChannel =
  /** A phone call to `value`. */
  | 'CALL'
  /** An online chat at the https URL in `value`. */
  | 'CHAT'
  /** A text message to `value` (with `instructions` such as the keyword to send). */
  | 'TEXT'
  /** A web page at the https URL in `value`. */
  | 'WEB';

/** One way to reach a crisis resource. */
export type ContactMethodInput = {
  /** Call, text, chat or web. */
  channel: ContactChannel;
  /** What to do, for example `Text HOME to 741741`. */
  instructions?: InputMaybe<Scalars['String']['input']>;
  /** For CALL and TEXT a phone number or short code (such as `116 123`); for CHAT and WEB an https URL. */
  value: Scalars['String']['input'];
};

/** How a creator raises awareness: the six content strategies of the programme. */
export type ContentStrategy =
  /** Collaborations. */
  | 'COLLABORATION'
  /** Community engagement (comments, lives, support chats). */
  | 'COMMUNITY_ENGAGEMENT'
  /** Creative challenges. */
  | 'CREATIVE_CHALLENGE'
  /** Educational content. */
  | 'EDUCATIONAL'
  /** Personal storytelling. */
  | 'PERSONAL_STORYTELLING'
  /** Resource sharing. */
  | 'RESOURCE_SHARING';

/** A new ad-credit grant. */
export type CreateAdCreditGrantInput = {
  /** Amount in integer minor units of the currency (cents for USD); 1 to 1000000000000. */
  amountMinor: Scalars['SafeInt']['input'];
  /** The campaign the credits are for. */
  campaignId: Scalars['ID']['input'];
  /** ISO 4217 currency code in upper case. */
  currency?: Scalars['String']['input'];
  /** True when the amount is illustrative (no per-organisation split was published). */
  illustrative?: Scalars['Boolean']['input'];
  /** Notes for staff, such as where the figure comes from. */
  note?: Scalars['String']['input'];
  /** The organisation receiving the credits. */
  organisationId: Scalars['ID']['input'];
  /** How far the grant has gone. */
  status?: GrantStatus;
};

/** A new campaign. */
export type CreateCampaignInput = {
  /** What the campaign does and why. */
  description?: Scalars['String']['input'];
  /** Last day of the campaign (inclusive); not before startsOn. */
  endsOn: Scalars['LocalDate']['input'];
  /** The hashtag of the campaign hub, starting with #. */
  hashtag: Scalars['String']['input'];
  /** Campaign name. */
  name: Scalars['String']['input'];
  /** The partner organisations of the campaign. */
  partnerIds?: Array<Scalars['ID']['input']>;
  /** URL-safe unique name: lower-case words joined by hyphens, such as `mham-2023`. */
  slug: Scalars['String']['input'];
  /** How many creators the campaign may spotlight at once (1 to 100). */
  spotlightCapacity?: Scalars['Int']['input'];
  /** First day of the campaign. */
  startsOn: Scalars['LocalDate']['input'];
  /** The campaign theme in a sentence. */
  theme: Scalars['String']['input'];
};

/** A new creator. */
export type CreateCreatorInput = {
  /** Profile biography. */
  bio?: Scalars['String']['input'];
  /** Spotlight consent, if already given. */
  consent?: InputMaybe<ConsentInput>;
  /** Name shown on the profile. */
  displayName: Scalars['String']['input'];
  /** Followers on the platform (0 to 2147483647). */
  followerCount?: Scalars['SafeInt']['input'];
  /** Unique handle; a leading @ is dropped and it is stored in lower case. */
  handle: Scalars['String']['input'];
  /** BCP 47 language tags. */
  languages?: Array<Scalars['String']['input']>;
  /** Link to the creator's profile (https). */
  profileUrl: Scalars['String']['input'];
  /** ISO 3166-1 alpha-2 code of where the creator is based. */
  region: Scalars['String']['input'];
  /** Topics the creator covers. */
  topics?: Array<Topic>;
};

/** A new crisis resource. It must serve at least one region, or be global (or both). */
export type CreateCrisisResourceInput = {
  /** Ways to reach it, most direct first (at least one). */
  contacts: Array<ContactMethodInput>;
  /** When it can be reached, for example `24/7`. */
  hours: Scalars['String']['input'];
  /** True for a global directory, shown where a region has no resource of its own. */
  isGlobal?: Scalars['Boolean']['input'];
  /** BCP 47 language tags it answers in. */
  languages?: Array<Scalars['String']['input']>;
  /** When staff last checked the contact details work; now when left out. Not in the future. */
  lastVerifiedAt?: InputMaybe<Scalars['DateTime']['input']>;
  /** Name of the service, for example `988 Suicide & Crisis Lifeline`. */
  name: Scalars['String']['input'];
  /** The organisation that runs it. */
  organisationName: Scalars['String']['input'];
  /** ISO 3166-1 alpha-2 codes of the regions it serves; may be empty only for a global resource. */
  regions?: Array<Scalars['String']['input']>;
  /** Topics it specialises in; empty means any crisis. */
  topics?: Array<Topic>;
};

/** A new partner organisation. */
export type CreateOrganisationInput = {
  /** What it does, in a sentence or two. */
  description?: Scalars['String']['input'];
  /** Topics it focuses on. */
  focusTopics?: Array<Topic>;
  /** What kind of organisation it is. */
  kind: OrganisationKind;
  /** Name of the organisation; unique. */
  name: Scalars['String']['input'];
  /** ISO 3166-1 alpha-2 codes of the regions it serves; empty for worldwide. */
  regionsServed?: Array<Scalars['String']['input']>;
  /** Its website (https). */
  website: Scalars['String']['input'];
};

/** A new staff account. Without a password, an invitation token is issued instead. */
export type CreateStaffUserInput = {
  /** Name shown to other staff. */
  displayName: Scalars['String']['input'];
  /** Sign-in email; must be unused. */
  email: Scalars['String']['input'];
  /** Initial password (12+ characters). Leave out to invite the member to set their own. */
  password?: InputMaybe<Scalars['String']['input']>;
  /** What the member may do. */
  role: StaffRole;
};

/** A new training session. */
export type CreateTrainingSessionInput = {
  /** Who it is for; enrolments must match it. */
  audience: TrainingAudience;
  /** The campaign it belongs to, if any. */
  campaignId?: InputMaybe<Scalars['ID']['input']>;
  /** How many enrolments it can take (1 to 10000). */
  capacity: Scalars['Int']['input'];
  /** What the session covers. */
  description?: Scalars['String']['input'];
  /** When it ends; after `startsAt`. */
  endsAt: Scalars['DateTime']['input'];
  /** The partner organisation that runs it, if any. */
  facilitatorId?: InputMaybe<Scalars['ID']['input']>;
  /** The critical moment it prepares for. */
  occasion: TrainingOccasion;
  /** When it starts. */
  startsAt: Scalars['DateTime']['input'];
  /** IANA time zone it is held in, for display (for example `Europe/London`). */
  timeZone: Scalars['String']['input'];
  /** Title of the session. */
  title: Scalars['String']['input'];
  /** What it teaches. */
  topic: TrainingTopic;
};

/** A new awareness video. */
export type CreateVideoInput = {
  /** The caption as posted. */
  caption?: Scalars['String']['input'];
  /** The creator who posted it. */
  creatorId: Scalars['ID']['input'];
  /** Length in seconds. */
  durationSeconds: Scalars['Int']['input'];
  /** Hashtags, with or without #. */
  hashtags?: Array<Scalars['String']['input']>;
  /** Likes so far. */
  likes?: Scalars['SafeInt']['input'];
  /** When it was posted. */
  publishedAt: Scalars['DateTime']['input'];
  /** Shares so far. */
  shares?: Scalars['SafeInt']['input'];
  /** The content strategy it uses. */
  strategy: ContentStrategy;
  /** Title of the video. */
  title: Scalars['String']['input'];
  /** What it is about. */
  topics?: Array<Topic>;
  /** Link to the video (https). */
  url: Scalars['String']['input'];
  /** Views so far. */
  views?: Scalars['SafeInt']['input'];
};

/** Which creators to list. */
export type CreatorFilter = {
  /** Only creators whose spotlight consent is active (true) or missing or withdrawn (false). Staff only. */
  hasActiveConsent?: InputMaybe<Scalars['Boolean']['input']>;
  /** Include archived creators (staff only). */
  includeArchived?: InputMaybe<Scalars['Boolean']['input']>;
  /** Only creators based in this ISO 3166-1 alpha-2 region. */
  region?: InputMaybe<Scalars['String']['input']>;
  /** Text found in the handle or display name (case-insensitive). */
  search?: InputMaybe<Scalars['String']['input']>;
  /** Only creators with this standing (staff only). */
  status?: InputMaybe<CreatorStatus>;
  /** Only creators covering this topic. */
  topic?: InputMaybe<Topic>;
};

/** An open import to commit or cancel. */
export type CreatorImportInput = {
  /** The import. */
  importId: Scalars['ID']['input'];
};

/** One row of the file, as text. Empty cells may be left out; defaults are those of `createCreator` (no bio, no languages, no topics, 0 followers, no consent). */
export type CreatorImportRowInput = {
  /** Profile biography. */
  bio?: InputMaybe<Scalars['String']['input']>;
  /** When consent was given (ISO 8601 date or instant); now when left out. */
  consentGivenAt?: InputMaybe<Scalars['String']['input']>;
  /** Spotlight consent already given: SPOTLIGHT or SPOTLIGHT_AND_PROMOTION; empty for none. */
  consentScope?: InputMaybe<Scalars['String']['input']>;
  /** Name shown on the profile. */
  displayName?: InputMaybe<Scalars['String']['input']>;
  /** Followers, a whole number (digits; thousands separators allowed). */
  followerCount?: InputMaybe<Scalars['String']['input']>;
  /** Handle; a leading @ is dropped and it is stored in lower case. */
  handle?: InputMaybe<Scalars['String']['input']>;
  /** BCP 47 language tags, such as en or pt-BR. */
  languages?: InputMaybe<Array<Scalars['String']['input']>>;
  /** Link to the creator's profile (https). */
  profileUrl?: InputMaybe<Scalars['String']['input']>;
  /** ISO 3166-1 alpha-2 region, such as GB. */
  region?: InputMaybe<Scalars['String']['input']>;
  /** The row's number in the file (1 to 10000, unique in the import); sending it again replaces that row. */
  rowNumber: Scalars['Int']['input'];
  /** Topic names as the `Topic` enum spells them, such as ANXIETY. */
  topics?: InputMaybe<Array<Scalars['String']['input']>>;
};

/** Where a bulk creator import is. */
export type CreatorImportStatus =
  /** Given up by the staff member who started it; nothing was imported. */
  | 'CANCELLED'
  /** Every row became a creator, in one transaction. */
  | 'COMMITTED'
  /** Left unfinished past `expiresAt`; nothing was imported and its rows are gone. */
  | 'EXPIRED'
  /** Taking rows; nothing is in the catalogue yet. */
  | 'OPEN';

/** How to order a list of creators. */
export type CreatorOrder =
  /** Most followers first. */
  | 'FOLLOWERS'
  /** By handle, A to Z (the default). */
  | 'HANDLE'
  /** By display name, A to Z, ignoring case and accents. */
  | 'NAME'
  /** Most recently added first. */
  | 'NEWEST';

/** Whether a creator's account is in good standing. */
export type CreatorStatus =
  /** In good standing; can be spotlighted. */
  | 'ACTIVE'
  /** Suspended by the platform; hidden from public queries and never spotlighted. */
  | 'SUSPENDED';

/** Which crisis resources the staff directory lists. */
export type CrisisResourceDirectoryFilter = {
  /** True: only archived resources; false: only live ones; left out: both. */
  archived?: InputMaybe<Scalars['Boolean']['input']>;
  /** True: only resources overdue a check (last verified too long ago); false: only those checked recently; left out: both. */
  overdue?: InputMaybe<Scalars['Boolean']['input']>;
  /** Only resources that list this ISO 3166-1 alpha-2 region among the regions they serve (the global directory, serving no region of its own, does not match). */
  region?: InputMaybe<Scalars['String']['input']>;
  /** Text found in the name or the organisation running it (case-insensitive). */
  search?: InputMaybe<Scalars['String']['input']>;
  /** Only resources specialising in this topic. */
  topic?: InputMaybe<Topic>;
};

/** Deactivate a staff account: it can no longer sign in and its sessions end. */
export type DeactivateStaffUserInput = {
  /** The version you last read; a newer one fails with CONFLICT. */
  expectedVersion: Scalars['Int']['input'];
  /** The staff member. */
  id: Scalars['ID']['input'];
};

/** Change a nomination; a nomination returned for changes goes back to review. */
export type EditNominationInput = {
  /** New citation. */
  citation?: InputMaybe<Scalars['String']['input']>;
  /** The version you last read; a newer one fails with CONFLICT and changes nothing. */
  expectedVersion: Scalars['Int']['input'];
  /** New featured videos. */
  featuredVideoIds?: InputMaybe<Array<Scalars['ID']['input']>>;
  /** The record to update. */
  id: Scalars['ID']['input'];
  /** A note for the thread (at most 4000 characters): on a nomination returned for changes, what you changed (RESUBMITTED); otherwise a COMMENT. */
  note?: InputMaybe<Scalars['String']['input']>;
};

/** One condition a creator must meet to be spotlighted. */
export type EligibilityCheckName =
  /** The campaign's spotlight has room. */
  | 'CAMPAIGN_CAPACITY'
  /** Spotlight consent is on file and not withdrawn. */
  | 'CONSENT'
  /** The creator is in good standing and not archived. */
  | 'CREATOR_ACTIVE'
  /** The citation and the featured videos have no blocking safe-messaging finding. */
  | 'SAFE_MESSAGING'
  /** The creator completed a safe-messaging training within the last 12 months. */
  | 'SAFE_MESSAGING_TRAINING'
  /** Every featured video on a sensitive topic carries its advisory and crisis resources. */
  | 'VIDEO_ADVISORIES';

/** Enrol a creator or a partner organisation in a training session: give exactly one of `creatorId` (sessions for creators) or `organisationId` (sessions for partner organisations). */
export type EnrolInTrainingInput = {
  /** The creator to enrol (sessions for creators). */
  creatorId?: InputMaybe<Scalars['ID']['input']>;
  /** The organisation to enrol (sessions for partner organisations). */
  organisationId?: InputMaybe<Scalars['ID']['input']>;
  /** The training session. */
  sessionId: Scalars['ID']['input'];
};

/** Which ad-credit grants to list. */
export type GrantFilter = {
  /** Only grants of this campaign. */
  campaignId?: InputMaybe<Scalars['ID']['input']>;
  /** Include archived grants. */
  includeArchived?: InputMaybe<Scalars['Boolean']['input']>;
  /** Only grants to this organisation. */
  organisationId?: InputMaybe<Scalars['ID']['input']>;
  /** Only grants at this status. */
  status?: InputMaybe<GrantStatus>;
};

/** What ad-credit grants are totalled by. */
export type GrantHolderKind =
  /** The campaign each grant is for. */
  | 'CAMPAIGN'
  /** The organisation each grant goes to. */
  | 'ORGANISATION';

/** How to order a list of ad-credit grants. */
export type GrantOrder =
  /** Largest amount first within each currency, currencies A to Z (amounts in different currencies are never compared). */
  | 'LARGEST'
  /** Most recently recorded first (the default). */
  | 'NEWEST';

/** How far an ad-credit grant has gone. */
export type GrantStatus =
  /** Set aside in the ads system for the organisation. */
  | 'ALLOCATED'
  /** Made available for the organisation to spend. */
  | 'DISBURSED'
  /** Promised to the organisation. */
  | 'PLEDGED';

/** Why a field of an imported row was refused (stable codes). */
export type ImportProblemCode =
  /** Another row of this import has the same handle (the first one keeps it). */
  | 'DUPLICATE_IN_IMPORT'
  /** A creator with this handle is already in the catalogue. */
  | 'HANDLE_TAKEN'
  /** Refused for another reason; see the message. */
  | 'INVALID'
  /** Not a date or an instant (ISO 8601, such as 2023-05-01 or 2023-05-01T09:00:00Z). */
  | 'INVALID_DATE'
  /** Not a handle: 2 to 30 letters, digits, dots or underscores (a leading @ is dropped). */
  | 'INVALID_HANDLE'
  /** Not a whole number of zero or more. */
  | 'INVALID_NUMBER'
  /** Not an ISO 3166-1 alpha-2 region code such as GB or US. */
  | 'INVALID_REGION'
  /** Not an https:// URL. */
  | 'INVALID_URL'
  /** The field is empty and must have a value. */
  | 'REQUIRED'
  /** The value is longer than allowed. */
  | 'TOO_LONG'
  /** The list has more items than allowed. */
  | 'TOO_MANY'
  /** The value is shorter than allowed. */
  | 'TOO_SHORT'
  /** Not one of the allowed values (topics, consent scopes). */
  | 'UNKNOWN_VALUE';

/** Record that staff checked a crisis resource still works. */
export type MarkCrisisResourceVerifiedInput = {
  /** The version you last read; a newer one fails with CONFLICT and changes nothing. */
  expectedVersion: Scalars['Int']['input'];
  /** The record to update. */
  id: Scalars['ID']['input'];
  /** When it was checked; now when left out. Not in the future. */
  verifiedAt?: InputMaybe<Scalars['DateTime']['input']>;
};

/** Nominate a creator for a campaign spotlight. */
export type NominateInput = {
  /** The campaign. */
  campaignId: Scalars['ID']['input'];
  /** Why the creator is recognised; checked against the safe-messaging rules. */
  citation: Scalars['String']['input'];
  /** The creator. */
  creatorId: Scalars['ID']['input'];
  /** The creator's videos to feature (1 to 5). */
  featuredVideoIds: Array<Scalars['ID']['input']>;
};

/** Which organisations to list. */
export type OrganisationFilter = {
  /** Include archived organisations (staff only). */
  includeArchived?: InputMaybe<Scalars['Boolean']['input']>;
  /** Only organisations of this kind. */
  kind?: InputMaybe<OrganisationKind>;
  /** Only organisations that list this ISO 3166-1 alpha-2 region among the regions they serve (worldwide organisations, with no regions listed, do not match). */
  region?: InputMaybe<Scalars['String']['input']>;
  /** Text found in the name (case-insensitive). */
  search?: InputMaybe<Scalars['String']['input']>;
  /** Only organisations focusing on this topic. */
  topic?: InputMaybe<Topic>;
};

/** What kind of organisation a partner is. */
export type OrganisationKind =
  /** A service people in crisis can reach (helpline, text line, chat). */
  | 'CRISIS_SERVICE'
  /** An organisation teaching young people or educators. */
  | 'EDUCATION'
  /** A professional or expert association. */
  | 'EXPERT_BODY'
  /** A non-profit or charity working on mental health. */
  | 'NON_PROFIT'
  /** Any other partner. */
  | 'OTHER'
  /** A research or polling organisation. */
  | 'RESEARCH';

/** Something a staff role allows; `me { permissions }` lists yours. */
export type Permission =
  /** Read the full audit log and the history of staff accounts. */
  | 'AUDIT_READ'
  /** Keep the catalogue: creators, videos, training, organisations, grants, crisis resources, campaigns. */
  | 'CATALOGUE_WRITE'
  /** Add a comment to a nomination's note thread. */
  | 'COMMENT'
  /** Nominate creators and edit nominations. */
  | 'NOMINATE'
  /** Approve, schedule, publish, withdraw and reorder spotlights. */
  | 'PUBLISH'
  /** Sign off, return or reject nominations. */
  | 'SAFETY_REVIEW'
  /** Invite staff, change their roles and deactivate accounts. */
  | 'STAFF_ADMIN'
  /** Read staff-only data: nominations, training, grants, staff, record history. */
  | 'STAFF_READ';

/** Which recognitions to list or count. */
export type RecognitionFilter = {
  /** Only this campaign. */
  campaignId?: InputMaybe<Scalars['ID']['input']>;
  /** Only this creator. */
  creatorId?: InputMaybe<Scalars['ID']['input']>;
  /** Only recognitions that feature this awareness video. */
  featuredVideoId?: InputMaybe<Scalars['ID']['input']>;
  /** Only nominations made by this staff member. */
  nominatedById?: InputMaybe<Scalars['ID']['input']>;
  /** True: only your own nominations (an editor's returned ones). False: only other people's, the ones the four-eyes rule lets you review, approve or publish. */
  nominatedByMe?: InputMaybe<Scalars['Boolean']['input']>;
  /** Only recognitions scheduled to publish before this instant (what is due soon). */
  scheduledBefore?: InputMaybe<Scalars['DateTime']['input']>;
  /** Only these statuses (a review queue asks for NOMINATED). */
  statuses?: InputMaybe<Array<RecognitionStatus>>;
};

/** Why a note was added to a nomination. */
export type RecognitionNoteKind =
  /** A comment by a staff member, outside any decision. */
  | 'COMMENT'
  /** The safety reviewer rejected the nomination, saying why. */
  | 'REJECTED'
  /** The editor's note when resubmitting a nomination returned for changes. */
  | 'RESUBMITTED'
  /** The safety reviewer returned the nomination, saying what to change. */
  | 'RETURNED_FOR_CHANGES'
  /** The safety reviewer's note when signing it off. */
  | 'SIGNED_OFF';

/** How to order a list of recognitions. */
export type RecognitionOrder =
  /** Most recently nominated first (the default). */
  | 'NEWEST_NOMINATION'
  /** Longest waiting first, for review queues. */
  | 'OLDEST_NOMINATION'
  /** By rank in the campaign's spotlight, 1 first; lists only recognitions with a rank (published). */
  | 'RANK'
  /** Soonest scheduled publish first; lists only recognitions with a scheduled instant. */
  | 'SCHEDULED_SOONEST';

/** Where a spotlight is in its lifecycle. */
export type RecognitionStatus =
  /** A publisher approved it; ready to schedule or publish. */
  | 'APPROVED'
  /** An editor nominated the creator; awaiting safety review. */
  | 'NOMINATED'
  /** Live in the public awareness hub. */
  | 'PUBLISHED'
  /** The safety reviewer rejected the nomination. */
  | 'REJECTED'
  /** The safety reviewer asked the nominator for changes. */
  | 'RETURNED_FOR_CHANGES'
  /** A safety reviewer signed it off; awaiting approval. */
  | 'SAFETY_REVIEWED'
  /** Set to publish at `scheduledFor`. */
  | 'SCHEDULED'
  /** Taken down after publishing. */
  | 'WITHDRAWN';

/** Record or replace a creator's spotlight consent. */
export type RecordConsentInput = {
  /** The consent given. */
  consent: ConsentInput;
  /** The version you last read; a newer one fails with CONFLICT and changes nothing. */
  expectedVersion: Scalars['Int']['input'];
  /** The record to update. */
  id: Scalars['ID']['input'];
};

/** Record whether an enrolee attended their training session. */
export type RecordTrainingAttendanceInput = {
  /** True when they attended; false clears attendance (not allowed once completed). */
  attended: Scalars['Boolean']['input'];
  /** The version you last read; a newer one fails with CONFLICT and changes nothing. */
  expectedVersion: Scalars['Int']['input'];
  /** The record to update. */
  id: Scalars['ID']['input'];
};

/** Record that an enrolee completed their training session (which implies attendance). */
export type RecordTrainingCompletionInput = {
  /** When they completed it; now when left out. Not in the future, not before the session starts. */
  completedAt?: InputMaybe<Scalars['DateTime']['input']>;
  /** The version you last read; a newer one fails with CONFLICT and changes nothing. */
  expectedVersion: Scalars['Int']['input'];
  /** The record to update. */
  id: Scalars['ID']['input'];
};

/** Remove a programming window from its campaign. */
export type RemoveProgrammingWindowInput = {
  /** The campaign version you last read; a newer one fails with CONFLICT and changes nothing. */
  campaignExpectedVersion: Scalars['Int']['input'];
  /** The programming window to remove. */
  windowId: Scalars['ID']['input'];
};

/** Set the order of a campaign's published spotlights. */
export type ReorderSpotlightInput = {
  /** The campaign. */
  campaignId: Scalars['ID']['input'];
  /** The campaign's version you last read; a reorder by someone else since fails with CONFLICT. */
  expectedVersion: Scalars['Int']['input'];
  /** Every published recognition of the campaign, in the new order (first is rank 1). */
  recognitionIds: Array<Scalars['ID']['input']>;
};

/** A safety reviewer's decision on a nomination. */
export type ReviewDecision =
  /** Not to be spotlighted. */
  | 'REJECT'
  /** Needs changes (say which in the notes); goes back to the nominator. */
  | 'RETURN_FOR_CHANGES'
  /** Safe to spotlight; goes on to approval. */
  | 'SIGN_OFF';

/** A safety review of a nomination. */
export type ReviewInput = {
  /** The decision. */
  decision: ReviewDecision;
  /** The version you last read; a newer one fails with CONFLICT and changes nothing. */
  expectedVersion: Scalars['Int']['input'];
  /** The record to update. */
  id: Scalars['ID']['input'];
  /** A note for the thread (staff only, never public); required when returning or rejecting, kept with the decision. */
  notes?: InputMaybe<Scalars['String']['input']>;
};

/** Which text of a record a finding is in. */
export type SafetyField =
  /** A creator's biography. */
  | 'BIO'
  /** A video's caption. */
  | 'CAPTION'
  /** A spotlight's citation. */
  | 'CITATION'
  /** A draft text checked with `checkSafeMessaging`. */
  | 'TEXT'
  /** A video's title. */
  | 'TITLE';

/** How serious a safe-messaging finding is. */
export type SafetySeverity =
  /** Must be fixed: a spotlight featuring this text cannot be published. */
  | 'BLOCK'
  /** Should be fixed: shown to staff, does not stop publishing. */
  | 'WARN';

/** Schedule an approved spotlight to publish at an instant. */
export type ScheduleInput = {
  /** The version you last read; a newer one fails with CONFLICT and changes nothing. */
  expectedVersion: Scalars['Int']['input'];
  /** The record to update. */
  id: Scalars['ID']['input'];
  /** When to publish (an instant with its offset); must be in the future. */
  publishAt: Scalars['DateTime']['input'];
  /** The IANA time zone the publisher scheduled in, to show the time as they meant it. */
  timeZone: Scalars['String']['input'];
};

/** Credentials to sign in with. */
export type SignInInput = {
  /** Sign-in email. */
  email: Scalars['String']['input'];
  /** Password. */
  password: Scalars['String']['input'];
};

/** What a staff member may do in Beacon. */
export type StaffRole =
  /** Does all of the above and manages staff accounts; reads the audit log. */
  | 'ADMIN'
  /** Keeps the catalogue (creators, videos, training, organisations, grants, crisis resources, campaigns) and nominates creators. */
  | 'EDITOR'
  /** Approves, schedules, publishes and withdraws spotlights; may also edit the catalogue. */
  | 'PUBLISHER'
  /** Signs off, returns or rejects nominations on safe-messaging grounds; may also edit the catalogue. */
  | 'SAFETY_REVIEWER'
  /** Reads everything staff can see; changes nothing. */
  | 'VIEWER';

/** Which staff members to list. */
export type StaffUserFilter = {
  /** Include deactivated accounts. */
  includeDeactivated?: InputMaybe<Scalars['Boolean']['input']>;
  /** Only members with this role. */
  role?: InputMaybe<StaffRole>;
  /** Text in the email or display name. */
  search?: InputMaybe<Scalars['String']['input']>;
};

/** Start a bulk import of creators. */
export type StartCreatorImportInput = {
  /** How many rows the file has (1 to 10000), for the progress bar. */
  expectedRows: Scalars['Int']['input'];
  /** What is being imported, usually the file name (1 to 200 characters). */
  label: Scalars['String']['input'];
};

/** What awareness content, a creator, an organisation, a training session or a crisis resource is about. Sensitive topics carry a content advisory. */
export type Topic =
  /** Anxiety. */
  | 'ANXIETY'
  /** Body image. */
  | 'BODY_IMAGE'
  /** Bullying. */
  | 'BULLYING'
  /** Depression. */
  | 'DEPRESSION'
  /** Eating disorders (sensitive: needs an advisory and crisis resources). */
  | 'EATING_DISORDERS'
  /** General well-being. */
  | 'GENERAL_WELLBEING'
  /** Grief and loss (sensitive: needs an advisory and crisis resources). */
  | 'GRIEF'
  /** Loneliness. */
  | 'LONELINESS'
  /** Neurodiversity. */
  | 'NEURODIVERSITY'
  /** Peer support. */
  | 'PEER_SUPPORT'
  /** Self-care. */
  | 'SELF_CARE'
  /** Self-harm (sensitive: needs an advisory and crisis resources). */
  | 'SELF_HARM'
  /** Stress. */
  | 'STRESS'
  /** Substance use (sensitive: needs an advisory and crisis resources). */
  | 'SUBSTANCE_USE'
  /** Suicide and suicide prevention (sensitive: needs an advisory and crisis resources). */
  | 'SUICIDE_PREVENTION'
  /** Trauma (sensitive: needs an advisory and crisis resources). */
  | 'TRAUMA';

/** Who a training session is for. */
export type TrainingAudience =
  /** Creators; enrolments name creators. */
  | 'CREATORS'
  /** Partner organisations; enrolments name organisations. */
  | 'PARTNER_ORGANISATIONS';

/** Which training enrolments to list. */
export type TrainingEnrolmentFilter = {
  /** Only completed enrolments (true) or not yet completed ones (false). */
  completed?: InputMaybe<Scalars['Boolean']['input']>;
  /** Only enrolments of this creator. */
  creatorId?: InputMaybe<Scalars['ID']['input']>;
  /** Include withdrawn (archived) enrolments. */
  includeArchived?: InputMaybe<Scalars['Boolean']['input']>;
  /** Only enrolments of this organisation. */
  organisationId?: InputMaybe<Scalars['ID']['input']>;
  /** Only enrolments in this training session. */
  sessionId?: InputMaybe<Scalars['ID']['input']>;
};

/** The critical moment a session prepares for. */
export type TrainingOccasion =
  /** The back-to-school season (late August to September in the northern hemisphere). */
  | 'BACK_TO_SCHOOL'
  /** Mental Health Awareness Month, May. */
  | 'MENTAL_HEALTH_AWARENESS_MONTH'
  /** No particular moment. */
  | 'ONGOING'
  /** Suicide prevention week, around 10 September. */
  | 'SUICIDE_PREVENTION_WEEK'
  /** World Mental Health Day, 10 October. */
  | 'WORLD_MENTAL_HEALTH_DAY'
  /** World Suicide Prevention Day, 10 September. */
  | 'WORLD_SUICIDE_PREVENTION_DAY';

/** Which training sessions to list. */
export type TrainingSessionFilter = {
  /** Only sessions for this audience. */
  audience?: InputMaybe<TrainingAudience>;
  /** Include archived sessions. */
  includeArchived?: InputMaybe<Scalars['Boolean']['input']>;
  /** Only sessions preparing for this critical moment. */
  occasion?: InputMaybe<TrainingOccasion>;
  /** Text found in the title (case-insensitive). */
  search?: InputMaybe<Scalars['String']['input']>;
  /** Only sessions starting at or after this time. */
  startsAfter?: InputMaybe<Scalars['DateTime']['input']>;
  /** Only sessions starting before this time. */
  startsBefore?: InputMaybe<Scalars['DateTime']['input']>;
  /** Only sessions teaching this topic. */
  topic?: InputMaybe<TrainingTopic>;
};

/** What a training session teaches. */
export type TrainingTopic =
  /** Preparing a partner's content and tools for a critical moment. */
  | 'CAMPAIGN_READINESS'
  /** Looking after the creator's own well-being. */
  | 'CREATOR_WELLBEING'
  /** Responding when a viewer discloses a crisis. */
  | 'CRISIS_RESPONSE'
  /** Talking about eating-disorder recovery without harmful detail. */
  | 'EATING_DISORDER_RECOVERY'
  /** Talking about grief and loss. */
  | 'GRIEF'
  /** Safe messaging about suicide and self-harm (required before a spotlight). */
  | 'SAFE_MESSAGING_SUICIDE';

/** Changes to an ad-credit grant; fields left out stay as they are. */
export type UpdateAdCreditGrantInput = {
  /** New amount in integer minor units; 1 to 1000000000000. */
  amountMinor?: InputMaybe<Scalars['SafeInt']['input']>;
  /** New ISO 4217 currency code. */
  currency?: InputMaybe<Scalars['String']['input']>;
  /** The version you last read; a newer one fails with CONFLICT and changes nothing. */
  expectedVersion: Scalars['Int']['input'];
  /** The record to update. */
  id: Scalars['ID']['input'];
  /** Whether the amount is illustrative. */
  illustrative?: InputMaybe<Scalars['Boolean']['input']>;
  /** New note for staff. */
  note?: InputMaybe<Scalars['String']['input']>;
  /** New status. */
  status?: InputMaybe<GrantStatus>;
};

/** Changes to a campaign; fields left out stay as they are. */
export type UpdateCampaignInput = {
  /** New description. */
  description?: InputMaybe<Scalars['String']['input']>;
  /** New last day (inclusive); not before the first day. */
  endsOn?: InputMaybe<Scalars['LocalDate']['input']>;
  /** The version you last read; a newer one fails with CONFLICT and changes nothing. */
  expectedVersion: Scalars['Int']['input'];
  /** New hashtag, starting with #. */
  hashtag?: InputMaybe<Scalars['String']['input']>;
  /** The record to update. */
  id: Scalars['ID']['input'];
  /** New name. */
  name?: InputMaybe<Scalars['String']['input']>;
  /** The new full list of partner organisations (replaces the current one). */
  partnerIds?: InputMaybe<Array<Scalars['ID']['input']>>;
  /** New slug; unique. */
  slug?: InputMaybe<Scalars['String']['input']>;
  /** New spotlight capacity (1 to 100). */
  spotlightCapacity?: InputMaybe<Scalars['Int']['input']>;
  /** New first day. */
  startsOn?: InputMaybe<Scalars['LocalDate']['input']>;
  /** New theme. */
  theme?: InputMaybe<Scalars['String']['input']>;
};

/** Changes to a creator; fields left out stay as they are. */
export type UpdateCreatorInput = {
  /** New biography. */
  bio?: InputMaybe<Scalars['String']['input']>;
  /** New display name. */
  displayName?: InputMaybe<Scalars['String']['input']>;
  /** The version you last read; a newer one fails with CONFLICT and changes nothing. */
  expectedVersion: Scalars['Int']['input'];
  /** New follower count (0 to 2147483647). */
  followerCount?: InputMaybe<Scalars['SafeInt']['input']>;
  /** New handle. */
  handle?: InputMaybe<Scalars['String']['input']>;
  /** The record to update. */
  id: Scalars['ID']['input'];
  /** New language tags. */
  languages?: InputMaybe<Array<Scalars['String']['input']>>;
  /** New profile link (https). */
  profileUrl?: InputMaybe<Scalars['String']['input']>;
  /** New region. */
  region?: InputMaybe<Scalars['String']['input']>;
  /** New standing. */
  status?: InputMaybe<CreatorStatus>;
  /** New topics. */
  topics?: InputMaybe<Array<Topic>>;
};

/** Changes to a crisis resource; fields left out stay as they are. */
export type UpdateCrisisResourceInput = {
  /** New ways to reach it (at least one). */
  contacts?: InputMaybe<Array<ContactMethodInput>>;
  /** The version you last read; a newer one fails with CONFLICT and changes nothing. */
  expectedVersion: Scalars['Int']['input'];
  /** New hours. */
  hours?: InputMaybe<Scalars['String']['input']>;
  /** The record to update. */
  id: Scalars['ID']['input'];
  /** Whether it is a global directory. */
  isGlobal?: InputMaybe<Scalars['Boolean']['input']>;
  /** New language tags. */
  languages?: InputMaybe<Array<Scalars['String']['input']>>;
  /** New name. */
  name?: InputMaybe<Scalars['String']['input']>;
  /** New organisation name. */
  organisationName?: InputMaybe<Scalars['String']['input']>;
  /** New regions served. */
  regions?: InputMaybe<Array<Scalars['String']['input']>>;
  /** New topics; empty means any crisis. */
  topics?: InputMaybe<Array<Topic>>;
};

/** Changes to an organisation; fields left out stay as they are. */
export type UpdateOrganisationInput = {
  /** New description. */
  description?: InputMaybe<Scalars['String']['input']>;
  /** The version you last read; a newer one fails with CONFLICT and changes nothing. */
  expectedVersion: Scalars['Int']['input'];
  /** New focus topics. */
  focusTopics?: InputMaybe<Array<Topic>>;
  /** The record to update. */
  id: Scalars['ID']['input'];
  /** New kind. */
  kind?: InputMaybe<OrganisationKind>;
  /** New name; unique. */
  name?: InputMaybe<Scalars['String']['input']>;
  /** New regions served; empty for worldwide. */
  regionsServed?: InputMaybe<Array<Scalars['String']['input']>>;
  /** New website (https). */
  website?: InputMaybe<Scalars['String']['input']>;
};

/** Changes to a training session; fields left out stay as they are. */
export type UpdateTrainingSessionInput = {
  /** New audience; only while the session has no enrolments. */
  audience?: InputMaybe<TrainingAudience>;
  /** New campaign; null removes it from its campaign. */
  campaignId?: InputMaybe<Scalars['ID']['input']>;
  /** New capacity; not below the number of current enrolments. */
  capacity?: InputMaybe<Scalars['Int']['input']>;
  /** New description. */
  description?: InputMaybe<Scalars['String']['input']>;
  /** New end time; after the start. */
  endsAt?: InputMaybe<Scalars['DateTime']['input']>;
  /** The version you last read; a newer one fails with CONFLICT and changes nothing. */
  expectedVersion: Scalars['Int']['input'];
  /** New facilitating organisation; null removes the facilitator. */
  facilitatorId?: InputMaybe<Scalars['ID']['input']>;
  /** The record to update. */
  id: Scalars['ID']['input'];
  /** New occasion. */
  occasion?: InputMaybe<TrainingOccasion>;
  /** New start time. */
  startsAt?: InputMaybe<Scalars['DateTime']['input']>;
  /** New IANA time zone. */
  timeZone?: InputMaybe<Scalars['String']['input']>;
  /** New title. */
  title?: InputMaybe<Scalars['String']['input']>;
  /** New topic. */
  topic?: InputMaybe<TrainingTopic>;
};

/** Changes to an awareness video; fields left out stay as they are. */
export type UpdateVideoInput = {
  /** Replace the advisory warning text (staff wording); send an empty string to go back to the derived text. */
  advisoryWarningOverride?: InputMaybe<Scalars['String']['input']>;
  /** New caption. */
  caption?: InputMaybe<Scalars['String']['input']>;
  /** New length in seconds. */
  durationSeconds?: InputMaybe<Scalars['Int']['input']>;
  /** The version you last read; a newer one fails with CONFLICT and changes nothing. */
  expectedVersion: Scalars['Int']['input'];
  /** New hashtags. */
  hashtags?: InputMaybe<Array<Scalars['String']['input']>>;
  /** The record to update. */
  id: Scalars['ID']['input'];
  /** New like count. */
  likes?: InputMaybe<Scalars['SafeInt']['input']>;
  /** New posting time. */
  publishedAt?: InputMaybe<Scalars['DateTime']['input']>;
  /** New share count. */
  shares?: InputMaybe<Scalars['SafeInt']['input']>;
  /** New content strategy. */
  strategy?: InputMaybe<ContentStrategy>;
  /** New title. */
  title?: InputMaybe<Scalars['String']['input']>;
  /** New topics; the advisory follows them. */
  topics?: InputMaybe<Array<Topic>>;
  /** New link (https). */
  url?: InputMaybe<Scalars['String']['input']>;
  /** New view count. */
  views?: InputMaybe<Scalars['SafeInt']['input']>;
};

/** A record and the version you last read; a newer version fails with CONFLICT. */
export type VersionedInput = {
  /** The version you last read; a newer one fails with CONFLICT and changes nothing. */
  expectedVersion: Scalars['Int']['input'];
  /** The record. */
  id: Scalars['ID']['input'];
};

/** Which awareness videos to list. */
export type VideoFilter = {
  /** Only videos by this creator. */
  creatorId?: InputMaybe<Scalars['ID']['input']>;
  /** Only videos that carry a content advisory (true) or none (false). */
  hasAdvisory?: InputMaybe<Scalars['Boolean']['input']>;
  /** Only videos whose title or caption has safe-messaging findings (true) or none (false), as of their last save (staff only). */
  hasSafetyFindings?: InputMaybe<Scalars['Boolean']['input']>;
  /** Include archived videos (staff only). */
  includeArchived?: InputMaybe<Scalars['Boolean']['input']>;
  /** Only videos by creators based in this ISO 3166-1 alpha-2 region. */
  region?: InputMaybe<Scalars['String']['input']>;
  /** Text found in the title or the caption (case-insensitive). */
  search?: InputMaybe<Scalars['String']['input']>;
  /** Only videos using this content strategy. */
  strategy?: InputMaybe<ContentStrategy>;
  /** Only videos on this topic. */
  topic?: InputMaybe<Topic>;
};

/** How to order a list of awareness videos. */
export type VideoOrder =
  /** Most views first. */
  | 'MOST_VIEWED'
  /** Most recently posted first (the default). */
  | 'NEWEST';

/** Withdraw a creator's spotlight consent. */
export type WithdrawConsentInput = {
  /** The version you last read; a newer one fails with CONFLICT and changes nothing. */
  expectedVersion: Scalars['Int']['input'];
  /** The record to update. */
  id: Scalars['ID']['input'];
};

/** Withdraw a spotlight. */
export type WithdrawInput = {
  /** The version you last read; a newer one fails with CONFLICT and changes nothing. */
  expectedVersion: Scalars['Int']['input'];
  /** The record to update. */
  id: Scalars['ID']['input'];
  /** Why it is withdrawn (kept in the audit log). */
  reason: Scalars['String']['input'];
};

export type RecordHistoryQueryVariables = Exact<{
  id: Scalars['ID']['input'];
  first: Scalars['Int']['input'];
  after: InputMaybe<Scalars['String']['input']>;
}>;


export type RecordHistoryQuery = { __typename?: 'Query', recordHistory: { __typename?: 'HistoryEntryConnection', totalCount: number, pageInfo: { __typename?: 'PageInfo', hasNextPage: boolean, endCursor: string | null }, nodes: Array<{ __typename?: 'HistoryEntry', id: string, action: string, actorName: string, occurredAt: string, reason: string | null, changes: Array<{ __typename?: 'FieldChange', field: string, before: string | null, after: string | null }> }> } };

export type AuditEventsQueryVariables = Exact<{
  first: InputMaybe<Scalars['Int']['input']>;
  after: InputMaybe<Scalars['String']['input']>;
  last: InputMaybe<Scalars['Int']['input']>;
  before: InputMaybe<Scalars['String']['input']>;
  filter: InputMaybe<AuditEventFilter>;
}>;


export type AuditEventsQuery = { __typename?: 'Query', auditEvents: { __typename?: 'AuditEventConnection', totalCount: number, pageInfo: { __typename?: 'PageInfo', hasNextPage: boolean, hasPreviousPage: boolean, startCursor: string | null, endCursor: string | null }, nodes: Array<{ __typename?: 'AuditEvent', id: string, action: string, occurredAt: string, reason: string | null, requestId: string | null, targetGlobalId: string, targetType: string, before: Record<string, unknown> | null, after: Record<string, unknown> | null, actor: { __typename?: 'StaffUser', id: string, displayName: string } | null }> } };

export type AuditActorsQueryVariables = Exact<{
  search: InputMaybe<Scalars['String']['input']>;
}>;


export type AuditActorsQuery = { __typename?: 'Query', staffUsers: { __typename?: 'StaffUserConnection', nodes: Array<{ __typename?: 'StaffUser', id: string, displayName: string, email: string }> } };

export type AuditActorNameQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type AuditActorNameQuery = { __typename?: 'Query', node:
    | { __typename?: 'AdCreditGrant', id: string }
    | { __typename?: 'AuditEvent', id: string }
    | { __typename?: 'AwarenessVideo', id: string }
    | { __typename?: 'Campaign', id: string }
    | { __typename?: 'Creator', id: string }
    | { __typename?: 'CreatorImport', id: string }
    | { __typename?: 'CrisisResource', id: string }
    | { __typename?: 'Organisation', id: string }
    | { __typename?: 'ProgrammingWindow', id: string }
    | { __typename?: 'Recognition', id: string }
    | { __typename?: 'RecognitionNote', id: string }
    | { __typename?: 'StaffUser', displayName: string, id: string }
    | { __typename?: 'TrainingEnrolment', id: string }
    | { __typename?: 'TrainingSession', id: string }
   | null };

export type MeQueryVariables = Exact<{ [key: string]: never; }>;


export type MeQuery = { __typename?: 'Query', me: { __typename?: 'StaffUser', id: string, email: string, displayName: string, role: StaffRole } | null };

export type SignInMutationVariables = Exact<{
  input: SignInInput;
}>;


export type SignInMutation = { __typename?: 'Mutation', signIn: { __typename?: 'SignInPayload', user: { __typename?: 'StaffUser', id: string, email: string, displayName: string, role: StaffRole } } };

export type SignOutMutationVariables = Exact<{ [key: string]: never; }>;


export type SignOutMutation = { __typename?: 'Mutation', signOut: boolean };

export type SpotlightFieldsFragment = { __typename?: 'Recognition', id: string, status: RecognitionStatus, rank: number | null, version: number, publishedAt: string | null, scheduledFor: string | null, scheduledTimeZone: string | null, scheduleFailure: string | null, nominatedAt: string, creator: { __typename?: 'Creator', id: string, displayName: string, handle: string } };

export type CampaignBoardQueryVariables = Exact<{
  campaignId: Scalars['ID']['input'];
  pipelineStatuses: Array<RecognitionStatus> | RecognitionStatus;
}>;


export type CampaignBoardQuery = { __typename?: 'Query', published: { __typename?: 'RecognitionConnection', totalCount: number, nodes: Array<{ __typename?: 'Recognition', id: string, status: RecognitionStatus, rank: number | null, version: number, publishedAt: string | null, scheduledFor: string | null, scheduledTimeZone: string | null, scheduleFailure: string | null, nominatedAt: string, creator: { __typename?: 'Creator', id: string, displayName: string, handle: string } }> }, scheduled: { __typename?: 'RecognitionConnection', totalCount: number, nodes: Array<{ __typename?: 'Recognition', id: string, status: RecognitionStatus, rank: number | null, version: number, publishedAt: string | null, scheduledFor: string | null, scheduledTimeZone: string | null, scheduleFailure: string | null, nominatedAt: string, creator: { __typename?: 'Creator', id: string, displayName: string, handle: string } }> }, pipeline: { __typename?: 'RecognitionConnection', totalCount: number, nodes: Array<{ __typename?: 'Recognition', id: string, status: RecognitionStatus, rank: number | null, version: number, publishedAt: string | null, scheduledFor: string | null, scheduledTimeZone: string | null, scheduleFailure: string | null, nominatedAt: string, creator: { __typename?: 'Creator', id: string, displayName: string, handle: string } }> }, recognitionStatusCounts: Array<{ __typename?: 'RecognitionStatusCount', status: RecognitionStatus, count: number }> };

export type CriticalMomentsQueryVariables = Exact<{
  year: Scalars['Int']['input'];
}>;


export type CriticalMomentsQuery = { __typename?: 'Query', criticalMoments: Array<{ __typename?: 'CriticalMoment', name: string, occasion: TrainingOccasion, startsOn: string, endsOn: string, trainingSessionsBefore: { __typename?: 'TrainingSessionConnection', totalCount: number, nodes: Array<{ __typename?: 'TrainingSession', id: string, title: string, audience: TrainingAudience, startsAt: string, endsAt: string, timeZone: string, seatsLeft: number, capacity: number, facilitator: { __typename?: 'Organisation', id: string, name: string } | null }> } }> };

export type ReorderSpotlightMutationVariables = Exact<{
  input: ReorderSpotlightInput;
}>;


export type ReorderSpotlightMutation = { __typename?: 'Mutation', reorderSpotlight: Array<{ __typename?: 'Recognition', id: string, rank: number | null, version: number, campaign: { __typename?: 'Campaign', id: string, version: number } }> };

export type CampaignSlugByIdQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type CampaignSlugByIdQuery = { __typename?: 'Query', node:
    | { __typename?: 'AdCreditGrant', id: string }
    | { __typename?: 'AuditEvent', id: string }
    | { __typename?: 'AwarenessVideo', id: string }
    | { __typename?: 'Campaign', slug: string, id: string }
    | { __typename?: 'Creator', id: string }
    | { __typename?: 'CreatorImport', id: string }
    | { __typename?: 'CrisisResource', id: string }
    | { __typename?: 'Organisation', id: string }
    | { __typename?: 'ProgrammingWindow', id: string }
    | { __typename?: 'Recognition', id: string }
    | { __typename?: 'RecognitionNote', id: string }
    | { __typename?: 'StaffUser', id: string }
    | { __typename?: 'TrainingEnrolment', id: string }
    | { __typename?: 'TrainingSession', id: string }
   | null };

export type PartnerOptionsQueryVariables = Exact<{
  search: InputMaybe<Scalars['String']['input']>;
}>;


export type PartnerOptionsQuery = { __typename?: 'Query', organisations: { __typename?: 'OrganisationConnection', totalCount: number, nodes: Array<{ __typename?: 'Organisation', id: string, name: string }> } };

export type UpdateCampaignMutationVariables = Exact<{
  input: UpdateCampaignInput;
}>;


export type UpdateCampaignMutation = { __typename?: 'Mutation', updateCampaign: { __typename?: 'CampaignPayload', campaign: { __typename?: 'Campaign', id: string, slug: string, name: string, hashtag: string, theme: string, description: string, startsOn: string, endsOn: string, spotlightCapacity: number, archivedAt: string | null, version: number, partners: { __typename?: 'OrganisationConnection', totalCount: number, nodes: Array<{ __typename?: 'Organisation', id: string, name: string, kind: OrganisationKind, website: string, description: string }> } } } };

export type AddProgrammingWindowMutationVariables = Exact<{
  input: AddProgrammingWindowInput;
}>;


export type AddProgrammingWindowMutation = { __typename?: 'Mutation', addProgrammingWindow: { __typename?: 'CampaignPayload', campaign: { __typename?: 'Campaign', id: string, version: number, programmingWindows: { __typename?: 'ProgrammingWindowConnection', totalCount: number, nodes: Array<{ __typename?: 'ProgrammingWindow', id: string, title: string, description: string, startsAt: string, endsAt: string, timeZone: string }> } } } };

export type RemoveProgrammingWindowMutationVariables = Exact<{
  input: RemoveProgrammingWindowInput;
}>;


export type RemoveProgrammingWindowMutation = { __typename?: 'Mutation', removeProgrammingWindow: { __typename?: 'CampaignPayload', campaign: { __typename?: 'Campaign', id: string, version: number, programmingWindows: { __typename?: 'ProgrammingWindowConnection', totalCount: number, nodes: Array<{ __typename?: 'ProgrammingWindow', id: string, title: string, description: string, startsAt: string, endsAt: string, timeZone: string }> } } } };

export type CampaignsQueryVariables = Exact<{
  first: InputMaybe<Scalars['Int']['input']>;
  after: InputMaybe<Scalars['String']['input']>;
  last: InputMaybe<Scalars['Int']['input']>;
  before: InputMaybe<Scalars['String']['input']>;
  filter: InputMaybe<CampaignFilter>;
  orderBy?: CampaignOrder;
}>;


export type CampaignsQuery = { __typename?: 'Query', campaigns: { __typename?: 'CampaignConnection', totalCount: number, pageInfo: { __typename?: 'PageInfo', hasNextPage: boolean, hasPreviousPage: boolean, startCursor: string | null, endCursor: string | null }, nodes: Array<{ __typename?: 'Campaign', id: string, slug: string, name: string, hashtag: string, theme: string, startsOn: string, endsOn: string, spotlightCapacity: number, archivedAt: string | null }> } };

export type CampaignQueryVariables = Exact<{
  slug: Scalars['String']['input'];
}>;


export type CampaignQuery = { __typename?: 'Query', campaign: { __typename?: 'Campaign', id: string, slug: string, name: string, hashtag: string, theme: string, description: string, startsOn: string, endsOn: string, spotlightCapacity: number, archivedAt: string | null, version: number, programmingWindows: { __typename?: 'ProgrammingWindowConnection', totalCount: number, nodes: Array<{ __typename?: 'ProgrammingWindow', id: string, title: string, description: string, startsAt: string, endsAt: string, timeZone: string }> }, partners: { __typename?: 'OrganisationConnection', totalCount: number, nodes: Array<{ __typename?: 'Organisation', id: string, name: string, kind: OrganisationKind, website: string, description: string }> } } | null };

export type StartCreatorImportMutationVariables = Exact<{
  input: StartCreatorImportInput;
}>;


export type StartCreatorImportMutation = { __typename?: 'Mutation', startCreatorImport: { __typename?: 'CreatorImportPayload', creatorImport: { __typename?: 'CreatorImport', id: string, status: CreatorImportStatus, expectedRows: number, receivedRows: number, invalidRows: number } } };

export type AddCreatorImportRowsMutationVariables = Exact<{
  input: AddCreatorImportRowsInput;
}>;


export type AddCreatorImportRowsMutation = { __typename?: 'Mutation', addCreatorImportRows: { __typename?: 'AddCreatorImportRowsPayload', creatorImport: { __typename?: 'CreatorImport', id: string, status: CreatorImportStatus, receivedRows: number, invalidRows: number }, rows: Array<{ __typename?: 'CreatorImportRow', rowNumber: number, valid: boolean, problems: Array<{ __typename?: 'ImportProblem', code: ImportProblemCode, field: string, message: string }> }> } };

export type CommitCreatorImportMutationVariables = Exact<{
  input: CreatorImportInput;
}>;


export type CommitCreatorImportMutation = { __typename?: 'Mutation', commitCreatorImport: { __typename?: 'CreatorImportPayload', creatorImport: { __typename?: 'CreatorImport', id: string, status: CreatorImportStatus, createdCount: number | null, receivedRows: number, invalidRows: number } } };

export type CancelCreatorImportMutationVariables = Exact<{
  input: CreatorImportInput;
}>;


export type CancelCreatorImportMutation = { __typename?: 'Mutation', cancelCreatorImport: { __typename?: 'CreatorImportPayload', creatorImport: { __typename?: 'CreatorImport', id: string, status: CreatorImportStatus } } };

export type CreatorProfileQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type CreatorProfileQuery = { __typename?: 'Query', node:
    | { __typename?: 'AdCreditGrant', id: string }
    | { __typename?: 'AuditEvent', id: string }
    | { __typename?: 'AwarenessVideo', id: string }
    | { __typename?: 'Campaign', id: string }
    | { __typename?: 'Creator', handle: string, displayName: string, bio: string, region: string, languages: Array<string>, topics: Array<Topic>, followerCount: number, profileUrl: string, status: CreatorStatus | null, archivedAt: string | null, createdAt: string, version: number, id: string, consent: { __typename?: 'SpotlightConsent', active: boolean, scope: ConsentScope, givenAt: string, withdrawnAt: string | null } | null, safetyFindings: Array<{ __typename?: 'SafetyFindingType', field: SafetyField, ruleId: string, severity: SafetySeverity, start: number, end: number, excerpt: string, message: string, suggestion: string | null }> | null }
    | { __typename?: 'CreatorImport', id: string }
    | { __typename?: 'CrisisResource', id: string }
    | { __typename?: 'Organisation', id: string }
    | { __typename?: 'ProgrammingWindow', id: string }
    | { __typename?: 'Recognition', id: string }
    | { __typename?: 'RecognitionNote', id: string }
    | { __typename?: 'StaffUser', id: string }
    | { __typename?: 'TrainingEnrolment', id: string }
    | { __typename?: 'TrainingSession', id: string }
   | null };

export type CreatorConsentImpactQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type CreatorConsentImpactQuery = { __typename?: 'Query', node:
    | { __typename?: 'AdCreditGrant', id: string }
    | { __typename?: 'AuditEvent', id: string }
    | { __typename?: 'AwarenessVideo', id: string }
    | { __typename?: 'Campaign', id: string }
    | { __typename?: 'Creator', id: string, consentWithdrawalImpact: Array<{ __typename?: 'Recognition', id: string, status: RecognitionStatus, scheduledFor: string | null, campaign: { __typename?: 'Campaign', id: string, name: string } }> | null }
    | { __typename?: 'CreatorImport', id: string }
    | { __typename?: 'CrisisResource', id: string }
    | { __typename?: 'Organisation', id: string }
    | { __typename?: 'ProgrammingWindow', id: string }
    | { __typename?: 'Recognition', id: string }
    | { __typename?: 'RecognitionNote', id: string }
    | { __typename?: 'StaffUser', id: string }
    | { __typename?: 'TrainingEnrolment', id: string }
    | { __typename?: 'TrainingSession', id: string }
   | null };

export type CreatorEnrolmentsQueryVariables = Exact<{
  creatorId: Scalars['ID']['input'];
  first: InputMaybe<Scalars['Int']['input']>;
  after: InputMaybe<Scalars['String']['input']>;
  last: InputMaybe<Scalars['Int']['input']>;
  before: InputMaybe<Scalars['String']['input']>;
}>;


export type CreatorEnrolmentsQuery = { __typename?: 'Query', trainingEnrolments: { __typename?: 'TrainingEnrolmentConnection', totalCount: number, pageInfo: { __typename?: 'PageInfo', hasNextPage: boolean, hasPreviousPage: boolean, startCursor: string | null, endCursor: string | null }, nodes: Array<{ __typename?: 'TrainingEnrolment', id: string, attended: boolean, completed: boolean, completedAt: string | null, session: { __typename?: 'TrainingSession', id: string, title: string, topic: TrainingTopic, startsAt: string, endsAt: string, timeZone: string } }> } };

export type CreatorCompletedTrainingQueryVariables = Exact<{
  creatorId: Scalars['ID']['input'];
}>;


export type CreatorCompletedTrainingQuery = { __typename?: 'Query', trainingEnrolments: { __typename?: 'TrainingEnrolmentConnection', totalCount: number, nodes: Array<{ __typename?: 'TrainingEnrolment', id: string, completed: boolean, completedAt: string | null, session: { __typename?: 'TrainingSession', id: string, title: string, topic: TrainingTopic } }> } };

export type CreatorVideosQueryVariables = Exact<{
  id: Scalars['ID']['input'];
  after: InputMaybe<Scalars['String']['input']>;
}>;


export type CreatorVideosQuery = { __typename?: 'Query', node:
    | { __typename?: 'AdCreditGrant', id: string }
    | { __typename?: 'AuditEvent', id: string }
    | { __typename?: 'AwarenessVideo', id: string }
    | { __typename?: 'Campaign', id: string }
    | { __typename?: 'Creator', id: string, videos: { __typename?: 'AwarenessVideoConnection', totalCount: number, pageInfo: { __typename?: 'PageInfo', hasNextPage: boolean, endCursor: string | null }, nodes: Array<{ __typename?: 'AwarenessVideo', id: string, version: number, title: string, caption: string, url: string, publishedAt: string, topics: Array<Topic>, advisory: { __typename?: 'ContentAdvisory', required: boolean, warningText: string | null, warningOverridden: boolean, requiresOptIn: boolean, minimumAge: number | null, sensitiveTopics: Array<Topic> } }> } }
    | { __typename?: 'CreatorImport', id: string }
    | { __typename?: 'CrisisResource', id: string }
    | { __typename?: 'Organisation', id: string }
    | { __typename?: 'ProgrammingWindow', id: string }
    | { __typename?: 'Recognition', id: string }
    | { __typename?: 'RecognitionNote', id: string }
    | { __typename?: 'StaffUser', id: string }
    | { __typename?: 'TrainingEnrolment', id: string }
    | { __typename?: 'TrainingSession', id: string }
   | null };

export type CreatorRecognitionsQueryVariables = Exact<{
  creatorId: Scalars['ID']['input'];
  first: InputMaybe<Scalars['Int']['input']>;
  after: InputMaybe<Scalars['String']['input']>;
  last: InputMaybe<Scalars['Int']['input']>;
  before: InputMaybe<Scalars['String']['input']>;
}>;


export type CreatorRecognitionsQuery = { __typename?: 'Query', recognitions: { __typename?: 'RecognitionConnection', totalCount: number, pageInfo: { __typename?: 'PageInfo', hasNextPage: boolean, hasPreviousPage: boolean, startCursor: string | null, endCursor: string | null }, nodes: Array<{ __typename?: 'Recognition', id: string, status: RecognitionStatus, rank: number | null, nominatedAt: string, publishedAt: string | null, withdrawnAt: string | null, withdrawalReason: string | null, scheduledFor: string | null, campaign: { __typename?: 'Campaign', id: string, name: string, slug: string } }> } };

export type UpdateCreatorMutationVariables = Exact<{
  input: UpdateCreatorInput;
}>;


export type UpdateCreatorMutation = { __typename?: 'Mutation', updateCreator: { __typename?: 'CreatorPayload', creator: { __typename?: 'Creator', id: string, version: number, handle: string, displayName: string, bio: string, region: string, languages: Array<string>, topics: Array<Topic>, followerCount: number, profileUrl: string, status: CreatorStatus | null, updatedAt: string, safetyFindings: Array<{ __typename?: 'SafetyFindingType', field: SafetyField, ruleId: string, severity: SafetySeverity, start: number, end: number, excerpt: string, message: string, suggestion: string | null }> | null } } };

export type RecordCreatorConsentMutationVariables = Exact<{
  input: RecordConsentInput;
}>;


export type RecordCreatorConsentMutation = { __typename?: 'Mutation', recordCreatorConsent: { __typename?: 'CreatorPayload', creator: { __typename?: 'Creator', id: string, version: number, updatedAt: string, consent: { __typename?: 'SpotlightConsent', active: boolean, scope: ConsentScope, givenAt: string, withdrawnAt: string | null } | null } } };

export type WithdrawCreatorConsentMutationVariables = Exact<{
  input: WithdrawConsentInput;
}>;


export type WithdrawCreatorConsentMutation = { __typename?: 'Mutation', withdrawCreatorConsent: { __typename?: 'CreatorPayload', creator: { __typename?: 'Creator', id: string, version: number, updatedAt: string, consent: { __typename?: 'SpotlightConsent', active: boolean, scope: ConsentScope, givenAt: string, withdrawnAt: string | null } | null, consentWithdrawalImpact: Array<{ __typename?: 'Recognition', id: string }> | null } } };

export type OverrideVideoAdvisoryMutationVariables = Exact<{
  input: UpdateVideoInput;
}>;


export type OverrideVideoAdvisoryMutation = { __typename?: 'Mutation', updateAwarenessVideo: { __typename?: 'AwarenessVideoPayload', video: { __typename?: 'AwarenessVideo', id: string, version: number, advisory: { __typename?: 'ContentAdvisory', required: boolean, warningText: string | null, warningOverridden: boolean, requiresOptIn: boolean, minimumAge: number | null, sensitiveTopics: Array<Topic> } } } };

export type CreatorsQueryVariables = Exact<{
  first: InputMaybe<Scalars['Int']['input']>;
  after: InputMaybe<Scalars['String']['input']>;
  last: InputMaybe<Scalars['Int']['input']>;
  before: InputMaybe<Scalars['String']['input']>;
  filter: InputMaybe<CreatorFilter>;
  orderBy?: CreatorOrder;
}>;


export type CreatorsQuery = { __typename?: 'Query', creators: { __typename?: 'CreatorConnection', totalCount: number, totalCountIsExact: boolean, pageInfo: { __typename?: 'PageInfo', hasNextPage: boolean, hasPreviousPage: boolean, startCursor: string | null, endCursor: string | null }, nodes: Array<{ __typename?: 'Creator', id: string, handle: string, displayName: string, region: string, topics: Array<Topic>, followerCount: number, status: CreatorStatus | null, consent: { __typename?: 'SpotlightConsent', active: boolean, scope: ConsentScope, givenAt: string, withdrawnAt: string | null } | null }> } };

export type StaleCrisisResourcesQueryVariables = Exact<{
  first: InputMaybe<Scalars['Int']['input']>;
  after: InputMaybe<Scalars['String']['input']>;
  last: InputMaybe<Scalars['Int']['input']>;
  before: InputMaybe<Scalars['String']['input']>;
}>;


export type StaleCrisisResourcesQuery = { __typename?: 'Query', staleCrisisResources: { __typename?: 'CrisisResourceConnection', totalCount: number, pageInfo: { __typename?: 'PageInfo', hasNextPage: boolean, hasPreviousPage: boolean, startCursor: string | null, endCursor: string | null }, nodes: Array<{ __typename?: 'CrisisResource', id: string, version: number, name: string, organisationName: string, regions: Array<string>, isGlobal: boolean, topics: Array<Topic>, hours: string, lastVerifiedAt: string, isStale: boolean | null, contacts: Array<{ __typename?: 'ContactMethod', channel: ContactChannel, value: string, instructions: string | null }> }> } };

export type RegionCrisisResourcesQueryVariables = Exact<{
  region: InputMaybe<Scalars['String']['input']>;
  first: InputMaybe<Scalars['Int']['input']>;
  after: InputMaybe<Scalars['String']['input']>;
  last: InputMaybe<Scalars['Int']['input']>;
  before: InputMaybe<Scalars['String']['input']>;
}>;


export type RegionCrisisResourcesQuery = { __typename?: 'Query', crisisResources: { __typename?: 'CrisisResourceConnection', totalCount: number, pageInfo: { __typename?: 'PageInfo', hasNextPage: boolean, hasPreviousPage: boolean, startCursor: string | null, endCursor: string | null }, nodes: Array<{ __typename?: 'CrisisResource', id: string, version: number, name: string, organisationName: string, regions: Array<string>, isGlobal: boolean, topics: Array<Topic>, hours: string, lastVerifiedAt: string, isStale: boolean | null, contacts: Array<{ __typename?: 'ContactMethod', channel: ContactChannel, value: string, instructions: string | null }> }> } };

export type CrisisResourceDirectoryQueryVariables = Exact<{
  filter: InputMaybe<CrisisResourceDirectoryFilter>;
  first: InputMaybe<Scalars['Int']['input']>;
  after: InputMaybe<Scalars['String']['input']>;
  last: InputMaybe<Scalars['Int']['input']>;
  before: InputMaybe<Scalars['String']['input']>;
}>;


export type CrisisResourceDirectoryQuery = { __typename?: 'Query', crisisResourceDirectory: { __typename?: 'CrisisResourceConnection', totalCount: number, pageInfo: { __typename?: 'PageInfo', hasNextPage: boolean, hasPreviousPage: boolean, startCursor: string | null, endCursor: string | null }, nodes: Array<{ __typename?: 'CrisisResource', archivedAt: string | null, id: string, version: number, name: string, organisationName: string, regions: Array<string>, isGlobal: boolean, topics: Array<Topic>, hours: string, lastVerifiedAt: string, isStale: boolean | null, contacts: Array<{ __typename?: 'ContactMethod', channel: ContactChannel, value: string, instructions: string | null }> }> } };

export type CrisisResourceRowFragment = { __typename?: 'CrisisResource', id: string, version: number, name: string, organisationName: string, regions: Array<string>, isGlobal: boolean, topics: Array<Topic>, hours: string, lastVerifiedAt: string, isStale: boolean | null, contacts: Array<{ __typename?: 'ContactMethod', channel: ContactChannel, value: string, instructions: string | null }> };

export type CrisisResourceQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type CrisisResourceQuery = { __typename?: 'Query', node:
    | { __typename: 'AdCreditGrant', id: string }
    | { __typename: 'AuditEvent', id: string }
    | { __typename: 'AwarenessVideo', id: string }
    | { __typename: 'Campaign', id: string }
    | { __typename: 'Creator', id: string }
    | { __typename: 'CreatorImport', id: string }
    | { __typename: 'CrisisResource', topics: Array<Topic>, languages: Array<string>, archivedAt: string | null, id: string, version: number, name: string, organisationName: string, regions: Array<string>, isGlobal: boolean, hours: string, lastVerifiedAt: string, isStale: boolean | null, contacts: Array<{ __typename?: 'ContactMethod', channel: ContactChannel, value: string, instructions: string | null }> }
    | { __typename: 'Organisation', id: string }
    | { __typename: 'ProgrammingWindow', id: string }
    | { __typename: 'Recognition', id: string }
    | { __typename: 'RecognitionNote', id: string }
    | { __typename: 'StaffUser', id: string }
    | { __typename: 'TrainingEnrolment', id: string }
    | { __typename: 'TrainingSession', id: string }
   | null };

export type MarkCrisisResourceVerifiedMutationVariables = Exact<{
  input: MarkCrisisResourceVerifiedInput;
}>;


export type MarkCrisisResourceVerifiedMutation = { __typename?: 'Mutation', markCrisisResourceVerified: { __typename?: 'CrisisResourcePayload', crisisResource: { __typename?: 'CrisisResource', id: string, version: number, lastVerifiedAt: string, isStale: boolean | null } } };

export type CreateCrisisResourceMutationVariables = Exact<{
  input: CreateCrisisResourceInput;
}>;


export type CreateCrisisResourceMutation = { __typename?: 'Mutation', createCrisisResource: { __typename?: 'CrisisResourcePayload', crisisResource: { __typename?: 'CrisisResource', id: string, topics: Array<Topic>, languages: Array<string>, archivedAt: string | null, version: number, name: string, organisationName: string, regions: Array<string>, isGlobal: boolean, hours: string, lastVerifiedAt: string, isStale: boolean | null, contacts: Array<{ __typename?: 'ContactMethod', channel: ContactChannel, value: string, instructions: string | null }> } } };

export type UpdateCrisisResourceMutationVariables = Exact<{
  input: UpdateCrisisResourceInput;
}>;


export type UpdateCrisisResourceMutation = { __typename?: 'Mutation', updateCrisisResource: { __typename?: 'CrisisResourcePayload', crisisResource: { __typename?: 'CrisisResource', id: string, topics: Array<Topic>, languages: Array<string>, archivedAt: string | null, version: number, name: string, organisationName: string, regions: Array<string>, isGlobal: boolean, hours: string, lastVerifiedAt: string, isStale: boolean | null, contacts: Array<{ __typename?: 'ContactMethod', channel: ContactChannel, value: string, instructions: string | null }> } } };

export type GrantsQueryVariables = Exact<{
  first: InputMaybe<Scalars['Int']['input']>;
  after: InputMaybe<Scalars['String']['input']>;
  last: InputMaybe<Scalars['Int']['input']>;
  before: InputMaybe<Scalars['String']['input']>;
  filter: InputMaybe<GrantFilter>;
  orderBy?: GrantOrder;
}>;


export type GrantsQuery = { __typename?: 'Query', adCreditGrants: { __typename?: 'AdCreditGrantConnection', totalCount: number, pageInfo: { __typename?: 'PageInfo', hasNextPage: boolean, hasPreviousPage: boolean, startCursor: string | null, endCursor: string | null }, nodes: Array<{ __typename?: 'AdCreditGrant', id: string, status: GrantStatus, illustrative: boolean, note: string, amount: { __typename?: 'Money', amountMinor: number, currency: string, formatted: string }, organisation: { __typename?: 'Organisation', id: string, name: string }, campaign: { __typename?: 'Campaign', id: string, name: string, slug: string } }> } };

export type GrantTotalsQueryVariables = Exact<{
  currency: InputMaybe<Scalars['String']['input']>;
  first: Scalars['Int']['input'];
}>;


export type GrantTotalsQuery = { __typename?: 'Query', byCampaign: { __typename?: 'GrantTotals', currency: string, currencies: Array<string>, holderCount: number, grandTotal: { __typename?: 'Money', amountMinor: number, currency: string, formatted: string }, top: Array<{ __typename?: 'GrantHolderTotal', holder:
        | { __typename?: 'Campaign', id: string, name: string, archivedAt: string | null }
        | { __typename?: 'Organisation', id: string, name: string, archivedAt: string | null }
      , total: { __typename?: 'Money', amountMinor: number, currency: string, formatted: string } }> }, byOrganisation: { __typename?: 'GrantTotals', currency: string, currencies: Array<string>, holderCount: number, grandTotal: { __typename?: 'Money', amountMinor: number, currency: string, formatted: string }, top: Array<{ __typename?: 'GrantHolderTotal', holder:
        | { __typename?: 'Campaign', id: string, name: string, archivedAt: string | null }
        | { __typename?: 'Organisation', id: string, name: string, archivedAt: string | null }
      , total: { __typename?: 'Money', amountMinor: number, currency: string, formatted: string } }> } };

export type GrantTotalsPartsFragment = { __typename?: 'GrantTotals', currency: string, currencies: Array<string>, holderCount: number, grandTotal: { __typename?: 'Money', amountMinor: number, currency: string, formatted: string }, top: Array<{ __typename?: 'GrantHolderTotal', holder:
      | { __typename?: 'Campaign', id: string, name: string, archivedAt: string | null }
      | { __typename?: 'Organisation', id: string, name: string, archivedAt: string | null }
    , total: { __typename?: 'Money', amountMinor: number, currency: string, formatted: string } }> };

export type GrantOrganisationChoicesQueryVariables = Exact<{
  search: InputMaybe<Scalars['String']['input']>;
}>;


export type GrantOrganisationChoicesQuery = { __typename?: 'Query', organisations: { __typename?: 'OrganisationConnection', nodes: Array<{ __typename?: 'Organisation', id: string, name: string }> } };

export type GrantCampaignChoicesQueryVariables = Exact<{
  search: InputMaybe<Scalars['String']['input']>;
}>;


export type GrantCampaignChoicesQuery = { __typename?: 'Query', campaigns: { __typename?: 'CampaignConnection', nodes: Array<{ __typename?: 'Campaign', id: string, name: string }> } };

export type GrantFilterOrganisationQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type GrantFilterOrganisationQuery = { __typename?: 'Query', node:
    | { __typename?: 'AdCreditGrant', id: string }
    | { __typename?: 'AuditEvent', id: string }
    | { __typename?: 'AwarenessVideo', id: string }
    | { __typename?: 'Campaign', id: string }
    | { __typename?: 'Creator', id: string }
    | { __typename?: 'CreatorImport', id: string }
    | { __typename?: 'CrisisResource', id: string }
    | { __typename?: 'Organisation', name: string, id: string }
    | { __typename?: 'ProgrammingWindow', id: string }
    | { __typename?: 'Recognition', id: string }
    | { __typename?: 'RecognitionNote', id: string }
    | { __typename?: 'StaffUser', id: string }
    | { __typename?: 'TrainingEnrolment', id: string }
    | { __typename?: 'TrainingSession', id: string }
   | null };

export type GrantFilterCampaignQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type GrantFilterCampaignQuery = { __typename?: 'Query', node:
    | { __typename?: 'AdCreditGrant', id: string }
    | { __typename?: 'AuditEvent', id: string }
    | { __typename?: 'AwarenessVideo', id: string }
    | { __typename?: 'Campaign', name: string, id: string }
    | { __typename?: 'Creator', id: string }
    | { __typename?: 'CreatorImport', id: string }
    | { __typename?: 'CrisisResource', id: string }
    | { __typename?: 'Organisation', id: string }
    | { __typename?: 'ProgrammingWindow', id: string }
    | { __typename?: 'Recognition', id: string }
    | { __typename?: 'RecognitionNote', id: string }
    | { __typename?: 'StaffUser', id: string }
    | { __typename?: 'TrainingEnrolment', id: string }
    | { __typename?: 'TrainingSession', id: string }
   | null };

export type GrantQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type GrantQuery = { __typename?: 'Query', node:
    | { __typename: 'AdCreditGrant', version: number, status: GrantStatus, illustrative: boolean, note: string, createdAt: string, archivedAt: string | null, id: string, amount: { __typename?: 'Money', amountMinor: number, currency: string, formatted: string }, organisation: { __typename?: 'Organisation', id: string, name: string }, campaign: { __typename?: 'Campaign', id: string, name: string, slug: string } }
    | { __typename: 'AuditEvent', id: string }
    | { __typename: 'AwarenessVideo', id: string }
    | { __typename: 'Campaign', id: string }
    | { __typename: 'Creator', id: string }
    | { __typename: 'CreatorImport', id: string }
    | { __typename: 'CrisisResource', id: string }
    | { __typename: 'Organisation', id: string }
    | { __typename: 'ProgrammingWindow', id: string }
    | { __typename: 'Recognition', id: string }
    | { __typename: 'RecognitionNote', id: string }
    | { __typename: 'StaffUser', id: string }
    | { __typename: 'TrainingEnrolment', id: string }
    | { __typename: 'TrainingSession', id: string }
   | null };

export type CreateGrantMutationVariables = Exact<{
  input: CreateAdCreditGrantInput;
}>;


export type CreateGrantMutation = { __typename?: 'Mutation', createAdCreditGrant: { __typename?: 'AdCreditGrantPayload', grant: { __typename?: 'AdCreditGrant', id: string, amount: { __typename?: 'Money', formatted: string }, organisation: { __typename?: 'Organisation', id: string, name: string } } } };

export type UpdateGrantMutationVariables = Exact<{
  input: UpdateAdCreditGrantInput;
}>;


export type UpdateGrantMutation = { __typename?: 'Mutation', updateAdCreditGrant: { __typename?: 'AdCreditGrantPayload', grant: { __typename?: 'AdCreditGrant', id: string, version: number, status: GrantStatus, illustrative: boolean, note: string, amount: { __typename?: 'Money', amountMinor: number, currency: string, formatted: string }, organisation: { __typename?: 'Organisation', id: string, name: string } } } };

export type OrganisationsQueryVariables = Exact<{
  first: InputMaybe<Scalars['Int']['input']>;
  after: InputMaybe<Scalars['String']['input']>;
  last: InputMaybe<Scalars['Int']['input']>;
  before: InputMaybe<Scalars['String']['input']>;
  filter: InputMaybe<OrganisationFilter>;
}>;


export type OrganisationsQuery = { __typename?: 'Query', organisations: { __typename?: 'OrganisationConnection', totalCount: number, pageInfo: { __typename?: 'PageInfo', hasNextPage: boolean, hasPreviousPage: boolean, startCursor: string | null, endCursor: string | null }, nodes: Array<{ __typename?: 'Organisation', id: string, name: string, kind: OrganisationKind, website: string, regionsServed: Array<string>, focusTopics: Array<Topic>, grantTotal: Array<{ __typename?: 'Money', amountMinor: number, currency: string, formatted: string }> | null }> } };

export type OrganisationQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type OrganisationQuery = { __typename?: 'Query', node:
    | { __typename: 'AdCreditGrant', id: string }
    | { __typename: 'AuditEvent', id: string }
    | { __typename: 'AwarenessVideo', id: string }
    | { __typename: 'Campaign', id: string }
    | { __typename: 'Creator', id: string }
    | { __typename: 'CreatorImport', id: string }
    | { __typename: 'CrisisResource', id: string }
    | { __typename: 'Organisation', version: number, name: string, kind: OrganisationKind, website: string, description: string, regionsServed: Array<string>, focusTopics: Array<Topic>, id: string, grantTotal: Array<{ __typename?: 'Money', amountMinor: number, currency: string, formatted: string }> | null, grants: { __typename?: 'AdCreditGrantConnection', totalCount: number, nodes: Array<{ __typename?: 'AdCreditGrant', id: string, status: GrantStatus, illustrative: boolean, amount: { __typename?: 'Money', amountMinor: number, currency: string, formatted: string }, campaign: { __typename?: 'Campaign', id: string, name: string } }> } | null }
    | { __typename: 'ProgrammingWindow', id: string }
    | { __typename: 'Recognition', id: string }
    | { __typename: 'RecognitionNote', id: string }
    | { __typename: 'StaffUser', id: string }
    | { __typename: 'TrainingEnrolment', id: string }
    | { __typename: 'TrainingSession', id: string }
   | null };

export type CreateOrganisationMutationVariables = Exact<{
  input: CreateOrganisationInput;
}>;


export type CreateOrganisationMutation = { __typename?: 'Mutation', createOrganisation: { __typename?: 'OrganisationPayload', organisation: { __typename?: 'Organisation', id: string, version: number, name: string, kind: OrganisationKind, website: string, description: string, regionsServed: Array<string>, focusTopics: Array<Topic> } } };

export type UpdateOrganisationMutationVariables = Exact<{
  input: UpdateOrganisationInput;
}>;


export type UpdateOrganisationMutation = { __typename?: 'Mutation', updateOrganisation: { __typename?: 'OrganisationPayload', organisation: { __typename?: 'Organisation', id: string, version: number, name: string, kind: OrganisationKind, website: string, description: string, regionsServed: Array<string>, focusTopics: Array<Topic> } } };

export type WorkQueueQueryVariables = Exact<{
  first: Scalars['Int']['input'];
  filter: RecognitionFilter;
  orderBy: RecognitionOrder;
}>;


export type WorkQueueQuery = { __typename?: 'Query', recognitions: { __typename?: 'RecognitionConnection', totalCount: number, nodes: Array<{ __typename?: 'Recognition', id: string, status: RecognitionStatus, nominatedAt: string, reviewedAt: string | null, approvedAt: string | null, scheduledFor: string | null, scheduledTimeZone: string | null, scheduleFailure: string | null, creator: { __typename?: 'Creator', id: string, displayName: string, handle: string }, campaign: { __typename?: 'Campaign', id: string, slug: string, name: string }, nominatedBy: { __typename?: 'StaffUser', id: string, displayName: string } }> } };

export type StatusCountsQueryVariables = Exact<{
  filter: InputMaybe<RecognitionFilter>;
}>;


export type StatusCountsQuery = { __typename?: 'Query', recognitionStatusCounts: Array<{ __typename?: 'RecognitionStatusCount', status: RecognitionStatus, count: number }> };

export type RecognitionChangedSubscriptionVariables = Exact<{
  campaignId: InputMaybe<Scalars['ID']['input']>;
}>;


export type RecognitionChangedSubscription = { __typename?: 'Subscription', recognitionChanged: { __typename?: 'Recognition', id: string, status: RecognitionStatus, version: number, rank: number | null, campaign: { __typename?: 'Campaign', id: string, version: number } } };

export type RecognitionFieldsFragment = { __typename?: 'Recognition', id: string, version: number, status: RecognitionStatus, citation: string, rank: number | null, nominatedAt: string, reviewedAt: string | null, approvedAt: string | null, scheduledFor: string | null, scheduledTimeZone: string | null, scheduleFailure: string | null, publishedAt: string | null, withdrawnAt: string | null, withdrawalReason: string | null, updatedAt: string, nominatedBy: { __typename?: 'StaffUser', id: string, displayName: string }, reviewedBy: { __typename?: 'StaffUser', id: string, displayName: string } | null, approvedBy: { __typename?: 'StaffUser', id: string, displayName: string } | null, scheduledBy: { __typename?: 'StaffUser', id: string, displayName: string } | null, publishedBy: { __typename?: 'StaffUser', id: string, displayName: string } | null, withdrawnBy: { __typename?: 'StaffUser', id: string, displayName: string } | null, creator: { __typename?: 'Creator', id: string, handle: string, displayName: string, region: string, topics: Array<Topic> }, campaign: { __typename?: 'Campaign', id: string, slug: string, name: string, hashtag: string, spotlightCapacity: number }, eligibility: Array<{ __typename?: 'EligibilityCheck', name: EligibilityCheckName, passed: boolean, reason: string, at: string | null }>, safetyFindings: Array<{ __typename?: 'SafetyFindingType', ruleId: string, severity: SafetySeverity, message: string, excerpt: string, start: number, end: number, suggestion: string | null }> | null, featuredVideos: { __typename?: 'AwarenessVideoConnection', nodes: Array<{ __typename?: 'AwarenessVideo', id: string, title: string, topics: Array<Topic>, advisory: { __typename?: 'ContentAdvisory', required: boolean, warningText: string | null, requiresOptIn: boolean } }> }, notes: { __typename?: 'RecognitionNoteConnection', totalCount: number, pageInfo: { __typename?: 'PageInfo', hasPreviousPage: boolean, startCursor: string | null }, nodes: Array<{ __typename?: 'RecognitionNote', id: string, kind: RecognitionNoteKind, body: string, createdAt: string, author: { __typename?: 'StaffUser', id: string, displayName: string } | null }> } | null };

export type NoteFieldsFragment = { __typename?: 'RecognitionNote', id: string, kind: RecognitionNoteKind, body: string, createdAt: string, author: { __typename?: 'StaffUser', id: string, displayName: string } | null };

export type RecognitionOlderNotesQueryVariables = Exact<{
  id: Scalars['ID']['input'];
  before: Scalars['String']['input'];
  last: Scalars['Int']['input'];
}>;


export type RecognitionOlderNotesQuery = { __typename?: 'Query', recognition: { __typename?: 'Recognition', id: string, notes: { __typename?: 'RecognitionNoteConnection', pageInfo: { __typename?: 'PageInfo', hasPreviousPage: boolean, startCursor: string | null }, nodes: Array<{ __typename?: 'RecognitionNote', id: string, kind: RecognitionNoteKind, body: string, createdAt: string, author: { __typename?: 'StaffUser', id: string, displayName: string } | null }> } | null } | null };

export type RecognitionQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type RecognitionQuery = { __typename?: 'Query', recognition: { __typename?: 'Recognition', id: string, version: number, status: RecognitionStatus, citation: string, rank: number | null, nominatedAt: string, reviewedAt: string | null, approvedAt: string | null, scheduledFor: string | null, scheduledTimeZone: string | null, scheduleFailure: string | null, publishedAt: string | null, withdrawnAt: string | null, withdrawalReason: string | null, updatedAt: string, nominatedBy: { __typename?: 'StaffUser', id: string, displayName: string }, reviewedBy: { __typename?: 'StaffUser', id: string, displayName: string } | null, approvedBy: { __typename?: 'StaffUser', id: string, displayName: string } | null, scheduledBy: { __typename?: 'StaffUser', id: string, displayName: string } | null, publishedBy: { __typename?: 'StaffUser', id: string, displayName: string } | null, withdrawnBy: { __typename?: 'StaffUser', id: string, displayName: string } | null, creator: { __typename?: 'Creator', id: string, handle: string, displayName: string, region: string, topics: Array<Topic> }, campaign: { __typename?: 'Campaign', id: string, slug: string, name: string, hashtag: string, spotlightCapacity: number }, eligibility: Array<{ __typename?: 'EligibilityCheck', name: EligibilityCheckName, passed: boolean, reason: string, at: string | null }>, safetyFindings: Array<{ __typename?: 'SafetyFindingType', ruleId: string, severity: SafetySeverity, message: string, excerpt: string, start: number, end: number, suggestion: string | null }> | null, featuredVideos: { __typename?: 'AwarenessVideoConnection', nodes: Array<{ __typename?: 'AwarenessVideo', id: string, title: string, topics: Array<Topic>, advisory: { __typename?: 'ContentAdvisory', required: boolean, warningText: string | null, requiresOptIn: boolean } }> }, notes: { __typename?: 'RecognitionNoteConnection', totalCount: number, pageInfo: { __typename?: 'PageInfo', hasPreviousPage: boolean, startCursor: string | null }, nodes: Array<{ __typename?: 'RecognitionNote', id: string, kind: RecognitionNoteKind, body: string, createdAt: string, author: { __typename?: 'StaffUser', id: string, displayName: string } | null }> } | null } | null };

export type SpotlightPreviewQueryVariables = Exact<{
  recognitionId: Scalars['ID']['input'];
  region: InputMaybe<Scalars['String']['input']>;
}>;


export type SpotlightPreviewQuery = { __typename?: 'Query', spotlightPreview: { __typename?: 'SpotlightPreview', shownInHub: boolean, notShownBecause: Array<string>, region: string | null, spotlight: { __typename?: 'Spotlight', rank: number, citation: string, publishedAt: string, creator: { __typename?: 'Creator', id: string, displayName: string, handle: string }, featuredVideos: { __typename?: 'AwarenessVideoConnection', nodes: Array<{ __typename?: 'AwarenessVideo', id: string, title: string, url: string, advisory: { __typename?: 'ContentAdvisory', required: boolean, warningText: string | null, requiresOptIn: boolean, minimumAge: number | null, sensitiveTopics: Array<Topic> } }> } }, crisisResources: { __typename?: 'CrisisResourceConnection', nodes: Array<{ __typename?: 'CrisisResource', id: string, name: string, organisationName: string, hours: string, contacts: Array<{ __typename?: 'ContactMethod', channel: ContactChannel, value: string, instructions: string | null }> }> } } | null };

export type RecognitionPageChangedSubscriptionVariables = Exact<{
  campaignId: InputMaybe<Scalars['ID']['input']>;
}>;


export type RecognitionPageChangedSubscription = { __typename?: 'Subscription', recognitionChanged: { __typename?: 'Recognition', id: string, version: number, status: RecognitionStatus, citation: string, rank: number | null, nominatedAt: string, reviewedAt: string | null, approvedAt: string | null, scheduledFor: string | null, scheduledTimeZone: string | null, scheduleFailure: string | null, publishedAt: string | null, withdrawnAt: string | null, withdrawalReason: string | null, updatedAt: string, nominatedBy: { __typename?: 'StaffUser', id: string, displayName: string }, reviewedBy: { __typename?: 'StaffUser', id: string, displayName: string } | null, approvedBy: { __typename?: 'StaffUser', id: string, displayName: string } | null, scheduledBy: { __typename?: 'StaffUser', id: string, displayName: string } | null, publishedBy: { __typename?: 'StaffUser', id: string, displayName: string } | null, withdrawnBy: { __typename?: 'StaffUser', id: string, displayName: string } | null, creator: { __typename?: 'Creator', id: string, handle: string, displayName: string, region: string, topics: Array<Topic> }, campaign: { __typename?: 'Campaign', id: string, slug: string, name: string, hashtag: string, spotlightCapacity: number }, eligibility: Array<{ __typename?: 'EligibilityCheck', name: EligibilityCheckName, passed: boolean, reason: string, at: string | null }>, safetyFindings: Array<{ __typename?: 'SafetyFindingType', ruleId: string, severity: SafetySeverity, message: string, excerpt: string, start: number, end: number, suggestion: string | null }> | null, featuredVideos: { __typename?: 'AwarenessVideoConnection', nodes: Array<{ __typename?: 'AwarenessVideo', id: string, title: string, topics: Array<Topic>, advisory: { __typename?: 'ContentAdvisory', required: boolean, warningText: string | null, requiresOptIn: boolean } }> }, notes: { __typename?: 'RecognitionNoteConnection', totalCount: number, pageInfo: { __typename?: 'PageInfo', hasPreviousPage: boolean, startCursor: string | null }, nodes: Array<{ __typename?: 'RecognitionNote', id: string, kind: RecognitionNoteKind, body: string, createdAt: string, author: { __typename?: 'StaffUser', id: string, displayName: string } | null }> } | null } };

export type NominationCampaignQueryVariables = Exact<{
  slug: Scalars['String']['input'];
}>;


export type NominationCampaignQuery = { __typename?: 'Query', campaign: { __typename?: 'Campaign', id: string, slug: string, name: string, hashtag: string, spotlightCapacity: number, archivedAt: string | null } | null };

export type CreatorOptionsQueryVariables = Exact<{
  search: InputMaybe<Scalars['String']['input']>;
}>;


export type CreatorOptionsQuery = { __typename?: 'Query', creators: { __typename?: 'CreatorConnection', nodes: Array<{ __typename?: 'Creator', id: string, handle: string, displayName: string, region: string, topics: Array<Topic>, status: CreatorStatus | null }> } };

export type NominationCreatorVideosQueryVariables = Exact<{
  creatorId: Scalars['ID']['input'];
  search: InputMaybe<Scalars['String']['input']>;
}>;


export type NominationCreatorVideosQuery = { __typename?: 'Query', awarenessVideos: { __typename?: 'AwarenessVideoConnection', totalCount: number, nodes: Array<{ __typename?: 'AwarenessVideo', id: string, title: string, topics: Array<Topic>, publishedAt: string, advisory: { __typename?: 'ContentAdvisory', required: boolean, warningText: string | null, requiresOptIn: boolean, sensitiveTopics: Array<Topic> } }> } };

export type NominationEligibilityQueryVariables = Exact<{
  campaignId: Scalars['ID']['input'];
  creatorId: Scalars['ID']['input'];
  featuredVideoIds: Array<Scalars['ID']['input']> | Scalars['ID']['input'];
  citation: InputMaybe<Scalars['String']['input']>;
}>;


export type NominationEligibilityQuery = { __typename?: 'Query', nominationEligibility: { __typename?: 'NominationEligibility', eligible: boolean, nominationBlockers: Array<string>, checks: Array<{ __typename?: 'EligibilityCheck', name: EligibilityCheckName, passed: boolean, reason: string, at: string | null }>, liveNomination: { __typename?: 'Recognition', id: string, status: RecognitionStatus } | null } };

export type NominateCreatorMutationVariables = Exact<{
  input: NominateInput;
}>;


export type NominateCreatorMutation = { __typename?: 'Mutation', nominateCreator: { __typename?: 'RecognitionPayload', recognition: { __typename?: 'Recognition', id: string, version: number, status: RecognitionStatus, citation: string, rank: number | null, nominatedAt: string, reviewedAt: string | null, approvedAt: string | null, scheduledFor: string | null, scheduledTimeZone: string | null, scheduleFailure: string | null, publishedAt: string | null, withdrawnAt: string | null, withdrawalReason: string | null, updatedAt: string, nominatedBy: { __typename?: 'StaffUser', id: string, displayName: string }, reviewedBy: { __typename?: 'StaffUser', id: string, displayName: string } | null, approvedBy: { __typename?: 'StaffUser', id: string, displayName: string } | null, scheduledBy: { __typename?: 'StaffUser', id: string, displayName: string } | null, publishedBy: { __typename?: 'StaffUser', id: string, displayName: string } | null, withdrawnBy: { __typename?: 'StaffUser', id: string, displayName: string } | null, creator: { __typename?: 'Creator', id: string, handle: string, displayName: string, region: string, topics: Array<Topic> }, campaign: { __typename?: 'Campaign', id: string, slug: string, name: string, hashtag: string, spotlightCapacity: number }, eligibility: Array<{ __typename?: 'EligibilityCheck', name: EligibilityCheckName, passed: boolean, reason: string, at: string | null }>, safetyFindings: Array<{ __typename?: 'SafetyFindingType', ruleId: string, severity: SafetySeverity, message: string, excerpt: string, start: number, end: number, suggestion: string | null }> | null, featuredVideos: { __typename?: 'AwarenessVideoConnection', nodes: Array<{ __typename?: 'AwarenessVideo', id: string, title: string, topics: Array<Topic>, advisory: { __typename?: 'ContentAdvisory', required: boolean, warningText: string | null, requiresOptIn: boolean } }> }, notes: { __typename?: 'RecognitionNoteConnection', totalCount: number, pageInfo: { __typename?: 'PageInfo', hasPreviousPage: boolean, startCursor: string | null }, nodes: Array<{ __typename?: 'RecognitionNote', id: string, kind: RecognitionNoteKind, body: string, createdAt: string, author: { __typename?: 'StaffUser', id: string, displayName: string } | null }> } | null } } };

export type EditNominationMutationVariables = Exact<{
  input: EditNominationInput;
}>;


export type EditNominationMutation = { __typename?: 'Mutation', editNomination: { __typename?: 'RecognitionPayload', recognition: { __typename?: 'Recognition', id: string, version: number, status: RecognitionStatus, citation: string, rank: number | null, nominatedAt: string, reviewedAt: string | null, approvedAt: string | null, scheduledFor: string | null, scheduledTimeZone: string | null, scheduleFailure: string | null, publishedAt: string | null, withdrawnAt: string | null, withdrawalReason: string | null, updatedAt: string, nominatedBy: { __typename?: 'StaffUser', id: string, displayName: string }, reviewedBy: { __typename?: 'StaffUser', id: string, displayName: string } | null, approvedBy: { __typename?: 'StaffUser', id: string, displayName: string } | null, scheduledBy: { __typename?: 'StaffUser', id: string, displayName: string } | null, publishedBy: { __typename?: 'StaffUser', id: string, displayName: string } | null, withdrawnBy: { __typename?: 'StaffUser', id: string, displayName: string } | null, creator: { __typename?: 'Creator', id: string, handle: string, displayName: string, region: string, topics: Array<Topic> }, campaign: { __typename?: 'Campaign', id: string, slug: string, name: string, hashtag: string, spotlightCapacity: number }, eligibility: Array<{ __typename?: 'EligibilityCheck', name: EligibilityCheckName, passed: boolean, reason: string, at: string | null }>, safetyFindings: Array<{ __typename?: 'SafetyFindingType', ruleId: string, severity: SafetySeverity, message: string, excerpt: string, start: number, end: number, suggestion: string | null }> | null, featuredVideos: { __typename?: 'AwarenessVideoConnection', nodes: Array<{ __typename?: 'AwarenessVideo', id: string, title: string, topics: Array<Topic>, advisory: { __typename?: 'ContentAdvisory', required: boolean, warningText: string | null, requiresOptIn: boolean } }> }, notes: { __typename?: 'RecognitionNoteConnection', totalCount: number, pageInfo: { __typename?: 'PageInfo', hasPreviousPage: boolean, startCursor: string | null }, nodes: Array<{ __typename?: 'RecognitionNote', id: string, kind: RecognitionNoteKind, body: string, createdAt: string, author: { __typename?: 'StaffUser', id: string, displayName: string } | null }> } | null } } };

export type ReviewNominationMutationVariables = Exact<{
  input: ReviewInput;
}>;


export type ReviewNominationMutation = { __typename?: 'Mutation', reviewNomination: { __typename?: 'RecognitionPayload', recognition: { __typename?: 'Recognition', id: string, version: number, status: RecognitionStatus, citation: string, rank: number | null, nominatedAt: string, reviewedAt: string | null, approvedAt: string | null, scheduledFor: string | null, scheduledTimeZone: string | null, scheduleFailure: string | null, publishedAt: string | null, withdrawnAt: string | null, withdrawalReason: string | null, updatedAt: string, nominatedBy: { __typename?: 'StaffUser', id: string, displayName: string }, reviewedBy: { __typename?: 'StaffUser', id: string, displayName: string } | null, approvedBy: { __typename?: 'StaffUser', id: string, displayName: string } | null, scheduledBy: { __typename?: 'StaffUser', id: string, displayName: string } | null, publishedBy: { __typename?: 'StaffUser', id: string, displayName: string } | null, withdrawnBy: { __typename?: 'StaffUser', id: string, displayName: string } | null, creator: { __typename?: 'Creator', id: string, handle: string, displayName: string, region: string, topics: Array<Topic> }, campaign: { __typename?: 'Campaign', id: string, slug: string, name: string, hashtag: string, spotlightCapacity: number }, eligibility: Array<{ __typename?: 'EligibilityCheck', name: EligibilityCheckName, passed: boolean, reason: string, at: string | null }>, safetyFindings: Array<{ __typename?: 'SafetyFindingType', ruleId: string, severity: SafetySeverity, message: string, excerpt: string, start: number, end: number, suggestion: string | null }> | null, featuredVideos: { __typename?: 'AwarenessVideoConnection', nodes: Array<{ __typename?: 'AwarenessVideo', id: string, title: string, topics: Array<Topic>, advisory: { __typename?: 'ContentAdvisory', required: boolean, warningText: string | null, requiresOptIn: boolean } }> }, notes: { __typename?: 'RecognitionNoteConnection', totalCount: number, pageInfo: { __typename?: 'PageInfo', hasPreviousPage: boolean, startCursor: string | null }, nodes: Array<{ __typename?: 'RecognitionNote', id: string, kind: RecognitionNoteKind, body: string, createdAt: string, author: { __typename?: 'StaffUser', id: string, displayName: string } | null }> } | null } } };

export type ApproveRecognitionMutationVariables = Exact<{
  input: VersionedInput;
}>;


export type ApproveRecognitionMutation = { __typename?: 'Mutation', approveRecognition: { __typename?: 'RecognitionPayload', recognition: { __typename?: 'Recognition', id: string, version: number, status: RecognitionStatus, citation: string, rank: number | null, nominatedAt: string, reviewedAt: string | null, approvedAt: string | null, scheduledFor: string | null, scheduledTimeZone: string | null, scheduleFailure: string | null, publishedAt: string | null, withdrawnAt: string | null, withdrawalReason: string | null, updatedAt: string, nominatedBy: { __typename?: 'StaffUser', id: string, displayName: string }, reviewedBy: { __typename?: 'StaffUser', id: string, displayName: string } | null, approvedBy: { __typename?: 'StaffUser', id: string, displayName: string } | null, scheduledBy: { __typename?: 'StaffUser', id: string, displayName: string } | null, publishedBy: { __typename?: 'StaffUser', id: string, displayName: string } | null, withdrawnBy: { __typename?: 'StaffUser', id: string, displayName: string } | null, creator: { __typename?: 'Creator', id: string, handle: string, displayName: string, region: string, topics: Array<Topic> }, campaign: { __typename?: 'Campaign', id: string, slug: string, name: string, hashtag: string, spotlightCapacity: number }, eligibility: Array<{ __typename?: 'EligibilityCheck', name: EligibilityCheckName, passed: boolean, reason: string, at: string | null }>, safetyFindings: Array<{ __typename?: 'SafetyFindingType', ruleId: string, severity: SafetySeverity, message: string, excerpt: string, start: number, end: number, suggestion: string | null }> | null, featuredVideos: { __typename?: 'AwarenessVideoConnection', nodes: Array<{ __typename?: 'AwarenessVideo', id: string, title: string, topics: Array<Topic>, advisory: { __typename?: 'ContentAdvisory', required: boolean, warningText: string | null, requiresOptIn: boolean } }> }, notes: { __typename?: 'RecognitionNoteConnection', totalCount: number, pageInfo: { __typename?: 'PageInfo', hasPreviousPage: boolean, startCursor: string | null }, nodes: Array<{ __typename?: 'RecognitionNote', id: string, kind: RecognitionNoteKind, body: string, createdAt: string, author: { __typename?: 'StaffUser', id: string, displayName: string } | null }> } | null } } };

export type ScheduleRecognitionMutationVariables = Exact<{
  input: ScheduleInput;
}>;


export type ScheduleRecognitionMutation = { __typename?: 'Mutation', scheduleRecognition: { __typename?: 'RecognitionPayload', recognition: { __typename?: 'Recognition', id: string, version: number, status: RecognitionStatus, citation: string, rank: number | null, nominatedAt: string, reviewedAt: string | null, approvedAt: string | null, scheduledFor: string | null, scheduledTimeZone: string | null, scheduleFailure: string | null, publishedAt: string | null, withdrawnAt: string | null, withdrawalReason: string | null, updatedAt: string, nominatedBy: { __typename?: 'StaffUser', id: string, displayName: string }, reviewedBy: { __typename?: 'StaffUser', id: string, displayName: string } | null, approvedBy: { __typename?: 'StaffUser', id: string, displayName: string } | null, scheduledBy: { __typename?: 'StaffUser', id: string, displayName: string } | null, publishedBy: { __typename?: 'StaffUser', id: string, displayName: string } | null, withdrawnBy: { __typename?: 'StaffUser', id: string, displayName: string } | null, creator: { __typename?: 'Creator', id: string, handle: string, displayName: string, region: string, topics: Array<Topic> }, campaign: { __typename?: 'Campaign', id: string, slug: string, name: string, hashtag: string, spotlightCapacity: number }, eligibility: Array<{ __typename?: 'EligibilityCheck', name: EligibilityCheckName, passed: boolean, reason: string, at: string | null }>, safetyFindings: Array<{ __typename?: 'SafetyFindingType', ruleId: string, severity: SafetySeverity, message: string, excerpt: string, start: number, end: number, suggestion: string | null }> | null, featuredVideos: { __typename?: 'AwarenessVideoConnection', nodes: Array<{ __typename?: 'AwarenessVideo', id: string, title: string, topics: Array<Topic>, advisory: { __typename?: 'ContentAdvisory', required: boolean, warningText: string | null, requiresOptIn: boolean } }> }, notes: { __typename?: 'RecognitionNoteConnection', totalCount: number, pageInfo: { __typename?: 'PageInfo', hasPreviousPage: boolean, startCursor: string | null }, nodes: Array<{ __typename?: 'RecognitionNote', id: string, kind: RecognitionNoteKind, body: string, createdAt: string, author: { __typename?: 'StaffUser', id: string, displayName: string } | null }> } | null } } };

export type UnscheduleRecognitionMutationVariables = Exact<{
  input: VersionedInput;
}>;


export type UnscheduleRecognitionMutation = { __typename?: 'Mutation', unscheduleRecognition: { __typename?: 'RecognitionPayload', recognition: { __typename?: 'Recognition', id: string, version: number, status: RecognitionStatus, citation: string, rank: number | null, nominatedAt: string, reviewedAt: string | null, approvedAt: string | null, scheduledFor: string | null, scheduledTimeZone: string | null, scheduleFailure: string | null, publishedAt: string | null, withdrawnAt: string | null, withdrawalReason: string | null, updatedAt: string, nominatedBy: { __typename?: 'StaffUser', id: string, displayName: string }, reviewedBy: { __typename?: 'StaffUser', id: string, displayName: string } | null, approvedBy: { __typename?: 'StaffUser', id: string, displayName: string } | null, scheduledBy: { __typename?: 'StaffUser', id: string, displayName: string } | null, publishedBy: { __typename?: 'StaffUser', id: string, displayName: string } | null, withdrawnBy: { __typename?: 'StaffUser', id: string, displayName: string } | null, creator: { __typename?: 'Creator', id: string, handle: string, displayName: string, region: string, topics: Array<Topic> }, campaign: { __typename?: 'Campaign', id: string, slug: string, name: string, hashtag: string, spotlightCapacity: number }, eligibility: Array<{ __typename?: 'EligibilityCheck', name: EligibilityCheckName, passed: boolean, reason: string, at: string | null }>, safetyFindings: Array<{ __typename?: 'SafetyFindingType', ruleId: string, severity: SafetySeverity, message: string, excerpt: string, start: number, end: number, suggestion: string | null }> | null, featuredVideos: { __typename?: 'AwarenessVideoConnection', nodes: Array<{ __typename?: 'AwarenessVideo', id: string, title: string, topics: Array<Topic>, advisory: { __typename?: 'ContentAdvisory', required: boolean, warningText: string | null, requiresOptIn: boolean } }> }, notes: { __typename?: 'RecognitionNoteConnection', totalCount: number, pageInfo: { __typename?: 'PageInfo', hasPreviousPage: boolean, startCursor: string | null }, nodes: Array<{ __typename?: 'RecognitionNote', id: string, kind: RecognitionNoteKind, body: string, createdAt: string, author: { __typename?: 'StaffUser', id: string, displayName: string } | null }> } | null } } };

export type PublishRecognitionMutationVariables = Exact<{
  input: VersionedInput;
}>;


export type PublishRecognitionMutation = { __typename?: 'Mutation', publishRecognition: { __typename?: 'RecognitionPayload', recognition: { __typename?: 'Recognition', id: string, version: number, status: RecognitionStatus, citation: string, rank: number | null, nominatedAt: string, reviewedAt: string | null, approvedAt: string | null, scheduledFor: string | null, scheduledTimeZone: string | null, scheduleFailure: string | null, publishedAt: string | null, withdrawnAt: string | null, withdrawalReason: string | null, updatedAt: string, nominatedBy: { __typename?: 'StaffUser', id: string, displayName: string }, reviewedBy: { __typename?: 'StaffUser', id: string, displayName: string } | null, approvedBy: { __typename?: 'StaffUser', id: string, displayName: string } | null, scheduledBy: { __typename?: 'StaffUser', id: string, displayName: string } | null, publishedBy: { __typename?: 'StaffUser', id: string, displayName: string } | null, withdrawnBy: { __typename?: 'StaffUser', id: string, displayName: string } | null, creator: { __typename?: 'Creator', id: string, handle: string, displayName: string, region: string, topics: Array<Topic> }, campaign: { __typename?: 'Campaign', id: string, slug: string, name: string, hashtag: string, spotlightCapacity: number }, eligibility: Array<{ __typename?: 'EligibilityCheck', name: EligibilityCheckName, passed: boolean, reason: string, at: string | null }>, safetyFindings: Array<{ __typename?: 'SafetyFindingType', ruleId: string, severity: SafetySeverity, message: string, excerpt: string, start: number, end: number, suggestion: string | null }> | null, featuredVideos: { __typename?: 'AwarenessVideoConnection', nodes: Array<{ __typename?: 'AwarenessVideo', id: string, title: string, topics: Array<Topic>, advisory: { __typename?: 'ContentAdvisory', required: boolean, warningText: string | null, requiresOptIn: boolean } }> }, notes: { __typename?: 'RecognitionNoteConnection', totalCount: number, pageInfo: { __typename?: 'PageInfo', hasPreviousPage: boolean, startCursor: string | null }, nodes: Array<{ __typename?: 'RecognitionNote', id: string, kind: RecognitionNoteKind, body: string, createdAt: string, author: { __typename?: 'StaffUser', id: string, displayName: string } | null }> } | null } } };

export type WithdrawRecognitionMutationVariables = Exact<{
  input: WithdrawInput;
}>;


export type WithdrawRecognitionMutation = { __typename?: 'Mutation', withdrawRecognition: { __typename?: 'RecognitionPayload', recognition: { __typename?: 'Recognition', id: string, version: number, status: RecognitionStatus, citation: string, rank: number | null, nominatedAt: string, reviewedAt: string | null, approvedAt: string | null, scheduledFor: string | null, scheduledTimeZone: string | null, scheduleFailure: string | null, publishedAt: string | null, withdrawnAt: string | null, withdrawalReason: string | null, updatedAt: string, nominatedBy: { __typename?: 'StaffUser', id: string, displayName: string }, reviewedBy: { __typename?: 'StaffUser', id: string, displayName: string } | null, approvedBy: { __typename?: 'StaffUser', id: string, displayName: string } | null, scheduledBy: { __typename?: 'StaffUser', id: string, displayName: string } | null, publishedBy: { __typename?: 'StaffUser', id: string, displayName: string } | null, withdrawnBy: { __typename?: 'StaffUser', id: string, displayName: string } | null, creator: { __typename?: 'Creator', id: string, handle: string, displayName: string, region: string, topics: Array<Topic> }, campaign: { __typename?: 'Campaign', id: string, slug: string, name: string, hashtag: string, spotlightCapacity: number }, eligibility: Array<{ __typename?: 'EligibilityCheck', name: EligibilityCheckName, passed: boolean, reason: string, at: string | null }>, safetyFindings: Array<{ __typename?: 'SafetyFindingType', ruleId: string, severity: SafetySeverity, message: string, excerpt: string, start: number, end: number, suggestion: string | null }> | null, featuredVideos: { __typename?: 'AwarenessVideoConnection', nodes: Array<{ __typename?: 'AwarenessVideo', id: string, title: string, topics: Array<Topic>, advisory: { __typename?: 'ContentAdvisory', required: boolean, warningText: string | null, requiresOptIn: boolean } }> }, notes: { __typename?: 'RecognitionNoteConnection', totalCount: number, pageInfo: { __typename?: 'PageInfo', hasPreviousPage: boolean, startCursor: string | null }, nodes: Array<{ __typename?: 'RecognitionNote', id: string, kind: RecognitionNoteKind, body: string, createdAt: string, author: { __typename?: 'StaffUser', id: string, displayName: string } | null }> } | null } } };

export type AddRecognitionNoteMutationVariables = Exact<{
  input: AddRecognitionNoteInput;
}>;


export type AddRecognitionNoteMutation = { __typename?: 'Mutation', addRecognitionNote: { __typename?: 'AddRecognitionNotePayload', note: { __typename?: 'RecognitionNote', id: string }, recognition: { __typename?: 'Recognition', id: string, version: number, status: RecognitionStatus, citation: string, rank: number | null, nominatedAt: string, reviewedAt: string | null, approvedAt: string | null, scheduledFor: string | null, scheduledTimeZone: string | null, scheduleFailure: string | null, publishedAt: string | null, withdrawnAt: string | null, withdrawalReason: string | null, updatedAt: string, nominatedBy: { __typename?: 'StaffUser', id: string, displayName: string }, reviewedBy: { __typename?: 'StaffUser', id: string, displayName: string } | null, approvedBy: { __typename?: 'StaffUser', id: string, displayName: string } | null, scheduledBy: { __typename?: 'StaffUser', id: string, displayName: string } | null, publishedBy: { __typename?: 'StaffUser', id: string, displayName: string } | null, withdrawnBy: { __typename?: 'StaffUser', id: string, displayName: string } | null, creator: { __typename?: 'Creator', id: string, handle: string, displayName: string, region: string, topics: Array<Topic> }, campaign: { __typename?: 'Campaign', id: string, slug: string, name: string, hashtag: string, spotlightCapacity: number }, eligibility: Array<{ __typename?: 'EligibilityCheck', name: EligibilityCheckName, passed: boolean, reason: string, at: string | null }>, safetyFindings: Array<{ __typename?: 'SafetyFindingType', ruleId: string, severity: SafetySeverity, message: string, excerpt: string, start: number, end: number, suggestion: string | null }> | null, featuredVideos: { __typename?: 'AwarenessVideoConnection', nodes: Array<{ __typename?: 'AwarenessVideo', id: string, title: string, topics: Array<Topic>, advisory: { __typename?: 'ContentAdvisory', required: boolean, warningText: string | null, requiresOptIn: boolean } }> }, notes: { __typename?: 'RecognitionNoteConnection', totalCount: number, pageInfo: { __typename?: 'PageInfo', hasPreviousPage: boolean, startCursor: string | null }, nodes: Array<{ __typename?: 'RecognitionNote', id: string, kind: RecognitionNoteKind, body: string, createdAt: string, author: { __typename?: 'StaffUser', id: string, displayName: string } | null }> } | null } } };

export type StaffUsersQueryVariables = Exact<{
  first: InputMaybe<Scalars['Int']['input']>;
  after: InputMaybe<Scalars['String']['input']>;
  last: InputMaybe<Scalars['Int']['input']>;
  before: InputMaybe<Scalars['String']['input']>;
  filter: InputMaybe<StaffUserFilter>;
}>;


export type StaffUsersQuery = { __typename?: 'Query', staffUsers: { __typename?: 'StaffUserConnection', totalCount: number, pageInfo: { __typename?: 'PageInfo', hasNextPage: boolean, hasPreviousPage: boolean, startCursor: string | null, endCursor: string | null }, nodes: Array<{ __typename?: 'StaffUser', id: string, version: number, displayName: string, email: string, role: StaffRole, invitationPending: boolean, lastSignInAt: string | null, deactivatedAt: string | null }> } };

export type StaffRowFragment = { __typename?: 'StaffUser', id: string, version: number, displayName: string, email: string, role: StaffRole, invitationPending: boolean, lastSignInAt: string | null, deactivatedAt: string | null };

export type StaffUserQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type StaffUserQuery = { __typename?: 'Query', node:
    | { __typename: 'AdCreditGrant', id: string }
    | { __typename: 'AuditEvent', id: string }
    | { __typename: 'AwarenessVideo', id: string }
    | { __typename: 'Campaign', id: string }
    | { __typename: 'Creator', id: string }
    | { __typename: 'CreatorImport', id: string }
    | { __typename: 'CrisisResource', id: string }
    | { __typename: 'Organisation', id: string }
    | { __typename: 'ProgrammingWindow', id: string }
    | { __typename: 'Recognition', id: string }
    | { __typename: 'RecognitionNote', id: string }
    | { __typename: 'StaffUser', id: string, version: number, displayName: string, email: string, role: StaffRole, invitationPending: boolean, lastSignInAt: string | null, deactivatedAt: string | null }
    | { __typename: 'TrainingEnrolment', id: string }
    | { __typename: 'TrainingSession', id: string }
   | null };

export type InviteStaffMutationVariables = Exact<{
  input: CreateStaffUserInput;
}>;


export type InviteStaffMutation = { __typename?: 'Mutation', createStaffUser: { __typename?: 'CreateStaffUserPayload', invitationToken: string | null, user: { __typename?: 'StaffUser', id: string, version: number, displayName: string, email: string, role: StaffRole, invitationPending: boolean, lastSignInAt: string | null, deactivatedAt: string | null } } };

export type ChangeStaffRoleMutationVariables = Exact<{
  input: ChangeStaffRoleInput;
}>;


export type ChangeStaffRoleMutation = { __typename?: 'Mutation', changeStaffRole: { __typename?: 'StaffUserPayload', user: { __typename?: 'StaffUser', id: string, version: number, displayName: string, email: string, role: StaffRole, invitationPending: boolean, lastSignInAt: string | null, deactivatedAt: string | null } } };

export type DeactivateStaffMutationVariables = Exact<{
  input: DeactivateStaffUserInput;
}>;


export type DeactivateStaffMutation = { __typename?: 'Mutation', deactivateStaffUser: { __typename?: 'StaffUserPayload', user: { __typename?: 'StaffUser', id: string, version: number, displayName: string, email: string, role: StaffRole, invitationPending: boolean, lastSignInAt: string | null, deactivatedAt: string | null } } };

export type TrainingSessionsQueryVariables = Exact<{
  first: InputMaybe<Scalars['Int']['input']>;
  after: InputMaybe<Scalars['String']['input']>;
  last: InputMaybe<Scalars['Int']['input']>;
  before: InputMaybe<Scalars['String']['input']>;
  filter: InputMaybe<TrainingSessionFilter>;
}>;


export type TrainingSessionsQuery = { __typename?: 'Query', trainingSessions: { __typename?: 'TrainingSessionConnection', totalCount: number, pageInfo: { __typename?: 'PageInfo', hasNextPage: boolean, hasPreviousPage: boolean, startCursor: string | null, endCursor: string | null }, nodes: Array<{ __typename?: 'TrainingSession', id: string, title: string, topic: TrainingTopic, occasion: TrainingOccasion, audience: TrainingAudience, startsAt: string, endsAt: string, timeZone: string, capacity: number, enrolledCount: number, completedCount: number, seatsLeft: number, archivedAt: string | null, facilitator: { __typename?: 'Organisation', id: string, name: string } | null }> } };

export type TrainingSessionQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type TrainingSessionQuery = { __typename?: 'Query', node:
    | { __typename: 'AdCreditGrant', id: string }
    | { __typename: 'AuditEvent', id: string }
    | { __typename: 'AwarenessVideo', id: string }
    | { __typename: 'Campaign', id: string }
    | { __typename: 'Creator', id: string }
    | { __typename: 'CreatorImport', id: string }
    | { __typename: 'CrisisResource', id: string }
    | { __typename: 'Organisation', id: string }
    | { __typename: 'ProgrammingWindow', id: string }
    | { __typename: 'Recognition', id: string }
    | { __typename: 'RecognitionNote', id: string }
    | { __typename: 'StaffUser', id: string }
    | { __typename: 'TrainingEnrolment', id: string }
    | { __typename: 'TrainingSession', version: number, title: string, description: string, topic: TrainingTopic, occasion: TrainingOccasion, audience: TrainingAudience, startsAt: string, endsAt: string, timeZone: string, capacity: number, enrolledCount: number, completedCount: number, seatsLeft: number, archivedAt: string | null, id: string, facilitator: { __typename?: 'Organisation', id: string, name: string } | null }
   | null };

export type SessionEnrolmentsQueryVariables = Exact<{
  sessionId: Scalars['ID']['input'];
  first: InputMaybe<Scalars['Int']['input']>;
  after: InputMaybe<Scalars['String']['input']>;
  last: InputMaybe<Scalars['Int']['input']>;
  before: InputMaybe<Scalars['String']['input']>;
}>;


export type SessionEnrolmentsQuery = { __typename?: 'Query', trainingEnrolments: { __typename?: 'TrainingEnrolmentConnection', totalCount: number, pageInfo: { __typename?: 'PageInfo', hasNextPage: boolean, hasPreviousPage: boolean, startCursor: string | null, endCursor: string | null }, nodes: Array<{ __typename?: 'TrainingEnrolment', id: string, version: number, attended: boolean, attendedAt: string | null, completed: boolean, completedAt: string | null, creator: { __typename?: 'Creator', id: string, handle: string, displayName: string } | null, organisation: { __typename?: 'Organisation', id: string, name: string } | null }> } };

export type CreateTrainingSessionMutationVariables = Exact<{
  input: CreateTrainingSessionInput;
}>;


export type CreateTrainingSessionMutation = { __typename?: 'Mutation', createTrainingSession: { __typename?: 'TrainingSessionPayload', session: { __typename?: 'TrainingSession', id: string, title: string } } };

export type UpdateTrainingSessionMutationVariables = Exact<{
  input: UpdateTrainingSessionInput;
}>;


export type UpdateTrainingSessionMutation = { __typename?: 'Mutation', updateTrainingSession: { __typename?: 'TrainingSessionPayload', session: { __typename?: 'TrainingSession', id: string, version: number, title: string, description: string, topic: TrainingTopic, occasion: TrainingOccasion, audience: TrainingAudience, startsAt: string, endsAt: string, timeZone: string, capacity: number, enrolledCount: number, seatsLeft: number } } };

export type EnrolInTrainingMutationVariables = Exact<{
  input: EnrolInTrainingInput;
}>;


export type EnrolInTrainingMutation = { __typename?: 'Mutation', enrolInTraining: { __typename?: 'TrainingEnrolmentPayload', enrolment: { __typename?: 'TrainingEnrolment', id: string, creator: { __typename?: 'Creator', id: string, handle: string, displayName: string } | null, organisation: { __typename?: 'Organisation', id: string, name: string } | null, session: { __typename?: 'TrainingSession', id: string, enrolledCount: number, seatsLeft: number } } } };

export type RecordTrainingAttendanceMutationVariables = Exact<{
  input: RecordTrainingAttendanceInput;
}>;


export type RecordTrainingAttendanceMutation = { __typename?: 'Mutation', recordTrainingAttendance: { __typename?: 'TrainingEnrolmentPayload', enrolment: { __typename?: 'TrainingEnrolment', id: string, version: number, attended: boolean, attendedAt: string | null, completed: boolean, completedAt: string | null, session: { __typename?: 'TrainingSession', id: string, completedCount: number } } } };

export type RecordTrainingCompletionMutationVariables = Exact<{
  input: RecordTrainingCompletionInput;
}>;


export type RecordTrainingCompletionMutation = { __typename?: 'Mutation', recordTrainingCompletion: { __typename?: 'TrainingEnrolmentPayload', enrolment: { __typename?: 'TrainingEnrolment', id: string, version: number, attended: boolean, attendedAt: string | null, completed: boolean, completedAt: string | null, session: { __typename?: 'TrainingSession', id: string, completedCount: number } } } };

export type WithdrawTrainingEnrolmentMutationVariables = Exact<{
  input: ArchiveInput;
}>;


export type WithdrawTrainingEnrolmentMutation = { __typename?: 'Mutation', archiveTrainingEnrolment: { __typename?: 'TrainingEnrolmentPayload', enrolment: { __typename?: 'TrainingEnrolment', id: string, session: { __typename?: 'TrainingSession', id: string, enrolledCount: number, completedCount: number, seatsLeft: number } } } };

export type EnroleeCreatorsQueryVariables = Exact<{
  search: InputMaybe<Scalars['String']['input']>;
}>;


export type EnroleeCreatorsQuery = { __typename?: 'Query', creators: { __typename?: 'CreatorConnection', nodes: Array<{ __typename?: 'Creator', id: string, handle: string, displayName: string }> } };

export type EnroleeOrganisationsQueryVariables = Exact<{
  search: InputMaybe<Scalars['String']['input']>;
}>;


export type EnroleeOrganisationsQuery = { __typename?: 'Query', organisations: { __typename?: 'OrganisationConnection', nodes: Array<{ __typename?: 'Organisation', id: string, name: string }> } };

export type VideosQueryVariables = Exact<{
  first: InputMaybe<Scalars['Int']['input']>;
  after: InputMaybe<Scalars['String']['input']>;
  last: InputMaybe<Scalars['Int']['input']>;
  before: InputMaybe<Scalars['String']['input']>;
  filter: InputMaybe<VideoFilter>;
  orderBy?: VideoOrder;
}>;


export type VideosQuery = { __typename?: 'Query', awarenessVideos: { __typename?: 'AwarenessVideoConnection', totalCount: number, totalCountIsExact: boolean, pageInfo: { __typename?: 'PageInfo', hasNextPage: boolean, hasPreviousPage: boolean, startCursor: string | null, endCursor: string | null }, nodes: Array<{ __typename?: 'AwarenessVideo', id: string, title: string, caption: string, topics: Array<Topic>, publishedAt: string, archivedAt: string | null, metrics: { __typename?: 'VideoMetrics', views: number }, creator: { __typename?: 'Creator', id: string, handle: string, displayName: string }, advisory: { __typename?: 'ContentAdvisory', required: boolean, warningOverridden: boolean, requiresOptIn: boolean, minimumAge: number | null }, safetyFindings: Array<{ __typename?: 'SafetyFindingType', ruleId: string, severity: SafetySeverity }> | null }> } };

export type VideoQueryVariables = Exact<{
  id: Scalars['ID']['input'];
}>;


export type VideoQuery = { __typename?: 'Query', node:
    | { __typename: 'AdCreditGrant', id: string }
    | { __typename: 'AuditEvent', id: string }
    | { __typename: 'AwarenessVideo', version: number, title: string, caption: string, url: string, publishedAt: string, durationSeconds: number, strategy: ContentStrategy, topics: Array<Topic>, hashtags: Array<string>, archivedAt: string | null, updatedAt: string, id: string, metrics: { __typename?: 'VideoMetrics', views: number, likes: number, shares: number }, creator: { __typename?: 'Creator', id: string, handle: string, displayName: string, region: string }, advisory: { __typename?: 'ContentAdvisory', required: boolean, warningText: string | null, warningOverridden: boolean, requiresOptIn: boolean, minimumAge: number | null, sensitiveTopics: Array<Topic> }, safetyFindings: Array<{ __typename?: 'SafetyFindingType', field: SafetyField, ruleId: string, severity: SafetySeverity, start: number, end: number, excerpt: string, message: string, suggestion: string | null }> | null }
    | { __typename: 'Campaign', id: string }
    | { __typename: 'Creator', id: string }
    | { __typename: 'CreatorImport', id: string }
    | { __typename: 'CrisisResource', id: string }
    | { __typename: 'Organisation', id: string }
    | { __typename: 'ProgrammingWindow', id: string }
    | { __typename: 'Recognition', id: string }
    | { __typename: 'RecognitionNote', id: string }
    | { __typename: 'StaffUser', id: string }
    | { __typename: 'TrainingEnrolment', id: string }
    | { __typename: 'TrainingSession', id: string }
   | null };

export type VideoReaderAdvisoryQueryVariables = Exact<{
  id: Scalars['ID']['input'];
  region: InputMaybe<Scalars['String']['input']>;
}>;


export type VideoReaderAdvisoryQuery = { __typename?: 'Query', node:
    | { __typename: 'AdCreditGrant', id: string }
    | { __typename: 'AuditEvent', id: string }
    | { __typename: 'AwarenessVideo', title: string, id: string, advisory: { __typename?: 'ContentAdvisory', required: boolean, warningText: string | null, requiresOptIn: boolean, minimumAge: number | null, sensitiveTopics: Array<Topic>, crisisResources: { __typename?: 'CrisisResourceConnection', nodes: Array<{ __typename?: 'CrisisResource', id: string, name: string, hours: string, contacts: Array<{ __typename?: 'ContactMethod', channel: ContactChannel, value: string, instructions: string | null }> }> } } }
    | { __typename: 'Campaign', id: string }
    | { __typename: 'Creator', id: string }
    | { __typename: 'CreatorImport', id: string }
    | { __typename: 'CrisisResource', id: string }
    | { __typename: 'Organisation', id: string }
    | { __typename: 'ProgrammingWindow', id: string }
    | { __typename: 'Recognition', id: string }
    | { __typename: 'RecognitionNote', id: string }
    | { __typename: 'StaffUser', id: string }
    | { __typename: 'TrainingEnrolment', id: string }
    | { __typename: 'TrainingSession', id: string }
   | null };

export type VideoSpotlightsQueryVariables = Exact<{
  videoId: Scalars['ID']['input'];
  first: InputMaybe<Scalars['Int']['input']>;
  after: InputMaybe<Scalars['String']['input']>;
  last: InputMaybe<Scalars['Int']['input']>;
  before: InputMaybe<Scalars['String']['input']>;
}>;


export type VideoSpotlightsQuery = { __typename?: 'Query', recognitions: { __typename?: 'RecognitionConnection', totalCount: number, pageInfo: { __typename?: 'PageInfo', hasNextPage: boolean, hasPreviousPage: boolean, startCursor: string | null, endCursor: string | null }, nodes: Array<{ __typename?: 'Recognition', id: string, status: RecognitionStatus, rank: number | null, scheduledFor: string | null, publishedAt: string | null, campaign: { __typename?: 'Campaign', id: string, name: string, slug: string } }> } };

export type VideoLiveSpotlightsQueryVariables = Exact<{
  videoId: Scalars['ID']['input'];
  statuses: Array<RecognitionStatus> | RecognitionStatus;
  first: Scalars['Int']['input'];
}>;


export type VideoLiveSpotlightsQuery = { __typename?: 'Query', recognitions: { __typename?: 'RecognitionConnection', totalCount: number, nodes: Array<{ __typename?: 'Recognition', id: string, status: RecognitionStatus, rank: number | null, campaign: { __typename?: 'Campaign', id: string, name: string } }> } };

export type UpdateVideoMutationVariables = Exact<{
  input: UpdateVideoInput;
}>;


export type UpdateVideoMutation = { __typename?: 'Mutation', updateAwarenessVideo: { __typename?: 'AwarenessVideoPayload', video: { __typename?: 'AwarenessVideo', id: string, version: number, caption: string, hashtags: Array<string>, durationSeconds: number, updatedAt: string, advisory: { __typename?: 'ContentAdvisory', required: boolean, warningText: string | null, warningOverridden: boolean, requiresOptIn: boolean, minimumAge: number | null, sensitiveTopics: Array<Topic> }, safetyFindings: Array<{ __typename?: 'SafetyFindingType', field: SafetyField, ruleId: string, severity: SafetySeverity, start: number, end: number, excerpt: string, message: string, suggestion: string | null }> | null } } };

export type ArchiveVideoMutationVariables = Exact<{
  input: ArchiveInput;
}>;


export type ArchiveVideoMutation = { __typename?: 'Mutation', archiveAwarenessVideo: { __typename?: 'AwarenessVideoPayload', video: { __typename?: 'AwarenessVideo', id: string, version: number, archivedAt: string | null, updatedAt: string } } };

export const SpotlightFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SpotlightFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Recognition"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"rank"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"publishedAt"}},{"kind":"Field","name":{"kind":"Name","value":"scheduledFor"}},{"kind":"Field","name":{"kind":"Name","value":"scheduledTimeZone"}},{"kind":"Field","name":{"kind":"Name","value":"scheduleFailure"}},{"kind":"Field","name":{"kind":"Name","value":"nominatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"creator"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"handle"}}]}}]}}]} as unknown as DocumentNode<SpotlightFieldsFragment, unknown>;
export const CrisisResourceRowFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CrisisResourceRow"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CrisisResource"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"organisationName"}},{"kind":"Field","name":{"kind":"Name","value":"regions"}},{"kind":"Field","name":{"kind":"Name","value":"isGlobal"}},{"kind":"Field","name":{"kind":"Name","value":"topics"}},{"kind":"Field","name":{"kind":"Name","value":"hours"}},{"kind":"Field","name":{"kind":"Name","value":"lastVerifiedAt"}},{"kind":"Field","name":{"kind":"Name","value":"isStale"}},{"kind":"Field","name":{"kind":"Name","value":"contacts"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"channel"}},{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"instructions"}}]}}]}}]} as unknown as DocumentNode<CrisisResourceRowFragment, unknown>;
export const GrantTotalsPartsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"GrantTotalsParts"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"GrantTotals"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"currency"}},{"kind":"Field","name":{"kind":"Name","value":"currencies"}},{"kind":"Field","name":{"kind":"Name","value":"holderCount"}},{"kind":"Field","name":{"kind":"Name","value":"grandTotal"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amountMinor"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}},{"kind":"Field","name":{"kind":"Name","value":"formatted"}}]}},{"kind":"Field","name":{"kind":"Name","value":"top"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"holder"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Campaign"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"archivedAt"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Organisation"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"archivedAt"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"total"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amountMinor"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}},{"kind":"Field","name":{"kind":"Name","value":"formatted"}}]}}]}}]}}]} as unknown as DocumentNode<GrantTotalsPartsFragment, unknown>;
export const NoteFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"NoteFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"RecognitionNote"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"body"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"author"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}}]}}]} as unknown as DocumentNode<NoteFieldsFragment, unknown>;
export const RecognitionFieldsFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"RecognitionFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Recognition"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"citation"}},{"kind":"Field","name":{"kind":"Name","value":"rank"}},{"kind":"Field","name":{"kind":"Name","value":"nominatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"reviewedAt"}},{"kind":"Field","name":{"kind":"Name","value":"approvedAt"}},{"kind":"Field","name":{"kind":"Name","value":"scheduledFor"}},{"kind":"Field","name":{"kind":"Name","value":"scheduledTimeZone"}},{"kind":"Field","name":{"kind":"Name","value":"scheduleFailure"}},{"kind":"Field","name":{"kind":"Name","value":"publishedAt"}},{"kind":"Field","name":{"kind":"Name","value":"withdrawnAt"}},{"kind":"Field","name":{"kind":"Name","value":"withdrawalReason"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"nominatedBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"reviewedBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"approvedBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"scheduledBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"publishedBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"withdrawnBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"creator"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"handle"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"region"}},{"kind":"Field","name":{"kind":"Name","value":"topics"}}]}},{"kind":"Field","name":{"kind":"Name","value":"campaign"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"slug"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"hashtag"}},{"kind":"Field","name":{"kind":"Name","value":"spotlightCapacity"}}]}},{"kind":"Field","name":{"kind":"Name","value":"eligibility"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"passed"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"at"}}]}},{"kind":"Field","name":{"kind":"Name","value":"safetyFindings"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"ruleId"}},{"kind":"Field","name":{"kind":"Name","value":"severity"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"excerpt"}},{"kind":"Field","name":{"kind":"Name","value":"start"}},{"kind":"Field","name":{"kind":"Name","value":"end"}},{"kind":"Field","name":{"kind":"Name","value":"suggestion"}}]}},{"kind":"Field","name":{"kind":"Name","value":"featuredVideos"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"5"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"topics"}},{"kind":"Field","name":{"kind":"Name","value":"advisory"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"required"}},{"kind":"Field","name":{"kind":"Name","value":"warningText"}},{"kind":"Field","name":{"kind":"Name","value":"requiresOptIn"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"notes"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"last"},"value":{"kind":"IntValue","value":"20"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasPreviousPage"}},{"kind":"Field","name":{"kind":"Name","value":"startCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"NoteFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"NoteFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"RecognitionNote"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"body"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"author"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}}]}}]} as unknown as DocumentNode<RecognitionFieldsFragment, unknown>;
export const StaffRowFragmentDoc = {"kind":"Document","definitions":[{"kind":"FragmentDefinition","name":{"kind":"Name","value":"StaffRow"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"StaffUser"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"invitationPending"}},{"kind":"Field","name":{"kind":"Name","value":"lastSignInAt"}},{"kind":"Field","name":{"kind":"Name","value":"deactivatedAt"}}]}}]} as unknown as DocumentNode<StaffRowFragment, unknown>;
export const RecordHistoryDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"RecordHistory"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"recordHistory"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"action"}},{"kind":"Field","name":{"kind":"Name","value":"actorName"}},{"kind":"Field","name":{"kind":"Name","value":"occurredAt"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"changes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"before"}},{"kind":"Field","name":{"kind":"Name","value":"after"}}]}}]}}]}}]}}]} as unknown as DocumentNode<RecordHistoryQuery, RecordHistoryQueryVariables>;
export const AuditEventsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AuditEvents"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"last"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"before"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"AuditEventFilter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"auditEvents"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}},{"kind":"Argument","name":{"kind":"Name","value":"last"},"value":{"kind":"Variable","name":{"kind":"Name","value":"last"}}},{"kind":"Argument","name":{"kind":"Name","value":"before"},"value":{"kind":"Variable","name":{"kind":"Name","value":"before"}}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"hasPreviousPage"}},{"kind":"Field","name":{"kind":"Name","value":"startCursor"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"action"}},{"kind":"Field","name":{"kind":"Name","value":"occurredAt"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"requestId"}},{"kind":"Field","name":{"kind":"Name","value":"targetGlobalId"}},{"kind":"Field","name":{"kind":"Name","value":"targetType"}},{"kind":"Field","name":{"kind":"Name","value":"before"}},{"kind":"Field","name":{"kind":"Name","value":"after"}},{"kind":"Field","name":{"kind":"Name","value":"actor"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}}]}}]}}]}}]} as unknown as DocumentNode<AuditEventsQuery, AuditEventsQueryVariables>;
export const AuditActorsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AuditActors"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"search"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"staffUsers"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"20"}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"search"},"value":{"kind":"Variable","name":{"kind":"Name","value":"search"}}},{"kind":"ObjectField","name":{"kind":"Name","value":"includeDeactivated"},"value":{"kind":"BooleanValue","value":true}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"email"}}]}}]}}]}}]} as unknown as DocumentNode<AuditActorsQuery, AuditActorsQueryVariables>;
export const AuditActorNameDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"AuditActorName"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"StaffUser"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}}]}}]}}]} as unknown as DocumentNode<AuditActorNameQuery, AuditActorNameQueryVariables>;
export const MeDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Me"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"me"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"role"}}]}}]}}]} as unknown as DocumentNode<MeQuery, MeQueryVariables>;
export const SignInDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SignIn"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"SignInInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"signIn"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"user"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"role"}}]}}]}}]}}]} as unknown as DocumentNode<SignInMutation, SignInMutationVariables>;
export const SignOutDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"SignOut"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"signOut"}}]}}]} as unknown as DocumentNode<SignOutMutation, SignOutMutationVariables>;
export const CampaignBoardDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CampaignBoard"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"campaignId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"pipelineStatuses"}},"type":{"kind":"NonNullType","type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RecognitionStatus"}}}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","alias":{"kind":"Name","value":"published"},"name":{"kind":"Name","value":"recognitions"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"campaignId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"campaignId"}}},{"kind":"ObjectField","name":{"kind":"Name","value":"statuses"},"value":{"kind":"ListValue","values":[{"kind":"EnumValue","value":"PUBLISHED"}]}}]}},{"kind":"Argument","name":{"kind":"Name","value":"orderBy"},"value":{"kind":"EnumValue","value":"RANK"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"SpotlightFields"}}]}}]}},{"kind":"Field","alias":{"kind":"Name","value":"scheduled"},"name":{"kind":"Name","value":"recognitions"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"campaignId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"campaignId"}}},{"kind":"ObjectField","name":{"kind":"Name","value":"statuses"},"value":{"kind":"ListValue","values":[{"kind":"EnumValue","value":"SCHEDULED"}]}}]}},{"kind":"Argument","name":{"kind":"Name","value":"orderBy"},"value":{"kind":"EnumValue","value":"SCHEDULED_SOONEST"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"SpotlightFields"}}]}}]}},{"kind":"Field","alias":{"kind":"Name","value":"pipeline"},"name":{"kind":"Name","value":"recognitions"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"campaignId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"campaignId"}}},{"kind":"ObjectField","name":{"kind":"Name","value":"statuses"},"value":{"kind":"Variable","name":{"kind":"Name","value":"pipelineStatuses"}}}]}},{"kind":"Argument","name":{"kind":"Name","value":"orderBy"},"value":{"kind":"EnumValue","value":"OLDEST_NOMINATION"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"SpotlightFields"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"recognitionStatusCounts"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"campaignId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"campaignId"}}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"count"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"SpotlightFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Recognition"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"rank"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"publishedAt"}},{"kind":"Field","name":{"kind":"Name","value":"scheduledFor"}},{"kind":"Field","name":{"kind":"Name","value":"scheduledTimeZone"}},{"kind":"Field","name":{"kind":"Name","value":"scheduleFailure"}},{"kind":"Field","name":{"kind":"Name","value":"nominatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"creator"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"handle"}}]}}]}}]} as unknown as DocumentNode<CampaignBoardQuery, CampaignBoardQueryVariables>;
export const CriticalMomentsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CriticalMoments"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"year"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"criticalMoments"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"year"},"value":{"kind":"Variable","name":{"kind":"Name","value":"year"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"occasion"}},{"kind":"Field","name":{"kind":"Name","value":"startsOn"}},{"kind":"Field","name":{"kind":"Name","value":"endsOn"}},{"kind":"Field","name":{"kind":"Name","value":"trainingSessionsBefore"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"50"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"audience"}},{"kind":"Field","name":{"kind":"Name","value":"startsAt"}},{"kind":"Field","name":{"kind":"Name","value":"endsAt"}},{"kind":"Field","name":{"kind":"Name","value":"timeZone"}},{"kind":"Field","name":{"kind":"Name","value":"seatsLeft"}},{"kind":"Field","name":{"kind":"Name","value":"capacity"}},{"kind":"Field","name":{"kind":"Name","value":"facilitator"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<CriticalMomentsQuery, CriticalMomentsQueryVariables>;
export const ReorderSpotlightDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ReorderSpotlight"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ReorderSpotlightInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"reorderSpotlight"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"rank"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"campaign"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]}}]}}]} as unknown as DocumentNode<ReorderSpotlightMutation, ReorderSpotlightMutationVariables>;
export const CampaignSlugByIdDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CampaignSlugById"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Campaign"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"slug"}}]}}]}}]}}]} as unknown as DocumentNode<CampaignSlugByIdQuery, CampaignSlugByIdQueryVariables>;
export const PartnerOptionsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"PartnerOptions"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"search"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"organisations"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"20"}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"search"},"value":{"kind":"Variable","name":{"kind":"Name","value":"search"}}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]} as unknown as DocumentNode<PartnerOptionsQuery, PartnerOptionsQueryVariables>;
export const UpdateCampaignDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdateCampaign"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateCampaignInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateCampaign"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"campaign"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"slug"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"hashtag"}},{"kind":"Field","name":{"kind":"Name","value":"theme"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"startsOn"}},{"kind":"Field","name":{"kind":"Name","value":"endsOn"}},{"kind":"Field","name":{"kind":"Name","value":"spotlightCapacity"}},{"kind":"Field","name":{"kind":"Name","value":"archivedAt"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"partners"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"website"}},{"kind":"Field","name":{"kind":"Name","value":"description"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<UpdateCampaignMutation, UpdateCampaignMutationVariables>;
export const AddProgrammingWindowDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AddProgrammingWindow"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"AddProgrammingWindowInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"addProgrammingWindow"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"campaign"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"programmingWindows"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"startsAt"}},{"kind":"Field","name":{"kind":"Name","value":"endsAt"}},{"kind":"Field","name":{"kind":"Name","value":"timeZone"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<AddProgrammingWindowMutation, AddProgrammingWindowMutationVariables>;
export const RemoveProgrammingWindowDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RemoveProgrammingWindow"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RemoveProgrammingWindowInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"removeProgrammingWindow"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"campaign"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"programmingWindows"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"startsAt"}},{"kind":"Field","name":{"kind":"Name","value":"endsAt"}},{"kind":"Field","name":{"kind":"Name","value":"timeZone"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<RemoveProgrammingWindowMutation, RemoveProgrammingWindowMutationVariables>;
export const CampaignsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Campaigns"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"last"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"before"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"CampaignFilter"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"orderBy"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CampaignOrder"}}},"defaultValue":{"kind":"EnumValue","value":"NEWEST"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"campaigns"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}},{"kind":"Argument","name":{"kind":"Name","value":"last"},"value":{"kind":"Variable","name":{"kind":"Name","value":"last"}}},{"kind":"Argument","name":{"kind":"Name","value":"before"},"value":{"kind":"Variable","name":{"kind":"Name","value":"before"}}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"orderBy"},"value":{"kind":"Variable","name":{"kind":"Name","value":"orderBy"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"hasPreviousPage"}},{"kind":"Field","name":{"kind":"Name","value":"startCursor"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"slug"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"hashtag"}},{"kind":"Field","name":{"kind":"Name","value":"theme"}},{"kind":"Field","name":{"kind":"Name","value":"startsOn"}},{"kind":"Field","name":{"kind":"Name","value":"endsOn"}},{"kind":"Field","name":{"kind":"Name","value":"spotlightCapacity"}},{"kind":"Field","name":{"kind":"Name","value":"archivedAt"}}]}}]}}]}}]} as unknown as DocumentNode<CampaignsQuery, CampaignsQueryVariables>;
export const CampaignDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Campaign"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"slug"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"campaign"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"slug"},"value":{"kind":"Variable","name":{"kind":"Name","value":"slug"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"slug"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"hashtag"}},{"kind":"Field","name":{"kind":"Name","value":"theme"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"startsOn"}},{"kind":"Field","name":{"kind":"Name","value":"endsOn"}},{"kind":"Field","name":{"kind":"Name","value":"spotlightCapacity"}},{"kind":"Field","name":{"kind":"Name","value":"archivedAt"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"programmingWindows"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"startsAt"}},{"kind":"Field","name":{"kind":"Name","value":"endsAt"}},{"kind":"Field","name":{"kind":"Name","value":"timeZone"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"partners"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"website"}},{"kind":"Field","name":{"kind":"Name","value":"description"}}]}}]}}]}}]}}]} as unknown as DocumentNode<CampaignQuery, CampaignQueryVariables>;
export const StartCreatorImportDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"StartCreatorImport"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"StartCreatorImportInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"startCreatorImport"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"creatorImport"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"expectedRows"}},{"kind":"Field","name":{"kind":"Name","value":"receivedRows"}},{"kind":"Field","name":{"kind":"Name","value":"invalidRows"}}]}}]}}]}}]} as unknown as DocumentNode<StartCreatorImportMutation, StartCreatorImportMutationVariables>;
export const AddCreatorImportRowsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AddCreatorImportRows"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"AddCreatorImportRowsInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"addCreatorImportRows"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"creatorImport"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"receivedRows"}},{"kind":"Field","name":{"kind":"Name","value":"invalidRows"}}]}},{"kind":"Field","name":{"kind":"Name","value":"rows"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"rowNumber"}},{"kind":"Field","name":{"kind":"Name","value":"valid"}},{"kind":"Field","name":{"kind":"Name","value":"problems"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"code"}},{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"message"}}]}}]}}]}}]}}]} as unknown as DocumentNode<AddCreatorImportRowsMutation, AddCreatorImportRowsMutationVariables>;
export const CommitCreatorImportDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CommitCreatorImport"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreatorImportInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"commitCreatorImport"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"creatorImport"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"createdCount"}},{"kind":"Field","name":{"kind":"Name","value":"receivedRows"}},{"kind":"Field","name":{"kind":"Name","value":"invalidRows"}}]}}]}}]}}]} as unknown as DocumentNode<CommitCreatorImportMutation, CommitCreatorImportMutationVariables>;
export const CancelCreatorImportDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CancelCreatorImport"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreatorImportInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"cancelCreatorImport"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"creatorImport"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]}}]} as unknown as DocumentNode<CancelCreatorImportMutation, CancelCreatorImportMutationVariables>;
export const CreatorProfileDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CreatorProfile"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Creator"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"handle"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"bio"}},{"kind":"Field","name":{"kind":"Name","value":"region"}},{"kind":"Field","name":{"kind":"Name","value":"languages"}},{"kind":"Field","name":{"kind":"Name","value":"topics"}},{"kind":"Field","name":{"kind":"Name","value":"followerCount"}},{"kind":"Field","name":{"kind":"Name","value":"profileUrl"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"archivedAt"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"consent"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"active"}},{"kind":"Field","name":{"kind":"Name","value":"scope"}},{"kind":"Field","name":{"kind":"Name","value":"givenAt"}},{"kind":"Field","name":{"kind":"Name","value":"withdrawnAt"}}]}},{"kind":"Field","name":{"kind":"Name","value":"safetyFindings"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"ruleId"}},{"kind":"Field","name":{"kind":"Name","value":"severity"}},{"kind":"Field","name":{"kind":"Name","value":"start"}},{"kind":"Field","name":{"kind":"Name","value":"end"}},{"kind":"Field","name":{"kind":"Name","value":"excerpt"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"suggestion"}}]}}]}}]}}]}}]} as unknown as DocumentNode<CreatorProfileQuery, CreatorProfileQueryVariables>;
export const CreatorConsentImpactDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CreatorConsentImpact"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Creator"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"consentWithdrawalImpact"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"scheduledFor"}},{"kind":"Field","name":{"kind":"Name","value":"campaign"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<CreatorConsentImpactQuery, CreatorConsentImpactQueryVariables>;
export const CreatorEnrolmentsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CreatorEnrolments"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"creatorId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"last"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"before"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"trainingEnrolments"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"creatorId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"creatorId"}}}]}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}},{"kind":"Argument","name":{"kind":"Name","value":"last"},"value":{"kind":"Variable","name":{"kind":"Name","value":"last"}}},{"kind":"Argument","name":{"kind":"Name","value":"before"},"value":{"kind":"Variable","name":{"kind":"Name","value":"before"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"hasPreviousPage"}},{"kind":"Field","name":{"kind":"Name","value":"startCursor"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"attended"}},{"kind":"Field","name":{"kind":"Name","value":"completed"}},{"kind":"Field","name":{"kind":"Name","value":"completedAt"}},{"kind":"Field","name":{"kind":"Name","value":"session"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"topic"}},{"kind":"Field","name":{"kind":"Name","value":"startsAt"}},{"kind":"Field","name":{"kind":"Name","value":"endsAt"}},{"kind":"Field","name":{"kind":"Name","value":"timeZone"}}]}}]}}]}}]}}]} as unknown as DocumentNode<CreatorEnrolmentsQuery, CreatorEnrolmentsQueryVariables>;
export const CreatorCompletedTrainingDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CreatorCompletedTraining"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"creatorId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"trainingEnrolments"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"creatorId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"creatorId"}}},{"kind":"ObjectField","name":{"kind":"Name","value":"completed"},"value":{"kind":"BooleanValue","value":true}}]}},{"kind":"Argument","name":{"kind":"Name","value":"last"},"value":{"kind":"IntValue","value":"100"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"completed"}},{"kind":"Field","name":{"kind":"Name","value":"completedAt"}},{"kind":"Field","name":{"kind":"Name","value":"session"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"topic"}}]}}]}}]}}]}}]} as unknown as DocumentNode<CreatorCompletedTrainingQuery, CreatorCompletedTrainingQueryVariables>;
export const CreatorVideosDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CreatorVideos"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Creator"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"videos"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"20"}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"caption"}},{"kind":"Field","name":{"kind":"Name","value":"url"}},{"kind":"Field","name":{"kind":"Name","value":"publishedAt"}},{"kind":"Field","name":{"kind":"Name","value":"topics"}},{"kind":"Field","name":{"kind":"Name","value":"advisory"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"required"}},{"kind":"Field","name":{"kind":"Name","value":"warningText"}},{"kind":"Field","name":{"kind":"Name","value":"warningOverridden"}},{"kind":"Field","name":{"kind":"Name","value":"requiresOptIn"}},{"kind":"Field","name":{"kind":"Name","value":"minimumAge"}},{"kind":"Field","name":{"kind":"Name","value":"sensitiveTopics"}}]}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<CreatorVideosQuery, CreatorVideosQueryVariables>;
export const CreatorRecognitionsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CreatorRecognitions"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"creatorId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"last"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"before"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"recognitions"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"creatorId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"creatorId"}}}]}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}},{"kind":"Argument","name":{"kind":"Name","value":"last"},"value":{"kind":"Variable","name":{"kind":"Name","value":"last"}}},{"kind":"Argument","name":{"kind":"Name","value":"before"},"value":{"kind":"Variable","name":{"kind":"Name","value":"before"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"hasPreviousPage"}},{"kind":"Field","name":{"kind":"Name","value":"startCursor"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"rank"}},{"kind":"Field","name":{"kind":"Name","value":"nominatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"publishedAt"}},{"kind":"Field","name":{"kind":"Name","value":"withdrawnAt"}},{"kind":"Field","name":{"kind":"Name","value":"withdrawalReason"}},{"kind":"Field","name":{"kind":"Name","value":"scheduledFor"}},{"kind":"Field","name":{"kind":"Name","value":"campaign"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"slug"}}]}}]}}]}}]}}]} as unknown as DocumentNode<CreatorRecognitionsQuery, CreatorRecognitionsQueryVariables>;
export const UpdateCreatorDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdateCreator"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateCreatorInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateCreator"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"creator"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"handle"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"bio"}},{"kind":"Field","name":{"kind":"Name","value":"region"}},{"kind":"Field","name":{"kind":"Name","value":"languages"}},{"kind":"Field","name":{"kind":"Name","value":"topics"}},{"kind":"Field","name":{"kind":"Name","value":"followerCount"}},{"kind":"Field","name":{"kind":"Name","value":"profileUrl"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"safetyFindings"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"ruleId"}},{"kind":"Field","name":{"kind":"Name","value":"severity"}},{"kind":"Field","name":{"kind":"Name","value":"start"}},{"kind":"Field","name":{"kind":"Name","value":"end"}},{"kind":"Field","name":{"kind":"Name","value":"excerpt"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"suggestion"}}]}}]}}]}}]}}]} as unknown as DocumentNode<UpdateCreatorMutation, UpdateCreatorMutationVariables>;
export const RecordCreatorConsentDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RecordCreatorConsent"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RecordConsentInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"recordCreatorConsent"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"creator"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"consent"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"active"}},{"kind":"Field","name":{"kind":"Name","value":"scope"}},{"kind":"Field","name":{"kind":"Name","value":"givenAt"}},{"kind":"Field","name":{"kind":"Name","value":"withdrawnAt"}}]}}]}}]}}]}}]} as unknown as DocumentNode<RecordCreatorConsentMutation, RecordCreatorConsentMutationVariables>;
export const WithdrawCreatorConsentDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"WithdrawCreatorConsent"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"WithdrawConsentInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"withdrawCreatorConsent"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"creator"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"consent"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"active"}},{"kind":"Field","name":{"kind":"Name","value":"scope"}},{"kind":"Field","name":{"kind":"Name","value":"givenAt"}},{"kind":"Field","name":{"kind":"Name","value":"withdrawnAt"}}]}},{"kind":"Field","name":{"kind":"Name","value":"consentWithdrawalImpact"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}}]}}]}}]}}]} as unknown as DocumentNode<WithdrawCreatorConsentMutation, WithdrawCreatorConsentMutationVariables>;
export const OverrideVideoAdvisoryDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"OverrideVideoAdvisory"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateVideoInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateAwarenessVideo"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"video"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"advisory"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"required"}},{"kind":"Field","name":{"kind":"Name","value":"warningText"}},{"kind":"Field","name":{"kind":"Name","value":"warningOverridden"}},{"kind":"Field","name":{"kind":"Name","value":"requiresOptIn"}},{"kind":"Field","name":{"kind":"Name","value":"minimumAge"}},{"kind":"Field","name":{"kind":"Name","value":"sensitiveTopics"}}]}}]}}]}}]}}]} as unknown as DocumentNode<OverrideVideoAdvisoryMutation, OverrideVideoAdvisoryMutationVariables>;
export const CreatorsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Creators"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"last"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"before"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"CreatorFilter"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"orderBy"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreatorOrder"}}},"defaultValue":{"kind":"EnumValue","value":"HANDLE"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"creators"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}},{"kind":"Argument","name":{"kind":"Name","value":"last"},"value":{"kind":"Variable","name":{"kind":"Name","value":"last"}}},{"kind":"Argument","name":{"kind":"Name","value":"before"},"value":{"kind":"Variable","name":{"kind":"Name","value":"before"}}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"orderBy"},"value":{"kind":"Variable","name":{"kind":"Name","value":"orderBy"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"totalCountIsExact"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"hasPreviousPage"}},{"kind":"Field","name":{"kind":"Name","value":"startCursor"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"handle"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"region"}},{"kind":"Field","name":{"kind":"Name","value":"topics"}},{"kind":"Field","name":{"kind":"Name","value":"followerCount"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"consent"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"active"}},{"kind":"Field","name":{"kind":"Name","value":"scope"}},{"kind":"Field","name":{"kind":"Name","value":"givenAt"}},{"kind":"Field","name":{"kind":"Name","value":"withdrawnAt"}}]}}]}}]}}]}}]} as unknown as DocumentNode<CreatorsQuery, CreatorsQueryVariables>;
export const StaleCrisisResourcesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"StaleCrisisResources"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"last"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"before"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"staleCrisisResources"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}},{"kind":"Argument","name":{"kind":"Name","value":"last"},"value":{"kind":"Variable","name":{"kind":"Name","value":"last"}}},{"kind":"Argument","name":{"kind":"Name","value":"before"},"value":{"kind":"Variable","name":{"kind":"Name","value":"before"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"hasPreviousPage"}},{"kind":"Field","name":{"kind":"Name","value":"startCursor"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CrisisResourceRow"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CrisisResourceRow"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CrisisResource"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"organisationName"}},{"kind":"Field","name":{"kind":"Name","value":"regions"}},{"kind":"Field","name":{"kind":"Name","value":"isGlobal"}},{"kind":"Field","name":{"kind":"Name","value":"topics"}},{"kind":"Field","name":{"kind":"Name","value":"hours"}},{"kind":"Field","name":{"kind":"Name","value":"lastVerifiedAt"}},{"kind":"Field","name":{"kind":"Name","value":"isStale"}},{"kind":"Field","name":{"kind":"Name","value":"contacts"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"channel"}},{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"instructions"}}]}}]}}]} as unknown as DocumentNode<StaleCrisisResourcesQuery, StaleCrisisResourcesQueryVariables>;
export const RegionCrisisResourcesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"RegionCrisisResources"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"region"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"last"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"before"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"crisisResources"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"region"},"value":{"kind":"Variable","name":{"kind":"Name","value":"region"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}},{"kind":"Argument","name":{"kind":"Name","value":"last"},"value":{"kind":"Variable","name":{"kind":"Name","value":"last"}}},{"kind":"Argument","name":{"kind":"Name","value":"before"},"value":{"kind":"Variable","name":{"kind":"Name","value":"before"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"hasPreviousPage"}},{"kind":"Field","name":{"kind":"Name","value":"startCursor"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CrisisResourceRow"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CrisisResourceRow"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CrisisResource"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"organisationName"}},{"kind":"Field","name":{"kind":"Name","value":"regions"}},{"kind":"Field","name":{"kind":"Name","value":"isGlobal"}},{"kind":"Field","name":{"kind":"Name","value":"topics"}},{"kind":"Field","name":{"kind":"Name","value":"hours"}},{"kind":"Field","name":{"kind":"Name","value":"lastVerifiedAt"}},{"kind":"Field","name":{"kind":"Name","value":"isStale"}},{"kind":"Field","name":{"kind":"Name","value":"contacts"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"channel"}},{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"instructions"}}]}}]}}]} as unknown as DocumentNode<RegionCrisisResourcesQuery, RegionCrisisResourcesQueryVariables>;
export const CrisisResourceDirectoryDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CrisisResourceDirectory"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"CrisisResourceDirectoryFilter"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"last"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"before"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"crisisResourceDirectory"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}},{"kind":"Argument","name":{"kind":"Name","value":"last"},"value":{"kind":"Variable","name":{"kind":"Name","value":"last"}}},{"kind":"Argument","name":{"kind":"Name","value":"before"},"value":{"kind":"Variable","name":{"kind":"Name","value":"before"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"hasPreviousPage"}},{"kind":"Field","name":{"kind":"Name","value":"startCursor"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"CrisisResourceRow"}},{"kind":"Field","name":{"kind":"Name","value":"archivedAt"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CrisisResourceRow"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CrisisResource"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"organisationName"}},{"kind":"Field","name":{"kind":"Name","value":"regions"}},{"kind":"Field","name":{"kind":"Name","value":"isGlobal"}},{"kind":"Field","name":{"kind":"Name","value":"topics"}},{"kind":"Field","name":{"kind":"Name","value":"hours"}},{"kind":"Field","name":{"kind":"Name","value":"lastVerifiedAt"}},{"kind":"Field","name":{"kind":"Name","value":"isStale"}},{"kind":"Field","name":{"kind":"Name","value":"contacts"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"channel"}},{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"instructions"}}]}}]}}]} as unknown as DocumentNode<CrisisResourceDirectoryQuery, CrisisResourceDirectoryQueryVariables>;
export const CrisisResourceDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CrisisResource"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"CrisisResourceRow"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CrisisResource"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"topics"}},{"kind":"Field","name":{"kind":"Name","value":"languages"}},{"kind":"Field","name":{"kind":"Name","value":"archivedAt"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CrisisResourceRow"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CrisisResource"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"organisationName"}},{"kind":"Field","name":{"kind":"Name","value":"regions"}},{"kind":"Field","name":{"kind":"Name","value":"isGlobal"}},{"kind":"Field","name":{"kind":"Name","value":"topics"}},{"kind":"Field","name":{"kind":"Name","value":"hours"}},{"kind":"Field","name":{"kind":"Name","value":"lastVerifiedAt"}},{"kind":"Field","name":{"kind":"Name","value":"isStale"}},{"kind":"Field","name":{"kind":"Name","value":"contacts"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"channel"}},{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"instructions"}}]}}]}}]} as unknown as DocumentNode<CrisisResourceQuery, CrisisResourceQueryVariables>;
export const MarkCrisisResourceVerifiedDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"MarkCrisisResourceVerified"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"MarkCrisisResourceVerifiedInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"markCrisisResourceVerified"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"crisisResource"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"lastVerifiedAt"}},{"kind":"Field","name":{"kind":"Name","value":"isStale"}}]}}]}}]}}]} as unknown as DocumentNode<MarkCrisisResourceVerifiedMutation, MarkCrisisResourceVerifiedMutationVariables>;
export const CreateCrisisResourceDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateCrisisResource"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateCrisisResourceInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createCrisisResource"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"crisisResource"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"CrisisResourceRow"}},{"kind":"Field","name":{"kind":"Name","value":"topics"}},{"kind":"Field","name":{"kind":"Name","value":"languages"}},{"kind":"Field","name":{"kind":"Name","value":"archivedAt"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CrisisResourceRow"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CrisisResource"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"organisationName"}},{"kind":"Field","name":{"kind":"Name","value":"regions"}},{"kind":"Field","name":{"kind":"Name","value":"isGlobal"}},{"kind":"Field","name":{"kind":"Name","value":"topics"}},{"kind":"Field","name":{"kind":"Name","value":"hours"}},{"kind":"Field","name":{"kind":"Name","value":"lastVerifiedAt"}},{"kind":"Field","name":{"kind":"Name","value":"isStale"}},{"kind":"Field","name":{"kind":"Name","value":"contacts"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"channel"}},{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"instructions"}}]}}]}}]} as unknown as DocumentNode<CreateCrisisResourceMutation, CreateCrisisResourceMutationVariables>;
export const UpdateCrisisResourceDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdateCrisisResource"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateCrisisResourceInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateCrisisResource"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"crisisResource"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"CrisisResourceRow"}},{"kind":"Field","name":{"kind":"Name","value":"topics"}},{"kind":"Field","name":{"kind":"Name","value":"languages"}},{"kind":"Field","name":{"kind":"Name","value":"archivedAt"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"CrisisResourceRow"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"CrisisResource"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"organisationName"}},{"kind":"Field","name":{"kind":"Name","value":"regions"}},{"kind":"Field","name":{"kind":"Name","value":"isGlobal"}},{"kind":"Field","name":{"kind":"Name","value":"topics"}},{"kind":"Field","name":{"kind":"Name","value":"hours"}},{"kind":"Field","name":{"kind":"Name","value":"lastVerifiedAt"}},{"kind":"Field","name":{"kind":"Name","value":"isStale"}},{"kind":"Field","name":{"kind":"Name","value":"contacts"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"channel"}},{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"instructions"}}]}}]}}]} as unknown as DocumentNode<UpdateCrisisResourceMutation, UpdateCrisisResourceMutationVariables>;
export const GrantsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Grants"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"last"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"before"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"GrantFilter"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"orderBy"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"GrantOrder"}}},"defaultValue":{"kind":"EnumValue","value":"NEWEST"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"adCreditGrants"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}},{"kind":"Argument","name":{"kind":"Name","value":"last"},"value":{"kind":"Variable","name":{"kind":"Name","value":"last"}}},{"kind":"Argument","name":{"kind":"Name","value":"before"},"value":{"kind":"Variable","name":{"kind":"Name","value":"before"}}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"orderBy"},"value":{"kind":"Variable","name":{"kind":"Name","value":"orderBy"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"hasPreviousPage"}},{"kind":"Field","name":{"kind":"Name","value":"startCursor"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"illustrative"}},{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"amount"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amountMinor"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}},{"kind":"Field","name":{"kind":"Name","value":"formatted"}}]}},{"kind":"Field","name":{"kind":"Name","value":"organisation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"campaign"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"slug"}}]}}]}}]}}]}}]} as unknown as DocumentNode<GrantsQuery, GrantsQueryVariables>;
export const GrantTotalsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"GrantTotals"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"currency"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","alias":{"kind":"Name","value":"byCampaign"},"name":{"kind":"Name","value":"adCreditGrantTotals"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"by"},"value":{"kind":"EnumValue","value":"CAMPAIGN"}},{"kind":"Argument","name":{"kind":"Name","value":"currency"},"value":{"kind":"Variable","name":{"kind":"Name","value":"currency"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"GrantTotalsParts"}}]}},{"kind":"Field","alias":{"kind":"Name","value":"byOrganisation"},"name":{"kind":"Name","value":"adCreditGrantTotals"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"by"},"value":{"kind":"EnumValue","value":"ORGANISATION"}},{"kind":"Argument","name":{"kind":"Name","value":"currency"},"value":{"kind":"Variable","name":{"kind":"Name","value":"currency"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"GrantTotalsParts"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"GrantTotalsParts"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"GrantTotals"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"currency"}},{"kind":"Field","name":{"kind":"Name","value":"currencies"}},{"kind":"Field","name":{"kind":"Name","value":"holderCount"}},{"kind":"Field","name":{"kind":"Name","value":"grandTotal"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amountMinor"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}},{"kind":"Field","name":{"kind":"Name","value":"formatted"}}]}},{"kind":"Field","name":{"kind":"Name","value":"top"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"holder"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Campaign"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"archivedAt"}}]}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Organisation"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"archivedAt"}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"total"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amountMinor"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}},{"kind":"Field","name":{"kind":"Name","value":"formatted"}}]}}]}}]}}]} as unknown as DocumentNode<GrantTotalsQuery, GrantTotalsQueryVariables>;
export const GrantOrganisationChoicesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"GrantOrganisationChoices"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"search"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"organisations"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"20"}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"search"},"value":{"kind":"Variable","name":{"kind":"Name","value":"search"}}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]} as unknown as DocumentNode<GrantOrganisationChoicesQuery, GrantOrganisationChoicesQueryVariables>;
export const GrantCampaignChoicesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"GrantCampaignChoices"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"search"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"campaigns"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"20"}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"search"},"value":{"kind":"Variable","name":{"kind":"Name","value":"search"}}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]} as unknown as DocumentNode<GrantCampaignChoicesQuery, GrantCampaignChoicesQueryVariables>;
export const GrantFilterOrganisationDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"GrantFilterOrganisation"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Organisation"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]} as unknown as DocumentNode<GrantFilterOrganisationQuery, GrantFilterOrganisationQueryVariables>;
export const GrantFilterCampaignDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"GrantFilterCampaign"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Campaign"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]} as unknown as DocumentNode<GrantFilterCampaignQuery, GrantFilterCampaignQueryVariables>;
export const GrantDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Grant"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"AdCreditGrant"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"illustrative"}},{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"archivedAt"}},{"kind":"Field","name":{"kind":"Name","value":"amount"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amountMinor"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}},{"kind":"Field","name":{"kind":"Name","value":"formatted"}}]}},{"kind":"Field","name":{"kind":"Name","value":"organisation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"campaign"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"slug"}}]}}]}}]}}]}}]} as unknown as DocumentNode<GrantQuery, GrantQueryVariables>;
export const CreateGrantDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateGrant"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateAdCreditGrantInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createAdCreditGrant"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"grant"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"amount"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"formatted"}}]}},{"kind":"Field","name":{"kind":"Name","value":"organisation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}}]} as unknown as DocumentNode<CreateGrantMutation, CreateGrantMutationVariables>;
export const UpdateGrantDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdateGrant"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateAdCreditGrantInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateAdCreditGrant"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"grant"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"illustrative"}},{"kind":"Field","name":{"kind":"Name","value":"note"}},{"kind":"Field","name":{"kind":"Name","value":"amount"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amountMinor"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}},{"kind":"Field","name":{"kind":"Name","value":"formatted"}}]}},{"kind":"Field","name":{"kind":"Name","value":"organisation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}}]} as unknown as DocumentNode<UpdateGrantMutation, UpdateGrantMutationVariables>;
export const OrganisationsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Organisations"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"last"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"before"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"OrganisationFilter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"organisations"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}},{"kind":"Argument","name":{"kind":"Name","value":"last"},"value":{"kind":"Variable","name":{"kind":"Name","value":"last"}}},{"kind":"Argument","name":{"kind":"Name","value":"before"},"value":{"kind":"Variable","name":{"kind":"Name","value":"before"}}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"hasPreviousPage"}},{"kind":"Field","name":{"kind":"Name","value":"startCursor"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"website"}},{"kind":"Field","name":{"kind":"Name","value":"regionsServed"}},{"kind":"Field","name":{"kind":"Name","value":"focusTopics"}},{"kind":"Field","name":{"kind":"Name","value":"grantTotal"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amountMinor"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}},{"kind":"Field","name":{"kind":"Name","value":"formatted"}}]}}]}}]}}]}}]} as unknown as DocumentNode<OrganisationsQuery, OrganisationsQueryVariables>;
export const OrganisationDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Organisation"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Organisation"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"website"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"regionsServed"}},{"kind":"Field","name":{"kind":"Name","value":"focusTopics"}},{"kind":"Field","name":{"kind":"Name","value":"grantTotal"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amountMinor"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}},{"kind":"Field","name":{"kind":"Name","value":"formatted"}}]}},{"kind":"Field","name":{"kind":"Name","value":"grants"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"100"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"illustrative"}},{"kind":"Field","name":{"kind":"Name","value":"amount"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"amountMinor"}},{"kind":"Field","name":{"kind":"Name","value":"currency"}},{"kind":"Field","name":{"kind":"Name","value":"formatted"}}]}},{"kind":"Field","name":{"kind":"Name","value":"campaign"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<OrganisationQuery, OrganisationQueryVariables>;
export const CreateOrganisationDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateOrganisation"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateOrganisationInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createOrganisation"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"organisation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"website"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"regionsServed"}},{"kind":"Field","name":{"kind":"Name","value":"focusTopics"}}]}}]}}]}}]} as unknown as DocumentNode<CreateOrganisationMutation, CreateOrganisationMutationVariables>;
export const UpdateOrganisationDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdateOrganisation"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateOrganisationInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateOrganisation"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"organisation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"website"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"regionsServed"}},{"kind":"Field","name":{"kind":"Name","value":"focusTopics"}}]}}]}}]}}]} as unknown as DocumentNode<UpdateOrganisationMutation, UpdateOrganisationMutationVariables>;
export const WorkQueueDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"WorkQueue"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RecognitionFilter"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"orderBy"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RecognitionOrder"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"recognitions"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"orderBy"},"value":{"kind":"Variable","name":{"kind":"Name","value":"orderBy"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"nominatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"reviewedAt"}},{"kind":"Field","name":{"kind":"Name","value":"approvedAt"}},{"kind":"Field","name":{"kind":"Name","value":"scheduledFor"}},{"kind":"Field","name":{"kind":"Name","value":"scheduledTimeZone"}},{"kind":"Field","name":{"kind":"Name","value":"scheduleFailure"}},{"kind":"Field","name":{"kind":"Name","value":"creator"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"handle"}}]}},{"kind":"Field","name":{"kind":"Name","value":"campaign"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"slug"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"nominatedBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}}]}}]}}]}}]} as unknown as DocumentNode<WorkQueueQuery, WorkQueueQueryVariables>;
export const StatusCountsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"StatusCounts"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"RecognitionFilter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"recognitionStatusCounts"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"count"}}]}}]}}]} as unknown as DocumentNode<StatusCountsQuery, StatusCountsQueryVariables>;
export const RecognitionChangedDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"subscription","name":{"kind":"Name","value":"RecognitionChanged"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"campaignId"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"recognitionChanged"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"campaignId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"campaignId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"rank"}},{"kind":"Field","name":{"kind":"Name","value":"campaign"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}}]}}]}}]}}]} as unknown as DocumentNode<RecognitionChangedSubscription, RecognitionChangedSubscriptionVariables>;
export const RecognitionOlderNotesDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"RecognitionOlderNotes"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"before"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"last"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"recognition"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"notes"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"last"},"value":{"kind":"Variable","name":{"kind":"Name","value":"last"}}},{"kind":"Argument","name":{"kind":"Name","value":"before"},"value":{"kind":"Variable","name":{"kind":"Name","value":"before"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasPreviousPage"}},{"kind":"Field","name":{"kind":"Name","value":"startCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"NoteFields"}}]}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"NoteFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"RecognitionNote"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"body"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"author"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}}]}}]} as unknown as DocumentNode<RecognitionOlderNotesQuery, RecognitionOlderNotesQueryVariables>;
export const RecognitionDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Recognition"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"recognition"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"RecognitionFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"NoteFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"RecognitionNote"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"body"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"author"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"RecognitionFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Recognition"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"citation"}},{"kind":"Field","name":{"kind":"Name","value":"rank"}},{"kind":"Field","name":{"kind":"Name","value":"nominatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"reviewedAt"}},{"kind":"Field","name":{"kind":"Name","value":"approvedAt"}},{"kind":"Field","name":{"kind":"Name","value":"scheduledFor"}},{"kind":"Field","name":{"kind":"Name","value":"scheduledTimeZone"}},{"kind":"Field","name":{"kind":"Name","value":"scheduleFailure"}},{"kind":"Field","name":{"kind":"Name","value":"publishedAt"}},{"kind":"Field","name":{"kind":"Name","value":"withdrawnAt"}},{"kind":"Field","name":{"kind":"Name","value":"withdrawalReason"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"nominatedBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"reviewedBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"approvedBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"scheduledBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"publishedBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"withdrawnBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"creator"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"handle"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"region"}},{"kind":"Field","name":{"kind":"Name","value":"topics"}}]}},{"kind":"Field","name":{"kind":"Name","value":"campaign"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"slug"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"hashtag"}},{"kind":"Field","name":{"kind":"Name","value":"spotlightCapacity"}}]}},{"kind":"Field","name":{"kind":"Name","value":"eligibility"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"passed"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"at"}}]}},{"kind":"Field","name":{"kind":"Name","value":"safetyFindings"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"ruleId"}},{"kind":"Field","name":{"kind":"Name","value":"severity"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"excerpt"}},{"kind":"Field","name":{"kind":"Name","value":"start"}},{"kind":"Field","name":{"kind":"Name","value":"end"}},{"kind":"Field","name":{"kind":"Name","value":"suggestion"}}]}},{"kind":"Field","name":{"kind":"Name","value":"featuredVideos"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"5"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"topics"}},{"kind":"Field","name":{"kind":"Name","value":"advisory"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"required"}},{"kind":"Field","name":{"kind":"Name","value":"warningText"}},{"kind":"Field","name":{"kind":"Name","value":"requiresOptIn"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"notes"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"last"},"value":{"kind":"IntValue","value":"20"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasPreviousPage"}},{"kind":"Field","name":{"kind":"Name","value":"startCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"NoteFields"}}]}}]}}]}}]} as unknown as DocumentNode<RecognitionQuery, RecognitionQueryVariables>;
export const SpotlightPreviewDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"SpotlightPreview"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"recognitionId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"region"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"spotlightPreview"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"recognitionId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"recognitionId"}}},{"kind":"Argument","name":{"kind":"Name","value":"region"},"value":{"kind":"Variable","name":{"kind":"Name","value":"region"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"shownInHub"}},{"kind":"Field","name":{"kind":"Name","value":"notShownBecause"}},{"kind":"Field","name":{"kind":"Name","value":"region"}},{"kind":"Field","name":{"kind":"Name","value":"spotlight"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"rank"}},{"kind":"Field","name":{"kind":"Name","value":"citation"}},{"kind":"Field","name":{"kind":"Name","value":"publishedAt"}},{"kind":"Field","name":{"kind":"Name","value":"creator"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"handle"}}]}},{"kind":"Field","name":{"kind":"Name","value":"featuredVideos"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"5"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"url"}},{"kind":"Field","name":{"kind":"Name","value":"advisory"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"required"}},{"kind":"Field","name":{"kind":"Name","value":"warningText"}},{"kind":"Field","name":{"kind":"Name","value":"requiresOptIn"}},{"kind":"Field","name":{"kind":"Name","value":"minimumAge"}},{"kind":"Field","name":{"kind":"Name","value":"sensitiveTopics"}}]}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"crisisResources"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"10"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"organisationName"}},{"kind":"Field","name":{"kind":"Name","value":"hours"}},{"kind":"Field","name":{"kind":"Name","value":"contacts"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"channel"}},{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"instructions"}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<SpotlightPreviewQuery, SpotlightPreviewQueryVariables>;
export const RecognitionPageChangedDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"subscription","name":{"kind":"Name","value":"RecognitionPageChanged"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"campaignId"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"recognitionChanged"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"campaignId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"campaignId"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"RecognitionFields"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"NoteFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"RecognitionNote"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"body"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"author"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"RecognitionFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Recognition"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"citation"}},{"kind":"Field","name":{"kind":"Name","value":"rank"}},{"kind":"Field","name":{"kind":"Name","value":"nominatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"reviewedAt"}},{"kind":"Field","name":{"kind":"Name","value":"approvedAt"}},{"kind":"Field","name":{"kind":"Name","value":"scheduledFor"}},{"kind":"Field","name":{"kind":"Name","value":"scheduledTimeZone"}},{"kind":"Field","name":{"kind":"Name","value":"scheduleFailure"}},{"kind":"Field","name":{"kind":"Name","value":"publishedAt"}},{"kind":"Field","name":{"kind":"Name","value":"withdrawnAt"}},{"kind":"Field","name":{"kind":"Name","value":"withdrawalReason"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"nominatedBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"reviewedBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"approvedBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"scheduledBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"publishedBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"withdrawnBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"creator"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"handle"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"region"}},{"kind":"Field","name":{"kind":"Name","value":"topics"}}]}},{"kind":"Field","name":{"kind":"Name","value":"campaign"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"slug"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"hashtag"}},{"kind":"Field","name":{"kind":"Name","value":"spotlightCapacity"}}]}},{"kind":"Field","name":{"kind":"Name","value":"eligibility"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"passed"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"at"}}]}},{"kind":"Field","name":{"kind":"Name","value":"safetyFindings"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"ruleId"}},{"kind":"Field","name":{"kind":"Name","value":"severity"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"excerpt"}},{"kind":"Field","name":{"kind":"Name","value":"start"}},{"kind":"Field","name":{"kind":"Name","value":"end"}},{"kind":"Field","name":{"kind":"Name","value":"suggestion"}}]}},{"kind":"Field","name":{"kind":"Name","value":"featuredVideos"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"5"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"topics"}},{"kind":"Field","name":{"kind":"Name","value":"advisory"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"required"}},{"kind":"Field","name":{"kind":"Name","value":"warningText"}},{"kind":"Field","name":{"kind":"Name","value":"requiresOptIn"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"notes"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"last"},"value":{"kind":"IntValue","value":"20"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasPreviousPage"}},{"kind":"Field","name":{"kind":"Name","value":"startCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"NoteFields"}}]}}]}}]}}]} as unknown as DocumentNode<RecognitionPageChangedSubscription, RecognitionPageChangedSubscriptionVariables>;
export const NominationCampaignDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"NominationCampaign"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"slug"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"campaign"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"slug"},"value":{"kind":"Variable","name":{"kind":"Name","value":"slug"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"slug"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"hashtag"}},{"kind":"Field","name":{"kind":"Name","value":"spotlightCapacity"}},{"kind":"Field","name":{"kind":"Name","value":"archivedAt"}}]}}]}}]} as unknown as DocumentNode<NominationCampaignQuery, NominationCampaignQueryVariables>;
export const CreatorOptionsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"CreatorOptions"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"search"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"creators"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"20"}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"search"},"value":{"kind":"Variable","name":{"kind":"Name","value":"search"}}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"handle"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"region"}},{"kind":"Field","name":{"kind":"Name","value":"topics"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]}}]} as unknown as DocumentNode<CreatorOptionsQuery, CreatorOptionsQueryVariables>;
export const NominationCreatorVideosDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"NominationCreatorVideos"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"creatorId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"search"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"awarenessVideos"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"50"}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"creatorId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"creatorId"}}},{"kind":"ObjectField","name":{"kind":"Name","value":"search"},"value":{"kind":"Variable","name":{"kind":"Name","value":"search"}}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"topics"}},{"kind":"Field","name":{"kind":"Name","value":"publishedAt"}},{"kind":"Field","name":{"kind":"Name","value":"advisory"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"required"}},{"kind":"Field","name":{"kind":"Name","value":"warningText"}},{"kind":"Field","name":{"kind":"Name","value":"requiresOptIn"}},{"kind":"Field","name":{"kind":"Name","value":"sensitiveTopics"}}]}}]}}]}}]}}]} as unknown as DocumentNode<NominationCreatorVideosQuery, NominationCreatorVideosQueryVariables>;
export const NominationEligibilityDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"NominationEligibility"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"campaignId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"creatorId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"featuredVideoIds"}},"type":{"kind":"NonNullType","type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"citation"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nominationEligibility"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"campaignId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"campaignId"}}},{"kind":"Argument","name":{"kind":"Name","value":"creatorId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"creatorId"}}},{"kind":"Argument","name":{"kind":"Name","value":"featuredVideoIds"},"value":{"kind":"Variable","name":{"kind":"Name","value":"featuredVideoIds"}}},{"kind":"Argument","name":{"kind":"Name","value":"citation"},"value":{"kind":"Variable","name":{"kind":"Name","value":"citation"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"eligible"}},{"kind":"Field","name":{"kind":"Name","value":"nominationBlockers"}},{"kind":"Field","name":{"kind":"Name","value":"checks"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"passed"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"at"}}]}},{"kind":"Field","name":{"kind":"Name","value":"liveNomination"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}}]}}]}}]}}]} as unknown as DocumentNode<NominationEligibilityQuery, NominationEligibilityQueryVariables>;
export const NominateCreatorDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"NominateCreator"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"NominateInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nominateCreator"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"recognition"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"RecognitionFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"NoteFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"RecognitionNote"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"body"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"author"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"RecognitionFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Recognition"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"citation"}},{"kind":"Field","name":{"kind":"Name","value":"rank"}},{"kind":"Field","name":{"kind":"Name","value":"nominatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"reviewedAt"}},{"kind":"Field","name":{"kind":"Name","value":"approvedAt"}},{"kind":"Field","name":{"kind":"Name","value":"scheduledFor"}},{"kind":"Field","name":{"kind":"Name","value":"scheduledTimeZone"}},{"kind":"Field","name":{"kind":"Name","value":"scheduleFailure"}},{"kind":"Field","name":{"kind":"Name","value":"publishedAt"}},{"kind":"Field","name":{"kind":"Name","value":"withdrawnAt"}},{"kind":"Field","name":{"kind":"Name","value":"withdrawalReason"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"nominatedBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"reviewedBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"approvedBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"scheduledBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"publishedBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"withdrawnBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"creator"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"handle"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"region"}},{"kind":"Field","name":{"kind":"Name","value":"topics"}}]}},{"kind":"Field","name":{"kind":"Name","value":"campaign"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"slug"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"hashtag"}},{"kind":"Field","name":{"kind":"Name","value":"spotlightCapacity"}}]}},{"kind":"Field","name":{"kind":"Name","value":"eligibility"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"passed"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"at"}}]}},{"kind":"Field","name":{"kind":"Name","value":"safetyFindings"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"ruleId"}},{"kind":"Field","name":{"kind":"Name","value":"severity"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"excerpt"}},{"kind":"Field","name":{"kind":"Name","value":"start"}},{"kind":"Field","name":{"kind":"Name","value":"end"}},{"kind":"Field","name":{"kind":"Name","value":"suggestion"}}]}},{"kind":"Field","name":{"kind":"Name","value":"featuredVideos"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"5"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"topics"}},{"kind":"Field","name":{"kind":"Name","value":"advisory"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"required"}},{"kind":"Field","name":{"kind":"Name","value":"warningText"}},{"kind":"Field","name":{"kind":"Name","value":"requiresOptIn"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"notes"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"last"},"value":{"kind":"IntValue","value":"20"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasPreviousPage"}},{"kind":"Field","name":{"kind":"Name","value":"startCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"NoteFields"}}]}}]}}]}}]} as unknown as DocumentNode<NominateCreatorMutation, NominateCreatorMutationVariables>;
export const EditNominationDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"EditNomination"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"EditNominationInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"editNomination"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"recognition"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"RecognitionFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"NoteFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"RecognitionNote"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"body"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"author"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"RecognitionFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Recognition"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"citation"}},{"kind":"Field","name":{"kind":"Name","value":"rank"}},{"kind":"Field","name":{"kind":"Name","value":"nominatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"reviewedAt"}},{"kind":"Field","name":{"kind":"Name","value":"approvedAt"}},{"kind":"Field","name":{"kind":"Name","value":"scheduledFor"}},{"kind":"Field","name":{"kind":"Name","value":"scheduledTimeZone"}},{"kind":"Field","name":{"kind":"Name","value":"scheduleFailure"}},{"kind":"Field","name":{"kind":"Name","value":"publishedAt"}},{"kind":"Field","name":{"kind":"Name","value":"withdrawnAt"}},{"kind":"Field","name":{"kind":"Name","value":"withdrawalReason"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"nominatedBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"reviewedBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"approvedBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"scheduledBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"publishedBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"withdrawnBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"creator"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"handle"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"region"}},{"kind":"Field","name":{"kind":"Name","value":"topics"}}]}},{"kind":"Field","name":{"kind":"Name","value":"campaign"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"slug"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"hashtag"}},{"kind":"Field","name":{"kind":"Name","value":"spotlightCapacity"}}]}},{"kind":"Field","name":{"kind":"Name","value":"eligibility"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"passed"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"at"}}]}},{"kind":"Field","name":{"kind":"Name","value":"safetyFindings"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"ruleId"}},{"kind":"Field","name":{"kind":"Name","value":"severity"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"excerpt"}},{"kind":"Field","name":{"kind":"Name","value":"start"}},{"kind":"Field","name":{"kind":"Name","value":"end"}},{"kind":"Field","name":{"kind":"Name","value":"suggestion"}}]}},{"kind":"Field","name":{"kind":"Name","value":"featuredVideos"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"5"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"topics"}},{"kind":"Field","name":{"kind":"Name","value":"advisory"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"required"}},{"kind":"Field","name":{"kind":"Name","value":"warningText"}},{"kind":"Field","name":{"kind":"Name","value":"requiresOptIn"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"notes"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"last"},"value":{"kind":"IntValue","value":"20"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasPreviousPage"}},{"kind":"Field","name":{"kind":"Name","value":"startCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"NoteFields"}}]}}]}}]}}]} as unknown as DocumentNode<EditNominationMutation, EditNominationMutationVariables>;
export const ReviewNominationDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ReviewNomination"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ReviewInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"reviewNomination"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"recognition"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"RecognitionFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"NoteFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"RecognitionNote"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"body"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"author"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"RecognitionFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Recognition"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"citation"}},{"kind":"Field","name":{"kind":"Name","value":"rank"}},{"kind":"Field","name":{"kind":"Name","value":"nominatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"reviewedAt"}},{"kind":"Field","name":{"kind":"Name","value":"approvedAt"}},{"kind":"Field","name":{"kind":"Name","value":"scheduledFor"}},{"kind":"Field","name":{"kind":"Name","value":"scheduledTimeZone"}},{"kind":"Field","name":{"kind":"Name","value":"scheduleFailure"}},{"kind":"Field","name":{"kind":"Name","value":"publishedAt"}},{"kind":"Field","name":{"kind":"Name","value":"withdrawnAt"}},{"kind":"Field","name":{"kind":"Name","value":"withdrawalReason"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"nominatedBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"reviewedBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"approvedBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"scheduledBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"publishedBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"withdrawnBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"creator"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"handle"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"region"}},{"kind":"Field","name":{"kind":"Name","value":"topics"}}]}},{"kind":"Field","name":{"kind":"Name","value":"campaign"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"slug"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"hashtag"}},{"kind":"Field","name":{"kind":"Name","value":"spotlightCapacity"}}]}},{"kind":"Field","name":{"kind":"Name","value":"eligibility"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"passed"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"at"}}]}},{"kind":"Field","name":{"kind":"Name","value":"safetyFindings"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"ruleId"}},{"kind":"Field","name":{"kind":"Name","value":"severity"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"excerpt"}},{"kind":"Field","name":{"kind":"Name","value":"start"}},{"kind":"Field","name":{"kind":"Name","value":"end"}},{"kind":"Field","name":{"kind":"Name","value":"suggestion"}}]}},{"kind":"Field","name":{"kind":"Name","value":"featuredVideos"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"5"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"topics"}},{"kind":"Field","name":{"kind":"Name","value":"advisory"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"required"}},{"kind":"Field","name":{"kind":"Name","value":"warningText"}},{"kind":"Field","name":{"kind":"Name","value":"requiresOptIn"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"notes"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"last"},"value":{"kind":"IntValue","value":"20"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasPreviousPage"}},{"kind":"Field","name":{"kind":"Name","value":"startCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"NoteFields"}}]}}]}}]}}]} as unknown as DocumentNode<ReviewNominationMutation, ReviewNominationMutationVariables>;
export const ApproveRecognitionDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ApproveRecognition"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"VersionedInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"approveRecognition"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"recognition"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"RecognitionFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"NoteFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"RecognitionNote"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"body"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"author"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"RecognitionFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Recognition"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"citation"}},{"kind":"Field","name":{"kind":"Name","value":"rank"}},{"kind":"Field","name":{"kind":"Name","value":"nominatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"reviewedAt"}},{"kind":"Field","name":{"kind":"Name","value":"approvedAt"}},{"kind":"Field","name":{"kind":"Name","value":"scheduledFor"}},{"kind":"Field","name":{"kind":"Name","value":"scheduledTimeZone"}},{"kind":"Field","name":{"kind":"Name","value":"scheduleFailure"}},{"kind":"Field","name":{"kind":"Name","value":"publishedAt"}},{"kind":"Field","name":{"kind":"Name","value":"withdrawnAt"}},{"kind":"Field","name":{"kind":"Name","value":"withdrawalReason"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"nominatedBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"reviewedBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"approvedBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"scheduledBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"publishedBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"withdrawnBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"creator"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"handle"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"region"}},{"kind":"Field","name":{"kind":"Name","value":"topics"}}]}},{"kind":"Field","name":{"kind":"Name","value":"campaign"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"slug"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"hashtag"}},{"kind":"Field","name":{"kind":"Name","value":"spotlightCapacity"}}]}},{"kind":"Field","name":{"kind":"Name","value":"eligibility"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"passed"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"at"}}]}},{"kind":"Field","name":{"kind":"Name","value":"safetyFindings"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"ruleId"}},{"kind":"Field","name":{"kind":"Name","value":"severity"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"excerpt"}},{"kind":"Field","name":{"kind":"Name","value":"start"}},{"kind":"Field","name":{"kind":"Name","value":"end"}},{"kind":"Field","name":{"kind":"Name","value":"suggestion"}}]}},{"kind":"Field","name":{"kind":"Name","value":"featuredVideos"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"5"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"topics"}},{"kind":"Field","name":{"kind":"Name","value":"advisory"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"required"}},{"kind":"Field","name":{"kind":"Name","value":"warningText"}},{"kind":"Field","name":{"kind":"Name","value":"requiresOptIn"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"notes"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"last"},"value":{"kind":"IntValue","value":"20"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasPreviousPage"}},{"kind":"Field","name":{"kind":"Name","value":"startCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"NoteFields"}}]}}]}}]}}]} as unknown as DocumentNode<ApproveRecognitionMutation, ApproveRecognitionMutationVariables>;
export const ScheduleRecognitionDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ScheduleRecognition"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ScheduleInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"scheduleRecognition"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"recognition"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"RecognitionFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"NoteFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"RecognitionNote"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"body"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"author"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"RecognitionFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Recognition"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"citation"}},{"kind":"Field","name":{"kind":"Name","value":"rank"}},{"kind":"Field","name":{"kind":"Name","value":"nominatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"reviewedAt"}},{"kind":"Field","name":{"kind":"Name","value":"approvedAt"}},{"kind":"Field","name":{"kind":"Name","value":"scheduledFor"}},{"kind":"Field","name":{"kind":"Name","value":"scheduledTimeZone"}},{"kind":"Field","name":{"kind":"Name","value":"scheduleFailure"}},{"kind":"Field","name":{"kind":"Name","value":"publishedAt"}},{"kind":"Field","name":{"kind":"Name","value":"withdrawnAt"}},{"kind":"Field","name":{"kind":"Name","value":"withdrawalReason"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"nominatedBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"reviewedBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"approvedBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"scheduledBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"publishedBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"withdrawnBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"creator"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"handle"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"region"}},{"kind":"Field","name":{"kind":"Name","value":"topics"}}]}},{"kind":"Field","name":{"kind":"Name","value":"campaign"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"slug"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"hashtag"}},{"kind":"Field","name":{"kind":"Name","value":"spotlightCapacity"}}]}},{"kind":"Field","name":{"kind":"Name","value":"eligibility"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"passed"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"at"}}]}},{"kind":"Field","name":{"kind":"Name","value":"safetyFindings"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"ruleId"}},{"kind":"Field","name":{"kind":"Name","value":"severity"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"excerpt"}},{"kind":"Field","name":{"kind":"Name","value":"start"}},{"kind":"Field","name":{"kind":"Name","value":"end"}},{"kind":"Field","name":{"kind":"Name","value":"suggestion"}}]}},{"kind":"Field","name":{"kind":"Name","value":"featuredVideos"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"5"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"topics"}},{"kind":"Field","name":{"kind":"Name","value":"advisory"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"required"}},{"kind":"Field","name":{"kind":"Name","value":"warningText"}},{"kind":"Field","name":{"kind":"Name","value":"requiresOptIn"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"notes"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"last"},"value":{"kind":"IntValue","value":"20"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasPreviousPage"}},{"kind":"Field","name":{"kind":"Name","value":"startCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"NoteFields"}}]}}]}}]}}]} as unknown as DocumentNode<ScheduleRecognitionMutation, ScheduleRecognitionMutationVariables>;
export const UnscheduleRecognitionDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UnscheduleRecognition"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"VersionedInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"unscheduleRecognition"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"recognition"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"RecognitionFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"NoteFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"RecognitionNote"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"body"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"author"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"RecognitionFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Recognition"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"citation"}},{"kind":"Field","name":{"kind":"Name","value":"rank"}},{"kind":"Field","name":{"kind":"Name","value":"nominatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"reviewedAt"}},{"kind":"Field","name":{"kind":"Name","value":"approvedAt"}},{"kind":"Field","name":{"kind":"Name","value":"scheduledFor"}},{"kind":"Field","name":{"kind":"Name","value":"scheduledTimeZone"}},{"kind":"Field","name":{"kind":"Name","value":"scheduleFailure"}},{"kind":"Field","name":{"kind":"Name","value":"publishedAt"}},{"kind":"Field","name":{"kind":"Name","value":"withdrawnAt"}},{"kind":"Field","name":{"kind":"Name","value":"withdrawalReason"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"nominatedBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"reviewedBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"approvedBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"scheduledBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"publishedBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"withdrawnBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"creator"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"handle"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"region"}},{"kind":"Field","name":{"kind":"Name","value":"topics"}}]}},{"kind":"Field","name":{"kind":"Name","value":"campaign"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"slug"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"hashtag"}},{"kind":"Field","name":{"kind":"Name","value":"spotlightCapacity"}}]}},{"kind":"Field","name":{"kind":"Name","value":"eligibility"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"passed"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"at"}}]}},{"kind":"Field","name":{"kind":"Name","value":"safetyFindings"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"ruleId"}},{"kind":"Field","name":{"kind":"Name","value":"severity"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"excerpt"}},{"kind":"Field","name":{"kind":"Name","value":"start"}},{"kind":"Field","name":{"kind":"Name","value":"end"}},{"kind":"Field","name":{"kind":"Name","value":"suggestion"}}]}},{"kind":"Field","name":{"kind":"Name","value":"featuredVideos"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"5"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"topics"}},{"kind":"Field","name":{"kind":"Name","value":"advisory"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"required"}},{"kind":"Field","name":{"kind":"Name","value":"warningText"}},{"kind":"Field","name":{"kind":"Name","value":"requiresOptIn"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"notes"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"last"},"value":{"kind":"IntValue","value":"20"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasPreviousPage"}},{"kind":"Field","name":{"kind":"Name","value":"startCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"NoteFields"}}]}}]}}]}}]} as unknown as DocumentNode<UnscheduleRecognitionMutation, UnscheduleRecognitionMutationVariables>;
export const PublishRecognitionDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"PublishRecognition"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"VersionedInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"publishRecognition"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"recognition"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"RecognitionFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"NoteFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"RecognitionNote"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"body"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"author"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"RecognitionFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Recognition"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"citation"}},{"kind":"Field","name":{"kind":"Name","value":"rank"}},{"kind":"Field","name":{"kind":"Name","value":"nominatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"reviewedAt"}},{"kind":"Field","name":{"kind":"Name","value":"approvedAt"}},{"kind":"Field","name":{"kind":"Name","value":"scheduledFor"}},{"kind":"Field","name":{"kind":"Name","value":"scheduledTimeZone"}},{"kind":"Field","name":{"kind":"Name","value":"scheduleFailure"}},{"kind":"Field","name":{"kind":"Name","value":"publishedAt"}},{"kind":"Field","name":{"kind":"Name","value":"withdrawnAt"}},{"kind":"Field","name":{"kind":"Name","value":"withdrawalReason"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"nominatedBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"reviewedBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"approvedBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"scheduledBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"publishedBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"withdrawnBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"creator"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"handle"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"region"}},{"kind":"Field","name":{"kind":"Name","value":"topics"}}]}},{"kind":"Field","name":{"kind":"Name","value":"campaign"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"slug"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"hashtag"}},{"kind":"Field","name":{"kind":"Name","value":"spotlightCapacity"}}]}},{"kind":"Field","name":{"kind":"Name","value":"eligibility"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"passed"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"at"}}]}},{"kind":"Field","name":{"kind":"Name","value":"safetyFindings"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"ruleId"}},{"kind":"Field","name":{"kind":"Name","value":"severity"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"excerpt"}},{"kind":"Field","name":{"kind":"Name","value":"start"}},{"kind":"Field","name":{"kind":"Name","value":"end"}},{"kind":"Field","name":{"kind":"Name","value":"suggestion"}}]}},{"kind":"Field","name":{"kind":"Name","value":"featuredVideos"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"5"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"topics"}},{"kind":"Field","name":{"kind":"Name","value":"advisory"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"required"}},{"kind":"Field","name":{"kind":"Name","value":"warningText"}},{"kind":"Field","name":{"kind":"Name","value":"requiresOptIn"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"notes"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"last"},"value":{"kind":"IntValue","value":"20"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasPreviousPage"}},{"kind":"Field","name":{"kind":"Name","value":"startCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"NoteFields"}}]}}]}}]}}]} as unknown as DocumentNode<PublishRecognitionMutation, PublishRecognitionMutationVariables>;
export const WithdrawRecognitionDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"WithdrawRecognition"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"WithdrawInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"withdrawRecognition"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"recognition"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"RecognitionFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"NoteFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"RecognitionNote"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"body"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"author"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"RecognitionFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Recognition"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"citation"}},{"kind":"Field","name":{"kind":"Name","value":"rank"}},{"kind":"Field","name":{"kind":"Name","value":"nominatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"reviewedAt"}},{"kind":"Field","name":{"kind":"Name","value":"approvedAt"}},{"kind":"Field","name":{"kind":"Name","value":"scheduledFor"}},{"kind":"Field","name":{"kind":"Name","value":"scheduledTimeZone"}},{"kind":"Field","name":{"kind":"Name","value":"scheduleFailure"}},{"kind":"Field","name":{"kind":"Name","value":"publishedAt"}},{"kind":"Field","name":{"kind":"Name","value":"withdrawnAt"}},{"kind":"Field","name":{"kind":"Name","value":"withdrawalReason"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"nominatedBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"reviewedBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"approvedBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"scheduledBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"publishedBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"withdrawnBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"creator"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"handle"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"region"}},{"kind":"Field","name":{"kind":"Name","value":"topics"}}]}},{"kind":"Field","name":{"kind":"Name","value":"campaign"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"slug"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"hashtag"}},{"kind":"Field","name":{"kind":"Name","value":"spotlightCapacity"}}]}},{"kind":"Field","name":{"kind":"Name","value":"eligibility"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"passed"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"at"}}]}},{"kind":"Field","name":{"kind":"Name","value":"safetyFindings"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"ruleId"}},{"kind":"Field","name":{"kind":"Name","value":"severity"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"excerpt"}},{"kind":"Field","name":{"kind":"Name","value":"start"}},{"kind":"Field","name":{"kind":"Name","value":"end"}},{"kind":"Field","name":{"kind":"Name","value":"suggestion"}}]}},{"kind":"Field","name":{"kind":"Name","value":"featuredVideos"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"5"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"topics"}},{"kind":"Field","name":{"kind":"Name","value":"advisory"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"required"}},{"kind":"Field","name":{"kind":"Name","value":"warningText"}},{"kind":"Field","name":{"kind":"Name","value":"requiresOptIn"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"notes"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"last"},"value":{"kind":"IntValue","value":"20"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasPreviousPage"}},{"kind":"Field","name":{"kind":"Name","value":"startCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"NoteFields"}}]}}]}}]}}]} as unknown as DocumentNode<WithdrawRecognitionMutation, WithdrawRecognitionMutationVariables>;
export const AddRecognitionNoteDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"AddRecognitionNote"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"AddRecognitionNoteInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"addRecognitionNote"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"note"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}}]}},{"kind":"Field","name":{"kind":"Name","value":"recognition"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"RecognitionFields"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"NoteFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"RecognitionNote"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"kind"}},{"kind":"Field","name":{"kind":"Name","value":"body"}},{"kind":"Field","name":{"kind":"Name","value":"createdAt"}},{"kind":"Field","name":{"kind":"Name","value":"author"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"RecognitionFields"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"Recognition"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"citation"}},{"kind":"Field","name":{"kind":"Name","value":"rank"}},{"kind":"Field","name":{"kind":"Name","value":"nominatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"reviewedAt"}},{"kind":"Field","name":{"kind":"Name","value":"approvedAt"}},{"kind":"Field","name":{"kind":"Name","value":"scheduledFor"}},{"kind":"Field","name":{"kind":"Name","value":"scheduledTimeZone"}},{"kind":"Field","name":{"kind":"Name","value":"scheduleFailure"}},{"kind":"Field","name":{"kind":"Name","value":"publishedAt"}},{"kind":"Field","name":{"kind":"Name","value":"withdrawnAt"}},{"kind":"Field","name":{"kind":"Name","value":"withdrawalReason"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"nominatedBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"reviewedBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"approvedBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"scheduledBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"publishedBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"withdrawnBy"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"creator"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"handle"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"region"}},{"kind":"Field","name":{"kind":"Name","value":"topics"}}]}},{"kind":"Field","name":{"kind":"Name","value":"campaign"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"slug"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"hashtag"}},{"kind":"Field","name":{"kind":"Name","value":"spotlightCapacity"}}]}},{"kind":"Field","name":{"kind":"Name","value":"eligibility"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"passed"}},{"kind":"Field","name":{"kind":"Name","value":"reason"}},{"kind":"Field","name":{"kind":"Name","value":"at"}}]}},{"kind":"Field","name":{"kind":"Name","value":"safetyFindings"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"ruleId"}},{"kind":"Field","name":{"kind":"Name","value":"severity"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"excerpt"}},{"kind":"Field","name":{"kind":"Name","value":"start"}},{"kind":"Field","name":{"kind":"Name","value":"end"}},{"kind":"Field","name":{"kind":"Name","value":"suggestion"}}]}},{"kind":"Field","name":{"kind":"Name","value":"featuredVideos"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"5"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"topics"}},{"kind":"Field","name":{"kind":"Name","value":"advisory"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"required"}},{"kind":"Field","name":{"kind":"Name","value":"warningText"}},{"kind":"Field","name":{"kind":"Name","value":"requiresOptIn"}}]}}]}}]}},{"kind":"Field","name":{"kind":"Name","value":"notes"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"last"},"value":{"kind":"IntValue","value":"20"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasPreviousPage"}},{"kind":"Field","name":{"kind":"Name","value":"startCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"NoteFields"}}]}}]}}]}}]} as unknown as DocumentNode<AddRecognitionNoteMutation, AddRecognitionNoteMutationVariables>;
export const StaffUsersDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"StaffUsers"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"last"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"before"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"StaffUserFilter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"staffUsers"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}},{"kind":"Argument","name":{"kind":"Name","value":"last"},"value":{"kind":"Variable","name":{"kind":"Name","value":"last"}}},{"kind":"Argument","name":{"kind":"Name","value":"before"},"value":{"kind":"Variable","name":{"kind":"Name","value":"before"}}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"hasPreviousPage"}},{"kind":"Field","name":{"kind":"Name","value":"startCursor"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"StaffRow"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"StaffRow"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"StaffUser"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"invitationPending"}},{"kind":"Field","name":{"kind":"Name","value":"lastSignInAt"}},{"kind":"Field","name":{"kind":"Name","value":"deactivatedAt"}}]}}]} as unknown as DocumentNode<StaffUsersQuery, StaffUsersQueryVariables>;
export const StaffUserDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"StaffUser"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"FragmentSpread","name":{"kind":"Name","value":"StaffRow"}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"StaffRow"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"StaffUser"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"invitationPending"}},{"kind":"Field","name":{"kind":"Name","value":"lastSignInAt"}},{"kind":"Field","name":{"kind":"Name","value":"deactivatedAt"}}]}}]} as unknown as DocumentNode<StaffUserQuery, StaffUserQueryVariables>;
export const InviteStaffDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"InviteStaff"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateStaffUserInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createStaffUser"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"invitationToken"}},{"kind":"Field","name":{"kind":"Name","value":"user"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"StaffRow"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"StaffRow"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"StaffUser"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"invitationPending"}},{"kind":"Field","name":{"kind":"Name","value":"lastSignInAt"}},{"kind":"Field","name":{"kind":"Name","value":"deactivatedAt"}}]}}]} as unknown as DocumentNode<InviteStaffMutation, InviteStaffMutationVariables>;
export const ChangeStaffRoleDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ChangeStaffRole"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ChangeStaffRoleInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"changeStaffRole"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"user"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"StaffRow"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"StaffRow"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"StaffUser"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"invitationPending"}},{"kind":"Field","name":{"kind":"Name","value":"lastSignInAt"}},{"kind":"Field","name":{"kind":"Name","value":"deactivatedAt"}}]}}]} as unknown as DocumentNode<ChangeStaffRoleMutation, ChangeStaffRoleMutationVariables>;
export const DeactivateStaffDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"DeactivateStaff"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"DeactivateStaffUserInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"deactivateStaffUser"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"user"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"FragmentSpread","name":{"kind":"Name","value":"StaffRow"}}]}}]}}]}},{"kind":"FragmentDefinition","name":{"kind":"Name","value":"StaffRow"},"typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"StaffUser"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"email"}},{"kind":"Field","name":{"kind":"Name","value":"role"}},{"kind":"Field","name":{"kind":"Name","value":"invitationPending"}},{"kind":"Field","name":{"kind":"Name","value":"lastSignInAt"}},{"kind":"Field","name":{"kind":"Name","value":"deactivatedAt"}}]}}]} as unknown as DocumentNode<DeactivateStaffMutation, DeactivateStaffMutationVariables>;
export const TrainingSessionsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"TrainingSessions"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"last"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"before"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"TrainingSessionFilter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"trainingSessions"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}},{"kind":"Argument","name":{"kind":"Name","value":"last"},"value":{"kind":"Variable","name":{"kind":"Name","value":"last"}}},{"kind":"Argument","name":{"kind":"Name","value":"before"},"value":{"kind":"Variable","name":{"kind":"Name","value":"before"}}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"hasPreviousPage"}},{"kind":"Field","name":{"kind":"Name","value":"startCursor"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"topic"}},{"kind":"Field","name":{"kind":"Name","value":"occasion"}},{"kind":"Field","name":{"kind":"Name","value":"audience"}},{"kind":"Field","name":{"kind":"Name","value":"startsAt"}},{"kind":"Field","name":{"kind":"Name","value":"endsAt"}},{"kind":"Field","name":{"kind":"Name","value":"timeZone"}},{"kind":"Field","name":{"kind":"Name","value":"capacity"}},{"kind":"Field","name":{"kind":"Name","value":"enrolledCount"}},{"kind":"Field","name":{"kind":"Name","value":"completedCount"}},{"kind":"Field","name":{"kind":"Name","value":"seatsLeft"}},{"kind":"Field","name":{"kind":"Name","value":"archivedAt"}},{"kind":"Field","name":{"kind":"Name","value":"facilitator"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}}]} as unknown as DocumentNode<TrainingSessionsQuery, TrainingSessionsQueryVariables>;
export const TrainingSessionDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"TrainingSession"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"TrainingSession"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"topic"}},{"kind":"Field","name":{"kind":"Name","value":"occasion"}},{"kind":"Field","name":{"kind":"Name","value":"audience"}},{"kind":"Field","name":{"kind":"Name","value":"startsAt"}},{"kind":"Field","name":{"kind":"Name","value":"endsAt"}},{"kind":"Field","name":{"kind":"Name","value":"timeZone"}},{"kind":"Field","name":{"kind":"Name","value":"capacity"}},{"kind":"Field","name":{"kind":"Name","value":"enrolledCount"}},{"kind":"Field","name":{"kind":"Name","value":"completedCount"}},{"kind":"Field","name":{"kind":"Name","value":"seatsLeft"}},{"kind":"Field","name":{"kind":"Name","value":"archivedAt"}},{"kind":"Field","name":{"kind":"Name","value":"facilitator"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}}]} as unknown as DocumentNode<TrainingSessionQuery, TrainingSessionQueryVariables>;
export const SessionEnrolmentsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"SessionEnrolments"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"sessionId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"last"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"before"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"trainingEnrolments"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"sessionId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"sessionId"}}}]}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}},{"kind":"Argument","name":{"kind":"Name","value":"last"},"value":{"kind":"Variable","name":{"kind":"Name","value":"last"}}},{"kind":"Argument","name":{"kind":"Name","value":"before"},"value":{"kind":"Variable","name":{"kind":"Name","value":"before"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"hasPreviousPage"}},{"kind":"Field","name":{"kind":"Name","value":"startCursor"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"attended"}},{"kind":"Field","name":{"kind":"Name","value":"attendedAt"}},{"kind":"Field","name":{"kind":"Name","value":"completed"}},{"kind":"Field","name":{"kind":"Name","value":"completedAt"}},{"kind":"Field","name":{"kind":"Name","value":"creator"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"handle"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"organisation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}}]} as unknown as DocumentNode<SessionEnrolmentsQuery, SessionEnrolmentsQueryVariables>;
export const CreateTrainingSessionDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"CreateTrainingSession"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"CreateTrainingSessionInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"createTrainingSession"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"session"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}}]}}]}}]}}]} as unknown as DocumentNode<CreateTrainingSessionMutation, CreateTrainingSessionMutationVariables>;
export const UpdateTrainingSessionDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdateTrainingSession"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateTrainingSessionInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateTrainingSession"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"session"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"description"}},{"kind":"Field","name":{"kind":"Name","value":"topic"}},{"kind":"Field","name":{"kind":"Name","value":"occasion"}},{"kind":"Field","name":{"kind":"Name","value":"audience"}},{"kind":"Field","name":{"kind":"Name","value":"startsAt"}},{"kind":"Field","name":{"kind":"Name","value":"endsAt"}},{"kind":"Field","name":{"kind":"Name","value":"timeZone"}},{"kind":"Field","name":{"kind":"Name","value":"capacity"}},{"kind":"Field","name":{"kind":"Name","value":"enrolledCount"}},{"kind":"Field","name":{"kind":"Name","value":"seatsLeft"}}]}}]}}]}}]} as unknown as DocumentNode<UpdateTrainingSessionMutation, UpdateTrainingSessionMutationVariables>;
export const EnrolInTrainingDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"EnrolInTraining"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"EnrolInTrainingInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"enrolInTraining"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"enrolment"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"creator"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"handle"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"organisation"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}},{"kind":"Field","name":{"kind":"Name","value":"session"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"enrolledCount"}},{"kind":"Field","name":{"kind":"Name","value":"seatsLeft"}}]}}]}}]}}]}}]} as unknown as DocumentNode<EnrolInTrainingMutation, EnrolInTrainingMutationVariables>;
export const RecordTrainingAttendanceDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RecordTrainingAttendance"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RecordTrainingAttendanceInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"recordTrainingAttendance"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"enrolment"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"attended"}},{"kind":"Field","name":{"kind":"Name","value":"attendedAt"}},{"kind":"Field","name":{"kind":"Name","value":"completed"}},{"kind":"Field","name":{"kind":"Name","value":"completedAt"}},{"kind":"Field","name":{"kind":"Name","value":"session"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"completedCount"}}]}}]}}]}}]}}]} as unknown as DocumentNode<RecordTrainingAttendanceMutation, RecordTrainingAttendanceMutationVariables>;
export const RecordTrainingCompletionDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"RecordTrainingCompletion"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RecordTrainingCompletionInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"recordTrainingCompletion"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"enrolment"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"attended"}},{"kind":"Field","name":{"kind":"Name","value":"attendedAt"}},{"kind":"Field","name":{"kind":"Name","value":"completed"}},{"kind":"Field","name":{"kind":"Name","value":"completedAt"}},{"kind":"Field","name":{"kind":"Name","value":"session"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"completedCount"}}]}}]}}]}}]}}]} as unknown as DocumentNode<RecordTrainingCompletionMutation, RecordTrainingCompletionMutationVariables>;
export const WithdrawTrainingEnrolmentDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"WithdrawTrainingEnrolment"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ArchiveInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"archiveTrainingEnrolment"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"enrolment"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"session"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"enrolledCount"}},{"kind":"Field","name":{"kind":"Name","value":"completedCount"}},{"kind":"Field","name":{"kind":"Name","value":"seatsLeft"}}]}}]}}]}}]}}]} as unknown as DocumentNode<WithdrawTrainingEnrolmentMutation, WithdrawTrainingEnrolmentMutationVariables>;
export const EnroleeCreatorsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"EnroleeCreators"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"search"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"creators"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"20"}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"search"},"value":{"kind":"Variable","name":{"kind":"Name","value":"search"}}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"handle"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}}]}}]}}]} as unknown as DocumentNode<EnroleeCreatorsQuery, EnroleeCreatorsQueryVariables>;
export const EnroleeOrganisationsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"EnroleeOrganisations"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"search"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"organisations"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"20"}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"search"},"value":{"kind":"Variable","name":{"kind":"Name","value":"search"}}}]}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]} as unknown as DocumentNode<EnroleeOrganisationsQuery, EnroleeOrganisationsQueryVariables>;
export const VideosDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Videos"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"last"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"before"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"filter"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"VideoFilter"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"orderBy"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"VideoOrder"}}},"defaultValue":{"kind":"EnumValue","value":"NEWEST"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"awarenessVideos"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}},{"kind":"Argument","name":{"kind":"Name","value":"last"},"value":{"kind":"Variable","name":{"kind":"Name","value":"last"}}},{"kind":"Argument","name":{"kind":"Name","value":"before"},"value":{"kind":"Variable","name":{"kind":"Name","value":"before"}}},{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"Variable","name":{"kind":"Name","value":"filter"}}},{"kind":"Argument","name":{"kind":"Name","value":"orderBy"},"value":{"kind":"Variable","name":{"kind":"Name","value":"orderBy"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"totalCountIsExact"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"hasPreviousPage"}},{"kind":"Field","name":{"kind":"Name","value":"startCursor"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"caption"}},{"kind":"Field","name":{"kind":"Name","value":"topics"}},{"kind":"Field","name":{"kind":"Name","value":"publishedAt"}},{"kind":"Field","name":{"kind":"Name","value":"archivedAt"}},{"kind":"Field","name":{"kind":"Name","value":"metrics"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"views"}}]}},{"kind":"Field","name":{"kind":"Name","value":"creator"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"handle"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}}]}},{"kind":"Field","name":{"kind":"Name","value":"advisory"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"required"}},{"kind":"Field","name":{"kind":"Name","value":"warningOverridden"}},{"kind":"Field","name":{"kind":"Name","value":"requiresOptIn"}},{"kind":"Field","name":{"kind":"Name","value":"minimumAge"}}]}},{"kind":"Field","name":{"kind":"Name","value":"safetyFindings"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"ruleId"}},{"kind":"Field","name":{"kind":"Name","value":"severity"}}]}}]}}]}}]}}]} as unknown as DocumentNode<VideosQuery, VideosQueryVariables>;
export const VideoDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"Video"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"AwarenessVideo"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"caption"}},{"kind":"Field","name":{"kind":"Name","value":"url"}},{"kind":"Field","name":{"kind":"Name","value":"publishedAt"}},{"kind":"Field","name":{"kind":"Name","value":"durationSeconds"}},{"kind":"Field","name":{"kind":"Name","value":"strategy"}},{"kind":"Field","name":{"kind":"Name","value":"topics"}},{"kind":"Field","name":{"kind":"Name","value":"hashtags"}},{"kind":"Field","name":{"kind":"Name","value":"archivedAt"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"metrics"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"views"}},{"kind":"Field","name":{"kind":"Name","value":"likes"}},{"kind":"Field","name":{"kind":"Name","value":"shares"}}]}},{"kind":"Field","name":{"kind":"Name","value":"creator"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"handle"}},{"kind":"Field","name":{"kind":"Name","value":"displayName"}},{"kind":"Field","name":{"kind":"Name","value":"region"}}]}},{"kind":"Field","name":{"kind":"Name","value":"advisory"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"required"}},{"kind":"Field","name":{"kind":"Name","value":"warningText"}},{"kind":"Field","name":{"kind":"Name","value":"warningOverridden"}},{"kind":"Field","name":{"kind":"Name","value":"requiresOptIn"}},{"kind":"Field","name":{"kind":"Name","value":"minimumAge"}},{"kind":"Field","name":{"kind":"Name","value":"sensitiveTopics"}}]}},{"kind":"Field","name":{"kind":"Name","value":"safetyFindings"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"ruleId"}},{"kind":"Field","name":{"kind":"Name","value":"severity"}},{"kind":"Field","name":{"kind":"Name","value":"start"}},{"kind":"Field","name":{"kind":"Name","value":"end"}},{"kind":"Field","name":{"kind":"Name","value":"excerpt"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"suggestion"}}]}}]}}]}}]}}]} as unknown as DocumentNode<VideoQuery, VideoQueryVariables>;
export const VideoReaderAdvisoryDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"VideoReaderAdvisory"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"id"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"region"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"node"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"id"},"value":{"kind":"Variable","name":{"kind":"Name","value":"id"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"__typename"}},{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"InlineFragment","typeCondition":{"kind":"NamedType","name":{"kind":"Name","value":"AwarenessVideo"}},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"title"}},{"kind":"Field","name":{"kind":"Name","value":"advisory"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"required"}},{"kind":"Field","name":{"kind":"Name","value":"warningText"}},{"kind":"Field","name":{"kind":"Name","value":"requiresOptIn"}},{"kind":"Field","name":{"kind":"Name","value":"minimumAge"}},{"kind":"Field","name":{"kind":"Name","value":"sensitiveTopics"}},{"kind":"Field","name":{"kind":"Name","value":"crisisResources"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"region"},"value":{"kind":"Variable","name":{"kind":"Name","value":"region"}}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"IntValue","value":"5"}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"hours"}},{"kind":"Field","name":{"kind":"Name","value":"contacts"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"channel"}},{"kind":"Field","name":{"kind":"Name","value":"value"}},{"kind":"Field","name":{"kind":"Name","value":"instructions"}}]}}]}}]}}]}}]}}]}}]}}]} as unknown as DocumentNode<VideoReaderAdvisoryQuery, VideoReaderAdvisoryQueryVariables>;
export const VideoSpotlightsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"VideoSpotlights"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"videoId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"after"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"last"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"before"}},"type":{"kind":"NamedType","name":{"kind":"Name","value":"String"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"recognitions"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"featuredVideoId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"videoId"}}}]}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}},{"kind":"Argument","name":{"kind":"Name","value":"after"},"value":{"kind":"Variable","name":{"kind":"Name","value":"after"}}},{"kind":"Argument","name":{"kind":"Name","value":"last"},"value":{"kind":"Variable","name":{"kind":"Name","value":"last"}}},{"kind":"Argument","name":{"kind":"Name","value":"before"},"value":{"kind":"Variable","name":{"kind":"Name","value":"before"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"pageInfo"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"hasNextPage"}},{"kind":"Field","name":{"kind":"Name","value":"hasPreviousPage"}},{"kind":"Field","name":{"kind":"Name","value":"startCursor"}},{"kind":"Field","name":{"kind":"Name","value":"endCursor"}}]}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"rank"}},{"kind":"Field","name":{"kind":"Name","value":"scheduledFor"}},{"kind":"Field","name":{"kind":"Name","value":"publishedAt"}},{"kind":"Field","name":{"kind":"Name","value":"campaign"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}},{"kind":"Field","name":{"kind":"Name","value":"slug"}}]}}]}}]}}]}}]} as unknown as DocumentNode<VideoSpotlightsQuery, VideoSpotlightsQueryVariables>;
export const VideoLiveSpotlightsDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"query","name":{"kind":"Name","value":"VideoLiveSpotlights"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"videoId"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ID"}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"statuses"}},"type":{"kind":"NonNullType","type":{"kind":"ListType","type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"RecognitionStatus"}}}}}},{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"first"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"Int"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"recognitions"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"filter"},"value":{"kind":"ObjectValue","fields":[{"kind":"ObjectField","name":{"kind":"Name","value":"featuredVideoId"},"value":{"kind":"Variable","name":{"kind":"Name","value":"videoId"}}},{"kind":"ObjectField","name":{"kind":"Name","value":"statuses"},"value":{"kind":"Variable","name":{"kind":"Name","value":"statuses"}}}]}},{"kind":"Argument","name":{"kind":"Name","value":"first"},"value":{"kind":"Variable","name":{"kind":"Name","value":"first"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"totalCount"}},{"kind":"Field","name":{"kind":"Name","value":"nodes"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"status"}},{"kind":"Field","name":{"kind":"Name","value":"rank"}},{"kind":"Field","name":{"kind":"Name","value":"campaign"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"name"}}]}}]}}]}}]}}]} as unknown as DocumentNode<VideoLiveSpotlightsQuery, VideoLiveSpotlightsQueryVariables>;
export const UpdateVideoDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"UpdateVideo"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"UpdateVideoInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"updateAwarenessVideo"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"video"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"caption"}},{"kind":"Field","name":{"kind":"Name","value":"hashtags"}},{"kind":"Field","name":{"kind":"Name","value":"durationSeconds"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}},{"kind":"Field","name":{"kind":"Name","value":"advisory"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"required"}},{"kind":"Field","name":{"kind":"Name","value":"warningText"}},{"kind":"Field","name":{"kind":"Name","value":"warningOverridden"}},{"kind":"Field","name":{"kind":"Name","value":"requiresOptIn"}},{"kind":"Field","name":{"kind":"Name","value":"minimumAge"}},{"kind":"Field","name":{"kind":"Name","value":"sensitiveTopics"}}]}},{"kind":"Field","name":{"kind":"Name","value":"safetyFindings"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"field"}},{"kind":"Field","name":{"kind":"Name","value":"ruleId"}},{"kind":"Field","name":{"kind":"Name","value":"severity"}},{"kind":"Field","name":{"kind":"Name","value":"start"}},{"kind":"Field","name":{"kind":"Name","value":"end"}},{"kind":"Field","name":{"kind":"Name","value":"excerpt"}},{"kind":"Field","name":{"kind":"Name","value":"message"}},{"kind":"Field","name":{"kind":"Name","value":"suggestion"}}]}}]}}]}}]}}]} as unknown as DocumentNode<UpdateVideoMutation, UpdateVideoMutationVariables>;
export const ArchiveVideoDocument = {"kind":"Document","definitions":[{"kind":"OperationDefinition","operation":"mutation","name":{"kind":"Name","value":"ArchiveVideo"},"variableDefinitions":[{"kind":"VariableDefinition","variable":{"kind":"Variable","name":{"kind":"Name","value":"input"}},"type":{"kind":"NonNullType","type":{"kind":"NamedType","name":{"kind":"Name","value":"ArchiveInput"}}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"archiveAwarenessVideo"},"arguments":[{"kind":"Argument","name":{"kind":"Name","value":"input"},"value":{"kind":"Variable","name":{"kind":"Name","value":"input"}}}],"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"video"},"selectionSet":{"kind":"SelectionSet","selections":[{"kind":"Field","name":{"kind":"Name","value":"id"}},{"kind":"Field","name":{"kind":"Name","value":"version"}},{"kind":"Field","name":{"kind":"Name","value":"archivedAt"}},{"kind":"Field","name":{"kind":"Name","value":"updatedAt"}}]}}]}}]}}]} as unknown as DocumentNode<ArchiveVideoMutation, ArchiveVideoMutationVariables>;