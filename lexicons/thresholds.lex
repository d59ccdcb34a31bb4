id: thresholds
label: Thresholds and referrals mishandled
description: Referrals not made, not accepted, or closed because a threshold was judged unmet; inconsistent threshold decisions; step-down without a plan.
# ---- Concepts: what this theme evaluates ----
group: @threshold_work = threshold | thresholds | threshold decision | threshold decisions | application of thresholds | screening decision | screening decisions | front door | decision-making at the front door | threshold judgement | threshold judgements

# ---- Concept patterns ----
pattern: @threshold_work ~ +(@weak | inconsistent | inconsistently | wrong | wrongly | mistaken | too high | misapplied | misjudged | flawed | unsound | arbitrary | rigidly | too rigid | mechanistically | inflexibly | (lacked | lacking | lack of) ..2 (consistency | rigour | clarity))
  unless: (document | documents | guidance | version | versions | criteria) ..6 (out of date | outdated | superseded)   # an out-of-date threshold document: procedures (r20b)
pattern: @threshold_work ~ !@good
pattern: (no | without) ..2 referral
  unless: (no | without) ..2 referral ..3 (was | were)? ..2 (needed | necessary | required)
  unless: (accepted | accepting | took | taking | taken) no (new)? referrals   # a service closed to referrals is a gap in services
pattern: (referral | referrals) ..4 (was | were)? ..2 (+screened out | +closed | +rejected | +declined | not accepted | +turned down | +bounced back)
pattern: !(refer | referred) (the | this)? (family | child | children | baby | case | concerns | mother)

# ---- Phrase patterns: particular ways of saying it ----
pattern: (!meet | !met | !reach | !reached | +below | did not reach | not reaching | not meeting) ..3 (the)? (threshold | thresholds | criteria)
pattern: threshold* ..8 (inconsistent* | differently | different | misapplied | too high | set high | applied inconsistently | not applied)
  unless: not applied (rigidly | mechanically | strictly | narrowly)
  unless: (no | not) ..3 (evidence | found) of ..6 inconsisten*
pattern: (different | inconsistent | varying) ..2 threshold*
pattern: !(make | made | refer | referred | submit* | raise*) ..3 (a | any)? ..2 (referral | child protection referral | the referral | referrals | the pregnancy | concerns)
  unless: !(make | made) ..3 referral ..6 (because | as)
pattern: not referred on | !(referred on)
# A decision of no further action that someone challenged is a sentence about the challenge: "the school disputed the decision of no further action and it was overturned"
group: @nfa_challenged = +(challenge | challenged | challenging | question | questioned | dispute | disputed | escalate | escalated) ..10 (no further action | nfa) | (no further action | nfa) ..8 (overturned | reversed)
pattern: (referral | referrals) ..10 (!accepted | !progressed | +rejected | +declined | +closed | +screened out | no further action | signposted)
  unless: @nfa_challenged
  unless: (referral | referrals) ..4 (was|were) (accepted | progressed)
pattern: (no further action | nfa) 
  unless: (was|were) reasonable
  unless: @nfa_challenged
  # A decision with its reason confirmed: "no further action, because the account was consistent with an accident, as the paediatrician confirmed".
  unless: consistent with (an accident | the explanation | the account | the history) | as ..3 +confirmed
pattern: (screened out | closed at the front door | closed ..4 without (assessment | a plan | any) | signpost* ..6 universal services)
# a closure decided without a word with the referrer, the family or the other agencies
pattern: (close | closing | closure) ..8 without ..4 (speak* | consult* | contact* | talk* | check* | seeing | visit* | assess* | a plan | any plan)
pattern: (case | plan | child protection plan | early help | assessment | child in need plan) ..8 (closed | ended | stepped down | step* ..4 down | de-registered | downgraded) ..10 (without | although | despite | on the basis | before | when the mother declined | with no | prematurely)
  unless: outcomes ..4 (met | achieved) | no longer (needed | required)
  unless: (decision to close | closed) ..6 (reasonable | appropriate)
  # Closed because the work was done: "the plan ended in March because the risks had reduced".
  unless: because ..4 (risk | risks | concern | concerns | need | needs | worries) ..3 (reduced | lessened | diminished | resolved | been met | were met)
pattern: (stepped down | step-down | step down | step the case down) ..8 without
  unless: (agreed | planned) ..6 (with the family | at a meeting | with the school) | with a ..3 (plan | handover | lead)
pattern: (unsure | uncertain | doubt) ..4 whether ..6 threshold
pattern: (judged | judging | deemed | "considered" | "assessed") ..4 (not | were not)? ..3 (serious enough | not serious | not to meet | not meeting | +below)
  unless: timescale*
pattern: (decided on | decision of) no further action
  unless: @nfa_challenged
nomatch: The school challenged the decision of no further action, and it was overturned within a week.
nomatch: The health visitor did not dispute the decision of the duty social worker to take no further action.
nomatch: The nursery challenged the decision of the social care duty team to take no further action, and an assessment followed.
nomatch: When the nursery questioned the police decision to take no further action, a strategy discussion was held the next day.
nomatch: The decision of no further action was later reversed after the school raised it with a manager.
match: Children's social care took no further action on the third referral, although nothing had changed at home.
match: The decision of no further action was made without a check with the school.
# "passed to early help rather than treated as a child protection referral"
pattern: (early help | universal services | advice | signpost*) ..4 rather than ..6 (child protection | section 47 | referral | statutory | assessment)
pattern: (did not | failed to | no) ..3 (refer* | make ..2 referral) ..8 (despite | although | even though | children's social care)
unless: (correctly | appropriately) ..4 threshold
# A referral nobody needed or the parent did not want: "no referral was made because there were no concerns then" (lexprec).
unless: (because | as | since) ..3 (there (were | was))? no ..2 (concern | concerns | worries | reason | need) | !(want | wanted | wish | wished) ..6 referral
# A referral not needed because the service was already involved: "did not refer her because she was already under a psychiatrist" (lexprec).
unless: because ..6 already ..2 (under | open | known | allocated | receiving | in touch | seeing | working | involved | investigating)
# An injury nobody referred (signs_of_abuse), not a threshold misjudged (lexprec).
unless: (bruise | bruises | bruising | injury | injuries | fracture | fractures | burn | burns | scald | scalds) & (!referred | no referral | !(make | made) ..3 referral)
# The police's own decision to take no further action, or one left unchallenged, is not a threshold of children's services (lexprec).
unless: (police | officers | crown prosecution service | cps) ..6 (took | take | taking | decided on | decision to take | decided to take) ..3 (no further action | nfa) | !(challenge | challenged | question | questioned | dispute | disputed) ..10 (no further action | nfa)
pattern: (no | not any) ..3 (child protection)? referral ..4 (was | were)? ..2 made
pattern: (ought to have | should have) (referred | made a referral)
pattern: (step | stepped | stepping) ..3 down ..4 (early help | universal)
# The family's consent, not a step-down made without a plan: "the family agreed to the step-down to early help".
unless: (agreed | consented) to ..3 (step-down | step down) | (stepped down | step-down | step down) ..6 (was | were) +(planned | agreed)
  unless: (agreed | planned) ..6 (with the family | at a meeting | with the school) | (with | through) (a | an | the)? ..3 (plan | handover | lead | joint visit)
  kinds: finding
match: The bruise on the baby's arm was deemed not serious enough to open an assessment.
match: Five referrals were screened out without any contact with the family.
match: In March social workers stepped the family down to early help, with nothing written for the new worker.
match: The allegation was dealt with by giving the mother advice rather than by a section 47 enquiry.
match: The team closed the referral without contacting the school that had made it.
nomatch: The MASH appropriately applied the threshold and opened a child protection enquiry that afternoon.
nomatch: Any family moved from a child in need plan to early help should have a written handover and a named lead.
unless: no further action ..4 (needed | necessary | required | (was | were) ..2 (sound | right | correct | appropriate | reasonable | justified))

# ---- A referral downgraded, a case closed while the concerns stood, a referral never sent (conceptsA) ----
group: @low_outcome = information only | "information sharing" | advice and guidance | advice only | advice to | a leaflet | signpost* | universal services | no further action | "nfa" | early help | "green" | single-agency
# "the referral was downgraded to information only", "moved down to early help"
pattern: (downgraded | graded down | regraded | re-graded | moved down | passed down | diverted | redirected) ..6 (to | as | into) ..3 @low_outcome
# "the outcome recorded was information only", "the decision note reads: advice to school"
pattern: (outcome | decision | decision note | response | screening) ..6 (was | were | reads | read | recorded as | as | of) ..3 ("information only" | advice to | advice and guidance | a leaflet | leaflet | signpost*)
# "closed the case because the mother had engaged, although nothing had changed"
pattern: (closed | ended | stepped down | lifted | removed | withdrew | withdrawn) ..4 (the)? (case | plan | involvement | service | support) ..12 (although | though | even though | despite | when nothing | while nothing | with nothing)
  # a closure others accepted with doubts is their silence (lack_of_challenge) (lexprec)
  unless: (accepted | agreed with | went along with | deferred to) ..6 (decision | plan) ..3 (to)? (close | end)
  unless: outcomes ..4 (met | achieved) | no longer (needed | required) | (circumstances | things) ..3 improved
  unless: (was | were) (reasonable | appropriate | right | justified | sound)
# a plan or case ending with nothing in its place: no written plan, no lead, no date for a review
pattern: (plan | case | involvement | support) ..6 (ended | closed | stepped down | was lifted | came off) & @none ..2 (written plan | plan | named lead | lead professional | review date | date to | contingency | handover | follow-up)
  unless: ("no" | not any) (evidence | sign | indication)
# A referral thought of and not made: "decided to monitor instead", "did not think social care would take it"
pattern: (decided | chose | agreed | opted | preferred) ..3 (to)? ..2 (monitor | 'monitor' | watch and wait | wait and see | keep an eye | keep watch) ..4 (instead | rather than)
pattern: (not | never | did not think | doubted | assumed | believed) ..8 (social care | children's social care | children's services | the mash | the front door | the duty team | social services) would (not)? ..2 (take | accept | act | do anything | want)
pattern: !(seen | treated | regarded | considered | thought) as (a)? (reason | grounds | cause | trigger) to (refer | act | tell | contact | call)
# Inconsistent decisions: "on the same facts one team opened an enquiry and the other sent a leaflet"
pattern: (same | similar | identical) (facts | information | concerns | circumstances | referral | referrals) ..15 (different | differently | opposite | another | other)
  unless: (same | similar) ..3 (decision | outcome | response)
# "the service turned her down because her difficulties were behavioural"
pattern: turned (him | her | them | the referral | the request | the application) down | turned ..3 down ..6 because
match: The police notification was downgraded by the MASH to information only.
match: The recorded outcome of the screening was information only.
match: Social care closed the case after a month although none of the concerns had changed.
match: Support from the family centre closed in June, with no handover to the school and nobody named as lead.
match: Twice the GP decided to monitor instead of telling social care.
match: The teacher did not think children's social care would accept another referral.
match: The missed meals and dirty uniform were not seen as a reason to refer.
match: Similar concerns from the school in three successive terms drew a different answer from each duty manager.
match: The specialist service turned her down because she was nearly eighteen.
nomatch: The referral was accepted and an assessment began the same day.
nomatch: The case was closed after the plan's outcomes were all met and the school agreed to lead.
nomatch: The plan ended with a written plan, a named lead and a review date.
nomatch: The mother turned down the offer of a parenting course.
nomatch: Together with the parents and the nursery, the worker agreed at a meeting to step her support down to early help.

# ---- A referral not made, or closed, for a reason that does not meet the concern (concepts3) ----
# "did not report it because it was not serious enough", "closed because the mother agreed to see the GP"
pattern: (did not | didn't | chose not to | decided not to | not to | never) ..3 (refer | report | pass ..6 on | mention ..3 to anyone | contact ..2 (children's social care | the front door | the mash)) ..12 (because | as | since) ..8 (not (serious | significant | bad) enough | no (child | one | children) ..3 (had been)? ..2 (injured | hurt | harmed | present) | nothing criminal | (only | just) (a | an)? ..2 (argument | row | one-off))
pattern: (closed | ended | stepped down | not accepted) ..8 because ..6 (mother | father | parent | parents | family | she | he) ..4 (agreed | promised | said (she | he | they) would | undertook)
  unless: (and | once) ..4 (did | had done) so
pattern: (referral | refer) ..10 (decided | chose | agreed | opted) to ..2 ("wait" | "monitor" | hold off | see what happened)
match: The officer did not pass the incident on because, in his view, it was not serious enough.
match: The referral was closed because the father promised to take the boy to the dentist.
match: The practice nurse thought about a referral and decided to wait.
nomatch: The case was closed because the mother agreed to the plan and did so, and the outcomes were met.
nomatch: The parents agreed to the step-down to early help.
nomatch: The plan ended in June because the concerns had lessened.

# concepts4 (7 December): a referral left unmade, a concern met with the lowest answer, a case ended
# while the worry stood, a request sent back, a worry judged not enough
# "the referral agreed at the meeting was never made", "the toddler was not referred"
pattern: referral ~ !made
  unless: (no | not) ..3 (referral | one) ..3 (was | were)? ..2 (needed | necessary | required | warranted)
pattern: (was | were | been) ..2 !referred
  unless: (was | were) ..2 !referred ..4 because ..6 (already | open | allocated)
# The lowest answer to a worry: "logged as 'information only'", "told to keep an eye on it", "given the number of a food bank"
group: @t4_brushoff = "information only" | for information only | held on file | kept on file | keep an eye ..2 (on things | on it | on him | on her | on them) | advice given | advised to ..2 (monitor | keep an eye) | food bank | (housing | benefits | parenting) advice | (assessment | referral | early help) form to fill | 'monitor' | a matter for the family court
pattern: (contact | contacts | "call" | "calls" | request | requests | referral | referrals | concern | concerns | notification | notifications | letter | letters | worry | worries | disclosure | answer | reply | response | decision | outcome | report | reports) ..12 @t4_brushoff | (filed | logged | recorded | closed) ..4 as ..2 @t4_brushoff | (response | answer | reply | outcome) (was | were) ..2 (a | the)? leaflet
  unless: (no | not) ..3 (more than)? ..2 (a)? leaflet
# Thought of and let go: "she thought about phoning the duty team, then decided to leave it"
pattern: thought about ..2 (calling | contacting | ringing | phoning | referring | telling | reporting) ..15 (decided | wrote | chose | settled | let)
pattern: (contacted | told | rang | called | alerted | informed) (no one | nobody | no other agency)
pattern: (kept | keep | keeping) ..2 (it | this | the disclosure | her concerns | his concerns | the concern | the concerns | what she had heard | what he had heard) to (herself | himself | themselves)
  unless: (marks | mark | bruis* | injury | injuries) ..10 (kept | keep | keeping)   # a worry about an injury kept to oneself: signs_of_abuse (r20b)
# Ended while the worry stood: a plan brought to a close too early, or closed without asking the agencies that knew the child
pattern: (close | closing | closure | end | ending | ended) ..4 (the)? ..2 (case | involvement | plan | social care involvement) ..4 (was)? ..2 (premature | prematurely | too early | too soon)
  unless: (thought | felt | believed) ..4 (close | closing | closure | end | ending | ended)   # what someone privately thought (lack_of_challenge) (lexprec)
pattern: (decision to (end | stop) | ending | ended | stopped) ..6 (involvement | case | plan | support) ..8 without ..4 (asking | speaking | consulting | contacting | checking with | seeing | visiting | a plan | any plan)
  unless: (no | not) (need | reason) to
# Sent back or turned away: "the request came back asking for more evidence", "CAMHS declined to see him because ..."
pattern: (request | requests | application | call for help | request for help | request for an assessment) ..6 (was | were)? ..2 (returned | turned down | sent back | refused | declined | bounced back | came back)
pattern: (declined | refused) to (see | assess | accept | take | open | offer) ..8 (because | on the grounds | as)
# Judged not enough: "they agreed it was not quite enough to ring social care", "judged not to need an assessment"
pattern: (judged | deemed | thought | felt | agreed | considered | decided | concluded) ..10 (!enough | !level | !need | !needed | !warrant | !warranted | disproportionate) ..6 (ring | call | refer | contact | children's services | social care | social work | involvement | assessment | referral)
pattern: (assessment | referral | involvement | enquiry) ..3 would be ..2 disproportionate | !(seen | treated | regarded | considered | assessed) as (a)? child in need | (not one | none) ..4 (led | resulted) ..2 (to | in) ..2 (an)? (assessment | enquiry | referral) | no (assessment | enquiry | strategy discussion) (was | were) (opened | started | begun)
# Second pass: a planned referral never made, a referral that should have followed, a decision to wait, a worry that went
# no further
pattern: referral ..15 (was | were | had been) ..2 !made | should have (led to | resulted in | prompted | triggered) ..3 (a | an)? ..2 referral
  unless: (no | not) ..3 (referral | one) ..3 (was | were)? ..2 (needed | necessary | required | warranted)
pattern: (decided | chose | agreed) to wait (until | for) & (marks | bruise | bruises | bruising | injury | injuries | disclosure | disclosed | told | said)
pattern: (worries | worry | concerns | concern | disclosure | report | allegation | missing episode) ..15 (went no further | did nothing further | took it no further)
match: The mark on the boy's arm should have led to an immediate referral.
match: The nurse saw the bruises and decided to wait until she could speak to the father.
match: The teacher's worries about the older boyfriend were talked over in the staff room and went no further.
nomatch: The nurse saw the bruises and rang the duty team the same hour.
match: The referral the GP had promised at the meeting was never made.
match: The teenager was not referred, although he had told the nurse he had nowhere to sleep.
match: Both police notifications were logged as 'information only' and nobody read them again.
match: The health visitor thought about ringing the duty team, then decided to wait for the next visit.
match: The practice nurse wrote down the mother's account of the assault and contacted no one.
match: The closure of the plan after two months was premature.
match: The request for an assessment was sent back with a note asking for more detail.
match: The duty worker judged the concerns not enough to need an assessment.
match: Of six contacts from the school, not one led to an assessment.
nomatch: The nurse judged the burn worrying enough to ring the duty team at once.
nomatch: The referral was made the same afternoon and an assessment opened within a day.
nomatch: The request for an assessment was accepted and allocated the same week.

# lexjudge (7 December): no reluctance to refer is the opposite of the failure.
unless: no (reluctance | hesitation | delay) ..4 (to)? (refer | act)
nomatch: There was no reluctance on anyone's part to refer: the school made six referrals and each was acted on.
nomatch: For six months the new provider accepted no referrals.
nomatch: Statutory timescales for the assessment were not met.
nomatch: The step-down to early help went through a joint visit with the family support worker.

# lexjudge (7 December): the level not reached, a concern kept inside one agency, a case shut when the family said no,
# a re-referral given the old answer, a worry judged not to warrant a response, referrers who gave up.
pattern: (!meet | !met | !reach | !reached | +below) ..3 (the)? (level | bar) (for | of | needed for | required for) ..3 (assessment | enquiry | intervention | section 47 | s47 | referral | statutory | child protection | significant harm | social care | a service)
pattern: !(pass | passed | take | took | report | reported | send | sent | refer | referred) ..4 (them | it | this | her concerns | his concerns | the concerns | worries | worry | concern | concerns) ..2 (on)? ..2 to (children's social care | social care | the front door | the mash | children's services | the duty team | social services | the local authority)
pattern: (declined | refused | did not want | disengaged | did not engage | withdrew consent) ..12 (case | plan | involvement | early help | referral | file) ..4 (was | were)? ..2 (closed | shut | ended | closed down)
  unless: (and | but) ..4 (strategy | section 47 | referred | escalated)
pattern: (case | plan | referral | early help) ..4 (was | were)? ..2 +shut
pattern: (re-referral | re-referrals | second referral | third referral | further referral | new referral | fresh referral | another referral | next referral) ..12 (same (answer | outcome | response | decision | result) | as (a)? new | no further action | +closed | screened out | information only)
pattern: !(warrant | warranted | merit | merited | justify | justified) ..3 (a | an | any)? ..2 (strategy discussion | strategy meeting | section 47 | s47 | referral | assessment | enquiry | child protection | social care involvement | a response)
# the threshold or criteria named first, then said to be unmet
pattern: (threshold | thresholds | criteria) ..6 (was | were | had been) ..2 !(met | reached)
  unless: (correctly | rightly | reasonably | appropriately) ..6 !(met | reached)
pattern: (stopped | gave up | ceased) ..2 ("sending" | "making" | "referring" | "reporting" | "raising" | "passing") | nothing ..2 (ever)? came of (them | it | their (referrals | concerns) | the referrals)
match: Children's social care told the school that neglect on its own would not reach the level for a section 47 enquiry.
match: The midwife discussed her worries with colleagues but did not pass them to children's social care.
match: When the family declined early help again, the case was shut.
match: The re-referral six weeks later was handled as a new contact and given the same answer.
match: The duty manager decided the bruise did not warrant a strategy discussion without seeing the photographs.
match: School staff said they had stopped sending concerns because nothing ever came of them.
match: According to the MASH log the thresholds were not met for any of the four contacts, a view the panel rejects.
nomatch: The family declined early help, and the worker escalated to a strategy discussion the same day.
nomatch: The re-referral was accepted and a full assessment completed within the month.
nomatch: The midwife passed her worries to children's social care the same day.

# lexjudge, hard-train pass: a low grade for a reason that does not meet the worry, a matter judged not worth mentioning,
# the same facts meeting different answers, a case closed after nothing was done.
pattern: (graded | rated | screened | classed | classified) ..6 ("green" | "low" | standard | information only | no further action | advice) ..6 because
  unless: because ..4 (paediatrician | police | the injury) ..4 (confirmed | consistent)
pattern: !(need | needed) to be (mentioned | referred | reported | passed on | shared | told)
  unless: (not | no) (need | needed) ..8 because ..6 (already | open | allocated | known)
pattern: (on | with) the same (facts | information | concerns | evidence) & (leaflet | advice | no further action | closed | different | another | other | opened | while | whereas)
  unless: (same | similar) ..3 (decision | outcome | response)
pattern: (after | despite) ..8 (no | none | nothing) ..6 (completed | achieved | changed | met | done) ..10 (case | plan) ..4 (was | were)? ..2 (closed | ended | shut)
match: The service turned the girl down at sixteen because her difficulties were behavioural.
match: The MASH graded the notification green because the children were said not to be present.
match: The ward sister felt that what the mother disclosed about her boyfriend never needed to be passed on.
match: Two referrals from the school, with the same information in each, ended in a home visit and in a letter of advice.
match: Despite a year where nothing on the plan got done, the case was then shut by social care.
nomatch: Each time the nursery rang with the same concerns, another duty worker gave the same response.
nomatch: After each task set by the core group had been done, the plan was ended.
# lexprec (7 December): an injury not referred, the police's decision, a closure others let stand
nomatch: The bruise on the baby's cheek was not referred to children's social care.
nomatch: The police took no further action after interviewing the boy.
nomatch: The social worker did not challenge the decision to take no further action.
nomatch: The nursery accepted the decision to close the case, although its staff were worried.
nomatch: Two of the core group thought ending the plan was premature, but neither said so.
nomatch: The mother said she had stopped drinking and made no further changes.
match: The nursery stopped making referrals after the first two were closed.
match: When the girl told her teacher that her uncle touched her, no referral was made.
match: The police notification was closed with no further action, though it was the third that month.
nomatch: The case was opened and closed three times in two years, each time because of reports of missed meals.
nomatch: The school did not make a referral in 2017 because there were no concerns about the children then.
nomatch: The mother did not want a referral to be made, and the GP explained why one was needed.
nomatch: The GP did not refer the mother to the perinatal team because she was already under the care of a psychiatrist.

# r17b (7 December): a concern given the lowest grade, a worry that never reached social care, a need judged not to
# warrant a service, a concern left to the school to handle, a case shut after one call or on a parent's word, events
# that prompted no referral.
pattern: (contact | contacts | "call" | "calls" | referral | referrals | notification | notifications | concern | concerns | report | reports | incident | incidents) ..10 (graded | rated | rag-rated | categorised | classed | scored | given (a)? ..2 (grade | rating | score) (of)?) ..3 (as)? ..2 ("green" | low-level | "information only" | "level 1" | "level 2" | universal | advice | no role)
pattern: (children's social care | social care | children's services | social services | the front door | the mash | the duty team) ..2 (never | did not) ..2 (heard | learned | learnt | hear | learn) (of | about) (it | this | them | the (concern | concerns | incident | incidents | disclosure | call | calls | report | reports))
pattern: (decided | deciding | decision | judged | judging | concluded | concluding | view | felt | thought | deemed) ..8 (not | did not | no) ..2 (warrant | warranted | merit | merited | justify | justified | need | needed | require | required | call for) ..4 (assessment | referral | enquiry | section 47 | statutory involvement | intervention | social work involvement | child protection | conference | plan | plans) | decided against ..3 (assessment | referral | enquiry | section 47 | conference | plan | plans)
  unless: (review | reviewer | panel | author | this review) ..6 (decided | concluded | view | judged | felt | thought) | (was | were) ..2 (reasonable | right | correct | appropriate | proportionate | justified | sound) | no longer
  unless: (no | not) (evidence | sign | indication) | (not | no longer) ..3 (needed | required) ..6 because ..6 (already | open | allocated)
pattern: (view | decided | decision | concluded | concluding | judged | felt | thought | told | advised | response | outcome | assessment) ..12 (could | would | can | to) (be)? ..2 (handled | managed | dealt with | met | held | kept | addressed | supported) (by | within | in | at) ..3 (the)? ..2 (school | nursery | health visitor | gp | early help | universal services | family | single agency | college) | (treated | seen | regarded | viewed | judged | deemed | considered | decided) ..8 (a | an)? ..2 (matter | issue | job | task) for (the)? ..2 (school | housing | nursery | family | parents | early help | college)
  unless: (not | never | rather than) ..2 (treated | seen | regarded | viewed) as
pattern: (case | assessment | referral | plan | involvement | file) ..8 ("shut" | "closed" | "ended") ..8 (again | after (a | one | two | a single | only one | just one) ..2 (call | phone call | telephone call | visit | home visit | conversation | day | days | meeting))
  unless: outcomes ..6 (met | achieved) | no longer (needed | required) | (concerns | risks | worries) ..3 (reduced | resolved | lessened)
pattern: ("closed" | "ended" | "shut" | stepped down | closing | closure | no further action) ..12 (@parent | she | he | they) ..3 (had)? ..2 (said | told | reported | assured | insisted | promised | claimed) ..6 (better | fine | improved | coping | settled | no longer | stopped | over | ended | resolved | all right | okay)
  unless: (confirmed | checked | verified) ..4 (with | by)
pattern: (none | not one | no | never | neither) ..6 (produced | led to | resulted in | prompted | generated | triggered) ..3 (a | any)? ..2 (referral | notification | child protection (referral | enquiry) | section 47) | (produced | led to | resulted in | prompted | generated | triggered) (not one | no | not a single) ..2 (referral | notification) | !(led | lead | result | resulted | prompt | prompted | produce | produced | trigger | triggered | generate | generated) ..4 (a | any)? ..2 (referral | notification | child protection (referral | enquiry) | section 47)
  unless: because ..6 already | (no | not) ..3 (referral | one) ..3 (was | were)? ..2 (needed | necessary | required | warranted)
match: The nursery's call about the marks on the toddler's legs was graded green and filed.
match: Children's social care never heard about the incident at the park.
match: The duty manager decided the school's concerns did not warrant an assessment.
match: The team leader decided against an enquiry, saying a family support worker would do.
match: The duty response was that the boy's worries could be managed by his nursery, which had twice asked for help.
match: The neighbour's call about the shouting was treated as a matter for housing.
match: The case was shut again after a single phone call to the father.
match: The plan ended because the mother told the social worker things were better at home.
match: Seven police call-outs in a year produced not one referral to children's social care.
match: The admission did not lead to a child protection referral.
nomatch: The duty manager decided the concerns warranted a section 47 enquiry that day.
nomatch: The neighbour's call was not treated as a matter for housing but referred to the front door.
nomatch: The case was closed after a final home visit, once the outcomes of the plan had been achieved.
nomatch: The plan ended after the mother said things were better, which the school and GP confirmed with the social worker.
nomatch: The admission led to a child protection referral the same day.

# lead (session 18): a repeat referral closed as if it were the first; concerns weighed one at a time
# against the threshold.
pattern: (second | third | fourth | fifth | sixth | seventh | repeat | repeated | further) (referral | referrals | contact | contacts | notification | notifications) ..15 (+closed | no further action | +signposted | +screened out | !accepted | advice to the referrer | !regarded as new)
  unless: (not | never) ..2 (closed | screened out) | (was | were) accepted
pattern: (judged | measured | assessed | weighed | screened | tested) against (the)? (threshold | thresholds | criteria) ..4 (single | one | individual | isolated | each)
match: A fourth referral about the same family was closed the same day with advice to the referrer.
match: The repeated contacts from the school were screened out each time.
match: Concerns from the nursery were judged against the threshold for a single incident.
nomatch: A fourth referral about the same family was accepted and led to a strategy discussion.
nomatch: The second referral was not closed; it went straight to assessment.
# Referrals answered with advice; one set of facts treated two ways; a referral not made because the
# threshold was misread (lead, session 18).
pattern: (responded | answered | met | dealt with | replied) ..6 (referral | referrals | contact | contacts | concern | concerns) ..3 with (advice | a letter | letters | signposting | information)
pattern: (accepted | turned away | rejected | declined | screened out | closed | threshold | thresholds | decision | decisions | taken) &12 in one (team | area | office | authority | locality | service | hub) ..8 (another | the other)
pattern: (decided | chose | agreed) not to refer ..12 (threshold | believed | thought | assumed | understood)
match: Children's social care responded to each of the nursery's contacts with advice.
match: The same facts led to an assessment in one team and were screened out in another.
match: The school decided not to refer because staff believed the threshold was a disclosure from the child.
nomatch: The GP decided not to refer because the family had already been referred that morning.
nomatch: The mother lived in one area and worked in another.

# ---- r20b (8 December): the report register ----
# A response not in proportion to the concern: "the response was not proportionate to the level of concern".
pattern: (response | responses | decision | decisions | outcome | action) ..8 (!(proportionate | commensurate) | disproportionately (low | limited)) ..3 (to | with | for) ..4 (concern | concerns | risk | risks | level | levels | seriousness | information)
match: The response to the school's referral was not proportionate to the level of concern it described.
match: The outcome of each contact was not commensurate with the risks reported.
nomatch: The response was proportionate to the level of concern at the time.
# Should have been taken into child protection: "the case should have been escalated to a section 47 enquiry".
pattern: (should have | ought to have) ..2 (been)? ..2 (escalated | progressed | stepped up | moved | considered) ..3 (to | under | for | into) ..3 (section 47 | s47 | child protection | a strategy | strategy discussion | strategy meeting | an assessment | assessment)
  unless: (disagreement | dispute | concern | concerns) ..4 (should have | ought to have) ..2 (been)? escalated   # escalating a disagreement is lack_of_challenge
match: The case should have been escalated to a section 47 enquiry after the second disclosure.
match: In the panel's view, the referral ought to have been considered under child protection procedures.
nomatch: The practitioners' disagreement should have been escalated to their managers.
nomatch: The threshold document used by the front door was three versions out of date.
