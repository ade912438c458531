"""The Participants page: the registry table, search, walk-ins, editing and import."""
