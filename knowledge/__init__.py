"""The SQLite knowledge base Roadie answers from: articles, entities, facts, announcements."""
