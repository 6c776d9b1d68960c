"""Two instances on one data folder, stale locks after a crash, synced-folder warnings."""

from __future__ import annotations

import subprocess
import sys
import textwrap
from pathlib import Path, PurePosixPath, PureWindowsPath

import pytest

from app.storage.instance_lock import AlreadyOpenError, InstanceLock
from app.storage.paths import AppPaths
from app.storage.synced_folders import synced_folder_warning, synced_provider

ROOT = Path(__file__).resolve().parents[2]

HOLDER = textwrap.dedent(
    """
    import sys, time
    from app.storage.instance_lock import InstanceLock
    from app.storage.paths import AppPaths
    from pathlib import Path
    lock = InstanceLock(AppPaths(Path(sys.argv[1]))).acquire()
    print("locked", flush=True)
    time.sleep(60)
    """
)


def _start_holder(data_dir: Path) -> subprocess.Popen:
    process = subprocess.Popen(
        [sys.executable, "-c", HOLDER, str(data_dir)], cwd=ROOT, stdout=subprocess.PIPE, text=True
    )
    assert process.stdout.readline().strip() == "locked"
    return process


def test_second_process_is_told_who_holds_the_folder(tmp_path):
    holder = _start_holder(tmp_path)
    try:
        with pytest.raises(AlreadyOpenError, match=rf"already open in another copy.*process {holder.pid}"):
            InstanceLock(AppPaths(tmp_path)).acquire()
    finally:
        holder.terminate()
        holder.wait()
    with InstanceLock(AppPaths(tmp_path)) as lock:  # released when the holder ended
        assert lock.held


def test_stale_lock_after_a_crash_is_recovered_automatically(tmp_path):
    holder = _start_holder(tmp_path)
    holder.kill()  # SIGKILL: no clean-up runs, the lock and owner files stay on disk
    holder.wait()
    assert (tmp_path / "delivery-desk.lock.owner").exists()
    lock = InstanceLock(AppPaths(tmp_path)).acquire()
    assert lock.held
    lock.release()
    assert not (tmp_path / "delivery-desk.lock.owner").exists()


def test_two_locks_in_one_process_also_exclude_each_other(tmp_path):
    with InstanceLock(AppPaths(tmp_path)), pytest.raises(AlreadyOpenError):
        InstanceLock(AppPaths(tmp_path)).acquire()


@pytest.mark.parametrize(
    ("path", "provider"),
    [
        (PureWindowsPath(r"C:\Users\sam\OneDrive - Anytown Council\Delivery Desk"), "OneDrive"),
        (PureWindowsPath(r"C:\Users\sam\OneDrive\Documents\DD"), "OneDrive"),
        (PurePosixPath("/Users/sam/Library/CloudStorage/OneDrive-Personal/dd"), "OneDrive"),
        (PurePosixPath("/home/sam/Dropbox/plans"), "Dropbox"),
        (PureWindowsPath(r"D:\Dropbox (Partnership)\plans"), "Dropbox"),
        (PureWindowsPath(r"G:\My Drive\plans"), "Google Drive"),
        (PurePosixPath("/Users/sam/Library/CloudStorage/GoogleDrive-sam@example.org/My Drive/dd"), "Google Drive"),
        (PurePosixPath("/Users/sam/Library/Mobile Documents/com~apple~CloudDocs/dd"), "iCloud Drive"),
        (PureWindowsPath(r"C:\Users\sam\iCloudDrive\dd"), "iCloud Drive"),
        (PurePosixPath("/home/sam/.local/share/DeliveryDesk"), None),
        (PurePosixPath("/home/sam/dropboxes-of-paper/dd"), None),
    ],
)
def test_synced_folders_are_recognised_by_name(path, provider):
    assert synced_provider(path, environ={}) == provider


def test_synced_folder_from_environment_even_with_a_custom_name():
    env = {"OneDriveCommercial": r"C:\Users\sam\Council Files"}
    assert synced_provider(PureWindowsPath(r"C:\Users\sam\Council Files\DD"), env) == "OneDrive"
    assert synced_provider(PureWindowsPath(r"C:\Users\sam\Local\DD"), env) is None


def test_warning_explains_how_to_move_the_folder(tmp_path):
    synced = tmp_path / "Dropbox" / "dd"
    warning = synced_folder_warning(synced, environ={})
    assert "inside Dropbox" in warning and "--data-dir" in warning and "DELIVERY_DESK_DATA_DIR" in warning
    assert synced_folder_warning(tmp_path / "local", environ={}) is None
