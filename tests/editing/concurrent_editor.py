"""A second process for tests/editing/test_concurrent_edits.py: appends TAG0..TAGn-1 to one action's comments.

Usage: concurrent_editor.py DATA_DIR DATABASE_URL ACTION_UUID TAG COUNT   (DATABASE_URL "" for the SQLite file)
Each edit says what it saw; a clash (EditConflict) is counted and the edit retried on fresh data.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from app.context import AppContext  # noqa: E402
from app.editing.commands import EditConflict, SetFields  # noqa: E402
from app.editing.concurrency import Seen  # noqa: E402
from models import Action  # noqa: E402


def main(argv: list[str]) -> int:
    data_dir, url, uuid, tag, count = argv
    ctx = AppContext.open(data_dir, user=f"editor-{tag}", database_url=url)
    clashes = 0
    try:
        for n in range(int(count)):
            for _attempt in range(200):
                with ctx.db.read() as session:
                    action = session.query(Action).filter_by(uuid=uuid).one()
                    seen = Seen(action.revision, {"comments": action.comments})
                new = f"{seen.values['comments']} {tag}{n}".strip()
                try:
                    ctx.commands.execute(SetFields("action", uuid, {"comments": new}, seen=seen))
                    break
                except EditConflict:
                    clashes += 1
            else:
                print(f"gave up on {tag}{n}", file=sys.stderr)
                return 1
    finally:
        ctx.close()
    print(f"clashes {clashes}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
