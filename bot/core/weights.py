"""Feature weights for `bot.core.ranking`, written by `python -m benchmarks.quality --write`.

WEIGHTS score ranking candidates (listwise softmax regression); DECLINE weighs the evidence
that a question is about something the knowledge base lacks (logistic regression, its cut-off
placed where most development questions end right). Both are fitted on the development
question sets (cross-validated figures in README); regenerate rather than edit by hand.
"""

WEIGHTS: dict[str, float] = {
    "name_title": 1.148,
    "name_lead": 0.677,
    "name_anywhere": 2.081,
    "words_title": 1.764,
    "words_lead": 1.268,
    "words_sentence": 1.14,
    "bm25_title": 1.735,
    "bm25_sentence": 1.493,
    "newest_news": 4.38,
    "newest_fact": 1.932,
    "newest_kind": 0.4223,
    "kind_match": 1.375,
    "announcement": 0.411,
    "fact_match": 1.163,
    "focused_sentence": 1.685,
    "subject_title": 0.1139,
    "subject_text": 0.4361,
    "headline_only": 0.285,
    "year_match": 0.619,
    "outside_window": -0.1058,
}

DECLINE: dict[str, float] = {
    "bias": -0.0597,
    "sure": -0.5132,
    "unknown_word": 0.1715,
    "pairs_absent": 0.5684,
    "unspelt": 0.7845,
    "lead_share": -1.03,
    "top_score": -0.6741,
    "margin": -0.8517,
    "linked": -0.1417,
    "subject_linked": -1.528,
    "unseen_pair": 0.4067,
}
