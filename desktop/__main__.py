"""`python -m desktop` behaves exactly like the `uniondesk` command."""

import sys

from desktop.cli import main

sys.exit(main())
