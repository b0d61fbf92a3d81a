/**
 * Version 2: the `compositions` table — Thông báo and Kế hoạch written in the app (document
 * engine). No existing row changes; after this step every v1 row is still there as it was.
 */
export const v2Stores = {
  compositions: 'id, clusterId, [clusterId+year], documentId'
} as const
