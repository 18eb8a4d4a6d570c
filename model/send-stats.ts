/**
 * How one send did: the tracking tokens its mail carries and the report's shape. Imports only zod.
 */
import { z } from "zod";

const id = z.number().int().positive().max(2_147_483_647);

/** `/t/o/<send>.<subscriber>.<mac>`: the open pixel of one recipient's mail. */
export const openTokenSchema = z
  .string()
  .max(80)
  .regex(/^[1-9][0-9]{0,9}\.[1-9][0-9]{0,9}\.[A-Za-z0-9_-]{22}$/)
  .transform((t) => {
    const [sendId, subscriberId, mac] = t.split(".");
    return { sendId: Number(sendId), subscriberId: Number(subscriberId), mac };
  })
  .pipe(z.object({ sendId: id, subscriberId: id, mac: z.string() }));

/** `/t/c/<send>.<subscriber>.<link>.<mac>?u=<url>`: one link of one recipient's mail. */
export const clickTokenSchema = z
  .string()
  .max(80)
  .regex(/^[1-9][0-9]{0,9}\.[1-9][0-9]{0,9}\.(0|[1-9][0-9]{0,3})\.[A-Za-z0-9_-]{22}$/)
  .transform((t) => {
    const [sendId, subscriberId, link, mac] = t.split(".");
    return { sendId: Number(sendId), subscriberId: Number(subscriberId), link: Number(link), mac };
  })
  .pipe(z.object({ sendId: id, subscriberId: id, link: z.number().int().min(0).max(9_999), mac: z.string() }));

/** The original target of a tracked link: an absolute http(s) URL of sane length. */
export const clickTargetSchema = z
  .string()
  .max(2_048)
  .refine((u) => {
    try {
      return ["http:", "https:"].includes(new URL(u).protocol);
    } catch {
      return false;
    }
  });

/** At most this many links of one mail are tracked; the rest stay as they are. */
export const MAX_TRACKED_LINKS = 500;

export type SendDay = { day: string; opens: number; clicks: number };
export type SendLinkStat = { link: number; url: string; clicks: number; hits: number };

export type SendReport = {
  sendId: number;
  issueId: number;
  title: string;
  startedAt: Date | null;
  finishedAt: Date | null;
  total: number;
  delivered: number;
  bounced: number;
  skipped: number;
  opened: number;
  clicked: number;
  unsubscribed: number;
  days: SendDay[];
  links: SendLinkStat[];
};
