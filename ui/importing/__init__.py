"""File > Import plan…: the wizard that reads a Word, Excel or CSV plan and reviews it first."""
