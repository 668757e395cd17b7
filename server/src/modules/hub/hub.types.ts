/**
 * The public awareness hub's types. A `Spotlight` is the public face of a published recognition: it has no
 * path back to the recognition, its review trail or any staff data.
 */
import { GraphQLDateTime } from 'graphql-scalars';
import { Field, Int, ObjectType } from 'type-graphql';
import { Campaign, type ProgrammingWindow } from '../campaigns/campaign.entity.js';
import { ConnectionType } from '../common/connection.js';
import type { Creator } from '../creators/creator.entity.js';
import type { Organisation } from '../organisations/organisation.entity.js';
import type { Recognition } from '../recognitions/recognition.entity.js';
import type { AwarenessVideo } from '../videos/awareness-video.entity.js';

@ObjectType({ description: 'A creator spotlighted in a campaign hub for raising mental-health awareness.' })
export class Spotlight {
  @Field(() => Int, { description: 'Position in the hub, 1 first.' })
  rank!: number;

  @Field({ description: 'Why the creator is recognised.' })
  citation!: string;

  @Field(() => GraphQLDateTime, { description: 'When the spotlight went live.' })
  publishedAt!: Date;

  /** Keys for the field resolvers; not fields. */
  recognitionId!: string;
  creatorId!: string;
  /** Set by the hub's read path (hub.service.ts), which loads them with the spotlight; else loaded per field. */
  loadedCreator?: Creator;
  loadedVideos?: AwarenessVideo[];

  static of(recognition: Recognition): Spotlight {
    return Object.assign(new Spotlight(), {
      rank: recognition.rank ?? 0,
      citation: recognition.citation,
      publishedAt: recognition.publishedAt ?? recognition.updatedAt,
      recognitionId: recognition.id,
      creatorId: recognition.creator.id,
    });
  }
}

export const SpotlightConnection = ConnectionType(Spotlight, 'Spotlight', 'spotlight');

@ObjectType({
  description: "A campaign's public awareness hub, as the in-app hub shows it to a reader in a region.",
})
export class Hub {
  @Field(() => Campaign, { description: 'The campaign.' })
  campaign!: Campaign;

  @Field(() => String, {
    nullable: true,
    description:
      'The reader region the crisis resources are for; null when none is known (global directory).',
  })
  region!: string | null;

  /** Read with the campaign by the hub's read path (hub.service.ts); not fields. */
  loadedWindows!: ProgrammingWindow[];
  loadedPartners!: Organisation[];
}

@ObjectType({
  description:
    "A staff preview of one recognition's public hub card, exactly as the hub renders it for a reader in a region, at any stage.",
})
export class SpotlightPreview {
  @Field(() => Spotlight, {
    description:
      'The card, through the same resolvers the hub uses (public profile, featured videos still public, their advisories). Not yet published: the rank it would take next and its scheduled instant (else now).',
  })
  spotlight!: Spotlight;

  @Field(() => String, {
    nullable: true,
    description:
      "The reader region the crisis resources are for (the argument, else the deployment's region header); null for the global directory. Advisories' crisis resources follow it unless given their own.",
  })
  region!: string | null;

  @Field({ description: "Whether the campaign's public hub shows this card right now." })
  shownInHub!: boolean;

  @Field(() => [String], {
    description:
      'Why the hub does not show it now (not published, suspended creator, archived…); empty when it does.',
  })
  notShownBecause!: string[];

  /** Key for the crisis resources field resolver; not a field. */
  campaignId!: string;
}
