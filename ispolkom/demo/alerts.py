"""The demo's two alert banners (data/alerts.json): one showing now for 30 days, one
scheduled a week ahead; times are counted from the moment the demo is loaded."""

from datetime import timedelta

from django.utils import timezone

from ispolkom.alerts.models import Alert
from ispolkom.alerts.publishers import ensure_emergency_publishers

from . import data

KINDS = {"emergency": Alert.EMERGENCY, "warning": Alert.WARNING, "notice": Alert.NOTICE}


def build_alerts(site):
    now = timezone.now().replace(second=0, microsecond=0)
    for banner in data.load("alerts")["banners"]:
        start = now + timedelta(days=banner["starts_in_days"])
        alert = Alert(kind=KINDS[banner["kind"]], site=site, start=start,
                      end=start + timedelta(days=banner["lasts_days"]),
                      **{f"text_{code}": text for code, text in banner["text"].items()})
        alert.save()
        alert.save_revision().publish()
    ensure_emergency_publishers()
