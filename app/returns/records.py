"""Which update requests were issued, kept with the plan in the Setting table.

Requests are bookkeeping, not plan content, so they are not plan records going through the
command path: issuing a request changes nothing a user could want to undo.
"""

from __future__ import annotations

import json
from dataclasses import asdict, dataclass
from datetime import datetime

from app.plans.listing import plan_id_for
from app.storage.database import Database
from app.storage.settings import read_setting, write_setting

REQUESTS_KEY = "returns.requests"


@dataclass(frozen=True)
class RequestRecord:
    request_id: str
    lead_uuid: str
    lead_name: str
    issued_at: datetime
    issued_by: str
    file_name: str
    action_count: int


def _decode(value: str) -> list[RequestRecord]:
    records = []
    for item in json.loads(value or "[]"):
        item["issued_at"] = datetime.fromisoformat(item["issued_at"])
        records.append(RequestRecord(**item))
    return records


def request_records(db: Database, plan_uuid: str) -> list[RequestRecord]:
    """Every request issued for the plan, oldest first."""
    with db.read() as session:
        value = read_setting(session, plan_id_for(session, plan_uuid), REQUESTS_KEY)
    # A stable sort keeps requests issued within the same second in the order they were issued.
    return sorted(_decode(value or "[]"), key=lambda r: r.issued_at)


def add_request_records(db: Database, plan_uuid: str, records: list[RequestRecord]) -> None:
    with db.transaction() as session:
        plan_id = plan_id_for(session, plan_uuid)
        existing = json.loads(read_setting(session, plan_id, REQUESTS_KEY) or "[]")
        existing.extend({**asdict(r), "issued_at": r.issued_at.isoformat()} for r in records)
        write_setting(session, plan_id, REQUESTS_KEY, json.dumps(existing, ensure_ascii=False))


def newer_request_for_lead(
    records: list[RequestRecord], request_id: str, lead_uuid: str, issued_at: datetime
) -> RequestRecord | None:
    """The latest request to the same lead issued after this one, if any.

    ``records`` are in issue order, so two requests issued within the same second are still told apart.
    """
    position = next((n for n, r in enumerate(records) if r.request_id == request_id), None)
    newer = [
        r
        for n, r in enumerate(records)
        if r.lead_uuid == lead_uuid
        and (r.issued_at > issued_at or (position is not None and n > position and r.issued_at == issued_at))
    ]
    return newer[-1] if newer else None
