"""Root test set-up: Qt must be told to render offscreen before anything imports it."""

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("DELIVERY_DESK_USER", "test-officer")
