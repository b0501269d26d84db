"""Feature weights for `bot.core.ranking`, written by `python -m benchmarks.fit_weights`.

Fitted by coordinate ascent on the development question sets (cross-validated figures in
README); regenerate rather than edit by hand.
"""

WEIGHTS: dict[str, float] = {
    "name_title": 0.9686,
    "name_lead": 0.4861,
    "name_anywhere": 2.286,
    "words_title": 1.506,
    "words_lead": 1.349,
    "words_sentence": 1.192,
    "bm25_title": 1.945,
    "bm25_sentence": 1.208,
    "newest_news": 4.338,
    "newest_fact": 2.282,
    "kind_match": 1.243,
    "announcement": 0.3324,
    "fact_match": 1.079,
    "focused_sentence": 1.961,
    "subject_title": 0.2489,
    "subject_text": 0.567,
    "headline_only": 0.09388,
    "year_match": 0.6827,
    "outside_window": -0.1675,
}

DECLINE: dict[str, float] = {
    "bias": -0.08017,
    "sure": -1.09,
    "unknown_word": 0.989,
    "pairs_absent": 0.6833,
    "unspelt": 0.4343,
    "lead_share": -0.9878,
    "top_score": -1.025,
    "margin": -0.4619,
    "linked": -0.4985,
}
