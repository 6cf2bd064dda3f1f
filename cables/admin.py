"""Cables as ingest stored them: to read, never to edit.

A cable, its paragraphs, references and action requests come from the text received; an edit
here would part them from ``raw_text`` and its sha256 (re-ingest would then disagree with the
rows), and a ``level`` typed here would not move ``level_rank``, which access reads. Editable
forms would also list every cable in their selects, whatever the user's clearance.
"""

from typing import Any

from django.contrib import admin
from django.http import HttpRequest

from cables.models import ActionRequest, Cable, CableReference, Paragraph


class ReadOnlyAdmin(admin.ModelAdmin):
    def has_add_permission(self, request: HttpRequest) -> bool:
        return False

    def has_change_permission(self, request: HttpRequest, obj: Any = None) -> bool:
        return False


class ParagraphInline(admin.TabularInline):
    model = Paragraph
    extra = 0
    fields = ("number", "marking", "text")
    readonly_fields = fields
    can_delete = False


class ReferenceInline(admin.TabularInline):
    model = CableReference
    extra = 0
    fields = ("letter", "cited_reference_id", "raw", "kind")
    readonly_fields = fields
    can_delete = False


class ActionRequestInline(admin.TabularInline):
    model = ActionRequest
    extra = 0
    fields = ("paragraph", "action_office", "deadline", "explicit", "confidence")
    readonly_fields = fields
    can_delete = False


@admin.register(Cable)
class CableAdmin(ReadOnlyAdmin):
    list_display = ("reference_id", "created", "precedence", "classification", "origin", "subject")
    list_filter = ("level", "precedence", "noforn")
    search_fields = ("reference_id", "subject", "origin")
    date_hierarchy = "created"
    readonly_fields = ("sha256", "ingested_at")
    inlines = (ParagraphInline, ReferenceInline, ActionRequestInline)


@admin.register(Paragraph)
class ParagraphAdmin(ReadOnlyAdmin):
    list_display = ("cable", "number", "marking")
    list_select_related = ("cable",)
    search_fields = ("cable__reference_id", "text")


@admin.register(CableReference)
class CableReferenceAdmin(ReadOnlyAdmin):
    list_display = ("cable", "letter", "cited_reference_id", "kind")
    list_select_related = ("cable",)
    search_fields = ("cable__reference_id", "cited_reference_id")


@admin.register(ActionRequest)
class ActionRequestAdmin(ReadOnlyAdmin):
    list_display = ("cable", "paragraph", "action_office", "deadline", "explicit", "confidence")
    list_filter = ("explicit",)
    list_select_related = ("cable", "paragraph")
    search_fields = ("cable__reference_id", "action_office", "quote")
