"""Reading a Qt .ts catalogue without Qt, for messages printed by the command line."""

from __future__ import annotations

import xml.etree.ElementTree as ET
from functools import lru_cache

from desktop.messages import Message, Translate
from desktop.resources import resource_path


def catalogue_path(language: str):
    return resource_path("translations", f"uniondesk_{language}.ts")


@lru_cache(maxsize=4)
def load_catalogue(language: str) -> dict[tuple[str, str], str]:
    """{(context, English source): translation} for the finished entries of a catalogue."""
    path = catalogue_path(language)
    if language == "en" or not path.exists():
        return {}
    entries = {}
    for context in ET.parse(path).getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            translation = message.find("translation")
            if translation is None or translation.get("type") in ("unfinished", "obsolete", "vanished"):
                continue
            if translation.text:
                entries[(name, message.findtext("source") or "")] = translation.text
    return entries


def translator(language: str) -> Translate:
    entries = load_catalogue(language)
    return lambda context, source: entries.get((context, source), source)


def render(message: Message, language: str) -> str:
    return message.render(translator(language))
