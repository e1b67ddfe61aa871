export const nav = {
  label: "主导航",
  dashboard: "仪表盘",
  overdueBadge: "{shown} 个环节需要更新",
  companies: "公司",
  calendar: "日历",
  board: "看板",
  questions: "题库",
  review: "复习",
  import: "导入/导出",
  settings: "设置",
};
