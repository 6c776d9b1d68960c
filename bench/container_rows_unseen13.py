# ruff: noqa: E501 - the plans' sentences as published, one a line
"""Three published plans keyed unseen: a Berkshire safeguarding children board's business plan
priority, a council's Best Value Review of Safeguarding improvement plan, and a council's scrutiny
review of child poverty action plan (sources cited in docs/importing.md).

As in container_rows_unseen8.py: each stored copy holds only the opening of its document; the cells
and lines are the ones it holds whole, put back in their rows by reading where the copy ran the
columns together, every word kept in its published order and nothing added. A row the copy cuts in
a cell that says who or when is left out, with what follows it.
"""

# -- SLSCB Business Plan: "SLSCB BUSINESS PLAN – ACTIONS, TIMESCALES, OUTCOMES AND RAG RATINGS", then
# one table per priority: the priority ("PRIORITY 1a Early Help and Prevention") in a title row
# merged across the table, the strategic lead and the objectives in merged rows under it, then
# Specific Actions / Timescale/Target / Lead / Output/Outcome measurement / RAG rating. Each action
# numbered in its own cell ("1. To ensure …"); no RAG rating given. Action 3's output cell is cut
# after its first word: it is left empty (its action, timescale and lead are whole).
SLOUGH_TITLE = "SLSCB BUSINESS PLAN – ACTIONS, TIMESCALES, OUTCOMES AND RAG RATINGS"
SLOUGH_PRIORITY = "PRIORITY 1a Early Help and Prevention"
SLOUGH_LEAD = (
    "Strategic Lead from SLSCB Executive: Nancy Barber/Jill King (BHFT) Chair of Quality and Performance Sub Group"
)
SLOUGH_OBJECTIVES = [
    "OBJECTIVES:",
    "SLSCB to take a robust role in the implementation, monitoring and evaluation of the Early Intervention Strategy.",
    "To improve the effectiveness of universal services to reduce the number of children requiring early help and targeted services",
    "To reduce the number of children referred into child protection and other specialist safeguarding services though more effective integrated early help that improves outcomes for CYP",
]
SLOUGH_HEADER = ["Specific Actions", "Timescale/\nTarget", "Lead", "Output/Outcome\nmeasurement", "RAG\nrating"]
SLOUGH = [
    [
        "1. To ensure that the Early Intervention Strategy addresses safeguarding priorities by engaging in the consultation on, and agreement to, the Strategy.",
        "Strategy agreed and in place by April 2012",
        "Chair of SLSCB",
        "Strategy agreed and in place by April 2012.\n(Agreement to strategy secured at joint meeting of SLSCB and CP on 11th April 2012)",
        "",
    ],
    [
        "2. Support the implementation of the Early Response Hub to ensure that safeguarding priorities are to the fore. Allocation of Munro training monies to support programme of multiagency training to support effective implementation of Early Response Hub operation",
        "Training programme to run across financial year 2012/13",
        "Pan-Berkshire Training Sub-Group and Early Intervention Sub Group of Children’s Partnership",
        "Target number of staff across each agency?\nEvaluation of staff understanding/operational effectiveness\nEarly help data in scorecard.",
        "",
    ],
    [
        "3. Support the implementation of the Referral Hub co-ordinated by Thames Valley Police. Receive first evaluation of operation of Hub and determine if further actions required to secure operational effectiveness.",
        "Evaluation of Hub to be received in June/July 2012\nReview of Hub operation completed by September 2012",
        "Jim Reeves",
        "",
        "",
    ],
]

# -- Children's Services Directorate, BEST VALUE REVIEW Safeguarding, IMPROVEMENT PLAN – REVIEW
# TEMPLATE (the council's cabinet report of 9 May 2006 stored beside it names Salford): the title
# lines, who prepared it, the template's file name, "(A)", a key of the two codes the cells use, then
# a band heading naming when its targets fall due ("SHORT TERM TARGETS (Achievable within 6 months
# ie, by June 2006).") over Recommendation (its number, "2 (i)", in a cell of its own) / Responsible
# Officer / Update on progress / Achieved (tick) / On Target to Achieve (tick) / Give expected new
# achievement date. The two "Yes" ticks of page 1 cannot be put on a row from the stored copy and
# are left out; row 2 (v)'s officer and update are not in it, so it and what follows are left out.
SALFORD_TITLE = [
    "Children’s Services Directorate",
    "BEST VALUE REVIEW",
    "Safeguarding",
    "IMPROVEMENT PLAN – REVIEW TEMPLATE",
]
SALFORD_PREPARED = ["Report prepared by:", "Kate Rose", "Principal Manager", "Safeguarding Review"]
SALFORD_FILE = "BVR Safeguarding - Improvement Plan Review/update template.2.12.051"
SALFORD_KEY = ["(A)", "Key:", "TR = Term of reference", "WS = Work stream for the review"]
SALFORD_BAND = "SHORT TERM TARGETS (Achievable within 6 months ie, by June 2006)."
SALFORD_HEADER = [
    "",
    "Recommendation",
    "Responsible\nOfficer",
    "Update on progress",
    "Achieved\n( tick)",
    "On Target\nto Achieve\n(tick)",
    "Give expected\nnew\nachievement\ndate",
]
SALFORD = [
    [
        "2 (i)",
        "For Council strategic plans to reflect more explicitly the safeguarding of children and young people as a key priority.\nTR: 2, 5,6.\nWS: 1 (pages 29-45), Recommendation 1 (page 6)",
        "Directors of\nServices",
        "Agreed in principle by Directors’ Team 13th January.\nMethodology to be worked up by Children’s Services Directorate.",
        "",
        "",
        "",
    ],
    [
        "2 (ii)",
        "Establish a safeguarding lead within each of the Council directorates through which information, audit and training can be disseminated.\nTR: 2, 5.\nWS: 1 (pages 29-45), Recommendation 9 (page 7)",
        "Directors of\nServices",
        "Agreed by Directors’ Team on 13th January.\nGroup will cover children looked after and safeguarding across all Directorates",
        "",
        "",
        "",
    ],
    [
        "2 (iii)",
        "To identify a central unit within Children’s Services with key responsibility to co-ordinate the Council’s safeguarding responsibilities and activities.\nTR: 2, 6.\nWS: 3 (pages 70-95), Recommendation 10 (page 9)",
        "Director of\nChildren’s Services",
        "The Safeguarding Children Unit will take the lead in co-ordinating the Council’s safeguarding responsibilities and activities.",
        "",
        "",
        "",
    ],
]

# -- Action Plan – Review of Child Poverty (a council's select committee review; the council is not
# named in the stored copy, its Fairer Start initiative, Catalyst and the Health and Wellbeing Board
# are): No. / Recommendation / Proposed Actions/Progress / Success Measures / Proposed
# Responsibility / Date, each recommendation a row, its actions a numbered list in one cell and
# their officers and dates lines of the cells beside, one a line in the actions' order. The stored
# copy numbers every action "1." (the Success Measures 1, 2, 3): kept so. The second
# recommendation has no dates. The third is cut in its first action and left out, with what follows.
POVERTY_TITLE = "Action Plan – Review of Child Poverty"
POVERTY_HEADER = [
    "No.",
    "Recommendation",
    "Proposed Actions/Progress",
    "Success Measures",
    "Proposed Responsibility",
    "Date",
]
POVERTY = [
    [
        "1.",
        "The Committee supports and encourages the shift of resources from reaction to prevention and early intervention, in line with the work of the Health and Wellbeing Board and as part of the Council’s strategic approach and financial strategy.",
        "1. Receive the Early Help Strategy and action plan for information on plans to focus on earlier intervention\n1. Receive an update on the Fairer Start initiative in September 2014\n1. Receive an update in October 2015 to review progress",
        "1. Strategy and action plan provide direction and concrete actions to focus on prevention rather than reaction\n2. Fairer Start initiative implemented from September 2014\n3. Progress report in October 2015 showing improvement against key indicators defined in the Fairer Start project plan",
        "Peter Kelly & Jane Humphreys\nSteve Rose\nSteve Rose",
        "September 2014\nSeptember 2014\nOctober 2015",
    ],
    [
        "2.",
        "A myth-busting guide is produced for use by Councillors and staff to challenge some of the myths and the stigmatisation of people experiencing poverty.",
        "1. Produce a myth-busting guide based on evidence and user views\n1. Produce a communication plan around poverty, linking with the Family Poverty Framework",
        "1. Clear & accessible guide produced\n2. Communications plan produced\n3. Work with schools to obtain views regarding poverty against a baseline before the guide is communicated",
        "Kate Fulton\nKate Fulton",
        "",
    ],
]
