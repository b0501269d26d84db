"""Feature weights for `bot.core.ranking`, written by `python -m benchmarks.fit_weights`.

Fitted by coordinate ascent on the development question sets (cross-validated figures in
README); regenerate rather than edit by hand.
"""

WEIGHTS: dict[str, float] = {
    "name_title": 1.18084,
    "name_lead": 0.369125,
    "name_anywhere": 2.08184,
    "words_title": 1.54219,
    "words_lead": 1.44603,
    "words_sentence": 1.69691,
    "bm25_title": 1.88823,
    "bm25_sentence": 1.03063,
    "newest_news": 4.42948,
    "newest_fact": 2.14505,
    "kind_match": 1.19735,
    "announcement": 0.343432,
    "fact_match": 0.832157,
    "focused_sentence": 1.65369,
    "subject_title": 0.122738,
    "subject_text": 0.848034,
    "headline_only": -0.00521945,
    "year_match": 0.637444,
    "outside_window": -0.156242,
}
