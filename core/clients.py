"""The client's address behind the proxies this site trusts: one setting, TRUSTED_PROXIES
(`DJANGO_TRUSTED_PROXIES`: addresses or ranges, such as `127.0.0.1,::1` for nginx on the same machine, plus
a CDN's published ranges).

X-Forwarded-For is read only when the peer that connected (REMOTE_ADDR) is a trusted proxy, and then from
the right: each proxy appends the address it saw, so the first address that is not a trusted proxy is the
client. Anything to the left of it was written by the client and is never believed. With no trusted
proxies the header is ignored. The sign-in throttle (`AXES_CLIENT_IP_CALLABLE`) and the school form's rate
limit use this, and neither keeps the address: axes stores the failed attempts it counts, the form only a
salted hash for an hour.

Hand-written rather than django-ipware's: ipware trusts the header's proxy list without checking that the
peer that connected is one of them, so a client reaching the app directly could choose its own address.
"""

import hashlib
import ipaddress
from functools import cache

from django.conf import settings
from django.core.cache import caches

HOUR = 3600


@cache
def _networks(spec):
    return tuple(ipaddress.ip_network(item.strip(), strict=False) for item in spec if item.strip())


def trusted_networks():
    return _networks(tuple(settings.TRUSTED_PROXIES))


def _address(text):
    try:
        return ipaddress.ip_address(text.strip())
    except ValueError:
        return None


def _is_trusted(address, networks):
    return address is not None and any(address in network for network in networks)


def client_address(request):
    """The client's address as text: REMOTE_ADDR, or the address the trusted proxies were asked by."""
    peer = request.META.get("REMOTE_ADDR", "")
    networks = trusted_networks()
    if not networks or not _is_trusted(_address(peer), networks):
        return peer
    hops = [hop for hop in request.META.get("HTTP_X_FORWARDED_FOR", "").split(",") if hop.strip()]
    for hop in reversed(hops):
        address = _address(hop)
        if address is None:
            break  # a malformed entry: nothing further left can be believed
        if not _is_trusted(address, networks):
            return str(address)
        peer = str(address)  # another trusted proxy: look one step further left
    return peer


def hourly_key(request, kind, *parts):
    """A cache key for counting one client's attempts at `kind` (a form, a password) for an hour: a salted
    hash, so no address is ever stored."""
    secret = ":".join([settings.SECRET_KEY, kind, *(str(part) for part in parts), client_address(request)])
    return f"{kind}:{hashlib.sha256(secret.encode()).hexdigest()}"


def counters():
    """The state cache (STATE_CACHE_ALIAS): page entries, however many, never evict or cull a count."""
    return caches[settings.STATE_CACHE_ALIAS]


def count_this_hour(key):
    """One more for `key`, which expires an hour after its first count; returns the new count."""
    cache = counters()
    cache.add(key, 0, timeout=HOUR)
    try:
        return cache.incr(key)
    except ValueError:  # expired between the two calls
        cache.set(key, 1, timeout=HOUR)
        return 1


def counted_this_hour(key):
    return counters().get(key) or 0
