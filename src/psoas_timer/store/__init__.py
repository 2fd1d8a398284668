"""Persistent state: settings, the user's routines and history."""
