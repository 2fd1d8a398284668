"""The Qt user interface. Everything that imports Qt lives in this package."""
