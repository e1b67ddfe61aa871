// 面经: one interview's questions as a post for 牛客 and the like, ready to paste. It carries the
// questions in the order asked and, if the person wants, the company and the round: never the
// answers, how they went, dates, notes or anything else about the person. No I/O.

type TMianjingInput = {
  /** Null leaves the company out. */
  company: string | null;
  /** Null or "" leaves the round out. */
  round: string | null;
  /** The heading's last word in the reader's language (面经 / interview questions). */
  heading: string;
  questions: readonly string[];
};

// Characters that would turn a question's text into Markdown syntax (emphasis, links, HTML, code).
const MARKDOWN_SPECIAL = /[\\`*_[\]<>|#~]/gu;

/** One line of plain text that Markdown shows as typed. */
function literal(text: string): string {
  return text.replace(/\s+/gu, " ").trim().replace(MARKDOWN_SPECIAL, (char) => `\\${char}`);
}

/** `# 字节跳动 二面 面经`, then `1. …` per question, in order. */
export function mianjingMarkdown({ company, round, heading, questions }: TMianjingInput): string {
  const title = [company, round].map((part) => (part ? literal(part) : "")).filter(Boolean);
  const lines = [`# ${[...title, heading].join(" ")}`, ""];
  questions.forEach((question, index) => lines.push(`${index + 1}. ${literal(question)}`));
  return `${lines.join("\n")}\n`;
}
