"""Every modal prompt goes through here, so tests patch one module instead of QMessageBox everywhere."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget


def confirm(parent: QWidget | None, title: str, text: str, ok_text: str = "OK") -> bool:
    box = QMessageBox(QMessageBox.Icon.Question, title, text, QMessageBox.StandardButton.Cancel, parent)
    ok = box.addButton(ok_text, QMessageBox.ButtonRole.AcceptRole)
    box.setDefaultButton(QMessageBox.StandardButton.Cancel)
    box.exec()
    return box.clickedButton() is ok


def error(parent: QWidget | None, title: str, text: str, details: str | None = None) -> None:
    box = QMessageBox(QMessageBox.Icon.Warning, title, text, QMessageBox.StandardButton.Ok, parent)
    if details:
        box.setDetailedText(details)
    box.exec()


def info(parent: QWidget | None, title: str, text: str) -> None:
    QMessageBox.information(parent, title, text)


def open_path(parent: QWidget | None, caption: str, name_filter: str, directory: str = "") -> Path | None:
    chosen, _ = QFileDialog.getOpenFileName(parent, caption, directory, name_filter)
    return Path(chosen) if chosen else None


def open_paths(parent: QWidget | None, caption: str, name_filter: str, directory: str = "") -> list[Path]:
    chosen, _ = QFileDialog.getOpenFileNames(parent, caption, directory, name_filter)
    return [Path(p) for p in chosen]


def save_path(parent: QWidget | None, caption: str, name_filter: str, suggested: str = "") -> Path | None:
    chosen, _ = QFileDialog.getSaveFileName(parent, caption, suggested, name_filter)
    return Path(chosen) if chosen else None
