"""File ▸ Keep offline copies of team plans (``keep_copy``), and File ▸ Sync the offline copy…, on a team database.

The copy goes to this laptop's own database (opened beside the team one for the moment it takes).
Offline, Delivery Desk opens that database (at start-up, when the team database is out of reach,
or with File ▸ Use this laptop's database); back on the network, syncing shows the fields changed
on both sides in the plan-file merge dialog ("mine" is the team database, "theirs" the copy).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from ui.offline import keep_copy
from ui.window.feature_api import ActionSpec, Needs

if TYPE_CHECKING:
    from ui.window.main_window import MainWindow


def _laptop(window: MainWindow):
    from app.offline.queue import open_laptop

    return open_laptop(window.ctx.paths.data_dir, window.ctx.user)


def sync_offline_copy(window: MainWindow):
    """Send the commands queued offline (a clash opens the conflict dialog), then merge any other
    edits of the copy into the team plan; with conflicts, the merge dialog asks first."""
    from app.offline.replay import replay_queue
    from app.offline.sync import sync_offline_copy as sync
    from ui.common import prompts
    from ui.offline.auto import ask_about_clash
    from ui.plan_files.dialogs import MergeDialog

    plan_uuid = window.plan_uuid
    laptop = _laptop(window)
    try:
        if replay_queue(laptop, window.ctx, lambda clash: ask_about_clash(window, clash)).stopped:
            laptop.close()
            window.statusBar().showMessage("A clash was put aside: the changes made offline are still waiting.", 15000)
            return None
        outcome = sync(laptop, window.ctx, plan_uuid)
    except Exception:
        laptop.close()
        raise
    if outcome.applied:
        laptop.close()
        window.statusBar().showMessage(f"Offline copy synced: {outcome.preview.summary()}", 15000)
        return None
    dialog = MergeDialog(outcome.preview, window)
    dialog.setWindowTitle("Sync the offline copy")

    def apply() -> None:
        try:
            sync(laptop, window.ctx, plan_uuid, dialog.resolutions())
        except Exception as exc:  # shown, never swallowed: nothing was merged
            prompts.error(window, "Sync the offline copy", f"The copy was not synced: {exc}")
        else:
            window.statusBar().showMessage("Offline copy synced, with your choices.", 15000)

    dialog.accepted.connect(apply)
    dialog.finished.connect(lambda _result: laptop.close())
    dialog.open()
    return dialog


def install(window: MainWindow) -> None:
    if not window.ctx.db.is_server:
        return
    keep_copy.install(window)
    window.declare(
        ActionSpec(
            "sync_offline_copy",
            "S&ync the offline copy…",
            lambda: sync_offline_copy(window),
            "file",
            "team",
            tip="Merge what was changed in the offline copy into the team plan, then refresh the copy",
            needs=Needs.PLAN,
        )
    )
