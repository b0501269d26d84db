"""Feature weights for `bot.core.ranking`, written by `python -m benchmarks.quality --write`.

WEIGHTS score ranking candidates (listwise softmax regression); DECLINE weighs the evidence
that a question is about something the knowledge base lacks (logistic regression, its cut-off
placed where most development questions end right). Both are fitted on the development
question sets (cross-validated figures in README); regenerate rather than edit by hand.
"""

WEIGHTS: dict[str, float] = {
    "name_title": 0.9867,
    "name_lead": 0.4121,
    "name_anywhere": 1.462,
    "sure_missing": -1.507,
    "words_title": 1.903,
    "words_lead": 1.227,
    "words_sentence": 1.16,
    "bm25_title": 1.761,
    "bm25_sentence": 1.448,
    "newest_news": 4.394,
    "newest_fact": 1.899,
    "newest_kind": 0.4094,
    "kind_match": 1.38,
    "announcement": 0.3944,
    "fact_match": 1.088,
    "focused_sentence": 1.38,
    "subject_title": 0.1199,
    "subject_text": 0.4268,
    "headline_only": 0.3778,
    "year_match": 0.6552,
    "outside_window": -0.105,
}

DECLINE: dict[str, float] = {
    "bias": 0.7103,
    "sure": -0.5168,
    "unknown_word": 0.1731,
    "pairs_absent": 0.7093,
    "unspelt": 0.6739,
    "lead_share": -1.108,
    "top_score": -0.6022,
    "margin": -1.008,
    "linked": -0.2047,
    "subject_linked": -1.627,
    "unseen_pair": 0.3631,
}
