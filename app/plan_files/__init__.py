"""Plan files (.dplan) sent between copies: records as plain data, checks before anything is
stored, the three-way merge, the command that applies it, and passphrase protection."""
