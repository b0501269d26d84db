"""Feature weights for `bot.core.ranking`, written by `python -m benchmarks.fit_weights`.

Fitted by coordinate ascent on the development question sets (cross-validated figures in
README); regenerate rather than edit by hand.
"""

WEIGHTS: dict[str, float] = {
    "name_title": 2.0,
    "name_lead": 1.0,
    "name_anywhere": 1.0,
    "words_title": 1.0,
    "words_lead": 0.5,
    "words_sentence": 1.0,
    "bm25_title": 0.5,
    "bm25_sentence": 0.5,
    "newest_news": 2.0,
    "newest_fact": 0.5,
    "kind_match": 0.5,
    "announcement": 0.5,
    "fact_match": 0.5,
    "headline_only": 0.0,
    "year_match": 0.5,
    "outside_window": -2.0,
}
