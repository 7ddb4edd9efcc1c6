"""Errors that name the file and the object, so a planner knows what to fix."""

from .i18n import tr


class UrbanTwinError(Exception):
    """An error meant for the user: a translated message plus where it happened.

    ``message`` is already translated (built with tr()); ``path``, ``obj`` (gml:id or object
    id) and ``line`` locate the problem. ``str(err)`` gives one readable sentence.
    """

    def __init__(self, message, path=None, obj=None, line=None):
        super().__init__(message)
        self.message = message
        self.path = path
        self.obj = obj
        self.line = line

    def __str__(self):
        parts = []
        if self.path:
            parts.append(tr("File {}").format(self.path))
        if self.obj:
            parts.append(tr("object {}").format(self.obj))
        if self.line:
            parts.append(tr("line {}").format(self.line))
        where = ", ".join(parts)
        return "{}: {}".format(where, self.message) if where else self.message


class InputFormatError(UrbanTwinError):
    """The input is not what the reader expects (wrong format, broken XML, truncated file)."""


class CancelledError(UrbanTwinError):
    """The user cancelled; outputs have been rolled back."""

    def __init__(self, message=None):
        super().__init__(message or tr("Cancelled by the user."))
