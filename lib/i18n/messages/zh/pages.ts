// Small areas share this file; an area that grows gets its own file (like companies.ts).
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
