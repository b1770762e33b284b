"""The web app as served (``corroborate serve``, uvicorn on loopback): headers,
the Host check, parameter validation and who may write."""

from __future__ import annotations

import functools
import html
import re
import shutil
import warnings
from collections.abc import Callable, Iterator
from pathlib import Path
from urllib.parse import quote

import httpx
import pytest
from click.testing import CliRunner

from corroborate.cli import cli
from corroborate.store import Store
from corroborate.web import create_app
from corroborate.web.security import CONTENT_SECURITY_POLICY

with warnings.catch_warnings():
    # starlette 1.x asks for the httpx2 fork; plain httpx works the same here
    warnings.simplefilter("ignore", UserWarning)
    from fastapi.testclient import TestClient

TOKEN = "s3cret-token-for-the-tests-0123"
KB_HOST = "kb.example.org"
TIMEOUT = 120  # seconds; a first request may load models on a busy machine
MAIN_PAGES = ["/", "/articles", "/stories", "/entities", "/designations", "/search",
              "/search?q=Albania", "/match", "/api", "/login", "/docs"]  # fmt: skip


@pytest.fixture(scope="module")
def open_url(serve_kb: Callable[..., str], examples_kb: Path) -> str:
    """A server with no token over the shared (read) knowledge base."""
    return serve_kb(examples_kb)


@pytest.fixture(scope="module")
def token_kb(examples_kb: Path, tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A copy of the examples knowledge base that the token server writes to."""
    path = tmp_path_factory.mktemp("token") / "kb.db"
    shutil.copy(examples_kb, path)
    return path


@pytest.fixture(scope="module")
def token_url(serve_kb: Callable[..., str], token_kb: Path) -> str:
    """A server that needs a token to write and also answers to ``KB_HOST``."""
    return serve_kb(token_kb, "--token", TOKEN, "--allowed-host", KB_HOST)


@pytest.fixture
def open_kb(
    serve_kb: Callable[..., str], examples_kb: Path, tmp_path: Path
) -> Iterator[tuple[str, Path]]:
    """A token-less server over a fresh copy, for a test that writes."""
    path = tmp_path / "kb.db"
    shutil.copy(examples_kb, path)
    yield serve_kb(path), path


_reader = httpx.Client(timeout=TIMEOUT)  # one client: its TLS setup costs ~0.3 s
_get = _reader.get
_post = functools.partial(httpx.post, timeout=TIMEOUT)  # a fresh one: no cookies


@pytest.fixture(scope="module", autouse=True)
def _close_reader() -> Iterator[None]:
    yield
    _reader.close()


def _entity_ids(url: str) -> list[str]:
    rows = _get(f"{url}/entities.json?kind=Organization").json()
    return [r["id"] for r in sorted(rows, key=lambda r: -r["mentions"])]


def _decisions(path: Path) -> list[dict[str, object]]:
    with Store(path) as store:
        return store.decisions()


def _form_session(client: httpx.Client, page: str) -> str:
    """GET a page (setting the CSRF cookie in the client) and return its CSRF field."""
    page_html = client.get(page).text
    found = re.search(r'name="csrf" value="([0-9a-f]+)"', page_html)
    assert found, f"no CSRF field on {page}"
    return found.group(1)


# -- headers --------------------------------------------------------------------


@pytest.mark.parametrize(
    ("path", "status"),
    [("/", 200), ("/.json", 200), ("/static/style.css", 200), ("/docs", 200),
     ("/swagger-ui/swagger-ui-bundle.js", 200), ("/articles/nope", 404),
     ("/articles.json?limit=-1", 422)],
)  # fmt: skip
def test_security_headers_on_every_response(
    open_url: str, path: str, status: int
) -> None:
    response = _get(open_url + path)
    assert response.status_code == status
    headers = response.headers
    assert headers["content-security-policy"] == CONTENT_SECURITY_POLICY
    assert "frame-ancestors 'none'" in CONTENT_SECURITY_POLICY
    assert "unsafe-inline" not in CONTENT_SECURITY_POLICY
    assert "script-src 'self'" in CONTENT_SECURITY_POLICY
    assert headers["x-content-type-options"] == "nosniff"
    assert headers["x-frame-options"] == "DENY"
    assert headers["referrer-policy"] == "same-origin"


@pytest.mark.parametrize("path", MAIN_PAGES)
def test_security_pages_have_no_inline_script_or_style(
    open_url: str, path: str
) -> None:
    page = _get(open_url + path).text
    assert not re.search(r"<script(?![^>]*\ssrc=)", page), "inline <script>"
    assert "<style" not in page
    assert not re.search(r"\sstyle=", page)
    assert not re.search(r"\son[a-z]+=", page), "inline event handler"
    assert "https://" not in re.sub(r'<a href="https?://[^"]*"', "", page)


def test_security_docs_served_from_the_package(open_url: str) -> None:
    page = _get(f"{open_url}/docs").text
    sources = re.findall(r'(?:src|href)="([^"]+)"', page)
    assert "/swagger-ui/swagger-ui-bundle.js" in sources
    for source in sources:
        assert source.startswith("/"), f"{source}: not served by the app"
        response = _get(open_url + source)
        assert response.status_code == 200, source
    script = _get(f"{open_url}/swagger-ui/swagger-ui-bundle.js")
    assert "javascript" in script.headers["content-type"]
    assert "SwaggerUIBundle" in script.text


# -- the Host header ----------------------------------------------------------------


@pytest.mark.parametrize("host", ["localhost", "127.0.0.1", "[::1]"])
def test_security_loopback_hosts_are_served(open_url: str, host: str) -> None:
    port = open_url.rsplit(":", 1)[1]
    response = _get(f"{open_url}/.json", headers={"Host": f"{host}:{port}"})
    assert response.status_code == 200


@pytest.mark.parametrize(
    "host", ["attacker.example", "kb.example.org", "127.0.0.1.nip.io"]
)
def test_security_other_hosts_are_refused(open_url: str, host: str) -> None:
    """A DNS-rebinding page reaches the server under its own name: refused."""
    response = _get(f"{open_url}/.json", headers={"Host": host})
    assert response.status_code == 400
    assert "host" in response.text.lower()
    assert response.headers["x-frame-options"] == "DENY"


@pytest.mark.parametrize(
    ("host", "status"), [(KB_HOST, 200), ("attacker.example", 400)]
)
def test_security_allowed_host_option(token_url: str, host: str, status: int) -> None:
    response = _get(f"{token_url}/.json", headers={"Host": host})
    assert response.status_code == status


# -- query parameters -------------------------------------------------------------


@pytest.mark.parametrize(
    ("path", "names"),
    [
        ("/articles.json?limit=99999999999999999999999", "limit"),
        ("/articles.json?limit=-1", "limit"),
        ("/articles?limit=0", "limit"),
        ("/search.json?near=Tirana&km=nan", "km"),
        ("/search.json?near=Tirana&km=inf", "km"),
        ("/search.json?near=Tirana&km=-5", "km"),
        ("/search.json?from=2024-13-45", "from"),
        ("/search.json?to=2024-02-30", "to"),
        ("/search.json?from=last%20year", "from"),
        ("/search?from=2024-13-45", "from"),
        ("/search.json?q=x&limit=abc", "limit"),
        ("/match.json?name=", "name"),
        ("/match.json", "name"),
        ("/match.json?name=MEK&limit=99999999999999999999999", "limit"),
        ("/entities.json?kind=%3Cscript%3E", "kind"),
        ("/articles/x?start=-1&end=3", "start"),
        ("/articles/x?start=1&end=1e400", "end"),
        (f"/search.json?q={'a' * 5000}", "q"),
    ],
)
def test_security_bad_parameters_are_4xx_naming_them(
    open_url: str, path: str, names: str
) -> None:
    response = _get(open_url + path)
    assert response.status_code == 422, response.text[:200]
    text = response.json()["detail"] if ".json" in path else response.text
    assert f"{names}:" in text


@pytest.mark.parametrize(
    "value",
    ["", "-1", "0", "1e3", "99999999999999999999999", "nan", "-inf", "%00", "%FF",
     "'", '"', "*", "AND", "a:b", "NEAR(", "2024-00", "0000-01-01", "x" * 2000],
)  # fmt: skip
@pytest.mark.parametrize(
    "template",
    ["/articles.json?limit={}", "/search.json?q={}", "/search.json?from={}",
     "/search.json?near={}", "/search.json?near=Tirana&km={}", "/entities.json?kind={}",
     "/match.json?name={}&schema={}", "/designations.json?org={}",
     "/articles/{}", "/stories/{}.json", "/entities/{}", "/login?next={}"],
)  # fmt: skip
def test_security_hostile_values_never_give_500(
    open_url: str, template: str, value: str
) -> None:
    response = _get(open_url + template.replace("{}", value))
    assert response.status_code < 500, (template, value, response.text[:200])
    if response.status_code >= 400 and ".json" in template:
        assert response.json()["detail"]


# -- no local paths ---------------------------------------------------------------


def test_security_no_local_paths_on_pages_or_json(
    open_url: str, examples_kb: Path
) -> None:
    articles = _get(f"{open_url}/articles.json").json()
    stories = _get(f"{open_url}/stories.json").json()
    paths = [*MAIN_PAGES, "/.json", "/articles.json", "/stories.json", "/entities.json"]
    paths += [f"/articles/{quote(a['id'], safe='')}{x}" for a in articles for x in ("", ".json")]  # fmt: skip
    paths += [f"/stories/{s['id']}{x}" for s in stories for x in ("", ".json")]
    for path in paths:
        text = _get(open_url + path).text
        for local in (str(Path(__file__).parents[1]), str(examples_kb.parent), "/tmp/"):
            assert local not in text, f"{path} shows {local}"
    page = _get(f"{open_url}/articles/{quote(articles[0]['id'], safe='')}").text
    assert articles[0]["input_id"] in page  # the file name, as the user gave it


# -- writes ---------------------------------------------------------------------------


def test_security_loopback_write_needs_the_forms_csrf_field(
    open_kb: tuple[str, Path],
) -> None:
    url, path = open_kb
    keep, other = _entity_ids(url)[:2]
    target = f"{url}/entities/{quote(keep, safe='')}/decisions"
    merge = {"action": "merge", "other": other}
    with httpx.Client(timeout=TIMEOUT) as client:
        csrf = _form_session(client, f"{url}/entities/{quote(keep, safe='')}")
        refused = [
            client.post(target, data=merge),  # no CSRF field
            client.post(target, data={**merge, "csrf": "0" * 64}),  # a forged one
            client.post(
                target,
                data={**merge, "csrf": csrf},
                headers={"Origin": "http://attacker.example"},
            ),  # fmt: skip
            _post(target, data={**merge, "csrf": csrf}),  # no cookie: another site
        ]
        assert [r.status_code for r in refused] == [403, 403, 403, 403]
        assert "CSRF" in refused[0].text and "attacker.example" in refused[2].text
        assert _decisions(path) == []
        done = client.post(target, data={**merge, "csrf": csrf})
    assert done.status_code == 303
    assert done.headers["location"] == f"/entities/{quote(keep, safe='')}"
    assert [(d["action"], d["a"], d["b"]) for d in _decisions(path)] == [
        ("merge", keep, other)
    ]
    assert other not in _entity_ids(url)


@pytest.mark.parametrize(
    ("data", "message"),
    [({"action": "merge"}, "other:"), ({"action": "drop"}, "action:"),
     ({"action": "merge", "other": "nope"}, "no entity 'nope'")],
)  # fmt: skip
def test_security_bad_decisions_are_4xx(
    open_url: str, data: dict[str, str], message: str
) -> None:
    keep = _entity_ids(open_url)[0]
    with httpx.Client(timeout=TIMEOUT) as client:
        csrf = _form_session(client, f"{open_url}/entities/{quote(keep, safe='')}")
        response = client.post(
            f"{open_url}/entities/{quote(keep, safe='')}/decisions",
            data={**data, "csrf": csrf},
        )
    assert 400 <= response.status_code < 500 and message in html.unescape(response.text)


def test_security_bearer_token_is_refused_where_none_is_set(open_url: str) -> None:
    keep = _entity_ids(open_url)[0]
    response = _post(
        f"{open_url}/entities/{quote(keep, safe='')}/decisions",
        data={"action": "split", "alias": "x"},
        headers={"Authorization": f"Bearer {TOKEN}"},
    )
    assert response.status_code == 401 and "Bearer" in response.json()["detail"]


def test_security_token_server_needs_the_token_to_write(
    token_url: str, token_kb: Path
) -> None:
    keep, other, third = _entity_ids(token_url)[:3]
    page = f"{token_url}/entities/{quote(keep, safe='')}"
    target = f"{page}/decisions"
    with httpx.Client(timeout=TIMEOUT) as client:
        before = client.get(page).text
        assert "Log in" in before and "Merge" not in before
        csrf = _form_session(client, f"{token_url}/login")
        anonymous = client.post(
            target, data={"action": "merge", "other": other, "csrf": csrf}
        )
        wrong = _post(target, data={"action": "merge", "other": other},
                      headers={"Authorization": "Bearer not-the-token"})  # fmt: skip
        assert (anonymous.status_code, wrong.status_code) == (401, 401)
        assert "/login" in anonymous.text
        assert _decisions(token_kb) == []

        bearer = _post(target, data={"action": "merge", "other": other},
                       headers={"Authorization": f"Bearer {TOKEN}"})  # fmt: skip
        assert bearer.status_code == 303
        assert len(_decisions(token_kb)) == 1

        csrf = _form_session(client, f"{token_url}/login")
        bad = client.post(f"{token_url}/login", data={"token": "guess", "csrf": csrf})
        assert bad.status_code == 401
        login = client.post(f"{token_url}/login",
                            data={"token": TOKEN, "next": "//attacker.example", "csrf": csrf})  # fmt: skip
        assert login.status_code == 303 and login.headers["location"] == "/"
        assert "samesite=strict" in login.headers["set-cookie"].lower()
        csrf = _form_session(client, page)
        assert "Merge" in client.get(page).text
        assert (
            client.post(target, data={"action": "merge", "other": third}).status_code
            == 403
        )
        done = client.post(
            target, data={"action": "merge", "other": third, "csrf": csrf}
        )
        assert done.status_code == 303
    assert [d["b"] for d in _decisions(token_kb)] == [other, third]


@pytest.mark.parametrize(
    ("args", "message"),
    [(["--host", "0.0.0.0"], "--token"), (["--host", "192.0.2.7"], "--read-only"),
     (["--token", "short"], "at least 16")],
)  # fmt: skip
def test_security_serve_refuses_to_share_writes_without_a_token(
    examples_kb: Path, args: list[str], message: str
) -> None:
    result = CliRunner().invoke(
        cli, ["serve", "--db", str(examples_kb), *args], env={"CORROBORATE_TOKEN": None}
    )
    assert result.exit_code == 2 and message in result.output


@pytest.mark.parametrize(
    ("options", "client", "message"),
    [({"read_only": True}, "127.0.0.1", "read-only"),
     ({}, "192.0.2.7", "this machine only")],
)  # fmt: skip
def test_security_writes_refused_where_not_allowed(
    examples_kb: Path, options: dict[str, bool], client: str, message: str
) -> None:
    """In-process (the client's address is the test's to choose): a read-only
    server, and one without a token asked from another machine, offer no form
    and refuse the post."""
    app = create_app(examples_kb, **options)
    browser = TestClient(app, base_url="http://localhost", client=(client, 50000))
    entity = quote(browser.get("/entities.json").json()[0]["id"], safe="")
    assert 'method="post"' not in browser.get(f"/entities/{entity}").text
    response = browser.post(
        f"/entities/{entity}/decisions", data={"action": "split", "alias": "x"}
    )
    assert response.status_code == 403 and message in response.text
    assert _decisions(examples_kb) == []
