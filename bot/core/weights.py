"""Feature weights for `bot.core.ranking`, written by `python -m benchmarks.quality --write`.

WEIGHTS score ranking candidates (listwise softmax regression); DECLINE weighs the evidence
that a question is about something the knowledge base lacks (logistic regression, its cut-off
placed where most development questions end right). Both are fitted on the development
question sets (cross-validated figures in README); regenerate rather than edit by hand.
"""

WEIGHTS: dict[str, float] = {
    "name_title": 0.9527,
    "name_lead": 0.4826,
    "name_anywhere": 2.361,
    "words_title": 1.412,
    "words_lead": 1.312,
    "words_sentence": 1.144,
    "bm25_title": 1.792,
    "bm25_sentence": 1.274,
    "newest_news": 4.329,
    "newest_fact": 2.329,
    "kind_match": 1.368,
    "announcement": 0.4031,
    "fact_match": 1.104,
    "focused_sentence": 1.687,
    "subject_title": 0.1741,
    "subject_text": 0.6957,
    "headline_only": 0.09703,
    "year_match": 0.6913,
    "outside_window": -0.1751,
}

DECLINE: dict[str, float] = {
    "bias": 0.1347,
    "sure": -0.4619,
    "unknown_word": 0.215,
    "pairs_absent": 0.6018,
    "unspelt": 0.6697,
    "lead_share": -0.9868,
    "top_score": -0.6877,
    "margin": -0.861,
    "linked": -0.2018,
    "subject_linked": -1.527,
    "unseen_pair": 0.399,
}
