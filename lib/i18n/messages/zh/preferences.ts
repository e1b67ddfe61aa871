export const theme = {
  label: "主题",
  light: "浅色",
  dark: "深色",
  system: "跟随系统",
};

export const locale = {
  label: "语言",
  switchTo: "切换语言",
};
