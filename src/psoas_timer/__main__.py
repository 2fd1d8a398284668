import sys

from psoas_timer.launch import main

sys.exit(main())
