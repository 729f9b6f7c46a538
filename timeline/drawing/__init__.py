"""Drawing and saving: a ``Layout`` on a matplotlib Figure, and deterministic files.

``figure`` draws what the layout decided, ``theme`` says how each look is coloured,
``save`` writes PNG, SVG and PDF bytes that are the same for the same input; ``formats``
lists those formats and works out the files to write, without matplotlib, for the CLI.
May import: ``layout`` (its geometry), ``files``, ``errors``. This package draws with
matplotlib (all but ``formats``); outside it only ``layout.measure`` reads matplotlib's font
metrics, and only once a figure is laid out, so listing and validating stay fast.
"""
