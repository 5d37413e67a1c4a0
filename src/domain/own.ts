// Ids from content files and links index records of data (feature values by runtime, answers
// by question). Such a record is a plain object, so a bare `record[id]` for an id like
// `constructor` (a valid id) would read Object.prototype's member instead of "nothing".

/** The record's own value for `key`, never one inherited from its prototype. */
export function ownValue<T>(record: Readonly<Record<string, T>>, key: string): T | undefined {
  return Object.hasOwn(record, key) ? record[key] : undefined;
}
