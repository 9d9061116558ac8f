"""The mandatperiod of a meeting: fullmäktige from 15 October of the election year, nämnder from 1 January after."""
import pytest

from indexer.mandate import mandate_period


@pytest.mark.parametrize("date,body,period", [
    ("2022-10-14", "Kommunfullmäktige", "2019–2022"),   # the old council's last day
    ("2022-10-15", "Kommunfullmäktige", "2023–2026"),   # the new council from 15 October
    ("2022-12-20", "Kommunstyrelsen", "2019–2022"),     # nämnder keep the old term until New Year
    ("2023-01-01", "Socialnämnden", "2023–2026"),
    ("2026-12-31", "Socialnämnden", "2023–2026"),
    ("2027-01-02", "Socialnämnden", "2027–2030"),
    ("1995-01-01", "Kommunstyrelsen", "1995–1998"),
    ("1994-12-01", "Kommunstyrelsen", None),             # three-year terms before the 1994 election
    (None, "Kommunstyrelsen", None),
    ("inte ett datum", "Kommunstyrelsen", None),
])
def test_mandate_period(date, body, period):
    assert mandate_period(date, body) == period
