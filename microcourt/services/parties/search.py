"""One search box for the party list: name (any part), pinyin (`zhangsan`, `zhangs`),
initials (`zs`), the last 4 to 6 characters of an ID number (or the whole number), and
phone digits (3 or more, anywhere in the number). Words separated by spaces must all
match (`王 5678`); letters separated by spaces are one pinyin (`zhang san`).

Built for a Qt model that loads rows lazily: `count(text)` once, then `search(text,
offset, limit)` for each window, both ordered by name pinyin then id.

Speed up to a town's 1,000,000 parties (tests/benchmarks/bench_party_search.py): every
term is a seek in an index that also holds name_pinyin and the row id, never a scan:
name parts and phone digits in the gram table (microcourt/search_keys.py), pinyin,
initials and ID tails in the party table's own key columns. One term reads its index in
pinyin order only as far as the window goes; several terms are materialized once and
intersected; only the rows of the window are read in full. The list counts with
`at_most`, so the commonest surname costs a page, not its matches.
"""
from __future__ import annotations

from collections.abc import Collection

from sqlalchemy import func, intersect, select, union
from sqlalchemy.sql import Select

from microcourt.db.models import CaseParty, Party, PartySearchGram
from microcourt.search_keys import (
    INITIALS_MARK,
    MIN_PHONE_DIGITS,
    NAME_GRAM,
    PHONE_MARK,
    PINYIN_MARK,
    name_gram,
)
from microcourt.services.kernel.rules import EVERYONE, allowed, narrowed
from microcourt.services.parties.dto import PartyPage, PartyRow
from microcourt.services.parties.mapping import ROW_COLUMNS, party_row
from microcourt.timeutil import today_local
from microcourt.validation.text import clean_code, clean_name

MIN_ID_TAIL = 4
TAIL_LENGTH = 6  # Party.id_tail_rev holds the last 6 characters, reversed


def _prefix_range(column, prefix: str):
    """`column` starts with `prefix`, as a range an index can seek (LIKE 'x%' cannot in
    SQLite without case-sensitive LIKE); prefixes here are ASCII."""
    upper = prefix[:-1] + chr(ord(prefix[-1]) + 1)
    return (column >= prefix) & (column < upper)


def _keys(*conditions) -> Select:
    return select(Party.name_pinyin, Party.id).where(*conditions)


def _escape_like(value: str) -> str:
    return value.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")


def _gram_keys(*conditions) -> Select:
    return select(PartySearchGram.name_pinyin, PartySearchGram.party_id.label("id")) \
        .where(*conditions)


def _name_branch(word: str, include_anonymized: bool) -> Select:
    """A part of a name: the gram of its first one or two characters (an index lookup,
    already in pinyin order), a longer part then checked on those few rows."""
    part = clean_name(word) or word
    grams = name_gram(part)
    found = _gram_keys(PartySearchGram.gram == grams[:NAME_GRAM])
    if len(grams) > NAME_GRAM:
        found = found.join(Party, Party.id == PartySearchGram.party_id) \
            .where(Party.name.like(f"%{_escape_like(part)}%", escape="\\"))
    if not include_anonymized:  # anonymized parties have no grams
        return found
    # Their names are few: found by the name itself, as before grams existed.
    anonymized = _keys(Party.anonymized_at.is_not(None),
                       Party.name.like(f"%{_escape_like(part)}%", escape="\\"))
    wrapped = union(found, anonymized).subquery()
    return select(wrapped.c.name_pinyin, wrapped.c.id)


def _phone_branch(digits: str) -> Select:
    """Digits anywhere in a phone number: the start of one of its endings."""
    return _gram_keys(_prefix_range(PartySearchGram.gram, PHONE_MARK + digits)).distinct()


def _pinyin_branches(letters: str) -> list[Select]:
    """The usual reading in the party's own columns, the other readings of a polyphonic
    name (few) in the gram index. Anonymized parties have neither."""
    letters = letters.lower()
    return [_keys(_prefix_range(Party.name_pinyin, letters)),
            _keys(_prefix_range(Party.name_initials, letters)),
            _gram_keys(_prefix_range(PartySearchGram.gram, PINYIN_MARK + letters)),
            _gram_keys(_prefix_range(PartySearchGram.gram, INITIALS_MARK + letters))]


def _id_tail_branch(word: str) -> Select:
    number = word.upper()
    condition = _prefix_range(Party.id_tail_rev, number[-TAIL_LENGTH:][::-1])
    if len(number) > TAIL_LENGTH:  # a longer part of the number: its end must match
        return _keys(condition, Party.id_number.like(f"%{_escape_like(number)}"))
    return _keys(condition)


def _branches(word: str, include_anonymized: bool) -> list[Select]:
    """The alternatives one word may mean; an empty list matches nobody."""
    compact = word.replace("-", "") if word.replace("-", "").isdigit() else word
    if not compact.isascii():
        return [_name_branch(word, include_anonymized)]
    if compact.isalpha():
        return _pinyin_branches(compact)
    if not compact.isalnum():
        return [_name_branch(word, include_anonymized)]
    branches = []
    if compact.isdigit() and len(compact) >= MIN_PHONE_DIGITS:
        branches.append(_phone_branch(compact))
    if len(compact) >= MIN_ID_TAIL:
        branches.append(_id_tail_branch(compact))
    if not compact.isdigit() and compact[0].isalpha():
        branches += _pinyin_branches("".join(ch for ch in compact if ch.isalpha()))
    return branches


def split_words(text: str) -> list[str]:
    words = clean_code(text).split()
    if len(words) > 1 and all(w.isascii() and w.isalpha() for w in words):
        return ["".join(words)]  # "zhang san" is one pinyin
    return words


def _on_cases(within_cases: Collection[int]):
    """Parties on one of these cases: a mediator's reach (kernel/rules.py `narrowed`)."""
    return Party.id.in_(select(CaseParty.party_id)
                        .where(CaseParty.case_id.in_(sorted(within_cases))))


def _matches(text: str, include_anonymized: bool, within_cases: Collection[int] | None):
    """A materialized CTE of (name_pinyin, id) for every match; None when a word can
    match nobody. Each word's alternatives are a UNION, the words (and the reach) an
    INTERSECT."""
    per_word = [] if within_cases is None else [_keys(_on_cases(within_cases))]
    for word in split_words(text):
        branches = _branches(word, include_anonymized)
        if not branches:
            return None
        if len(branches) == 1:
            per_word.append(branches[0])
        else:  # SQLite takes no parenthesised compound inside another: wrap it
            alternatives = union(*branches).subquery()
            per_word.append(select(alternatives.c.name_pinyin, alternatives.c.id))
    if len(per_word) == 1:
        # One lookup (a name part, a pinyin prefix): a plain subquery that SQLite merges
        # into the window, so a gram's rows, already in pinyin order, are read only as
        # far as the window goes (the commonest surname costs one page, not its matches).
        return per_word[0].subquery("matches")
    # MATERIALIZED: the matches are computed once, from the covering indexes, instead of
    # being merged into an outer query that SQLite might run by walking the pinyin index.
    return intersect(*per_word).cte("matches").prefix_with("MATERIALIZED")


def _listing(include_anonymized: bool, within_cases: Collection[int] | None) -> Select:
    query = select(Party.name_pinyin, Party.id)
    if within_cases is not None:
        query = query.where(_on_cases(within_cases))
    return query if include_anonymized else query.where(Party.anonymized_at.is_(None))


class PartySearch:
    """Mixed into PartiesService: the search box and the lazily loaded list. On each
    keystroke the list calls `page(text)` (the total and the first window in one
    statement); scrolling then asks `search(text, offset, limit)` for further windows."""

    @allowed(EVERYONE, what="查看当事人")
    @narrowed(arg="within_cases")
    def page(self, text: str = "", offset: int = 0, limit: int = 100,
             include_anonymized: bool = False, *,
             within_cases: Collection[int] | None = None) -> PartyPage:
        """`within_cases`: only the parties of these cases (None: everyone)."""
        if not clean_code(text):
            return PartyPage(self.count(text, include_anonymized, within_cases=within_cases),
                             self.search(text, offset, limit, include_anonymized,
                                         within_cases=within_cases))
        matches = _matches(text, include_anonymized, within_cases)
        if matches is None:
            return PartyPage(0, [])
        total = select(func.count()).select_from(matches).scalar_subquery()
        window = _window(select(total.label("total"), matches.c.name_pinyin, matches.c.id),
                         matches.c, offset, limit)
        with self.ctx.db.reading() as session:
            found = session.execute(window).all()
            if not found:  # past the end (or nothing): the total still counts
                return PartyPage(self.count(text, include_anonymized, within_cases=within_cases)
                                 if offset else 0, [])
            rows = _rows(session, [f.id for f in found])
        return PartyPage(found[0].total, rows)

    @allowed(EVERYONE, what="查看当事人")
    @narrowed(arg="within_cases")
    def search(self, text: str = "", offset: int = 0, limit: int = 100,
               include_anonymized: bool = False, *,
               within_cases: Collection[int] | None = None) -> list[PartyRow]:
        """One window of the parties matching `text` (everyone when empty), ordered by
        name pinyin then id. ID numbers come masked."""
        if not clean_code(text):
            listing = _listing(include_anonymized, within_cases)
            window = _window(listing, Party, offset, limit)
        else:
            matches = _matches(text, include_anonymized, within_cases)
            if matches is None:
                return []
            window = _window(select(matches.c.name_pinyin, matches.c.id), matches.c,
                             offset, limit)
        with self.ctx.db.reading() as session:
            return _rows(session, [match.id for match in session.execute(window)])

    @allowed(EVERYONE, what="查看当事人")
    @narrowed(arg="within_cases")
    def count(self, text: str = "", include_anonymized: bool = False, *,
              within_cases: Collection[int] | None = None, at_most: int | None = None) -> int:
        """How many parties `search(text)` finds in all; with `at_most`, counting stops
        past it (the result is then at_most + 1: "more than at_most"), so that a one-letter
        query costs a page of the index, not every match (the list shows "more…")."""
        if not clean_code(text):
            query = _listing(include_anonymized, within_cases).with_only_columns(func.count())
        else:
            matches = _matches(text, include_anonymized, within_cases)
            if matches is None:
                return 0
            counted = select(matches.c.id)
            if at_most is not None:
                counted = counted.limit(at_most + 1)
            query = select(func.count()).select_from(counted.subquery())
        with self.ctx.db.reading() as session:
            return session.scalar(query) or 0


def _window(query: Select, columns, offset: int, limit: int) -> Select:
    return (query.order_by(columns.name_pinyin, columns.id)
            .limit(max(limit, 0)).offset(max(offset, 0)))


def _rows(session, ids: list[int]) -> list[PartyRow]:
    """The list rows of `ids`, in that order; only these rows are read in full."""
    if not ids:
        return []
    found = {r.id: r for r in session.execute(select(*ROW_COLUMNS).where(Party.id.in_(ids)))}
    today = today_local()
    return [party_row(found[i], today) for i in ids]
