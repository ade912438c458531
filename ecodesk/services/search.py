"""Instant participant search: an in-memory index of folded text, answering substring queries.

SQLite's FTS5 trigram index returns nothing for queries under three characters, and one or
two Thai letters are exactly what a desk types first; a plain substring scan over folded
strings is right for every length and fast enough for 100,000 people (a few ms per query,
less as the query grows because each keystroke narrows the previous matches).
"""

from __future__ import annotations

import uuid
from collections import OrderedDict
from collections.abc import Iterable, Sequence
from itertools import compress, repeat
from operator import contains

from sqlalchemy import select

from ecodesk.db import Database
from ecodesk.db.models import Participant
from ecodesk.services.participants import ParticipantRow
from ecodesk.services.thai_text import fold_for_search

# Answers kept for the queries typed last: backspacing and retyping cost nothing.
CACHED_QUERIES = 64
# Between fields, so that a query never matches across the end of one and the start of another.
FIELD_SEPARATOR = "\x1f"


def searchable_text(
    title: str, first_name: str, last_name: str, organisation: str, phone: str, short_code: str
) -> str:
    """The folded text a participant is found by: name (with title), organisation, phone, code."""
    return FIELD_SEPARATOR.join(
        (
            fold_for_search(f"{title}{first_name}{last_name}"),
            fold_for_search(organisation),
            fold_for_search(phone),
            fold_for_search(short_code),
        )
    )


class ParticipantIndex:
    """Participants of one event, searchable by any part of their name, organisation, phone
    or short code, forgiving tone marks and spaces.

    ``ids`` and ``texts`` are parallel; ``positions()`` answers with indexes into them, which
    the table model uses directly, and ``search()`` with participant ids.
    """

    def __init__(
        self,
        ids: Sequence[uuid.UUID],
        texts: Sequence[str],
        *,
        db: Database | None = None,
        event_id: uuid.UUID | None = None,
    ) -> None:
        self.ids = list(ids)
        self.texts = list(texts)
        self._db = db
        self._event_id = event_id
        self._cache: OrderedDict[str, list[int]] = OrderedDict()
        self._postings = self._single_characters()

    @classmethod
    def load(cls, db: Database, event_id: uuid.UUID) -> ParticipantIndex:
        index = cls([], [], db=db, event_id=event_id)
        index.refresh()
        return index

    @classmethod
    def from_rows(cls, rows: Iterable[ParticipantRow]) -> ParticipantIndex:
        rows = list(rows)
        texts = [
            searchable_text(
                r.title, r.first_name, r.last_name, r.organisation, r.phone, r.short_code
            )
            for r in rows
        ]
        return cls([r.id for r in rows], texts)

    def refresh(self) -> None:
        """Read the event's participants again (after an import, a walk-in or an edit)."""
        if self._db is None or self._event_id is None:
            raise RuntimeError("this index was not loaded from a database")
        with self._db.session() as session:
            rows = session.execute(
                select(
                    Participant.id,
                    Participant.title,
                    Participant.first_name,
                    Participant.last_name,
                    Participant.organisation,
                    Participant.phone,
                    Participant.short_code,
                ).where(Participant.event_id == self._event_id, Participant.deleted_at.is_(None))
            ).all()
        self.ids = [r[0] for r in rows]
        self.texts = [searchable_text(*r[1:]) for r in rows]
        self._cache.clear()
        self._postings = self._single_characters()

    def _single_characters(self) -> dict[str, list[int]]:
        """Who each single character finds: the first keystroke is where a scan would find
        most people and cost most, so it is answered from here."""
        postings: dict[str, list[int]] = {}
        for i, text in enumerate(self.texts):
            for ch in set(text):
                postings.setdefault(ch, []).append(i)
        postings.pop(FIELD_SEPARATOR, None)
        return postings

    def __len__(self) -> int:
        return len(self.ids)

    def positions(self, text: str) -> list[int]:
        """Indexes (into ``ids``) of the participants the query finds, ascending; all of them
        for an empty query. The list is shared with the cache: do not change it."""
        query = fold_for_search(text)
        if not query:
            return list(range(len(self.texts)))
        if len(query) == 1:
            return self._postings.get(query, [])
        cached = self._cache.get(query)
        if cached is not None:
            self._cache.move_to_end(query)
            return cached
        texts = self.texts
        # What a shorter query inside this one found holds everything this one can find:
        # typing on narrows the previous keystroke's answer instead of scanning everyone.
        pools = [found for q, found in self._cache.items() if q in query]
        pools.append(self._postings.get(query[0], []))
        pool = min(pools, key=len) if pools else None
        # map/compress keep the loop in C: this runs on every keystroke.
        if pool is not None and len(pool) < len(texts) // 2:
            pool_texts = map(texts.__getitem__, pool)
            found = list(compress(pool, map(contains, pool_texts, repeat(query))))
        else:
            found = list(compress(range(len(texts)), map(contains, texts, repeat(query))))
        self._cache[query] = found
        if len(self._cache) > CACHED_QUERIES:
            self._cache.popitem(last=False)
        return found

    def search(self, text: str, limit: int | None = None) -> list[uuid.UUID]:
        """Ids of the participants the query finds, at most ``limit``."""
        found = self.positions(text)
        if limit is not None:
            found = found[:limit]
        return [self.ids[i] for i in found]
