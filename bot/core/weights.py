"""Feature weights for `bot.core.ranking`, written by `python -m benchmarks.quality --write`.

WEIGHTS score ranking candidates (listwise softmax regression); DECLINE weighs the evidence
that a question is about something the knowledge base lacks (logistic regression, its cut-off
placed where most development questions end right). Both are fitted on the development
question sets (cross-validated figures in README); regenerate rather than edit by hand.
"""

WEIGHTS: dict[str, float] = {
    "name_title": 0.9508,
    "name_lead": 0.4275,
    "name_anywhere": 2.246,
    "words_title": 1.528,
    "words_lead": 1.358,
    "words_sentence": 1.139,
    "bm25_title": 1.785,
    "bm25_sentence": 1.443,
    "newest_news": 4.4,
    "newest_fact": 2.337,
    "kind_match": 1.445,
    "announcement": 0.371,
    "fact_match": 1.064,
    "focused_sentence": 1.573,
    "subject_title": 0.3776,
    "subject_text": 0.8455,
    "headline_only": 0.1265,
    "year_match": 0.723,
    "outside_window": -0.1671,
}

DECLINE: dict[str, float] = {
    "bias": 0.1337,
    "sure": -1.021,
    "unknown_word": 0.2118,
    "pairs_absent": 0.4682,
    "unspelt": 0.7197,
    "lead_share": -0.8215,
    "top_score": -0.9411,
    "margin": -0.5305,
    "linked": -0.5261,
}
