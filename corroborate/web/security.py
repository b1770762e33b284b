"""What lets the web app be shared: headers, allowed hosts, guarded writes.

- Every response carries a strict Content-Security-Policy (scripts and
  styles only from files this app serves, never inline), ``nosniff``, no
  framing and a same-origin referrer policy.
- The Host header must name this server (loopback names, plus what
  ``serve --allowed-host`` adds), which defeats DNS rebinding.
- Reads are open. A route that writes declares ``dependencies=[WRITE]``:
  with a token configured it needs ``Authorization: Bearer TOKEN`` or the
  session cookie ``/login`` sets; without one, it is served to this machine
  only (loopback clients). A browser form also needs its CSRF field: an HMAC
  of the ``SameSite=Strict`` CSRF cookie under a per-process secret.
"""

from __future__ import annotations

import dataclasses
import hashlib
import hmac
import ipaddress
import secrets
from collections.abc import Sequence
from urllib.parse import urlsplit

from fastapi import Depends, FastAPI, HTTPException, Request
from fastapi.responses import Response
from markupsafe import Markup
from starlette.datastructures import MutableHeaders
from starlette.middleware.trustedhost import TrustedHostMiddleware
from starlette.types import ASGIApp, Message, Receive, Scope, Send

LOOPBACK_HOSTS = ("localhost", "127.0.0.1", "[::1]")
CSRF_COOKIE = "corroborate_csrf"
CSRF_FIELD = "csrf"
SESSION_COOKIE = "corroborate_session"
MIN_TOKEN_LENGTH = 16
CONTENT_SECURITY_POLICY = "; ".join([
    "default-src 'none'",
    "script-src 'self'",
    "style-src 'self'",
    "img-src 'self' data:",  # Swagger UI draws its icons as data: SVGs
    "font-src 'self'",
    "connect-src 'self'",
    "form-action 'self'",
    "frame-ancestors 'none'",
    "base-uri 'none'",
])  # fmt: skip
SECURITY_HEADERS = {
    "Content-Security-Policy": CONTENT_SECURITY_POLICY,
    "X-Content-Type-Options": "nosniff",
    "X-Frame-Options": "DENY",
    "Referrer-Policy": "same-origin",
    "Cross-Origin-Opener-Policy": "same-origin",
    "Cross-Origin-Resource-Policy": "same-origin",
    "Permissions-Policy": "camera=(), microphone=(), geolocation=()",
}


@dataclasses.dataclass(frozen=True, slots=True)
class Access:
    """Who may write: the token (None: loopback clients only) or nobody."""

    token: str | None = None
    read_only: bool = False
    secret: bytes = dataclasses.field(default_factory=lambda: secrets.token_bytes(32))


def secure(app: FastAPI, *, allowed_hosts: Sequence[str] = (), access: Access) -> None:
    """Add the header and host middleware to ``app`` and keep ``access`` on it.

    Args:
        app: the web app.
        allowed_hosts: names or addresses besides the loopback ones that the
            Host header may carry (``example.org``, ``*.example.org``, ``10.0.0.5``).
        access: who may write.
    """
    app.state.access = access
    hosts = list(dict.fromkeys([*LOOPBACK_HOSTS, *(h.lower() for h in allowed_hosts)]))
    app.add_middleware(TrustedHostMiddleware, allowed_hosts=hosts, www_redirect=False)
    app.add_middleware(SecurityHeaders)  # outermost: refusals carry the headers too


class SecurityHeaders:
    """ASGI middleware setting ``SECURITY_HEADERS`` on every HTTP response."""

    def __init__(self, app: ASGIApp) -> None:
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return

        async def send_with_headers(message: Message) -> None:
            if message["type"] == "http.response.start":
                headers = MutableHeaders(scope=message)
                for name, value in SECURITY_HEADERS.items():
                    headers[name] = value
            await send(message)

        await self.app(scope, receive, send_with_headers)


def is_loopback(host: str) -> bool:
    """Whether a host name or address (``[::1]`` brackets allowed) is this machine."""
    host = host.strip("[]").lower()
    if host == "localhost":
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False


# -- CSRF and the login session ---------------------------------------------------


def csrf_input(request: Request) -> Markup:
    """The hidden form field a write form needs (a Jinja global).

    The CSRF cookie it is derived from is set on the page by ``set_cookies``.
    """
    value = _csrf_value(request, _csrf_cookie(request))
    return Markup('<input type="hidden" name="{}" value="{}">').format(
        CSRF_FIELD, value
    )


def set_cookies(request: Request, response: Response) -> None:
    """Set the CSRF cookie when this request created it (``SameSite=Strict``)."""
    created = getattr(request.state, "new_csrf_cookie", None)
    if created:
        response.set_cookie(
            CSRF_COOKIE, created, httponly=True, samesite="strict", path="/"
        )


def _csrf_cookie(request: Request) -> str:
    """The browser's CSRF cookie, or a new one (set on the response later)."""
    cookie = request.cookies.get(CSRF_COOKIE) or getattr(
        request.state, "new_csrf_cookie", None
    )
    if not cookie:
        cookie = request.state.new_csrf_cookie = secrets.token_urlsafe(32)
    return cookie


def _csrf_value(request: Request, cookie: str) -> str:
    access: Access = request.app.state.access
    return hmac.new(access.secret, cookie.encode(), hashlib.sha256).hexdigest()


def _same(given: str, expected: str) -> bool:
    """String equality in constant time (any characters, unlike ``compare_digest``)."""
    return hmac.compare_digest(given.encode(), expected.encode())


def token_matches(access: Access, given: str) -> bool:
    """Whether ``given`` is the server's token."""
    return access.token is not None and _same(given, access.token)


def session_value(access: Access) -> str:
    """The session cookie's value once logged in: an HMAC of the token."""
    assert access.token is not None
    return hmac.new(
        access.token.encode(), b"corroborate session", hashlib.sha256
    ).hexdigest()


def logged_in(request: Request) -> bool:
    """Whether the request carries the session cookie of the current token."""
    access: Access = request.app.state.access
    cookie = request.cookies.get(SESSION_COOKIE)
    return bool(access.token and cookie and _same(cookie, session_value(access)))


def write_state(request: Request) -> str:
    """What pages offer for writing: ``open`` (forms), ``login`` or ``closed``."""
    access: Access = request.app.state.access
    if access.read_only:
        return "closed"
    if access.token is not None:
        return "open" if logged_in(request) else "login"
    client = request.client.host if request.client else ""
    return "open" if is_loopback(client) else "closed"


async def check_csrf(request: Request) -> None:
    """Refuse a form post from another site or with a missing or stale CSRF field.

    Raises:
        HTTPException: 403 naming what failed.
    """
    origin = request.headers.get("origin")
    if origin is not None and urlsplit(origin).netloc != request.headers.get("host"):
        raise HTTPException(403, f"cross-site request from {origin} refused")
    cookie = request.cookies.get(CSRF_COOKIE)
    form = await request.form()
    given = form.get(CSRF_FIELD) or request.headers.get("x-csrf-token")
    if not (
        cookie and isinstance(given, str) and _same(given, _csrf_value(request, cookie))
    ):
        raise HTTPException(
            403,
            "the form's CSRF token is missing or stale (cookies off, or the "
            "server restarted): reload the page and submit again",
        )


async def require_write(request: Request) -> None:
    """Let a write through only as the module docstring says.

    Raises:
        HTTPException: 403 on a read-only server, for a client beyond
            loopback when no token is set, or when the CSRF check fails;
            401 when the token is wrong or missing.
    """
    access: Access = request.app.state.access
    if access.read_only:
        raise HTTPException(403, "this server is read-only (serve --read-only)")
    auth = request.headers.get("authorization")
    if auth is not None:
        scheme, _, given = auth.partition(" ")
        if not (scheme.lower() == "bearer" and token_matches(access, given.strip())):
            raise HTTPException(
                401,
                "wrong token in the Authorization header (expected Bearer TOKEN "
                "as given to serve --token)",
                headers={"WWW-Authenticate": "Bearer"},
            )
        return  # a browser cannot send this header cross-site: no CSRF check needed
    client = request.client.host if request.client else ""
    if access.token is None and not is_loopback(client):
        raise HTTPException(
            403,
            "writes are served to this machine only; start the server with "
            "--token to allow them from elsewhere",
        )
    if access.token is not None and not logged_in(request):
        raise HTTPException(
            401,
            "writing needs the server's token: log in at /login, or send "
            "Authorization: Bearer TOKEN",
        )
    await check_csrf(request)


WRITE = Depends(require_write)
"""Give a write route ``dependencies=[WRITE]``."""
