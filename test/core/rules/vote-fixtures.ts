import { voteSchema, type Vote } from '@core/model/entities'

const now = '2024-01-01T00:00:00.000Z'

/** A stored vote “Suy tôn” of meeting `m`, with the figures given. */
export const vote = (over: Partial<Vote>): Vote =>
  voteSchema.parse({
    id: 'v',
    createdAt: now,
    updatedAt: now,
    meetingId: 'm',
    subject: 'Suy tôn',
    ...over
  })
