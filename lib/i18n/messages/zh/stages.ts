// The names of stages, outcomes and step results (the Prisma enums), shown everywhere an
// application is: table, board, company page, dashboard, CSV. lib/applications/stages.ts reads them.
export const stages = {
  stage: {
    TO_APPLY: "待投递",
    APPLIED: "投递",
    ASSESSMENT: "测评",
    WRITTEN_TEST: "笔试",
    INTERVIEW: "面试",
    OFFER: "offer",
  },
  outcome: { ACTIVE: "进行中", OFFER: "offer", REJECTED: "挂", WITHDRAWN: "放弃" },
  result: { PENDING: "待定", PASSED: "通过", FAILED: "未通过" },
  /** The suggested name of round n (the label a new step gets unless the user writes another). */
  round: {
    interview: "{n, select, 1 {一面} 2 {二面} 3 {三面} 4 {四面} 5 {五面} 6 {六面} 7 {七面} 8 {八面} 9 {九面} 10 {十面} other {第{n}面}}",
    other: "第{n}轮",
  },
};
