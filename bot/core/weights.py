"""Feature weights for `bot.core.ranking`, written by `python -m benchmarks.fit_weights`.

Fitted by coordinate ascent on the development question sets (cross-validated figures in
README); regenerate rather than edit by hand.
"""

WEIGHTS: dict[str, float] = {
    "name_title": 1.20654,
    "name_lead": 0.393786,
    "name_anywhere": 2.03755,
    "words_title": 1.51726,
    "words_lead": 1.43542,
    "words_sentence": 1.65079,
    "bm25_title": 1.96883,
    "bm25_sentence": 1.17806,
    "newest_news": 4.35346,
    "newest_fact": 2.13421,
    "kind_match": 1.21513,
    "announcement": 0.334824,
    "fact_match": 0.835172,
    "focused_sentence": 1.80538,
    "subject_title": 0.135929,
    "subject_text": 0.803736,
    "headline_only": 0.0396316,
    "year_match": 0.635639,
    "outside_window": -0.167387,
}
