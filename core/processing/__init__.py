"""The ``urbantwin`` Processing provider and one algorithm class per ``alg_*.py`` module."""
