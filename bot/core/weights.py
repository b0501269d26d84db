"""Feature weights for `bot.core.ranking`, written by `python -m benchmarks.quality --write`.

WEIGHTS score ranking candidates (listwise softmax regression); DECLINE weighs the evidence
that a question is about something the knowledge base lacks (logistic regression, its cut-off
placed where most development questions end right). Both are fitted on the development
question sets (cross-validated figures in README); regenerate rather than edit by hand.
"""

WEIGHTS: dict[str, float] = {
    "name_title": 1.082,
    "name_lead": 0.5027,
    "name_anywhere": 2.133,
    "words_title": 1.525,
    "words_lead": 1.247,
    "words_sentence": 1.227,
    "bm25_title": 1.716,
    "bm25_sentence": 1.25,
    "newest_news": 4.372,
    "newest_fact": 1.94,
    "kind_match": 1.41,
    "announcement": 0.3769,
    "fact_match": 1.015,
    "focused_sentence": 1.583,
    "subject_title": 0.1528,
    "subject_text": 0.6055,
    "headline_only": 0.1691,
    "year_match": 0.6154,
    "outside_window": -0.1602,
}

DECLINE: dict[str, float] = {
    "bias": 0.02532,
    "sure": -0.3943,
    "unknown_word": 0.1956,
    "pairs_absent": 0.564,
    "unspelt": 0.6849,
    "lead_share": -0.8,
    "top_score": -0.7235,
    "margin": -0.8019,
    "linked": -0.187,
    "subject_linked": -1.513,
    "unseen_pair": 0.4545,
}
