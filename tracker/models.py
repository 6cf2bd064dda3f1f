"""Desks and people, routing rules, tasks, their history, extensions and notifications."""

from __future__ import annotations

from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from django.conf import settings
from django.core.exceptions import ValidationError
from django.db import models
from django.db.models import Q
from django.utils import timezone

from cables.models import ActionRequest, Cable, Level


class Desk(models.Model):
    class Kind(models.TextChoices):
        OFFICE = "office", "Department office"
        POST = "post", "Post"

    symbol = models.CharField(max_length=64, unique=True, help_text="EUR/CARC, BAKU, USNATO")
    name = models.CharField(max_length=256, blank=True)
    parent = models.ForeignKey(
        "self", null=True, blank=True, on_delete=models.SET_NULL, related_name="children"
    )
    kind = models.CharField(max_length=8, choices=Kind.choices, default=Kind.OFFICE)
    email = models.EmailField(blank=True)
    time_zone = models.CharField(max_length=64, default="America/New_York")
    routing_indicator = models.CharField(max_length=16, blank=True)

    class Meta:
        ordering = ["symbol"]

    def __str__(self) -> str:
        return self.symbol

    def clean(self) -> None:
        # Every deadline of the desk is computed in this zone: a typo would fail each of them.
        try:
            ZoneInfo(self.time_zone)
        except (ValueError, ZoneInfoNotFoundError):
            raise ValidationError(
                {"time_zone": f"{self.time_zone!r} is no IANA time zone (America/New_York)"}
            ) from None

    def ancestors(self) -> list[Desk]:
        """Parent, grandparent ... (a cycle entered in the admin stops the walk)."""
        chain: list[Desk] = []
        seen = {self.pk}
        desk = self.parent
        while desk is not None and desk.pk not in seen:
            chain.append(desk)
            seen.add(desk.pk)
            desk = desk.parent
        return chain

    def front_office(self) -> Desk | None:
        """Who oversees this desk: the nearest bureau front office (``*/FO``) above it, else
        its parent. Extensions are decided and late tasks escalated there."""
        chain = self.ancestors()
        for desk in chain:
            if desk.symbol.endswith("/FO"):
                return desk
        return chain[0] if chain else None


class DeskSla(models.Model):
    """A desk's override of a precedence default (DOMAIN.md); offices below inherit it."""

    class Precedence(models.TextChoices):
        FLASH = "FLASH"
        NIACT = "NIACT", "NIACT IMMEDIATE"
        IMMEDIATE = "IMMEDIATE"
        PRIORITY = "PRIORITY"
        ROUTINE = "ROUTINE"

    class Unit(models.TextChoices):
        HOURS = "hours", "hours, around the clock"
        BUSINESS_DAYS = "business_days", "business days, to 17:00 desk time"

    desk = models.ForeignKey(Desk, on_delete=models.CASCADE, related_name="slas")
    precedence = models.CharField(max_length=16, choices=Precedence.choices)
    amount = models.PositiveIntegerField(help_text="0 business days = end of the business day")
    unit = models.CharField(max_length=16, choices=Unit.choices)

    class Meta:
        verbose_name = "desk SLA"
        constraints = [
            models.UniqueConstraint(fields=["desk", "precedence"], name="sla_once_per_precedence")
        ]

    def __str__(self) -> str:
        return f"{self.desk.symbol} {self.precedence}: {self.amount} {self.unit}"


class Profile(models.Model):
    user = models.OneToOneField(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="profile"
    )
    clearance = models.CharField(max_length=16, choices=Level.choices, default=Level.UNCLASSIFIED)
    noforn = models.BooleanField(default=False, help_text="May read NOFORN (US persons only)")

    def __str__(self) -> str:
        return f"{self.user} {self.clearance}{' NOFORN' if self.noforn else ''}"


class Membership(models.Model):
    class Role(models.TextChoices):
        MEMBER = "member"
        LEAD = "lead"

    user = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="memberships"
    )
    desk = models.ForeignKey(Desk, on_delete=models.CASCADE, related_name="memberships")
    role = models.CharField(max_length=8, choices=Role.choices, default=Role.MEMBER)

    class Meta:
        constraints = [
            models.UniqueConstraint(fields=["user", "desk"], name="membership_once_per_desk")
        ]

    def __str__(self) -> str:
        return f"{self.user} {self.role} of {self.desk.symbol}"


class RoutingRule(models.Model):
    """One routing rule: the first active rule, by order, that matches and names a desk wins.

    Blank match fields match anything. The target says where the task goes: fixed desks, or a
    desk taken from the cable (its FOR line, the office the ask names, the TO addressees, the
    country desk of its geo TAGS or of its originating post).
    """

    class AskedOf(models.TextChoices):
        ANY = "", "anyone"
        DEPARTMENT = "department", "the Department, no office named"
        OFFICE = "office", "a Department office named in the ask"
        POST = "post", "one or more posts"
        ALL = "all", "all action addressees"

    class Presence(models.TextChoices):
        ANY = "", "either"
        PRESENT = "present", "present"
        ABSENT = "absent", "absent"

    class Origin(models.TextChoices):
        ANY = "", "anywhere"
        DEPARTMENT = "department", "the Department (STATE)"
        POST = "post", "a post"

    class Target(models.TextChoices):
        DESKS = "desks", "the lead desk below"
        FOR_LINE = "for_line", "the offices on the FOR line"
        ACTION_OFFICE = "action_office", "the desks named in the ask"
        TO_ADDRESSEES = "to_addressees", "every TO addressee post"
        COUNTRY_DESK = "country_desk", "the country desk of the geo TAGS or originating post"

    name = models.CharField(max_length=128)
    order = models.PositiveIntegerField(default=100)
    active = models.BooleanField(default=True)
    match_for_office = models.CharField(
        max_length=64, blank=True, help_text="The FOR line names this office"
    )
    match_for_line = models.CharField(
        max_length=8, choices=Presence.choices, blank=True, help_text="The cable has a FOR line"
    )
    match_asked_of = models.CharField(max_length=16, choices=AskedOf.choices, blank=True)
    match_action_office = models.CharField(
        max_length=64, blank=True, help_text="The ask names this desk (action office)"
    )
    match_requested_of = models.CharField(
        max_length=128, blank=True, help_text="Words in whom the ask is addressed to"
    )
    match_tags = models.CharField(
        max_length=256, blank=True, help_text="Any of these TAGS, space separated (KNNP AJ)"
    )
    match_station = models.CharField(max_length=64, blank=True, help_text="Originating station")
    match_origin = models.CharField(max_length=16, choices=Origin.choices, blank=True)
    match_level = models.CharField(max_length=16, choices=Level.choices, blank=True)
    target = models.CharField(max_length=16, choices=Target.choices, default=Target.DESKS)
    lead_desk = models.ForeignKey(
        Desk, null=True, blank=True, on_delete=models.PROTECT, related_name="+"
    )
    supporting_desks = models.ManyToManyField(Desk, blank=True, related_name="+")

    class Meta:
        ordering = ["order", "pk"]

    def __str__(self) -> str:
        return f"{self.order}. {self.name}"

    def clean(self) -> None:
        if self.target == self.Target.DESKS and self.lead_desk_id is None:
            raise ValidationError({"lead_desk": "Route to the lead desk: choose one."})


class RoutedCable(models.Model):
    """The tracker has handled this cable: its requests routed, the tasks it answers marked.

    The outbox sweep routes the cables that have no row yet (their publish was lost)."""

    cable = models.OneToOneField(
        Cable, primary_key=True, on_delete=models.CASCADE, related_name="routing"
    )
    routed_at = models.DateTimeField(default=timezone.now)

    def __str__(self) -> str:
        return f"{self.cable_id} routed {self.routed_at:%Y-%m-%d %H:%M}"


class RoutingFailure(models.Model):
    """The outbox sweep could not route this cable. The sweep tries the cables that never
    failed first, and a failed one again only after ``retry_after`` (2, 4, 8 ... minutes, at
    most a day), so that cables it cannot route (a desk's time zone mistyped, a bug) neither
    keep newer cables from their turn nor fill the log at every sweep."""

    cable = models.OneToOneField(
        Cable, primary_key=True, on_delete=models.CASCADE, related_name="routing_failure"
    )
    attempts = models.PositiveIntegerField(default=0)
    last_failed_at = models.DateTimeField(default=timezone.now)
    retry_after = models.DateTimeField(default=timezone.now)
    error = models.CharField(max_length=500, blank=True)

    def __str__(self) -> str:
        return f"{self.cable_id} failed {self.attempts} time(s), last {self.last_failed_at}"


class Task(models.Model):
    class Status(models.TextChoices):
        NEW = "new"
        ACKNOWLEDGED = "acknowledged"
        IN_PROGRESS = "in_progress"
        RESPONDED = "responded"
        CLOSED = "closed"
        RETURNED = "returned"
        CANCELLED = "cancelled"

    class Role(models.TextChoices):
        LEAD = "lead"
        SUPPORTING = "supporting"

    action_request = models.ForeignKey(
        ActionRequest, on_delete=models.CASCADE, related_name="tasks"
    )
    desk = models.ForeignKey(Desk, on_delete=models.PROTECT, related_name="tasks")
    role = models.CharField(max_length=16, choices=Role.choices, default=Role.LEAD)
    status = models.CharField(max_length=16, choices=Status.choices, default=Status.NEW)
    starts_at = models.DateTimeField(
        default=timezone.now, help_text="When the clock started: the cable's time of receipt"
    )
    due_at = models.DateTimeField()
    routing_rule = models.ForeignKey(
        RoutingRule, null=True, blank=True, on_delete=models.SET_NULL, related_name="tasks"
    )
    routing_reason = models.CharField(max_length=256, blank=True)
    assignee = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="assigned_tasks",
    )
    response_cable = models.ForeignKey(
        Cable, null=True, blank=True, on_delete=models.SET_NULL, related_name="responded_tasks"
    )
    next_notice_at = models.DateTimeField(
        null=True, blank=True, help_text="When the deadline scan next looks at this task"
    )
    created = models.DateTimeField(auto_now_add=True)
    updated = models.DateTimeField(auto_now=True)

    class Meta:
        ordering = ["due_at"]
        constraints = [
            # Routing twice never duplicates a task.
            models.UniqueConstraint(fields=["action_request", "desk"], name="task_once_per_desk")
        ]
        indexes = [
            # A desk's open tasks by deadline: the desk page.
            models.Index(fields=["desk", "status", "due_at"], name="task_desk_status_due_idx"),
            # The deadline scan: open tasks whose next reminder or escalation time has come
            # (status first, so closed tasks never weigh on the scan).
            models.Index(fields=["status", "next_notice_at"], name="task_status_notice_idx"),
        ]

    def __str__(self) -> str:
        return f"T{self.pk} {self.desk.symbol} {self.action_request.cable.reference_id}"

    @property
    def is_open(self) -> bool:
        return self.status in OPEN_STATUSES

    @property
    def is_overdue(self) -> bool:
        return self.is_open and self.due_at < timezone.now()


OPEN_STATUSES = (Task.Status.NEW, Task.Status.ACKNOWLEDGED, Task.Status.IN_PROGRESS)


class TaskEvent(models.Model):
    task = models.ForeignKey(Task, on_delete=models.CASCADE, related_name="events")
    at = models.DateTimeField(default=timezone.now)
    actor = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL
    )
    kind = models.CharField(max_length=32)
    from_status = models.CharField(max_length=16, blank=True)
    to_status = models.CharField(max_length=16, blank=True)
    note = models.TextField(blank=True)

    class Meta:
        ordering = ["task", "at", "pk"]

    def __str__(self) -> str:
        return f"{self.task} {self.kind} {self.from_status}->{self.to_status}"


class Watch(models.Model):
    """Someone who follows a task without being tasked: an INFO addressee, a supporting desk,
    or a person who asked to follow it."""

    class Reason(models.TextChoices):
        INFO = "info", "INFO addressee"
        SUPPORTING = "supporting", "supporting desk"
        PERSONAL = "personal", "follows it"

    task = models.ForeignKey(Task, on_delete=models.CASCADE, related_name="watches")
    desk = models.ForeignKey(
        Desk, null=True, blank=True, on_delete=models.CASCADE, related_name="watches"
    )
    user = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        null=True,
        blank=True,
        on_delete=models.CASCADE,
        related_name="watches",
    )
    reason = models.CharField(max_length=16, choices=Reason.choices)

    class Meta:
        constraints = [
            models.UniqueConstraint(
                fields=["task", "desk"], condition=Q(desk__isnull=False), name="watch_once_desk"
            ),
            models.UniqueConstraint(
                fields=["task", "user"], condition=Q(user__isnull=False), name="watch_once_user"
            ),
            models.CheckConstraint(
                condition=Q(desk__isnull=False) | Q(user__isnull=False), name="watch_has_watcher"
            ),
        ]

    def __str__(self) -> str:
        return f"{self.desk or self.user} watches T{self.task_id}"


class Extension(models.Model):
    class Status(models.TextChoices):
        PENDING = "pending"
        GRANTED = "granted"
        REFUSED = "refused"

    task = models.ForeignKey(Task, on_delete=models.CASCADE, related_name="extensions")
    requested_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, on_delete=models.SET_NULL, related_name="+"
    )
    requested_at = models.DateTimeField(default=timezone.now)
    previous_due_at = models.DateTimeField()
    proposed_due_at = models.DateTimeField()
    reason = models.TextField()
    status = models.CharField(max_length=8, choices=Status.choices, default=Status.PENDING)
    decided_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    decided_at = models.DateTimeField(null=True, blank=True)
    decision_note = models.TextField(blank=True)

    class Meta:
        ordering = ["task", "requested_at"]
        constraints = [
            # One open request at a time: the front office decides before the next is asked.
            models.UniqueConstraint(
                fields=["task"], condition=Q(status="pending"), name="extension_one_pending"
            )
        ]

    def __str__(self) -> str:
        return f"T{self.task_id} extension to {self.proposed_due_at:%Y-%m-%d %H:%M} {self.status}"


class Notification(models.Model):
    """A notice owed to a desk or person, stored before it is sent (delivery: the email issue)."""

    class Kind(models.TextChoices):
        REMINDER_HALF = "reminder_half", "reminder: half the time used"
        REMINDER_THREE_QUARTERS = "reminder_three_quarters", "reminder: 75% of the time used"
        DUE_TODAY = "due_today", "reminder: due today"
        ESCALATION = "escalation", "escalation: past due"

    task = models.ForeignKey(Task, on_delete=models.CASCADE, related_name="notifications")
    kind = models.CharField(max_length=32, choices=Kind.choices)
    # The deadline the notice is about: a granted extension starts a new series.
    due_at = models.DateTimeField()
    recipient_desk = models.ForeignKey(
        Desk, null=True, blank=True, on_delete=models.CASCADE, related_name="notifications"
    )
    recipient_user = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        null=True,
        blank=True,
        on_delete=models.CASCADE,
        related_name="notifications",
    )
    created = models.DateTimeField(default=timezone.now)
    sent_at = models.DateTimeField(null=True, blank=True)

    class Meta:
        ordering = ["created", "pk"]
        constraints = [
            # Each reminder or escalation once per task and deadline, however often the scan runs.
            models.UniqueConstraint(
                fields=["task", "kind", "due_at"], name="notification_once_per_deadline"
            )
        ]
        indexes = [
            # The mailer's queue: notifications not yet sent, oldest first.
            models.Index(
                fields=["created"], condition=Q(sent_at__isnull=True), name="notification_unsent"
            )
        ]

    def __str__(self) -> str:
        return f"T{self.task_id} {self.kind} -> {self.recipient_desk or self.recipient_user}"
