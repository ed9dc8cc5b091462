"""What keeps the web UI safe when it faces a network: response headers, staff sign-in, CSRF.

Headers (every response): a Content-Security-Policy without inline script (page scripts are files
under /static and read their settings from `data-` attributes; the one `<style>` OpenSeadragon's
viewer adds itself is allowed by its hash, see metp/web/static/vendor/VENDORED.md), `nosniff`,
`Referrer-Policy: same-origin`, no framing (`frame-ancestors 'none'`, `X-Frame-Options: DENY`).

Staff (not in `--public`, where the staff routes do not exist):
- a one-time login URL is printed on stderr when the server starts (its token works once), and with
  `--token-file F` the file's token signs in too (a form at /login) and lets API clients send
  `Authorization: Bearer TOKEN`;
- signing in sets an HttpOnly, SameSite=Strict session cookie (sessions live in the server's memory and
  end when it stops, after 12 hours, or at /logout);
- every form carries a CSRF token that must equal the HttpOnly, SameSite=Strict `metp_csrf` cookie
  (double submit; bearer clients send no cookies and need none); a POST from another origin is refused.
Without credentials a staff route answers 401; with a bad CSRF token or a foreign origin, 403.
"""

from __future__ import annotations

import hmac
import secrets
import threading
import time
from pathlib import Path

from metp.errors import UsageError

# The hash of OpenSeadragon 6.1.1's own <style> (tests/test_web.py recomputes it from the vendored file).
OSD_STYLE_HASH = "'sha256-9xTiqzfwFaL2SGb1rmr8gysEwVVjIvqWAgmZgqFqpEE='"
CSP = ("default-src 'self'; script-src 'self'; style-src 'self' " + OSD_STYLE_HASH + "; img-src 'self' data: blob:; "
       "connect-src 'self'; font-src 'self'; object-src 'none'; base-uri 'none'; form-action 'self'; "
       "frame-ancestors 'none'")
HEADERS = [
    (b"content-security-policy", CSP.encode()),
    (b"x-content-type-options", b"nosniff"),
    (b"referrer-policy", b"same-origin"),
    (b"x-frame-options", b"DENY"),
    (b"cross-origin-opener-policy", b"same-origin"),
    (b"cross-origin-resource-policy", b"same-origin"),
    (b"permissions-policy", b"camera=(), microphone=(), geolocation=(), interest-cohort=()"),
]
SESSION_COOKIE = "metp_session"
CSRF_COOKIE = "metp_csrf"
SESSION_SECONDS = 12 * 3600
MIN_TOKEN_CHARS = 16


class SecurityHeaders:
    """ASGI middleware: the headers above on every HTTP response (a route's own CSP is kept)."""

    def __init__(self, app):
        self.app = app

    async def __call__(self, scope, receive, send):
        if scope["type"] != "http":
            return await self.app(scope, receive, send)

        async def sending(message):
            if message["type"] == "http.response.start":
                present = {name.lower() for name, _ in message.get("headers", [])}
                message = {**message, "headers": [*message.get("headers", []),
                                                  *((k, v) for k, v in HEADERS if k not in present)]}
            await send(message)

        return await self.app(scope, receive, sending)


def read_token_file(path: Path) -> str:
    try:
        token = Path(path).read_text(encoding="utf-8").strip()
    except (OSError, UnicodeDecodeError) as exc:
        raise UsageError(f"cannot read the token file {path} ({exc}); write a token of "
                         f"{MIN_TOKEN_CHARS} or more characters into it") from exc
    if len(token) < MIN_TOKEN_CHARS or any(c.isspace() for c in token):
        raise UsageError(f"the token in {path} must be one word of {MIN_TOKEN_CHARS} or more characters, "
                         "e.g. the output of `python3 -c 'import secrets; print(secrets.token_urlsafe(32))'`")
    return token


class StaffAuth:
    """Who is staff: the one-time login token, the token file's token, and live sessions."""

    def __init__(self, token: str | None = None):
        self.token = token                                  # from --token-file: login form and Bearer
        self.login_token: str | None = secrets.token_urlsafe(24)  # printed once; works once
        self._sessions: dict[str, float] = {}
        self._lock = threading.Lock()

    def use_login_token(self, offered: str) -> bool:
        with self._lock:
            if self.login_token and offered and hmac.compare_digest(offered.encode(), self.login_token.encode()):
                self.login_token = None
                return True
        return False

    def token_matches(self, offered: str | None) -> bool:
        return bool(self.token and offered and hmac.compare_digest(offered.encode(), self.token.encode()))

    def new_session(self) -> str:
        sid = secrets.token_urlsafe(32)
        with self._lock:
            now = time.time()
            self._sessions = {s: t for s, t in self._sessions.items() if t > now}
            self._sessions[sid] = now + SESSION_SECONDS
        return sid

    def session_valid(self, sid: str | None) -> bool:
        if not sid:
            return False
        with self._lock:
            expires = self._sessions.get(sid)
            return expires is not None and expires > time.time()

    def end_session(self, sid: str | None) -> None:
        with self._lock:
            self._sessions.pop(sid or "", None)

    def bearer(self, request) -> str | None:
        header = request.headers.get("authorization", "")
        scheme, _, value = header.partition(" ")
        return value.strip() if scheme.lower() == "bearer" else None

    def is_staff(self, request) -> bool:
        return self.session_valid(request.cookies.get(SESSION_COOKIE)) or self.token_matches(self.bearer(request))


def new_csrf_token() -> str:
    return secrets.token_urlsafe(24)


def csrf_ok(request, form) -> bool:
    cookie = request.cookies.get(CSRF_COOKIE, "")
    offered = str(form.get("csrf", ""))
    return bool(cookie and offered) and hmac.compare_digest(cookie.encode(), offered.encode())


def same_origin(request) -> bool:
    """A POST's Origin (when the browser sends one) must be this server's own."""
    origin = request.headers.get("origin")
    if origin is None:
        return True
    host = request.headers.get("host", "")
    return origin in (f"http://{host}", f"https://{host}")


def cookie_options(request) -> dict:
    return {"httponly": True, "samesite": "strict", "secure": request.url.scheme == "https", "path": "/"}
