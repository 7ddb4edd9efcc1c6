"""HTTP through QGIS's network stack.

Every request goes through ``QgsBlockingNetworkRequest`` (so the QGIS proxy settings, custom CAs
and SSL handling of the profile and the auth configuration ``authcfg`` apply). Rules:

* a timeout on every call (``QNetworkRequest.setTransferTimeout``);
* retries only for safe/idempotent requests and only on connection errors, timeouts and
  408/429/502/503/504, with exponential backoff that honours ``Retry-After``;
* TLS verification is never switched off (there is no option for it);
* logs carry the method, a redacted URL and the status — never credentials or tokens.
"""

import datetime
import email.utils
import json
import random
import time
import urllib.parse

from qgis.core import Qgis, QgsBlockingNetworkRequest, QgsMessageLog
from qgis.PyQt.QtCore import QByteArray, QUrl
from qgis.PyQt.QtNetwork import QNetworkRequest

from ..errors import UrbanTwinError
from ..i18n import tr

LOG_TAG = "Urban Twin"
RETRY_STATUSES = frozenset({408, 429, 502, 503, 504})
SAFE_METHODS = frozenset({"GET", "HEAD", "PUT", "DELETE"})
SECRET_HEADERS = frozenset({"authorization", "proxy-authorization", "x-api-key", "cookie", "set-cookie"})
SECRET_QUERY_KEYS = frozenset({"token", "access_token", "api_key", "apikey", "key", "password", "secret"})
MAX_BACKOFF_S = 60.0

# tests may lower the backoff base so that retries do not sleep for real seconds
BACKOFF_BASE_S = 1.0


class HttpError(UrbanTwinError):
    """A failed request: ``status`` is the HTTP status (0 = no answer: connection error/timeout).

    ``kind`` tells the caller what went wrong, so an unreachable server (offline: fall back to the last
    seen copy) is never confused with a slow one or an untrusted certificate (both: an error, never an
    empty result): 'connection', 'timeout', 'tls', 'http' (an error status), 'protocol' (a 2xx answer that
    is not what the protocol promises, e.g. a proxy's HTML login page), 'cancelled'."""

    def __init__(self, message, url=None, status=0, body=b"", attempts=1, kind=None):
        super().__init__(message, path=redact_url(url) if url else None)
        self.status = status
        self.body = body
        self.url = url
        self.attempts = attempts
        self.kind = kind or ("http" if status else "connection")

    def server_message(self):
        """The message a server put into its error body (pygeoapi ``description``), or ''."""
        try:
            payload = json.loads(self.body.decode("utf-8"))
        except (ValueError, UnicodeDecodeError, AttributeError):
            return ""
        if isinstance(payload, dict):
            return str(payload.get("description") or payload.get("message") or payload.get("error") or "")
        return ""


class HttpResponse:
    def __init__(self, status, headers, body, url):
        self.status = status
        self.headers = headers  # lower-case names
        self.body = body
        self.url = url

    def json(self):
        try:
            return json.loads(self.body.decode("utf-8"))
        except (ValueError, UnicodeDecodeError) as err:
            raise HttpError(tr("The server did not answer with valid JSON: {}").format(err), url=self.url, status=self.status,
                            kind="protocol") from err

    def content_type(self):
        return (self.headers.get("content-type") or "").split(";")[0].strip().lower()


def redact_url(url):
    """The URL without user info and without the values of secret-looking query parameters."""
    parts = urllib.parse.urlsplit(url)
    netloc = parts.hostname or ""
    if parts.port:
        netloc += ":{}".format(parts.port)
    query = urllib.parse.parse_qsl(parts.query, keep_blank_values=True)
    query = [(k, "***" if k.lower() in SECRET_QUERY_KEYS else v) for k, v in query]
    return urllib.parse.urlunsplit((parts.scheme, netloc, parts.path, urllib.parse.urlencode(query), ""))


def redact_headers(headers):
    return {k: ("***" if k.lower() in SECRET_HEADERS else v) for k, v in (headers or {}).items()}


def is_loopback(url):
    host = (urllib.parse.urlsplit(url).hostname or "").lower()
    return host in ("127.0.0.1", "localhost", "::1")


def check_write_url(url):
    """Writes go over https only (plain http is accepted for loopback test servers)."""
    scheme = urllib.parse.urlsplit(url).scheme.lower()
    if scheme == "https" or (scheme == "http" and is_loopback(url)):
        return
    raise HttpError(tr("Refusing to send data over an unencrypted connection; use https://."), url=url)


def retry_after_seconds(value, now=None):
    """Seconds to wait from a Retry-After header (delta seconds or HTTP date), or None."""
    if not value:
        return None
    value = value.strip()
    if value.isdigit():
        return float(value)
    try:
        when = email.utils.parsedate_to_datetime(value)
    except (TypeError, ValueError):
        return None
    now = now or datetime.datetime.now(datetime.timezone.utc)
    return max(0.0, (when - now).total_seconds())


def backoff_seconds(attempt, retry_after=None):
    """Full-jitter exponential backoff; a server's Retry-After wins (capped)."""
    if retry_after is not None:
        return min(MAX_BACKOFF_S, retry_after)
    return random.uniform(0, min(MAX_BACKOFF_S, BACKOFF_BASE_S * (2 ** attempt)))


def _log(message, level=Qgis.MessageLevel.Info):
    QgsMessageLog.logMessage(message, LOG_TAG, level)


def _send_once(method, url, body, headers, authcfg, timeout_s, feedback):
    req = QNetworkRequest(QUrl(url))
    req.setTransferTimeout(int(timeout_s * 1000))
    for name, value in (headers or {}).items():
        req.setRawHeader(name.encode("latin-1"), value.encode("latin-1"))
    blocking = QgsBlockingNetworkRequest()
    if authcfg:
        blocking.setAuthCfg(authcfg)
    data = QByteArray(body or b"")
    if method == "GET":
        code = blocking.get(req, True, feedback)
    elif method == "HEAD":
        code = blocking.head(req, True, feedback)
    elif method == "POST":
        code = blocking.post(req, data, True, feedback)
    elif method == "PUT":
        code = blocking.put(req, data, feedback)
    elif method == "DELETE":
        code = blocking.deleteResource(req, feedback)
    else:
        raise ValueError(method)
    reply = blocking.reply()
    network_error = int(reply.error())
    status = reply.attribute(QNetworkRequest.Attribute.HttpStatusCodeAttribute)
    status = int(status) if status else 0
    reply_headers = {bytes(k).decode("latin-1").lower(): bytes(reply.rawHeader(k)).decode("latin-1") for k in reply.rawHeaderList()}
    content = bytes(reply.content())
    if code == QgsBlockingNetworkRequest.ErrorCode.TimeoutError:
        status = 0
    error_text = blocking.errorMessage() if code != QgsBlockingNetworkRequest.ErrorCode.NoError else ""
    return status, reply_headers, content, error_text, failure_kind(status, code, network_error, feedback)


# QNetworkReply.NetworkError values (stable across Qt 5 and 6)
_QT_TIMEOUT, _QT_CANCELLED, _QT_SSL = 4, 5, 6


def failure_kind(status, code, network_error, feedback=None):
    """Why a request got no HTTP answer: 'timeout' (Qt's transfer timeout aborts the reply as "operation
    cancelled", QGIS reports no error for it), 'tls', 'cancelled' or 'connection'; None when it got one."""
    if status:
        return None
    if feedback is not None and feedback.isCanceled():
        return "cancelled"
    if code == QgsBlockingNetworkRequest.ErrorCode.TimeoutError or network_error in (_QT_TIMEOUT, _QT_CANCELLED):
        return "timeout"
    if network_error == _QT_SSL:
        return "tls"
    return "connection"


def request(method, url, body=None, headers=None, authcfg=None, timeout_s=30, retries=3, idempotent=None, feedback=None, sleep=time.sleep):
    """Send one HTTP request and return an HttpResponse for a 2xx/3xx answer; raise HttpError otherwise.

    ``idempotent`` defaults to True for GET/HEAD/PUT/DELETE; a POST may be declared idempotent
    by the caller when it carries a client-made id (a repeat cannot duplicate). Only idempotent
    requests are retried. ``authcfg`` is the id of a QGIS auth configuration (never a secret).
    """
    method = method.upper()
    if idempotent is None:
        idempotent = method in SAFE_METHODS
    if method in ("POST", "PUT", "DELETE"):
        check_write_url(url)
    attempts = (retries + 1) if idempotent else 1
    last_error = None
    for attempt in range(attempts):
        if feedback is not None and feedback.isCanceled():
            raise HttpError(tr("Cancelled by the user."), url=url, kind="cancelled")
        status, reply_headers, content, error_text, kind = _send_once(method, url, body, headers, authcfg, timeout_s, feedback)
        if feedback is not None and feedback.isCanceled():
            raise HttpError(tr("Cancelled by the user."), url=url, kind="cancelled")  # aborted mid-request: no retry, no backoff
        _log("{} {} → {}".format(method, redact_url(url), status or error_text or "no answer"))
        if 200 <= status < 400:
            return HttpResponse(status, reply_headers, content, url)
        if kind == "timeout":
            message = tr("The server did not answer in {} s.").format(_seconds(timeout_s))
        elif kind == "tls":
            message = tr("The server's TLS certificate could not be verified ({}); nothing was sent or read. If the server is "
                         "trustworthy, add its certificate authority in the QGIS authentication settings.").format(error_text)
        elif status == 0:
            message = tr("No answer from the server (connection failed): {}").format(error_text)
        elif status in (401, 403):
            message = tr("The server refused the credentials (HTTP {}). Check or renew the authentication configuration of this catalogue.").format(status)
        else:
            message = tr("The server answered HTTP {}.").format(status)
        last_error = HttpError(message, url=url, status=status, body=content, attempts=attempt + 1, kind=kind)
        detail = last_error.server_message()
        if detail:
            last_error.message = "{} {}".format(message, detail)
            last_error.args = (last_error.message,)
        # an untrusted certificate stays untrusted: never retried
        retryable = kind in ("connection", "timeout") or status in RETRY_STATUSES
        if not retryable or attempt == attempts - 1:
            break
        wait = backoff_seconds(attempt, retry_after_seconds(reply_headers.get("retry-after")))
        _log("retrying {} {} in {:.1f} s".format(method, redact_url(url), wait), Qgis.MessageLevel.Warning)
        sleep(wait)
    raise last_error


def _seconds(value):
    return int(value) if float(value).is_integer() else value


def get_json(url, params=None, **kwargs):
    if params:
        url = "{}{}{}".format(url, "&" if "?" in url else "?", urllib.parse.urlencode(params))
    return request("GET", url, headers={"Accept": "application/geo+json, application/json"}, **kwargs).json()
