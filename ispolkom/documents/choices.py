"""Who issues an act, what kind of act it is, and whether it is in force."""

from django.db import models
from django.utils.translation import gettext_lazy as _


class IssuingBody(models.TextChoices):
    COMMITTEE = "committee", _("executive committee")
    COUNCIL = "council", _("council of deputies")
    CHAIRMAN = "chairman", _("chairman of the executive committee")


class ActType(models.TextChoices):
    DECISION = "decision", _("decision")
    ORDER = "order", _("order")
    RESOLUTION = "resolution", _("resolution")


class LegalForce(models.TextChoices):
    IN_FORCE = "in_force", _("in force")
    AMENDED = "amended", _("amended")
    LOST_FORCE = "lost_force", _("lost force")
