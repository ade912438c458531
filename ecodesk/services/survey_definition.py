"""Survey definitions as data: parts, aspects (ด้าน) and questions; JSON in and out; checking a response.

A definition is plain data so that an office can export its form and reuse it elsewhere.
Questions carry the name of their aspect; consecutive questions of one part with the same
aspect form one page of the kiosk and one aspect row of the statistics.

A response is a mapping ``question key -> value``:

- ``rating``: an integer 1-5
- ``before_after``: ``{"before": 1-5, "after": 1-5}`` (either may be missing)
- ``single``: one of the options; ``multiple``: a list of options
- ``number``: a number within ``minimum``/``maximum`` when given
- ``text``/``long_text``: a string

A missing key, ``None``, ``""`` or ``[]`` is a blank answer.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterator, Mapping, Sequence
from dataclasses import dataclass, field, replace
from typing import Any

FORMAT = "ecodesk-survey"
FORMAT_VERSION = 1

QUESTION_KINDS = ("rating", "before_after", "single", "multiple", "number", "text", "long_text")
RATING_MIN, RATING_MAX = 1, 5
#: Level names of the 5-level scale, from 5 down to 1.
SCALE_LABELS = {5: "มากที่สุด", 4: "มาก", 3: "ปานกลาง", 2: "น้อย", 1: "น้อยที่สุด"}
#: A single-choice question whose options are the event's sectors.
OPTIONS_FROM_SECTORS = "sectors"
KEY_RE = re.compile(r"^[A-Za-z][A-Za-z0-9_]{0,63}$")
BEFORE, AFTER = "before", "after"


class DefinitionError(ValueError):
    """A definition (or JSON file) that cannot be used; the message names the place."""


class ResponseError(ValueError):
    """A response that breaks the survey's rules; the message names the question and why."""


@dataclass
class Question:
    key: str
    kind: str
    text: str
    required: bool = False
    aspect: str = ""
    options: list[str] = field(default_factory=list)
    #: Fill ``options`` at run time (only ``"sectors"``: the event's sectors).
    options_from: str = ""
    minimum: float | None = None
    maximum: float | None = None

    @property
    def is_rating(self) -> bool:
        return self.kind in ("rating", "before_after")


@dataclass
class Part:
    title: str
    description: str = ""
    questions: list[Question] = field(default_factory=list)


@dataclass(frozen=True)
class Page:
    """What the kiosk shows at once: a part, or one aspect of a part."""

    part: Part
    aspect: str
    questions: tuple[Question, ...]


@dataclass
class SurveyDefinition:
    title: str
    instructions: str = ""
    parts: list[Part] = field(default_factory=list)

    def questions(self) -> Iterator[Question]:
        for part in self.parts:
            yield from part.questions

    def question(self, key: str) -> Question:
        for q in self.questions():
            if q.key == key:
                return q
        raise KeyError(key)

    def keys(self) -> list[str]:
        return [q.key for q in self.questions()]

    def pages(self) -> list[Page]:
        """One page per part, split where the aspect changes."""
        pages: list[Page] = []
        for part in self.parts:
            group: list[Question] = []
            for q in part.questions:
                if group and q.aspect != group[-1].aspect:
                    pages.append(Page(part, group[-1].aspect, tuple(group)))
                    group = []
                group.append(q)
            if group:
                pages.append(Page(part, group[-1].aspect, tuple(group)))
        return pages

    def aspects(self) -> list[tuple[str, list[Question]]]:
        """Aspects in form order with their rating questions (5-level and before/after)."""
        found: dict[str, list[Question]] = {}
        for q in self.questions():
            if q.is_rating and q.aspect:
                found.setdefault(q.aspect, []).append(q)
        return list(found.items())

    def with_sectors(self, sectors: Sequence[str]) -> SurveyDefinition:
        """A copy whose sector questions offer the event's sectors."""
        return SurveyDefinition(
            self.title,
            self.instructions,
            [
                replace(
                    part,
                    questions=[
                        replace(q, options=list(sectors))
                        if q.options_from == OPTIONS_FROM_SECTORS
                        else q
                        for q in part.questions
                    ],
                )
                for part in self.parts
            ],
        )

    # --- checking -----------------------------------------------------------------------

    def validate(self) -> None:
        """Refuse a definition with duplicate or malformed keys, unknown kinds, no options."""
        if not self.title.strip():
            raise DefinitionError("title: the survey needs a title")
        if not self.parts:
            raise DefinitionError("parts: the survey has no parts")
        seen: set[str] = set()
        for p_no, part in enumerate(self.parts, 1):
            where_part = f"part {p_no} ({part.title or 'untitled'})"
            if not part.title.strip():
                raise DefinitionError(f"{where_part}: the part needs a title")
            for q_no, q in enumerate(part.questions, 1):
                where = f"{where_part}, question {q_no}"
                if not KEY_RE.match(q.key):
                    raise DefinitionError(
                        f"{where}: key {q.key!r} must start with a letter and hold only "
                        "letters A-Z, digits and _"
                    )
                if q.key in seen:
                    raise DefinitionError(f"{where}: the key {q.key!r} is used twice")
                seen.add(q.key)
                if q.kind not in QUESTION_KINDS:
                    raise DefinitionError(
                        f"{where}: unknown kind {q.kind!r} (one of {', '.join(QUESTION_KINDS)})"
                    )
                if not q.text.strip():
                    raise DefinitionError(f"{where}: the question has no text")
                if q.kind in ("single", "multiple"):
                    if q.options_from not in ("", OPTIONS_FROM_SECTORS):
                        raise DefinitionError(f"{where}: unknown options_from {q.options_from!r}")
                    if not q.options and not q.options_from:
                        raise DefinitionError(f"{where}: a choice question needs options")
                    if len(set(q.options)) != len(q.options):
                        raise DefinitionError(f"{where}: an option is listed twice")

    def check_response(
        self,
        answers: Mapping[str, Any],
        *,
        older_keys: frozenset[str] = frozenset(),
        enforce_required: bool = True,
    ) -> dict[str, Any]:
        """The response in canonical form, or ``ResponseError`` naming what is wrong.

        ``older_keys`` are keys of earlier versions of this survey, so that an answer for
        one of them is refused with that reason rather than as an unknown key. Paper forms
        are typed with ``enforce_required=False``: a blank on paper is a fact to count.
        """
        known = set(self.keys())
        for key in answers:
            if key not in known:
                if key in older_keys:
                    raise ResponseError(
                        f"{key}: this question belongs to an older version of the survey"
                    )
                raise ResponseError(f"{key}: no question with this key in the survey")
        clean: dict[str, Any] = {}
        for q in self.questions():
            value = _check_value(q, answers.get(q.key), enforce_required)
            if value is None:
                if q.required and enforce_required:
                    raise ResponseError(f"{q.key}: an answer is required ({q.text})")
                continue
            clean[q.key] = value
        return clean


def is_blank(value: Any) -> bool:
    return value is None or value == "" or value == [] or value == {}


def _rating(q: Question, value: Any, label: str = "") -> int | None:
    if is_blank(value):
        return None
    where = f"{q.key}{label}"
    if isinstance(value, bool) or not isinstance(value, int | float | str):
        raise ResponseError(f"{where}: a rating must be a whole number 1-5, not {value!r}")
    try:
        number = float(value)
    except ValueError:
        raise ResponseError(
            f"{where}: a rating must be a whole number 1-5, not {value!r}"
        ) from None
    if number != int(number) or not RATING_MIN <= number <= RATING_MAX:
        raise ResponseError(f"{where}: a rating must be a whole number 1-5, not {value!r}")
    return int(number)


def _check_value(q: Question, value: Any, enforce_required: bool = True) -> Any:
    """The canonical value, None for a blank; ``ResponseError`` for a wrong one."""
    if is_blank(value):
        return None
    if q.kind == "rating":
        return _rating(q, value)
    if q.kind == "before_after":
        if isinstance(value, list | tuple) and len(value) == 2:
            value = {BEFORE: value[0], AFTER: value[1]}
        if not isinstance(value, Mapping) or set(value) - {BEFORE, AFTER}:
            raise ResponseError(f"{q.key}: expected {{'before': 1-5, 'after': 1-5}}, not {value!r}")
        pair = {
            side: _rating(q, value.get(side), f" ({side})")
            for side in (BEFORE, AFTER)
            if not is_blank(value.get(side))
        }
        if q.required and enforce_required and len(pair) < 2:
            raise ResponseError(f"{q.key}: both before and after are required ({q.text})")
        return pair or None
    if q.kind == "single":
        text = str(value).strip()
        if text not in q.options:
            raise ResponseError(f"{q.key}: {text!r} is not one of the options ({q.text})")
        return text
    if q.kind == "multiple":
        chosen = [value] if isinstance(value, str) else value
        if not isinstance(chosen, list | tuple):
            raise ResponseError(f"{q.key}: expected a list of options, not {value!r}")
        picked = [str(c).strip() for c in chosen]
        for c in picked:
            if c not in q.options:
                raise ResponseError(f"{q.key}: {c!r} is not one of the options ({q.text})")
        return list(dict.fromkeys(picked)) or None
    if q.kind == "number":
        try:
            number = float(str(value).strip().replace(",", ""))
        except ValueError:
            raise ResponseError(f"{q.key}: {value!r} is not a number") from None
        if (q.minimum is not None and number < q.minimum) or (
            q.maximum is not None and number > q.maximum
        ):
            raise ResponseError(
                f"{q.key}: {value!r} is outside {_fmt(q.minimum)}-{_fmt(q.maximum)}"
            )
        return number
    text = str(value).strip()
    return text or None


def _fmt(x: float | None) -> str:
    return "" if x is None else f"{x:g}"


# --- JSON --------------------------------------------------------------------------------


def to_dict(definition: SurveyDefinition) -> dict[str, Any]:
    """The stored and exported form; empty optional fields are left out."""

    def question(q: Question) -> dict[str, Any]:
        out: dict[str, Any] = {"key": q.key, "kind": q.kind, "text": q.text}
        if q.required:
            out["required"] = True
        if q.aspect:
            out["aspect"] = q.aspect
        if q.options and q.options_from != OPTIONS_FROM_SECTORS:
            out["options"] = list(q.options)
        if q.options_from:
            out["options_from"] = q.options_from
        if q.minimum is not None:
            out["minimum"] = q.minimum
        if q.maximum is not None:
            out["maximum"] = q.maximum
        return out

    return {
        "format": FORMAT,
        "format_version": FORMAT_VERSION,
        "title": definition.title,
        "instructions": definition.instructions,
        "parts": [
            {
                "title": p.title,
                "description": p.description,
                "questions": [question(q) for q in p.questions],
            }
            for p in definition.parts
        ],
    }


def _get(data: Mapping[str, Any], name: str, kind: type, where: str, default: Any = None) -> Any:
    value = data.get(name, default)
    if value is None and default is None:
        raise DefinitionError(f"{where}: {name} is missing")
    if kind is float and isinstance(value, int) and not isinstance(value, bool):
        return float(value)
    if not isinstance(value, kind):
        raise DefinitionError(f"{where}: {name} must be {kind.__name__}, not {value!r}")
    return value


def from_dict(data: Any) -> SurveyDefinition:
    """Read a definition (stored or from a JSON file) and validate it."""
    if not isinstance(data, Mapping):
        raise DefinitionError("the file does not hold a survey (expected a JSON object)")
    if data.get("format", FORMAT) != FORMAT:
        raise DefinitionError(f"format: expected {FORMAT!r}, not {data.get('format')!r}")
    if int(data.get("format_version", FORMAT_VERSION)) > FORMAT_VERSION:
        raise DefinitionError("format_version: made by a newer EcoDesk; update to read it")
    parts_data = _get(data, "parts", list, "survey")
    parts = []
    for p_no, pd in enumerate(parts_data, 1):
        where_p = f"part {p_no}"
        if not isinstance(pd, Mapping):
            raise DefinitionError(f"{where_p}: expected an object")
        questions = []
        for q_no, qd in enumerate(_get(pd, "questions", list, where_p, []), 1):
            where = f"{where_p}, question {q_no}"
            if not isinstance(qd, Mapping):
                raise DefinitionError(f"{where}: expected an object")
            minimum = qd.get("minimum")
            maximum = qd.get("maximum")
            questions.append(
                Question(
                    key=_get(qd, "key", str, where),
                    kind=_get(qd, "kind", str, where),
                    text=_get(qd, "text", str, where),
                    required=bool(qd.get("required", False)),
                    aspect=_get(qd, "aspect", str, where, ""),
                    options=[str(o) for o in _get(qd, "options", list, where, [])],
                    options_from=_get(qd, "options_from", str, where, ""),
                    minimum=None if minimum is None else _get(qd, "minimum", float, where),
                    maximum=None if maximum is None else _get(qd, "maximum", float, where),
                )
            )
        parts.append(
            Part(
                title=_get(pd, "title", str, where_p),
                description=_get(pd, "description", str, where_p, ""),
                questions=questions,
            )
        )
    definition = SurveyDefinition(
        title=_get(data, "title", str, "survey"),
        instructions=_get(data, "instructions", str, "survey", ""),
        parts=parts,
    )
    definition.validate()
    return definition


def loads(text: str) -> SurveyDefinition:
    try:
        data = json.loads(text)
    except json.JSONDecodeError as exc:
        raise DefinitionError(
            f"not valid JSON: line {exc.lineno}, column {exc.colno}: {exc.msg}"
        ) from exc
    return from_dict(data)


def dumps(definition: SurveyDefinition) -> str:
    return json.dumps(to_dict(definition), ensure_ascii=False, indent=2) + "\n"
