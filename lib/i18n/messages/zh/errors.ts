// Keys match AppError codes (lib/errors.ts) plus specific message keys thrown by services.
export const errors = {
  UNAUTHORIZED: "请先登录。",
  NOT_FOUND: "找不到该内容，它可能已被删除。",
  VALIDATION: "填写有误，请检查标出的内容。",
  FORBIDDEN: "请求来源无效：请在 Offerboard 页面内操作。",
  TOO_LARGE: "上传的内容过大。",
  CONFLICT: "该内容已存在，无法重复创建。",
  VERSION_CONFLICT: "这条记录已在别处被修改，请刷新后再试。",
  FORBIDDEN_MOVE: "不能移动到这个阶段。",
  RATE_LIMITED: "操作太频繁了，请稍后再试。",
  REGISTRATION_CLOSED: "本站目前不开放注册。",
  INTERNAL: "服务器出了点问题，请稍后再试。",
  emailTaken: "该邮箱已注册，请直接登录。",
  badBody: "无法读取上传的内容：请求格式不正确。",
};

export const validation = {
  emailInvalid: "请输入有效的邮箱地址",
  passwordRequired: "请输入密码",
  passwordTooShort: "密码至少需要 8 位",
  passwordTooLong: "密码不能超过 128 位",
  passwordWeak: "密码需同时包含字母和数字",
  passwordUnchanged: "新密码不能与当前密码相同",
  nameRequired: "请输入昵称",
  nameTooLong: "昵称不能超过 50 个字",
  timeZoneUnknown: "无法识别这个时区，请从列表中选择",
  deleteConfirmationRequired: "请输入密码",
  deleteConfirmationWrong: "密码不正确",
};
