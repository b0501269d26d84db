"""Feature weights for `bot.core.ranking`, written by `python -m benchmarks.quality --write`.

WEIGHTS score ranking candidates (listwise softmax regression); DECLINE weighs the evidence
that a question is about something the knowledge base lacks (logistic regression, its cut-off
placed where most development questions end right). Both are fitted on the development
question sets (cross-validated figures in README); regenerate rather than edit by hand.
"""

WEIGHTS: dict[str, float] = {
    "name_title": 1.077,
    "name_lead": 0.5965,
    "name_anywhere": 2.108,
    "words_title": 1.716,
    "words_lead": 1.265,
    "words_sentence": 1.181,
    "bm25_title": 1.731,
    "bm25_sentence": 1.471,
    "newest_news": 4.385,
    "newest_fact": 1.922,
    "newest_kind": 0.4284,
    "kind_match": 1.377,
    "announcement": 0.4186,
    "fact_match": 1.093,
    "focused_sentence": 1.679,
    "subject_title": 0.1231,
    "subject_text": 0.5474,
    "headline_only": 0.3298,
    "year_match": 0.6205,
    "outside_window": -0.1059,
}

DECLINE: dict[str, float] = {
    "bias": 0.03455,
    "sure": -0.4212,
    "unknown_word": 0.1875,
    "pairs_absent": 0.5907,
    "unspelt": 0.7103,
    "lead_share": -0.9984,
    "top_score": -0.698,
    "margin": -0.8671,
    "linked": -0.2533,
    "subject_linked": -1.551,
    "unseen_pair": 0.461,
}
