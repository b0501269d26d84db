"""Feature weights for `bot.core.ranking`, written by `python -m benchmarks.quality --write`.

WEIGHTS score ranking candidates (listwise softmax regression); DECLINE weighs the evidence
that a question is about something the knowledge base lacks (logistic regression, its cut-off
placed where most development questions end right). Both are fitted on the development
question sets (cross-validated figures in README); regenerate rather than edit by hand.
"""

WEIGHTS: dict[str, float] = {
    "name_title": 0.9686,
    "name_lead": 0.4861,
    "name_anywhere": 2.286,
    "words_title": 1.506,
    "words_lead": 1.349,
    "words_sentence": 1.193,
    "bm25_title": 1.945,
    "bm25_sentence": 1.208,
    "newest_news": 4.338,
    "newest_fact": 2.282,
    "kind_match": 1.243,
    "announcement": 0.3323,
    "fact_match": 1.079,
    "focused_sentence": 1.961,
    "subject_title": 0.2489,
    "subject_text": 0.567,
    "headline_only": 0.09388,
    "year_match": 0.6827,
    "outside_window": -0.1675,
}

DECLINE: dict[str, float] = {
    "bias": -0.08846,
    "sure": -1.094,
    "unknown_word": 0.9925,
    "pairs_absent": 0.6836,
    "unspelt": 0.4351,
    "lead_share": -0.9894,
    "top_score": -1.011,
    "margin": -0.4668,
    "linked": -0.4973,
}
