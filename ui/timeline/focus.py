"""Where the timeline's keyboard focus goes next: lane headers and bars in reading order, with the
tree convention on a header (Left folds, Right unfolds) and Left/Right moving along bars only."""

from __future__ import annotations

from PySide6.QtCore import Qt

FocusKey = tuple[str, str | None]  # (lane key, bar uuid); no uuid is the lane's header


def focus_step(
    keys: list[FocusKey], focus: FocusKey | None, key: int, collapsed: set[str]
) -> tuple[str, object] | None:
    """("toggle", lane key), ("choose", position in ``keys``) or None when the key leads nowhere."""
    if not keys:
        return None
    current = keys.index(focus) if focus in keys else -1
    on_header = current >= 0 and keys[current][1] is None
    if on_header and key in (Qt.Key.Key_Left, Qt.Key.Key_Right):
        lane = keys[current][0]
        return ("toggle", lane) if (lane in collapsed) == (key == Qt.Key.Key_Right) else None
    if key == Qt.Key.Key_Home:
        target = 0
    elif key == Qt.Key.Key_End:
        target = len(keys) - 1
    elif key in (Qt.Key.Key_Down, Qt.Key.Key_Right):
        target = min(len(keys) - 1, current + 1)
    else:
        target = max(0, current - 1)
    if key in (Qt.Key.Key_Left, Qt.Key.Key_Right):
        step = 1 if key == Qt.Key.Key_Right else -1
        while 0 <= target < len(keys) and keys[target][1] is None:
            target += step
        if not 0 <= target < len(keys):
            return None
    return ("choose", target)
