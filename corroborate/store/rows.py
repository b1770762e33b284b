"""Records from table rows."""

from __future__ import annotations

import json
from typing import Any

from ..records import Article


def article_from_row(row: Any) -> Article:
    """An article from its row: the text column and the JSON of the rest."""
    data = json.loads(row["data"])
    data["text"] = row["text"]
    return Article.from_dict(data)
