// A page's share of the dictionary. Client components read the messages of the nearest
// <I18nScope>: the root layout's few, merged with what each route layout adds, so a page's
// HTML carries only the messages its client components can show.
import type { TMessage, TMessagePath, TMessageTree } from "./types";

type TMutableTree = { [key: string]: TMessage | TMutableTree };

/** A group of messages, not one message (a compiled message is an array). */
function isGroup(value: TMessage | TMessageTree | undefined): value is TMessageTree {
  return typeof value === "object" && !Array.isArray(value);
}

/** The messages under `paths` (areas, groups or single keys), in the dictionary's shape. */
export function pickMessages(messages: TMessageTree, paths: readonly TMessagePath[]): TMessageTree {
  const picked: TMutableTree = {};
  for (const path of paths) {
    const parts = path.split(".");
    let source = messages;
    let target = picked;
    for (const [index, part] of parts.entries()) {
      const value = Object.hasOwn(source, part) ? source[part] : undefined;
      if (value === undefined) break;
      const existing = target[part];
      if (!isGroup(value) || index === parts.length - 1) {
        target[part] = value;
        break;
      }
      // The whole group is already there (an earlier path named it): nothing to add.
      if (existing === value) break;
      target = target[part] = isGroup(existing) ? (existing as TMutableTree) : {};
      source = value;
    }
  }
  return picked;
}

/** `inner` laid over `outer`, group by group: a nested scope adds to its parent's messages. */
export function mergeMessages(outer: TMessageTree, inner: TMessageTree): TMessageTree {
  const merged: TMutableTree = { ...outer };
  for (const [key, value] of Object.entries(inner)) {
    const existing = merged[key];
    merged[key] = isGroup(value) && isGroup(existing) ? mergeMessages(existing, value) : value;
  }
  return merged;
}
