import type { EventResult, SetKind, Stage, Tier } from "@/lib/generated/prisma/enums";

export const DEMO_EMAIL = "demo@offerboard.dev";
export const DEMO_PASSWORD = "offerboard-demo-2026";
export const DEMO_NAME = "演示用户";

type TDemoEvent = { stage: Stage; label?: string; inDays: number; hour?: number; result: EventResult };
export type TDemoCompany = {
  name: string;
  tier: Tier | null;
  aliases?: string[];
  revival?: boolean;
  role?: string;
  /** Offer and 挂 follow from the events; a withdrawal is the one outcome stated. */
  withdrawn?: boolean;
  events: TDemoEvent[];
};

const passed = "PASSED" as const;
const pending = "PENDING" as const;
const failed = "FAILED" as const;

// Fictional companies across every tier and stage; days are relative to the day of seeding.
export const DEMO_COMPANIES: TDemoCompany[] = [
  { name: "星河科技", tier: "S", role: "大模型算法工程师", events: [
    { stage: "APPLIED", inDays: -20, result: passed },
    { stage: "WRITTEN_TEST", inDays: -12, hour: 19, result: passed },
    { stage: "INTERVIEW", label: "一面", inDays: -5, hour: 14, result: passed },
    { stage: "INTERVIEW", label: "二面", inDays: 2, hour: 15, result: pending },
  ] },
  { name: "极光智能", tier: "S", aliases: ["Aurora AI"], role: "NLP 算法", events: [
    { stage: "APPLIED", inDays: -15, result: passed },
    { stage: "ASSESSMENT", inDays: -10, result: passed },
    { stage: "WRITTEN_TEST", inDays: 3, hour: 19, result: pending },
  ] },
  { name: "云帆数据", tier: "A", role: "搜索推荐算法", events: [
    { stage: "APPLIED", inDays: -30, result: passed },
    { stage: "WRITTEN_TEST", inDays: -21, hour: 19, result: passed },
    { stage: "INTERVIEW", label: "一面", inDays: -14, result: passed },
    { stage: "INTERVIEW", label: "HR面", inDays: -7, result: passed },
    { stage: "OFFER", inDays: -2, result: passed },
  ] },
  { name: "青藤网络", tier: "A", role: "算法工程师", events: [
    { stage: "APPLIED", inDays: -18, result: passed },
    { stage: "WRITTEN_TEST", inDays: -9, hour: 19, result: failed },
  ], revival: true },
  { name: "北辰半导体", tier: "A", role: "AI 平台开发", events: [
    { stage: "APPLIED", inDays: -6, result: pending },
  ] },
  { name: "蓝鲸游戏", tier: "B", role: "游戏 AI", events: [
    { stage: "APPLIED", inDays: -12, result: passed },
    { stage: "INTERVIEW", label: "AI面试", inDays: 1, hour: 10, result: pending },
  ] },
  { name: "山海电商", tier: "B", aliases: ["ShanHai"], role: "推荐算法", events: [
    { stage: "APPLIED", inDays: -25, result: passed },
    { stage: "ASSESSMENT", inDays: -22, result: passed },
    { stage: "INTERVIEW", label: "一面", inDays: -16, result: failed },
  ] },
  { name: "灵犀AI", tier: "B", role: "大模型应用", events: [
    { stage: "APPLIED", inDays: -3, result: passed },
    { stage: "ASSESSMENT", inDays: 5, hour: 20, result: pending },
  ] },
  { name: "启明银行科技", tier: "C", role: "数据分析", events: [
    { stage: "APPLIED", inDays: -8, result: pending },
  ] },
  { name: "青禾教育", tier: "C", role: "算法实习转正", events: [] },
  { name: "远航汽车", tier: "N", role: "智能驾驶感知", events: [
    { stage: "APPLIED", inDays: -40, result: passed },
    { stage: "WRITTEN_TEST", inDays: -33, hour: 19, result: passed },
    { stage: "INTERVIEW", label: "一面", inDays: -26, result: passed },
  ], withdrawn: true },
  { name: "微光医疗", tier: null, role: "医学影像算法", events: [] },
];

type TDemoQuestion = { title: string; answerMd: string; stars: number; placeholder?: boolean };
type TDemoSet = { title: string; slug: string; kind: SetKind; questions: TDemoQuestion[] };

export const DEMO_SETS: TDemoSet[] = [
  { title: "Transformer 基础", slug: "transformer-basics", kind: "QUESTIONS", questions: [
    {
      title: "自注意力为什么要除以 √d_k？",
      stars: 2,
      answerMd:
        "点积的方差随维度增大：若 $q, k$ 各分量独立、方差为 1，则 $q \\cdot k$ 的方差为 $d_k$。\n\n" +
        "$$\\mathrm{Attention}(Q,K,V)=\\mathrm{softmax}\\left(\\frac{QK^T}{\\sqrt{d_k}}\\right)V$$\n\n" +
        "缩放后 softmax 不会落入梯度很小的饱和区。",
    },
    {
      title: "多头注意力相比单头的好处",
      stars: 1,
      answerMd:
        "| 方面 | 单头 | 多头 |\n| --- | --- | --- |\n| 子空间 | 一个 | 多个，各学一种关系 |\n| 计算量 | 相同 | 相同（每头维度变小） |",
    },
    {
      title: "手写缩放点积注意力",
      stars: 3,
      answerMd:
        "```python\nimport torch\n\ndef attention(q, k, v, mask=None):\n    scores = q @ k.transpose(-2, -1) / q.size(-1) ** 0.5\n" +
        "    if mask is not None:\n        scores = scores.masked_fill(mask == 0, float('-inf'))\n    return scores.softmax(-1) @ v\n```",
    },
    { title: "位置编码有哪些做法？", stars: 0, answerMd: "", placeholder: true },
  ] },
  { title: "HR 面", slug: "hr-interview", kind: "QUESTIONS", questions: [
    { title: "请做一个一分钟的自我介绍", stars: 2, answerMd: "背景 → 代表项目 → 与岗位的匹配 → 为什么想来。" },
    { title: "你的职业规划是什么？", stars: 1, answerMd: "短期扎实做好岗位工作，中期在一个方向上做深。" },
    { title: "你有什么想问我们的？", stars: 0, answerMd: "- 团队目前最重要的目标\n- 新人的培养方式" },
  ] },
];
