"""Feature weights for `bot.core.ranking`, written by `python -m benchmarks.quality --write`.

WEIGHTS score ranking candidates (listwise softmax regression); DECLINE weighs the evidence
that a question is about something the knowledge base lacks (logistic regression, its cut-off
placed where most development questions end right); PASSAGE picks the passage of the best
article that a fact answer quotes (listwise softmax regression over the right article's
passages, those stating the asked fact being right). All are fitted on the development
question sets (cross-validated figures in README); regenerate rather than edit by hand.
"""

WEIGHTS: dict[str, float] = {
    "name_title": 0.775,
    "name_lead": 0.2932,
    "name_anywhere": 1.457,
    "name_opens": 0.5589,
    "sure_missing": -1.483,
    "words_title": 1.883,
    "words_lead": 1.213,
    "words_sentence": 1.174,
    "bm25_title": 1.752,
    "bm25_sentence": 1.462,
    "newest_news": 4.415,
    "newest_fact": 1.899,
    "newest_kind": 0.3681,
    "kind_match": 1.328,
    "announcement": 0.364,
    "fact_match": 1.106,
    "focused_sentence": 1.366,
    "subject_title": 0.1162,
    "subject_text": 0.4168,
    "headline_only": 0.3855,
    "year_match": 0.6645,
    "outside_window": -0.1039,
}

DECLINE: dict[str, float] = {
    "bias": -0.04046,
    "sure": -0.7116,
    "unknown_word": -0.2594,
    "pairs_absent": 0.7888,
    "unspelt": 0.6913,
    "lead_share": -0.8945,
    "top_score": -0.6374,
    "margin": -1.105,
    "linked": -0.2473,
    "subject_linked": -1.687,
    "unseen_pair": 0.3346,
}

PASSAGE: dict[str, float] = {
    "main_fact": 4.092,
    "other_fact": 0.2317,
    "words": 1.258,
    "named": 2.128,
    "named_before": 0.3046,
    "joined": 1.512,
    "lead": -1.136,
}
