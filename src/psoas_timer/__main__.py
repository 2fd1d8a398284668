import sys

from psoas_timer.startup.launch import main

sys.exit(main())
