"""The priorities and objectives editor, driven with the keyboard and mouse."""

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QUndoStack

from app.queries.actions import action_rows
from app.queries.structure import priority_tree
from ui.common import prompts
from ui.plan_setup.priorities import PrioritiesDialog


@pytest.fixture
def dialog(qtbot, ctx, demo_plan):
    dialog = PrioritiesDialog(ctx, demo_plan.uuid, QUndoStack())
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


def _click(qtbot, button):
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def test_rename_a_priority_with_enter_and_undo(qtbot, ctx, dialog, demo_plan):
    first = priority_tree(ctx.db, demo_plan.uuid)[0]
    dialog.select(first.uuid)
    dialog.title.selectAll()
    qtbot.keyClicks(dialog.title, "Prevention and early help")
    qtbot.keyClick(dialog.title, Qt.Key.Key_Return)
    assert priority_tree(ctx.db, demo_plan.uuid)[0].title == "Prevention and early help"
    assert dialog.tree.topLevelItem(0).text(1) == "Prevention and early help"
    assert dialog.isVisible()  # Enter applied the change; it did not close the dialog
    assert dialog.undo_stack.undoText() == "Rename priority"
    dialog.undo_stack.undo()
    assert priority_tree(ctx.db, demo_plan.uuid)[0].title == first.title
    assert dialog.title.text() == first.title


def test_move_an_objective_down_is_one_undo_step(qtbot, ctx, dialog, demo_plan):
    objectives = priority_tree(ctx.db, demo_plan.uuid)[0].objectives
    dialog.select(objectives[0].uuid)
    _click(qtbot, dialog.down_button)
    refs = [o.ref for o in priority_tree(ctx.db, demo_plan.uuid)[0].objectives]
    assert refs[:3] == ["1.2", "1.1", "1.3"]
    assert dialog.selected_uuid() == objectives[0].uuid
    qtbot.keyClick(dialog.tree, Qt.Key.Key_Down, Qt.KeyboardModifier.ControlModifier)
    assert [o.ref for o in priority_tree(ctx.db, demo_plan.uuid)[0].objectives][:3] == ["1.2", "1.3", "1.1"]
    dialog.undo_stack.undo()
    dialog.undo_stack.undo()
    assert [o.ref for o in priority_tree(ctx.db, demo_plan.uuid)[0].objectives][:3] == ["1.1", "1.2", "1.3"]


def test_renumber_after_reordering_objectives_and_actions(qtbot, ctx, dialog, demo_plan, monkeypatch):
    questions = []
    monkeypatch.setattr(prompts, "confirm", lambda _parent, _title, text, ok_text="OK": questions.append(text) or True)
    _click(qtbot, dialog.renumber_button)
    assert "already in order" in dialog.message.text() and not questions
    old_second = priority_tree(ctx.db, demo_plan.uuid)[0].objectives[1]
    dialog.select(priority_tree(ctx.db, demo_plan.uuid)[0].objectives[0].uuid)
    _click(qtbot, dialog.down_button)
    qtbot.keyClick(dialog.renumber_actions, Qt.Key.Key_Space)
    assert dialog.renumber_actions.isChecked()
    _click(qtbot, dialog.renumber_button)
    assert "This changes" in questions[0]
    objectives = priority_tree(ctx.db, demo_plan.uuid)[0].objectives
    assert [(o.uuid, o.ref) for o in objectives][0] == (old_second.uuid, "1.1")
    refs = [a.ref for a in action_rows(ctx.db, demo_plan.uuid) if a.objective_uuids[0] == old_second.uuid]
    assert refs == [f"1.1.{n}" for n in range(1, old_second.action_count + 1)] and len(refs) > 3
    dialog.undo_stack.undo()
    assert "1.2.3" in {a.ref for a in action_rows(ctx.db, demo_plan.uuid)}
    assert [o.ref for o in priority_tree(ctx.db, demo_plan.uuid)[0].objectives][:2] == ["1.2", "1.1"]


def test_add_objective_and_delete_with_del_key_asks_when_actions_are_filed(qtbot, ctx, dialog, demo_plan, monkeypatch):
    questions = []
    monkeypatch.setattr(prompts, "confirm", lambda _parent, _title, text, ok_text="OK": questions.append(text) or False)
    second = priority_tree(ctx.db, demo_plan.uuid)[1]
    dialog.select(second.uuid)
    _click(qtbot, dialog.add_objective_button)
    qtbot.keyClicks(dialog.text, "Reduce repeat victimisation")
    _click(qtbot, dialog.apply_button)
    added = priority_tree(ctx.db, demo_plan.uuid)[1].objectives[-1]
    assert (added.ref, added.text) == ("2.6", "Reduce repeat victimisation")
    dialog.tree.setFocus()
    qtbot.keyClick(dialog.tree, Qt.Key.Key_Delete)  # empty: deleted without a question
    assert not questions and len(priority_tree(ctx.db, demo_plan.uuid)[1].objectives) == 5

    dialog.select(second.uuid)
    qtbot.keyClick(dialog.tree, Qt.Key.Key_Delete)
    assert questions == [
        f"Delete priority 2 “{second.title}”? It has 5 objectives and {second.action_count} actions filed under it. "
        "The actions stay in the plan but are no longer filed under it. Undo (Ctrl+Z) brings it back."
    ]
    assert len(priority_tree(ctx.db, demo_plan.uuid)) == 4  # the user said no


def test_add_priority_then_name_it(qtbot, ctx, dialog, demo_plan):
    _click(qtbot, dialog.add_priority_button)
    qtbot.keyClicks(dialog.title, "Pursue perpetrators")
    qtbot.keyClick(dialog.title, Qt.Key.Key_Return)
    assert [(p.code, p.title) for p in priority_tree(ctx.db, demo_plan.uuid)][-1] == ("5", "Pursue perpetrators")


def test_move_an_objective_to_another_priority_takes_its_actions_and_undoes(qtbot, ctx, dialog, demo_plan, monkeypatch):
    tree = priority_tree(ctx.db, demo_plan.uuid)
    objective = tree[0].objectives[-1]
    offered = []

    def choose(_parent, _title, _label, items, current=0):
        offered.extend(items)
        return next(n for n, name in enumerate(items) if name.startswith(tree[2].code + " "))

    monkeypatch.setattr(prompts, "choose", choose)
    dialog.select(objective.uuid)
    _click(qtbot, dialog.move_to_button)
    assert len(offered) == len(tree) - 1 and not any(name.startswith(tree[0].code + " ") for name in offered)
    after = priority_tree(ctx.db, demo_plan.uuid)
    assert objective.uuid not in {o.uuid for o in after[0].objectives}
    assert after[2].objectives[-1].uuid == objective.uuid and after[2].objectives[-1].ref == objective.ref
    moved_actions = [r for r in action_rows(ctx.db, demo_plan.uuid) if r.objective_uuids[:1] == (objective.uuid,)]
    assert moved_actions and all(r.priority_uuid == tree[2].uuid for r in moved_actions)
    assert dialog.selected_uuid() == objective.uuid
    dialog.undo_stack.undo()
    assert priority_tree(ctx.db, demo_plan.uuid)[0].objectives[-1].uuid == objective.uuid


def test_move_to_priority_needs_an_objective(qtbot, ctx, dialog, demo_plan, monkeypatch):
    told = []
    monkeypatch.setattr(prompts, "info", lambda _parent, _title, text: told.append(text))
    dialog.select(priority_tree(ctx.db, demo_plan.uuid)[0].uuid)
    _click(qtbot, dialog.move_to_button)
    assert told and "Select an objective first" in told[0]
