"""Start-up: the ``psoas-timer`` command's entry point (:mod:`.launch`) and what
keeps start-up cheap (:mod:`.long_lived`). The path from there: the entry point
hands the command line to :mod:`psoas_timer.cli`, which parses it
(:mod:`psoas_timer.arguments`) and runs a command or hands the window's options
to :func:`psoas_timer.app.run`.
"""
