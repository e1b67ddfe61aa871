import { highlightParts } from "@/lib/search/text";

/** Text with every case-insensitive match of `term` in <mark> (styled by `.hit mark`). */
export function Highlight({ text, term }: { text: string; term: string }) {
  return (
    <>
      {highlightParts(text, term).map((part, index) => (part.match ? <mark key={index}>{part.text}</mark> : part.text))}
    </>
  );
}
