"""Delivery Desk: `python main.py` opens the app; `python main.py --help` lists the commands."""

from __future__ import annotations

import sys
from collections.abc import Sequence


def main(argv: Sequence[str] | None = None) -> int:
    from app.cli import parse_args, run_command

    args = parse_args(argv)
    if args.command is None:
        from ui.window.application import run_gui

        return run_gui(args.data_dir, exit_when_shown=args.exit_when_shown, database_url=args.database_url)
    return run_command(args)


if __name__ == "__main__":
    sys.exit(main())
