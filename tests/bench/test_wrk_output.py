"""The wrk report parser: requests/s and latency percentiles in every unit wrk prints."""

import pytest

from bench.wrk_output import WrkOutputError, parse, to_ms

FAST = """Running 10s test @ http://127.0.0.1:40001/ja/
  2 threads and 32 connections
  Thread Stats   Avg      Stdev     Max   +/- Stdev
    Latency   812.34us  401.20us  12.01ms   91.20%
    Req/Sec    19.80k     1.20k   22.10k    70.50%
  Latency Distribution
     50%  754.00us
     75%    0.90ms
     90%    1.10ms
     99%    2.31ms
  394012 requests in 10.00s, 5.80GB read
Requests/sec:  39401.20
Transfer/sec:    593.12MB
"""

SLOW = """Running 10s test @ http://127.0.0.1:40002/ja/search/?q=%E5%85%90%E7%AB%A5
  2 threads and 32 connections
  Thread Stats   Avg      Stdev     Max   +/- Stdev
    Latency     1.21s   301.00ms   3.50s    70.00%
    Req/Sec    14.20      8.10    40.00     60.00%
  Latency Distribution
     50%    1.18s
     75%    1.40s
     90%    1.71s
     99%    2.95s
  262 requests in 10.02s, 4.10MB read
  Socket errors: connect 0, read 1, write 0, timeout 3
  Non-2xx or 3xx responses: 2
Requests/sec:     26.15
Transfer/sec:    419.30KB
"""


def test_fast_run_in_microseconds():
    result = parse(FAST)
    assert result.requests_per_s == 39401.20
    assert result.requests == 394012
    assert result.duration_s == 10.0
    assert result.p50_ms == pytest.approx(0.754)
    assert result.latency_ms["75"] == pytest.approx(0.9)
    assert result.p99_ms == pytest.approx(2.31)
    assert result.errors == 0


def test_slow_run_in_seconds_with_errors():
    result = parse(SLOW)
    assert result.requests_per_s == 26.15
    assert result.p50_ms == pytest.approx(1180)
    assert result.p99_ms == pytest.approx(2950)
    assert result.non_2xx_3xx == 2
    assert result.socket_errors == {"connect": 0, "read": 1, "write": 0, "timeout": 3}
    assert result.errors == 6
    assert result.as_dict()["p99_ms"] == pytest.approx(2950)


@pytest.mark.parametrize(
    ("text", "ms"), [("999.00us", 0.999), ("12.5ms", 12.5), ("2.00s", 2000), ("1.50m", 90_000), ("7ms", 7)]
)
def test_units(text, ms):
    assert to_ms(text) == pytest.approx(ms)


def test_report_without_latency_distribution_is_refused():
    without = "\n".join(line for line in FAST.splitlines() if "%  " not in line)
    with pytest.raises(WrkOutputError, match="--latency"):
        parse(without)


def test_garbage_is_refused():
    with pytest.raises(WrkOutputError):
        parse("unable to connect to 127.0.0.1:1 Connection refused")
    with pytest.raises(WrkOutputError):
        to_ms("fast")
