"""Search measurement shared by tests/test_search.py and scripts/bench_search.py:
the query set, the text of each built page, and queries typed in Chromium."""
