"""Local dates and times of shadow and sun-hour studies → UTC Unix seconds."""

import datetime
import re

import numpy as np

from ...errors import UrbanTwinError
from ...i18n import tr

DEFAULT_TIMEZONE = "Europe/Berlin"


def _last_sunday(year, month):
    day = datetime.date(year, month, 31)
    return day - datetime.timedelta(days=(day.weekday() + 1) % 7)


class _CentralEuropeanTime(datetime.tzinfo):
    """CET/CEST by the EU rule, for Python installations without a time zone database (Windows)."""

    def utcoffset(self, moment):
        return datetime.timedelta(hours=1) + self.dst(moment)

    def dst(self, moment):
        if moment is None:
            return datetime.timedelta(0)
        naive = moment.replace(tzinfo=None)
        start = datetime.datetime.combine(_last_sunday(naive.year, 3), datetime.time(2))
        end = datetime.datetime.combine(_last_sunday(naive.year, 10), datetime.time(3))
        return datetime.timedelta(hours=1) if start <= naive < end else datetime.timedelta(0)

    def tzname(self, moment):
        return "CEST" if self.dst(moment) else "CET"


def time_zone(name):
    name = (name or DEFAULT_TIMEZONE).strip()
    try:
        from zoneinfo import ZoneInfo

        return ZoneInfo(name)
    except Exception:  # unknown name or no tz database on this system
        if name in ("Europe/Berlin", "CET", "MEZ"):
            return _CentralEuropeanTime()
        if name.upper() in ("UTC", "Z"):
            return datetime.timezone.utc
        raise UrbanTwinError(tr("Unknown time zone {} (use e.g. Europe/Berlin or UTC).").format(name)) from None


def parse_times(text):
    """'10:00', '9:00, 12:00, 15:30' or '8:00-16:00/60' (start-end/step minutes) → list of datetime.time."""
    result = []
    for part in [p.strip() for p in str(text or "").split(",") if p.strip()]:
        match = re.fullmatch(r"(\d{1,2}):(\d{2})\s*-\s*(\d{1,2}):(\d{2})\s*/\s*(\d+)", part)
        if match:
            h0, m0, h1, m1, step = (int(g) for g in match.groups())
            if step <= 0:
                raise UrbanTwinError(tr("Invalid time “{}”: use HH:MM, a list HH:MM, HH:MM or a range HH:MM-HH:MM/minutes.").format(part))
            minute = h0 * 60 + m0
            while minute <= h1 * 60 + m1:
                result.append(datetime.time(minute // 60 % 24, minute % 60))
                minute += step
            continue
        match = re.fullmatch(r"(\d{1,2}):(\d{2})", part)
        if not match or int(match.group(1)) > 23 or int(match.group(2)) > 59:
            raise UrbanTwinError(tr("Invalid time “{}”: use HH:MM, a list HH:MM, HH:MM or a range HH:MM-HH:MM/minutes.").format(part))
        result.append(datetime.time(int(match.group(1)), int(match.group(2))))
    if not result:
        raise UrbanTwinError(tr("No time given (use e.g. 10:00)."))
    return result


def local_moments(date, times, zone):
    return [datetime.datetime.combine(date, moment).replace(tzinfo=zone) for moment in times]


def day_steps(date, zone, step_minutes):
    """Unix seconds at the middle of each step of the local calendar day (handles DST days)."""
    start = datetime.datetime.combine(date, datetime.time(0)).replace(tzinfo=zone).timestamp()
    end = datetime.datetime.combine(date + datetime.timedelta(days=1), datetime.time(0)).replace(tzinfo=zone).timestamp()
    step = step_minutes * 60.0
    return np.arange(start, end, step) + step / 2.0


def parse_date(value):
    """QDate / datetime.date / 'YYYY-MM-DD' → datetime.date."""
    if hasattr(value, "toPyDate"):
        return value.toPyDate()
    if isinstance(value, datetime.datetime):
        return value.date()
    if isinstance(value, datetime.date):
        return value
    try:
        return datetime.date.fromisoformat(str(value).strip()[:10])
    except ValueError:
        raise UrbanTwinError(tr("Invalid date “{}” (use YYYY-MM-DD).").format(value)) from None
