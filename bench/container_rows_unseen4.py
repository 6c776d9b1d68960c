# ruff: noqa: E501 - the plan's sentences as published, one a line
"""Rows of a published plan keyed unseen, laid out as a table with lead and timescale columns
(source cited in docs/importing.md).

As in container_rows_unseen2.py: the stored copy holds only the opening of the document; the cells
are the rows it holds, separated again by reading where the copy ran the columns together, every
word kept in its published order and nothing added.
"""

# -- Shenington with Alkerton Parish Council, Portfolio Action Plan v1.0 (2010): one table of the
# councillors' portfolios: Portfolio / Who (lead in red) / an unheaded column numbering the actions
# / Actions / Year to Action / Closed (minutes reference). The portfolio and its councillor are
# written once, in the row that opens it, whose Actions cell holds only a heading ("Go Karting")
# and whose number cell is empty; each action a numbered row under it; the year to action "On-going"
# or a year of the plan ("1"); action 6's cell holds the items to discuss as bullets on the lines
# under it; the Closed column is empty. The stored copy ends in action 6's list, so only the
# portfolio "Gliding & Karting" is kept. A parish council's plan, kept for its layout.
SHENINGTON_TITLE = "Shenington with Alkerton Parish Council Portfolio Action Plan"
SHENINGTON_HEADER = ["Portfolio", "Who (lead in red)", "", "Actions", "Year to Action", "Closed (minutes reference)"]
SHENINGTON = [
    ["Gliding & Karting", "Margaret", "", "Go Karting", "", ""],
    [
        "",
        "",
        "1",
        "Noise monitoring of every karting day by parishioners ( currently 4 but aim for more participants)",
        "On-going",
        "",
    ],
    ["", "", "2", "Notify the Kart club of any trailers carrying Karts through the village", "On-going", ""],
    [
        "",
        "",
        "3",
        "Present noise monitoring data to the Environmental Health dept at Cherwell DC for current season",
        "On-going",
        "",
    ],
    ["", "", "4", "Follow up any action to be taken regarding the 2009 data submitted to CDC Env Health.", "1", ""],
    [
        "",
        "",
        "5",
        "Monitor any changes at the Kart track and advise CDC planning dept of any enforcement issues",
        "On-going",
        "",
    ],
    [
        "",
        "",
        "6",
        "Arrange annual meeting in Sept/Oct 2010 to discuss :\n·        Calendar for 2011\n·        Possibility of reduction of meetings on Sundays in July and August",
        "1",
        "",
    ],
]
