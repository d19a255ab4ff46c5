"""The address of the person behind a request, when the site runs behind a proxy.

Behind the platform's proxy `REMOTE_ADDR` is the proxy's address, the same for every learner. When it is a
trusted proxy (`TRUSTED_PROXIES`: addresses or networks), the client is the right-most address of
`X-Forwarded-For` that is not itself a trusted proxy; addresses further left were written by the client and
prove nothing. Every rate limit and lock-out keys on this one function.
"""

import ipaddress
from functools import lru_cache

from django.conf import settings


@lru_cache(maxsize=8)
def _networks(proxies):
    return tuple(ipaddress.ip_network(proxy, strict=False) for proxy in proxies)


def _parse(text):
    try:
        return ipaddress.ip_address(text.strip())
    except ValueError:
        return None


def _trusted(address, networks):
    return address is not None and any(address in network for network in networks)


def client_address(request):
    """The client's IP address as text ("unknown" when none can be read)."""
    remote = _parse(request.META.get("REMOTE_ADDR", ""))
    networks = _networks(tuple(getattr(settings, "TRUSTED_PROXIES", ())))
    if remote is None:
        return "unknown"
    if not _trusted(remote, networks):
        return str(remote)
    forwarded = [_parse(part) for part in request.META.get("HTTP_X_FORWARDED_FOR", "").split(",") if part.strip()]
    for address in reversed(forwarded):
        if address is None:
            break  # a malformed hop: nothing to its left can be trusted
        if not _trusted(address, networks):
            return str(address)
    return str(remote)
