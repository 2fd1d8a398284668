"""The library page: every exercise with its illustration, how-to, form checks and mistakes."""
