"""The appeal window as the pages say it: open, closed or unknown, on the day asked."""
import datetime as dt

import pytest

from webui.appeal import appeal_status, long_date


@pytest.mark.parametrize("protocol,today,state,text", [
    ({"appeal_until": "2024-05-17"}, "2024-05-17", "open", "Kan överklagas till och med 17 maj 2024."),  # the last day counts
    ({"appeal_until": "2024-05-17"}, "2024-05-18", "closed", "Tiden för överklagande gick ut 17 maj 2024."),
    ({"appeal_until": None, "date": "2024-04-22"}, "2024-04-23", "unknown", "Sista dag för överklagande är okänd"),
    ({"appeal_until": "inte ett datum"}, "2024-04-23", "unknown", "Sista dag för överklagande är okänd"),
])
def test_appeal_status(protocol, today, state, text):
    got = appeal_status(protocol, dt.date.fromisoformat(today))
    assert got["state"] == state and got["text"].startswith(text) and "13 kap. 5 §" in got["rule"]


def test_long_date():
    assert long_date("2024-12-01") == "1 december 2024"
