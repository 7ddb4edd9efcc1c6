"""Dialogs, docks and GUI wiring. No domain logic here: everything computes in core/."""
