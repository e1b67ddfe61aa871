export const shell = {
  skipToContent: "跳到主要内容",
  openMenu: "打开菜单",
  closeMenu: "关闭菜单",
  userMenu: "账户菜单",
  signOut: "退出登录",
  language: "语言",
  theme: "主题",
  notFoundTitle: "页面不存在",
  notFoundBody: "你要找的页面可能已被移动或删除。",
  errorTitle: "出了点问题",
  errorBody: "页面没能加载出来。请重试；如果问题仍然存在，请稍后再来。",
  errorId: "错误编号：{id}",
};
