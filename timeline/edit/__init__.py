"""Changing an events file safely: text edits that leave every other byte alone, checked
whole and written atomically under a lock.

May import: ``errors``, ``files``, ``model``, ``read``.
"""
