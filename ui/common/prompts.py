"""Every modal prompt goes through here, so tests patch one module instead of QMessageBox everywhere."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QStandardPaths, Qt
from PySide6.QtWidgets import QDialog, QFileDialog, QMessageBox, QWidget

from ui.window.settings import app_settings


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


LAST_FOLDER_KEY = "files/last_folder"


def start_folder() -> Path:
    """Where a file dialog opens: the folder last used, else the user's Documents, never the program's."""
    remembered = app_settings().value(LAST_FOLDER_KEY, "")
    if isinstance(remembered, str) and remembered and Path(remembered).is_dir():
        return Path(remembered)
    documents = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    return Path(documents or Path.home())


def _in_start_folder(name: str) -> str:
    """A bare suggested name is placed in the start folder; a path the caller gave is kept."""
    return str(start_folder() / name) if not name or Path(name).name == name else name


def remember_folder(path: Path) -> None:
    app_settings().setValue(LAST_FOLDER_KEY, str(path if path.is_dir() else path.parent))


def open_path(parent: QWidget | None, caption: str, name_filter: str, directory: str = "") -> Path | None:
    chosen, _ = QFileDialog.getOpenFileName(parent, caption, directory or str(start_folder()), name_filter)
    if chosen:
        remember_folder(Path(chosen))
    return Path(chosen) if chosen else None


def open_paths(parent: QWidget | None, caption: str, name_filter: str, directory: str = "") -> list[Path]:
    chosen, _ = QFileDialog.getOpenFileNames(parent, caption, directory or str(start_folder()), name_filter)
    if chosen:
        remember_folder(Path(chosen[0]))
    return [Path(p) for p in chosen]


def save_path(parent: QWidget | None, caption: str, name_filter: str, suggested: str = "") -> Path | None:
    chosen, _ = QFileDialog.getSaveFileName(parent, caption, _in_start_folder(suggested), name_filter)
    if chosen:
        remember_folder(Path(chosen))
    return Path(chosen) if chosen else None


def choose(parent: QWidget | None, title: str, label: str, items: list[str], current: int = 0) -> int | None:
    """The position of the item picked from a list, or None when cancelled."""
    from PySide6.QtWidgets import QComboBox, QInputDialog

    dialog = QInputDialog(parent)
    dialog.setWindowTitle(title)
    dialog.setLabelText(label)
    dialog.setComboBoxItems(items)
    dialog.setComboBoxEditable(False)
    if items:
        dialog.setTextValue(items[current])
    # Long objective names would widen the combo (and the dialog) past a laptop screen; they elide.
    for combo in dialog.findChildren(QComboBox):
        combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        combo.setMinimumContentsLength(min(max((len(i) for i in items), default=10), 48))
    if dialog.exec() != QInputDialog.DialogCode.Accepted:
        return None
    chosen = dialog.textValue()
    return items.index(chosen) if chosen in items else None


def ask_text(parent: QWidget | None, title: str, label: str, text: str = "") -> str | None:
    """A line of text typed by the user, or None when cancelled."""
    from PySide6.QtWidgets import QInputDialog

    typed, ok = QInputDialog.getText(parent, title, label, text=text)
    return typed if ok else None


def open_folder(parent: QWidget | None, caption: str, directory: str = "") -> Path | None:
    chosen = QFileDialog.getExistingDirectory(parent, caption, directory or str(start_folder()))
    if chosen:
        remember_folder(Path(chosen))
    return Path(chosen) if chosen else None


def file_written(parent: QWidget | None, title: str, text: str, path: Path, opener) -> QDialog:
    """A lasting, untruncated "written" notice with Open and Show in folder (not modal: work goes on).

    ``opener(path)`` opens a file or folder and answers whether anything could; when nothing
    can open the file, the notice says so instead of failing silently.
    """
    from PySide6.QtWidgets import QDialogButtonBox, QLabel, QVBoxLayout

    box = QDialog(parent)
    box.setWindowTitle(title)
    box.setAccessibleName(title)
    box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    box.message = QLabel(text)
    box.message.setWordWrap(True)
    box.message.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    box.message.setAccessibleName("Message")
    buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
    box.open_button = buttons.addButton("&Open", QDialogButtonBox.ButtonRole.ActionRole)
    box.folder_button = buttons.addButton("Show in &folder", QDialogButtonBox.ButtonRole.ActionRole)
    buttons.rejected.connect(box.reject)

    def open_file() -> None:
        if not opener(path):
            box.message.setText(
                f"{text}\n\nNothing on this computer opens {path.suffix or 'these'} files, so it was not opened. "
                "Use Show in folder to find it, or ask IT for a PDF reader."
            )

    box.open_button.clicked.connect(open_file)
    box.folder_button.clicked.connect(lambda: opener(path.parent))
    layout = QVBoxLayout(box)
    layout.addWidget(box.message)
    layout.addWidget(buttons)
    box.setModal(False)
    box.show()
    box.open_file = open_file
    return box


def passphrase(parent: QWidget | None, title: str, label: str) -> str | None:
    """A passphrase typed without echo; None when cancelled or left empty."""
    from PySide6.QtWidgets import QInputDialog, QLineEdit

    text, ok = QInputDialog.getText(parent, title, label, QLineEdit.EchoMode.Password)
    return text if ok and text else None


def choose_several(
    parent: QWidget | None, title: str, label: str, items: list[str], checked: set[int]
) -> set[int] | None:
    """The positions of the items ticked in a checklist, or None when cancelled."""
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QListWidget, QListWidgetItem, QVBoxLayout

    dialog = QDialog(parent)
    dialog.setWindowTitle(title)
    dialog.setAccessibleName(title)
    caption = QLabel(label)
    caption.setWordWrap(True)
    checklist = QListWidget()
    checklist.setAccessibleName(label)
    caption.setBuddy(checklist)
    for position, text in enumerate(items):
        item = QListWidgetItem(text)
        item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
        item.setCheckState(Qt.CheckState.Checked if position in checked else Qt.CheckState.Unchecked)
        checklist.addItem(item)
    buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
    buttons.accepted.connect(dialog.accept)
    buttons.rejected.connect(dialog.reject)
    layout = QVBoxLayout(dialog)
    for widget in (caption, checklist, buttons):
        layout.addWidget(widget)
    if dialog.exec() != QDialog.DialogCode.Accepted:
        return None
    return {n for n in range(checklist.count()) if checklist.item(n).checkState() == Qt.CheckState.Checked}
