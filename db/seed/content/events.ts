import type { DemoEvent } from "../types";

/** A date `months` months after `today`, as YYYY-MM-DD in UTC. */
function monthsFrom(today: Date, months: number, plusDays = 0): string {
  const d = new Date(Date.UTC(today.getUTCFullYear(), today.getUTCMonth() + months, today.getUTCDate() + plusDays));
  return d.toISOString().slice(0, 10);
}

export const demoEvents: DemoEvent[] = [
  {
    slug: "chinas-next-miracle-tour-2025",
    title: "China's Next Miracle Tour",
    startsAt: "2025-11-16",
    endsAt: "2025-11-21",
    location: "Shanghai, Beijing",
    summary: "Six days inside the robotics, EV and AI companies of Shanghai and Beijing, with time to ask their founders the questions that do not make it into interviews.",
    url: "https://example.com/tours/chinas-next-miracle",
    isNew: true,
  },
  {
    slug: "hardware-and-ai-shenzhen-hangzhou",
    title: "Hardware and AI: Shenzhen & Hangzhou",
    startsAt: (today) => monthsFrom(today, 2),
    endsAt: (today) => monthsFrom(today, 2, 5),
    location: "Shenzhen, Hangzhou",
    summary: "From the electronics markets of Shenzhen to the model builders of Hangzhou: how hardware speed and open models feed each other.",
    url: "https://example.com/tours/hardware-and-ai",
    isNew: true,
  },
  {
    slug: "greater-bay-area-mobility-tour",
    title: "Greater Bay Area Mobility Tour",
    startsAt: (today) => monthsFrom(today, 5),
    endsAt: (today) => monthsFrom(today, 5, 4),
    location: "Guangzhou, Shenzhen, Hong Kong",
    summary: "Battery plants, drone delivery corridors and an EV maker's design studio, in five days across the Pearl River Delta.",
    url: "https://example.com/tours/gba-mobility",
    isNew: false,
  },
];
