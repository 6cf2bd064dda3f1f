"""Desks, tasks and their history."""

from __future__ import annotations

from django.conf import settings
from django.db import models
from django.utils import timezone

from cables.models import ActionRequest


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
    due_at = models.DateTimeField()
    routing_reason = models.CharField(max_length=256, blank=True)
    created = models.DateTimeField(auto_now_add=True)
    updated = models.DateTimeField(auto_now=True)

    class Meta:
        ordering = ["due_at"]
        constraints = [
            # Routing twice never duplicates a task.
            models.UniqueConstraint(fields=["action_request", "desk"], name="task_once_per_desk")
        ]
        indexes = [
            # A desk's open tasks by deadline: the desk page and the reminder scan.
            models.Index(fields=["desk", "status", "due_at"], name="task_desk_status_due_idx"),
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
