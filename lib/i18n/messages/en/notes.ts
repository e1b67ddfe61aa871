import type { TArea } from "../../types";

export const notes: TArea<"notes"> = {
  warnings: {
    notDateTime: "“({paren})” after {label} is not a date/time; kept as a note",
    entryNoteUnknown: "“{note}” in the entry of {company} not understood; kept as a note",
    rejectedWithoutStage: "{company} is rejected but no stage comes before 挂",
    closedWithoutOutcome: "entry of {company} is closed with 】 but ends in neither 挂 nor an offer",
    trackerCodeIgnored: "code or math in the tier list / pipeline section is ignored",
    trackerLineUnknown: "line in the tier list / pipeline section not understood: “{text}”",
    unknownAnnotation: "unknown annotation “{annotation}” on {company} kept as a note",
    unbalancedParens: "unbalanced parentheses in “{token}”; kept as a plain name",
    annotationsWithoutName: "“{token}” has annotations but no company name; skipped",
    titleContinues: "title of the question at line {questionLine} continues on this line; joined",
    unindentedAfterAnswer: "unindented line right after the answer of the question at line {questionLine} is kept in that answer",
    answerTooDeep:
      "the answer of the question at line {questionLine} nests {depth, plural, one {# level} other {# levels}} deep (lists, quotes, brackets or emphasis; at most {max} are formatted); it is kept and shown as plain text",
    setNotesTooDeep:
      "the notes of “{set}” nest {depth, plural, one {# level} other {# levels}} deep (lists, quotes, brackets or emphasis; at most {max} are formatted); they are kept and shown as plain text",
    preamble: "text before the first heading belongs to no question set",
    untitledHeading: "heading without a title",
    fenceUnclosed: "code fence is never closed; it ends at line {endLine}",
    mathUnclosed: "$$ math block is never closed; it ends at line {endLine}",
    nearMatchBudget:
      "too many companies to compare them all for near duplicates ({pairs, plural, one {# pair} other {# pairs}}); from this line on, none are suggested",
    duplicateListing: "{company} is already listed (line {line}, tier {tier}); merged into that listing",
    stagesDiffer: "{company}: the stages in your account differ from the file; the application was kept as it is",
    noCompany: "no company found for {company}; application skipped",
    sameStoredCompany: "{a} and {b} are both {stored} in your account; imported into {stored} once",
  },
  merges: {
    alias: "known alias ({names})",
    contains: "“{long}” contains “{short}”",
    similar: "differs by {count, plural, one {# character} other {# characters}}",
  },
  conflicts: {
    markedRejectedButOffer: "the tier list marks it rejected (X/挂) but the pipeline shows it with an offer;",
    markedRejectedButActive: "the tier list marks it rejected (X/挂) but the pipeline shows it active at {step};",
    markedInProgressButRejected: "the tier list marks it {mark} (in progress) but the pipeline shows it rejected at {step};",
    assessmentButEarlier: "the tier list says 测评 but the pipeline shows it active at {step};",
    noOpeningButApplied: "the tier list says 无 (no opening) but the pipeline has an application;",
    pipelineWins: "the pipeline wins (tier list line {tierLine}).",
    listedRejectedButOffer: "listed under {label}挂 (line {rejectionLine}) but its entry ends with an offer; the entry wins.",
    listedRejectedButRejectedAt: "listed under {label}挂 (line {rejectionLine}) but its entry ends rejected at {step}; the entry wins.",
  },
};
