// How long each kind of appointment runs and how much room two need between them: the user's
// calendar settings (User.preferences.calendar), with the defaults a new account starts with.
// Pure: the calendar, the clash checks, the company page and the feed all end events here.
import { Stage } from "@/lib/generated/prisma/enums";

/** The stages whose length the user sets: 测评, 笔试, 面试. */
export const LENGTH_STAGES = [Stage.ASSESSMENT, Stage.WRITTEN_TEST, Stage.INTERVIEW] as const;
type TLengthStage = (typeof LENGTH_STAGES)[number];

export type TCalendarSettings = {
  /** Minutes an event of each stage lasts when nothing else is known (the app stores only starts). */
  lengths: Record<TLengthStage, number>;
  /** Minutes two appointments need between them (travel, a break, a link that opens late). */
  bufferMinutes: number;
};

export const DEFAULT_CALENDAR_SETTINGS: TCalendarSettings = {
  lengths: { [Stage.ASSESSMENT]: 60, [Stage.WRITTEN_TEST]: 120, [Stage.INTERVIEW]: 60 },
  bufferMinutes: 30,
};

/** The bounds the settings form and its schema accept, in minutes. */
export const LENGTH_RANGE = { min: 5, max: 720 } as const;
export const BUFFER_RANGE = { min: 0, max: 240 } as const;

/** Other stages (投递, offer) rarely carry a time; when one does, it is a short slot. */
const OTHER_STAGE_MINUTES = 30;
const MINUTE_MS = 60_000;

const isLengthStage = (stage: Stage): stage is TLengthStage => (LENGTH_STAGES as readonly Stage[]).includes(stage);

/** How many minutes an event of `stage` lasts, by the user's settings (SQL reads it from here too). */
export function eventMinutes(stage: Stage, settings: TCalendarSettings): number {
  return isLengthStage(stage) ? settings.lengths[stage] : OTHER_STAGE_MINUTES;
}

/** The end of an event of `stage` starting at `start`, by the user's settings. */
export function eventEnd(stage: Stage, start: Date, settings: TCalendarSettings): Date {
  return new Date(start.getTime() + eventMinutes(stage, settings) * MINUTE_MS);
}
