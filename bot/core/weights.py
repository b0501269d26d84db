"""Feature weights for `bot.core.ranking`, written by `python -m benchmarks.quality --write`.

WEIGHTS score ranking candidates (listwise softmax regression); DECLINE weighs the evidence
that a question is about something the knowledge base lacks (logistic regression, its cut-off
placed where most development questions end right); PASSAGE picks the passage of the best
article that a fact answer quotes (listwise softmax regression over the right article's
passages, those stating the asked fact being right). All are fitted on the development
question sets (cross-validated figures in README); regenerate rather than edit by hand.
`--write-decline` refits DECLINE alone against the WEIGHTS shipped here, when only the decline
evidence has changed.
"""

WEIGHTS: dict[str, float] = {
    "name_title": 0.6729,
    "name_lead": 0.2906,
    "name_anywhere": 1.384,
    "name_opens": 0.5357,
    "sure_missing": -1.521,
    "words_title": 2.076,
    "words_lead": 1.134,
    "words_sentence": 1.115,
    "bm25_title": 2.041,
    "bm25_sentence": 1.443,
    "newest_news": 4.446,
    "newest_fact": 1.578,
    "newest_kind": 0.6083,
    "kind_match": 1.274,
    "announcement": 0.3404,
    "fact_match": 1.108,
    "focused_sentence": 1.422,
    "subject_title": 0.1591,
    "subject_text": 0.389,
    "headline_only": 0.3121,
    "year_match": 0.4776,
    "outside_window": -0.1016,
}

DECLINE: dict[str, float] = {
    "bias": 0.086,
    "sure": -1.276,
    "unknown_word": 1.251,
    "pairs_absent": 0.9707,
    "unspelt": 0.6917,
    "lead_share": -1.266,
    "top_score": -0.6853,
    "margin": -0.604,
    "linked": -0.6688,
    "subject_linked": -1.641,
    "subject_guessed": -1.094,
    "unseen_pair": 0.741,
}

PASSAGE: dict[str, float] = {
    "main_fact": 4.139,
    "other_fact": 0.1771,
    "words": 1.224,
    "phrase": 0.6526,
    "named": 2.104,
    "named_before": 0.4163,
    "joined": 1.544,
}
