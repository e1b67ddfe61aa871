// Reminders: the settings card and the text each reminder carries.
export const reminders = {
  title: "提醒",
  description: "在应用关闭时也能收到日程提醒：前一天 20:00 和开始前一小时，发到你的群机器人或推送服务。",
  preset: "类型",
  presets: { GENERIC: "通用 JSON", WECOM: "企业微信群机器人", FEISHU: "飞书机器人", BARK: "Bark", SERVERCHAN: "Server酱" },
  url: "Webhook 地址",
  save: "保存",
  saved: "已保存",
  remove: "移除",
  sendTest: "发送测试",
  testSent: "测试消息已发送",
  lastSent: "上次发送：{at, date, dateTime}",
  lastError: "上次失败（{at, date, dateTime}）：{error}",
  badUrl: "请填写 http:// 或 https:// 开头的公网地址（不能是内网或本机地址）",
  sendFailed: "发送失败：{error}",
  noChannel: "请先保存一个 Webhook 地址",
  message: {
    "day-before": "明天 {at, date, time}：{company} {label}",
    "hour-before": "即将开始（{at, date, time}）：{company} {label}",
    title: "日程提醒",
    test: "这是一条测试提醒，收到说明设置正确。",
  },
};
