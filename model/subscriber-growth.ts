/** One day of the subscriber list's growth (UTC): confirmations in, unsubscribes and bounces out. */
export type GrowthDay = { day: string; joined: number; left: number };
