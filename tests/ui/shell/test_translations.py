"""The shipped zh_CN catalogue is complete, covers every source string and is compiled
from the committed .ts (content compared: mtimes mean nothing in a fresh clone)."""
from __future__ import annotations

import importlib.util
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[3]
spec = importlib.util.spec_from_file_location("i18n_tool", ROOT / "tools" / "i18n.py")
i18n_tool = importlib.util.module_from_spec(spec)
spec.loader.exec_module(i18n_tool)


def _messages(ts_file: Path) -> dict[tuple[str, str], ET.Element]:
    root = ET.parse(ts_file).getroot()
    return {(context.findtext("name"), message.findtext("source")): message
            for context in root.iter("context") for message in context.iter("message")}


def _need(tool: str) -> None:
    if i18n_tool.find_tool(tool) is None:
        pytest.skip(f"pyside6-{tool} is not installed")


def test_every_message_is_translated():
    messages = _messages(i18n_tool.TS_FILE)
    assert len(messages) > 50
    unfinished = [key for key, message in messages.items()
                  if message.find("translation").get("type") in ("unfinished", "obsolete",
                                                                  "vanished")
                  or not (message.findtext("translation") or "").strip()]
    assert unfinished == []


def test_placeholders_survive_translation():
    for (context, source), message in _messages(i18n_tool.TS_FILE).items():
        for placeholder in ("{0}", "{1}", "&"):
            if placeholder in source:
                assert placeholder in message.findtext("translation"), (context, source)


def test_no_source_string_is_missing_from_the_catalogue(tmp_path):
    _need("lupdate")
    fresh = tmp_path / "fresh.ts"
    i18n_tool.lupdate(fresh)
    missing = set(_messages(fresh)) - set(_messages(i18n_tool.TS_FILE))
    assert missing == set(), "run tools/i18n.py and translate the new strings"


def test_committed_qm_is_built_from_committed_ts(tmp_path):
    _need("lrelease")
    rebuilt = tmp_path / "rebuilt.qm"
    i18n_tool.lrelease(i18n_tool.TS_FILE, rebuilt)
    assert i18n_tool.QM_FILE.read_bytes() == rebuilt.read_bytes(), \
        "the .qm is stale: run tools/i18n.py --release"


def test_domain_labels_are_collected():
    source = i18n_tool.domain_strings_source()
    assert 'QT_TRANSLATE_NOOP("Domain", "Unpaid wages")' in source
