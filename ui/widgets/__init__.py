"""Widgets reused by several pages and dialogs."""
