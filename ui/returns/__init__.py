"""Plan > Request updates… and Import returns…: the lead update round trip."""
