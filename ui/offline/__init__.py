"""The offline copy in the window: File ▸ Keep / Sync the offline copy, and the switch onto the
laptop copy when the team database drops and back when it returns (``auto``)."""
