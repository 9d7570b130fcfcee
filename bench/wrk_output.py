"""Read wrk's `--latency` report: requests/s, latency percentiles, errors."""

import re
from dataclasses import asdict, dataclass, field

UNITS = {"us": 1e-3, "ms": 1.0, "s": 1e3, "m": 60e3, "h": 3600e3}  # to milliseconds
NUMBER_UNIT = re.compile(r"^([0-9]*\.?[0-9]+)(us|ms|s|m|h)$")


class WrkOutputError(Exception):
    """wrk printed something this parser does not understand."""


def to_ms(text):
    """'812.00us', '12.34ms', '1.02s', '1.50m' -> milliseconds."""
    match = NUMBER_UNIT.match(text.strip())
    if not match:
        raise WrkOutputError(f"Not a wrk duration: {text!r}")
    return float(match.group(1)) * UNITS[match.group(2)]


@dataclass
class WrkResult:
    requests_per_s: float
    requests: int
    duration_s: float
    latency_ms: dict = field(default_factory=dict)  # {"50": ms, "75": ms, "90": ms, "99": ms}
    non_2xx_3xx: int = 0
    socket_errors: dict = field(default_factory=dict)  # connect, read, write, timeout

    @property
    def p50_ms(self):
        return self.latency_ms["50"]

    @property
    def p99_ms(self):
        return self.latency_ms["99"]

    @property
    def errors(self):
        return self.non_2xx_3xx + sum(self.socket_errors.values())

    def as_dict(self):
        return {**asdict(self), "p50_ms": self.p50_ms, "p99_ms": self.p99_ms, "errors": self.errors}


def parse(output):
    rps = re.search(r"^Requests/sec:\s+([0-9.]+)\s*$", output, re.MULTILINE)
    total = re.search(r"^\s*(\d+) requests in ([0-9.]+\w+),", output, re.MULTILINE)
    if not rps or not total:
        raise WrkOutputError("wrk's report has no 'Requests/sec' or 'N requests in' line:\n" + output)
    latency = {
        percent: to_ms(value)
        for percent, value in re.findall(r"^\s+(50|75|90|99)(?:\.0+)?%\s+(\S+)\s*$", output, re.MULTILINE)
    }
    if "50" not in latency or "99" not in latency:
        raise WrkOutputError("wrk's report has no latency distribution (run wrk with --latency):\n" + output)
    non_2xx = re.search(r"^\s*Non-2xx or 3xx responses:\s+(\d+)", output, re.MULTILINE)
    socket = re.search(r"Socket errors: connect (\d+), read (\d+), write (\d+), timeout (\d+)", output, re.MULTILINE)
    return WrkResult(
        requests_per_s=float(rps.group(1)),
        requests=int(total.group(1)),
        duration_s=to_ms(total.group(2)) / 1000,
        latency_ms=latency,
        non_2xx_3xx=int(non_2xx.group(1)) if non_2xx else 0,
        socket_errors=dict(zip(("connect", "read", "write", "timeout"), map(int, socket.groups()), strict=True))
        if socket
        else {},
    )
