"""``python -m timeline``: the same command as ``timeline``."""

from .cli import main

main()
