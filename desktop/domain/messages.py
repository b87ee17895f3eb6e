"""User-facing messages raised below the UI.

A message carries its *source text* and a translation context; it is translated where it is
shown (the UI or the CLI), through Qt's catalogue. ``QT_TRANSLATE_NOOP`` marks the text for
pyside6-lupdate without needing Qt here.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:  # noqa: N802 - the name lupdate looks for
    return text


def QT_TRANSLATE_NOOP3(context: str, text: str, disambiguation: str) -> str:  # noqa: N802 - as above
    """A text marked with a disambiguation (the same source text meaning something else)."""
    return text


@dataclass(frozen=True)
class Message:
    """A translatable message: context + source text + named placeholders."""

    context: str
    text: str
    params: dict[str, Any] = field(default_factory=dict)

    def render(self, translate) -> str:
        """Translate with ``translate(context, text)`` then fill ``{name}`` placeholders."""
        translated = translate(self.context, self.text)
        params = {
            k: (v.render(translate) if isinstance(v, Message) else v)
            for k, v in self.params.items()
        }
        try:
            return translated.format(**params)
        except (KeyError, IndexError, ValueError):
            return self.text.format(**params)

    def as_dict(self) -> dict[str, Any]:
        """The message as plain data, to keep in a report stored as JSON: a placeholder's value
        that is itself a message (a label to translate) becomes such a dict too, and
        ``from_dict`` gives the message back to translate where the report is shown."""
        return {
            "context": self.context,
            "text": self.text,
            "params": {
                k: (v.as_dict() if isinstance(v, Message) else v) for k, v in self.params.items()
            },
            "message": str(self),
        }

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Message:
        params = {
            k: (cls.from_dict(v) if isinstance(v, dict) else v)
            for k, v in (data.get("params") or {}).items()
        }
        return cls(str(data["context"]), str(data["text"]), params)

    def __str__(self) -> str:  # untranslated fallback, never shown when a translator exists
        return self.render(lambda _c, t: t)


class UserError(Exception):
    """An error a user can act on. Carries a translatable message, never a traceback."""

    def __init__(self, message: Message):
        super().__init__(str(message))
        self.message = message


class NotFound(UserError):
    pass


@dataclass(frozen=True)
class FieldProblem:
    field: str
    message: Message


class ValidationError(UserError):
    """One or more fields are invalid. Nothing was written."""

    def __init__(self, problems: list[FieldProblem]):
        self.problems = list(problems)
        first = (
            self.problems[0].message if self.problems else Message("Validation", "Invalid input.")
        )
        super().__init__(first)

    @property
    def fields(self) -> list[str]:
        return [p.field for p in self.problems]

    def for_field(self, name: str) -> Message | None:
        for p in self.problems:
            if p.field == name:
                return p.message
        return None
