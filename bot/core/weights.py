"""Feature weights for `bot.core.ranking`, written by `python -m benchmarks.quality --write`.

WEIGHTS score ranking candidates (listwise softmax regression); DECLINE weighs the evidence
that a question is about something the knowledge base lacks (logistic regression, its cut-off
placed where most development questions end right). Both are fitted on the development
question sets (cross-validated figures in README); regenerate rather than edit by hand.
"""

WEIGHTS: dict[str, float] = {
    "name_title": 1.021,
    "name_lead": 0.4979,
    "name_anywhere": 2.293,
    "words_title": 1.517,
    "words_lead": 1.345,
    "words_sentence": 1.189,
    "bm25_title": 1.878,
    "bm25_sentence": 1.139,
    "newest_news": 4.399,
    "newest_fact": 2.319,
    "kind_match": 1.219,
    "announcement": 0.4154,
    "fact_match": 0.9427,
    "focused_sentence": 1.974,
    "subject_title": 0.3181,
    "subject_text": 0.6146,
    "headline_only": 0.035,
    "year_match": 0.6761,
    "outside_window": -0.1812,
}

DECLINE: dict[str, float] = {
    "bias": -0.4316,
    "sure": -0.7553,
    "unknown_word": 0.201,
    "pairs_absent": 0.6758,
    "unspelt": 0.7108,
    "lead_share": -0.5686,
    "top_score": -1.081,
    "margin": -0.4948,
    "linked": -0.5652,
}
