// What an answer's HTML may contain. GitHub's rules (hast-util-sanitize's defaultSchema) plus the
// inline HTML the notes use: <u>, and <img> with src/alt/size/style. Math arrives as
// <code class="language-math math-inline|math-display"> and is typeset by KaTeX after this step.
import { defaultSchema, type Options as TSanitizeSchema } from "rehype-sanitize";

const attributes = defaultSchema.attributes ?? {};

export const ANSWER_SANITIZE_SCHEMA: TSanitizeSchema = {
  ...defaultSchema,
  tagNames: [...(defaultSchema.tagNames ?? []), "u", "mark"],
  // Drop these with their content: no script text or CSS shows up as prose.
  strip: ["script", "style", "iframe", "object", "embed", "noscript", "template"],
  attributes: {
    ...attributes,
    code: [["className", /^language-./, "math-inline", "math-display"]],
    img: [...(attributes.img ?? []), "alt", "title", "width", "height", "style"],
  },
  protocols: {
    ...defaultSchema.protocols,
    src: ["http", "https"],
  },
};

/** CSS properties an image's style may keep; anything else (position, z-index, …) is dropped. */
const STYLE_PROPERTIES = new Set(["width", "height", "max-width", "max-height", "zoom"]);
const STYLE_VALUE = /^(?:\d{1,4}(?:\.\d{1,3})?(?:px|%|em|rem|vw)?|auto)$/;

/** Keeps only size declarations with plain values: `zoom:50%; position:fixed` → `zoom:50%`. */
export function safeStyle(style: string): string | undefined {
  const kept = style
    .split(";")
    .map((declaration) => {
      const colon = declaration.indexOf(":");
      if (colon === -1) return null;
      const property = declaration.slice(0, colon).trim().toLowerCase();
      const value = declaration.slice(colon + 1).trim().toLowerCase();
      return STYLE_PROPERTIES.has(property) && STYLE_VALUE.test(value) ? `${property}:${value}` : null;
    })
    .filter((declaration): declaration is string => declaration !== null);
  return kept.length > 0 ? kept.join(";") : undefined;
}
