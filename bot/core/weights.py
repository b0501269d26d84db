"""Feature weights for `bot.core.ranking`, written by `python -m benchmarks.quality --write`.

WEIGHTS score ranking candidates (listwise softmax regression); DECLINE weighs the evidence
that a question is about something the knowledge base lacks (logistic regression, its cut-off
placed where most development questions end right); PASSAGE picks the passage of the best
article that a fact answer quotes (listwise softmax regression over the right article's
passages, those stating the asked fact being right). All are fitted on the development
question sets (cross-validated figures in README); regenerate rather than edit by hand.
"""

WEIGHTS: dict[str, float] = {
    "name_title": 0.6868,
    "name_lead": 0.3063,
    "name_anywhere": 1.398,
    "name_opens": 0.5325,
    "sure_missing": -1.562,
    "words_title": 2.087,
    "words_lead": 1.142,
    "words_sentence": 1.119,
    "bm25_title": 2.023,
    "bm25_sentence": 1.44,
    "newest_news": 4.444,
    "newest_fact": 1.543,
    "newest_kind": 0.6074,
    "kind_match": 1.272,
    "announcement": 0.3381,
    "fact_match": 1.104,
    "focused_sentence": 1.419,
    "subject_title": 0.1109,
    "subject_text": 0.3541,
    "headline_only": 0.3173,
    "year_match": 0.4788,
    "outside_window": -0.1016,
}

DECLINE: dict[str, float] = {
    "bias": 0.1433,
    "sure": -1.304,
    "unknown_word": -0.03812,
    "pairs_absent": 0.7706,
    "unspelt": 0.586,
    "lead_share": -1.191,
    "top_score": -0.4432,
    "margin": -0.9089,
    "linked": -0.4811,
    "subject_linked": -1.156,
    "subject_guessed": -0.476,
    "unseen_pair": 0.3603,
}

PASSAGE: dict[str, float] = {
    "main_fact": 4.138,
    "other_fact": 0.2296,
    "words": 1.29,
    "named": 2.06,
    "named_before": 0.3839,
    "joined": 1.564,
}
