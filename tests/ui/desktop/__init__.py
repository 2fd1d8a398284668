"""Tests of the desktop companion (psoas_timer.ui.desktop)."""
