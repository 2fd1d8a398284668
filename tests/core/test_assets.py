"""Packaged TOML files come pre-parsed, and an edited file is read as it now is."""

from __future__ import annotations

import tomllib

from psoas_timer.core.assets import assets, parsed_table
from psoas_timer.core.tomlio import parse_asset


def test_every_packaged_table_matches_its_toml_file() -> None:
    names = ["exercises.toml", "safety.toml", "poses.toml"]
    names += [f"routines/{p.name}" for p in sorted((assets() / "routines").iterdir())]
    for name in names:
        data = (assets() / name).read_bytes()
        assert parsed_table(name, data) == tomllib.loads(data.decode()), name


def test_an_edited_file_is_parsed_again() -> None:
    data = (assets() / "exercises.toml").read_bytes()
    edited = data.replace(b"Supine hip flexion march", b"Supine march, edited", 1)
    assert edited != data
    assert parsed_table("exercises.toml", edited) is None
    table, problems = parse_asset("exercises.toml", edited, "assets/exercises.toml")
    assert problems == []
    assert table is not None
    assert any(e["name"] == "Supine march, edited" for e in table["exercise"])


def test_tables_handed_out_are_copies() -> None:
    data = (assets() / "safety.toml").read_bytes()
    first = parsed_table("safety.toml", data)
    assert first is not None
    first.clear()
    assert parsed_table("safety.toml", data) != {}
