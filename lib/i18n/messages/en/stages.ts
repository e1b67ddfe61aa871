import type { TArea } from "../../types";

export const stages: TArea<"stages"> = {
  stage: {
    TO_APPLY: "To apply",
    APPLIED: "Applied",
    ASSESSMENT: "Assessment",
    WRITTEN_TEST: "Written test",
    INTERVIEW: "Interview",
    OFFER: "Offer",
  },
  outcome: { ACTIVE: "Active", OFFER: "Offer", REJECTED: "Rejected", WITHDRAWN: "Withdrawn" },
  result: { PENDING: "Pending", PASSED: "Passed", FAILED: "Failed" },
  round: { interview: "Round {n}", other: "Round {n}" },
};
