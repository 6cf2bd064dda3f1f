"""Action-request detection: pure Python, no Django."""

from cables.detection.detector import detect
from cables.detection.model import DetectedRequest

__all__ = ["DetectedRequest", "detect"]
