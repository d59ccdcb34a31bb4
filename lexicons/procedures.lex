id: procedures
label: Procedures not followed
description: Policies or procedures were not known, not followed or misapplied.
group: @procedure = procedure | procedures | policy | policies | protocol | guidance | guidelines | statutory guidance | working together | requirement | requirements | timescale | timescales | standard | pathway | arrangements
# ---- Concepts: what this theme evaluates ----
group: @followed = follow | followed | apply | applied | use | used | comply | complied | adhere | adhered | implement | implemented | know | known | knew | observe | observed

# ---- Concept patterns ----
pattern: @procedure ~ (!@followed | +(+misapplied | +ignored | +disregarded | +bypassed | +overlooked | departed from | breached | flouted | +misunderstood | unfamiliar))
  unless: (no | not) (evidence | need) of ..3 @procedure | @procedure ..4 (was | were) ..2 followed ..4 (in full | throughout | correctly)
pattern: (@weak | @lacking | "no") ..2 (compliance | adherence | awareness | knowledge | understanding) ..3 (with | of | to)? ..3 @procedure
pattern: (@procedure | local arrangements | handbook | flowchart | checklist) ..8 (expects | expected | requires | required | require | stipulates | named ..3 required | met the criteria | meets the criteria) & (never | "not" | "no" | without | nobody | "no one" | although | despite | yet)
  unless: (and | which) ..3 (was | were) +followed
pattern: (never | not) ..3 (opened | read | seen | heard of) ..4 (@procedure | local arrangements | handbook | flowchart | checklist)
pattern: (departed | departure | deviated) from ..3 @procedure
pattern: !(in line with | in accordance with | as required by | as set out in) ..3 @procedure

# ---- Phrase patterns: particular ways of saying it ----
pattern: @procedure ..12 (!followed | !used | !applied | !met | !complied | !adhered | !implemented | !known | !invoked | +misapplied | +misunderstood | +ignored | +bypassed | +disregarded | not adhered)
  unless: @procedure ..4 (was|were) (followed | applied | used) ..3 (correctly | at each stage | appropriately)
  unless: (plan | plan's | order | licence) ..3 (requirement | requirements) | could (not | never) be met   # a condition nobody could meet: a service gap
pattern: !(follow* | use | used | apply | applied | adhere* | know | knew | aware | comply | complied | implement*) ..8 (@procedure | its own (procedures | policy | protocol))
pattern: (contrary to | in breach of | outside | not in line with | not in accordance with | breach of) ..6 (@procedure | the trust's | local | national | its own)
pattern: (+unaware | not aware | did not know) ..8 (@procedure | policy | protocol | procedures | existed)
pattern: (misunderstood | misunderstanding of | did not understand | unfamiliar with) ..4 (the)? @procedure
pattern: as the (guidance | procedures | policy | protocol) (require* | requires | required)
pattern: (without | no) ..4 (joint visit | strategy discussion) ..4 (that | which) ..4 (procedures | guidance) ..2 require*
pattern: (should have been completed | should have been held | should have taken place) within ..4 (days | working days | weeks)
pattern: within ..4 (working days | days) ..6 (!met | was not met | not achieved)
pattern: (outside | beyond | !within) ..3 (the)? (timescale | timescales | time limit | required time)
unless: (procedures | protocol | policy) (was | were) +followed
# An escalation policy that went unused is insufficient challenge (lack_of_challenge); one that staff did not
# know of, or misapplied, is a procedure not known (r18c), so the guard names the unused sense only.
group: @pr_escalation = (escalation | resolution | disagreement) ..2 (policy | procedure | procedures | protocol | process | route)
unless: @pr_escalation ..8 !(use | used | invoke | invoked | follow | followed | apply | applied | trigger | triggered) | !(use | used | invoke | invoked | follow | followed | apply | applied | trigger | triggered) ..4 (the | its | their | any | an)? @pr_escalation | @pr_escalation ..3 (was | were)? ..2 (not | never) ..2 (used | invoked | followed)
match: The hospital did not follow its own missing-patient policy.
match: Contrary to the safeguarding procedures, the nurse did not make a referral.
match: Staff were unaware that a protocol for concealed pregnancy existed.
nomatch: The nursery was worried but the escalation procedure was never used.
nomatch: No agency used the escalation protocol, though three of them disagreed with the plan.
match: The out-of-hours worker was unaware of the escalation policy and did not know whom to call.
match: The escalation procedure was misapplied, and the disagreement went to the wrong level.
match: The nurse visited alone, in breach of the trust's own lone working policy.
nomatch: The procedures were followed at every stage.
nomatch: Agencies should ensure that staff know how to apply the procedures.

# ---- A rule and what was done instead (added on branch conceptsB) ----
# A rule named in the same breath as what was done instead: "despite what its policy demands", "though the rules expect"
group: @rule_word = required | requires | require | expects | expected | mandatory | compulsory | stipulates | its own guidance | own guidance | own procedure | own policy | local arrangements
pattern: (although | though | even though | despite | yet) ..6 @rule_word
  unless: (although | though | even though | despite | yet) ..6 (not | no longer) ..2 @rule_word
pattern: (does not | did not | do not) (permit | allow) | (not | never) permitted | (trained | taught) not to
  unless: (mother | father | parent | parents | family | she | he | they) ..3 (did not | does not) (permit | allow)
# The check or step a rule sets, skipped: "skipped the check of police systems", "the second signature was bypassed".
pattern: (skipped | bypassed | missed out | omitted | left out | dispensed with) ..4 (check | checks | step | stage | signature | visit | medical | screening)
# Staff who had never been told a policy existed, a policy not revised for years.
pattern: !(told | know | knew | aware | read | opened | seen | heard) ..8 (policy | procedure | guidance | protocol | handbook | folder) ..4 existed | !(told | read | opened) ..6 (safeguarding folder | safeguarding policy | policy folder)
pattern: (policy | procedure | procedures | protocol | guidance | handbook) ..4 last (revised | updated | reviewed) (in)?
# Timescales: "only two of the statutory visits fell within the required interval"
pattern: (required | statutory | agreed) (interval | intervals | timescale | timescales | frequency) & (late | overdue | outside | only ..4 of | missed)
# A procedure never started, out of date, or unknown through lack of training.
pattern: @procedure ~ !(trigger | triggered | activate | activated | initiate | initiated | invoke | invoked | start | started)
  unless: (no | not) (need | reason) (to | for) | @procedure ..4 (was | were) +(triggered | started | initiated) ..4 (promptly | at once | same day)
pattern: @procedure ~ +(out of date | out-of-date | outdated | obsolete | superseded)
pattern: (never | not | "no" | little | limited | insufficient | inadequate | without) ..3 (been)? (trained | training) ..4 (in | on | about) ..4 (@procedure | protocol | policy | safeguarding | the pathway)
pattern: (statutory | required | mandatory) ..2 (visit | visits | checks | reviews | medical | medicals | timescales) ..6 (!completed | +late | +missed | +overdue | !undertaken | !carried out | !met | !held)
pattern: !(complete | completed | use | used | follow | followed | consult | consulted) ..3 (the | a | any)? (checklist | pathway | flowchart | proforma | risk assessment tool | screening tool) | (checklist | pathway | flowchart | proforma | risk assessment tool | screening tool) ..4 !(completed | used | followed | consulted)
  unless: (no | not) (need | requirement) to

# concepts4 (7 December): a timescale missed, a rule named and not applied, a step the rules require
# skipped, staff who did not know the route, a designated officer never told
# "held on day 30 against a required maximum of 15", "the core group did not meet within ten days"
pattern: (against | instead of | rather than | despite) (a | the)? (required | statutory | expected | recommended | set)? (maximum | timescale | deadline | target | limit) | !(meet | met | held | take place | took place | seen | completed | offered | visited) within ..3 (hours | days | working days | weeks)
pattern: within ..3 (hours | days | working days | weeks) & (took place | took | was held | was done | was seen | came | was offered | happened) ..6 (after | later)
  unless: (took place | was held | was done | was seen | was offered) within
group: @pr4_rule = rule | rules | own rule | own rules | framework | regulations | the law | statutory requirement | required checks | checklist | own document | document on what to do
pattern: @pr4_rule & !(applied | followed | complied | observed | carried out | used | read)
  unless: (no | not) (evidence | sign) of
# A step the rules require, skipped: "left without the strategy meeting the guidance requires", "no survey, although one is routine"
pattern: (!(notified | told | done | held | made | requested | carried out | completed | applied | seen) | without) ..12 (that | as | which) ..2 (the)? (law | regulations | guidance | procedure | procedures | protocol | policy | rules | statute) (requires | require | required | demands | demand | expects | expect) | !(carry | carried | complete | completed | do | did | make | made) ..4 (the | any)? (required | mandatory | necessary | statutory) (checks | check | visit | visits | assessment | return | notification) | (although | though | even though) (one | it | this | such a step | these) (is | was | are | were) (standard | required | mandatory | routine | expected)
# Staff who did not know the route: "she had not known whom to ring", "staff were not familiar with the protocol"
pattern: !(know | knew | known) ..3 (how to | whom to | who to | where to | what to do) ..3 (escalate | call | ring | refer | report | contact | raise | do | about)? | !familiar ..4 (@procedure | @pr4_rule | procedures) | !(had | received | completed | attended) ..3 (the | any)? ..2 (training | safeguarding training)
# A designated officer never told, an allegation looked into in-house, a procedure misapplied or poorly complied with
pattern: (lado | designated officer | local authority designated officer) ..6 (!told | !informed | !notified | !consulted | !contacted) | (looked into | investigated) it (herself | himself | themselves) | (@procedure | procedure) ..4 (was | were)? (misapplied | misused)
pattern: (compliance | adherence) ~ +(@weak | @lacking)
# Second pass: a step taken before the body that must approve it met, a statutory visit done by phone, a meeting held
# without its quorum, a rule that forbids what was done, a return never filed, a lead nobody could name
pattern: (approved | authorised | signed off | placed | agreed | discharged | closed | sent home | returned) ..8 before ..3 (the)? ..3 (panel | checks | assessment | medical) ..2 (had)? ..2 (met | been held | been completed | taken place | come back) | (statutory visit | visit | home visit | review | medical) ..6 (done | carried out | conducted | held) (over the | by) (telephone | phone | video call) | (conference | meeting | review | core group) ..3 went ahead ..3 (with only ..6 present | without ..3 quorum)
pattern: (requirement | rule | rules | regulations | guidance | policy | procedure | protocol) ..4 (rules out | ruled out | forbids | forbade | prohibits | prohibited) | without (completing | submitting | filing | making) ..4 (the | any)? ..2 (return | form | notification | intelligence | report) | (nobody | no one) (could | was able to) (say | name | tell) who ..3 (lead | designated | named | responsible)
match: The manager placed the boy with the carers before the fostering panel had met.
match: The statutory visit to the girl was carried out over the telephone.
match: The officers took him home without completing the missing-person return.
nomatch: The manager placed the boy with the carers after the fostering panel had met and agreed.
match: The initial conference was held on the thirtieth working day, against a required maximum of fifteen.
match: The core group did not meet within ten working days of the conference.
match: The trust's own rule on under-ones with injuries was not applied to the baby.
match: The boy went home without the strategy meeting that the guidance requires.
match: No skeletal survey was asked for, although one is routine at that age.
match: The youth worker told the review she had not known whom to ring.
match: The LADO was never informed of the complaint about the coach.
nomatch: The core group met within ten working days and set out a clear plan.
nomatch: The trust's own rule on under-ones with injuries was applied and a paediatrician saw the baby.
nomatch: The LADO was informed the same day and chaired the meeting.

# lexsystem (7 December): a statutory meeting held weeks late, met too rarely, visits less often than the rule sets
# "the initial conference took place seven weeks after the strategy discussion", "the core group met only twice in six months"
pattern: (initial conference | initial child protection conference | child protection conference | review conference | core group | strategy discussion | strategy meeting | initial health assessment | review health assessment | return interview) ..6 (took place | was held | were held | met | convened | happened | was offered) ..2 * (weeks | months) (after | later | late)
  # The first review conference falls three months after the initial one by rule (lexrec2).
  unless: review ..3 (conference | conferences) ..6 (three | 3) months (after | later)
pattern: (core group | core groups | conference | reviews | statutory visits) ..3 (met | meetings | took place | were held | held | were made) ..2 only ..2 (once | twice | two | three)
pattern: (every | within) ..4 (days | weeks | months) rather than ..2 (every | within | the (required | statutory | expected))
match: The initial child protection conference took place seven weeks after the strategy discussion.
match: The core group met only twice in the six months of the plan.
match: Statutory visits were made every eight to ten weeks rather than every six.
match: The hospital discharged the baby before the safeguarding checks had been completed.
nomatch: The initial conference took place nine days after the strategy discussion.
nomatch: The core group met every month for the whole of the plan.
# Not knowing what a rule asks or allows: unaware of a right to call a meeting, of an injury that must be referred,
# of a policy's very existence, or never having opened it
pattern: !(realise | realised | know | knew | aware) ..3 (that)? ..2 (she | he | they | staff | it)? ..2 (could | was able to | were able to | had the right to | was entitled to) ..3 (ask for | request | call | convene | refer | make a referral | escalate)
pattern: !(know | knew | aware | realise | realised) (that)? ..8 (should | must | had to | was meant to | were meant to) ..2 (lead to | trigger | prompt | result in | be referred | be reported | be discussed)
pattern: !(told | aware | know | knew) (that)? (it | one | such a ..2 (policy | procedure | protocol | pathway)) (existed | exists)
pattern: !(read | opened | seen) ..6 (the | its | their)? ..3 (@procedure | handbook | policy | protocol)
  unless: (no | not) (need | reason) to
# A rule in one clause and its breach in the next: "the guidance requires that the child be seen, but the enquiry was closed without seeing him"
pattern: (requires | require | required | expects | expected | stipulates | stipulated) ..15 (but | yet | however) ..12 ("without" | "never" | "not" | "no" | "none" | "nobody" | "only")
pattern: criteria (in | of | set out in | under) ..4 (@procedure | own guidance | own policy | own protocol) & (although | though | yet | despite | "not" | never | "no")
match: The school's safeguarding lead was not aware that staff were able to convene a strategy meeting.
match: Neither nurse knew that a torn frenulum in a baby should lead to an immediate referral.
match: The receptionists had never been told it existed.
match: The locum paediatrician had never opened the hospital's protocol on bruising in babies.
match: A section 47 enquiry requires that the child be seen, but this one was concluded without anyone seeing him.
match: A skull fracture in a baby of four months meets the criteria of the local protocol, yet the fracture clinic made no referral.
nomatch: The guidance requires that the child be seen, and she was seen alone the same day.
nomatch: Every nurse on the ward had read the trust's guidance and knew whom to call.
nomatch: The plan's requirement that he complete a perpetrator programme could never be met, as none ran in the county.

# lexrec2 (7 December): a step the rules ask for, missed (the rule named after it, in a relative clause or a "set out
# in"), a statutory meeting weeks late against its timescale, an allegation kept in-house, an out-of-date rulebook,
# and staff never shown the route
group: @pr2_rulebook = @procedure | @pr4_rule | handbook | pathway | protocol | flowchart | local arrangements | inter-authority arrangements | force policy | trust policy | own rules | own pathway | own policy | own procedure | own guidance
group: @pr2_asks = requires | require | required | asks for | ask for | asked for | calls for | call for | called for | expects | expect | expected | sets | set | demands | demand | lays down | laid down | specifies | specified | stipulates | stipulated | mandates | mandated | prescribes
# "sent home without the survey that the bruising protocol asks for", "closed before the medical the procedure calls for"
pattern: (without | instead of | rather than | !(done | held | made | carried out | completed | offered | requested | taken place | arranged | sought)) ..12 (that | which | as) ..3 (the)? ..2 @pr2_rulebook @pr2_asks
  unless: (as | which) ..3 (the)? ..2 @pr2_rulebook @pr2_asks ..2 (was | were)? ..2 (done | followed | held | made)
pattern: (without | instead of | rather than | !(done | held | made | carried out | completed | offered | requested | taken place | arranged | sought | followed | used)) ..10 (set out in | laid down in | required by | described in | under | as (required | set out) (by | in)) ..4 @pr2_rulebook
# Acted before the step the rules set: "closed before the medical that the procedures require had been done"
pattern: before ..3 (the | a | any)? ..2 (medical | examination | check | checks | survey | assessment | visit | strategy discussion | strategy meeting | meeting | interview | referral | conference | screening) ..4 (that | which | set out in | laid down in | required by) ..3 (the | its | their)? ..2 @pr2_rulebook (@pr2_asks)?
# A statutory meeting weeks late: "the transfer conference met nine weeks after the move, against the fifteen days the arrangements set"
pattern: (conference | core group | strategy discussion | strategy meeting | health assessment | return interview | medical | statutory visit | review) ..4 (was | were)? (held | took place | happened | convened | offered | done | carried out | completed | met) ..4 (weeks | months) (after | later | late) & (!within | rather than | instead of | against | outside | beyond | required | statutory | timescale | timescales | deadline | limit | should have)
pattern: !within ..4 (the)? ..3 (hours | days | working days | weeks | months | timescale | timescales | time limit)
  unless: within ..4 (hours | days | working days | weeks) ..4 (as | in line with) ..3 (required | the (guidance | procedure | procedures | protocol))
# An allegation kept in-house: "the complaint about the carer was looked into by the home itself", "the designated officer first heard of it months later"
pattern: (allegation | allegations | complaint | complaints | disclosure) ..12 (handled | dealt with | investigated | looked into | managed | kept | resolved) ..6 (internally | in-house | in house | itself | themselves | by (her | his | their) own (team | colleague | colleagues | manager | line manager))
pattern: (lado | designated officer | local authority designated officer) ..6 (first | only) ..2 (heard | learned | learnt | found out | knew | told)
pattern: (investigated | looked into | decided | judged) ..8 (against | about | concerning) ..3 (her | his | their) own (colleague | colleagues | team | member of staff | staff member | deputy)
# A rulebook out of date: "the referral form in use was two versions old", "the team still worked to the superseded flowchart"
pattern: (document | documents | handbook | flowchart | framework | version | manual | guidance note | toolkit | form | forms | criteria) ~ +(out of date | out-of-date | outdated | obsolete | superseded | old version | versions (old | out of date | behind) | previous version)
  unless: (not | never) ..2 (out of date | outdated | obsolete | superseded)
# Staff never shown the route: "no one had shown the staff how to log a disclosure"
pattern: !(shown | told | taught | trained | instructed | shown by anyone) (how | what | where | whom | who) to ..4 (record | report | refer | respond | escalate | do | log | raise | ring | call)
match: Baby L was sent home without the skeletal survey that the local protocol calls for.
match: The enquiry was closed before the medical that the procedures require had been arranged.
match: The ward discharged him before the checks set out in its own pathway had been done.
match: The transfer-in conference met nine weeks after the family arrived, rather than within the fifteen days set.
match: The core group did not meet within ten working days of the conference.
match: The complaint about the residential worker was looked into by the home itself.
match: The designated officer first learned of the allegation from a newspaper.
match: The manager investigated the allegation against her own deputy.
match: The referral form in use at the hub was two versions out of date.
match: None of the nursery staff had been shown how to log a disclosure.
nomatch: The skeletal survey that the local protocol calls for was done on the day of admission.
nomatch: The ward discharged him after the checks set out in its own pathway had been done.
nomatch: The review conference was held three months after the initial conference.
nomatch: The complaint about the residential worker was referred to the designated officer the same day.
nomatch: The referral form was updated in April, and the old version was withdrawn.
nomatch: The health visitor arranged a medical for the baby before discharge, as the guidance sets out.
nomatch: In the months before the move, the nursery acted in line with the statutory guidance.

# ---- r18c (issue 10): a checklist filled in after the event or in part ----
# "the missing-child checklist was completed after the event, with most of its boxes empty", "the screening tool was filled in retrospectively".
pattern: (checklist | check list | proforma | screening tool | risk tool | assessment tool | template | pathway) ..8 (completed | filled in | filled out | done | ticked) ..4 (after the event | retrospectively | afterwards | after the (decision | discharge | visit | child) | in part | partly | partially | weeks later | days later)
match: The checklist for a missing child was completed after the event, with most of its boxes left empty.
match: The screening tool was filled in retrospectively, once the baby had gone home.
nomatch: The checklist was completed at the start of the visit and signed by both workers.
# A protocol or pathway nobody completed: "no one completed the bruising protocol for the nine-week-old".
pattern: @procedure ~ !(complete | completed | carry out | carried out)
  unless: (no | not) (need | requirement) to | @procedure ..4 (was | were) +completed
match: No one completed the bruising protocol when the nine-week-old was seen with a mark on her cheek.
nomatch: The bruising protocol was completed the same afternoon.
# No procedure to follow at all: "the nursery had no written procedure for a child not collected".
pattern: (had no | has no | did not have (a | any)? | there was no | there were no | without a | without any | lacked a | lacked any) (written | local | agreed | clear)? (procedure | procedures | policy | policies | protocol | guidance | pathway) (for | on | about | covering)
match: The nursery had no written procedure for what to do when a child was not collected.
match: At that time the hospital did not have a protocol for bruising in babies.
nomatch: The nursery had a written procedure for children not collected, and staff followed it.

# ---- r20b (8 December): the report register ----
# Applied, but unevenly or wrongly: "the procedure was applied inconsistently across the two schools".
pattern: @procedure ~ ((applied | used | followed | implemented | interpreted) ..2 (inconsistently | unevenly | selectively | partially | incorrectly | wrongly | patchily | variably) | (inconsistently | unevenly | selectively | partially | incorrectly | wrongly) ..2 (applied | used | followed | implemented | interpreted) | (inconsistent | uneven | variable | patchy | selective | partial | incorrect) (application | use | implementation | interpretation))
match: The review has found that the procedure for children missing education was applied inconsistently across the two schools.
match: There was inconsistent application of the bruising protocol between the two hospital sites.
match: The policy on unannounced visits was selectively followed.
nomatch: The procedure was applied consistently at both schools.
# Not compliant with the procedure; practice short of what it sets: "the visit was not compliant with the procedures".
pattern: (!(compliant | consistent) | non-compliant | noncompliant | non-compliance | noncompliance) (with)? ..6 @procedure
  unless: (no | not) (evidence | sign) of
pattern: (fell short | falls short | short of | did not meet | failed to meet) ..4 (the)? ..2 (@procedure | standards | standard | requirements | expectations) ..2 (in | of | under) ..3 @procedure
  unless: (home | care | hygiene | conditions | parenting)
match: The visit was not compliant with the local procedures for children on a plan.
match: There was repeated non-compliance with the missing-from-home protocol.
match: Practice fell short of the standards in the safeguarding procedures.
nomatch: The visit was compliant with the local procedures.
nomatch: The home conditions fell short of the standard set out in the neglect guidance.
