from django.contrib import admin

from cables.models import ActionRequest, Cable, CableReference, Paragraph


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
class CableAdmin(admin.ModelAdmin):
    list_display = ("reference_id", "created", "precedence", "classification", "origin", "subject")
    list_filter = ("level", "precedence", "noforn")
    search_fields = ("reference_id", "subject", "origin")
    date_hierarchy = "created"
    readonly_fields = ("sha256", "ingested_at")
    inlines = (ParagraphInline, ReferenceInline, ActionRequestInline)


@admin.register(Paragraph)
class ParagraphAdmin(admin.ModelAdmin):
    list_display = ("cable", "number", "marking")
    list_select_related = ("cable",)
    search_fields = ("cable__reference_id", "text")


@admin.register(CableReference)
class CableReferenceAdmin(admin.ModelAdmin):
    list_display = ("cable", "letter", "cited_reference_id", "kind")
    list_select_related = ("cable",)
    search_fields = ("cable__reference_id", "cited_reference_id")


@admin.register(ActionRequest)
class ActionRequestAdmin(admin.ModelAdmin):
    list_display = ("cable", "paragraph", "action_office", "deadline", "explicit", "confidence")
    list_filter = ("explicit",)
    list_select_related = ("cable", "paragraph")
    search_fields = ("cable__reference_id", "action_office", "quote")
    raw_id_fields = ("cable", "paragraph", "pointer_paragraph")
