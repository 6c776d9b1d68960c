"""Issue 15's "done when": three officers and a chair on one plan from four processes, one offline a while.

A secretary and a lead edit the team database; a second lead keeps the laptop copy, loses the
server (its address answers no more) and edits the copy, its edits queued, while the others work;
it comes back half way through their work and sends the queue; the chair reads throughout and the
server refuses its write. Every change a process was told is saved (committed, or queued and sent)
must be on the server under that officer's own login, overwriting only what the officer saw or
was shown in a clash; every clash names a colleague's real value; every process's last read, the
chair's too, shows the same plan, and the chair's listener heard each officer's every change.
Bounded loops; the server listens on loopback only.
"""

from __future__ import annotations

import itertools
import json
import subprocess
from collections import Counter, defaultdict
from datetime import date

import pytest
from sqlalchemy import select

from app.editing.commands import load_audit_value
from app.plans.builder import CreatePlan
from app.plans.draft import ActionDraft, LeadDraft, ObjectiveDraft, PlanDraft, PriorityDraft
from main import main
from models import AuditEntry
from tests.editing.officer_process import launch
from tests.pg_fixtures import OFFICER_PASSWORD, ensure_login

pytestmark = pytest.mark.parametrize("db_engine", ["postgresql"], indirect=True)

CST, YOUTH = "Community Safety Team", "Youth Service"
CST_REFS, YOUTH_REFS = ["1.1.1", "1.1.2"], ["1.1.3", "1.1.4"]
OFFLINE_EDITS = 12
# Who works, as which login and team role, and how: (login, password, grant, mode, options).
TEAM = {
    "secretary": ("team-secretary", "secretary-secret", ["secretary"], "online",
                  ["--count", 30, "--seed", 1, "--refs", *CST_REFS, *YOUTH_REFS]),
    "lead": ("team-lead-cst", "lead-secret", ["lead", "--lead", CST], "online",
             ["--count", 20, "--seed", 2, "--refs", *CST_REFS]),
    "offline lead": ("team-lead-youth", "youth-secret", ["lead", "--lead", YOUTH], "offline",
                     ["--count", OFFLINE_EDITS, "--seed", 3, "--refs", *YOUTH_REFS]),
    "chair": ("team-chair", "chair-secret", ["viewer"], "viewer", []),
}  # fmt: skip
EDITORS = ("secretary", "lead", "offline lead")


def _draft() -> PlanDraft:
    return PlanDraft(
        title="Team plan",
        partnership="Test Partnership",
        period_start=date(2026, 4, 1),
        period_end=date(2027, 3, 31),
        priorities=[PriorityDraft("1", "Prevention", objectives=[ObjectiveDraft("1.1", "Fewer victims")])],
        leads=[LeadDraft(CST), LeadDraft(YOUTH)],
        actions=[
            ActionDraft(ref=ref, activity=f"Activity {ref}", objective_refs=["1.1"], lead=lead, status="On track")
            for lead, refs in ((CST, CST_REFS), (YOUTH, YOUTH_REFS))
            for ref in refs
        ],
    )


@pytest.fixture
def team_plan(ctx, pg_server, tmp_path, capsys):
    """The plan on the team database, each officer's login given its role by IT on the command line."""
    plan = ctx.commands.execute(CreatePlan(_draft())).inverse.uuid
    url = ctx.db.url.set(password=OFFICER_PASSWORD).render_as_string(hide_password=False)
    it = ["--data-dir", str(tmp_path / "it"), "--database-url", url]
    assert main([*it, "team-setup"]) == 0
    for login, password, grant, _mode, _options in TEAM.values():
        ensure_login(pg_server, login, password)
        assert main([*it, "team-grant", login, *grant]) == 0
    capsys.readouterr()
    return plan


class Officer:
    """One officer's process, run ``--together``: told when to go on, its events collected."""

    def __init__(self, ctx, plan, name, tmp_path):
        login, password, _grant, mode, options = TEAM[name]
        self.login, self.events = login, []
        url = ctx.db.url.set(username=login).render_as_string(hide_password=True)
        self.errors = (tmp_path / f"{login}.err").open("w+")
        self.process = launch(
            mode, tmp_path / login, url, plan, login.split("-")[-1], password, *options, "--together",
            stdin=subprocess.PIPE, stderr=self.errors,
        )  # fmt: skip

    def until(self, mark: str) -> None:
        """Collect events up to ``mark``; a process that ends first fails the test with its errors."""
        for line in self.process.stdout:
            event = json.loads(line)
            if event == {"kind": "mark", "name": mark}:
                return
            self.events.append(event)
        self.errors.seek(0)
        pytest.fail(f"{self.login} stopped before '{mark}': {self.errors.read()[-2000:]}")

    def say(self, line: str) -> None:
        self.process.stdin.write(line + "\n")
        self.process.stdin.flush()

    def finish(self) -> None:
        out, _ = self.process.communicate(timeout=60)
        self.events += [json.loads(line) for line in out.splitlines()]
        self.errors.seek(0)
        assert self.process.returncode == 0, self.errors.read()[-2000:]

    def of(self, *kinds: str) -> list[dict]:
        return [event for event in self.events if event["kind"] in kinds]


def test_three_officers_and_a_chair_one_offline_a_while_every_acknowledged_change_reaches_everyone(
    ctx, team_plan, tmp_path
):
    team = {name: Officer(ctx, team_plan, name, tmp_path) for name in TEAM}
    try:
        # The offline lead is on the train before the others start, and works on its laptop copy
        # while they do the first half of their work ...
        for name, mark in (("secretary", "ready"), ("lead", "ready"), ("offline lead", "offline")):
            team[name].until(mark)
        # The secretary and the lead both open the first action's comment, then save.
        for name in ("secretary", "lead"):
            team[name].say("go")
        for name in ("secretary", "lead"):
            team[name].until("seen")
        for name in ("secretary", "lead"):
            team[name].say("save")
        for name, mark in (("secretary", "halfway"), ("lead", "halfway"), ("offline lead", "queued")):
            team[name].until(mark)
        # ... and is back for the second half, sending its queue while they go on.
        team["offline lead"].say("reconnect")
        for name in EDITORS:
            team[name].until("done")
        with ctx.db.read() as session:
            entries = list(session.scalars(select(AuditEntry).where(AuditEntry.field != "").order_by(AuditEntry.id)))
        commands = Counter(login for login, _c in {(e.user, e.command_id) for e in entries})
        for name in EDITORS:
            team[name].say("read")
        team["chair"].say(json.dumps(commands))
        for officer in team.values():
            officer.finish()
    finally:
        for officer in team.values():
            if officer.process.poll() is None:
                officer.process.kill()
                officer.process.wait()
            officer.errors.close()

    history = defaultdict(list)  # (uuid, field) -> [(old, new, command_id)] in commit order
    author = {}
    for entry in entries:
        history[(entry.entity_uuid, entry.field)].append(
            (load_audit_value(entry.old_value), load_audit_value(entry.new_value), entry.command_id)
        )
        author[entry.command_id] = entry.user
    by_command = {(c, key): (old, new) for key, changes in history.items() for old, new, c in changes}
    committed = {key: {new for _old, new, _c in changes} for key, changes in history.items()}
    logins = {name: TEAM[name][0] for name in TEAM}

    # The chair could change nothing: the server refused its command and its SQL, and wrote no audit.
    chair = team["chair"]
    refused = {event["how"]: event for event in chair.of("refused", "written")}
    assert refused["command"]["kind"] == "refused" and "does not let team-chair" in refused["command"]["message"]
    assert refused["sql"] == {"kind": "refused", "how": "sql", "sqlstate": "42501"}
    assert logins["chair"] not in author.values()
    assert chair.of("reads")[0]["count"] > 0

    # The offline lead really was offline, queued its edits, and sent every one on its return.
    away = team["offline lead"]
    [gone] = away.of("offline")
    assert "cannot connect to the team database" in gone["reason"]
    queued = away.of("queued")
    [waiting] = away.of("waiting")
    [replayed] = away.of("replayed")
    assert waiting["count"] == len(queued) == OFFLINE_EDITS
    sent = (replayed["sent"], replayed["refused"], replayed["stopped"], replayed["waiting"])
    assert sent == (OFFLINE_EDITS, [], False, 0)

    # No lost update: each write to a field started from the value the previous write left.
    for changes in history.values():
        for earlier, later in itertools.pairwise(changes):
            assert later[0] == earlier[1]

    # Every clash shown names a value a colleague really committed, and who.
    for name in EDITORS:
        for clash in team[name].of("conflict"):
            key = (clash["uuid"], clash["field"])
            assert clash["theirs"] != clash["mine"] and clash["theirs"] in committed[key]
            assert clash["by"] in set(logins.values()) - {logins[name], logins["chair"]}
    # Of the two who opened the first action's empty comment at once, the one to save second was shown the other's.
    first = team["secretary"].of("written", "conflict")[0]["uuid"]
    opening = [
        clash for name in ("secretary", "lead") for clash in team[name].of("conflict")
        if (clash["uuid"], clash["field"], clash["seen"]) == (first, "comments", "")
    ]  # fmt: skip
    assert len(opening) == 1
    assert away.of("conflict"), "the replay met no colleague's change: the offline merge went untested"

    # Every acknowledged change is on the server under its officer's own login, overwriting only
    # what the officer saw or was shown in a clash; one not written was the colleague's value already,
    # or the officer chose the colleague's value when shown both.
    for name in EDITORS:
        shown = defaultdict(list)
        for clash in team[name].of("conflict"):
            shown[(clash.get("command_id"), (clash["uuid"], clash["field"]))].append(clash)
        for change in team[name].of("written", "queued"):
            key, command_id = (change["uuid"], change["field"]), change["command_id"]
            clashes = shown[(command_id, key)]
            if (command_id, key) in by_command:
                old, new = by_command[(command_id, key)]
                assert new == change["mine"] and author[command_id] == logins[name]
                assert old == change["seen"] or old in {clash["theirs"] for clash in clashes}
            else:
                kept_theirs = any(clash["kept"] == "theirs" for clash in clashes)
                assert change["mine"] in committed.get(key, ()) or kept_theirs, (name, change)

    # Every process's last read (the laptop copy's too) shows the plan as the server holds it now,
    # each field as its last committed write left it; the chair heard each officer's every change.
    finals = {name: officer.of("final")[0] for name, officer in team.items()}
    server = finals["chair"]["rows"]
    for (uuid, field), changes in history.items():
        assert server[uuid][field] == changes[-1][1]
    assert all(final["rows"] == server for final in finals.values())
    assert finals["offline lead"]["kept"] and finals["offline lead"]["laptop"] == server
    heard = chair.of("heard")[0]["counts"]
    assert {login: heard.get(login, 0) >= count for login, count in commands.items()} == dict.fromkeys(commands, True)
    assert set(commands) == {logins[name] for name in EDITORS}
