"""Feature weights for `bot.core.ranking`, written by `python -m benchmarks.quality --write`.

WEIGHTS score ranking candidates (listwise softmax regression); DECLINE weighs the evidence
that a question is about something the knowledge base lacks (logistic regression, its cut-off
placed where most development questions end right); PASSAGE picks the passage of the best
article that a fact answer quotes (listwise softmax regression over the right article's
passages, those stating the asked fact being right). All are fitted on the development
question sets (cross-validated figures in README); regenerate rather than edit by hand.
"""

WEIGHTS: dict[str, float] = {
    "name_title": 0.7321,
    "name_lead": 0.261,
    "name_anywhere": 1.356,
    "name_opens": 0.5287,
    "sure_missing": -1.591,
    "words_title": 1.998,
    "words_lead": 1.232,
    "words_sentence": 1.189,
    "bm25_title": 1.935,
    "bm25_sentence": 1.444,
    "newest_news": 4.428,
    "newest_fact": 1.59,
    "newest_kind": 0.5754,
    "kind_match": 1.285,
    "announcement": 0.3389,
    "fact_match": 1.112,
    "focused_sentence": 1.383,
    "subject_title": 0.08429,
    "subject_text": 0.4179,
    "headline_only": 0.3324,
    "year_match": 0.6353,
    "outside_window": -0.1025,
}

DECLINE: dict[str, float] = {
    "bias": 0.4391,
    "sure": -0.8927,
    "unknown_word": -0.1466,
    "pairs_absent": 0.583,
    "unspelt": 0.6657,
    "lead_share": -1.252,
    "top_score": -0.5014,
    "margin": -0.9682,
    "linked": -0.5599,
    "subject_linked": -1.233,
    "subject_guessed": -0.7613,
    "unseen_pair": 0.3939,
}

PASSAGE: dict[str, float] = {
    "main_fact": 4.133,
    "other_fact": 0.227,
    "words": 1.309,
    "named": 2.036,
    "named_before": 0.3739,
    "joined": 1.552,
}
