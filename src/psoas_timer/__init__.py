"""psoas-timer: a guided timer for psoas strengthening and release exercises."""

__version__ = "0.1.0"
