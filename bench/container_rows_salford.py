# ruff: noqa: E501 - the plans' sentences as published, one a line
"""Rows of two Salford community action plans for the import containers (sources cited in docs/importing.md).

Both are plans of a Salford community committee on the city's template: Ref No | New Item? | Objective |
Action | Delivery Led By | Resources Allocated | Outcomes | Targets | Milestones | Status. Each stored
copy holds only the opening of its page; the cells below are the rows it holds whole, separated again
by reading (the copy runs a PDF's columns together), every word kept in its published order and
nothing added.
"""

# -- Claremont and Weaste (Salford) Community Action Plan, progress to January 2009, section
# "2. A SafeCity / Reducing Crime": a numbered theme heading above the table, the ref and "New
# Item?" columns unheaded in this copy, a second header line repeating "Targets / Milestones /
# Status", and under each action a row across the table holding its progress ("Progress …"). The
# Targets, Milestones and Status cells are empty in every row; so is 2.1's Resources cell. 2.4's
# progress row is cut mid-sentence in the stored copy and left out (2.4 itself is whole).
WEASTE_HEADING = "2. A SafeCity / Reducing Crime"
WEASTE_HEADER = [
    "",
    "",
    "Objective",
    "Action",
    "Delivery Led By",
    "Resources Allocated",
    "Outcomes",
    "Targets",
    "Milestones",
    "Status",
]
WEASTE_SUBHEADER = ["", "", "", "", "", "", "", "Targets", "Milestones", "Status"]
# each action with its progress row ("" where the stored copy has none whole)
WEASTE = [
    (
        [
            "2.1.",
            "",
            "Introduce CCTV on Bolton Road and Willows area",
            "Identify funding",
            "GMP, Community Services",
            "",
            "CCTV installed; LPSA2",
            "",
            "",
            "",
        ],
        "Progress Locations for the CCTV cameras have been identified on Bolton Roadand costings established but as yet funding has not been secured. An application for funds from the CDRP is to be considered as they have recently received further funding.",
    ),
    (
        [
            "2.2.",
            "",
            "Reduce anti-social behaviour",
            "Provide services, which engage with “at risk” young people",
            "Youth Service; Child Action Northwest; SCL, Message Trust; community providers",
            "various",
            "Increased levels of engagement;",
            "",
            "",
            "",
        ],
        "Progress Varous providers continue to provide services. Community Committee continue to treat this work as a priority for devolved budget funds.\nSCL have re-introduced the highly successful Friday Night Football League enabling Detached Youth Worker the opportunity to engage with a group of young males from the Weaste area. The ‘Open Access’ holiday programmes have been delivered and monitoring reports tendered. SCL staff continue to deliver Dance to the young people of the community.",
    ),
    (
        [
            "2.3.",
            "",
            "Reduce anti-social behaviour",
            "Use Criminal Justice System and Action Planning",
            "Local Partnership Delivery Group (B) [CommunityServices; GMP; etc]",
            "Mainstream",
            "Reduced ASB; BVPI",
            "",
            "",
            "",
        ],
        "Progress Antisocial behaviour has reduced in both wards since the 01/04/08 to the 31/01/09 compared to the same period in the last year. Claremont is showing a 10% reduction and Weaste 2%. Officers continue to work Operation Brocade which has now been extended to a Saturday evening. PCSO's continue to patrol in high visibility on pedal cycles.",
    ),
    (
        [
            "2.4.",
            "",
            "Reduce impact of illegal use of motorbikes, etc",
            "Policing",
            "GMP",
            "Crime Disorder Partnership",
            "Reduced number of incidents",
            "",
            "",
            "",
        ],
        "",
    ),
]

# -- A Salford community committee's Community Action Plan, 2007-08 (the Health and Wellbeing budget
# "not confirmed beyond end 07/08"): a key to the status colours above the plan (a one-row table and
# a note on how to colour a cell), the themes as rows across the table ("Objective 1: Improving Health
# IN Salford"), the Status header printed sideways. Row 1.1's objective runs over a page break: its
# last two headings are under the header printed again at the top of the next page. The stored copy
# ends inside row 2.1 (cut over the next page break), so theme 2 and its row are left out.
HEALTH_KEY = [
    "Action Status:",
    "Action Not\nResourced",
    "Action\nOverdue",
    "Action\nProgressing\nand On\nTarget",
    "Action\nComplete",
]
HEALTH_NOTE = "* To add the traffic light colours cursor must be in the cell: right click mouse, borders and shading, shading tab, select colour, in the ‘apply to’ box select ‘cell’ and ‘ok’."
HEALTH_HEADER = [
    "Ref\nNo",
    "New\nItem?",
    "Objective",
    "Action",
    "Delivery Led By",
    "Resources\nAllocated",
    "Outcomes",
    "Targets",
    "Milestones",
    "Status",
]
HEALTH_THEME = "Objective 1: Improving Health IN Salford"
HEALTH_PAGE_1 = [
    "1.1",
    "No",
    "Support the development of the local Health Action Partnership and the delivery of its detailed local action plan under the headings of:\n• Tobacco Control\n• Diet and Nutrition\n• Physical Activity\n• Sexual Health",
    "Engage with the HAP as with other local task groups – community involvement, minutes to Community Committee, reports back, etc.",
    "Health Improvement Officer\nHealth Improvement Worker\nHAP Partners",
    "Dedicated local Health Improvement team with budget\n£8k/year H&WB budget?? (NB not confirmed beyond end 07/08)\nPartnership staffing",
    "See HAP",
    "See HAP",
    "",
    "",
]
# the top of the next page: the rest of 1.1's objective cell
HEALTH_PAGE_2 = ["", "", "• Alcohol and Substance Misuse\n• Emotional Health and Wellbeing", "", "", "", "", "", "", ""]
