"""Files the backend keeps beside the index, one per segment (segments never change once written)."""

from __future__ import annotations

import os
import threading
from collections.abc import Callable
from typing import BinaryIO


def save_beside(folder: str, path: str, write: Callable[[BinaryIO], object]) -> None:
    """Write a segment's file at ``path`` (under the index ``folder``) atomically with ``write``, and drop the
    files of segments gone from the index (merged away); a library that cannot be written (read-only) simply
    computes what the file holds again next time."""
    try:
        os.makedirs(os.path.dirname(path), exist_ok=True)
        tmp = f"{path}.{os.getpid()}.{threading.get_ident()}.tmp"
        with open(tmp, "wb") as f:
            write(f)
        os.replace(tmp, path)
        present = {name.partition(".")[0] for name in os.listdir(folder)}
        for name in os.listdir(os.path.dirname(path)):
            if name.partition(".")[0] not in present:
                os.remove(os.path.join(os.path.dirname(path), name))
    except OSError:
        pass
