"""Tests of the shared UI parts (psoas_timer.ui.common)."""
