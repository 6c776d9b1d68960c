"""Editors for the action table's cells; each refuses bad input with a message beside the cell."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QRect, QSize, Qt
from PySide6.QtGui import QColor, QPainter
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QCompleter,
    QPlainTextEdit,
    QSpinBox,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QWidget,
)

from app.plan_setup.lead_names import lead_index, normalise_lead_name
from models.snapshots.rows import LeadRow
from models.status import Status
from ui.common import prompts
from ui.workspace.table.model import LeadChoice
from ui.workspace.timescale_edit import TimescaleEdit

NEW_LEAD_TEXT = "New lead…"
NO_LEAD_TEXT = "(no lead)"
AnyIndex = QModelIndex | QPersistentModelIndex


def readable_text_colour(fill: QColor) -> QColor:
    """Black or white, whichever reads better on ``fill`` (WCAG relative luminance)."""

    def channel(value: int) -> float:
        c = value / 255
        return c / 12.92 if c <= 0.03928 else ((c + 0.055) / 1.055) ** 2.4

    luminance = 0.2126 * channel(fill.red()) + 0.7152 * channel(fill.green()) + 0.0722 * channel(fill.blue())
    return QColor("#000000") if luminance > 0.179 else QColor("#ffffff")


def refuse(delegate: QStyledItemDelegate, index: AnyIndex, message: str) -> None:
    view = delegate.parent()
    show = getattr(view, "show_cell_message", None)
    if show is not None:
        show(index, message)


class StatusDelegate(QStyledItemDelegate):
    """A coloured chip with the status word in it (colour is never the only signal); a combo to edit."""

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: AnyIndex) -> None:
        opt = QStyleOptionViewItem(option)
        self.initStyleOption(opt, index)
        text = opt.text
        opt.text = ""
        style = opt.widget.style() if opt.widget else None
        if style is not None:
            style.drawControl(QStyle.ControlElement.CE_ItemViewItem, opt, painter, opt.widget)
        status = Status.parse(text)
        if status is None:
            painter.drawText(option.rect.adjusted(6, 0, -6, 0), Qt.AlignmentFlag.AlignVCenter, text)
            return
        metrics = option.fontMetrics
        chip = QRect(option.rect)
        chip.setWidth(min(option.rect.width() - 8, metrics.horizontalAdvance(text) + 16))
        chip.adjust(4, 3, 4, -3)
        fill = QColor(status.colour)
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(fill)
        radius = chip.height() / 2
        painter.drawRoundedRect(chip, radius, radius)
        painter.setPen(readable_text_colour(fill))
        painter.drawText(
            chip, Qt.AlignmentFlag.AlignCenter, metrics.elidedText(text, Qt.TextElideMode.ElideRight, chip.width() - 8)
        )
        painter.restore()

    def createEditor(self, parent: QWidget, option: QStyleOptionViewItem, index: AnyIndex) -> QWidget:
        combo = QComboBox(parent)
        combo.setAccessibleName("Status")
        for status in Status:
            combo.addItem(status.label, status.value)
        return combo

    def setEditorData(self, editor: QWidget, index: AnyIndex) -> None:
        assert isinstance(editor, QComboBox)
        found = editor.findData(index.data(Qt.ItemDataRole.EditRole))
        editor.setCurrentIndex(max(found, 0))

    def setModelData(self, editor: QWidget, model, index: AnyIndex) -> None:
        assert isinstance(editor, QComboBox)
        model.setData(index, editor.currentData(), Qt.ItemDataRole.EditRole)


class TimescaleDelegate(QStyledItemDelegate):
    """Timescale as people write it ("Sept 2022", "Q3 2022/23", "Ongoing") or a date picked on a calendar."""

    def createEditor(self, parent: QWidget, option: QStyleOptionViewItem, index: AnyIndex) -> QWidget:
        editor = TimescaleEdit(parent)
        editor.line.returnPressed.connect(lambda: self._finish(editor))
        return editor

    def _finish(self, editor: TimescaleEdit) -> None:
        self.commitData.emit(editor)
        self.closeEditor.emit(editor)

    def setEditorData(self, editor: QWidget, index: AnyIndex) -> None:
        assert isinstance(editor, TimescaleEdit)
        editor.setText(index.data(Qt.ItemDataRole.EditRole) or "")

    def setModelData(self, editor: QWidget, model, index: AnyIndex) -> None:
        assert isinstance(editor, TimescaleEdit)
        # Here, not at the top: the timescale reader (25 ms of imports) loads with the command path, after
        # start-up's first read is on screen.
        from app.timescale import TimescaleKind, parse_timescale

        text = editor.text().strip()
        if text:
            parsed = parse_timescale(text)
            if parsed.kind is TimescaleKind.UNKNOWN:
                refuse(
                    self,
                    index,
                    f"'{text}' is not a timescale Delivery Desk can read ({parsed.note}). "
                    "Try 'Sept 2022', '30/09/2022', 'Q3 2022/23', 'Ongoing' or 'TBC'. Nothing was changed.",
                )
                return
        model.setData(index, text, Qt.ItemDataRole.EditRole)


class LeadDelegate(QStyledItemDelegate):
    """Pick a lead by any of its names or aliases, or type a new one (created after a confirmation)."""

    def __init__(self, leads: Callable[[], list[LeadRow]], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._leads = leads

    def createEditor(self, parent: QWidget, option: QStyleOptionViewItem, index: AnyIndex) -> QWidget:
        combo = QComboBox(parent)
        combo.setEditable(True)
        combo.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        combo.setAccessibleName("Lead")
        combo.addItem(NO_LEAD_TEXT, None)
        for lead in self._leads():
            combo.addItem(lead.name, lead.uuid)
        combo.addItem(NEW_LEAD_TEXT, NEW_LEAD_TEXT)
        completer = combo.completer()
        completer.setCompletionMode(QCompleter.CompletionMode.PopupCompletion)
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)

        def on_activated(position: int) -> None:
            if combo.itemData(position) == NEW_LEAD_TEXT:
                combo.setEditText("")
                combo.lineEdit().setPlaceholderText("Type the new lead's name, then press Enter")

        combo.activated.connect(on_activated)
        return combo

    def setEditorData(self, editor: QWidget, index: AnyIndex) -> None:
        assert isinstance(editor, QComboBox)
        found = editor.findData(index.data(Qt.ItemDataRole.EditRole))
        editor.setCurrentIndex(found if found >= 0 else 0)

    def setModelData(self, editor: QWidget, model, index: AnyIndex) -> None:
        assert isinstance(editor, QComboBox)
        choice = self.choice_for(editor.currentText())
        if choice is None:
            return
        model.setData(index, choice, Qt.ItemDataRole.EditRole)

    def choice_for(self, text: str) -> LeadChoice | None:
        """Typed text to a lead: a known name or alias picks that lead; anything else asks to create one."""
        text = text.strip()
        if not text or text in (NO_LEAD_TEXT, NEW_LEAD_TEXT):
            return LeadChoice(lead_uuid=None)
        known = lead_index(self._leads()).get(normalise_lead_name(text))
        if known is not None:
            return LeadChoice(lead_uuid=known)
        view = self.parent()
        if not prompts.confirm(
            view if isinstance(view, QWidget) else None,
            "New lead",
            f"'{text}' is not a lead in this plan yet. Add it as a new lead?",
            ok_text="Add lead",
        ):
            return None
        return LeadChoice(new_name=text)


class LongTextDelegate(QStyledItemDelegate):
    """Several lines of text: Enter adds a line, leaving the cell (Tab or a click elsewhere) saves it."""

    def createEditor(self, parent: QWidget, option: QStyleOptionViewItem, index: AnyIndex) -> QWidget:
        editor = QPlainTextEdit(parent)
        editor.setTabChangesFocus(True)
        editor.setAccessibleName(str(index.model().headerData(index.column(), Qt.Orientation.Horizontal)))
        return editor

    def setEditorData(self, editor: QWidget, index: AnyIndex) -> None:
        assert isinstance(editor, QPlainTextEdit)
        editor.setPlainText(index.data(Qt.ItemDataRole.EditRole) or "")

    def setModelData(self, editor: QWidget, model, index: AnyIndex) -> None:
        assert isinstance(editor, QPlainTextEdit)
        model.setData(index, editor.toPlainText(), Qt.ItemDataRole.EditRole)

    def updateEditorGeometry(self, editor: QWidget, option: QStyleOptionViewItem, index: AnyIndex) -> None:
        """Larger than the cell, so a paragraph can be read while editing; kept inside the visible table."""
        line = option.fontMetrics.height()
        rect = QRect(option.rect.topLeft(), QSize(max(option.rect.width(), 28 * line), 7 * line))
        view = self.parent()
        if isinstance(view, QAbstractItemView):
            bottom = view.viewport().height()
            if rect.bottom() > bottom:
                rect.moveBottom(max(bottom, rect.height()))
        editor.setGeometry(rect)


class PercentDelegate(QStyledItemDelegate):
    def createEditor(self, parent: QWidget, option: QStyleOptionViewItem, index: AnyIndex) -> QWidget:
        spin = QSpinBox(parent)
        spin.setRange(0, 100)
        spin.setSuffix("%")
        spin.setAccessibleName("Percent complete")
        return spin

    def setEditorData(self, editor: QWidget, index: AnyIndex) -> None:
        assert isinstance(editor, QSpinBox)
        editor.setValue(int(index.data(Qt.ItemDataRole.EditRole) or 0))

    def setModelData(self, editor: QWidget, model, index: AnyIndex) -> None:
        assert isinstance(editor, QSpinBox)
        editor.interpretText()
        model.setData(index, editor.value(), Qt.ItemDataRole.EditRole)
