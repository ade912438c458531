"""Importing registration lists: reading any file a Thai office has, finding the header,
mapping columns to fields, cleaning rows and telling duplicates apart."""
