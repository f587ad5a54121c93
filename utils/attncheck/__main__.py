"""`python3 -m attncheck ...` (utils/ on the path) or `python3 utils/attncheck ...`."""
import os
import sys

if not __package__:
    # run as `python3 utils/attncheck`: import the package from utils/
    sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
    from attncheck.cli import main
else:
    from .cli import main

sys.exit(main())
