"""The plugin's one HTTP transport (QGIS network stack: proxy, SSL, authcfg apply)."""

from .http import HttpError, HttpResponse, redact_headers, redact_url, request  # noqa: F401
