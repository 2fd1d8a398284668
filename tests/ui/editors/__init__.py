"""Tests of the editors (psoas_timer.ui.editors)."""
