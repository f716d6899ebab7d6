"""User-facing messages produced below the Qt line, and the error that carries one.

The lowest layer: store, domain, exchange, documents and the CLI all use it; it imports nothing of ours.


The domain cannot call Qt's translator, so it returns `Message` values: a translation context, the
English source text with `{placeholders}`, and the values for them. The GUI translates them with
`QCoreApplication.translate`, the command line with `desktop.i18n.catalog`; both read the same
zh_CN catalogue. The marker function is named `QT_TRANSLATE_NOOP` because that is the name Qt's
lupdate looks for when it collects texts to translate; lupdate only sees calls with exactly two
literal arguments, so placeholders are filled with `.format(...)` on the returned Message.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from types import MappingProxyType
from typing import Any, Callable, Mapping

Translate = Callable[[str, str], str]  # (context, English source) -> text in the user's language


@dataclass(frozen=True)
class Message:
    context: str
    source: str
    params: Mapping[str, Any] = field(default_factory=lambda: MappingProxyType({}))

    def format(self, **params: Any) -> "Message":
        """The same text with values for its placeholders."""
        return Message(self.context, self.source, MappingProxyType({**self.params, **params}))

    def render(self, translate: Translate | None = None) -> str:
        """The text in the language `translate` gives (English without one), placeholders filled.

        A placeholder value may itself be a Message (a status name inside a sentence); it is
        translated the same way."""
        text = translate(self.context, self.source) if translate else self.source
        values = {k: v.render(translate) if isinstance(v, Message) else v for k, v in self.params.items()}
        return text.format(**values)

    def __str__(self) -> str:
        return self.render()


def QT_TRANSLATE_NOOP(context: str, source: str) -> Message:  # noqa: N802 - name read by lupdate
    return Message(context, source)


class UserError(Exception):
    """Something the user can fix; shown as one plain sentence in their language, never a traceback."""

    def __init__(self, message: Message):
        super().__init__(str(message))
        self.message = message
