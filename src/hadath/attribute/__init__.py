"""The ``attribute`` stage: the report's one attacker for the accepted records told without a doer."""
