"""Segmentation (jieba), automatic keywords (TF-IDF) and named entities.

jieba is imported lazily and its dictionary loaded once per engine (about a
second): callers run this off the UI thread. The engine has its own jieba
tokenizer, so the domain dictionary and user words never leak into other users of
jieba in the same process.
"""

from __future__ import annotations

import logging
import math
import re
import threading
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import TYPE_CHECKING, Any

from reader.bundled import resources_dir
from reader.core.text.genre import GenreTable, load_genre_table

if TYPE_CHECKING:
    from reader.core.text.entities import Entity, EntityRecognizer

logger = logging.getLogger(__name__)

DEFAULT_TOP_K = 10
#: A library with at least this many reports supplies its own IDF.
LIBRARY_IDF_MIN_REPORTS = 30

_WORD_CHAR = re.compile(r"[\u3400-\u9fff\U00020000-\U0003134fA-Za-z]")
_NUMBERISH = re.compile(r"^[\d０-９.,，．%％]+$")


@dataclass(frozen=True, slots=True)
class Keyword:
    term: str
    score: float  # TF-IDF
    count: int  # how often it occurs as a word: see `KeywordEngine.term_counts`


def read_dictionary(path: Path) -> list[tuple[str, str | None]]:
    """(term, part-of-speech tag or None) from a file of "term [freq] [tag]" lines."""
    entries: list[tuple[str, str | None]] = []
    for line in path.read_text(encoding="utf-8").splitlines():
        fields = line.split()
        if fields and not fields[0].startswith("#"):
            tag = fields[-1] if len(fields) >= 2 and not fields[-1].isdigit() else None
            entries.append((fields[0], tag))
    return entries


def read_term_file(path: Path) -> list[str]:
    """First field of each non-comment line of a dictionary or stopword file."""
    return [term for term, _ in read_dictionary(path)]


_IDF_LOCK = threading.Lock()
_IDF_CACHE: tuple[dict[str, float], float] | None = None


def _jieba_idf_table() -> tuple[dict[str, float], float]:
    """jieba's own IDF table and its median, read once per process."""
    global _IDF_CACHE
    with _IDF_LOCK:
        if _IDF_CACHE is None:
            import jieba  # not jieba.analyse: importing it opens idf.txt and never closes it

            path = Path(jieba.__file__).parent / "analyse" / "idf.txt"
            table: dict[str, float] = {}
            with path.open(encoding="utf-8") as handle:
                for line in handle:
                    word, _, value = line.strip().rpartition(" ")
                    if word:
                        table[word] = float(value)
            values = sorted(table.values())
            _IDF_CACHE = (table, values[len(values) // 2] if values else 10.0)
        return _IDF_CACHE


#: Checked at load: the fast backend must cut these exactly as jieba does, or it is
#: not used (tests/core/test_segmentation_backend.py checks whole libraries).
_SELF_CHECK = (
    "2019年7月29日，山西省“不忘初心、牢记使命”主题教育推进会在太原召开。省委书记骆惠宁出席会议并讲话，"
    "强调要抓实学习教育、调查研究、检视问题、整改落实，扎实推进专项整治。ＡＢＣ公司2019年营收１２３亿元。"
)


def _fast_backend(tokenizer: Any, added: list[tuple[str, int, str]]) -> Any:
    """An rjieba tokenizer with the same words and frequencies as `tokenizer`, or None
    when rjieba is missing or does not cut a sample exactly as jieba does."""
    try:
        import rjieba
    except ImportError:
        return None
    fast = rjieba.Jieba()
    for term, freq, tag in added:
        fast.add_word(term, freq, tag)
    if list(fast.cut(_SELF_CHECK, True)) != list(tokenizer.cut(_SELF_CHECK, HMM=True)):
        logger.warning("rjieba cuts differently from jieba here; using jieba")
        return None
    return fast


@lru_cache(maxsize=8)
def _phrase_pattern(phrases: tuple[str, ...]) -> re.Pattern[str]:
    return re.compile("|".join(re.escape(p) for p in phrases))


class IdfTable:
    """Inverse document frequencies computed over a set of documents."""

    def __init__(self, document_frequency: Counter[str], documents: int) -> None:
        self.documents = documents
        self._df = document_frequency

    @classmethod
    def from_documents(cls, term_sets: Iterable[Iterable[str]]) -> IdfTable:
        """The table for documents given as their (distinct) terms."""
        df: Counter[str] = Counter()
        documents = 0
        for terms in term_sets:
            df.update(terms)
            documents += 1
        return cls(df, documents)

    @property
    def document_frequency(self) -> Counter[str]:
        return self._df

    def idf(self, term: str) -> float:
        return math.log((self.documents + 1) / (self._df.get(term, 0) + 1)) + 1


class KeywordEngine:
    """Tokens, keywords and entities for Chinese text."""

    def __init__(
        self,
        extra_words: Iterable[str] = (),
        dictionary_dir: Path | None = None,
        fast: bool = True,
        genre: GenreTable | None = None,
    ) -> None:
        """`genre`: how ordinary terms are in the genre (default: the bundled table), which
        weighs jieba's IDF when a library is too small for its own."""
        folder = dictionary_dir or resources_dir() / "dictionaries"
        self._domain_file = folder / "domain.txt"
        self.stopwords = frozenset(read_term_file(folder / "stopwords-zh.txt"))
        self._extra_words = list(extra_words)
        self._phrases: list[str] = []  # whole phrases jieba cannot keep (punctuation inside)
        self._added: list[tuple[str, int, str]] = []  # words added to jieba, for the fast backend
        self._tokenizer: Any = None
        self._fast_wanted = fast
        self._fast: Any = None  # rjieba, when present and cutting exactly as jieba does
        self._pos: Any = None
        self._recognizer: EntityRecognizer | None = None
        self._genre = genre
        self._jieba_idf: dict[str, float] = {}
        self._median_idf = 10.0
        self._lock = threading.Lock()

    # -- loading -------------------------------------------------------------
    def ensure_loaded(self) -> None:
        """Load jieba's dictionary, ours and the user's words (idempotent, thread-safe)."""
        with self._lock:
            if self._tokenizer is not None:
                return
            import jieba

            jieba.setLogLevel(logging.WARNING)
            tokenizer = jieba.Tokenizer()
            tokenizer.initialize()
            for term, tag in read_dictionary(self._domain_file):
                self._add(tokenizer, term, tag)
            for term in self._extra_words:
                self._add(tokenizer, term)
            self._tokenizer = tokenizer
            if self._fast_wanted:
                self._fast = _fast_backend(tokenizer, self._added)
            # The part-of-speech table (entities) and jieba's IDF (libraries too small
            # for their own) are loaded when first needed: together about 100 MB.

    def _add(self, tokenizer: Any, term: str, tag: str | None = None) -> None:
        term = term.strip()
        if not term:
            return
        if re.fullmatch(r"[\u4e00-\u9fd5a-zA-Z0-9+#&._%\-]+", term):
            freq = max(tokenizer.suggest_freq(term, tune=False), 50)
            tokenizer.add_word(term, freq=freq, tag=tag or "n")
            self._added.append((term, freq, tag or "n"))
            if self._fast is not None:
                self._fast.add_word(term, freq, tag or "n")
        elif term not in self._phrases:
            self._phrases.append(term)
            self._phrases.sort(key=len, reverse=True)

    def add_word(self, term: str) -> None:
        """Keep `term` whole from now on (the user's "Add to dictionary")."""
        self.ensure_loaded()
        with self._lock:
            self._extra_words.append(term)
            self._add(self._tokenizer, term)

    # -- segmentation ----------------------------------------------------------
    def tokens(self, text: str) -> list[tuple[str, int]]:
        """(token, start offset) for every token of `text`, whole phrases kept whole."""
        self.ensure_loaded()
        result: list[tuple[str, int]] = []
        for piece, start, is_phrase in self._split_phrases(text):
            if is_phrase:
                result.append((piece, start))
                continue
            offset = start
            fast = self._fast
            cut = fast.cut(piece, True) if fast is not None else self._tokenizer.cut(piece, HMM=True)
            for token in cut:
                result.append((token, offset))
                offset += len(token)
        return result

    def _split_phrases(self, text: str) -> Iterable[tuple[str, int, bool]]:
        if not self._phrases:
            yield text, 0, False
            return
        pattern = _phrase_pattern(tuple(self._phrases))
        last = 0
        for match in pattern.finditer(text):
            if match.start() > last:
                yield text[last : match.start()], last, False
            yield match.group(), match.start(), True
            last = match.end()
        if last < len(text):
            yield text[last:], last, False

    @property
    def backend(self) -> str:
        """'rjieba' when the fast backend cuts, else 'jieba'."""
        self.ensure_loaded()
        return "rjieba" if self._fast is not None else "jieba"

    def term_counts(self, text: str) -> Counter[str]:
        """How often each candidate term (see `is_candidate`) occurs in `text` as a
        word of its own, as the text is segmented (问题 inside the word 问题清单 is not
        counted). This is the one count of a term the app shows: keywords, the
        keyword panel, Statistics and `reader stats`. (The same tokens as `tokens`,
        counted without their offsets: indexing a library calls this for every report.)"""
        self.ensure_loaded()
        counts: Counter[str] = Counter()
        fast = self._fast
        for piece, _start, is_phrase in self._split_phrases(text):
            if is_phrase:
                counts[piece] += 1
            elif fast is not None:
                counts.update(fast.cut(piece, True))
            else:
                counts.update(self._tokenizer.cut(piece, HMM=True))
        return Counter({t: c for t, c in counts.items() if self.is_candidate(t)})

    def is_candidate(self, token: str) -> bool:
        """Whether a token can be a keyword: a word of two or more characters, not a
        stopword, number or punctuation."""
        token = token.strip()
        if len(token) < 2 or token in self.stopwords or _NUMBERISH.match(token):
            return False
        return _WORD_CHAR.search(token) is not None

    # -- keywords ----------------------------------------------------------------
    def keywords(self, text: str, top_k: int = DEFAULT_TOP_K, idf: IdfTable | None = None) -> list[Keyword]:
        """The `top_k` terms of `text` by TF-IDF (library IDF when given, else jieba's)."""
        counts = Counter(token for token, _ in self.tokens(text) if self.is_candidate(token))
        total = sum(counts.values())
        if not total:
            return []

        if idf is None and not self._jieba_idf:
            self._jieba_idf, self._median_idf = _jieba_idf_table()
        genre = self._genre if self._genre is not None else load_genre_table()

        def weight(term: str) -> float:
            if idf is not None:
                return idf.idf(term)
            # general text's IDF, scaled down for terms every report of the genre has
            return self._jieba_idf.get(term, self._median_idf) * genre.factor(term)

        scored = [Keyword(term, count / total * weight(term), count) for term, count in counts.items()]
        scored.sort(key=lambda k: (-k.score, -k.count, k.term))
        return scored[:top_k]

    def library_idf(self, texts: Sequence[str]) -> IdfTable:
        return IdfTable.from_documents(self.term_counts(text).keys() for text in texts)

    # -- entities ------------------------------------------------------------------
    def entities(self, text: str) -> list[Entity]:
        """People, places and organisations (see `reader.core.text.entities`)."""
        self.ensure_loaded()
        with self._lock:
            if self._pos is None:
                import jieba.posseg

                self._pos = jieba.posseg.POSTokenizer(self._tokenizer)
                from reader.core.text.entities import EntityRecognizer  # large tables: on first use

                self._recognizer = EntityRecognizer(word_tag=self._pos.word_tag_tab.get)
            recognizer = self._recognizer
        tagged = [(pair.word, pair.flag) for pair in self._pos.cut(text, HMM=True)]
        return recognizer.find(text, tagged)
