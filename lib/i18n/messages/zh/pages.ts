// One object per signed-in area. Feature work adds its keys to its own area; when an area
// grows past a screenful, move it to its own file (e.g. companies.ts) and re-export it here.
export const dashboard = {
  title: "仪表盘",
  description: "投递进展与近期笔试、面试一览",
  greeting: "你好，{name}",
  emptyTitle: "还没有数据",
  emptyBody: "导入面试笔记或添加第一家公司后，这里会显示投递漏斗和近期的笔试、面试。",
  importNotes: "导入笔记",
  addCompany: "添加公司",
};

export const companies = {
  title: "公司",
  description: "按 S/A/B/C/N 分级管理目标公司",
  emptyTitle: "还没有公司",
  emptyBody: "添加公司或导入笔记里的分级清单后，这里会列出每家公司的分级、当前阶段和下一场笔试面试。",
  importNotes: "导入笔记",
};

export const board = {
  title: "看板",
  description: "按阶段查看所有投递",
  emptyTitle: "看板还是空的",
  emptyBody: "你的投递会按 投递 → 测评 → 笔试 → 面试 → offer 分列排开，拖动卡片即可推进。",
  addCompany: "添加公司",
};

export const questions = {
  title: "题库",
  description: "题集、答案与复习进度",
  emptyTitle: "题库还是空的",
  emptyBody: "导入笔记后，每个章节会成为一个题集，编号条目成为题目和答案。",
  importNotes: "导入笔记",
};

export const importExport = {
  title: "导入/导出",
  description: "导入 Markdown 笔记，导出全部数据",
  emptyTitle: "导入与导出即将上线",
  emptyBody: "在这里上传 Markdown 笔记，预览后导入公司、投递和题目，或导出 JSON 备份、CSV 与 Markdown。",
};

export const settings = {
  title: "设置",
  description: "账户与偏好",
  account: "账户",
  accountDescription: "登录所用的昵称和邮箱",
  name: "昵称",
  email: "邮箱",
  language: "语言",
  languageDescription: "界面显示的语言，会同步到你的账户",
  theme: "外观",
  themeDescription: "浅色、深色，或跟随系统设置",
  saved: "已保存",
};
