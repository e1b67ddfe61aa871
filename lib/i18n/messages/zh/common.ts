export const common = {
  appName: "Offerboard",
  tagline: "秋招春招，一板掌握",
  loading: "加载中…",
  save: "保存",
  cancel: "取消",
  confirm: "确认",
  delete: "删除",
  close: "关闭",
  retry: "重试",
  backHome: "返回首页",
  comingSoon: "即将上线",
};
