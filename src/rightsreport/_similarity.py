"""Names compared as people read them: token by token, with a real edit distance.

Validation asks two questions of names. Does the name printed in an attribution
("Sopheap", "Rodemeier") match the speaker's name or an alias, or nearly match it
(a likely misspelling)? And do two sources have near-identical names (a likely
duplicate)? Both are answered here, with no dependency beyond the standard library:

- :func:`tokens` splits a name into comparable words: accents and case folded,
  inner dots dropped (``U.S.`` is ``us``), honorifics dropped.
- :func:`similarity` says how alike two words are, from 0 to 1: the better of
  the Jaro-Winkler similarity (:func:`jaro_winkler`, the usual measure for names
  in record linkage) and the Damerau-Levenshtein distance
  (:func:`damerau_levenshtein`) scaled by length, since each misses a kind of
  slip the other catches.
- :func:`match_name` compares an attribution with a speaker's names token-wise: a
  surname alone matches, an initial matches its word, a near miss is reported
  with both spellings.
- :func:`near_duplicates` finds near-identical names among many owners without
  comparing every pair: names are bucketed by keys that near-identical names
  share (see :func:`_blocking_keys`), and only names in a common bucket are
  compared.

    >>> round(similarity("rodemeier", "roedemeier"), 2)
    0.9
    >>> match_name("Sopheap", ["Chak Sopheap"], 0.9).kind
    <MatchKind.EXACT: 'exact'>
    >>> match = match_name("Rodemeier", ["Chad Roedemeier"], 0.9)
    >>> match.kind, match.misspellings
    (<MatchKind.NEAR: 'near'>, (('Rodemeier', 'Roedemeier'),))
"""

from __future__ import annotations

import enum
import functools
import re
import unicodedata
from collections import Counter
from collections.abc import Iterable, Sequence
from collections.abc import Set as AbstractSet
from itertools import chain
from typing import Final

from attrs import frozen

__all__ = [
    "HONORIFICS",
    "Duplicate",
    "MatchKind",
    "NameMatch",
    "comparable",
    "damerau_levenshtein",
    "folded_tokens",
    "folded_words",
    "has_any_word",
    "jaro",
    "jaro_winkler",
    "match_name",
    "near",
    "near_duplicates",
    "near_identical",
    "similarity",
    "tokens",
    "words",
]

#: Titles that an attribution may carry and a name does not ("Mr. Malin").
HONORIFICS: Final = frozenset(
    {"mr", "mrs", "ms", "mx", "miss", "dr", "prof", "sir", "madam", "dame"}
)
#: Words that carry no identity in organisations' names ("Department of State").
_STOPWORDS: Final = frozenset({"of", "the", "for", "and", "a", "an", "in", "on"})

# A word: letters and digits, with dots inside it ("U.S"), which are then
# dropped. Apostrophes separate words, so that "Sok Chea's" holds "Sok Chea".
_MARKS: Final = "."
_MARKED_WORD: Final = re.compile(r"[^\W_]+(?:\.[^\W_]+)*")
_DROP_MARKS: Final = str.maketrans("", "", _MARKS)
_DOTS: Final = _MARKS.encode("ascii")
# Two or more dots in a row separate words, as _MARKED_WORD has it.
_MARK_RUNS: Final = re.compile(r"\.{2,}")
_WORD: Final = re.compile(r"[^\W_]+")
# Typographic marks as their ASCII counterparts, and the blocks of combining
# accents that NFKD splits off letters.
_TYPOGRAPHY: Final = str.maketrans(
    {"\u2018": "'", "\u2019": "'", "\u201c": '"', "\u201d": '"', "\u2013": "-",
     "\u2014": "-", "\u2026": "...", "\u00a0": " ", "\u00ab": '"', "\u00bb": '"'}
)  # fmt: skip
_COMBINING: Final = re.compile(
    "[\u0300-\u036f\u1ab0-\u1aff\u1dc0-\u1dff\u20d0-\u20ff\ufe20-\ufe2f]+"
)
# For ASCII text: marks inside words are dropped, every other non-alphanumeric
# character separates words. Splitting on this is what _MARKED_WORD does, in C.
# A table of bytes: str.translate with a dict looks each character up in it
# (a microsecond for a short name), bytes.translate indexes an array.
_ASCII_WORDS: Final = bytes(
    code if code >= 128 or chr(code).isalnum() else ord(" ") for code in range(256)
)
_BOOST_THRESHOLD: Final = 0.7
_NUMBER: Final = re.compile(r"\d+")
#: Up to how many words :func:`has_any_word` looks for one by one.
_FEW_WORDS: Final = 8


def _fold(text: str) -> str:
    """Case-fold *text*, strip accents and straighten typographic marks.

    "Nguyễn" becomes "nguyen" and a curly apostrophe a straight one, so that most texts end up
    in ASCII, which :func:`folded_words` splits fastest.
    """
    if text.isascii():
        return text.lower()
    decomposed = unicodedata.normalize("NFKD", text).translate(_TYPOGRAPHY)
    return _COMBINING.sub("", decomposed).casefold()


def words(text: str) -> tuple[tuple[str, str], ...]:
    """Return *text*'s words as ``(as printed, folded)`` pairs, honorifics kept.

    Dots inside a word join it (``U.S.`` -> ``US``); every other mark, an
    apostrophe too, separates words ("Chea's" is ``Chea`` and ``s``). The folded
    words are exactly :func:`folded_words` of the text.

        >>> words("Mr. Chin Malin")
        (('Mr', 'mr'), ('Chin', 'chin'), ('Malin', 'malin'))
    """
    if text.isascii():
        # Split as folded_words does, in C; folding ASCII is lower-casing.
        printed = _ascii_words(text)
        return tuple(zip(printed, map(str.lower, printed), strict=True))
    text = unicodedata.normalize("NFKC", text)
    pairs: list[tuple[str, str]] = []
    for match in _MARKED_WORD.findall(text):
        word = match.translate(_DROP_MARKS)
        if word.isascii():  # letters and digits alone: folding is lower-casing
            pairs.append((word, word.lower()))
        else:
            pairs.extend((word, folded) for folded in folded_words(word))
    return tuple(pairs)


def folded_words(text: str) -> list[str]:
    """Return the folded words of a text, quickly: for scanning long texts.

    >>> folded_words("Chak Sopheap, CCHR's director")
    ['chak', 'sopheap', 'cchr', 's', 'director']
    """
    folded = _fold(text)
    if folded.isascii():
        return _ascii_words(folded)
    found = _MARKED_WORD.findall(folded)
    # Dropping the marks of every word at once keeps the work in C.
    return "\0".join(found).translate(_DROP_MARKS).split("\0") if found else []


def _ascii_words(text: str) -> list[str]:
    """Split ASCII *text* into words as :data:`_MARKED_WORD` does, dropping marks."""
    if ".." in text:
        text = _MARK_RUNS.sub(" ", text)
    return _separated(text).split()


def _separated(text: str) -> str:
    """Return ASCII *text* with its marks dropped and other separators spaces."""
    return text.encode("ascii").translate(_ASCII_WORDS, _DOTS).decode("ascii")


def has_any_word(text: str, wanted: AbstractSet[str]) -> bool:
    """Whether a word of *text* (as :func:`folded_words` has them) is in *wanted*.

    For scanning long texts for a few words: a handful is looked for in the
    text directly, which builds no word; more, in the set of its words.

        >>> has_any_word("Sok Chea's friend", {"chea", "malin"})
        True
        >>> has_any_word("Sok Cheang", {"chea"})
        False
    """
    folded = _fold(text)
    if not folded.isascii():
        return not wanted.isdisjoint(folded_words(text))
    if ".." in folded:
        folded = _MARK_RUNS.sub(" ", folded)
    # Every separator becomes a space, so a word is a run between spaces. The
    # text stays bytes: splitting a long text into bytes is a fifth cheaper.
    separated = folded.encode("ascii").translate(_ASCII_WORDS, _DOTS)
    # A word that is not ASCII is in no ASCII text.
    keys = [word.encode("ascii") for word in wanted if word.isascii()]
    if len(keys) > _FEW_WORDS:
        return not set(keys).isdisjoint(separated.split())
    padded = b" " + separated + b" "
    return any(b" " + key + b" " in padded for key in keys)


def tokens(text: str) -> tuple[str, ...]:
    """Return the folded words of a name, without honorifics.

    >>> tokens("U.S. Department of State")
    ('us', 'department', 'of', 'state')
    >>> tokens("Dr Nguyễn")
    ('nguyen',)
    """
    return tuple(word for word in folded_words(text) if word not in HONORIFICS)


#: tokens() remembered for the names a validation compares (pure, bounded).
folded_tokens = functools.lru_cache(maxsize=4096)(tokens)


def jaro(a: str, b: str) -> float:
    """Return the Jaro similarity of *a* and *b*, from 0.0 to 1.0.

    Characters match when equal and no further apart than half the longer length
    less one; the score averages the share of each string matched and the share of
    matches in the same order.

        >>> round(jaro("martha", "marhta"), 3)
        0.944
    """
    if a == b:
        return 1.0
    if not a or not b:
        return 0.0
    window = max(0, max(len(a), len(b)) // 2 - 1)
    taken = [False] * len(b)
    matched_a = []
    for i, char in enumerate(a):
        for j in range(max(0, i - window), min(len(b), i + window + 1)):
            if not taken[j] and b[j] == char:
                taken[j] = True
                matched_a.append(char)
                break
    matches = len(matched_a)
    if matches == 0:
        return 0.0
    matched_b = [char for j, char in enumerate(b) if taken[j]]
    half_transpositions = sum(x != y for x, y in zip(matched_a, matched_b, strict=True))
    transpositions = half_transpositions // 2
    return (
        matches / len(a) + matches / len(b) + (matches - transpositions) / matches
    ) / 3


def jaro_winkler(a: str, b: str) -> float:
    """Return the Jaro-Winkler similarity of *a* and *b*, from 0.0 to 1.0.

    The Jaro similarity raised for a common prefix of up to four characters (by a
    tenth of the remaining distance per character, once it exceeds 0.7), since
    misspellings of names seldom touch their first letters. The usual measure of
    name similarity in record linkage.

        >>> round(jaro_winkler("chae", "chea"), 3)
        0.933
        >>> round(jaro_winkler("rodemeier", "roedemeier"), 3)
        0.884
    """
    score = jaro(a, b)
    if score <= _BOOST_THRESHOLD:
        return score
    prefix = 0
    for x, y in zip(a[:4], b[:4], strict=False):
        if x != y:
            break
        prefix += 1
    return score + prefix * 0.1 * (1.0 - score)


def damerau_levenshtein(a: str, b: str) -> int:
    """Return the Damerau-Levenshtein distance between *a* and *b*.

    The number of insertions, deletions, substitutions and transpositions of two
    adjacent characters that turn one into the other (the unrestricted distance of
    Lowrance and Wagner, in which a transposed pair may be edited further).

        >>> damerau_levenshtein("Rodemeier", "Roedemeier")
        1
        >>> damerau_levenshtein("ca", "abc")
        2
    """
    if a == b:
        return 0
    if not a or not b:
        return len(a) + len(b)
    infinity = len(a) + len(b)
    # rows[i + 1][j + 1] is the distance between a[:i] and b[:j]; row 0 and
    # column 0 are the sentinel border of the algorithm.
    rows = [[infinity] * (len(b) + 2), [infinity, *range(len(b) + 1)]]
    rows.extend([infinity, i] + [0] * len(b) for i in range(1, len(a) + 1))
    last_row_of: dict[str, int] = {}
    for i in range(1, len(a) + 1):
        row, above, char = rows[i + 1], rows[i], a[i - 1]
        last_column = 0
        for j in range(1, len(b) + 1):
            k = last_row_of.get(b[j - 1], 0)
            ell = last_column
            cost = 1
            if char == b[j - 1]:
                cost = 0
                last_column = j
            row[j + 1] = min(
                above[j] + cost,
                row[j] + 1,
                above[j + 1] + 1,
                rows[k][ell] + (i - k - 1) + 1 + (j - ell - 1),
            )
        last_row_of[char] = i
    distance: int = rows[len(a) + 1][len(b) + 1]
    return distance


def similarity(a: str, b: str) -> float:
    """Return how alike two words are, from 0.0 to 1.0: the better of two measures.

    The Jaro-Winkler similarity forgives a slip in a short word ("Chae" for
    "Chea": 0.93) but counts a letter inserted among repeated ones as several
    transpositions ("Rodemeier" for "Roedemeier": 0.88); the Damerau-Levenshtein
    distance scaled by the longer length does the opposite (0.75 and 0.9). Taking
    the greater of the two catches both kinds of slip.

        >>> round(similarity("rodemeier", "roedemeier"), 2)
        0.9
        >>> round(similarity("chae", "chea"), 2)
        0.93
        >>> round(similarity("us", "uk"), 2)
        0.67
    """
    if a == b:
        return 1.0
    scaled = 1.0 - damerau_levenshtein(a, b) / max(len(a), len(b))
    return max(jaro_winkler(a, b), scaled)


def near(a: str, b: str, threshold: float) -> float | None:
    """Return the :func:`similarity` of two words if it reaches *threshold*.

    Words with different numbers in them (years, edition numbers) are never near
    misses of each other: "2020" and "2021" are different things, not a slip.

        >>> round(near("sopeap", "sopheap", 0.9), 2)
        0.97
        >>> near("2020", "2021", 0.5) is None
        True
    """
    if _NUMBER.findall(a) != _NUMBER.findall(b):
        return None
    if a == b:
        return 1.0
    longest = max(len(a), len(b))
    # The edit distance matters only if it is small enough to reach the
    # threshold; for short words that is one edit, checked in linear time.
    allowed = int((1.0 - threshold) * longest + 1e-9)
    edits = _edits_within(a, b, allowed)
    scaled = 0.0 if edits is None else 1.0 - edits / longest
    score = max(jaro_winkler(a, b), scaled)
    # A hair of slack, so that 1 - 1/10 reaches a threshold of 0.9.
    return score if score >= threshold - 1e-9 else None


def _edits_within(a: str, b: str, allowed: int) -> int | None:
    """Return the Damerau-Levenshtein distance if it is at most *allowed*, else None.

    >>> _edits_within("roedemeier", "rodemeier", 1), _edits_within("ab", "ba", 1)
    (1, 1)
    >>> _edits_within("chea", "chia", 0), _edits_within("abcd", "badc", 1)
    (None, None)
    """
    if a == b:
        return 0
    if abs(len(a) - len(b)) > allowed:
        return None
    if allowed >= 2:
        distance = damerau_levenshtein(a, b)
        return distance if distance <= allowed else None
    if allowed == 0:
        return None  # the words differ
    if len(a) < len(b):
        a, b = b, a
    # Skip the common start; what is left must be one slip.
    start = 0
    for x, y in zip(a, b, strict=False):
        if x != y:
            break
        start += 1
    if len(a) > len(b):  # one letter added
        return 1 if a[start + 1 :] == b[start:] else None
    if a[start + 1 :] == b[start + 1 :]:  # one letter changed
        return 1
    swapped = (
        start + 1 < len(a) and a[start] == b[start + 1] and a[start + 1] == b[start]
    )
    if swapped and a[start + 2 :] == b[start + 2 :]:  # two letters swapped
        return 1
    return None


class MatchKind(enum.StrEnum):
    """How an attribution compares with a speaker's names."""

    #: Every word of the attribution is a word (or the initial of a word) of a name.
    EXACT = "exact"
    #: Every word matches, some only nearly: a likely misspelling.
    NEAR = "near"
    #: Some word matches nothing.
    NONE = "none"


@frozen
class NameMatch:
    """The outcome of :func:`match_name`.

    Attributes:
        kind: Exact, near or none.
        name: The name (as given) the attribution matched best, if any.
        misspellings: ``(as printed, as in the name)`` for each nearly matched
            word, empty unless :attr:`kind` is ``NEAR``.
        score: The lowest similarity among the matched words.
    """

    kind: MatchKind
    name: str | None = None
    misspellings: tuple[tuple[str, str], ...] = ()
    score: float = 0.0


_NO_MATCH: Final = NameMatch(MatchKind.NONE)
# Enum members as module constants: reading one from its class costs a
# descriptor call in Python 3.11.
_EXACT: Final = MatchKind.EXACT
_NEAR: Final = MatchKind.NEAR

#: Names (and attributions) already split into words, by :func:`name_words`.
WordCache = dict[str, list[tuple[str, str]]]


def _match_words(
    printed: Sequence[tuple[str, str]],
    name: Sequence[tuple[str, str]],
    threshold: float,
    name_text: str,
) -> NameMatch | None:
    """Match each printed word to a distinct word of *name*; None if one fails.

    *name_text* is the name as given, for the match.
    """
    free = list(name)
    pending: list[tuple[str, str]] = []
    for word in printed:
        folded = word[1]
        for index, candidate in enumerate(free):
            if candidate[1] == folded or (
                len(folded) == 1 and candidate[1].startswith(folded)
            ):
                del free[index]
                break
        else:
            pending.append(word)
    misspellings: list[tuple[str, str]] = []
    lowest = 1.0
    for as_printed, as_folded in pending:
        best: tuple[float, int] | None = None
        for index, candidate in enumerate(free):
            score = near(as_folded, candidate[1], threshold)
            if score is not None and (best is None or score > best[0]):
                best = (score, index)
        if best is None:
            return None
        score, index = best
        misspellings.append((as_printed, free.pop(index)[0]))
        lowest = min(lowest, score)
    if not misspellings:
        return NameMatch(_EXACT, name_text, (), lowest)
    return NameMatch(_NEAR, name_text, tuple(misspellings), lowest)


def name_words(name: str, cache: WordCache) -> list[tuple[str, str]]:
    """Return a name's :func:`words` without honorifics, split once per *cache*.

    The folded words are :func:`tokens` of the name, but where a combining mark
    joins no letter ("Ọ̀ṣun"): words() splits before it folds, tokens() after, so
    rules that compare names with published text (RR601) or with each other
    (RR403) use tokens.

        >>> cache: WordCache = {}
        >>> name_words("Mr. Chin Malin", cache)
        [('Chin', 'chin'), ('Malin', 'malin')]
        >>> list(cache)
        ['Mr. Chin Malin']
    """
    found = cache.get(name)
    if found is None:
        found = cache[name] = [w for w in words(name) if w[1] not in HONORIFICS]
    return found


def match_name(
    printed: str,
    names: Iterable[str],
    threshold: float,
    cache: WordCache | None = None,
) -> NameMatch:
    """Compare an attribution as printed with a speaker's names, word by word.

    The attribution matches a name when each of its words (honorifics aside) is a
    distinct word of the name, or the initial of one, in any order: "Sopheap",
    "Chak Sopheap" and "C. Sopheap" all match "Chak Sopheap". When every word
    matches but some only with a similarity of at least *threshold* (and no digits
    differ), the match is ``NEAR`` and lists the misspelt words. An exact match
    with any name wins over a near one; among near ones the closest wins. Pass
    the same dict as *cache* to many calls to split each name into words once.

        >>> match_name("Mr. Malin", ["Chin Malin"], 0.9).kind
        <MatchKind.EXACT: 'exact'>
        >>> match_name("Malin", ["Chak Sopheap"], 0.9).kind
        <MatchKind.NONE: 'none'>
    """
    names = tuple(names)
    if printed in names:
        return NameMatch(MatchKind.EXACT, printed, score=1.0)
    plain = _plain(printed)
    if plain and names and _has_words(names[0], printed):
        return NameMatch(_EXACT, names[0], (), 1.0)
    if cache is None:
        cache = {}
    printed_words = name_words(printed, cache)
    if not printed_words:
        return _NO_MATCH
    best: NameMatch | None = None
    for position, name in enumerate(names):
        if position and plain and _has_words(name, printed):
            return NameMatch(_EXACT, name, (), 1.0)
        match = _match_words(printed_words, name_words(name, cache), threshold, name)
        if match is None:
            continue
        if match.kind is _EXACT:
            return match
        if best is None or match.score > best.score:
            best = match
    return best or _NO_MATCH


def _plain(printed: str) -> bool:
    """Whether *printed* is ASCII words, single spaces apart, none an honorific.

    Such an attribution found whole-word in a name, as printed, matches it
    exactly (:func:`_has_words`): the words are the name's own, in order.
    """
    if not printed.isascii():
        return False
    parts = printed.split(" ")
    return all(part.isalnum() for part in parts) and HONORIFICS.isdisjoint(
        map(str.lower, parts)
    )


def _has_words(name: str, printed: str) -> bool:
    """Whether *printed* is in *name* as it is printed, between spaces or ends.

    A sufficient test of an exact match for a :func:`_plain` attribution, made
    without splitting either into words: each printed word is then a word of
    the name, the same when folded, and a distinct one.
    """
    return (
        name.startswith(printed + " ")
        or name.endswith(" " + printed)
        or f" {printed} " in name
    )


def comparable(name: str) -> tuple[str, ...]:
    """Return a name's words for duplicate detection: sorted, stopwords dropped.

    >>> comparable("Department of State, U.S.")
    ('department', 'state', 'us')
    """
    return _comparable(name)


def _comparable(name: str) -> tuple[str, ...]:
    # From tokens(), which folds the whole name before splitting it: words()
    # splits first, and a mark that joins no letter (Yoruba "Ọ̀ṣun") splits it.
    return tuple(sorted(w for w in folded_tokens(name) if w not in _STOPWORDS))


def _blocking_keys(
    words: tuple[str, ...], variants: dict[str, list[str]] | None = None
) -> list[str]:
    """Return the bucket keys of a name given as :func:`comparable` words.

    For each word, the name's other words with that word or the word less one
    letter: two names that differ only by a slip of one letter in one word (a
    letter missing, added, changed, or two swapped) always share a key ("chad
    roedemeier" and "chad rodemeier" share ``chad|rodemeier``), and names that
    share a key share everything but one word, so buckets hold few names. A word
    with a digit in it ("2020", "3rd") gets no variants: a slip in a number is a
    different number, and slips in such words are not looked for. Pass the same
    dict as *variants* to many calls to work out each word's variants once.
    """
    if variants is None:
        variants = {}
    keys = []
    for index, word in enumerate(words):
        prefix = " ".join(words[:index] + words[index + 1 :]) + "|"
        keys.append(prefix + word)
        cuts = variants.get(word)
        if cuts is None:
            cuts = variants[word] = (
                [word[:cut] + word[cut + 1 :] for cut in range(len(word))]
                if word.isalpha()  # a word with digits gets no variants: see above
                else []
            )
        keys.extend([prefix + cut for cut in cuts])
    return keys


def _dropped(words: tuple[str, ...]) -> list[tuple[str, ...]]:
    """Return *words* with one word dropped, when two or more remain."""
    if len(words) < 3:
        return []
    return [words[:index] + words[index + 1 :] for index in range(len(words))]


def near_identical(
    a: tuple[str, ...], b: tuple[str, ...], threshold: float
) -> float | None:
    """Return how alike two names given as :func:`comparable` words are, or None.

    Near-identical names have the same numbers in them, and the same words, or
    differ in one word that is a near miss (:func:`near`), or one has a single
    extra word and both keep at least two ("Chad Roedemeier", "Chad M.
    Roedemeier"). The score is 1.0 for the same words, else the similarity of the
    names' texts.

        >>> near_identical(("chad", "roedemeier"), ("chad", "rodemeier"), 0.9)
        0.9
        >>> near_identical(("embassy", "uk"), ("embassy", "us"), 0.9) is None
        True
        >>> near_identical(("2020", "reports"), ("reports",), 0.9) is None
        True
    """
    if _NUMBER.findall(" ".join(a)) != _NUMBER.findall(" ".join(b)):
        return None
    only_a = Counter(a)
    only_a.subtract(b)
    extra_a = [word for word, count in only_a.items() for _ in range(count)]
    extra_b = [word for word, count in only_a.items() for _ in range(-count)]
    if not extra_a and not extra_b:
        return 1.0
    if len(extra_a) == 1 and len(extra_b) == 1:
        score = near(extra_a[0], extra_b[0], threshold)
        return None if score is None else round(score, 2)
    if len(extra_a) + len(extra_b) == 1 and min(len(a), len(b)) >= 2:
        return round(similarity(" ".join(a), " ".join(b)), 2)
    return None


@frozen
class Duplicate:
    """An owner whose name is near-identical to an earlier owner's, and the closest.

    Attributes:
        first: The earlier owner.
        second: The later owner.
        first_name: The name of *first* that matched.
        second_name: The name of *second* that matched.
        score: How alike they are (:func:`near_identical`).
    """

    first: int
    second: int
    first_name: str
    second_name: str
    score: float


def near_duplicates(
    names: Iterable[tuple[int, str]],
    threshold: float,
) -> list[Duplicate]:
    """Find owners whose names are near-identical to an earlier owner's.

    *names* are ``(owner, name)`` pairs in the order of their owners (such as a
    source's position); an owner may have several names. Each owner with a name
    near-identical (:func:`near_identical`) to an earlier owner's is reported
    once, in owner order, against the earlier owner whose name is closest (the
    first of those with the same name, or the earliest of equally close ones).

    Names are not compared pair by pair. Identical names (once folded and
    sorted) are grouped first; then only names that share a bucket
    (:func:`_blocking_keys`) or that are another name less one word are compared.
    The work grows with the number of names, not its square, and a near miss is
    found whenever it is a slip of one letter; a near miss of two or more letters
    in one word ("Sovann" for "Sovannara") is not looked for. Names are folded
    whole before they are split (:func:`tokens`, remembered).

        >>> found = near_duplicates(
        ...     [(0, "Chad Roedemeier"), (1, "Chin Malin"), (2, "Chad Rodemeier")],
        ...     0.9,
        ... )
        >>> [(d.first, d.second, d.score) for d in found]
        [(0, 2, 0.9)]
    """
    # Each distinct set of words, with the first (owner, name) that has it.
    first_with: dict[tuple[str, ...], tuple[int, str]] = {}
    # The numbers in each: names with different numbers are never near-identical.
    numbers: dict[tuple[str, ...], list[str]] = {}
    found: dict[int, Duplicate] = {}

    def record(earlier: tuple[int, str], later: tuple[int, str], score: float) -> None:
        first, second = (earlier, later) if earlier[0] < later[0] else (later, earlier)
        if first[0] == second[0]:
            return
        known = found.get(second[0])
        if known is None or (-score, first[0]) < (-known.score, known.first):
            found[second[0]] = Duplicate(
                first[0], second[0], first[1], second[1], score
            )

    for owner, name in names:
        words = _comparable(name)
        if not words:
            continue
        earlier = first_with.setdefault(words, (owner, name))
        if earlier[0] != owner:
            record(earlier, (owner, name), 1.0)
        elif words not in numbers:
            numbers[words] = _NUMBER.findall(" ".join(words))
    # Most keys belong to one name: a bucket becomes a list only when shared.
    first_in: dict[str, tuple[str, ...]] = {}
    buckets: dict[str, list[tuple[str, ...]]] = {}
    variants: dict[str, list[str]] = {}  # names share words: each is cut once
    keyed = [(words, _blocking_keys(words, variants)) for words in first_with]
    every_key = list(chain.from_iterable(keys for _, keys in keyed))
    if len(set(every_key)) < len(every_key):  # else no bucket is shared: said in C
        for words, keys in keyed:
            for key in keys:
                first = first_in.setdefault(key, words)
                if first is not words:
                    buckets.setdefault(key, [first]).append(words)
    compared: set[tuple[tuple[str, ...], tuple[str, ...]]] = set()

    def compare(a: tuple[str, ...], b: tuple[str, ...]) -> None:
        if numbers[a] != numbers[b] or (a, b) in compared or (b, a) in compared:
            return
        compared.add((a, b))
        score = near_identical(a, b, threshold)
        if score is not None:
            record(first_with[a], first_with[b], score)

    for bucket in buckets.values():
        for index, words in enumerate(bucket):
            for other in bucket[index + 1 :]:
                compare(words, other)
    for words in list(first_with):
        for shorter in _dropped(words):
            if shorter in first_with:
                compare(words, shorter)
    return sorted(found.values(), key=lambda d: d.second)
