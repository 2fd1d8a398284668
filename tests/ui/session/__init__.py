"""Tests of the session screen (psoas_timer.ui.session)."""
