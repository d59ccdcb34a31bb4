id: risk_assessment
label: Poor assessment of risk
description: Assessments were not done, not updated, incident-by-incident, or underestimated risk; history and cumulative harm not considered.
# ---- Concepts: what this theme evaluates ----
group: @risk = risk | risks | danger | dangers | threat | level of risk | dangerousness
group: @risk_work = "risk assessment" | "risk assessments" | "assessment" | "assessments" | "analysis" | risk analysis | core assessment | single assessment | risk management

# ---- Concept patterns ----
pattern: @risk ~ (+@misjudged | !@considered | +@underdone)
  unless: (pre-birth | unborn) | risk factor | @risk ..3 (to the review | of the review) | (no | not) (evidence | sign) of ..4 @risk
pattern: @risk_work ~ (+(@weak | @lacking) | !(update | updated | complete | completed | revisit | revisited | review | reviewed | undertaken | done | carried out | started))
  unless: (no one | nobody) ..3 (question* | challeng*) | pre-birth | parenting assessment | health assessment | (assessment | assessments) ..3 of (the)? (father | partner | man | men | stepfather) | mental health assessment | needs assessment
pattern: @risk_work ~ !@good
  unless: pre-birth | parenting assessment | needs assessment
pattern: @none ..3 @risk_work
  unless: ("no" | not any | "little") (evidence | sign | indication | suggestion | reason)
  unless: (no one | nobody) ..3 (question* | challeng* | read | saw)
  unless: pre-birth | (assessment | assessments) ..3 of (the)? (father | partner | man | men | stepfather) | mental health | needs | !(assessment) ..3 (found | showed | identified)
pattern: !(draw | drew | drawn | pieced | laid | join | joined | connect | connected) ..3 (together | side by side | the dots)
pattern: (nobody | no one | none ..3 agencies) ..3 (added up | put together | drew together | pieced together | connected)
pattern: (fresh snapshot | blank page | from scratch | clean slate | new to the service | as though ..4 (new | first time) | (one | each) at a time | taken one at a time)
pattern: (incident | incidents | episode | episodes | event | events | referral | referrals) ~ (in isolation | isolation | one by one | individually | separately | "singly" | on its own merits)
pattern: (history | previous incidents | past incidents | pattern of incidents | earlier incidents | earlier referrals | previous referrals) ~ !@considered
  unless: (medical | family | housing | employment | psychiatric | mental health | drug | offending | criminal | sexual) history

# ---- Phrase patterns: particular ways of saying it ----
pattern: (risk | risks | danger | dangerousness) ..8 (underestimat* | under-estimat* | +minimised | misjudged | misread | not recognised | !recognised | !assessed | !identified | !considered | graded ..3 (low | standard | medium) | rated ..3 (low | standard | medium) | scored ..3 (low | standard | medium) | judged ..6 (on the basis of | alone))
  unless: (was | were) (assessed | considered) ..3 (appropriately | correctly | properly | thoroughly)
pattern: !(assess* | consider* | analys* | evaluat* | identif* | understand* | recognis*) ..6 (the)? (risk | risks | danger | harm | cumulative)
  unless: as a risk factor
pattern: (no | not any) ..2 (assessment | risk assessment | analysis of risk | analysis) ..8 (!completed | !undertaken | !carried out | !done | was (completed | undertaken | carried out) | at any point | of the risk)
  unless: (pre-birth | prebirth | parenting | graded care)
pattern: (assessment | assessments) ..6 (!"updated" | !"revisited" | !"reviewed" | !"revised" | not updated | +(out of date) | +superficial | narrow | presenting problem | short account | incident-specific)
pattern: (incident by incident | incident-by-incident | isolated (incident* | events | disputes) | as (a)? (new | separate | isolated) (event* | incident*) | each (incident | referral) ..6 ("separately" | alone | on its own | in isolation | new))
pattern: (incident | incidents | event | events | injury | injuries | referral | referrals) ..6 in isolation
  # "In the months before the incident, agencies worked in isolation": a date, then multi_agency (added on branch conceptsB).
  unless: (before | after | since | until) the (incident | event | referral) ..3 (@agency | agencies | services) ..2 (worked | were working)
pattern: (family's history | history of (the)? (family | incidents | call-outs | concerns | referrals) | historical information | previous (incidents | concerns | injuries) | background | cumulative (picture | risk) | pattern of) ..10 (!considered | !used | !taken into account | !recognised | !seen | !explored | !known | +overlooked | +ignored | +disregarded | never seen | not taken)
pattern: (did not | failed to | no) ..4 (consider | look at | take account of | take into account) ..6 (history | wider risk* | cumulative | previous | pattern)
pattern: (without | no) (looking at | reference to | consideration of | analysis of) ..4 (history | risk | previous)
pattern: (conclusions | "findings" | tool | assessment) ..6 (!"inform" | did not inform | not used | +ignored) ..3 (plan | planning)?
pattern: (significance | seriousness) ..10 !recognised ..6 (assess* | risk)
pattern: (most recent | presenting) ..3 (incident | problem) ..4 alone
pattern: (risk* | danger) ..4 (posed by | from) ..10 (!assessed | never | no one)
pattern: no one ..4 assessed ..4 risk
# "little analysis of what the history meant for the baby's safety"
pattern: (little | no | limited | scant | without ..2 any) analysis ..6 (risk | risks | safety | harm | meant | mean | impact | danger | history)
# "responded to each crisis as it arose, rather than looking at the pattern as a whole"
pattern: (crisis | crises | incident | incidents | episode | episodes) ..3 as (it | they) (arose | happened | occurred | came)
pattern: rather than ..4 (the pattern | the whole picture | the wider picture | the history | cumulative)
unless: (assessment | risk) ..4 (was|were) (revised|updated) ..4 (after each | regularly)
match: The danger posed by the uncle was never assessed.
match: The findings of the parenting assessment did not inform the plan.
nomatch: The panel found nothing to suggest that information was lost.
match: The core assessment listed the incidents but offered no analysis of the risk they posed.
match: Practitioners dealt with each episode as it happened and never stood back to look at the history.
nomatch: No one questioned the assessment at the review meeting.
match: Each assault was dealt with as an isolated incident and the pattern was missed.
match: Risk to the baby was seriously underestimated by every agency.
nomatch: The risk assessment was revised after each incident and took account of the history.
nomatch: All risk assessments should be updated when a new adult joins the household.
match: The social worker underestimated the danger the father posed.
match: There was no updated assessment after the second assault.
nomatch: There is no evidence that the assessment was flawed.
