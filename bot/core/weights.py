"""Feature weights for `bot.core.ranking`, written by `python -m benchmarks.quality --write`.

WEIGHTS score ranking candidates (listwise softmax regression); DECLINE weighs the evidence
that a question is about something the knowledge base lacks (logistic regression, its cut-off
placed where most development questions end right). Both are fitted on the development
question sets (cross-validated figures in README); regenerate rather than edit by hand.
"""

WEIGHTS: dict[str, float] = {
    "name_title": 1.014,
    "name_lead": 0.511,
    "name_anywhere": 2.29,
    "words_title": 1.514,
    "words_lead": 1.349,
    "words_sentence": 1.179,
    "bm25_title": 1.877,
    "bm25_sentence": 1.123,
    "newest_news": 4.396,
    "newest_fact": 2.329,
    "kind_match": 1.218,
    "announcement": 0.4146,
    "fact_match": 0.9933,
    "focused_sentence": 1.934,
    "subject_title": 0.3164,
    "subject_text": 0.6229,
    "headline_only": 0.0384,
    "year_match": 0.6768,
    "outside_window": -0.1794,
}

DECLINE: dict[str, float] = {
    "bias": -0.3987,
    "sure": -0.6669,
    "unknown_word": 0.1664,
    "pairs_absent": 0.6799,
    "unspelt": 0.6269,
    "lead_share": -0.6349,
    "top_score": -1.073,
    "margin": -0.5576,
    "linked": -0.5102,
}
