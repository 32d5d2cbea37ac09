"""Claim stage: who said, pledged, warned or did what to whom, and with what stance.

- component.py  the spaCy component: builds the view, runs the families in order
- view.py       a read-only view of the parsed Doc (text, quotes, sentences, mentions)
- claimed.py    what earlier families claimed (cues, content spans, inherited speakers)
- families/     direct (quotes), indirect (cue + complement, and mixed), nominal (cue
                nouns), stance (actor + stance verb + object): one free function each
- frames.py, spans.py, speakers.py, build.py   cue frames, spans, speakers, the Claim
- ruleset.py    patterns/rules.json: rule ids, confidences and the rule tables
- lexicon.py, quotes.py, stance.py   cue and stance lexicons, quote scanner, polarity
"""
