"""Settings of the Sesame module: where its API is, how hard timedesk may use it, and the
defaults of its reports. The token is not a setting: it is the secret `sesame_token`
(`timedesk secret set sesame_token`, or TIMEDESK_SECRET_SESAME_TOKEN on a server)."""

from timedesk import setting_checks as checks
from timedesk.settings import declare

declare("sesame.region", str, "eu1",
        "Region of the company's Sesame account (it is in the address of its Sesame page): "
        "eu1..eu5, br1, br2, mx1, demo1 or any code Sesame gives",
        validate=checks.matching(r"[a-z]{1,16}[0-9]{0,4}", "a Sesame region code (eu1, br2...)"))
declare("sesame.base_url", str, "",
        "Replaces the whole https://api-{region}.sesametime.com prefix (a proxy, tests); empty "
        "means the region's address", validate=checks.http_url_or_empty)
declare("sesame.concurrency", int, 4, "Pages of Sesame's lists fetched at the same time",
        minimum=1, maximum=16)
declare("sesame.requests_per_minute", int, 1000,
        "Requests per minute timedesk sends to Sesame (Sesame allows 1,000 per company, shared "
        "by all its tokens)", minimum=1, maximum=1000)
declare("sesame.timeout_s", float, 30.0, "Seconds to wait for one answer of Sesame's API",
        minimum=0.1, maximum=600.0)
declare("sesame.page_size", int, 500, "Records asked for per page of Sesame's lists",
        minimum=1, maximum=1000)
declare("sesame.catalog_max_age_hours", int, 24,
        "Employees, check types, breaks and groups read from Sesame are read again when older "
        "than this (h)", minimum=0, maximum=24 * 365)
declare("sesame.merge_gap_seconds", int, 60,
        "Consecutive records of an employee less than this apart (s) become one row",
        minimum=0, maximum=86400)
declare("sesame.split_at_midnight", bool, False,
        "Split a shift that crosses midnight into one row per day (otherwise it counts on the "
        "day it started)")
declare("sesame.breaks", str, "absorb",
        "What reports do with breaks: absorb (counted as work) or exclude",
        choices=("absorb", "exclude"))
declare("sesame.keep_reports", int, 20,
        "Generated reports kept in the history (older ones and their files are deleted)",
        minimum=1, maximum=1000)
declare("sesame.demo", bool, False,
        "Read the recorded demo company that timedesk's own listener serves on this PC instead "
        "of a Sesame account (to try the reports; `timedesk demo` turns it on when no Sesame "
        "token is stored)")
