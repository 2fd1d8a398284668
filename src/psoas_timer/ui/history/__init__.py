"""History: recording finished sessions, the after-exercise self-check, and the history page."""
