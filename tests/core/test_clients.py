"""The client's address behind a trusted proxy: what every rate limit and lock-out keys on."""

from django.test import RequestFactory, override_settings

from core.clients import client_address


def request(remote, forwarded=None):
    extra = {"REMOTE_ADDR": remote}
    if forwarded is not None:
        extra["HTTP_X_FORWARDED_FOR"] = forwarded
    return RequestFactory().get("/", **extra)


def test_without_a_trusted_proxy_the_forwarded_header_is_ignored():
    assert client_address(request("203.0.113.7", "198.51.100.1")) == "203.0.113.7"


@override_settings(TRUSTED_PROXIES=["10.0.0.0/8"])
def test_behind_a_trusted_proxy_each_learner_has_their_own_address():
    assert client_address(request("10.0.0.2", "198.51.100.1")) == "198.51.100.1"
    assert client_address(request("10.0.0.2", "198.51.100.2")) == "198.51.100.2"


@override_settings(TRUSTED_PROXIES=["10.0.0.0/8"])
def test_an_address_written_by_the_client_left_of_the_proxys_is_not_believed():
    # The client sent "X-Forwarded-For: 1.2.3.4"; the proxy appended the address it saw.
    assert client_address(request("10.0.0.2", "1.2.3.4, 198.51.100.9")) == "198.51.100.9"


@override_settings(TRUSTED_PROXIES=["10.0.0.0/8", "192.0.2.10"])
def test_a_chain_of_trusted_proxies_is_walked_from_the_right():
    assert client_address(request("10.0.0.2", "198.51.100.9, 192.0.2.10")) == "198.51.100.9"


@override_settings(TRUSTED_PROXIES=["10.0.0.0/8"])
def test_a_malformed_forwarded_header_falls_back_to_the_proxy_address():
    assert client_address(request("10.0.0.2", "not-an-address")) == "10.0.0.2"


def test_no_other_code_reads_the_address_itself():
    """Every limit and lock-out goes through client_address: nothing else may read REMOTE_ADDR or
    X-Forwarded-For (a limit that did would count the proxy, or believe the client)."""
    import re
    from pathlib import Path

    root = Path(__file__).resolve().parent.parent.parent
    apps = ["config", "core", "courses", "quiz", "glossary", "h5p", "workspace", "learners", "search", "demo"]
    reads = re.compile(r"REMOTE_ADDR|X_FORWARDED_FOR|headers(\.get\(|\[)[\"']x-forwarded-for", re.IGNORECASE)
    readers = sorted(
        str(path.relative_to(root))
        for app in apps
        for path in (root / app).rglob("*.py")
        if reads.search(path.read_text(encoding="utf-8"))
    )
    assert readers == ["core/clients.py"]
