"""File > Import plan…: the wizard that reads a Word, Excel, PDF or CSV plan and reviews it first,
down to every row (``rows_page``: each row's role, the plan tree beside it, corrections)."""
