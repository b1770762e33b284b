"""Built-in extractors; importing this package registers them."""

from . import (
    claims,  # noqa: F401
    dates,  # noqa: F401
    entities,  # noqa: F401
    events,  # noqa: F401
    places,  # noqa: F401
    quantities,  # noqa: F401
)
