export { parseNotes } from "./parse-notes";
export { summarizeParsedNotes } from "./summarize";
export { renderSetsMarkdown, type TRenderableQuestion, type TRenderableSet } from "./render-notes";
export { mergeCompanies, findConflicts, describeConflict, type TPipelineCompany, type TMergeResult } from "./merge-companies";
export { questionContentHash } from "./question-title";
export * from "./types";
