"""What is read aloud: a document as passages (a heading, a clause, a paragraph), each
read sentence by sentence.

The passages are the printed wording (documents/reading_text.py takes them from the
same flowables the PDF is made of), so what the party hears is what they sign. The
digest covers that wording: a reading is recorded against it, and a document whose
digest has changed since needs reading again (services/readings).
"""
from __future__ import annotations

import hashlib
import re
from dataclasses import dataclass
from functools import cached_property

# A sentence ends at a full stop, question or exclamation mark, semicolon or line break
# (closing quotes and brackets stay with it). Commas are pauses inside a sentence.
_SENTENCE_END = re.compile(r"[^。！？!?；;\n]*(?:[。！？!?；;]+[”’」』）)]*|\n|$)")


def split_sentences(text: str) -> tuple[str, ...]:
    """'一、事实。二、协议！' -> ('一、事实。', '二、协议！'); blank pieces are dropped."""
    return tuple(piece.strip() for piece in _SENTENCE_END.findall(text) if piece.strip())


@dataclass(frozen=True)
class Passage:
    """One unit the liaison can repeat ("重读这一条"): a clause, a heading, a paragraph."""

    text: str
    kind: str = "body"  # body / heading / title (how the window shows it)

    @cached_property
    def sentences(self) -> tuple[str, ...]:
        return split_sentences(self.text) or (self.text,)


@dataclass(frozen=True)
class Script:
    title: str
    passages: tuple[Passage, ...]

    @property
    def digest(self) -> str:
        """sha256 of the wording, passage by passage (what a reading is recorded against)."""
        joined = "\n".join(" ".join(p.text.split()) for p in self.passages)
        return hashlib.sha256(joined.encode("utf-8")).hexdigest()

    @property
    def text(self) -> str:
        return "\n".join(p.text for p in self.passages)

    @classmethod
    def from_text(cls, text: str, title: str = "") -> Script:
        """A plain text as a script: one passage a line (the CLI's --text)."""
        lines = [line.strip() for line in text.splitlines() if line.strip()]
        return cls(title, tuple(Passage(line) for line in lines))
