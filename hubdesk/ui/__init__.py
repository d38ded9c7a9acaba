"""The Qt console. The only package that imports Qt (checked by import-linter)."""
