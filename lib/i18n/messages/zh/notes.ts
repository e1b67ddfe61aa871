// What the notes import says about a file: warnings (with the line they are about), why two
// spellings may be one company, and where the file contradicts itself (read in order, joined by a space). The parser gives a key and its parameters; the import preview and
// the notes:import CLI put them into words here.
export const notes = {
  warnings: {
    notDateTime: "{label} 后面的“({paren})”不是日期或时间；已作为备注保留",
    entryNoteUnknown: "{company} 的流程中有无法识别的“{note}”；已作为备注保留",
    rejectedWithoutStage: "{company} 标记为挂，但“挂”之前没有任何阶段",
    closedWithoutOutcome: "{company} 的流程以“】”结束，但最后既不是挂也不是 offer",
    trackerCodeIgnored: "公司分级/投递流程部分中的代码或公式已忽略",
    trackerLineUnknown: "公司分级/投递流程部分中有一行无法识别：“{text}”",
    unknownAnnotation: "{company} 的标注“{annotation}”无法识别；已作为备注保留",
    unbalancedParens: "“{token}”中的括号不配对；整体作为公司名保留",
    annotationsWithoutName: "“{token}”有标注但没有公司名；已跳过",
    titleContinues: "第 {questionLine} 行题目的标题延续到这一行；已合并",
    unindentedAfterAnswer: "紧跟在第 {questionLine} 行题目答案后的未缩进行，保留在该答案中",
    answerTooDeep:
      "第 {questionLine} 行题目的答案嵌套了 {depth} 层（列表、引用、括号或强调；最多显示 {max} 层格式）；原样保留，以纯文本显示",
    setNotesTooDeep: "“{set}”的备注嵌套了 {depth} 层（列表、引用、括号或强调；最多显示 {max} 层格式）；原样保留，以纯文本显示",
    preamble: "第一个标题之前的文字不属于任何题集",
    untitledHeading: "标题没有文字",
    fenceUnclosed: "代码块没有结束，到第 {endLine} 行为止",
    mathUnclosed: "$$ 公式块没有结束，到第 {endLine} 行为止",
    nearMatchBudget: "公司太多，无法两两比较是否重名（上限 {pairs} 对）；从这一行起不再给出合并建议",
    duplicateListing: "{company} 已经列出过（第 {line} 行，分级 {tier}）；已合并到那一条",
    stagesDiffer: "{company}：账户中的阶段与文件不同，这条投递保持账户中的样子",
    noCompany: "找不到公司 {company}；跳过这条投递",
    sameStoredCompany: "{a} 和 {b} 在账户中都是 {stored}；只导入到 {stored} 一次",
  },
  merges: {
    alias: "已知别名（{names}）",
    contains: "“{long}”包含“{short}”",
    similar: "相差 {count} 个字",
  },
  conflicts: {
    markedRejectedButOffer: "分级列表标了挂（X/挂），但投递流程显示拿到了 offer；",
    markedRejectedButActive: "分级列表标了挂（X/挂），但投递流程显示还在「{step}」；",
    markedInProgressButRejected: "分级列表标的是{mark}（进行中），但投递流程显示挂在「{step}」；",
    assessmentButEarlier: "分级列表标的是测评，但投递流程显示还在「{step}」；",
    noOpeningButApplied: "分级列表标了无（没有岗位），但投递流程里有这家公司；",
    pipelineWins: "以投递流程为准（分级列表第 {tierLine} 行）。",
    listedRejectedButOffer: "列在“{label}挂”下（第 {rejectionLine} 行），但它的流程以 offer 结束；以流程为准。",
    listedRejectedButRejectedAt: "列在“{label}挂”下（第 {rejectionLine} 行），但它的流程挂在「{step}」；以流程为准。",
  },
};
