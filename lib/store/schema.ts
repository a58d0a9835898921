/**
 * The one definition of the DynamoDB table's keys, used by the `Storage` stack and by the
 * local dynalite table alike. A single table holds every record kind; see README "Data model".
 */
export const TABLE_KEYS = {
  partitionKey: "pk",
  sortKey: "sk",
  /** GSI1: articles by outlet and time; events by month and day. */
  gsi1: { name: "gsi1", partitionKey: "gsi1pk", sortKey: "gsi1sk" },
  /** GSI2: events by governorate and day; incidents by month and day. */
  gsi2: { name: "gsi2", partitionKey: "gsi2pk", sortKey: "gsi2sk" },
} as const;

/** Every key attribute is a string. */
export const KEY_ATTRIBUTES = [
  TABLE_KEYS.partitionKey,
  TABLE_KEYS.sortKey,
  TABLE_KEYS.gsi1.partitionKey,
  TABLE_KEYS.gsi1.sortKey,
  TABLE_KEYS.gsi2.partitionKey,
  TABLE_KEYS.gsi2.sortKey,
] as const;

export const GLOBAL_INDEXES = [TABLE_KEYS.gsi1, TABLE_KEYS.gsi2] as const;

/** Attribute holding a record's expiry time (epoch seconds), for DynamoDB TTL. */
export const TTL_ATTRIBUTE = "expiresAt";
