// `npm run bench:feed`: the CPU time of building the calendar feed (lib/calendar/ics.ts) for a
// season of 10,000 events with Chinese company names, links and deadlines, and its size. Pure:
// no server, no database; the feed route's own cost is measured by `npm run bench`.
import { DEFAULT_CALENDAR_SETTINGS } from "@/lib/calendar/settings";
import { feedIcs, type TIcsEvent } from "@/lib/calendar/ics";
import { Stage } from "@/lib/generated/prisma/enums";

const EVENTS = Number(process.env.BENCH_FEED_EVENTS ?? 10_000);
const ROUNDS = 5;
const STAGES = [Stage.ASSESSMENT, Stage.WRITTEN_TEST, Stage.INTERVIEW] as const;

const events: TIcsEvent[] = Array.from({ length: EVENTS }, (_, index) => ({
  id: `cmevent${String(index).padStart(12, "0")}`,
  companyId: `cmcompany${String(index % 1000).padStart(10, "0")}`,
  companyName: `字节跳动·抖音电商（上海）第${index % 1000}分部`,
  stage: STAGES[index % 3]!,
  label: index % 4 === 0 ? "二面" : "",
  scheduledAt: new Date(Date.UTC(2026, 8, 1) + index * 3_600_000),
  link: index % 2 === 0 ? `https://exam.example.com/t/${index}?from=offerboard&lang=zh` : null,
  linkExpiresAt: index % 2 === 0 ? new Date(Date.UTC(2026, 8, 1) + index * 3_600_000 + 86_400_000) : null,
  sequence: index % 3,
  createdAt: new Date(Date.UTC(2026, 7, 1)),
}));
const context = { origin: "https://offerboard.example", locale: "zh" as const, timeZone: "Asia/Shanghai", settings: DEFAULT_CALENDAR_SETTINGS };

const times: number[] = [];
let bytes = 0;
for (let round = 0; round < ROUNDS; round++) {
  const started = process.cpuUsage();
  bytes = Buffer.byteLength(feedIcs(events, [], context));
  const used = process.cpuUsage(started);
  times.push((used.user + used.system) / 1000);
}
times.sort((a, b) => a - b);
console.log(`feed of ${EVENTS} events: ${(bytes / 1024).toFixed(0)} KB; CPU per build: median ${times[Math.floor(ROUNDS / 2)]!.toFixed(0)} ms, best ${times[0]!.toFixed(0)} ms`);
