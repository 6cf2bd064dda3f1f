from django.contrib import admin

from tracker.models import Desk, Task, TaskEvent


@admin.register(Desk)
class DeskAdmin(admin.ModelAdmin):
    list_display = ("symbol", "name", "kind", "parent", "time_zone", "email")
    list_filter = ("kind",)
    list_select_related = ("parent",)
    search_fields = ("symbol", "name")
    raw_id_fields = ("parent",)


class TaskEventInline(admin.TabularInline):
    model = TaskEvent
    extra = 0
    fields = ("at", "actor", "kind", "from_status", "to_status", "note")
    readonly_fields = fields
    can_delete = False


@admin.register(Task)
class TaskAdmin(admin.ModelAdmin):
    list_display = ("id", "desk", "status", "role", "due_at", "action_request")
    list_filter = ("status", "role", "desk__kind")
    list_select_related = ("desk", "action_request__cable", "action_request__paragraph")
    search_fields = ("desk__symbol", "action_request__cable__reference_id")
    raw_id_fields = ("action_request", "desk")
    inlines = (TaskEventInline,)


@admin.register(TaskEvent)
class TaskEventAdmin(admin.ModelAdmin):
    list_display = ("task", "at", "kind", "from_status", "to_status", "actor")
    list_filter = ("kind",)
    list_select_related = ("task__desk", "task__action_request__cable", "actor")
    raw_id_fields = ("task", "actor")
