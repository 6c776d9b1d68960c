# ruff: noqa: E501 - the plans' sentences as published, one a line
"""Two published youth justice improvement plans keyed unseen (sources cited in docs/importing.md).

As in container_rows_unseen2.py: each stored copy holds only the opening of its document; the cells
and lines are the ones it holds whole, separated again by reading where the copy ran the columns
together, every word kept in its published order and nothing added ("now implements" is the page's
own). A row or recommendation the copy cuts is left out, with what follows it.
"""

from container_rows_unseen3 import Line

# -- Rotherham Metropolitan Borough Council, Children and Young People's Services: Youth Offending
# Services - Improvement Action Plan, in response to HM Inspectorate of Probation's Short Quality
# Screening of November 2012, with progress to July 2013. Ref No / AREA REQUIRING IMPROVEMENT
# (Recommendations) / Action Required / Planned Completion Date (on two lines in its header cell) /
# Lead Officer / Agency / Progress against agreed action and impact monitoring. The recommendation
# is numbered (1) and its actions lettered in their own cell ("(1a) Raise…"); the progress cell a
# run of paragraphs, one broken by its writer mid-sentence ("completed between" / "April – July").
# The next row ((1b) and (1c) in one cell, their two dates one a line) is cut in its lead
# ("YOS Informat") and left out.
ROTHERHAM_TITLE = "Youth Offending Services - Improvement Action Plan"
ROTHERHAM_SUBTITLE = "In response to the Short Quality Screening (SQS) of youth offending work 12th-14th November 2012 by HM Inspectorate of Probation"
ROTHERHAM_HEADER = [
    "Ref No",
    "AREA REQUIRING IMPROVEMENT (Recommendations)",
    "Action Required",
    "Planned\nCompletion Date",
    "Lead Officer / Agency",
    "Progress against agreed action and impact monitoring",
]
ROTHERHAM = [
    [
        "1",
        "Timeliness of initial assessments (ASSET – Youth Justice Board Assessment Tool). Completion required within 20 working days for Referral Orders, 15 days for all other Court Orders.",
        "(1a) Raise performance from 78% (inspection findings) to 98% completion of ASSET.",
        "March 2013",
        "Operations Managers (SF), (CD)",
        "Action completed.\n"
        "The current target of 98% needs to be reviewed and redefined. This is due to assessments being out of time because a percentage of young people are not turning up for assessment appointments.\n"
        "Whilst efforts are made to ensure young people do keep appointments (including, if necessary, a return to court) this is not always possible and is not always in the control of the YOS.\n"
        "Update (July 2013)\n"
        "53 assessments completed between\n"
        "April – July 2013 of which 45 were completed on time (84.9%). In 8 cases assessments were not completed on time and this was due to young people missing appointments in 6 cases and a difficulty obtaining interpreters in 2 cases.\n"
        "Further work will be undertaken to review and define this measure and regular monitoring and reporting will commence to the YOT Management Board as a standing performance item.\n"
        "CYPS P&Q are undertaking a service quality review (SQR) which includes compliance audits for this area.",
    ],
]

# -- Torbay Council, Youth Justice Plan: HMIP improvement plan (the YOT's plan after HM Inspectorate
# of Probation's inspection; progress to late 2021): a web page, no table. "The recommendations
# are:", then each recommendation as a line of its own, a "Desired outcome" label and its list, a
# "Detail" label and its list (the progress made), and "RAG" over the rating ("Green"). The third
# recommendation is cut mid-sentence and left out, with what follows. The page's own title is not
# in the stored copy (the page is named by its address).
TORBAY: list[Line] = [
    ("para", "The recommendations are:"),
    (
        "heading",
        "The YOT Strategic Management Board should make sure that Board members understand the specific needs of children known to the YOT and advocate on their behalf in their own agencies.",
    ),
    ("label", "Desired outcome"),
    ("bullet", "Data set to be agreed and reported on monthly / quarterly"),
    ("bullet", "Board members to drive and take strategic ownership of the Youth Justice Plan."),
    ("bullet", "Board members to set local priorities for driving / improving practice."),
    (
        "bullet",
        "YOT board partners to report on effectiveness of partnership working & impact of YOT work on reducing offending and reoffending",
    ),
    ("bullet", "Robust quality assurance framework to be developed"),
    ("label", "Detail"),
    ("bullet", "Permanent YOT manager started on 1 October 2021"),
    ("bullet", "Data set for Board now implements and presented and reviewed regularly"),
    ("bullet", "Youth Justice Plan 21/22 completed and submitted"),
    ("bullet", "Local targets set out in YJ Plan"),
    (
        "bullet",
        "Strategic and Operational Board now able to review and assess effectiveness in an informed, data supported way",
    ),
    ("bullet", "YOT manager developing quality assurance framework"),
    ("label", "RAG"),
    ("para", "Green"),
    (
        "heading",
        "The YOT Strategic Management Board should develop the knowledge and understanding of the Board member’s role and service’s work, so they can provide effective challenge to partner agencies",
    ),
    ("label", "Desired outcome"),
    ("bullet", "Induction to include meeting with the management team and any staff relevant to their area."),
    ("bullet", "Board members will be actively involved in overseeing YOT practice and initiatives"),
    ("bullet", "Board Members to sit on subgroups / working groups relevant to their area in project development"),
    ("bullet", "Strategic Board members to attend a Torbay YOT practice week."),
    ("bullet", "Training for existing and new board members."),
    ("label", "Detail"),
    ("bullet", "Induction programme for Board members agreed and delivered to all members."),
    ("bullet", "Training has been provided for new members."),
    ("bullet", "Some board members have attended practice week"),
    ("label", "RAG"),
    ("para", "Green"),
]
