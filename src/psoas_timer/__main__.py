import sys

from psoas_timer.cli import main

sys.exit(main())
