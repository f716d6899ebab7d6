"""Where the files shipped beside the code live (fonts, translations, code tables)."""

from pathlib import Path

RESOURCES_DIR = Path(__file__).resolve().parent.parent / "resources"


def resource_path(*parts: str) -> Path:
    """Path of a shipped resource file, e.g. resource_path("codes", "code_tables.json")."""
    return RESOURCES_DIR.joinpath(*parts)
