"""Built-in extractors; importing this package registers them."""

from . import entities  # noqa: F401
from . import quantities  # noqa: F401
from . import claims  # noqa: F401
from . import dates  # noqa: F401
from . import events  # noqa: F401
from . import places  # noqa: F401
