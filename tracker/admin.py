"""The admin: declarative lists; every lifecycle change goes through the services, and every
list of tasks is scoped by tasks_visible_to (clearance, NOFORN, desks)."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from django import forms
from django.contrib import admin, messages
from django.contrib.admin.helpers import ActionForm
from django.contrib.auth import get_user_model
from django.contrib.auth.admin import UserAdmin
from django.db.models import Exists, OuterRef, QuerySet
from django.http import HttpRequest
from django.utils.text import capfirst

from cables.admin import ReadOnlyAdmin
from tracker import lifecycle
from tracker.cable_admin import cables_admin_register
from tracker.extensions import extension_decide
from tracker.models import (
    Desk,
    DeskSla,
    Extension,
    Membership,
    Notification,
    Profile,
    RoutingFailure,
    RoutingRule,
    Task,
    TaskEvent,
    Watch,
)
from tracker.selectors import (
    cables_visible_to,
    desks_of,
    notifications_visible_to,
    tasks_overdue,
    tasks_visible_to,
)


class DeskSlaInline(admin.TabularInline):
    model = DeskSla
    extra = 0


class DeskMembershipInline(admin.TabularInline):
    model = Membership
    extra = 0
    raw_id_fields = ("user",)


@admin.register(Desk)
class DeskAdmin(admin.ModelAdmin):
    list_display = ("symbol", "name", "kind", "parent", "time_zone", "email")
    list_filter = ("kind",)
    list_select_related = ("parent",)
    search_fields = ("symbol", "name")
    raw_id_fields = ("parent",)
    inlines = (DeskSlaInline, DeskMembershipInline)

    def get_deleted_objects(self, objs: Any, request: HttpRequest) -> tuple[Any, ...]:
        # A desk's tasks protect it; the page that says so lists them by name, and names
        # only those the user may see (DOMAIN.md "Access": not even in a count of names).
        deleted, counts, perms, protected = super().get_deleted_objects(objs, request)
        label = f"{capfirst(Task._meta.verbose_name)}: "
        tasks = Task.objects.filter(desk__in=objs)
        visible = tasks.filter(pk__in=tasks_visible_to(request.user).values("pk"))
        if len(visible) < tasks.count():
            protected = [p for p in protected if not str(p).startswith(label)]
            protected += [f"{label}{task}" for task in visible.select_related("desk")]
            protected.append(f"{label}others you may not see")
        return deleted, counts, perms, protected


@admin.register(RoutingRule)
class RoutingRuleAdmin(admin.ModelAdmin):
    list_display = ("order", "name", "active", "target", "lead_desk")
    list_display_links = ("name",)
    list_editable = ("order", "active")
    list_filter = ("active", "target")
    list_select_related = ("lead_desk",)
    autocomplete_fields = ("lead_desk", "supporting_desks")
    fieldsets = (
        (None, {"fields": ("name", "order", "active")}),
        (
            "Match (blank matches anything)",
            {
                "fields": (
                    "match_for_office",
                    "match_for_line",
                    "match_asked_of",
                    "match_action_office",
                    "match_requested_of",
                    "match_tags",
                    "match_station",
                    "match_origin",
                    "match_level",
                )
            },
        ),
        ("Route to", {"fields": ("target", "lead_desk", "supporting_desks")}),
    )


class WatchInline(admin.TabularInline):
    model = Watch
    extra = 0
    raw_id_fields = ("desk", "user")


class ReadOnlyInline(admin.TabularInline):
    extra = 0
    can_delete = False

    def has_add_permission(self, request: HttpRequest, obj: Any = None) -> bool:
        return False


class TaskEventInline(ReadOnlyInline):
    model = TaskEvent
    fields = ("at", "actor", "kind", "from_status", "to_status", "note")
    readonly_fields = fields


class ExtensionInline(ReadOnlyInline):
    model = Extension
    fields = (
        "requested_at", "requested_by", "previous_due_at", "proposed_due_at", "reason",
        "status", "decided_by", "decision_note",
    )  # fmt: skip
    readonly_fields = fields


class NotificationInline(ReadOnlyInline):
    model = Notification
    fields = ("created", "kind", "due_at", "recipient_desk", "recipient_user", "sent_at")
    readonly_fields = fields


class TaskActionForm(ActionForm):
    """Inputs some actions need, shown beside the action menu."""

    note = forms.CharField(required=False, label="Reason / note")
    desk = forms.CharField(required=False, label="Desk", help_text="EUR/CARC, BAKU")
    person = forms.CharField(required=False, label="Assignee (login)")


def _inputs(request: HttpRequest, wanted: tuple[str, ...]) -> dict[str, Any]:
    """The action form's inputs a service takes: note or reason as text, desk, assignee."""
    note = request.POST.get("note", "").strip()
    values: dict[str, Any] = {}
    if "note" in wanted:
        values["note"] = note
    if "reason" in wanted:
        values["reason"] = note
    if "desk" in wanted:
        symbol = request.POST.get("desk", "").strip().upper()
        values["desk"] = Desk.objects.filter(symbol=symbol).first()
        if values["desk"] is None:
            raise lifecycle.TransitionError(f"no desk {symbol!r}: type its symbol in Desk")
    if "assignee" in wanted:
        login = request.POST.get("person", "").strip()
        values["assignee"] = get_user_model().objects.filter(username=login).first()
        if values["assignee"] is None:
            raise lifecycle.TransitionError(f"no user {login!r}: type a login in Assignee")
    return values


def _task_action(
    service: Callable[..., Any], description: str, *wanted: str
) -> Callable[[Any, HttpRequest, QuerySet[Task]], None]:
    """An admin action that calls one lifecycle service per selected task."""

    def action(modeladmin: Any, request: HttpRequest, queryset: QuerySet[Task]) -> None:
        done = 0
        for task in queryset.select_related("desk"):
            try:
                service(task=task, actor=request.user, **_inputs(request, wanted))
                done += 1
            except lifecycle.TransitionError as exc:
                modeladmin.message_user(request, str(exc), messages.ERROR)
        modeladmin.message_user(request, f"{description}: {done} task(s)")

    action.__name__ = service.__name__
    return admin.action(description=description, permissions=["change"])(action)


class OverdueFilter(admin.SimpleListFilter):
    title = "deadline"
    parameter_name = "overdue"

    def lookups(self, request: HttpRequest, model_admin: Any) -> list[tuple[str, str]]:
        return [("yes", "overdue")]

    def queryset(self, request: HttpRequest, queryset: QuerySet[Task]) -> QuerySet[Task]:
        return tasks_overdue(queryset) if self.value() == "yes" else queryset


@admin.register(Task)
class TaskAdmin(admin.ModelAdmin):
    list_display = ("id", "desk", "status", "role", "due_at", "assignee", "action_request")
    list_filter = (OverdueFilter, "status", "role", "desk__kind")
    list_select_related = ("desk", "assignee", "action_request__cable")
    search_fields = ("desk__symbol", "action_request__cable__reference_id")
    # Status, desk, deadline and assignee change only through the lifecycle services.
    readonly_fields = (
        "action_request", "desk", "role", "status", "starts_at", "due_at", "routing_rule",
        "routing_reason", "assignee", "response", "next_notice_at",
    )  # fmt: skip
    exclude = ("response_cable",)  # shown as "response", scoped to the user's clearance
    inlines = (TaskEventInline, WatchInline, ExtensionInline, NotificationInline)
    action_form = TaskActionForm
    actions = (
        _task_action(lifecycle.task_acknowledge, "Acknowledge"),
        _task_action(lifecycle.task_start, "Start work"),
        _task_action(lifecycle.task_respond, "Mark responded (note)", "note"),
        _task_action(lifecycle.task_close, "Close"),
        _task_action(lifecycle.task_return, "Return to triage (reason)", "reason"),
        _task_action(lifecycle.task_reroute, "Reroute returned task (desk, note)", "desk", "note"),
        _task_action(lifecycle.task_reassign, "Reassign to a desk (desk, note)", "desk", "note"),
        _task_action(lifecycle.task_assign, "Assign to a person (assignee)", "assignee"),
        _task_action(lifecycle.task_cancel, "Cancel (reason)", "reason"),
        _task_action(lifecycle.task_comment, "Comment (note)", "note"),
    )

    def get_queryset(self, request: HttpRequest) -> QuerySet[Task]:
        cleared = cables_visible_to(request.user).filter(pk=OuterRef("response_cable_id"))
        return (
            tasks_visible_to(request.user)
            .select_related(*self.list_select_related, "response_cable")
            .annotate(response_cleared=Exists(cleared))
        )

    @admin.display(description="response cable")
    def response(self, task: Task) -> str:
        # A response classified above the user's clearance does not exist for them.
        if task.response_cable is None:
            return "-"
        if not task.response_cleared:  # type: ignore[attr-defined]
            return "a cable above your clearance"
        return str(task.response_cable)

    def has_add_permission(self, request: HttpRequest) -> bool:
        return False  # tasks come from cables (routing), never typed in

    def has_change_permission(self, request: HttpRequest, obj: Any = None) -> bool:
        # Watchers read a task's page; only its desk and the offices above edit its watches.
        # (Actions run with obj=None: the lifecycle services check the actor's desk per task.)
        allowed = super().has_change_permission(request, obj)
        if not allowed or obj is None or request.user.is_superuser:
            return allowed
        return obj.desk_id in desks_of(request.user)


@admin.register(RoutingFailure)
class RoutingFailureAdmin(ReadOnlyAdmin):
    """Cables the outbox sweep could not route, for an operator: why, how often, when next.
    Written by the sweep only; a cable above the user's clearance is not listed."""

    list_display = ("cable", "attempts", "last_failed_at", "retry_after", "error")
    list_select_related = ("cable",)
    ordering = ("retry_after",)

    def get_queryset(self, request: HttpRequest) -> QuerySet[RoutingFailure]:
        visible = cables_visible_to(request.user).values("pk")
        return super().get_queryset(request).filter(cable__in=visible)


@admin.register(TaskEvent)
class TaskEventAdmin(ReadOnlyAdmin):
    """The history: written by the services only. An editable form would let a person rewrite
    who did what, and its task field would name tasks the user may not see."""

    list_display = ("task", "at", "kind", "from_status", "to_status", "actor")
    list_filter = ("kind",)
    list_select_related = ("task__desk", "task__action_request__cable", "actor")

    def get_queryset(self, request: HttpRequest) -> QuerySet[TaskEvent]:
        visible = tasks_visible_to(request.user).values("pk")
        return super().get_queryset(request).filter(task__in=visible)


@admin.register(Extension)
class ExtensionAdmin(admin.ModelAdmin):
    list_display = ("task", "status", "previous_due_at", "proposed_due_at", "requested_by")
    list_filter = ("status",)
    list_select_related = ("task__desk", "task__action_request__cable", "requested_by")
    readonly_fields = (
        "task", "requested_by", "requested_at", "previous_due_at", "proposed_due_at", "reason",
        "status", "decided_by", "decided_at",
    )  # fmt: skip
    actions = ("grant", "refuse")

    def get_queryset(self, request: HttpRequest) -> QuerySet[Extension]:
        visible = tasks_visible_to(request.user).values("pk")
        return super().get_queryset(request).filter(task__in=visible)

    def has_add_permission(self, request: HttpRequest) -> bool:
        return False

    @admin.action(description="Grant the new deadline", permissions=["change"])
    def grant(self, request: HttpRequest, queryset: QuerySet[Extension]) -> None:
        self._decide(request, queryset, grant=True)

    @admin.action(description="Refuse", permissions=["change"])
    def refuse(self, request: HttpRequest, queryset: QuerySet[Extension]) -> None:
        self._decide(request, queryset, grant=False)

    def _decide(self, request: HttpRequest, queryset: QuerySet[Extension], grant: bool) -> None:
        for extension in queryset.select_related("task__desk"):
            try:
                extension_decide(extension=extension, actor=request.user, grant=grant)
            except lifecycle.TransitionError as exc:
                self.message_user(request, str(exc), messages.ERROR)


@admin.register(Notification)
class NotificationAdmin(admin.ModelAdmin):
    list_display = (
        "task", "kind", "due_at", "recipient_desk", "recipient_user", "created", "sent_at",
    )  # fmt: skip
    list_filter = ("kind",)
    list_select_related = ("task__desk", "task__action_request__cable", "recipient_desk")
    readonly_fields = ("task", "kind", "due_at", "recipient_desk", "recipient_user", "created")

    def has_add_permission(self, request: HttpRequest) -> bool:
        return False  # the deadline scan writes notifications

    def get_queryset(self, request: HttpRequest) -> QuerySet[Notification]:
        return notifications_visible_to(request.user).select_related(*self.list_select_related)


class ProfileInline(admin.StackedInline):
    model = Profile
    can_delete = False


class UserMembershipInline(admin.TabularInline):
    model = Membership
    extra = 0
    autocomplete_fields = ("desk",)


User = get_user_model()
if admin.site.is_registered(User):
    admin.site.unregister(User)
cables_admin_register(admin.site)


@admin.register(User)
class TrackerUserAdmin(UserAdmin):
    inlines = (ProfileInline, UserMembershipInline)
