"""Passphrases for protected plan files on the command line: from a file, or asked without echo."""

from __future__ import annotations

import argparse
import getpass
import sys
from pathlib import Path


def add_passphrase_file(parser: argparse.ArgumentParser, purpose: str) -> None:
    parser.add_argument(
        "--passphrase-file",
        metavar="FILE",
        help=f"{purpose}: read the passphrase from the first line of FILE (kept out of shell history)",
    )


def read_passphrase_file(path: str) -> str:
    from app.cli import CliError

    try:
        lines = Path(path).read_text(encoding="utf-8").splitlines()
    except OSError as exc:
        raise CliError(f"Cannot read the passphrase file {path}: {exc.strerror or exc}.") from None
    if not lines or not lines[0]:
        raise CliError(f"The passphrase file {path} is empty.")
    return lines[0]


def ask_passphrase(prompt: str, confirm: bool = False) -> str:
    """Ask on the terminal without echo; refuse when there is no terminal to ask on."""
    from app.cli import CliError

    if not sys.stdin.isatty():
        raise CliError("A passphrase is needed: give it with --passphrase-file FILE.")
    first = getpass.getpass(prompt)
    if not first:
        raise CliError("A passphrase cannot be empty.")
    if confirm and getpass.getpass("Type it again: ") != first:
        raise CliError("The two passphrases differ; nothing was written.")
    return first
