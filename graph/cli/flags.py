"""The flags that the quick reader (quick.py) reads itself, each declared once: the click options
of the group (group.py) and of the read commands (options.py) are made from these."""

ROOT = "--root"
ROOT_ENVVAR = "KGRAPH_ROOT"
QUIET = ("-q", "--quiet")
FORMAT = "--format"
FORMATS = ("table", "json", "csv")
DEFAULT_FORMAT = "table"
ENDPOINT_ENVVAR = "KGRAPH_ENDPOINT"


def is_format(text: str) -> bool:
    """Whether --format can be `text`."""
    return text in FORMATS
