"""The bundled examples, pre-structured for the command: read once, then unpickled.

Loading a charter document means importing the document machinery (cattrs, the converter)
and structuring the whole document; for a bundled example the command does it once and
keeps the resulting :class:`~charter.Charter` as a pickle in a cache folder. The file's name
holds a digest of everything the charter it holds depends on: the library's version, the
Python version, the example's text and the size and modification time of every module of
the library. A changed example, an upgraded or edited library, another Python: another
name, so a stale charter is never served. Writing the cache is best effort (a read-only
home is no error); a file that cannot be read back as a charter is rebuilt.

The folder is ``$CHARTER_CACHE_DIR``, else ``$XDG_CACHE_HOME/charter``, else
``~/.cache/charter``; ``CHARTER_NO_CACHE=1`` bypasses it. Only the newest file of each
example is kept. The folder is the user's own: like the library's own files, whoever can
write there can run code as the user.
"""

from __future__ import annotations

import hashlib
import os
import pickle
import sys
from pathlib import Path
from typing import TYPE_CHECKING

from charter._version import __version__

if TYPE_CHECKING:
    from charter.model.charter import Charter

#: The package whose modules the cached charters are built from.
_PACKAGE = Path(__file__).resolve().parent.parent


def folder() -> Path | None:
    """The cache folder, or None when ``CHARTER_NO_CACHE`` is set."""
    if os.environ.get("CHARTER_NO_CACHE", "") not in {"", "0"}:
        return None
    given = os.environ.get("CHARTER_CACHE_DIR")
    if given:
        return Path(given)
    base = os.environ.get("XDG_CACHE_HOME") or str(Path.home() / ".cache")
    return Path(base) / "charter"


def _digest(text: str) -> str:
    """What the charter of *text* depends on, as a hex digest."""
    digest = hashlib.sha256()
    digest.update(f"{__version__}\0{sys.version_info[:3]}\0".encode())
    digest.update(text.encode("utf-8", "surrogatepass"))
    for path in sorted(_PACKAGE.rglob("*.py")):
        stat = path.stat()
        digest.update(
            f"\0{path.relative_to(_PACKAGE)}\0{stat.st_size}\0{stat.st_mtime_ns}".encode()
        )
    return digest.hexdigest()[:32]


def example(name: str | None) -> Charter:
    """The bundled example *name* (``None``: the default), from the cache when it can be."""
    from charter import examples  # noqa: PLC0415
    from charter.model.charter import Charter  # noqa: PLC0415

    where = folder()
    if where is None:
        return examples.load(name)
    key = examples.DEFAULT if name is None else name
    text = examples.text(key)  # an unknown name fails here, as examples.load says it
    path = where / f"example-{key}-{_digest(text)}.pickle"
    try:
        with path.open("rb") as file:
            found = pickle.load(file)  # noqa: S301 - the user's own cache, named by digest
        if isinstance(found, Charter):
            return found
    except OSError:  # no such file, or no folder to read: built below
        pass
    except Exception:  # noqa: BLE001 - whatever the file holds, it is built again
        _forget(path)
    from charter.io import loads  # noqa: PLC0415 - the document machinery, on a miss

    charter = loads(text, format=examples.document_format(key))  # the text of the digest
    _keep(where, key, path, charter)
    return charter


def _keep(where: Path, key: str, path: Path, charter: Charter) -> None:
    """Write *charter* to *path* (atomically), and remove the example's older files."""
    try:
        where.mkdir(parents=True, exist_ok=True)
        partial = path.with_suffix(f".{os.getpid()}.partial")
        partial.write_bytes(pickle.dumps(charter, protocol=pickle.HIGHEST_PROTOCOL))
        partial.replace(path)
        for old in where.glob(f"example-{key}-*.pickle"):
            if old != path:
                old.unlink(missing_ok=True)
    except OSError:
        return


def _forget(path: Path) -> None:
    """Remove the unreadable file *path*, if the folder lets us."""
    try:
        path.unlink(missing_ok=True)
    except OSError:
        return
