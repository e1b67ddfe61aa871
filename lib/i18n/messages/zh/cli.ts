// The command-line scripts' messages (npm run notes:import, npm run user:create).
export const cli = {
  import: {
    summary:
      "{file}：{sets} 个题集，{questions} 道题（{placeholders} 道待写，{starred} 道星标），{companies} 家公司（S {tierS}，A {tierA}，B {tierB}，C {tierC}，N {tierN}），{applications} 条投递，{stageEvents} 个环节",
    counts: "{sets} 个题集，{questions} 道题，{companies} 家公司，{applications} 条投递，{stageEvents} 个环节",
    nothingChanged: "没有变化：账户里已经有这个文件的全部内容。",
    wouldCreate: "将新建：{counts}",
    created: "已新建：{counts}",
    wouldUpdate: "将更新：{counts}",
    updated: "已更新：{counts}",
    unchanged: "未变：{counts}",
    suggestedMerge: "可能是同一家公司（暂分开保存，请在 /import 确认）：{a} ⇄ {b} — {reason}",
    conflict: "冲突，第 {line} 行：{company}：{message}",
    warning: "提示，第 {line} 行：{message}",
    dryRun: "试运行：什么都没有写入。",
    usage: "用法：npm run notes:import -- --file PATH --email EMAIL [--dry-run] [--json] [--year 2026]",
    yearRange: "--year 须是 2000 到 2100 之间的年份。",
    cannotRead: "读不了 {file}",
    noAccount: "没有邮箱为 {email} 的账户。请用 npm run user:create 创建。",
  },
  user: {
    emailInvalid: "--email 不是有效的邮箱地址",
    passwordTooShort: "--password 至少 8 个字符",
    passwordTooLong: "--password 最多 128 个字符",
    passwordWeak: "--password 至少要有一个字母和一个数字",
    nameRequired: "--name 不能为空",
    nameTooLong: "--name 最多 50 个字符",
    emailTaken: "这个邮箱已经有账户了",
    usage: "用法：npm run user:create -- --email EMAIL --password PASSWORD [--name NAME]",
    created: "已创建 {email}（{name}）",
  },
};
