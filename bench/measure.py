"""What the bench scripts share (each script runs alone: ``python bench/NAME.py``; Python puts
this folder on the path)."""
from __future__ import annotations

import resource


def peak_mb() -> float:
    """Peak resident memory of this process so far, in MB."""
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024  # Linux reports KiB
