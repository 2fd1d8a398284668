"""Shared by every screen: theme, message boxes, pages, shortcuts, art, time text, visibility."""
