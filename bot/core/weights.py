"""Feature weights for `bot.core.ranking`, written by `python -m benchmarks.quality --write`.

WEIGHTS score ranking candidates (listwise softmax regression); DECLINE weighs the evidence
that a question is about something the knowledge base lacks (logistic regression, its cut-off
placed where most development questions end right); PASSAGE picks the passage of the best
article that a fact answer quotes (listwise softmax regression over the right article's
passages, those stating the asked fact being right). All are fitted on the development
question sets (cross-validated figures in README); regenerate rather than edit by hand.
"""

WEIGHTS: dict[str, float] = {
    "name_title": 0.7279,
    "name_lead": 0.2713,
    "name_anywhere": 1.374,
    "name_opens": 0.5417,
    "sure_missing": -1.602,
    "words_title": 2.017,
    "words_lead": 1.233,
    "words_sentence": 1.191,
    "bm25_title": 2.011,
    "bm25_sentence": 1.45,
    "newest_news": 4.448,
    "newest_fact": 1.446,
    "newest_kind": 0.6132,
    "kind_match": 1.272,
    "announcement": 0.3352,
    "fact_match": 1.1,
    "focused_sentence": 1.387,
    "subject_title": 0.07976,
    "subject_text": 0.4175,
    "headline_only": 0.3246,
    "year_match": 0.6304,
    "outside_window": -0.1014,
}

DECLINE: dict[str, float] = {
    "bias": 0.4242,
    "sure": -0.8902,
    "unknown_word": -0.1496,
    "pairs_absent": 0.5809,
    "unspelt": 0.6639,
    "lead_share": -1.255,
    "top_score": -0.4942,
    "margin": -0.9617,
    "linked": -0.5587,
    "subject_linked": -1.231,
    "subject_guessed": -0.757,
    "unseen_pair": 0.3973,
}

PASSAGE: dict[str, float] = {
    "main_fact": 4.133,
    "other_fact": 0.227,
    "words": 1.309,
    "named": 2.036,
    "named_before": 0.3739,
    "joined": 1.552,
}
