"""The answering core: a Message in, a Reply out; names no platform and never sends."""
