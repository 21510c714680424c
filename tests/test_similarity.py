"""Names compared word by word: folding, distances, attribution matches, duplicates."""

from __future__ import annotations

import itertools
import string
from collections import Counter

import pytest
from hypothesis import given
from hypothesis import strategies as st

from rightsreport._similarity import (
    _DROP_MARKS,
    _FEW_WORDS,
    _MARKED_WORD,
    MatchKind,
    NameMatch,
    WordCache,
    _edits_within,
    _has_words,
    _match_words,
    _plain,
    comparable,
    damerau_levenshtein,
    folded_words,
    has_any_word,
    jaro,
    jaro_winkler,
    match_name,
    name_words,
    near,
    near_duplicates,
    near_identical,
    similarity,
    tokens,
    words,
)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("U.S. Department of State", ["us", "department", "of", "state"]),
        (
            "Chak Sopheap, CCHR\u2019s director",
            ["chak", "sopheap", "cchr", "s", "director"],
        ),
        ("Nguyễn Văn A.", ["nguyen", "van", "a"]),
        ("O'Brien said: “no”", ["o", "brien", "said", "no"]),
        ("Sok Chea's friend", ["sok", "chea", "s", "friend"]),
        ("Sok...Chea", ["sok", "chea"]),
        ("snake_case and-dashes", ["snake", "case", "and", "dashes"]),
        ("respond.The end", ["respondthe", "end"]),
        ("...", []),
        ("", []),
    ],
)
def test_folded_words(text: str, expected: list[str]) -> None:
    """Case, accents and typographic marks are folded; inner marks join a word."""
    assert folded_words(text) == expected


@given(st.text(string.printable, max_size=40))
def test_ascii_words_are_split_as_the_pattern_has_them(text: str) -> None:
    """ASCII text, split in C, gives the words the word pattern finds, as printed."""
    expected = [match.translate(_DROP_MARKS) for match in _MARKED_WORD.findall(text)]
    assert [printed for printed, _ in words(text)] == expected


@pytest.mark.parametrize(
    ("text", "wanted", "expected"),
    [
        ("Sok Chea's friend", {"chea"}, True),
        ("Sok Cheang", {"chea"}, False),
        ("SOK CHEA", {"chea"}, True),
        ("the U.S. embassy", {"us"}, True),
        ("the U.S. embassy", {"u"}, False),
        ("Sok...Chea", {"chea"}, True),
        ("chea", {"chea"}, True),
        ("Nguyễn Văn A.", {"nguyen"}, True),
        ("Nguyễn Văn A.", {"nguy"}, False),
        ("", {"chea"}, False),
        ("Sok Chea", set(), False),
    ],
)
def test_has_any_word(text: str, wanted: set[str], expected: bool) -> None:
    """Whole folded words only, whatever their case, accents or marks."""
    assert has_any_word(text, wanted) is expected


@given(
    st.text(string.printable + "ễ", max_size=40),
    st.sets(st.text("abc1", min_size=1, max_size=3), max_size=2 * _FEW_WORDS),
)
def test_has_any_word_agrees_with_folded_words(text: str, wanted: set[str]) -> None:
    """Looking for a few words one by one finds what splitting the text finds."""
    assert has_any_word(text, wanted) is not wanted.isdisjoint(folded_words(text))


def test_name_words_split_each_name_once() -> None:
    """A name's words without honorifics are its tokens, and stay in the cache."""
    cache: WordCache = {}
    found = name_words("Dr. Chin Malin", cache)
    assert found == [("Chin", "chin"), ("Malin", "malin")]
    assert [folded for _, folded in found] == list(tokens("Dr. Chin Malin"))
    assert name_words("Dr. Chin Malin", cache) is found


def test_near_duplicates_compare_names_folded_whole() -> None:
    """Duplicates are found on tokens (folded, then split), leaving the cache be."""
    cache: WordCache = {}
    match_name("Mr Malin", ["Chin Malin"], 0.9, cache)
    split = cache["Chin Malin"]
    found = near_duplicates([(0, "Chin Malin"), (1, "Chin Maliin")], 0.9)
    assert [(d.first, d.second) for d in found] == [(0, 1)]
    assert cache["Chin Malin"] is split
    marked = near_duplicates([(0, "Ọ̀ṣun Adé"), (1, "Osun Ade")], 0.9)
    assert [(d.first, d.second) for d in marked] == [(0, 1)]


@given(st.text(max_size=40))
def test_folded_words_agree_with_words(text: str) -> None:
    """The fast splitter and the one that keeps printed forms find the same words."""
    assert [folded for _, folded in words(text)] == folded_words(text)


def test_words_keep_the_printed_form() -> None:
    """Each word comes with its printed form, marks inside it dropped."""
    assert words("Mr. Roedemeier, U.S.") == (
        ("Mr", "mr"),
        ("Roedemeier", "roedemeier"),
        ("US", "us"),
    )


def test_tokens_drop_honorifics() -> None:
    """Titles are not part of a name."""
    assert tokens("Dr. Chin Malin") == ("chin", "malin")


def test_comparable_sorts_and_drops_small_words() -> None:
    """Word order and words such as 'of' do not tell names apart."""
    assert comparable("Department of State, U.S.") == ("department", "state", "us")


@pytest.mark.parametrize(
    ("a", "b", "distance"),
    [
        ("", "", 0),
        ("", "abc", 3),
        ("abc", "", 3),
        ("roedemeier", "rodemeier", 1),
        ("kitten", "sitting", 3),
        ("chea", "chae", 1),
        ("ca", "abc", 2),
        ("abcdef", "badcfe", 3),
    ],
)
def test_damerau_levenshtein(a: str, b: str, distance: int) -> None:
    """Insertions, deletions, substitutions and adjacent swaps count one each."""
    assert damerau_levenshtein(a, b) == distance
    assert damerau_levenshtein(b, a) == distance


def _optimal_alignment(a: str, b: str) -> int:
    """The restricted distance, a bound the unrestricted one never exceeds."""
    rows = [
        [i + j if i * j == 0 else 0 for j in range(len(b) + 1)]
        for i in range(len(a) + 1)
    ]
    for i, j in itertools.product(range(1, len(a) + 1), range(1, len(b) + 1)):
        cost = a[i - 1] != b[j - 1]
        rows[i][j] = min(
            rows[i - 1][j] + 1, rows[i][j - 1] + 1, rows[i - 1][j - 1] + cost
        )
        if i > 1 and j > 1 and a[i - 1] == b[j - 2] and a[i - 2] == b[j - 1]:
            rows[i][j] = min(rows[i][j], rows[i - 2][j - 2] + 1)
    return rows[len(a)][len(b)]


@given(st.text("abc", max_size=7), st.text("abc", max_size=7))
def test_damerau_levenshtein_is_a_distance(a: str, b: str) -> None:
    """Symmetric, zero only for equal strings, within the restricted distance."""
    distance = damerau_levenshtein(a, b)
    assert distance == damerau_levenshtein(b, a)
    assert (distance == 0) == (a == b)
    assert abs(len(a) - len(b)) <= distance <= _optimal_alignment(a, b)


@pytest.mark.parametrize(
    ("a", "b", "expected"),
    [
        ("martha", "marhta", 0.944),
        ("dixon", "dicksonx", 0.767),
        ("abc", "xyz", 0.0),
        ("", "abc", 0.0),
        ("same", "same", 1.0),
    ],
)
def test_jaro(a: str, b: str, expected: float) -> None:
    """The textbook values."""
    assert round(jaro(a, b), 3) == expected


@pytest.mark.parametrize(
    ("a", "b", "expected"),
    [
        ("martha", "marhta", 0.961),
        ("dixon", "dicksonx", 0.813),
        ("chae", "chea", 0.933),
        ("us", "uk", 0.667),  # below 0.7: no bonus for the common prefix
    ],
)
def test_jaro_winkler(a: str, b: str, expected: float) -> None:
    """A common prefix of up to four letters raises the Jaro similarity."""
    assert round(jaro_winkler(a, b), 3) == expected


@pytest.mark.parametrize(
    ("a", "b", "expected"),
    [
        ("rodemeier", "roedemeier", 0.9),  # by Damerau-Levenshtein
        ("chae", "chea", 0.93),  # by Jaro-Winkler
        ("sovanara", "sovannara", 0.98),
        ("same", "same", 1.0),
    ],
)
def test_similarity_takes_the_better_measure(a: str, b: str, expected: float) -> None:
    """Each measure catches a slip the other scores low."""
    assert round(similarity(a, b), 2) == expected


@pytest.mark.parametrize(
    ("a", "b", "near_miss"),
    [
        ("rodemeier", "roedemeier", True),
        ("chae", "chea", True),
        ("malin", "marin", False),
        ("2020", "2021", False),
        ("report2020", "reports2020", True),
        ("report2020", "report2021", False),
    ],
)
def test_near(a: str, b: str, near_miss: bool) -> None:
    """A near miss reaches the threshold and keeps the same numbers."""
    assert (near(a, b, 0.9) is not None) == near_miss


@pytest.mark.parametrize(
    ("printed", "names", "expected"),
    [
        (
            "Sopheap",
            ["Chak Sopheap"],
            NameMatch(MatchKind.EXACT, "Chak Sopheap", (), 1.0),
        ),
        (
            "Chak Sopheap",
            ["Chak Sopheap"],
            NameMatch(MatchKind.EXACT, "Chak Sopheap", (), 1.0),
        ),
        (
            "Sopheap Chak",
            ["Chak Sopheap"],
            NameMatch(MatchKind.EXACT, "Chak Sopheap", (), 1.0),
        ),
        (
            "C. Sopheap",
            ["Chak Sopheap"],
            NameMatch(MatchKind.EXACT, "Chak Sopheap", (), 1.0),
        ),
        (
            "Mr. Malin",
            ["Chin Malin"],
            NameMatch(MatchKind.EXACT, "Chin Malin", (), 1.0),
        ),
        (
            "US State Department",
            ["U.S. Department of State"],
            NameMatch(MatchKind.EXACT, "U.S. Department of State", (), 1.0),
        ),
        (
            "Rodemeier",
            ["Chad Roedemeier"],
            NameMatch(
                MatchKind.NEAR, "Chad Roedemeier", (("Rodemeier", "Roedemeier"),), 0.9
            ),
        ),
        (
            "Chda Rodemeier",
            ["Chad Roedemeier"],
            NameMatch(
                MatchKind.NEAR,
                "Chad Roedemeier",
                (("Chda", "Chad"), ("Rodemeier", "Roedemeier")),
                0.9,
            ),
        ),
        ("Malin", ["Chak Sopheap"], NameMatch(MatchKind.NONE)),
        ("Sopheap Sopheap", ["Chak Sopheap"], NameMatch(MatchKind.NONE)),
        ("Mr.", ["Chin Malin"], NameMatch(MatchKind.NONE)),
    ],
)
def test_match_name(printed: str, names: list[str], expected: NameMatch) -> None:
    """Every word of the attribution matches a distinct word of a name."""
    match = match_name(printed, names, 0.9)
    assert (match.kind, match.name, match.misspellings) == (
        expected.kind,
        expected.name,
        expected.misspellings,
    )
    assert round(match.score, 2) == expected.score


def test_match_name_prefers_an_exact_match_to_a_near_one() -> None:
    """An alias that matches exactly wins over a name that nearly matches."""
    match = match_name("Rodemeier", ["Chad Roedemeier", "Chad Rodemeier"], 0.9)
    assert (match.kind, match.name) == (MatchKind.EXACT, "Chad Rodemeier")


def test_match_name_keeps_the_closest_near_match() -> None:
    """Among names matched only nearly, the closest wins, whatever its place."""
    match = match_name("Rodemeier", ["Rodemeyer", "Chad Roedemeier"], 0.9)
    assert (match.kind, match.name, round(match.score, 2)) == (
        MatchKind.NEAR,
        "Rodemeyer",
        0.96,
    )


def test_match_name_reuses_a_cache() -> None:
    """A cache passed in keeps each name's words for the next call."""
    cache: dict[str, list[tuple[str, str]]] = {}
    match_name("C. Sopheap", ["Chak Sopheap"], 0.9, cache)
    assert cache == {
        "C. Sopheap": [("C", "c"), ("Sopheap", "sopheap")],
        "Chak Sopheap": [("Chak", "chak"), ("Sopheap", "sopheap")],
    }


def test_a_plain_attribution_whole_in_the_name_splits_nothing() -> None:
    """ "Sopheap" printed in "Chak Sopheap" is an exact match without words."""
    cache: dict[str, list[tuple[str, str]]] = {}
    assert match_name("Sopheap", ["Chak Sopheap"], 0.9, cache).kind is MatchKind.EXACT
    assert cache == {}


@pytest.mark.parametrize(
    ("a", "b", "expected"),
    [
        ("Chak Sopheap", "Sopheap Chak", 1.0),
        ("Chad Roedemeier", "Chad Rodemeier", 0.9),
        ("Chad Roedemeier", "Chad M. Roedemeier", 0.94),
        ("US Embassy", "UK Embassy", None),
        ("2020 Country Reports", "2021 Country Reports", None),
        ("Sopheap", "Chak Sopheap", None),  # one word left: too little to tell
        ("Chin Malin", "Chak Sopheap", None),
    ],
)
def test_near_identical(a: str, b: str, expected: float | None) -> None:
    """Same words, one word nearly the same, or one extra word of two or more."""
    assert near_identical(comparable(a), comparable(b), 0.9) == expected


def test_near_duplicates_reports_each_later_owner_once() -> None:
    """Each later spelling is reported once, against the closest earlier one."""
    found = near_duplicates(
        [
            (0, "Chad Roedemeier"),
            (1, "Chin Malin"),
            (2, "Chad Rodemeier"),
            (3, "Rodemeier, Chad"),
            (4, "Chin Malin"),
        ],
        0.9,
    )
    assert [
        (d.first, d.second, d.first_name, d.second_name, d.score) for d in found
    ] == [
        (0, 2, "Chad Roedemeier", "Chad Rodemeier", 0.9),
        (2, 3, "Chad Rodemeier", "Rodemeier, Chad", 1.0),
        (1, 4, "Chin Malin", "Chin Malin", 1.0),
    ]


def test_near_duplicates_ignores_an_owners_own_names() -> None:
    """A name and its alias are the same owner's: no duplicate."""
    assert near_duplicates([(0, "Chad Roedemeier"), (0, "Chad Rodemeier")], 0.9) == []


def test_near_duplicates_finds_a_name_one_word_longer() -> None:
    """A middle initial added is found through the names less one word."""
    found = near_duplicates([(0, "Chad M. Roedemeier"), (1, "Chad Roedemeier")], 0.9)
    assert [(d.first, d.second) for d in found] == [(0, 1)]


def test_near_duplicates_skips_names_with_no_words() -> None:
    """A name of punctuation alone has nothing to compare."""
    assert near_duplicates([(0, "..."), (1, "...")], 0.9) == []


_NAME_WORD = st.text(string.ascii_lowercase, min_size=3, max_size=9)


@st.composite
def _names_with_slips(draw: st.DrawFn) -> list[tuple[int, str]]:
    """Names of one to three words, some copied with a one-letter slip."""
    names = draw(st.lists(st.lists(_NAME_WORD, min_size=1, max_size=3), max_size=8))
    result = [(i, " ".join(name)) for i, name in enumerate(names)]
    for owner, name in enumerate(names):
        if draw(st.booleans()):
            word = draw(st.integers(0, len(name) - 1))
            cut = draw(st.integers(0, len(name[word]) - 1))
            letter = draw(st.sampled_from(string.ascii_lowercase))
            edits = [
                name[word][:cut] + name[word][cut + 1 :],  # a letter missing
                name[word][:cut] + letter + name[word][cut:],  # a letter added
                name[word][:cut] + letter + name[word][cut + 1 :],  # one changed
            ]
            slipped = [*name[:word], draw(st.sampled_from(edits)), *name[word + 1 :]]
            result.append((len(names) + owner, " ".join(slipped)))
    return result


def _within_reach(a: tuple[str, ...], b: tuple[str, ...]) -> bool:
    """Whether *a* and *b* differ as bucketing promises to find: one slip at most."""
    only_a, only_b = Counter(a), Counter(b)
    only_a.subtract(b)
    only_b.subtract(a)
    extra_a = sorted(only_a.elements())
    extra_b = sorted(only_b.elements())
    if len(extra_a) == len(extra_b) == 1:
        return damerau_levenshtein(extra_a[0], extra_b[0]) <= 1
    return len(extra_a) + len(extra_b) <= 1


@given(_names_with_slips())
def test_near_duplicates_misses_no_one_letter_slip(
    names: list[tuple[int, str]],
) -> None:
    """Bucketing finds what comparing every pair finds, for slips of one letter.

    Each later owner is reported against the closest earlier one, the earliest of
    equally close ones.
    """
    best: dict[int, tuple[float, int]] = {}
    for (a, name_a), (b, name_b) in itertools.combinations(names, 2):
        first, second = min(a, b), max(a, b)
        words_a, words_b = comparable(name_a), comparable(name_b)
        if not words_a or not words_b:
            continue  # a name of honorifics or small words alone is not compared
        score = near_identical(words_a, words_b, 0.9)
        if score is not None and _within_reach(words_a, words_b):
            best[second] = min(best.get(second, (-score, first)), (-score, first))
    found = {d.second: (-d.score, d.first) for d in near_duplicates(names, 0.9)}
    assert found == best


@given(st.text("abc", max_size=7), st.text("abc", max_size=7), st.integers(0, 3))
def test_edits_within_agrees_with_the_distance(a: str, b: str, allowed: int) -> None:
    """The bounded check gives the distance when it is within bounds, else None."""
    distance = damerau_levenshtein(a, b)
    expected = distance if distance <= allowed else None
    assert _edits_within(a, b, allowed) == expected


@given(st.text("abcd", min_size=1, max_size=9), st.text("abcd", min_size=1, max_size=9))
def test_near_scores_as_the_full_similarity(a: str, b: str) -> None:
    """Bounding the edit distance never changes a near miss's score."""
    full = similarity(a, b)
    assert near(a, b, 0.8) == (full if full >= 0.8 - 1e-9 else None)


@pytest.mark.parametrize(
    ("a", "b", "allowed", "expected"),
    [
        ("same", "same", 1, 0),
        ("abc", "abcd", 1, 1),  # a letter added at the end
        ("abcd", "abc", 1, 1),
        ("abxd", "abd", 1, 1),  # a letter added inside
        ("abc", "abd", 1, 1),  # a letter changed
        ("abcd", "acbd", 1, 1),  # two letters swapped
        ("abcd", "badc", 1, None),
        ("abc", "abd", 0, None),
        ("abc", "abcde", 1, None),
        ("abcd", "acbd", 2, 1),  # two edits allowed: the full distance
        ("abcde", "edcba", 2, None),
    ],
)
def test_edits_within(a: str, b: str, allowed: int, expected: int | None) -> None:
    """Each kind of slip within one edit, and what is beyond the bound."""
    assert _edits_within(a, b, allowed) == expected


_NAME_WORDS = st.sampled_from(
    ["S", "Sok", "sok", "Sam", "Chea", "Dr", "Mr.", "O'Neil", "U.S.", "Nguyễn", "17"]
)


@given(
    st.lists(_NAME_WORDS, min_size=1, max_size=5),
    st.integers(0, 4),
    st.integers(1, 3),
    st.sampled_from([" ", "  ", "-", ", "]),
)
def test_an_attribution_printed_whole_in_a_name_matches_it_exactly(
    words: list[str], start: int, length: int, separator: str
) -> None:
    """match_name's shortcut (a plain attribution found whole-word) is exact."""
    name = separator.join(words)
    printed = " ".join(words[start : start + length])
    if not printed or not (_plain(printed) and _has_words(name, printed)):
        return
    cache: WordCache = {}
    match = _match_words(name_words(printed, cache), name_words(name, cache), 0.9, name)
    assert match is not None
    assert match.kind is MatchKind.EXACT
    assert match_name(printed, [name], 0.9) == NameMatch(MatchKind.EXACT, name, (), 1.0)


@pytest.mark.parametrize(
    ("printed", "plain"),
    [
        ("Sok Chea", True),
        ("Chea", True),
        ("Mr Chea", False),
        ("Sok  Chea", False),
        ("Chea.", False),
        ("Nguyễn", False),
        ("", False),
    ],
)
def test_a_plain_attribution_is_ascii_words_and_no_honorific(
    printed: str, plain: bool
) -> None:
    """Only plain attributions take the shortcut; the rest are split into words."""
    assert _plain(printed) is plain


def test_an_attribution_matches_a_later_name_by_the_shortcut_too() -> None:
    """The first name that matches exactly wins, shortcut or not."""
    assert match_name("Chea", ["Sok Dara", "Sok Chea"], 0.9).name == "Sok Chea"
    assert match_name("chea", ["Sok Chea", "Chea Dara"], 0.9).name == "Sok Chea"
    assert match_name("Chea", [], 0.9).kind is MatchKind.NONE
