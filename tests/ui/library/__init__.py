"""Tests of the library page (psoas_timer.ui.library)."""
