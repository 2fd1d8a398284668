"""The pose view's painted figures, kept as pictures of the whole view up to a byte budget.

A moving figure, once painted, is copied again rather than painted again; this
is where those pictures are kept and where room is made for new ones. Switched
off with ``PSOAS_TIMER_NO_PIXMAP_CACHE=1`` (then nothing is kept).
"""

from __future__ import annotations

from collections import OrderedDict
from typing import NamedTuple

from PySide6.QtGui import QPixmap, QTransform

from ...core.debug_switches import Mechanism, enabled
from ...core.drawing import Drawing

#: Bytes of painted figures a view keeps (see :meth:`PictureBudget.room_for`): a
#: movement's 30-odd positions at the size of the figure on a 1280 x 800 window.
PIXMAP_BUDGET = 16 << 20

#: A drawing (by ``id``), palette and whether it is painted mirrored.
PictureKey = tuple[int, str, bool]


class Picture(NamedTuple):
    """A figure painted on the whole view, as :class:`PictureBudget` keeps it."""

    body: Drawing
    pixmap: QPixmap
    device: QTransform
    ratio: float
    #: Exercise, palette, side and placement: pictures of one movement.
    group: tuple[object, ...]
    size: int  # bytes


class PictureBudget:
    """Painted figures, oldest first, and the bytes they take (at most :data:`PIXMAP_BUDGET`).

    To make room, pictures of other groups (exercises, sides, palettes or
    sizes) go first, oldest first; within a group, none does, since a movement
    done again asks for its positions in the same order and an evicted first
    position would evict the next, and so on.
    """

    def __init__(self) -> None:
        self._pictures: OrderedDict[PictureKey, Picture] = OrderedDict()
        self._bytes = 0
        self._keeps = enabled(Mechanism.PIXMAP_CACHE)

    @property
    def bytes(self) -> int:
        """Memory taken by the pictures kept."""
        return self._bytes

    def get(
        self, key: PictureKey, body: Drawing, device: QTransform, ratio: float
    ) -> Picture | None:
        """The picture kept under ``key`` if it still shows ``body`` placed so.

        A stale one (another drawing, placement or pixel ratio) is dropped.
        """
        kept = self._pictures.get(key)
        if kept is None:
            return None
        if kept.body is body and kept.device == device and kept.ratio == ratio:
            self._pictures.move_to_end(key)
            return kept
        del self._pictures[key]
        self._bytes -= kept.size
        return None

    def drop(self, key: PictureKey) -> None:
        """Forget the picture under ``key``, if any."""
        picture = self._pictures.pop(key, None)
        if picture is not None:
            self._bytes -= picture.size

    def room_for(self, size: int, group: tuple[object, ...]) -> bool:
        """Make room for ``size`` more bytes of ``group``; ``False`` when there is none."""
        budget = PIXMAP_BUDGET if self._keeps else 0
        if self._bytes + size > budget:
            for other in [k for k, p in self._pictures.items() if p.group != group]:
                self._bytes -= self._pictures.pop(other).size
                if self._bytes + size <= budget:
                    break
            if self._bytes + size > budget:
                return False
        return True

    def keep(self, key: PictureKey, picture: Picture) -> Picture:
        """Keep ``picture`` (room was made for it by :meth:`room_for`)."""
        self._pictures[key] = picture
        self._bytes += picture.size
        return picture
