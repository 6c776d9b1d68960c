"""Lead update returns: issue per-lead workbooks, then import what the leads send back."""

from app.returns.imports import ActionChange, ReturnProblem, ReturnsPreview, preview_returns, returns_command
from app.returns.records import RequestRecord, request_records
from app.returns.requests import IssuedRequest, RequestOutcome, issue_requests

__all__ = [
    "ActionChange",
    "IssuedRequest",
    "RequestOutcome",
    "RequestRecord",
    "ReturnProblem",
    "ReturnsPreview",
    "issue_requests",
    "preview_returns",
    "request_records",
    "returns_command",
]
