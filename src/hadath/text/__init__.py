"""Arabic text layer: normalization with an offset map, sentences, clitic-aware tokens, numbers."""
