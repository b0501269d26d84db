"""Feature weights for `bot.core.ranking`, written by `python -m benchmarks.quality --write`.

WEIGHTS score ranking candidates (listwise softmax regression); DECLINE weighs the evidence
that a question is about something the knowledge base lacks (logistic regression, its cut-off
placed where most development questions end right); PASSAGE picks the passage of the best
article that a fact answer quotes (listwise softmax regression over the right article's
passages, those stating the asked fact being right). All are fitted on the development
question sets (cross-validated figures in README); regenerate rather than edit by hand.
"""

WEIGHTS: dict[str, float] = {
    "name_title": 0.7411,
    "name_lead": 0.2615,
    "name_anywhere": 1.348,
    "name_opens": 0.5074,
    "sure_missing": -1.59,
    "words_title": 1.987,
    "words_lead": 1.236,
    "words_sentence": 1.19,
    "bm25_title": 1.888,
    "bm25_sentence": 1.44,
    "newest_news": 4.426,
    "newest_fact": 1.643,
    "newest_kind": 0.5783,
    "kind_match": 1.287,
    "announcement": 0.3409,
    "fact_match": 1.112,
    "focused_sentence": 1.382,
    "subject_title": 0.08731,
    "subject_text": 0.4185,
    "headline_only": 0.3306,
    "year_match": 0.6365,
    "outside_window": -0.1027,
}

DECLINE: dict[str, float] = {
    "bias": 0.4078,
    "sure": -0.8778,
    "unknown_word": -0.1443,
    "pairs_absent": 0.6326,
    "unspelt": 0.6122,
    "lead_share": -1.231,
    "top_score": -0.4372,
    "margin": -1.001,
    "linked": -0.5732,
    "subject_linked": -1.372,
    "unseen_pair": 0.3573,
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
