/** A newsletter send (one per issue) and its deliveries (one per recipient): their statuses. */
export const sendStatuses = ["queued", "sending", "done", "failed", "cancelled"] as const;
export type SendStatus = (typeof sendStatuses)[number];

export const deliveryStatuses = ["pending", "sending", "sent", "failed", "skipped"] as const;
export type DeliveryStatus = (typeof deliveryStatuses)[number];
