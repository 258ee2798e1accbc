from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _


class TwoStepReset(models.Model):
    """An administrator removed this user's two-step devices (a lost phone, say): the user
    must set up two-step verification again before using the admin."""

    user = models.OneToOneField(settings.AUTH_USER_MODEL, on_delete=models.CASCADE,
                                primary_key=True, related_name="+")
    reset_by = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.SET_NULL,
                                 null=True, related_name="+")
    reset_at = models.DateTimeField(auto_now=True)

    class Meta:
        verbose_name = _("two-step verification reset")

    def __str__(self):
        return str(self.user)
