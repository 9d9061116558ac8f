"""Swedish dates: patterns and missing-year inference."""
import datetime as dt

import pytest

from indexer.dates import find_protocol_date, infer_year, is_date_line, long_dates


@pytest.mark.parametrize("line,expected", [
    ("Fredag den 24 februari 2023", dt.date(2023, 2, 24)),
    ("onsdagen den 8 mars 2023", dt.date(2023, 3, 8)),
    ("3 oktober 2024", dt.date(2024, 10, 3)),
    ("den 1 dec 2017", dt.date(2017, 12, 1)),
])
def test_long_dates(line, expected):
    assert long_dates(line)[0][0] == expected


def test_times_are_not_dates():
    assert long_dates("kl. 13.00–15.30") == []
    assert find_protocol_date(["Möte kl. 13.00–15.30"]) is None


def test_infer_year_from_weekday_and_mentioned_years():
    assert infer_year(1, 4, 4, "Budget 2021 och 2022") == 2022  # 2022-04-01 was a Friday
    assert infer_year(28, 1, None, "Inför 2021 års budget") == 2021


def test_date_lines():
    assert is_date_line("2022-04-01") and is_date_line("24 februari 2023")
    assert not is_date_line("Mötet 2022-04-01 hölls i Östersund")
