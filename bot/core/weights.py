"""Feature weights for `bot.core.ranking`, written by `python -m benchmarks.quality --write`.

WEIGHTS score ranking candidates (listwise softmax regression); DECLINE weighs the evidence
that a question is about something the knowledge base lacks (logistic regression, its cut-off
placed where most development questions end right); PASSAGE picks the passage of the best
article that a fact answer quotes (listwise softmax regression over the right article's
passages, those stating the asked fact being right). All are fitted on the development
question sets (cross-validated figures in README); regenerate rather than edit by hand.
"""

WEIGHTS: dict[str, float] = {
    "name_title": 0.7656,
    "name_lead": 0.3074,
    "name_anywhere": 1.406,
    "name_opens": 0.4963,
    "sure_missing": -1.571,
    "words_title": 1.944,
    "words_lead": 1.219,
    "words_sentence": 1.165,
    "bm25_title": 1.856,
    "bm25_sentence": 1.48,
    "newest_news": 4.414,
    "newest_fact": 1.62,
    "newest_kind": 0.5729,
    "kind_match": 1.314,
    "announcement": 0.3421,
    "fact_match": 1.109,
    "focused_sentence": 1.363,
    "subject_title": 0.0851,
    "subject_text": 0.3976,
    "headline_only": 0.3306,
    "year_match": 0.6368,
    "outside_window": -0.1031,
}

DECLINE: dict[str, float] = {
    "bias": 0.925,
    "sure": -0.8806,
    "unknown_word": -0.141,
    "pairs_absent": 0.6061,
    "unspelt": 0.6342,
    "lead_share": -1.222,
    "top_score": -0.472,
    "margin": -0.9813,
    "linked": -0.5662,
    "subject_linked": -1.378,
    "unseen_pair": 0.3643,
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
