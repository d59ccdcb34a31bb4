id: risk_assessment
label: Poor assessment of risk
description: Assessments were not done, not updated, incident-by-incident, or underestimated risk; history and cumulative harm not considered.
# ---- Concepts: what this theme evaluates ----
group: @risk = risk | risks | danger | dangers | threat | level of risk | dangerousness | likelihood of ..2 harm | potential for ..2 harm
group: @risk_work = "risk assessment" | "risk assessments" | "assessment" | "assessments" | "analysis" | risk analysis | core assessment | single assessment | risk management | risk matrix | risk formulation | safety assessment

# What went unweighed was a parent's problem and what it meant for the child: parental_risk_factors
# ("no assessment in four years weighed the effect of the violence on the boys") (lexprec).
unless: (impact | effect | effects) of ..4 @factor
# The review declining a finding: "the panel does not find that the danger could have been seen sooner" (lexprec).
unless: (review | panel | reviewer | reviewers) (does | did) not find that
# ---- Concept patterns ----
pattern: @risk ~ (+@misjudged | !@considered | +@underdone)
  unless: @other_sense
  unless: (exploitation | outside the home | going missing | missing episodes)   # risks to teenagers misread are adolescents
  unless: (pre-birth | unborn) | risk factor | @risk ..3 (to the review | of the review) | (no | not) (evidence | sign) of ..4 @risk
pattern: @risk_work ~ (+(@weak | @lacking) | !(update | updated | complete | completed | revisit | revisited | review | reviewed | undertaken | done | carried out | started))
  unless: @other_sense
  # "absent from every assessment", "left out of the assessment": what is missing is someone or something else.
  unless: (+absent | missing | +left out | omitted | excluded) (from | of) ..3 @risk_work
  unless: sign-off | signed off | sign off | countersign*   # a manager's sign-off is management_oversight
  unless: (no one | nobody) ..3 (question* | challeng*) | pre-birth | unborn | parenting assessment | health assessment | (assessment | assessments) ..3 of (the)? (father | partner | man | men | stepfather) | mental health assessment | needs assessment
pattern: @risk_work ~ !@good
  unless: pre-birth | unborn | parenting assessment | needs assessment
pattern: @none ..3 @risk_work
  unless: (logged | screened | graded | filed) ..4 as ..2 (information only | advice | no further action | nfa | "green" | "low") & @none ..2 @risk_work ..2 (followed | ensued | resulted)   # a contact given the lowest answer and no assessment: thresholds (r20b)
  unless: @risk_work ..3 (was | were | being)? ..2 (opened | opening)   # no assessment opened on a referral: thresholds (lexjudge)
  # an assessment silent about heritage, faith, language or disability is diversity (lexprec)
  unless: heritage | culture | cultural | religion | religious | faith | ethnicity | race | racist | racism | language | interpreter | disability | disabled
  unless: ("no" | not any | "little") (evidence | sign | indication | suggestion | reason)
  unless: (no one | nobody) ..3 (question* | challeng* | read | saw)
  unless: pre-birth | (assessment | assessments) ..3 of (the)? (father | partner | man | men | stepfather) | mental health | needs | !(assessment) ..3 (found | showed | identified)
pattern: !(draw | drew | drawn | pieced | laid | join | joined | connect | connected) ..3 (together | side by side | the dots)
  # Pieces held by different agencies and never brought together is poor sharing (multi_agency, health_coordination), not
  # one agency's assessment that missed the pattern (lexjudge).
  unless: (each | either | neither | both) ..3 (agency | agencies | service | services | held | had | team | trust) | (noted | recorded | held | seen) ..3 separately | fragment | fragments | strands
pattern: (nobody | no one | none ..3 agencies) ..3 (added up | put together | drew together | pieced together | connected)
  # Pieces held by different agencies and never brought together is poor sharing (multi_agency, health_coordination), not
  # one agency's assessment that missed the pattern (lexjudge).
  unless: (each | either | neither | both) ..3 (agency | agencies | service | services | held | had | team | trust) | (noted | recorded | held | seen) ..3 separately | fragment | fragments | strands
pattern: (fresh snapshot | blank page | from scratch | clean slate | new to the service | as though ..4 (new | first time) | (one | each) at a time | taken one at a time)
  unless: @health_side ..12 (started | began | start | begin) ..3 (from)? (a)? (blank page | scratch)   # a health service without the history: health_coordination (r20b)
pattern: (incident | incidents | episode | episodes | event | events | referral | referrals) ~ (in isolation | isolation | one by one | individually | separately | "singly" | on its own merits)
pattern: (history | previous incidents | past incidents | pattern of incidents | earlier incidents | earlier referrals | previous referrals) ~ !@considered
  unless: (medical | family | housing | employment | psychiatric | mental health | drug | offending | criminal | sexual) history
  unless: (@man | mr) ('s | "s") ..2 (history | past)   # a man's past unexplored is hidden_men (lexprec)

# ---- Phrase patterns: particular ways of saying it ----
pattern: (risk | risks | danger | dangerousness) ..8 (underestimat* | under-estimat* | +minimised | misjudged | misread | not recognised | !recognised | !assessed | !identified | !considered | graded ..3 (low | standard | medium) | rated ..3 (low | standard | medium) | scored ..3 (low | standard | medium) | judged ..6 (on the basis of | alone))
  unless: pre-birth | unborn | (exploitation | outside the home | going missing)
  unless: (was | were) (assessed | considered) ..3 (appropriately | correctly | properly | thoroughly)
pattern: !(assess* | consider* | analys* | evaluat* | identif* | understand* | recognis*) ..6 (the)? (risk | risks | danger | harm | cumulative)
  unless: pre-birth | unborn | supervision ..4 !explore
  unless: as a risk factor
pattern: (no | not any) ..2 (assessment | risk assessment | analysis of risk | analysis) ..8 (!completed | !undertaken | !carried out | !done | was (completed | undertaken | carried out) | at any point | of the risk)
  unless: (pre-birth | prebirth | parenting | graded care)
pattern: (assessment | assessments) ..6 (!"updated" | !"revisited" | !"reviewed" | !"revised" | not updated | +(out of date) | +superficial | narrow | presenting problem | short account | incident-specific)
pattern: (incident by incident | incident-by-incident | isolated (incident* | events | disputes) | as (a)? (new | separate | isolated) (event* | incident*) | each (incident | referral) ..6 ("separately" | alone | on its own | in isolation | new))
pattern: (incident | incidents | event | events | injury | injuries | referral | referrals) ..6 in isolation
  # "In the months before the incident, agencies worked in isolation": a date, then multi_agency (added on branch conceptsB).
  unless: (before | after | since | until) the (incident | event | referral) ..3 (@agency | agencies | services) ..2 (worked | were working)
pattern: (family's history | history of (the)? (family | incidents | call-outs | concerns | referrals) | historical information | previous (incidents | concerns | injuries) | background | cumulative (picture | risk) | pattern of) ..10 (!considered | !used | !taken into account | !recognised | !seen | !explored | !known | +overlooked | +ignored | +disregarded | never seen | not taken)
  unless: pattern of ..3 (cancel* | missed | visit* | appointment* | neglect | injur* | bruis* | absence* | non-attendance | avoid* | engagement | disguised)
pattern: (did not | failed to | no) ..4 (consider | look at | take account of | take into account) ..6 (history | wider risk* | cumulative | previous | pattern)
pattern: (without | no) (looking at | reference to | consideration of | analysis of) ..4 (history | risk | previous)
pattern: (conclusions | "findings" | tool | assessment) ..6 (!"inform" | did not inform | not used | +ignored) ..3 (plan | planning)?
pattern: (significance | seriousness) ..10 !recognised ..6 (assess* | risk)
pattern: (most recent | presenting) ..3 (incident | problem) ..4 alone
pattern: (risk* | danger) ..4 (posed by | from) ..15 (!assessed | !feature | !featured | !considered | never | no one | nowhere)
pattern: no one ..4 assessed ..4 risk
# "little analysis of what the history meant for the baby's safety"
pattern: (little | no | limited | scant | without ..2 any) analysis ..6 (risk | risks | safety | harm | meant | mean | impact | danger | history)
# "responded to each crisis as it arose, rather than looking at the pattern as a whole"
pattern: (crisis | crises | incident | incidents | episode | episodes) ..3 as (it | they) (arose | happened | occurred | came)
pattern: rather than ..4 (the pattern | the whole picture | the wider picture | the history | cumulative)
unless: (assessment | risk) ..4 (was|were) (revised|updated) ..4 (after each | regularly)
# Seen as a whole: "the risk was never considered in isolation".
unless: (not | never) ..3 (considered | seen | viewed | treated | assessed | looked at | judged) in isolation
match: The danger posed by the uncle was never assessed.
match: The findings of the parenting assessment did not inform the plan.
nomatch: The panel found nothing to suggest that information was lost.
match: The core assessment listed the incidents but offered no analysis of the risk they posed.
match: Practitioners dealt with each episode as it happened and never stood back to look at the history.
nomatch: No one questioned the assessment at the review meeting.
match: Each assault was dealt with as an isolated incident and the pattern was missed.
match: Risk to the baby was seriously underestimated by every agency.
nomatch: The social worker's risk analysis was updated regularly as the mother's new partners came and went.
nomatch: Whenever a lodger or new boyfriend moves in, agencies must look at the danger to the children afresh.
match: The social worker underestimated the danger the father posed.
match: There was no updated assessment after the second assault.
nomatch: There is no evidence that the assessment was flawed.

# ---- A picture formed once and never revised; the whole seen in parts (conceptsA) ----
group: @risk_view = picture | "view" | judgement | judgment | conclusion | formulation | risk rating | risk grading | grading | safety plan | "risk plan" | "form" | risk assessment | assessment | analysis
group: @whole = cumulative risk | cumulative harm | cumulative impact | cumulative effect | cumulative picture | whole picture | wider picture | bigger picture | full picture | overall picture | wider context | family context | (earlier | previous | past | prior | older | repeated | successive) (referrals | incidents | contacts | concerns | attendances | injuries | notifications | call-outs | episodes)
# "the picture formed in 2016 was never revised", "the risk rating stayed unaltered after his release"
pattern: @risk_view ~ (!(revise | revised | revisit | revisited | re-examine | re-examined | reconsider | reconsidered | alter | altered | amend | amended | refresh | refreshed) | +(unaltered | unrevised | unexamined | unamended))
  unless: pre-birth | parenting assessment | needs assessment | health assessment | (no | not) (evidence | sign) of ..4 @risk_view | (@professional | agency | agency's | professional's | worker's | colleague's | police | school's) ..2 (view | judgement | judgment | assessment)
# a judgement made at one moment and not repeated later
pattern: (assess* | graded | rated | judged | considered | looked at) ..8 (and)? (never | not) again
# "the cumulative harm was never identified", "nobody looked at the earlier referrals"
pattern: @whole ~ (!@considered | +("underestimated" | "minimised" | "overlooked" | "missed" | "disregarded" | "ignored" | "discounted" | "dismissed") | !(see | seen | saw | piece | pieced | add | added | put together | look back | looked back | link | linked | connect | connected | read | review | reviewed))
  unless: (no | not) (evidence | sign) of ..4 @whole | health ..3 (picture | history) | pre-birth | (of | about | caused by) ..4 neglect | going missing
# Judged on one part: "the judgement rested on a single visit", "looked only at the latest incident"
pattern: (rested | rest | rests | based | founded | looked | focused | focussed) ..3 (only | solely | entirely | wholly | just)? ..2 (on | at) ..2 (a | the)? (single | one | latest | last | most recent | presenting | current) ..2 (visit | incident | episode | referral | event | observation)
  unless: (not | never) (only | solely | just) | rather than ..4 (single | one | latest)
# Each occasion handled as new: "each department treated the visit as the first", "handled as though it were a first contact"
group: @as_first = the first | a first | new | a new | the only | their first | his first | her first
pattern: (treated | handled | dealt with | approached | seen | read | regarded | viewed) ..4 as (@as_first | (if | though) ..3 @as_first)
  unless: as (a)? new (contact | referral | referrals | case)   # a re-referral taken as new is a threshold decision (lexjudge)
  unless: (as | though) ..2 (new | first) ..3 (baby | birth | pregnancy | born | partner | school | address | home | tenancy | worker | area | country | job | beginning | start)
# Repeated low grades: "each report was graded low risk"
pattern: (graded | rated | scored | classed | classified | recorded) ..3 (as)? ..2 ("low" | low risk | standard | standard risk | green | medium) & (each | every | repeatedly | each time | every time)
  unless: (no | not) ..3 (graded | rated | scored)
# What the facts meant together: "no one asked what the referrals, taken together, meant for the baby"
pattern: !(ask* | set out | consider* | work* out | explor* | think | thought | look* at | weigh* | analys*) ..3 what ..10 (together | cumulative | combined | in combination | added up) ..6 (meant | mean | might mean | posed | pose)
match: The picture of the family formed in 2015 was never revised, even after the father's release.
match: Risk was assessed at the first referral and never again.
match: The cumulative risk to the three children was never identified.
match: No one looked at the earlier referrals before closing the case.
match: The decision that the baby was safe rested on a single announced visit.
match: Each hospital treated the baby's attendance as the first.
match: Every missing episode was graded low risk, though he came back with new phones.
match: No agency set out what the drinking, the violence and the debt together meant for the girl.
match: The risk rating stayed unaltered in the file for four years.
match: Practitioners underestimated the risk to the baby.
nomatch: After every call-out the analysis was revisited, and the caseworker reviewed all the previous referrals too.
nomatch: The police view of the risk was questioned at the strategy meeting.
nomatch: The family were treated as new to the area because they had just moved from Wales.
nomatch: The call was graded standard and an officer attended within the hour.
nomatch: There is no evidence that the cumulative risk was overlooked.
nomatch: The pattern of cancelled visits was not recognised as avoidance.
# "risk was not reassessed after the birth", "the assessment focused on the presenting issue"
pattern: @risk ~ !(reassess | reassessed | re-assess | re-assessed | re-evaluate | re-evaluated | reconsider | reconsidered)
  unless: pre-birth | unborn | (exploitation | outside the home | going missing)
pattern: (focused | focussed | concentrated | centred | narrowly) ..3 on ..2 (the)? (presenting | immediate | latest | most recent | current | single) (issue | problem | incident | concern | crisis | referral | episode)
  unless: and then | as well as | and also | before (turning | looking | moving)
  unless: (not | never) (only | solely | just)? ..2 (focused | focussed | concentrated)
match: Risk was not reassessed after the birth of the second baby.
match: The assessment focused on the presenting issue and nothing else.
nomatch: Risk was reassessed after every new incident.
# "insufficient weight was given to the history", "the plan was not updated after the change in circumstances"
pattern: (insufficient | little | no | not enough | inadequate | limited) weight ..4 (given | attached | placed | paid) ..3 (to | on) ..4 (history | previous | past | earlier | pattern | cumulative | risk | risks | incidents | referrals)
pattern: (plan | safety plan | risk plan | protection plan) ..6 !(updated | revised | changed | adjusted) ..6 (following | after | despite | when) ..4 (change | changes | birth | release | move | incident | arrival | return)
  unless: pre-birth | unborn
match: Insufficient weight was given to the history of violence.
match: The safety plan was not updated after the father's release from prison.
nomatch: Full weight was given to the history of violence.

# ---- Risk judged on the moment, the surface or the latest event (concepts3) ----
# "each referral was judged on its own facts", "the danger was judged by how calm he seemed",
# "nobody looked back over the file", "no one asked what might happen to the baby if ..."
pattern: (judged | assessed | graded | rated | considered | screened | treated | decided) ..4 on (its | their) own (facts | merits | terms)
pattern: (judged | assessed | gauged | measured | weighed | read) ..4 (by | on | from) ..2 how ..4 (seemed | presented | appeared | came across | behaved | looked | sounded)
  unless: (also | as well as | together with | alongside) ..4 (history | record | records | checks)
pattern: (nobody | no one | never | not | none) ..8 (looked | look | went | go | read) back ..4 (over | through | at)? ..3 (the)? (file | files | history | records | notes | earlier | previous | past)
pattern: !(ask | asked | consider | considered | say | said | set out | think | thought | weigh | weighed | spell | spelled) ..6 what ..3 (might | could | would) ..2 happen to
  unless: (not | never) ..2 (clear | known) ..3 what
match: Every call to the police was judged on its own facts by the screening team.
match: The risk Mr D posed was gauged by how polite he seemed on the two visits.
match: None of the workers who held the case ever looked back through the file.
match: No one considered what might happen to the twins if the mother relapsed.
nomatch: Nobody at the core group raised what the next step would be if the father kept missing his drug tests.
nomatch: His danger was assessed by how he presented, together with his record and the police checks.
nomatch: The social worker looked back through the file and found the three earlier referrals.
nomatch: After she went missing the risk assessment was updated the same day.
nomatch: The missing persons coordinator completed a full risk assessment after each episode.
nomatch: The danger to the baby was never considered in isolation from the family's history.

# concepts4 (7 December): the past left unread, an old judgement carried on, a grade against its evidence
# The record nobody opened: "decided without reading the probation file", "nobody looked it up".
group: @past_record = file | files | record | records | history | report | system | notes | earlier | previous | conviction | convictions | it up | them up | what had (happened | gone before)
pattern: (without | before) ..3 (reading | looking | checking | consulting | anyone (looking | reading | checking | consulting)) ..6 @past_record
  unless: (manager | managers | team manager | team leader | supervisor) ..8 (without | before)   # a manager deciding unread is management_oversight (lexprec)
  unless: (without | before) ..3 (reading | looking | checking) ..6 (@past_record) ..6 (first | again) ..3 (and | then) ..3 (read | looked | checked)
pattern: (conviction | convictions | history | earlier | previous | past | what had gone before | what had happened) &10 (played no part | (no | without) (reference | regard | mention) (to | of) | !(look | looked) at)
  unless: (no | without) (reference | regard | mention) (to | of) ..3 (race | culture | religion | language | disability)
# Each event met as if nothing had come before: "as though the earlier calls had not happened".
pattern: (as if | as though) ..8 ((the | a) first | fresh | !happened | !existed)
  unless: (as if | as though) ..8 (first | fresh) ..3 (baby | birth | pregnancy | time (mother | parent | parents)) | (as if | as though) ..2 (the | a) (conference | meeting | plan | decision | agreement | strategy | discussion) | (as if | as though) ..3 other
# An old judgement kept alive: "the first grading was carried forward to the third incident", "the view went unchanged".
pattern: (@risk_view | rating | ratings | score | summary | label | grading) &12 (carried forward | (went | stayed | remained) +unchanged | +unchanged | never revisited | word for word | +copied | cut and pasted)
  unless: @risk_view ..6 (revised | updated | rewritten | changed) | (rightly | correctly) ..3 (unchanged | carried forward)
# A pattern nobody drew out: "the rising number of calls was never analysed", "no one saw the trend".
pattern: !(see | seen | saw | analys* | analyz* | pull* | identif* | recognis* | spot* | notic* | chart* | map*) ..6 (pattern | patterns | together | escalat* | trend | trends | better or worse)
  unless: pattern of ..3 (cancel* | missed | visit* | appointment* | neglect | injur* | bruis* | absence* | non-attendance | avoid* | engagement | disguised) | (no | not) ..2 (evidence | sign) of ..3 (escalat* | pattern)
# A judgement resting on one thin source: "graded after a single phone call", "relied on the father's own word".
pattern: (judgement | judgment | judged | view | decision | decided | assessment | conclusion | concluded | rating | rated | graded | risk) &12 (relied (on | upon) ..4 (own | description | word | account | self-report) | (from | on) (his | her | their) own (description | account | word | report | say-so) | on the strength of | after (one | a single | only one) (conversation | visit | call | phone call | contact | meeting) | over the (telephone | phone) | before ..4 (had been | was | were) (asked | contacted | consulted))
  unless: (not | never) ..2 (relied | rely) | (as well as | together with | alongside) ..4 (checks | records | history)
# A grade set against its own evidence: "scored as standard though the answers pointed to high".
pattern: (graded | scored | rated | grading | score | scores | rating | risk level) ..6 ("low" | standard | medium | "overridden" | overruled | stood | lowered | reduced) & (despite | even though | although | though | no explanation | without ..2 (explanation | reason | new assessment | any new))
  unless: (graded | scored | rated) ..3 high
# The analysis never said what the facts meant for the child: "the report listed the problems but not what they meant for the baby".
pattern: !(say | said | set out | spell* | explain* | weigh* | consider* | ask* | address*) ..4 (what | how) ..8 (might suffer | might happen | could happen | worst | (could | might | would) ..2 (go wrong | befall | come to harm | be harmed | be hurt))
  unless: (not | never) ..2 (clear | known) ..3 what
match: The assessment of the uncle was completed without reading the probation file on his earlier offences.
match: Each call-out was graded as though the previous five had not happened.
match: The standard grading given after the first incident was carried forward to the third.
match: No one at the core group noticed that the calls were escalating.
match: The manager concluded the toddler was safe at home after a single conversation with his grandmother.
match: The risk was graded as medium despite answers that pointed to a high risk.
match: The analysis listed the parents' problems but did not say what the baby might suffer.
nomatch: The assessment was completed after reading the probation file and speaking to the offender manager.
nomatch: The risk was graded as high, and the rating was revised when the father returned.
nomatch: The analysis set out clearly what the baby might suffer if nothing changed.

# lexjudge (7 December): safety judged from the surface of one day, an old assessment still steering later decisions,
# a view never looked at again, a history left behind in the previous area. (Tried and left out: "nobody put them side by
# side" and "no one asked what it meant for the baby" fire as often on the neighbours' failures, multi_agency and
# parental_risk_factors, on hard train.)
pattern: (judged | deemed | assessed | considered | thought | rated | concluded | felt) ..4 (safe | low risk | at low risk | not at risk) ..4 (because | since | as | on the basis of | from) ..8 (clean | tidy | calm | polite | presented | seemed | appeared | on the day | that day | one visit | single visit | looked)
  unless: (as well as | together with | alongside) ..4 (checks | records | history)
pattern: (assessment | risk assessment | analysis | "view" | picture | formulation | safety plan) ..12 (still | remained | continued to be) ..3 (the basis | in use | relied (on | upon) | the (only | latest | most recent))
  unless: (updated | revised | reviewed) ..4 (each | every | after) | pre-birth | unborn
pattern: @risk_view ..10 !(look | looked | looking) at ..2 again
  unless: by (a | the | any)? ..2 (sergeant | inspector | manager | managers | supervisor | team manager | team leader)   # supervision: management_oversight
pattern: (history | records | file | files) ..3 (from | with | in) ..3 (previous | former | earlier | other | last) (authority | area | council | borough | county) ..10 !(known | obtained | requested | sought | read | seen | available)
match: The children were judged safe because the house was clean on the day of the visit.
match: The assessment completed in 2017 was still the basis for decisions in 2019, when there were two more children.
match: Staff formed the view that the brother was no danger to his sisters, and that view was never looked at again.
match: The family's history with the previous authority was not known to the team that made the decisions.
match: The danger the father posed to the baby was rated from his own description of his temper.
match: The core assessment described Mr T as a supportive partner without mention of his two convictions for assault.
nomatch: The children were judged safe because of the checks, the records and what the school had seen, as well as the visit.
nomatch: The assessment was updated after each incident and remained the basis for the plan.
nomatch: The ward staff saw the rough handling as the stress of new parents.
nomatch: The police and social care reached opposite conclusions, and each carried on as if the other's view did not exist.
nomatch: Managerial sign-off of the assessment was perfunctory.
nomatch: The referral made at 14 weeks was closed after a single phone call.

# lexjudge, hard-train pass: a plan not revisited when a parent came home, knowledge never turned into a view of the
# danger, other areas' involvement unknown, the fourth referral seen as the first.
pattern: (plan | safety plan | protection plan | risk assessment | assessment) ..8 !(revisited | revised | updated | reviewed | changed | reassessed) & (release* | came out of (prison | custody) | moved (back)? in | returned home | birth | arrival)
  unless: pre-birth | unborn
pattern: (never | not) ..3 (turned | translated | converted) into ..4 (view | judgement | assessment | analysis | plan | picture)
pattern: (knew nothing | not known | unaware | !aware) ..8 (other | another | previous | former | earlier | three | two | four) ..2 (authority | authorities | local authorities | areas | councils | boroughs | counties)
pattern: !(see | saw | know | knew | realise | realised | notice | noticed) ..4 the (second | third | fourth | fifth | sixth | seventh) time
match: The girls' protection plan was not revisited after their stepfather's release on licence.
match: What the police knew about the lodger's past was not translated into any judgement about the children's safety.
match: The family support team knew nothing about plans for the children in two other boroughs.
match: The duty team did not realise this was the fifth time the nursery had rung.
match: The cumulative harm of years of hunger was never identified by any agency.
match: A risk assessment dating from the girl's first year remained in use until she started school.
nomatch: When he came out of prison, the plan was revised the same week.
nomatch: The triage nurse realised immediately it was the third time the toddler had come in.
nomatch: The doctor, the teachers and the police each held fragments of the picture, but no one put the fragments together.
nomatch: The school, the GP and the carer each noted the signs separately, but no one connected them.
match: No one in the team connected the five incidents, though they were all in the file.
nomatch: No assessment was opened when the police reported that the boy had been found alone at midnight.
nomatch: The grading of the incident as standard was never looked at again by a sergeant.
nomatch: The re-referral was handled as a new contact and given the same answer.
match: The judgement that the father was safe was never looked at again, though two more incidents followed.
# lexprec (7 December): a parent's problem, a family's identity, a man's past: other themes
nomatch: Neither assessment weighed the effect of the mother's heroin use on the toddler.
nomatch: Neither assessment of the family says anything about the boys' heritage or faith.
nomatch: The new partner's history was not explored, although the mother hinted at trouble.
match: Neither assessment of the family says anything about the father's conviction for assaulting a child.
match: The family's history of previous incidents was not considered when the baby came home.
nomatch: The panel does not find that the danger to the boy could have been recognised any sooner.
match: The panel found that the danger to the boy was never recognised.
nomatch: The team leader agreed to close the case without reading the file.

# r17c (7 December): a grave marker graded low ("threats to kill scored as standard on the checklist"), an old
# assessment still relied on after the household changed.
pattern: (threat | threats | threatened | strangl* | choke | choked | choking | weapon | weapons | knife | kill | stalking | stalked | non-fatal) ..10 (graded | scored | rated | assessed | classed | classified | categorised | recorded) ..3 (as)? ..2 ("low" | standard | medium | green | "routine")
pattern: (assessment | risk assessment | analysis | plan | rating | grading | judgement | judgment) ..10 (relied (on | upon) | still used | still in use | carried forward | the basis | stood) &15 (had since | since then | in the meantime | by then | by that time)
match: The father's threats to kill the mother were scored as standard on the checklist.
match: The assessment completed in March was relied on a year later, although the father had since returned to the household.
match: No one set out what could go wrong for the children if the mother relapsed.
match: The likelihood of harm to the baby was underestimated throughout.
nomatch: The father's threats to kill the mother were graded high risk and taken to MARAC the same week.
nomatch: The assessment completed in March was updated in May, when the father had since returned.
nomatch: The mother set out what could go wrong if she relapsed, and the plan covered each point.

# lead (session 18): a record not drawn on, the pattern seen late or lost,
# a judgement made on one incident.
pattern: !(draw | drew | drawn) (on | upon) ..6 (record | records | file | files | history | checks | information | knowledge | what ..3 known)
  unless: pre-birth | unborn | (heritage | culture | faith | language | interpreter)
pattern: (first time | first occasion | only time) ..6 (incidents | events | concerns | referrals | pieces | facts | information | records | injuries | reports | call-outs | contacts) ..6 (seen | set | put | brought | laid | read | looked at | considered) ..3 (together | side by side | in one place | as a whole)
pattern: not until ..4 (second | third | fourth | fifth | sixth | later | last) ..8 (asked | questioned | linked | connected | noticed | looked | considered | recognised | compared | saw)
  unless: pre-birth | unborn
pattern: (pattern | patterns | history | cumulative (picture | harm | risk) | picture) ..8 ((was | were | got | became | had been) lost | lost sight of)
pattern: (judged | assessed | measured | considered | weighed | screened | viewed) ..6 (a | the | each)? (single | individual | isolated | one-off) (incident | event | episode | referral | concern | matter)
  unless: (not | never | rather than) ..3 (judged | assessed | measured | considered | weighed | screened | viewed)
match: The assessment did not draw on the probation records, which set out the father's violence.
match: The chronology the review built was the first time the nine incidents had been set side by side.
match: It was not until the fourth call-out that anyone looked at the earlier ones.
match: Over the two years the pattern of concerns was lost among the separate referrals.
match: Each referral was judged as a single incident against the threshold.
nomatch: The assessment drew on the probation records and the police history.
nomatch: The first time the family was seen together was at the birth of the baby.
nomatch: Each referral was not judged as a single incident but against the whole history.
nomatch: The pattern of the wallpaper was described in the neighbour's statement.
# A large decision on thin evidence; events never linked; a grade set low; the history left out of the
# assessment; what was known never set against the new event (lead, session 18).
pattern: (decision | decided | judgement | judgment | conclusion | view | grading | rating | graded | rated) ..10 (rested | based | relied | founded | on the basis of) ..3 (on | upon)? ..4 (a | one | single | the)? (conversation | conversations | phone call | telephone call | call | chat | word | reassurance | reassurances | assurance | assurances | say-so | denial | denials)
  unless: (not | never) ..2 (rested | based | relied)
pattern: !(seen | treated | viewed | read | considered | regarded) as (connected | linked | related | part of a pattern | part of the same)
pattern: (given | gave | assigned | received) ..3 (the)? (lowest | low | standard) (grading | grade | rating | risk level | priority | risk rating)
pattern: (said | says | say) (nothing | little) about ..6 (history | years | previous | past | earlier | before | concerns that)
  unless: (heritage | culture | faith | religion | language | disability | father | partner)
pattern: !(weighed | set | read | considered | compared | put | measured) against ..4 (what was ..2 known | the history | the record | the records | previous | earlier | the past)
match: The decision to let the boy go home rested on one telephone call to his mother.
match: The officer graded the call as standard on the basis of the father's denial.
match: The three calls from the neighbours were never seen as connected.
match: Each report was given the lowest grading by the call handler.
match: The assessment said nothing about the years of concerns before the move.
match: The latest injury was never weighed against what was already known about the family.
match: The danger posed by the uncle, who had a conviction for assaulting a child, did not feature in the plan.
nomatch: The decision to let the boy go home rested on a full assessment and checks with the police.
nomatch: The three calls from the neighbours were seen as connected and a strategy meeting was held.
nomatch: The latest injury was weighed against what was already known, and the baby was protected.
nomatch: The assessment said nothing about the mother's heritage or her faith.

# ---- r20b (8 December): the report register ----
# Each event handled as a discrete episode: "each referral was treated as a discrete episode".
pattern: (each | every | the) ..3 (referral | referrals | incident | incidents | episode | episodes | call-out | call-outs | contact | contacts | concern | concerns | report | reports | notification | notifications) ..6 (treated | seen | viewed | regarded | dealt with | handled | considered | assessed | responded to | approached) ..3 as (a)? (discrete | separate | standalone | stand-alone | isolated | one-off | self-contained | individual) ..2 (episode | episodes | event | events | incident | incidents | matter | matters | issue | issues)
match: Each referral was treated as a discrete episode.
match: The police call-outs were each handled as a one-off incident.
nomatch: Each referral was treated as part of a pattern and read with the history.
# The history held and not drawn on, said in the passive: "the history held on the file was not drawn on".
pattern: (history | records | file | files | information | knowledge | what was (known | already known)) ..8 !(drawn | drew) (on | upon)
  unless: pre-birth | unborn | (heritage | culture | faith | language | interpreter)
match: The history held on the file was not drawn on when the fourth referral arrived.
match: What was already known about the family was never drawn upon in the assessment.
nomatch: The history held on the file was drawn on in full at each referral.
# The analysis never went past the presenting problem: "the analysis of risk did not move beyond the presenting concerns".
pattern: (@risk_work | @risk | focus | judgement | judgment | thinking | enquiry | enquiries) ..8 ((!(move | moved | go | went | look | looked | extend | extended | get | got | see | saw) | confined | limited | restricted) ..2 beyond ..3 (the)? (presenting | immediate | current | latest | initial | most recent | surface | single) | (confined | limited | restricted) to ..2 (the)? (presenting | immediate | current | latest | initial | most recent | single) (issue | issues | concern | concerns | incident | problem | problems | referral | episode))
match: The analysis of risk did not move beyond the presenting concerns.
match: The assessment was confined to the presenting issue and looked no further.
match: The enquiries never went beyond the immediate incident.
nomatch: The assessment looked well beyond the presenting concerns to the family's history.
# What was known did not shape the judgement: "this knowledge did not inform the judgement about the baby's safety".
pattern: (knowledge | history | information | what was known | previous | earlier | background) ..8 !(inform | informed | shape | shaped | influence | influenced | underpin | underpinned | feed into | fed into) ..4 (the)? ..2 (judgement | judgment | assessment | analysis | decision | decisions | view | risk | decision-making | planning)
  unless: pre-birth | unborn | mental health | drug | drugs | alcohol | substance | domestic abuse | domestic violence | learning disability | heritage | culture | faith | language
match: Whilst practitioners knew of the earlier injuries, this knowledge did not inform the judgement about the baby's safety.
match: The family's history never shaped the decisions made at the strategy discussion.
nomatch: The history informed every decision the core group made.
nomatch: The mother's mental health history did not inform the assessment.
# "Insufficient account was taken of the history."
pattern: (insufficient | little | no | not enough | inadequate | limited | scant | too little) account ..3 (was | were)? ..2 (taken | had | paid | given) ..2 of ..4 (history | previous | past | earlier | pattern | cumulative | risk | risks | incidents | referrals)
match: Insufficient account was taken of the family's history with two other local authorities.
match: Little account was taken of the earlier referrals.
nomatch: Full account was taken of the family's history.
nomatch: The GP's letter was logged as information only and no assessment followed.
match: No assessment followed the disclosure that the father had threatened to kill the mother.
# Descriptive, not analytical: "the assessment was largely descriptive".
pattern: @risk_work ~ (+descriptive | +narrative rather than analytical | rather than analytical | +lacked analysis)
  unless: (and | as well as) (analytical | evaluative) | pre-birth | unborn | parenting assessment
match: The single assessment was largely descriptive.
match: The analysis in the assessments was descriptive rather than analytical.
nomatch: The assessment was descriptive and analytical, and set out the risks clearly.
# The significance of the history lost: "the significance of the earlier referrals was not recognised".
pattern: (significance | seriousness | implications) of ..4 (history | previous | earlier | pattern | incidents | referrals | call-outs | cumulative | past) ..8 (!recognised | !understood | !appreciated | !grasped | !considered | +lost | +missed | +overlooked | +underestimated)
  unless: pre-birth | unborn | (heritage | culture | faith | language)
match: The significance of the earlier referrals was not recognised by the duty team.
match: The seriousness of the pattern of incidents was underestimated.
match: The implications of the family's history were never fully appreciated.
nomatch: The significance of the earlier referrals was recognised at once.
nomatch: The panel found no evidence that the significance of the history was overlooked.
# Not holistic; slow to see the risk: "the assessment was not holistic", "professionals were slow to recognise the escalating risk".
pattern: @risk_work ..3 (was | were | had been) ..2 !(holistic | comprehensive | analytical | evidence-based)
  unless: pre-birth | unborn | parenting assessment | needs assessment
pattern: (slow | late | delay | delayed | belated | belatedly) ..2 (to | in)? ..2 (recognise | recognising | recognition of | identify | identifying | identification of | appreciate | appreciating | see | seeing | understand | understanding) ..4 @risk
  unless: pre-birth | unborn | (exploitation | outside the home | going missing)
match: The assessment was not holistic and did not consider the family as a whole.
match: Professionals were slow to recognise the escalating risk to the baby.
match: There was a delay in identifying the risks posed to the children.
nomatch: The assessment was holistic and comprehensive.
nomatch: Professionals were quick to recognise the risk.
