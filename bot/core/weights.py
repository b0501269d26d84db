"""Feature weights for `bot.core.ranking`, written by `python -m benchmarks.quality --write`.

WEIGHTS score ranking candidates (listwise softmax regression); DECLINE weighs the evidence
that a question is about something the knowledge base lacks (logistic regression, its cut-off
placed where most development questions end right). Both are fitted on the development
question sets (cross-validated figures in README); regenerate rather than edit by hand.
"""

WEIGHTS: dict[str, float] = {
    "name_title": 1.066,
    "name_lead": 0.5271,
    "name_anywhere": 2.143,
    "words_title": 1.609,
    "words_lead": 1.2,
    "words_sentence": 1.23,
    "bm25_title": 1.699,
    "bm25_sentence": 1.282,
    "newest_news": 4.449,
    "newest_fact": 1.941,
    "kind_match": 1.398,
    "announcement": 0.3797,
    "fact_match": 1.14,
    "focused_sentence": 1.498,
    "subject_title": 0.1437,
    "subject_text": 0.5992,
    "headline_only": 0.3029,
    "year_match": 0.625,
    "outside_window": -0.15,
}

DECLINE: dict[str, float] = {
    "bias": -0.05381,
    "sure": -0.354,
    "unknown_word": 0.1868,
    "pairs_absent": 0.6232,
    "unspelt": 0.6906,
    "lead_share": -0.7736,
    "top_score": -0.7299,
    "margin": -0.8137,
    "linked": -0.266,
    "subject_linked": -1.538,
    "unseen_pair": 0.5324,
}
