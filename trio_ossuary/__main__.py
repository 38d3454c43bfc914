"""``python -m trio_ossuary``: the same as the ``trio-ossuary`` command."""

import sys

from ._cli.main import main

if __name__ == "__main__":
    sys.exit(main())
