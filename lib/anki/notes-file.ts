// Anki's text import format (File → Import, "Notes in Plain Text"): header lines, then one note
// per line, fields separated by tabs. The GUID column is the question's id, so importing the
// file again updates the notes it made instead of adding copies. No I/O.

/** Columns of a note: GUID, front, back, tags. */
const TAGS_COLUMN = 4;

/** The header lines, for a deck (`Offerboard::Transformer`; `::` makes a subdeck). */
export function ankiHeader(deck: string): string {
  return [
    "#separator:tab",
    "#html:true",
    "#guid column:1",
    `#tags column:${TAGS_COLUMN}`,
    `#deck:${oneLine(deck)}`,
  ].join("\n") + "\n";
}

const oneLine = (text: string) => text.replace(/[\r\n\t]+/gu, " ").trim();

/**
 * One field: as it is when it holds no tab, line break or double quote, else quoted with its
 * quotes doubled (Anki reads a quoted field across lines).
 */
export function ankiField(text: string): string {
  return /[\t\r\n"]/u.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

/** A tag: Anki separates tags by spaces, so spaces inside become `_`; `::` nests (字节跳动::二面). */
export function ankiTag(...parts: string[]): string {
  return parts
    .map((part) => part.replace(/[\s"]+/gu, "_").replace(/:{2,}/gu, ":").replace(/^_+|_+$/gu, ""))
    .filter(Boolean)
    .join("::");
}

type TAnkiNote = { guid: string; front: string; back: string; tags: readonly string[] };

/** One note's line, ending with a newline. */
export function ankiNoteLine({ guid, front, back, tags }: TAnkiNote): string {
  const tagText = [...new Set(tags.filter(Boolean))].join(" ");
  return `${[guid, front, back, tagText].map(ankiField).join("\t")}\n`;
}

/** The image file names an answer's Anki HTML shows (markdownToAnkiHtml writes src="<name>"). */
export function imageNamesIn(html: string): string[] {
  return [...html.matchAll(/<img\b[^>]*?\ssrc="([^"]*)"/gu)].map((match) => match[1]!.replaceAll("&quot;", '"').replaceAll("&lt;", "<").replaceAll("&gt;", ">").replaceAll("&amp;", "&"));
}

/** A deck's name as a file name: `Offerboard::LLM 基础` → `Offerboard-LLM_基础`. */
export function ankiFileName(deck: string): string {
  return deck.replaceAll("::", "-").replace(/[\\/:*?"<>|\s]+/gu, "_");
}
