"""Team roles on the PostgreSQL server, enforced by the server itself (privileges and row-level security).

- secretary: reads and changes everything;
- lead: reads everything; changes only the progress (status, percent complete, comments and
  progress updates) of the actions led by the lead they are linked to;
- viewer (a chair): reads and prints, changes nothing.

``set_up_roles`` is run once by IT as the database owner (``delivery-desk team-setup``); it is
idempotent. ``grant_role`` gives an officer's login one of the roles (``team-grant``). The
link from a lead login to the plan's lead is a server-only table, not part of the plan.
"""

from __future__ import annotations

from sqlalchemy import Engine, text

SECRETARY, LEAD, VIEWER = "secretary", "lead", "viewer"
ROLES = (SECRETARY, LEAD, VIEWER)
GROUP = {role: f"delivery_desk_{role}" for role in ROLES}
LEAD_LOGINS = "delivery_desk_lead_login"
# What a lead may change: the progress of an action, and the stamps every change moves.
LEAD_ACTION_COLUMNS = ("status", "percent_complete", "comments", "revision", "modified_at")
LEAD_UPDATE_COLUMNS = ("status", "percent_complete", "note", "deleted", "revision", "modified_at")

_LED_BY_ME = (
    f"lead_id IN (SELECT lead.id FROM lead JOIN {LEAD_LOGINS} link ON link.lead_uuid = lead.uuid "
    "WHERE link.login = session_user)"
)


class TeamRoleError(RuntimeError):
    """A role could not be set up or granted; the message says why."""


def _statements() -> list[str]:
    secretary, lead, viewer = GROUP[SECRETARY], GROUP[LEAD], GROUP[VIEWER]
    readers = f"{secretary}, {lead}, {viewer}"
    create_groups = [
        f"DO $$ BEGIN IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = '{name}') THEN "
        f"CREATE ROLE {name} NOLOGIN; END IF; END $$"
        for name in GROUP.values()
    ]
    statements = [
        *create_groups,
        f"CREATE TABLE IF NOT EXISTS {LEAD_LOGINS} (login name PRIMARY KEY, lead_uuid varchar(36) NOT NULL)",
        f"GRANT SELECT ON ALL TABLES IN SCHEMA public TO {readers}",
        f"GRANT INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA public TO {secretary}",
        f"REVOKE INSERT, UPDATE, DELETE ON {LEAD_LOGINS} FROM {secretary}",
        f"GRANT USAGE ON ALL SEQUENCES IN SCHEMA public TO {secretary}",
        f"GRANT UPDATE ({', '.join(LEAD_ACTION_COLUMNS)}) ON action TO {lead}",
        f"GRANT INSERT, UPDATE ({', '.join(LEAD_UPDATE_COLUMNS)}) ON progress_update TO {lead}",
        f"GRANT INSERT ON audit_entry TO {lead}",
        f"GRANT USAGE ON SEQUENCE progress_update_id_seq, audit_entry_id_seq TO {lead}",
        # Tables added by later migrations (run by the owner) are readable and, for secretaries, writable.
        f"ALTER DEFAULT PRIVILEGES IN SCHEMA public GRANT SELECT ON TABLES TO {readers}",
        f"ALTER DEFAULT PRIVILEGES IN SCHEMA public GRANT INSERT, UPDATE, DELETE ON TABLES TO {secretary}",
        f"ALTER DEFAULT PRIVILEGES IN SCHEMA public GRANT USAGE ON SEQUENCES TO {secretary}",
    ]
    for table, lead_rows in (
        ("action", _LED_BY_ME),
        ("progress_update", f"action_id IN (SELECT id FROM action WHERE {_LED_BY_ME})"),
    ):
        statements += [
            f"ALTER TABLE {table} ENABLE ROW LEVEL SECURITY",
            f"DROP POLICY IF EXISTS secretary_all ON {table}",
            f"CREATE POLICY secretary_all ON {table} FOR ALL TO {secretary} USING (true) WITH CHECK (true)",
            f"DROP POLICY IF EXISTS everyone_reads ON {table}",
            f"CREATE POLICY everyone_reads ON {table} FOR SELECT TO {lead}, {viewer} USING (true)",
            f"DROP POLICY IF EXISTS lead_changes_own ON {table}",
            f"CREATE POLICY lead_changes_own ON {table} FOR UPDATE TO {lead} USING ({lead_rows}) "
            f"WITH CHECK ({lead_rows})",
        ]
    statements += [
        "DROP POLICY IF EXISTS lead_adds_own ON progress_update",
        f"CREATE POLICY lead_adds_own ON progress_update FOR INSERT TO {lead} "
        f"WITH CHECK (action_id IN (SELECT id FROM action WHERE {_LED_BY_ME}))",
    ]
    return statements


def set_up_roles(engine: Engine) -> None:
    """Create the three group roles, their privileges and the row-level policies (as the tables' owner)."""
    with engine.begin() as conn:
        for statement in _statements():
            conn.execute(text(statement))


def grant_role(engine: Engine, login: str, role: str, lead_uuid: str | None = None) -> None:
    """Give ``login`` (an existing PostgreSQL login) one team role, replacing any other; a lead names its lead."""
    if role not in ROLES:
        raise TeamRoleError(f"'{role}' is not a team role; choose one of {', '.join(ROLES)}.")
    if role == LEAD and not lead_uuid:
        raise TeamRoleError("A lead login must be linked to one of the plan's leads.")
    with engine.begin() as conn:
        quoted = conn.execute(text("SELECT quote_ident(:login)"), {"login": login}).scalar_one()
        for other in ROLES:
            conn.execute(text(f"REVOKE {GROUP[other]} FROM {quoted}"))
        conn.execute(text(f"GRANT {GROUP[role]} TO {quoted}"))
        conn.execute(text(f"DELETE FROM {LEAD_LOGINS} WHERE login = :login"), {"login": login})
        if role == LEAD:
            conn.execute(
                text(f"INSERT INTO {LEAD_LOGINS} (login, lead_uuid) VALUES (:login, :lead)"),
                {"login": login, "lead": lead_uuid},
            )


def role_of(engine: Engine) -> str | None:
    """This login's team role, or None when it has none (the database owner, or roles not set up)."""
    with engine.connect() as conn:
        groups = set(
            conn.scalars(
                text(
                    "SELECT rolname FROM pg_roles WHERE rolname = ANY(:groups) "
                    "AND pg_has_role(session_user, oid, 'MEMBER')"
                ),
                {"groups": list(GROUP.values())},
            )
        )
    return next((role for role in ROLES if GROUP[role] in groups), None)


def may_add_rows(engine: Engine, table: str) -> bool:
    """Whether this login may add rows to ``table`` (a lead or a viewer may not keep sync snapshots)."""
    with engine.connect() as conn:
        return bool(conn.execute(text("SELECT has_table_privilege(:table, 'INSERT')"), {"table": table}).scalar_one())


__all__ = [
    "LEAD", "ROLES", "SECRETARY", "VIEWER", "TeamRoleError", "grant_role", "may_add_rows", "role_of", "set_up_roles",
]  # fmt: skip
