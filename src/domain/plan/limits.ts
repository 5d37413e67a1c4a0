// The plan's limits, on their own so that the header's count and the result's button can know
// them without loading the plan's code.

/** A plan holds at most this many workloads: enough for a platform, and its link stays short. */
export const MAX_WORKLOADS = 20;
/** Names are short labels; the byte cap keeps 20 names in Chinese within one link. */
export const MAX_NAME_CHARS = 40;
export const MAX_NAME_BYTES = 120;
