"""The session screen: the controller that owns the timer and every part of the screen it drives."""
