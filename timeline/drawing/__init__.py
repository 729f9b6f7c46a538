"""Drawing and saving: a ``Layout`` on a matplotlib Figure, and deterministic files.

``figure`` draws what the layout decided, ``theme`` says how each look is coloured,
``save`` writes PNG, SVG and PDF bytes that are the same for the same input.
May import: ``layout`` (its geometry), ``files``. This package imports matplotlib; nothing
outside it and ``pipeline`` does, so listing and validating stay fast.
"""
