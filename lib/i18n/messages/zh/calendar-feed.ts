export const calendarFeed = {
  title: "日历订阅",
  description: "在 Apple 日历、Outlook、Google 日历里订阅你的全部笔试和面试（包括已过去的，不含已归档的公司），每小时更新。",
  private: "这个链接等于一把钥匙：拿到它的人都能看到你的日程。如果泄露了，请重新生成。",
  hidden: "你的订阅链接生成于早期版本，无法在这里再次显示。重新生成一个即可看到，旧链接会随之失效。",
  rotate: "重新生成链接",
  rotateTitle: "重新生成订阅链接？",
  rotateDescription: "旧链接会立即失效，已经订阅它的日历将不再更新，需要用新链接重新订阅。",
  rotateConfirm: "确定重新生成",
  url: "订阅地址",
  copy: "复制",
  copied: "已复制订阅地址",
  subscribe: "用日历应用订阅（webcal://）",
  made: "已生成新的订阅链接",
  /** Written into the calendar files themselves. */
  file: { name: "Offerboard 日程", link: "链接", deadline: "截止", company: "公司页面", cancelled: "已取消" },
};
