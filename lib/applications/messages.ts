// Messages for refused moves and refused new applications, in both languages.

import type { TLocale, TLocalized } from "@/lib/applications/stages";
import type { TMoveError, TMoveErrorCode } from "@/lib/applications/types";

export const MOVE_ERROR_MESSAGES: Record<TMoveErrorCode, TLocalized> = {
  CLOSED: {
    zh: "这个申请已经结束（挂或放弃），请先重新打开。",
    en: "This application is closed (rejected or withdrawn); reopen it first.",
  },
  ALREADY_REJECTED: { zh: "这个申请已经标记为挂了。", en: "This application is already marked as rejected." },
  ALREADY_WITHDRAWN: { zh: "这个申请已经放弃了。", en: "This application is already withdrawn." },
  NOT_CLOSED: {
    zh: "只有挂了或放弃的申请才能重新打开。",
    en: "Only a rejected or withdrawn application can be reopened.",
  },
  OFFER_FINAL: {
    zh: "已经拿到 offer，不能再推进或标记为挂；不去了请用「放弃」。",
    en: "This application already has an offer; it cannot move on or be rejected. To decline, withdraw it.",
  },
  ALREADY_OFFER: { zh: "已经拿到 offer 了。", en: "This application already has an offer." },
  BACKWARD: {
    zh: "阶段不能往回退；记错了请编辑或删除对应的环节。",
    en: "An application cannot move back to an earlier stage; edit or delete the wrong step instead.",
  },
  SAME_STAGE: {
    zh: "已经在这个阶段了，这个阶段没有多轮。",
    en: "The application is already at this stage, and this stage has no further rounds.",
  },
  INVALID_STAGE: {
    zh: "「待投递」是起点，不能推进到这里。",
    en: "'To apply' is where an application starts; it cannot move there.",
  },
  INVALID_DATE: { zh: "日期无效。", en: "The date is not valid." },
  EVENT_NOT_FOUND: { zh: "找不到这个环节。", en: "That step was not found in this application." },
  FAILED_NOT_LAST: {
    zh: "只有最后一个环节可以记为未通过；后面还有环节时请先删除它们。",
    en: "Only the last step can be marked as failed; delete the steps after it first.",
  },
  NOT_APPLIED: {
    zh: "还没投递，不能标记为挂；不打算投了请用「放弃」。",
    en: "Not applied yet, so it cannot be rejected; withdraw it if you no longer plan to apply.",
  },
  REOPEN_FIRST: {
    zh: "这个申请已经结束；拖回它原来的阶段可以重新打开。",
    en: "This application is closed; drop it back on its own stage to reopen it.",
  },
};

export function moveError(code: TMoveErrorCode): TMoveError {
  return { ok: false, code, message: MOVE_ERROR_MESSAGES[code] };
}

export function moveErrorMessage(code: TMoveErrorCode, locale: TLocale): string {
  return MOVE_ERROR_MESSAGES[code][locale];
}
