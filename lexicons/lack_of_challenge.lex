id: lack_of_challenge
label: Insufficient challenge and escalation
description: Professionals did not challenge each other's decisions or escalate disagreement; escalation procedures went unused; deference to another agency's view.
# ---- Concepts: what this theme evaluates ----
group: @challenge = challenge | professional challenge | challenging | escalation | escalate | escalated | escalation policy | escalation procedure | dispute resolution | professional disagreement
group: @decision = decision | decisions | threshold decision | conclusion | "conclusions"

# Supervision or managers that did not question a plan are management_oversight: "neither supervision
# discussion challenged the plan", "weak managerial scrutiny let an optimistic view go unquestioned" (lexprec).
# A parent's account given little challenge is face_value: "little challenge was offered to the mother's account" (r17b).
unless: (challenge | challenging | challenged | question | questioning | questioned) ..2 (to | of)? (the)? (@parent | mother's | father's | parents' | family's | carer's | carers') ..3 (@account | explanation | explanations | assurance | assurances | claim | claims | version)
# Doubts about a parent's account are face_value, and a parent who did not contest a decision is no professional's silence (r17b).
unless: (mother's | father's | parents' | parent's | carer's) ..2 (@account | explanation | explanations) | (mother | father | parents | parent | carers | grandmother | the couple) ..3 (did not | never | didn't | not) ..2 (challenge* | question* | dispute* | contest*)
unless: (supervision | supervisions | supervisory | supervisor | supervisors | one-to-one | one-to-ones | managerial | management oversight | management scrutiny) & !(challenge | challenged | challenging | question | questioned)
# ---- Concept patterns ----
pattern: @challenge ~ +(@weak | @lacking)
  unless: (challenging | challenge) (behaviour | behaviours) | @challenge ..3 (was | were)? +(made | used | resolved)
pattern: @none ..3 @challenge
  unless: ("no" | not any | "little") (evidence | sign | indication | suggestion | reason)
  unless: (challenging | challenge) (behaviour | behaviours) | (no | not) (evidence | need) of ..3 @challenge | !challenge* ..4 (@account | explanation | story | version | what ..3 (said | told)) | !challenge* ..3 (him | her | them | the (mother | father | parents | family))
pattern: @decision ~ +(+unchallenged | +unquestioned | went +unchallenged | accepted without challenge)
  unless: (mother's | father's | parents' | family's | @parent) ..2 (view | views | decision | account)
pattern: @decision ..6 (was | were | had been)? ..2 !(challenge | challenged | contested | disputed)
  unless: (mother's | father's | parents' | family's | @parent) ..2 (view | views | decision | account) | @decision ..6 (was | were) (challenged | questioned) ..4 (and | but)
pattern: (+deferred | defer | deferring | deference) ..3 to
  # put off to a later date is drift, not deference: "the decision was deferred to the following month" (r17b)
  unless: (deferred | defer | deferring) ..3 (to | until) ..2 (the)? (next | following | later | another | future | new) | (deferred | defer | deferring) ..3 until
pattern: (accepted | accept | went along with | agreed to) ..12 (despite | although | though | while) ..5 (disagreeing | disagreement | misgivings | doubts | reservations | concerns | unease | worried | anxious | uneasy | unhappy | concerned)

# ---- Phrase patterns: particular ways of saying it ----
pattern: !(challenge* | escalat* | question* | dispute* | pursue* | contest*) ..8 (decision | decisions | view | opinion | plan | conclusion | outcome | concerns | it | this | them | the (police | social worker | social care | conference | paediatrician | gp | consultant | manager | local authority) | further)
  unless: (which | that) ..4 (every | all | each) ..2 (agency | agencies | professional | professionals | of them) ..3 (agreed | shared | helped | wrote | supported)
  unless: (supervision | supervisor) ..10 !(challenge | question)
  # "escalating" as an adjective, read inside another verb's negation: "was not sighted on the escalating concerns" (r20a)
  unless: (the | an | increasingly | rapidly) escalating (concern | concerns | risk | risks | violence | pattern | situation | behaviour)
  # r20pa: concerns that "were not pursued" are drift unless a decision or refusal is named (the pattern below)
  unless: (concern | concerns | worries) ..4 (was | were | had been) ..2 !pursued
  unless: (was | were) !(challenged | questioned) | escalating pattern | (manager | managers) ..3 !(question | challenge)
  # An injury that went unquestioned is a sign of abuse missed, not a decision left unchallenged.
  unless: @injury ..8 !question*
  # "never in question", "asked no questions about where it came from" (curiosity), "not challenged by the worker" (what went
  # unchallenged comes before "by": a parent's account is face_value, a decision has its own pattern).
  unless: in question | (asked | ask | asking) (no | any | few) questions | (challenged | questioned | disputed | contested) by
nomatch: The concerns were not pursued after the nursery had raised them twice.   # r20pa
pattern: (concern* | unease | disagreement | worries | doubts) ..10 (!escalated | !raised formally | informal* | privately | never escalated | not escalated)
  # Concerns put informally to a parent, doubts about a parent's account (face_value), a matter handled informally inside
  # one agency: not a disagreement between professionals left unvoiced (r17b).
  unless: (with | to) (the | her | his | their)? (mother | father | parent | parents | carer | carers) | dealt with informally
# r20pa: dissent not pursued is challenge; concerns not pursued are challenge only against a decision or a refusal
# (a worry left there once the other agency said no, or refused to take the case), otherwise drift or thresholds.
pattern: (unease | disagreement | disagreements | doubts | misgivings | reservations) ..10 !pursued
pattern: (concern* | worries) ..10 !pursued & (declined | refused | rejected | dismissed | overruled | disagreed | decided | decision | no further action)
nomatch: Her weight loss was put down to her disability, so the safeguarding concerns were not pursued.   # r20pa
match: The nurse's concerns were not pursued once the social worker had decided to close the case.
match: The health visitor's doubts about the plan were never pursued with the conference chair.
pattern: (escalation | resolution | dispute resolution | professional disagreement) ..3 (policy | procedure | procedures | process | protocol) ..8 (!used | !invoked | !followed | !applied | +unused | not used)
pattern: (none | no one | nobody | not one) ..8 (escalat* | challeng* | made use of ..4 (escalation | resolution) | question*)
  unless: (question* | challeng*) ..4 (@parent | mother's | father's | parents' | family's | carer's | his | her | their)? ..2 @account
  # Questioning how an injury came about is about the injury (signs_of_abuse), not about another professional's decision.
  unless: question* ..10 (@injury | injur* | hurt)
  # Nobody asking how or why a thing happened is curiosity about the family, and a parent not challenged is face_value (r17b).
  unless: question* (why | how | where | when | what) | (challeng* | question*) ..2 (the)? (@parent | @child | mother's | father's | parents')
pattern: (defer* | deference | deferring) ..4 to ..6 (view | views | opinion | judgement | decision | social worker | police | consultant | psychiatrist | paediatrician | specialist | status | expertise | authority)
pattern: (went along with | acquiesced | accepted ..4 without (challenge | question*) | did not feel able to | felt unable to | reluctant to challenge | reluctance to challenge | reluctant to question | culture of politeness | difficult questions went +unasked | +unasked)
  unless: @account ..6 accepted
  unless: accepted ..3 (@parent | mother's | father's | parents') ..3 @account   # a parent's account taken on trust is face_value
pattern: (disagree* | unhappy | uneasy | worried | doubted | concerned) ..14 (but | yet | although | even though) ..8 (!escalate* | !challenge* | !pursue* | !raise* | !question* | went along | accepted | did nothing)
pattern: (disagreement | dispute) ..10 !resolved
pattern: (lack | absence) of ..2 (professional)? (challenge | escalation)
pattern: (no | little) ..2 (challenge | escalation | professional challenge)
  unless: no (need | reason) for
unless: (was | were) (escalated | challenged) ..8 (resolved | changed | and)
match: The health visitor disagreed with the decision but did not escalate her concerns.
match: The practice nurse deferred to the consultant's view even though she had doubts about it.
match: Nobody invoked the escalation procedure, although several agencies were unhappy.
nomatch: The school nurse challenged the decision, and the case was kept open.
nomatch: The disagreement was escalated and resolved within a week.

# ---- Disagreement kept private, no dissent minuted, a matter let drop, escalation routes unused (conceptsA) ----
# "the minutes show no dissent", "nobody was minuted as disputing it", "without a murmur"
pattern: (no | without (a | any)?) ..2 (dissent | dissenting | objection | objections | murmur | demur | protest | disagreement)
  unless: (dissent | disagreement | objection | objections) ..8 (because | since | given that)
  unless: ("no" | not any) (evidence | sign | indication) | (no | without) ..2 (disagreement | dissent) ..4 (because | as) ..4 (agreed | shared | right)
pattern: (nobody | no one | none ..3 (professionals | agencies | them) | not one ..2 (professional | agency)) ..6 (disputed | disputing | dissented | dissenting | objected | objecting | demurred | disagreed | contradicted | spoke up | spoke against)
  unless: (which | that) ..4 (every | all | each) ..2 (agency | agencies | professional | professionals | of them) ..3 (agreed | shared | helped | wrote | supported)
  unless: (disputed | disagreed | objected) ..6 because | (no | not) (evidence | sign) of
# Doubts kept private: voiced to a friend at work afterwards, never where the decision was made
pattern: (disagree* | unhappy | uneasy | worried | doubts | misgivings | reservations | thought ..6 (wrong | unsafe | too quickly | too soon | premature | mistaken)) ..15 (said nothing | kept quiet | stayed silent | remained silent | kept (it | this | that | her view | his view | their view | them) to (herself | himself | themselves) | waited to see | left it there | let it drop | let the matter drop | did not say so | not ..3 in the (room | meeting) | only privately | privately)
  unless: (no | not) (evidence | sign) of
pattern: (let | letting) (the matter | it | the issue | the point | the disagreement | her concern | his concern | their concern) (drop | go | rest)
  unless: (once | after | when) ..6 (confirmed | resolved | answered | settled | explained)
  unless: (did not | never | refused to) let
# Concerns raised only at the same level: repeatedly with the allocated worker, never with a manager
pattern: (raised | took | escalated | went | referred | passed | voiced) ..12 (not once | never | no further | nobody) ..4 (above | more senior | senior | higher | up the line | outside the (building | school | team | practice | nursery | ward | agency))
pattern: !(took | take | taken | raise | raised | carry | carried) ..6 (outside | beyond) (the)? (building | school | team | practice | nursery | ward | agency | department | room)
  unless: disclos* | allegation   # a child's disclosure kept in the building is a referral not made (thresholds)
# A request to think again that nobody made: no agency sought a fresh look at the outcome
pattern: !(ask | asked | request | requested | press | pressed | push | pushed | seek | sought) ..10 (reconsider* | review* ..2 (decision | it | conclusion | outcome) | look* at ..3 again | revisit* | re-examin* | second opinion)
  unless: (manager | managers | supervisor | supervision) ..4 !(ask | asked | review)
# Escalation routes and powers unused: a resolution process nobody started, a reviewing officer's referral power left idle
pattern: !(use | used | invoke | invoked | trigger | triggered | follow | followed | activate | activated) ..4 (the)? ..2 (escalation | resolution | dispute resolution | disagreement | challenge) ..2 (policy | procedure | procedures | protocol | process | route | pathway)
pattern: !(use | used | exercise | exercised) ..4 (power | powers | right | authority) ..4 to ..2 (refer | escalate | challenge | dispute | ask | call | convene)
# Talked round: "persuaded out of the referral she had come to make", "going along with the decision"
pattern: (talked | persuaded | argued | dissuaded) ..4 out of
pattern: (going along with | go along with | gone along with | fell in with | falling in with)
match: The minutes of the four meetings record no dissent from the decision to reduce visits.
match: Nobody at the conference disputed the chair's view, although most of them held another.
match: The midwife was unhappy with the decision and told a colleague, but she said nothing at the meeting.
match: The GP felt the plan was ended prematurely but took the point no further.
match: Over a year the childminder took every concern to the allocated worker, never to a manager above him.
match: No one at the school took the concern outside the building.
match: Not one agency asked for the decision to be reconsidered.
match: No agency invoked the escalation protocol in four years.
match: Although she chaired the reviews, Ms J never exercised her right to call an early conference.
match: The health visitor was persuaded out of making a referral by the duty worker.
nomatch: The disagreement was escalated to the heads of service and resolved within a week.
nomatch: There was no dissent because every agency shared the view.
nomatch: The school did not let the matter drop and wrote to the director.
nomatch: The nurse used the escalation procedure and the decision was reviewed.

# ---- Disagreement kept silent, or a decision not asked to be explained (concepts3) ----
pattern: (disagreed | disagreeing | doubts | doubted | misgivings | reservations | unhappy | uneasy | thought otherwise | felt otherwise) ..14 (said nothing | says nothing | kept (quiet | silent | it to (herself | himself | themselves)) | +let it go | +let the matter (drop | rest) | +went along | did not (say | raise | voice | press | pursue | escalate | challenge | question) ..2 (so | it | them | this | anything)?)
pattern: (accepted | went along with | deferred to | acquiesced in) ..8 (view | decision | opinion | judgement | conclusion | plan) ..10 (although | though | despite | even though) ..4 (thought otherwise | disagreed | had doubts | doubts | misgivings | reservations | felt otherwise)
pattern: (nobody | no one | none of ..3 (agencies | professionals | practitioners)) ..4 asked ..6 to (explain | justify | reconsider | review | account for)
match: The school nurse had misgivings about the decision but kept them to herself.
match: The nursery accepted the decision of the front door, although its staff thought otherwise.
match: None of the other agencies asked children's social care to explain why the plan had ended.
nomatch: The school disagreed with the decision and did not let it go: it escalated to the head of service.
nomatch: Staff were never reluctant to challenge the police, the review heard.

# concepts4 (7 December): a professional's view left unquestioned, a misgiving never voiced,
# another agency's answer accepted, the route for resolving disagreement unused, chasing given up
group: @lc4_view = view | views | reading | grading | decision | conclusion | opinion | judgement | rating | answer | description | picture
# "the consultant's reading of the scan went unquestioned", "no agency queried the police grading"
pattern: @lc4_view ..10 (!challenged | !questioned | !queried | !disputed | stood ..3 (even though | although | though | despite)) | (@professional | manager | team | chair | agency) ..3 (view | opinion | decision) prevailed
  unless: (no | not) (evidence | sign) of
pattern: !(challenged | questioned | queried | disputed) ..4 (the)? ..3 (positive | optimistic | rosy | hopeful)? @lc4_view | !(asked | questioned | queried) ..4 (on what basis | what basis | the basis | how it had been reached)
  unless: (manager | managers | supervisor | supervisors | team manager | senior manager | team leader) ..4 (question | questioned | challenge | challenged | query | queried)
# A misgiving kept to oneself: a worry about the plan never put to whoever chaired it, or nobody in the room saying so
group: @lc4_misgiving = thought | believed | sure | felt | uneasy | unease | misgivings | disagreed | unhappy | "not happy" | doubts | reservations | worried | worries
group: @lc4_unvoiced = !(say | said | raise | raised | voice | voiced | put | escalate | escalated | pursue | pursued | press | pressed | challenge | challenged) ..4 (so | it | them | her view | his view | their view | their views | her concern | his concern | her concerns | his concerns | their worries | their own worries | the point | this | the matter) | told no one | raised none | there (it | the matter) (rested | ended | stopped) | (took | take) it no further | left it there | !(felt | feel) ..2 (able | confident) to ..2 (say | raise | voice | put) | none of them ..2 (said | asked | raised | spoke) | (took | take | taken) ..2 no further | as far as ..4 went | only (once | in an email | to a colleague) | and accepted that | agreed to it | nowhere else | no further than | (raised | mentioned | voiced | put) (it | this | them | the matter | the point | her (concern | view | worry) | his (concern | view | worry)) (only)? once | !(take | took | taken) ..4 (any)? further | (allowed | let) (the)? (plan | decision | closure | discharge) ..2 (to)? (continue | stand | go ahead | proceed)
pattern: @lc4_misgiving & @lc4_unvoiced
  unless: (no | not) (evidence | sign) of
  unless: (with | to) ..3 (mother | father | parent | parents | family | carer | carers | stepfather | grandmother)   # put to a parent, not to a colleague
# Another agency's word taken: "the nurse accepted the duty team's answer", "she assumed the police knew best"
pattern: (accepted | deferred to | went along with | took) ..3 (the)? (@professional | team | duty team | chair | consultant | clinician) ..3 (answer | view | assurance | word | decision | judgement | opinion | reassurance | say-so | conclusion | conclusions | "findings" | reading | grading) | (assumed | assuming | trusted) ..2 (they | the (social worker | duty team | police | team | consultant | hospital) | social care | children's services) ..2 (knew best | knew better | had (its | their | her | his) reasons | must have known)
  unless: after (reading | reviewing | considering | discussing | checking | seeing | examining) | (rightly | reasonably | correctly) accepted   # a view weighed before it was accepted (lexprec)
# The route for resolving disagreement unused: "the escalation protocol was never invoked by any agency"
pattern: (escalation | dispute resolution) (route | process | protocol | procedure | policy | stage | stages) ..15 (!used | !invoked | !followed | !(took | take) ..3 first step) | (route | process | procedure | protocol) ..2 for (resolving | resolution of) ..15 (!used | !invoked | !followed | !(took | take) ..3 (first)? step)
pattern: (opposite | conflicting | contrary | incompatible) (conclusions | views | opinions | readings) ..15 (!resolved | as if | !discussed)
# Chasing given up: "the school stopped chasing", "she never wrote again"
pattern: (stopped | gave up) (ringing | calling | chasing | asking | writing | pressing | emailing) | !(ring | call | write | phone | chase | email) ..2 (again | to ask why)
  unless: (@parent | carers | carer | foster carers) ..2 (stopped | gave up)
match: The consultant's reading of the scan went unquestioned by every other agency.
match: Privately the youth worker had doubts about the closure, yet he never raised them at the review.
match: The health visitor accepted the duty team's answer that the family were coping.
match: She assumed the police knew best and let the matter drop.
match: The escalation protocol was never invoked by any of the agencies involved.
match: After two unanswered emails the school stopped chasing.
nomatch: The police grading was challenged by the health visitor and raised to high risk.
nomatch: The school nurse was uneasy about the plan and put her view to the chair the same day.
nomatch: The escalation protocol was used twice and both disagreements were resolved.

# lexjudge (7 December): a worry taken no higher, a colleague's view not felt safe to question, a decision nobody asked
# the deciding agency to explain, another agency's judgement adopted as it stood.
group: @senior = head of service | heads of service | senior manager | senior managers | service manager | director | assistant director | designated safeguarding lead | lado | conference chair | the chair | more senior | above (her | him | them)
pattern: !(refer | referred | take | took | taken | raise | raised | escalate | escalated | pass | passed | put) ..6 to ..3 @senior
  unless: (family | child | children | baby | mother | father) ..2 (to | was | were) ..3 @senior
pattern: !(ask | asked | request | requested) ..2 to (speak | talk) (to | with) ..3 (a | the | any)? ..2 (manager | managers | @senior)
pattern: !(feel | felt | feeling) ..2 (able | confident | empowered | safe | comfortable) to ..4 (challenge* | question* | press* | push* | chase* | disagree* | escalat* | query | querying | contradict*)
  unless: (with | to) ..3 (mother | father | parent | parents | family | carer | carers)
  unless: (no | not any | little) (evidence | sign | indication) (that | of)
nomatch: The review found no evidence that practitioners felt unable to challenge one another.
pattern: (nobody | no one | none ..3 (agencies | professionals | practitioners) | no agency | not one ..2 (agency | professional) | never) ..2 asked ..4 (the)? (@agency | chair | consultant | team | manager | duty team) ..2 (why | how | on what basis) ..10 (decided | decision | graded | closed | rated | concluded | judged | assessed | ended | stepped down | reached)
pattern: (@professional | probation | consultant | psychiatrist | paediatrician | camhs | team | service) ..3 (@lc4_view | assessment | grading) &20 (adopted | accepted | taken up | followed | repeated) ..6 (as it stood | wholesale | unchanged | unaltered | without ..2 (question | challenge | comment | scrutiny) | unquestioningly | uncritically)
match: The health visitor logged the worry in three successive records yet never took it up to a senior manager.
match: The head teacher never asked to speak to a manager about the closed referrals.
match: Staff in the nursery did not feel confident to press the social worker when she did not reply.
match: Nobody asked the police why the incident had been graded as standard.
match: The probation officer's assessment that Mr K posed a low risk was adopted by every other agency as it stood.
match: The health visitor thought the case was closed too early; she told her own manager, and there it rested.
match: The review found that the nursery, although worried, took the duty team's word as final.
match: The GP accepted the consultant's conclusion, although the practice had seen two earlier injuries.
nomatch: The health visitor took the disagreement to the head of service, who reversed the decision.
nomatch: The school nurse felt confident to challenge the social worker and did so at the core group.
nomatch: The mother's explanation was never challenged by the social worker.
nomatch: Mrs O's love for her children was never in question.
nomatch: Staff asked no questions about where the new phone had come from.
nomatch: Nursery staff had not felt able to raise the matter with the child's mother.
nomatch: The concerns that had led to the plan had not been resolved when it closed.
nomatch: Two members of staff heard the disclosure, and neither took it beyond the school.

# lexjudge, hard-train pass: told it was someone else's matter and left it there, a view held going in and given up in
# the room, deference in so many words.
pattern: (was | were) ..2 told ..12 (left it there | let it (drop | go | rest) | let the matter (drop | rest) | took it no further)
  unless: (child | young person | girl | boy | mother | father | parent | parents) ..3 (was | were) ..2 told
pattern: (believing | convinced | sure | certain | thinking | arguing) ..15 (came out | left | ended | finished) ..4 (having)? (agreed | agreeing | accepted | accepting | persuaded | signed up | conceded | conceding | backed down | given way | talked round)
pattern: (you | they | she | he | the police | social care | the social worker | the consultant | the doctor) ("know" | "knew") (best | better)
  unless: (not | never) ..2 (assume | assumed) | !assume*
match: Each time the housing officer phoned about the noise she was told it was not her concern, and she took it no further.
match: Convinced the baby needed a paediatrician, the midwife left the call having accepted that a home visit would do.
match: Her last message to the duty team reads simply: 'you know better, I'll leave it with you'.
nomatch: Convinced the baby needed a paediatrician, the midwife left the call with an appointment booked for that afternoon.
nomatch: The mother was told the outcome and accepted it.
# lexprec (7 December): an account taken on trust, supervision that did not question
nomatch: The boy's claim that he was at a friend's was taken without question by the officer who found him.
nomatch: Supervision notes show the case was discussed twice, and neither discussion challenged the plan.
nomatch: The absence of managerial scrutiny let a hopeful view of the father's progress go unquestioned.
match: The nurse took the duty team's word that the case was closed and did not question it.
match: The school did not challenge the decision to end the plan, although its staff disagreed.
nomatch: The nursery kept its worries about the bruises in a folder and never passed them outside the building.
nomatch: The GP accepted the paediatrician's opinion after reading the full report.

# r17b (7 December): deference against one's own evidence, a place not felt to be one's own, each agency waiting on
# another, nobody going back to ask why a decision was made, a view taken as final, a challenge rebuffed and dropped.
pattern: (agreed with | accepted | went along with | deferred to | signed up to | backed | endorsed | supported) ..12 (although | though | even though | despite | while | when) ..6 (her | his | their | its) own (visits | observations | view | views | records | assessment | assessments | evidence | knowledge | experience | concerns | notes | findings | worries | doubts)
  unless: (agreed with | accepted | backed | supported) ..3 (the)? (@parent | mother's | father's | parents' | family's | child's | young person's)
pattern: not (their | her | his | my | our) (place | role | job | business) to ..2 (question | challenge | query | disagree | dispute | second-guess | contradict | escalate | argue) | !(want | wanted | wish | wished) to ..2 (second-guess | tread on ..2 toes | step on ..2 toes | undermine)
  unless: (with | to) ..3 (mother | father | parent | parents | family | carer | carers)
pattern: waited for ..4 (another | someone else | somebody else | others | the other | other agencies | one another | each other) ..3 to (object | challenge | raise | escalate | act | speak up | say | question | take the lead) | (assumed | expected | presumed) (that)? ..3 (someone | somebody | another agency | another professional | others | the other agency) ..3 (else | more senior)? would ..2 (challenge | raise | escalate | object | question | pursue | pick | take)
pattern: (nobody | no one | no agency | none of ..3 (agencies | professionals | them) | not one ..2 (agency | professional | practitioner) | never) ..8 (ask* | query* | queried | question*) ..3 why ..12 (decided | decision | graded | closed | rated | concluded | judged | ended | stepped down | screened out | refused | declined | turned down | not accepted | not progressed | downgraded) | (nobody | no one | no agency | never | not one ..2 (agency | professional)) ..3 (went | go | gone | came) back to ..4 (to)? (ask | query | challenge | question | press | argue)
pattern: (@lc4_view | assessment | word | say-so) ..6 (treated | taken | accepted | regarded | seen) as (final | the final word | the last word | definitive | conclusive | decisive | beyond question)
  unless: (@parent | mother's | father's | parents' | family's | child's) ..2 (@lc4_view | word | say-so | account)
pattern: @lc4_view ..12 !(put | taken | raised | voiced) to ..3 (the)? ..2 (chair | conference | manager | meeting | core group | @senior)
pattern: (dismissed | rejected | brushed aside | overruled | rebuffed | turned down | told (it | this) was not ..3 (matter | concern | business)) ..15 ((took | take | taken) ..3 no further | let it (drop | go | rest) | left it there | accepted (that | it | this) | !(pursue | press | push | chase) (it | the point | the matter | them))
  unless: (@parent | mother | father | parents | family | young person | girl | boy) ..3 (dismissed | rejected | turned down | rebuffed)
match: The midwife thought the discharge plan was unsafe and said so to the ward sister and nowhere else.
match: The school agreed with the social worker's plan, although its own records showed the boy arriving hungry most days.
match: Teachers told the review it was not their place to question a decision made by social workers.
match: Each agency waited for another to object to the closure, and none did.
match: The nursery assumed that someone more senior would take the matter up.
match: Nobody went back to the duty team to ask why the contact had been closed.
match: The paediatrician's opinion was treated as the last word by every agency at the meeting.
match: The school's view of the mother's progress was never put to the conference chair.
match: The housing officer's worry was dismissed by the duty worker, and she took it no further.
nomatch: The decision about a conference was deferred to the following month.
nomatch: Nobody questioned why the baby had been taken to three different hospitals.
nomatch: Little challenge was offered to the mother's account of the father's absence.
nomatch: The school agreed with the social worker's plan because its own records showed the boy was thriving.
nomatch: The mother rejected the offer of a parenting course and the worker took it no further.
nomatch: The school's view was put to the conference chair, who changed the plan.
nomatch: The school's worries were raised informally with the mother at the gate.
nomatch: Doubts about the father's account were privately held by the health visitor but never put to him.
nomatch: The parents did not challenge the decision to move the children.

# lead (session 18): the point nobody made in the meeting; two views held apart and never settled.
pattern: (nobody | no one | none of ..3 (professionals | agencies | practitioners | members)) ..8 (pointed out | raised the (point | question | fact) | drew attention)
  unless: ("no" | not any) (evidence | sign)
pattern: (different | differing | conflicting | opposing | divergent | contrasting) (views | opinions | positions | understandings | readings | conclusions) ..15 (!resolved | never resolved | +unresolved | !settled | !reconciled | +left)
  unless: (were | was) (resolved | settled | reconciled) ..3 (at | by | in | through)
match: Nobody at the core group pointed out that the boy had lost weight again.
match: The paediatrician and the police held different views about the injury, and these were never resolved.
match: The school and the social worker reached conflicting conclusions about the risk, which were left unresolved.
nomatch: The paediatrician and the police held different views about the injury, which were resolved at a strategy meeting.
nomatch: The chair pointed out that the boy had lost weight, and the plan was changed.
# Deference in the practitioner's own words: "it wasn't my place to say" (lead, session 18).
pattern: ((was not | wasn't | was no longer | not) (my | her | his | their | our) place | not for (me | her | him | them | us) to (say | question | challenge | decide))
  unless: (not | never) ..2 (felt | thought) ..2 (it | that)? ..2 (was not | wasn't) (my | her | his | their) place
match: The health visitor thought the plan was unsafe but, as she said, it was not her place to question it.
match: The teacher told the review that it wasn't his place to challenge the social worker.
nomatch: The school's place in the plan was to report any absence the same day.

# ---- r20a (8 December, issue 10): the report register ----
# A disagreement that went nowhere: "the differing views ... were not resolved", "the health visitor's disagreement was never raised".
group: @lc_dissent = disagreement | disagreements | differing views | different views | conflicting views | opposing views | difference of opinion | differences of opinion | difference of view | differences of view | professional disagreement | dissent | reservations | misgivings
pattern: @lc_dissent ~ (!(raise | raised | escalate | escalated | resolve | resolved | pursue | pursued | voice | voiced | settle | settled | reconcile | reconciled | take ..2 further | taken ..2 further) | +unresolved | +unvoiced | +unspoken | went no further | left unresolved | allowed to (rest | lapse | drop))
  unless: ("no" | not any | "little") (evidence | sign | indication) | (no | without) ..2 @lc_dissent
  # "considered whether there had been a failure to escalate disagreement" asks; the reading takes "failure to" inside it as a fact
  unless: whether ..4 (failure | failures | lack) (to | of)
  unless: (with | to) (the | her | his | their)? (mother | father | parent | parents | carer | carers | family)   # put to a parent, not a colleague
pattern: @lc_dissent ..10 (which | that) ..3 !(raised | escalated | resolved | pursued | voiced | put | recorded)
  unless: (with | to) (the | her | his | their)? (mother | father | parent | parents | carer | carers | family)
# Went along with it while holding the opposite view: "accepted the closure even though she considered the risk high".
pattern: (accepted | agreed to | went along with | acquiesced in | deferred to | signed up to) ..6 (closure | closing | decision | outcome | plan | conclusion | view | step-down | stepping down | no further action) ..12 (although | though | even though | despite | while) ..4 (considered | thought | believed | felt | judged | regarded | remained ..2 (worried | concerned | uneasy | anxious) | (had | having) ..2 (concerns | doubts | reservations | misgivings))
  unless: (although | though | even though | despite | while) ..2 (the)? (@parent | mother | father | family | child | young person)
match: The differing views of the school and the police about the risk to the girl were never resolved.
match: The midwife's reservations about the discharge plan were not voiced at the meeting.
match: The hospital's disagreement with the decision, which was never escalated, was recorded only in its own notes.
match: There was a difference of opinion between health and children's social care, which was never resolved.
nomatch: The differing views of the police and the school were resolved at a strategy discussion the next day.
nomatch: The social worker's reservations about the plan were raised with the team manager and the plan was changed.
match: The school accepted the decision to step the case down although staff considered the boy to be at risk.
match: The health visitor went along with the plan even though she had serious doubts about it.
nomatch: The school accepted the decision to close the case although the mother felt more support was needed.
# Another agency's view taken too readily: "the school too readily accepted the decision of children's social care".
pattern: (too readily | readily | too easily | uncritically) (accepted | deferred to | agreed with | went along with | adopted) ..6 (decision | view | views | assessment | judgement | opinion | conclusion | advice | position) ..4 (of)? ..3 (@agency | @professional | children's social care | social care | conference | chair)
match: The nursery too readily accepted the decision of children's social care to take no action.
match: The GP readily deferred to the view of the paediatrician that the mark was a birthmark.
nomatch: The GP considered the view of the paediatrician carefully before agreeing with it.
