"""The cables app's admin pages, scoped by clearance (DOMAIN.md "Access").

Cables know nothing of users (cables never imports tracker), so the tracker, which holds the
profiles, registers the cables admin again with querysets limited to what the user is cleared
for: a cable above their clearance does not exist for them, nor do its paragraphs, references
and action requests.
"""

from __future__ import annotations

from typing import Any

from django.contrib import admin
from django.db.models import Model, QuerySet
from django.http import HttpRequest

from cables import admin as cables_admin
from cables.models import ActionRequest, Cable, CableReference, Paragraph
from tracker.selectors import cables_visible_to


class ClearedCableAdmin(cables_admin.CableAdmin):
    def get_queryset(self, request: HttpRequest) -> QuerySet[Cable]:
        return super().get_queryset(request).filter(pk__in=cables_visible_to(request.user))


def _scoped(base: type[admin.ModelAdmin]) -> type[admin.ModelAdmin]:
    """``base`` limited to rows of cables the user is cleared for."""

    def get_queryset(self: Any, request: HttpRequest) -> QuerySet[Any]:
        visible = cables_visible_to(request.user).values("pk")
        return base.get_queryset(self, request).filter(cable__in=visible)

    return type(f"Cleared{base.__name__}", (base,), {"get_queryset": get_queryset})


def cables_admin_register(site: admin.AdminSite) -> None:
    registrations: list[tuple[type[Model], type[admin.ModelAdmin]]] = [
        (Cable, ClearedCableAdmin),
        (Paragraph, _scoped(cables_admin.ParagraphAdmin)),
        (CableReference, _scoped(cables_admin.CableReferenceAdmin)),
        (ActionRequest, _scoped(cables_admin.ActionRequestAdmin)),
    ]
    for model, model_admin in registrations:
        if site.is_registered(model):
            site.unregister(model)
        site.register(model, model_admin)
