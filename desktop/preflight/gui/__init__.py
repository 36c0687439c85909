"""The PySide6 desktop app over the Qt-free core."""
