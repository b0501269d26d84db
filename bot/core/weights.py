"""Feature weights for `bot.core.ranking`, written by `python -m benchmarks.quality --write`.

WEIGHTS score ranking candidates (listwise softmax regression); DECLINE weighs the evidence
that a question is about something the knowledge base lacks (logistic regression, its cut-off
placed where most development questions end right); PASSAGE picks the passage of the best
article that a fact answer quotes (listwise softmax regression over the right article's
passages, those stating the asked fact being right). All are fitted on the development
question sets (cross-validated figures in README); regenerate rather than edit by hand.
"""

WEIGHTS: dict[str, float] = {
    "name_title": 0.7948,
    "name_lead": 0.3214,
    "name_anywhere": 1.467,
    "name_opens": 0.4959,
    "sure_missing": -1.49,
    "words_title": 1.898,
    "words_lead": 1.204,
    "words_sentence": 1.175,
    "bm25_title": 1.79,
    "bm25_sentence": 1.479,
    "newest_news": 4.403,
    "newest_fact": 1.749,
    "newest_kind": 0.5762,
    "kind_match": 1.314,
    "announcement": 0.3474,
    "fact_match": 1.121,
    "focused_sentence": 1.365,
    "subject_title": 0.115,
    "subject_text": 0.4153,
    "headline_only": 0.3345,
    "year_match": 0.6392,
    "outside_window": -0.1037,
}

DECLINE: dict[str, float] = {
    "bias": -0.07937,
    "sure": -0.7137,
    "unknown_word": -0.2611,
    "pairs_absent": 0.7765,
    "unspelt": 0.6836,
    "lead_share": -0.9157,
    "top_score": -0.6195,
    "margin": -1.128,
    "linked": -0.2455,
    "subject_linked": -1.677,
    "unseen_pair": 0.3301,
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
