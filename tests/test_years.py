"""The year readers are in: 年度 against the meeting date, the framework
the home page names, and the years data itself."""
import datetime
import importlib.util

import pytest

from conftest import ROOT
from zzshh.sitedata import templates, years


@pytest.mark.parametrize("today, wanted", [
    (datetime.date(2026, 12, 1), 2026),   # preparing the 2026年度 meeting, held early 2027
    (datetime.date(2027, 2, 15), 2026),   # the 2026年度 meeting season
    (datetime.date(2027, 4, 1), 2027),
])
def test_meeting_year(today, wanted):
    assert years.meeting_year(today) == wanted


def test_every_known_framework_names_its_sources_and_fits_a_template():
    for year in years.years():
        if year.follow:
            assert not year.items and not year.sources
            continue
        assert year.sources, year.id
        assert all("某" not in s.site for s in year.sources), year.id
        if year.template:
            assert year.template in templates.manifest()


def test_the_year_being_prepared_has_an_entry():
    """The data covers the year a reader is in when the site is built today."""
    own, framework = years.current(datetime.date.today())
    assert own is not None and framework is not None


def load_hook():
    spec = importlib.util.spec_from_file_location("data_blocks", ROOT / "overrides" / "hooks" / "data_blocks.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


@pytest.mark.parametrize("today", [datetime.date(2026, 12, 1), datetime.date(2027, 3, 1)])
def test_home_note_names_the_year_and_what_to_follow(today):
    note = load_hook().render_current_year("", today)
    own, framework = years.current(today)
    assert f"**{years.meeting_year(today)}年度**" in note
    assert framework.name in note
    if own is not framework:
        assert "尚未见到" in note and "以通知为准" in note
