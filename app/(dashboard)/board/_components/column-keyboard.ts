// Keyboard drag and drop between board columns: ←/→ jump to the previous/next column,
// ↑/↓ nudge within it. dnd-kit's default getter moves 25 px per key press instead.
import { KeyboardCode, type KeyboardCoordinateGetter } from "@dnd-kit/core";

export const columnKeyboardCoordinates: KeyboardCoordinateGetter = (event, { currentCoordinates, context }) => {
  const { collisionRect, droppableRects } = context;
  if (!collisionRect) return undefined;
  if (event.code === KeyboardCode.Down || event.code === KeyboardCode.Up) {
    event.preventDefault();
    return { ...currentCoordinates, y: currentCoordinates.y + (event.code === KeyboardCode.Down ? 40 : -40) };
  }
  if (event.code !== KeyboardCode.Right && event.code !== KeyboardCode.Left) return undefined;
  event.preventDefault();
  const columns = [...droppableRects.values()].sort((a, b) => a.left - b.left);
  const center = currentCoordinates.x + collisionRect.width / 2;
  const index = columns.findIndex((rect) => center >= rect.left && center < rect.left + rect.width);
  const fallback = event.code === KeyboardCode.Right ? -1 : columns.length;
  const target = columns[(index === -1 ? fallback : index) + (event.code === KeyboardCode.Right ? 1 : -1)];
  if (!target) return currentCoordinates;
  return { x: target.left + (target.width - collisionRect.width) / 2, y: Math.max(target.top + 48, currentCoordinates.y) };
};
