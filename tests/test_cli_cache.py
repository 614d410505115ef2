"""The bundled examples reach the command pre-structured, and never stale."""

import io
import pickle
from pathlib import Path

import pytest

from charter import examples
from charter.cli import _cache, main


@pytest.fixture
def cache(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.setenv("CHARTER_CACHE_DIR", str(tmp_path))
    monkeypatch.delenv("CHARTER_NO_CACHE", raising=False)
    return tmp_path


def _files(cache: Path, name: str = "federal") -> list[Path]:
    return sorted(cache.glob(f"example-{name}-*.pickle"))


@pytest.mark.parametrize("name", [None, *examples.names()])
def test_the_pre_structured_example_equals_the_loaded_one(cache: Path, name: str | None) -> None:
    first = _cache.example(name)  # built, and kept
    assert _files(cache, name or examples.DEFAULT)
    again = _cache.example(name)  # from the cache
    assert first == again == examples.load(name)
    assert again is not first


def test_the_command_reads_the_cache_it_wrote(cache: Path) -> None:
    out = io.StringIO()
    assert main(["deadlines", "--received", "2026-12-23T10:00+01:00"], out) == 0
    [kept] = _files(cache)
    served = io.StringIO()
    assert main(["deadlines", "--received", "2026-12-23T10:00+01:00"], served) == 0
    assert served.getvalue() == out.getvalue()
    assert _files(cache) == [kept]


def test_a_changed_example_is_never_served_stale(
    cache: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    original = _cache.example(None)
    [old] = _files(cache)
    changed = examples.text().replace("FPS Example Affairs", "FPS Changed Affairs")
    monkeypatch.setattr(examples, "text", lambda _=None: changed)
    fresh = _cache.example(None)
    assert fresh.organisation.name["en"] == "FPS Changed Affairs"
    assert original.organisation.name["en"] == "FPS Example Affairs"
    [new] = _files(cache)
    assert new != old  # another digest; the older file is removed, so the folder stays small


def test_an_edited_library_is_another_key(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    package = tmp_path / "charter"
    (package / "model").mkdir(parents=True)
    module = package / "model" / "charter.py"
    module.write_text("x = 1\n")
    monkeypatch.setattr(_cache, "_PACKAGE", package)
    text = examples.text()
    before = _cache._digest(text)  # noqa: SLF001
    assert _cache._digest(text) == before  # noqa: SLF001
    module.write_text("x = 2\n")  # the same size: the modification time tells
    import os  # noqa: PLC0415

    stat = module.stat()
    os.utime(module, ns=(stat.st_atime_ns, stat.st_mtime_ns + 1_000_000_000))
    assert _cache._digest(text) != before  # noqa: SLF001
    module.write_text("x = 22\n")
    assert _cache._digest(text) != before  # noqa: SLF001


@pytest.mark.parametrize(
    "content",
    [
        b"",
        b"not a pickle",
        pickle.dumps({"a": "dict"}),
        pickle.dumps(None)[:3],
        b"\x80\x63",  # an unsupported protocol: a ValueError
        b"\x80\x04\x95\x05\x00\x00\x00\x00\x00\x00\x00\x8c\x01x\x94.",  # truncated memo
    ],
)
def test_a_file_that_is_not_a_charter_is_rebuilt(cache: Path, content: bytes) -> None:
    _cache.example(None)
    [path] = _files(cache)
    path.write_bytes(content)
    assert _cache.example(None) == examples.load()
    assert pickle.loads(path.read_bytes()) == examples.load()  # noqa: S301 - our own file


def test_no_cache_bypasses_the_folder(cache: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("CHARTER_NO_CACHE", "1")
    assert _cache.folder() is None
    assert _cache.example(None) == examples.load()
    assert not list(cache.iterdir())


def test_a_folder_that_cannot_be_written_is_no_error(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    blocked = tmp_path / "file"
    blocked.write_text("x")
    monkeypatch.setenv("CHARTER_CACHE_DIR", str(blocked / "cache"))  # under a file
    assert _cache.example(None) == examples.load()


def test_the_default_folder_is_the_user_s_cache(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("CHARTER_CACHE_DIR")
    monkeypatch.setenv("XDG_CACHE_HOME", "/somewhere")
    assert _cache.folder() == Path("/somewhere/charter")
    monkeypatch.delenv("XDG_CACHE_HOME")
    assert _cache.folder() == Path.home() / ".cache" / "charter"


def test_an_unknown_example_is_still_a_usage_error(cache: Path) -> None:
    assert main(["deadlines", "--example", "nope", "--received", "now"], io.StringIO()) == 2
    assert not list(cache.iterdir())
