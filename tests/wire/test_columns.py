"""Feed rows as columns: the timestamp and date patterns, and each column's kind."""

from __future__ import annotations

import calendar
import re
from datetime import UTC, date, datetime, timedelta, timezone

import pytest
from sqlalchemy import JSON, Date

from hubdesk.models.base import UTCDateTime
from hubdesk.services.cache.rows import TABLES
from hubdesk.wire.columns import DATE_PATTERN, ROW_SHAPES, STAMP_PATTERN, Kind, stamp_text

YEARS = [1, 4, 99, 100, 400, 1582, 1600, 1700, 1800, 1900, 2000, 2023, 2024, 2100, 2400, 9999]


def real_date(year: int, month: int, day: int) -> bool:
    try:
        date(year, month, day)
    except ValueError:
        return False
    return True


def test_the_date_pattern_takes_exactly_the_days_of_the_calendar() -> None:
    pattern = re.compile(DATE_PATTERN)
    for year in YEARS:
        for month in range(0, 14):
            for day in range(0, 33):
                text = f"{year:04d}-{month:02d}-{day:02d}"
                assert bool(pattern.fullmatch(text)) == real_date(year, month, day), text


def test_29_february_only_in_leap_years() -> None:
    pattern = re.compile(DATE_PATTERN)
    for year in range(1, 10_000):
        assert bool(pattern.fullmatch(f"{year:04d}-02-29")) == calendar.isleap(year), year
    assert not pattern.fullmatch("0000-01-01")


@pytest.mark.parametrize(
    ("text", "valid"),
    [
        ("2024-02-29T23:59:59.999999Z", True),
        ("0001-01-01T00:00:00.000000Z", True),
        ("2023-02-29T10:00:00.000000Z", False),  # not a leap year
        ("2024-04-31T10:00:00.000000Z", False),
        ("2024-01-01T24:00:00.000000Z", False),
        ("2024-01-01T10:60:00.000000Z", False),
        ("2024-01-01T10:00:60.000000Z", False),
        ("2024-01-01T10:00:00Z", False),  # the wire always has six fractional digits
        ("2024-01-01T10:00:00.000Z", False),
        ("2024-01-01 10:00:00.000000Z", False),
        ("2024-01-01T10:00:00.000000", False),  # no zone
        ("2024-01-01T10:00:00.000000+00:00", False),  # UTC is written Z
        ("2024-01-01T10:00:00.000000Z\n", False),
    ],
)
def test_the_stamp_pattern(text: str, valid: bool) -> None:
    assert bool(re.fullmatch(STAMP_PATTERN, text)) == valid


def test_stamp_text_is_utc_in_the_canonical_form() -> None:
    cet = timezone(timedelta(hours=1))
    assert stamp_text(datetime(2026, 1, 1, 0, 30, tzinfo=cet)) == "2025-12-31T23:30:00.000000Z"
    assert stamp_text(datetime(2026, 5, 4, 3, 2, 1, 7, tzinfo=UTC)) == "2026-05-04T03:02:01.000007Z"
    with pytest.raises(ValueError, match="naive"):
        stamp_text(datetime(2026, 1, 1))


def test_each_column_kind_is_what_its_table_stores() -> None:
    """A timestamp column of the wire is a ``UTCDateTime`` column of the cache, and so on:
    the server writes and the cache stores each value by this kind."""
    for entity, shape in ROW_SHAPES.items():
        table = TABLES[entity]
        assert set(shape.columns) == set(table.c.keys()), entity
        for column, kind in zip(shape.columns, shape.kinds, strict=True):
            stored = table.c[column].type
            assert (kind is Kind.STAMP) == isinstance(stored, UTCDateTime), (entity, column)
            assert (kind is Kind.DATE) == isinstance(stored, Date), (entity, column)
            assert (kind is Kind.JSON) == isinstance(stored, JSON), (entity, column)
