"""Search measurement shared by tests/test_search.py and scripts/bench_search.py:
the query sets, the text of each built page, queries typed in Chromium, and
the time to first results on a throttled profile."""
