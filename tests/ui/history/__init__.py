"""Tests of history (psoas_timer.ui.history)."""
