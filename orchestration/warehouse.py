"""Moved to `assets/warehouse/lake.py` (issue 18: the warehouse layer sits below the assets).

This name stays an alias of that module so code written against `orchestration.warehouse` keeps
working while branches merge; new code imports `assets.warehouse.lake`. Assets must not use it
(tests/test_layers.py fails on any `assets/` module importing `orchestration`).
"""

import sys

from assets.warehouse import lake

sys.modules[__name__] = lake
