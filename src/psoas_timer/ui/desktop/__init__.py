"""The desktop companion: the tray icon, desktop notifications and sitting reminders."""
