"""Lead update returns: issue per-lead workbooks, then import what the leads send back."""

from app.returns.imports import (
    ActionChange,
    ReturnProblem,
    ReturnsPreview,
    ReturnsReadStopped,
    preview_returns,
    returns_command,
)
from app.returns.records import RequestRecord, request_records
from app.returns.requests import (
    IssuedRequest,
    LeadCandidate,
    RequestOutcome,
    RequestsStopped,
    issue_requests,
    request_candidates,
)

__all__ = [
    "ActionChange",
    "IssuedRequest",
    "LeadCandidate",
    "RequestOutcome",
    "RequestRecord",
    "RequestsStopped",
    "ReturnProblem",
    "ReturnsPreview",
    "issue_requests",
    "ReturnsReadStopped",
    "preview_returns",
    "request_candidates",
    "request_records",
    "returns_command",
]
