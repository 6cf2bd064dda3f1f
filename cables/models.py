"""Cables, their paragraphs and references, and the action requests found in them."""

from __future__ import annotations

from django.db import models

LEVEL_RANKS = {"UNCLASSIFIED": 0, "CONFIDENTIAL": 1, "SECRET": 2, "TOP SECRET": 3}


class Precedence(models.TextChoices):
    FLASH = "FLASH"
    IMMEDIATE = "IMMEDIATE"
    PRIORITY = "PRIORITY"
    ROUTINE = "ROUTINE"


class Level(models.TextChoices):
    UNCLASSIFIED = "UNCLASSIFIED"
    CONFIDENTIAL = "CONFIDENTIAL"
    SECRET = "SECRET"
    TOP_SECRET = "TOP SECRET"


class Cable(models.Model):
    reference_id = models.CharField(max_length=64, unique=True)
    raw_text = models.TextField()
    sha256 = models.CharField(max_length=64)
    precedence = models.CharField(max_length=16, choices=Precedence.choices, blank=True)
    info_precedence = models.CharField(max_length=16, choices=Precedence.choices, blank=True)
    created = models.DateTimeField(null=True, blank=True, help_text="From the DTG, UTC")
    origin = models.CharField(max_length=128, blank=True)
    station = models.CharField(max_length=64, blank=True)
    classification = models.CharField(max_length=64, blank=True, help_text="With caveats")
    level = models.CharField(max_length=16, choices=Level.choices, default=Level.UNCLASSIFIED)
    # Denormalised rank of ``level`` so that access filters are one integer comparison.
    level_rank = models.PositiveSmallIntegerField(default=0)
    noforn = models.BooleanField(default=False)
    captions = models.JSONField(default=list, blank=True)
    subject = models.CharField(max_length=512, blank=True)
    subject_marking = models.CharField(max_length=128, blank=True)
    tags = models.JSONField(default=list, blank=True)
    for_offices = models.JSONField(default=list, blank=True)
    to_addressees = models.JSONField(default=list, blank=True)
    info_addressees = models.JSONField(default=list, blank=True)
    niact = models.JSONField(default=list, blank=True)
    signature = models.CharField(max_length=128, blank=True)
    warnings = models.JSONField(default=list, blank=True)
    ingested_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["-created"]
        indexes = [
            # Desk pages and the API list cables newest first.
            models.Index(fields=["-created"], name="cable_created_idx"),
        ]

    def __str__(self) -> str:
        return self.reference_id


class Paragraph(models.Model):
    cable = models.ForeignKey(Cable, on_delete=models.CASCADE, related_name="paragraphs")
    position = models.PositiveIntegerField(help_text="Order in the cable, from 0")
    number = models.PositiveIntegerField(null=True, blank=True, help_text="As printed (repaired)")
    marking = models.CharField(max_length=128, blank=True)
    text = models.TextField()

    class Meta:
        ordering = ["cable", "position"]
        constraints = [
            models.UniqueConstraint(
                fields=["cable", "position"], name="paragraph_once_per_position"
            )
        ]

    def __str__(self) -> str:
        label = f"¶{self.number}" if self.number is not None else f"text {self.position}"
        return f"{self.cable.reference_id} {label}"


class CableReference(models.Model):
    cable = models.ForeignKey(Cable, on_delete=models.CASCADE, related_name="references")
    position = models.PositiveIntegerField()
    letter = models.CharField(max_length=8, blank=True)
    cited_reference_id = models.CharField(max_length=64, blank=True)
    raw = models.CharField(max_length=512)
    kind = models.CharField(max_length=16, default="cable")

    class Meta:
        ordering = ["cable", "position"]
        indexes = [
            # Responses: "which cables cite 08BAKU192?"
            models.Index(fields=["cited_reference_id"], name="ref_cited_idx"),
        ]

    def __str__(self) -> str:
        return f"{self.cable.reference_id} REF {self.letter} {self.cited_reference_id or self.raw}"


class ActionRequest(models.Model):
    cable = models.ForeignKey(Cable, on_delete=models.CASCADE, related_name="action_requests")
    position = models.PositiveIntegerField(help_text="Order among the cable's requests")
    paragraph = models.ForeignKey(
        Paragraph, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    pointer_paragraph = models.ForeignKey(
        Paragraph, null=True, blank=True, on_delete=models.SET_NULL, related_name="+"
    )
    also_paragraphs = models.JSONField(default=list, blank=True)
    quote = models.TextField(blank=True)
    requested_of = models.CharField(max_length=256, blank=True)
    action_office = models.CharField(max_length=512, blank=True)
    deadline = models.DateField(null=True, blank=True, help_text="Explicit deadline only")
    deadline_time = models.TimeField(null=True, blank=True)
    deadline_text = models.CharField(max_length=256, blank=True)
    explicit = models.BooleanField(default=False)
    confidence = models.FloatField(default=0.0)
    evidence = models.JSONField(default=list, blank=True)

    class Meta:
        ordering = ["cable", "position"]
        constraints = [
            models.UniqueConstraint(fields=["cable", "position"], name="request_once_per_position")
        ]

    def __str__(self) -> str:
        where = f"¶{self.paragraph.number}" if self.paragraph else "cable"
        return f"{self.cable.reference_id} {where} -> {self.action_office or 'routing'}"

    @property
    def asap(self) -> bool:
        return self.deadline is None and "ASAP" in self.deadline_text.upper()
