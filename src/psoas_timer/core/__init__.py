"""The Qt-free core: catalogue, routines, timeline compiler and session state machine.

Nothing in this package may import Qt; ``tests/core/test_purity.py`` checks it.
"""
