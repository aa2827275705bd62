"""`python -m app` starts Circuit Ride (the GUI unless a command is given)."""

import sys

from app.cli import main

sys.exit(main())
