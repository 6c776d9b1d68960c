"""An unsent email (.eml) with an attachment: Outlook and Thunderbird open it as a draft to send."""

from __future__ import annotations

import mimetypes
from email.message import EmailMessage
from email.policy import SMTP
from email.utils import formatdate
from pathlib import Path


def write_email_draft(path: Path, to: list[str], subject: str, body: str, attachment: Path) -> None:
    """``to`` are checked addresses (none: the officer fills it in); a line break in ``subject``
    becomes a space, as a header cannot hold one."""
    message = EmailMessage()
    if to:
        message["To"] = ", ".join(to)
    message["Subject"] = " ".join(subject.split())
    message["Date"] = formatdate(localtime=True)
    # Outlook opens a message with X-Unsent: 1 in compose mode, ready to send.
    message["X-Unsent"] = "1"
    message.set_content(body)
    kind, _ = mimetypes.guess_type(attachment.name)
    maintype, subtype = (kind or "application/octet-stream").split("/", 1)
    message.add_attachment(attachment.read_bytes(), maintype=maintype, subtype=subtype, filename=attachment.name)
    Path(path).write_bytes(message.as_bytes(policy=SMTP))
