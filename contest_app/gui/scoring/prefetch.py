"""Decode the neighbouring works' previews ahead of time, so moving on shows an image at once."""

from __future__ import annotations

from collections import OrderedDict
from pathlib import Path

from PySide6.QtCore import QObject, QRunnable, QSize, Qt, QThreadPool, Signal
from PySide6.QtGui import QImage, QImageReader


def load_scaled(path: Path, bound: QSize) -> QImage:
    """Decode at (about) the size it will be shown: a 1600 px preview in a 1000 px view."""
    reader = QImageReader(str(path))
    reader.setAutoTransform(True)
    size = reader.size()
    if size.isValid() and bound.isValid() and (size.width() > bound.width()
                                               or size.height() > bound.height()):
        reader.setScaledSize(size.scaled(bound, Qt.AspectRatioMode.KeepAspectRatio))
    return reader.read()


class _Signals(QObject):
    loaded = Signal(str, QImage)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)


class _Load(QRunnable):
    def __init__(self, code: str, path: Path, bound: QSize, signals: _Signals) -> None:
        super().__init__()
        self.code, self.path, self.bound, self.signals = code, path, bound, signals

    def run(self) -> None:
        image = load_scaled(self.path, self.bound)
        try:
            self.signals.loaded.emit(self.code, image)
        except RuntimeError:  # the window closed while this ran: nobody wants the image now
            pass


class ImageCache(QObject):
    """A small LRU of decoded previews; requests for neighbours run on a worker thread."""

    def __init__(self, capacity: int = 12, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.capacity = capacity
        self.bound = QSize(1920, 1200)
        self._images: OrderedDict[str, QImage] = OrderedDict()
        self._pending: set[str] = set()
        # children die in creation order: the pool first, waiting for running loads, then signals
        self.pool = QThreadPool(self)
        self.pool.setMaxThreadCount(2)
        self._signals = _Signals(self)
        self._signals.loaded.connect(self._store)

    def _store(self, code: str, image: QImage) -> None:
        self._pending.discard(code)
        self._images[code] = image
        self._images.move_to_end(code)
        while len(self._images) > self.capacity:
            self._images.popitem(last=False)

    def get(self, code: str, path: Path) -> QImage:
        image = self._images.get(code)
        if image is None:
            image = load_scaled(path, self.bound)  # not prefetched yet: decode now
            self._store(code, image)
        else:
            self._images.move_to_end(code)
        return image

    def prefetch(self, code: str, path: Path) -> None:
        if code in self._images or code in self._pending:
            return
        self._pending.add(code)
        self.pool.start(_Load(code, path, self.bound, self._signals))

    def wait(self) -> None:
        self.pool.waitForDone()
