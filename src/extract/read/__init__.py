"""Reading: bytes of one input to a normalised, segmented document (encodings, pages, lines, sentences, words)."""
