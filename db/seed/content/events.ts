import type { DemoEvent } from "../types";

/**
 * The date `months` months (plus `plusDays` days) after `today`, as "YYYY-MM-DD" in UTC.
 * Upcoming tours are seeded relative to the day the seed runs, so the demo always has a next one.
 */
function fromToday(today: Date, months: number, plusDays = 0): string {
  const date = new Date(Date.UTC(today.getUTCFullYear(), today.getUTCMonth() + months, today.getUTCDate() + plusDays));
  return date.toISOString().slice(0, 10);
}

export const demoEvents: DemoEvent[] = [
  {
    slug: "chinas-next-miracle-tour-2025",
    title: "China's Next Miracle Tour",
    startsAt: "2025-11-16",
    endsAt: "2025-11-21",
    location: "Shanghai, Beijing",
    summary:
      "Six days inside the robotics, electric-vehicle and AI companies of Shanghai and Beijing, with time to ask their founders the questions that never make it into interviews.",
    url: "https://example.com/tours/chinas-next-miracle",
    isNew: true,
  },
  {
    slug: "hardware-and-ai-shenzhen-hangzhou",
    title: "Hardware and AI: Shenzhen & Hangzhou",
    startsAt: (today) => fromToday(today, 2),
    endsAt: (today) => fromToday(today, 2, 5),
    location: "Shenzhen, Hangzhou",
    summary:
      "From the electronics supply chains of Shenzhen to the model builders of Hangzhou: six days on how fast hardware and open AI models feed each other.",
    url: "https://example.com/tours/hardware-and-ai",
    isNew: true,
  },
  {
    slug: "greater-bay-area-mobility-tour",
    title: "Greater Bay Area Mobility Tour",
    startsAt: (today) => fromToday(today, 5),
    endsAt: (today) => fromToday(today, 5, 4),
    location: "Guangzhou, Shenzhen, Hong Kong",
    summary:
      "Battery plants, drone-delivery corridors and an electric-car maker's design studio, in five days across the Pearl River Delta.",
    url: "https://example.com/tours/greater-bay-area-mobility",
    isNew: false,
  },
];
