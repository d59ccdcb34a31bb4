id: disguised_compliance
label: Disguised compliance and non-engagement
description: Apparent cooperation that hid non-engagement; appointments missed or the child not brought; parents avoiding professionals, cancelling visits, refusing access.
# ---- Concepts: what this theme evaluates ----
group: @engagement = engagement | engaged | cooperation | cooperated | cooperate | co-operation | compliance | complied | attendance | participation
group: @appointment = appointment | appointments | visit | visits | clinic | session | sessions | check-up | immunisation | immunisations

# ---- Concept patterns ----
pattern: @engagement ~ +(superficial | apparent | apparently | only apparent | token | tokenistic | false | disguised | in name only | on the surface | @weak | sporadic | intermittent | erratic | poor)
  unless: engagement ..3 (with | of) ..3 (@agency | professionals) ..3 (improved | good) | (child | children | young person) ..3 (engagement | attendance) | attendance (at | in) (school | college | nursery | class | lessons) | school attendance | compliance (with | of) ..5 (procedure* | policy | policies | guidance | protocol* | standards | timescales | requirements) | (tried | try | trying | attempt | attempts | attempted | effort | efforts) ..2 to (engage | involve)
pattern: (agreed | agree | agreeing | signed up | appeared | seemed | promised) ..10 (completed | carried out | did | made | followed) ..2 (none | nothing | little | no)
pattern: (@appointment) ~ +("missed" | "cancelled" | "cancelling" | not attended | unattended)
  unless: +followed up | rebooked | (review | this review) ..4 (cancelled | postponed) | (@professional | @agency) ..4 (cancelled | missed | postponed) | for (good)? reasons | otherwise ..4 (good | excellent) | research | sample | (rearranged | rebooked) ..6 (herself | himself | themselves | promptly)
pattern: !(bring | brought | attend | attended | kept | keep) ..4 @appointment
pattern: (was | were | had been) ..2 !taken ..4 @appointment
pattern: @parent ..3 !(engage | engaged | cooperate | cooperated | comply | complied) ..3 (fully | genuinely | properly | consistently | meaningfully | with)
pattern: +(appeared | seemed) ..4 (to)? (cooperate | cooperating | comply | complying | engage | engaging)

# ---- Phrase patterns: particular ways of saying it ----
pattern: disguised compliance | superficial* (engagement | compliance | cooperation | engage*) | apparent (cooperation | compliance | engagement) | engagement was superficial
  unless: !disguised
pattern: (engagement | cooperation | compliance) ..4 (superficial | apparent | token | false | disguised | not genuine)
pattern: (was | were) !brought ..4 (to | appointment* | clinic)?
  unless: (charge | charges | proceedings | prosecution | prosecutions | claim | claims) ..3 !brought | (was | were) !brought ..3 (to ..3 attention | before | into | together) | (one | a single) appointment ..6 (promptly | rebooked | rearranged)
pattern: (did not | failed to | not) (attend | bring) ..4 (appointment* | clinic | session* | meeting* | immunisation* | review*)?
  unless: (@professional | @agency) ..1 (did not | failed to | not) attend   # a professional's absence is not the family's non-engagement
  unless: attend ..4 strategy (discussion | discussions | meeting | meetings)   # professionals attend strategy discussions, not families
  unless: (because of | due to) ..4 (hospital appointment | illness)
pattern: (+missed | cancelled | canceled | rearranged | broken) ..3 (appointment* | visit* | session* | meetings)
  unless: (one | a single | single) ..2 (missed | cancelled) | promptly | +followed up | rebooked | for (good)? reasons | reasons ..4 confirmed | otherwise ..4 (good | excellent) | (rearranged | rebooked) ..6 (herself | himself | themselves)
pattern: appointments ..4 (continued to be | repeatedly | were) +missed
  unless: +followed up
pattern: (+missed | cancelled) appointments
  unless: +followed up | promptly
pattern: (cancel* | avoid* | evad* | refus* | obstruct*) ..4 (visit* | contact | access | professionals | appointments | to engage | entry | scrutiny)
  unless: (refusal | refusals) ..6 (not | understandable | reasonable) | research | sample
  # A young person's own refusal is read for adolescents, not as a parent keeping professionals out.
  unless: (@child | young person) ..1 's (refusal | refusals | reluctance) | (@child | young person) ..1 (refused | declined)
pattern: (called | visited | knocked | visit | visits | call | calls) ..8 no (answer | reply | response)
pattern: (door | doors | telephone | phone | calls | messages | letters) ..4 (+unanswered | !answered)
  unless: (email | emails | invitation | invitations | request | requests | referral | referrals) ..4 (+unanswered | !answered)
# An email or invitation from one professional to another that went unanswered, and a visit held on the doorstep,
# are other themes: what counts is the family keeping people out (lexjudge).
pattern: (no access | could not gain access | not gain access | unable to gain access | went +unanswered | not at home when | not in when | out whenever | kept ..3 on the (doorstep | step) | arm's length | keeping professionals at)
  unless: (email | emails | invitation | invitations | request | requests | referral | referrals | message | messages) ..8 +unanswered
pattern: !(allow* | let) ..6 (into | in | access | health visitor | social worker | see)
  # "nobody let the health visitor know" is information not passed on (concepts3)
  unless: let ..6 know
pattern: (told ..3 what they wanted to hear | telling professionals what | nothing changed at home | said the right things)
  # "if nothing changed at home" is a condition, not a finding (concepts3)
  unless: (if | unless | whether) nothing changed
pattern: ("agreed" | "agree" | "attended" | "engaged") ..12 (but | yet | while) ..10 (did little | nothing | little or nothing | did not change | not change | no change | not completed | none of)
pattern: (none of the agreed actions | actions ..4 not (completed | carried out)) 
pattern: (cleaned | tidied) before ..3 (announced | planned)? visits?
pattern: (withdrawn | removed) from school ..6 (home educat* | avoid*)
pattern: (moved | move) ..4 (address | house | home) ..6 (times | repeatedly | frequently) & (each time | every time | whenever | shortly after | soon after | before | without (telling | informing | notice | a forwarding) | no forwarding | lost touch | out of touch | avoid* | could not be (found | traced) | difficult to (find | trace | track) | hard to (find | trace) | new worker | allocated)
pattern: avoid* ..3 (scrutiny | detection | professionals)
# "the mother always had a reason why the visit could not go ahead"
pattern: (reason | reasons | excuse | excuses) ..5 (why | for)? ..4 (visit* | appointment* | meeting* | access) ..4 (could not | cannot | couldn't | did not | not go ahead | inconvenient | not convenient)
pattern: "dna"
unless: (always | all) ..4 (attended | brought)
unless: (one | a single) appointment ..6 (promptly | rebooked | rearranged)
unless: engaged (well | genuinely | fully)
# A missed appointment with a reason and a new date is not non-engagement: "did not attend because she was ill, and the
# mother rebooked it the same week".
unless: because ..3 (was | were | had been) ..2 (ill | unwell | poorly | in hospital | admitted | in custody | in prison | on remand | at work | working | not invited | never invited)
unless: (rebooked | re-booked | rearranged | re-arranged) ..4 (the)? (same | next | following) (day | week)
# One visit with no one in, made good at once: "..., so the worker came back the next day and saw the family".
unless: (came back | went back | called back | returned | visited again) ..8 +(saw | seen | met | spoke)
# Children in general, in the present tense: "children who are not brought to appointments are more likely to be neglected".
unless: (children | babies | child | baby) who ("are" | "is") (not | never) (brought | taken)
# Things "not brought together" or "not brought to supervision" are not children kept from appointments.
unless: !brought ..3 (together | forward | into | to ..3 (attention | notice | supervision | panel | meeting | conference | court))
match: The family repeatedly cancelled home visits at short notice.
match: The toddler was not brought to three hearing appointments.
match: Although the clinic letters were sent, the missed appointments were never followed up.
match: The health visitor knocked twice that week and there was no answer.
match: The father always had an excuse for why appointments could not be kept.
nomatch: The concerns were not brought to supervision until the spring.
nomatch: Each missed appointment was followed up with a call the same day.
match: The mother's cooperation was superficial; nothing changed at home.
nomatch: The parents engaged well and attended every appointment.
nomatch: Practitioners should be alert to disguised compliance.
unless: not a feature | (no | not) ..2 (evidence | sign) of ..3 (disguised | avoid* | evasi*)
# What other reviews or research have found is the literature, not this case ("reviews of this kind have often identified parents who appear cooperative");
# the reading's general-statement cue wants the present tense, so the perfect is guarded here and in rule_of_optimism
group: @others_found = ("reviews" | "studies" | research | literature) ..6 (identified | found | shown | highlighted | described | noted | linked | reported | warned)
unless: @others_found
nomatch: Reviews of this kind have often identified cases where parents appear cooperative but nothing changes at home.
nomatch: National studies have repeatedly shown that families may seem to engage while avoiding real change.
match: This review found that the parents appeared cooperative while the home conditions did not change.

# ---- Appointments rebooked and cancelled, never in, agreeing to everything and doing none of it (conceptsA) ----
# "the check was rebooked five times at the mother's request", "visits put off with a different excuse"
pattern: (@appointment | check | checks) ..8 (rebooked | rearranged | re-arranged | cancelled | put off | called off) ..8 (times | each time | repeatedly | again and again | at ..3 request | by (the)? ..2 (family | mother | father | parents | @parent) | excuse | excuses)
  unless: (by | at the request of) (the)? ..2 (hospital | clinic | practice | service | worker | social worker | health visitor | school | team | professionals) | promptly | for reasons ..4 confirmed | (manager | worker | practitioner | nurse | gp | professional | team | service | clinic | hospital | practice | consultant | officer) ..4 (cancelled | rebooked | rearranged | put off | called off)
pattern: (cancellation | cancellations | no-show | no-shows) ..4 (by | from) ..3 (@parent | family | her | him | them)
pattern: (different | new | another | a fresh) (excuse | excuses | reason each time)
# Never there: the family always out at visit time, with the door and the phone both left unanswered
pattern: (never in | always out | "not in" | not at home | no answer | no reply | door ..3 (shut | closed | unanswered | not answered) | curtains ..2 drawn | phone ..3 (switched off | turned off | unanswered | not answered | off)) & (visit | visits | visited | called | calls | arrived | each time | every time | on the days | whenever)
  unless: (worker | social worker | health visitor | officer | professional | practitioner | nurse | manager | gp) ..3 (was | were) ..2 (never in | always out | not in | not at home)
# a flat no to every offer, or a parent barring the door to workers
pattern: (refused | rejected | turned down | declined | refusal) ..2 (all | every | each) ..3 (of them | offer | offers | attempt | attempts | approach | approaches | visit | visits)?
  unless: (but | although | yet) ..6 (made sure | ensured | took | brought | attended | accepted)
  unless: (child | young person | boy | girl) ..3 (refused | declined)
pattern: (refused | refusal | refusing | would not | declined | declining) ..3 (to)? ..2 (let | allow | admit) ..4 (in | into | inside | access | entry)
# Letters back from an address the family still lived at; moves nobody was told of
pattern: (returned letter | letters ..4 (came back | returned | sent back) | not known at this address | moved ..6 without (telling | informing | notice))
# Going through the motions: taking part only as far as keeps the court away; saying yes to each action and doing none
pattern: (engaged | engagement | kept | attended | cooperated | co-operated | complied | did) ..3 just enough
pattern: (agreed | signed up | promised | said yes | assented | consented) ..4 (to)? ..3 (everything | every | each | all) ..10 (nothing | none | never | not one | little)
  unless: (no | not) (evidence | sign) of
pattern: (came to | attended | went to | kept | turned up to | turned up for) (only | just)? (one | two | three | four | five | six | seven | eight | nine | a few | a handful | half | fewer than half | less than half) of (the | his | her | their)? ..3 (meetings | appointments | visits | sessions | contacts | groups)
match: The baby's hearing check was rebooked four times at the mother's request.
match: The records show thirty cancellations by the family in two years.
match: Each visit was put off with a different excuse.
match: The mother was never in when the family support worker called.
match: Through the winter the father left the door closed and his mobile turned off on the days the nurse visited.
match: Letters, calls and evening visits were tried; the father refused all of them.
match: The assessment stalled because Mr B would not allow the nurse inside the flat.
match: Letters to the flat came back marked not known at this address, although the family still lived there.
match: The mother engaged just enough to keep the case out of court.
match: The parents agreed to every step of the plan and completed none of it.
match: He came to three of the sixteen core group meetings.
nomatch: Two appointments were rebooked by the clinic because the consultant was ill.
nomatch: When the father could not make a clinic date he rebooked it himself within the week, to fit around his work.
nomatch: The social worker was never in the office on Fridays.
nomatch: The parents agreed to every step of the plan and completed all of it on time.
# "the parents presented as cooperative but did not make the changes required"
pattern: (presented | appeared | seemed | came across | looked) ..3 (cooperative | co-operative | compliant | engaged | willing | keen | to cooperate | to engage | to comply | to accept help) ..10 (but | yet | although | while | however) ..8 (did not | no | never | little | not | nothing | none)
  unless: (no | not) (evidence | sign) of
match: The parents presented as cooperative but did not make any of the changes asked of them.
nomatch: The parents presented as cooperative and made every change asked of them.
# "the family moved frequently, which made it hard to keep in contact"
pattern: (moved | moves | moving) ..3 (frequently | repeatedly | often | several times | many times | (three | four | five | six | seven) times) ..12 (difficult | hard | lost | lose | losing | without (telling | informing | notice) | out of touch | track)
  unless: (rehoused | rehousing | evicted | eviction | housing (moved | placed)) | (no | not) (evidence | sign) of
match: The family moved house repeatedly, and each time professionals lost track of them.
nomatch: The family moved house once, with the social worker's help.

# ---- Not there when expected, or access only so far (concepts3) ----
# "the curtains were drawn and no one came to the door", "never at home on the agreed days", "let her into the kitchen but never upstairs"
pattern: (no one | nobody | no-one) ..2 (answered | came to the door | opened the door | answered the door | was in)
  unless: (empty | moved out | left the area | in hospital | away on holiday)
pattern: (never | not | rarely | seldom | hardly ever) ..3 (found | at home | in | there | available) ..4 (on | at)? ..2 (the)? (agreed | arranged | planned | booked) (days | times | visits | appointments)
pattern: (let | allowed | showed) ..6 (into | in) ..4 (but | and)? ..2 (never | not | no further) ..3 (upstairs | bedroom | bedrooms | beyond | the rest of)
match: On four visits the blinds were closed and no one answered the door.
match: The parents were hardly ever at home at the agreed times.
match: The worker was allowed into the front room but never upstairs.
nomatch: No one answered the door because the family had moved out the week before.
nomatch: The father missed one appointment in March and attended all the others.

# one missed among many kept is no pattern of non-engagement (concepts3)
unless: (attended | kept | went to) ..3 (all | every | each) ..3 (others | other | rest)

# a term named and then ruled out on the evidence (concepts3)
unless: (ruled out | not borne out)
nomatch: Disguised compliance was considered at the core group and ruled out on the evidence.
nomatch: When the family moved, nobody let the new health visitor know.
nomatch: The toddler did not attend the hearing test because he was unwell, and his father rebooked it the next week.
nomatch: Babies who are not brought to their checks are at greater risk, and clinics should follow them up.

# concepts4 (7 December): agreement given and nothing done; visits steered, put off or kept to one room
# Agreed, then nothing: "signed the agreement at each meeting and started none of it", "agreed in principle, in practice never in".
group: @then_not = in practice | never | not one | none of | broke | broken | within days | clashed | no record | had not ..2 (started | begun) | in principle
pattern: +(@parent | she | he | they | family) ..4 (agreed | signed | assented | consented | promised | said ..2 happy to) &25 @then_not
  unless: (and | then) ..3 (kept | followed | did) ..3 (it | them | so | every) | family group conference
# The visit steered away: "whenever a visit was booked the children were said to be out", "kept off school on visit days".
pattern: (whenever | each time | every time | on each of | on the days of | each ..2 (visit | review) | (each | every | any) (day | occasion)) ..10 (visit | visits | review | seen | booked | arranged | rang ahead | planned | due) &15 (reason | kept ..2 (home | off) | moved | moving | said to be | cancel* | at the (gate | door) | not suit | out | (would | always) ..2 (say | said | tell | told))
# Contact left unanswered: "none of the letters was answered", "she stopped returning calls", "to none of the next ten".
pattern: (none | not one) (of)? ..3 ("calls" | "letters" | "texts" | "messages" | "appointments" | after it | next) | (stopped | never) ..2 (answering | returning | replying | responding) | (none | not one) ..3 (was | were) (answered | returned | kept)
  unless: (no | not) ..2 (need | reason) | (none | not one) ..3 (missed | cancelled)
# Only what the family chose to show: "visits were always announced", "let workers no further than the living room".
pattern: (always | all | each | every | only) ..3 (announced | pre-arranged | arranged in advance) | unannounced ..6 (found | revealed | showed) | only (into | in) the (front room | living room | kitchen | hall)
  unless: (no | not | never) ..3 (announced | pre-arranged) | (began | started | chose | decided) to ..3 unannounced
match: The father signed the agreement at every meeting, and not one of its actions was ever begun.
match: Whenever a visit was booked, the children were said to be out with their aunt.
match: The health visitor sent four letters and none of them was answered.
match: All visits were announced in advance, and the worker never saw the back bedroom.
nomatch: The father signed the agreement and then kept to every part of it.
nomatch: Visits were never announced, and the worker saw every room.

# lexjudge (7 December): a not-brought policy named or applied is a procedure, not a family's avoidance; a label the
# agency put on a family's absence ("logged as a refusal", "read as obstruction") is the agency's reading, which the
# review questions (diversity, thresholds), not non-engagement it found.
unless: (was not brought | not-brought | not brought | did not attend | did-not-attend | dna) ..2 (policy | procedure | protocol | pathway) ..3 (was applied | is applied | was followed | is followed | was used | under which | triggers)
unless: (read | recorded | logged | interpreted | labelled | misread | mistaken for) ..2 as ..2 (obstruction | refusal | refusals | non-engagement | hostility | avoidance)
nomatch: The trust's not-brought policy was applied, and the GP was contacted after the second missed appointment.
match: Although the girl missed four dental check-ups in a row, the practice never acted under its child-not-brought procedure.
nomatch: The nurse's email to the social worker went unanswered.
nomatch: The father does not hear, so calls to him went unanswered, and the agency logged this as a refusal to engage.
nomatch: The invitations to the conference went unanswered by the practice.
nomatch: The police investigation ended in May, and no charges were brought.
nomatch: There is little evidence that practitioners tried to engage Mr W.
nomatch: Compliance with the authority's supervision policy was poor.
nomatch: The locum could not attend any strategy discussions that month.
nomatch: Child R's refusal to attend appointments at sixteen was taken as the end of agency responsibility.
nomatch: The worker spoke with the mother on the doorstep and arranged to come back.
match: The mother kept the social worker on the doorstep at each visit.

# Appointments that came and went without the child, a family out of reach, changes of GP or school ahead of the records,
# agreement in meetings with nothing behind it (lexjudge).
group: @dc_slot = appointment | appointments | check | checks | check-up | immunisation | immunisations | screen | screening | clinic | clinic dates | session | sessions | dates | review | reviews
pattern: @dc_slot ..10 (came and went | passed without | went by without | went ahead without | all passed)
  unless: (professional | worker | health visitor | nurse | doctor | gp | consultant) ..2 (came and went)
pattern: (@parent | she | he | they) ..6 (could not | couldn't | not) be (reached | contacted | found | traced) | (@parent | she | he | they) ..3 (became | was | were | remained) +uncontactable
  unless: (because | as) ..4 (in hospital | admitted | moved | died | abroad)
pattern: (changed | switched | moved | swapped) ..2 (gp | gps | practice | practices | surgery | surgeries | school | schools | nursery | nurseries) ..8 (times | repeatedly | often | frequently | each time | before ..4 (records | notes | file))
  unless: (because | as) ..4 (rehoused | moved house | evicted)
pattern: (agreement | agreements | promise | promises | assurance | assurances | cooperation | co-operation | compliance | engagement | words) ..8 (!matched | !followed | !translated | !reflected | !backed | !borne out)
  unless: (no | not) (evidence | sign) of
pattern: (made sure | making sure | ensured | ensuring | saw to it) ..3 (no | nobody | no one | never | not) ..6 (saw | see | seen | went | got | upstairs | bedroom | bedrooms | inside | alone)
match: The two immunisation dates and the hearing screen all passed without the baby.
match: After the first visit the clinic dates came and went, and the family could not be reached by phone.
match: The parents changed GP three times in a year, each time before the records had arrived.
match: The mother's agreement at meetings was not matched by any change at home.
match: The father was polite at meetings while making sure no professional ever saw the upstairs of the house.
match: Child F was kept off school on each day the school nurse was due to see her.
match: Whenever the worker rang ahead, the mother would say the children were at their grandmother's.
nomatch: The family moved school once, when they were rehoused, and the records followed the same week.
nomatch: The mother's agreement at meetings was matched by real change at home.
nomatch: The parents made sure the worker saw every room.

# lexjudge, hard-train pass: a count of meetings kept against the whole, empty slots, a door kept shut, rooms nobody was shown.
pattern: (came to | come to | attended | went to | kept | turned up (to | for)) (only | just)? (one | two | three | four | five | six | seven | eight | nine | a few | a handful | half) of (the | his | her | their)? (ten | eleven | twelve | thirteen | fourteen | fifteen | sixteen | seventeen | eighteen | nineteen | twenty | thirty | forty)
pattern: empty slot | empty slots | no-show | no-shows
pattern: kept ..2 (the)? (door | doors | curtains | blinds) ..2 (shut | closed | locked | drawn)
  unless: (for | because of) ..3 (safety | fear) | (refuge | injunction | non-molestation)
pattern: (no | never | not) ..3 (professional | worker | practitioner | one | anyone) ..2 (was | were)? ..2 (shown | let | allowed | taken) ..4 (bedroom | bedrooms | upstairs | room | rooms | house | flat)
match: He was polite at every meeting and came to four of the nineteen.
match: The clinic log for the toddler's eczema shows six no-shows in a row.
match: The couple kept the blinds drawn for weeks and answered none of the knocks.
match: No professional was shown the children's bedrooms in two years.
match: Neither twin had been taken to a single immunisation clinic by the age of two.
nomatch: She kept the door locked for her safety after the injunction was granted.
nomatch: The worker was shown every room, upstairs and down.

# lexrec2 (7 December): change timed to a meeting and gone after it, cooperation that was a surface, reasons that kept
# the worker out, visits kept to the announced ones, tests agreed and never given, moves after each new worker, and a
# parent's claim of attending that the service had no record of
# "the flat was tidied before each review and the old state returned after", "attendance rose in the run-up to the hearing and fell away"
pattern: (before | ahead of | run-up to | leading up to | heading for | approach of | in time for | each time ..4 (due | planned | approaching)) ..6 (conference | review | core group | hearing | court | panel | review meeting | meeting | inspection) & (fell away | fell off | slipped back | slid back | fell back | reverted | as before | as it had been | went back to | dropped again | fell again | afterwards | once it was over | once ..2 (had)? passed | (the)? (week | day | days | weeks) after | again after)
  unless: (not | never) ..2 (fell away | slipped back | reverted)
# Cooperation as a surface: "their engagement was mostly show", "the cooperation had a veneer and nothing under it"
pattern: (cooperation | co-operation | engagement | compliance | agreement | cooperative | co-operative | engaged | willingness) ~ (appearance | appearances | show | for show | veneer | façade | facade | skin-deep | surface | front | performance | act | in name)
  unless: (not | no) ..2 (appearance | show | veneer | façade | facade | front | act)
# Always a reason the worker could not come in: "there was always some reason why the nurse could not come in"
pattern: (always | every time | each time | whenever | another | a different | a new | some | one) ..4 (reason | reasons | excuse | excuses | explanation | story) ..8 (!(come | go | visit | see | take place | go ahead | be seen | get) | inconvenient | not convenient)
# Announced visits only: "they were in for the planned visits and never for the unplanned ones"
pattern: (unannounced | unplanned | unexpected | unarranged | surprise | not announced | not planned) ..6 (visit | visits | call | calls | ones) & (!(at home | in | there | home | answer | answered) | no (answer | reply) | (nobody | no one) (answered | came | was in | was home) | always out | were out | was out | away)
# Tests agreed and never given: "the hair strand test was booked three times and she came to none", "she arrived after the clinic had shut"
pattern: (drug | drugs | alcohol | hair strand | hair | urine | breath | toxicology)? (screen | screens | screening | test | tests | testing | sample | samples) ..10 (agreed | arranged | booked | requested | offered | planned) ..15 (never | none | missed | after ..4 (closed | shut) | too late | (did not | failed to | would not) ..2 (attend | provide | give | turn up | come))
# Moved after each new worker or query: "the family changed surgery after each query from the health visitor"
pattern: (moved | changed | switched | registered) ..6 (house | address | gp | practice | surgery | school | area | authority | flat | home | elsewhere) ..12 (each time | every time | whenever | shortly after | soon after | after each | after every | days after) ..8 (allocated | allocation | query | queries | concern | concerns | referral | visit | worker | enquiry | question | questions | conference)
# A claim of attending that the service had no record of: "he said he was going to the group; the group had never heard of him"
pattern: (said | told | claim | claims | claimed | reported | assured | insisted | stated) ..12 (attending | attended | taking | going to | enrolled | was at | been to | going) & (no record of ..4 (attending | coming | her | him | them | ever | any) | had never (enrolled | attended | been | registered | heard of) | never (enrolled | attended | registered))
match: The kitchen was cleared before each core group, and within a fortnight it was as it had been.
match: The children's school attendance improved in the run-up to the hearing and fell away once it was over.
match: The review concluded that the parents' cooperation was largely for show.
match: Every time the nurse called there was another reason why she could not come in.
match: The parents were there for each planned visit but never at home for the unannounced ones.
match: A hair strand test was agreed at conference, and the father never provided a sample.
match: The family switched surgery each time a query came from the health visitor.
match: She told the worker she was attending the parenting group; the group had no record of her.
nomatch: The kitchen was cleared before the core group, and it stayed clean for the rest of the year.
nomatch: The parents' cooperation was genuine, and the changes they made lasted.
nomatch: The parents were at home for the unannounced visits and let the worker see every room.
nomatch: A hair strand test was agreed at conference and the results came back clear.
nomatch: She told the worker she was attending the parenting group, and the group confirmed it.

# lexrec2: a professional's session, request or visit that fell through is not the family keeping away, and a parent
# kept away by language, fear or a worker's sex is the agency's failure to reach them (diversity), not avoidance.
unless: supervision (session | sessions | meeting | meetings) | one-to-one | one-to-ones | cancelled by the (worker | social worker | health visitor | service | clinic | hospital | team | school | practice)
unless: (worker's | practitioner's | nurse's | teacher's | school's | gp's | manager's | social worker's | health visitor's) ..2 (request | requests | email | emails | query | queries | referral | referrals) ..8 (+unanswered | !answered | !returned | !acknowledged)
unless: (in english | "no" english | "little" english | interpreter | fear of the authorities | fear of (social workers | professionals) | (female | male) (worker | social worker | practitioner)) &12 (attend | attended | let | allow | allowed | answer | answered | engage | engaged)
nomatch: Her supervision sessions with the team leader were cancelled three times in a row.
nomatch: The nurse's emails to the GP went unanswered for a month.
nomatch: The invitation to the meeting was sent in English, which she did not read, and she did not attend.
nomatch: He would not let a male social worker into the house while his wife was alone.
match: His claim to be going to the drug service was repeated at the core group; he had never registered there.

# The home kept closed to professionals, told from their side: "did not gain entry to the flat",
# "entry to the flat was not gained", "access to the upstairs rooms was never gained".
group: @dc_home_inside = flat | house | home | property | bedroom | bedrooms | upstairs | room | rooms | address
pattern: !(gain | gained | get | got | obtain | obtained) ..2 (entry | access) ..4 @dc_home_inside | (entry | access) ..5 @dc_home_inside ..4 !(gained | obtained | given | allowed)
match: Professionals did not gain entry to the flat on four visits.
match: Access to the upstairs rooms was never gained.
nomatch: The family did not get access to a parenting course.
nomatch: Entry to the flat was gained on every visit.
# r17c (7 December): a family that moved, or missed one appointment and kept the next, is not non-engagement.
unless: +(attended | kept) ..3 (the | a)? (rescheduled | rearranged | replacement | rebooked | re-booked | new | next | following | later) ..1 (one | appointment | date | visit | session | clinic)
unless: +(missed | cancelled | rearranged) (a single | only one | just one) ..3 (appointment | visit | session | clinic)
nomatch: The mother missed a single health visitor appointment in the summer.
nomatch: The family moved house three times in the year, and each move meant a new school for the children.
nomatch: Ms P missed the March clinic appointment and attended the rescheduled one in April.
nomatch: The father did not attend the review conference because he was in custody.
match: The family moved house three times in the year, each time shortly after a new worker was allocated.
# Visits called off by phone the day before, a course dropped while telling the worker it was going well, a family
# that could seldom be reached.
pattern: (@parent | she | he | they) ..3 (would | often | always | repeatedly | again | usually)? ..2 (phone | phoned | phoning | rang | ring | ringing | call | called | calling | text | texted | texting | message | messaged) ..8 (before | ahead of | morning of) ..3 (each | every | most | many | several | the | a | an)? ..2 (visit | visits | appointment | appointments | session | sessions | meeting | meetings) & (ill | unwell | poorly | sick | cancel* | rearrang* | postpon* | put off | "not" | "away" | "out" | excuse | excuses | reason)
pattern: (stopped | stopped going | stopped attending | dropped out | gave up | ceased attending | never went back) ..12 (while | whilst | yet | but | although | even though) ..4 (telling | told | saying | said | assuring | assured | insisting | insisted | reporting | reported | claiming | claimed)
pattern: (telling | told | saying | said | assuring | assured | insisting | insisted | reporting | reported | claiming | claimed) ..8 (going well | still attending | attending | engaged | doing it | using it | following it) & (had stopped | had dropped out | had given up | had not (been | attended | gone) | never (went | attended | started | began))
# "rarely" and "hardly" are negation cues: what they qualify is read negated.
pattern: (seldom | almost never | barely ever) ~ (be reached | reached | contactable | available | answered | answer the door | responded | respond | returned ..2 (calls | messages) | at home when)
  unless: (@child | baby | he | she) ..3 (seldom | almost never | barely ever)
pattern: !(reached | contactable | available | answered | answer the door | responded | respond | returned ..2 (calls | messages) | at home when) &6 (rarely | hardly)
  unless: (@child | baby | he | she) ..3 (rarely | hardly)
match: Ms H would phone the day before each visit to say that one of the children was unwell.
match: The parents went to two sessions of the course and then stopped, while telling the social worker it was going well.
match: It is not clear that professionals recognised how rarely the family could actually be reached.
match: The mother assured the health visitor she was still attending the clinic, although she had stopped in March.
nomatch: The mother phoned before each visit to check the time, and was at home every time.
nomatch: The baby rarely responded to his mother's voice.
nomatch: The mother stopped attending the course when it ended in June, and told the worker what she had learned.

# ---- The family that never answered back, kept the words and dropped the deeds, left the offer unused (r18b) ----
# Offers, letters and calls from a service met with silence from the family: "heard nothing back from the parents",
# "no reply ever came from Ms D", "the father did not answer the nurse's letters or texts".
pattern: (heard nothing | nothing (came)? back | no (reply | response | answer) ..3 (came | was received | was ever received)?) ..4 from ..3 (the)? (@parent | parents | her | him | them | the household)
  unless: (@professional | @agency) ..2 (heard nothing | no (reply | response))  ..4 from ..3 (the)? (@professional | @agency)
pattern: (@parent | parents | she | he | they) ..3 !(respond | responded | reply | replied | return | returned | answer | answered | acknowledge | acknowledged) ..4 (letter | letters | call | calls | text | texts | message | messages | invitation | invitations | offer | offers | voicemail | voicemails)
  unless: (@child | young person | boy | girl) ..3 !(respond | responded | reply | replied)
match: The school nurse sent two letters offering a hearing test and heard nothing back from the parents.
match: Ms D did not reply to any of the texts or voicemails left by the family support worker that spring.
match: Three invitations went out and no response ever came from the household.
nomatch: The health visitor heard nothing back from the GP about the referral.
nomatch: The mother replied to every letter within the week.
# Words of commitment set against what was done: "her stated wish to work with the team, although she came once",
# "his promises to engage, while the door stayed shut", "the keenness she voiced, yet she never started the course".
pattern: (commitment | committed | willingness | willing | keenness | keen | motivation | motivated | promise | promises | promised | assurance | assurances | eagerness | eager) ..14 (although | but | yet | while | whilst | even though | when in fact | in practice) ..10 (left | stopped | dropped out | never | did not | didn't | not (return | come | attend | start) | missed | no-show | came (once | only once) | once)
  unless: (no | not) (evidence | sign) of | (worker | professional | practitioner | agency | service | team | manager | school) ..3 (commitment | willingness | keen | promised)
match: Mr O spoke of his commitment to the parenting course, but he came once and was not seen there again.
match: The mother's willingness to work with the health visitor was noted in every review, although in practice she missed most of the contacts.
match: Both parents promised to take the children to the dentist, yet the appointment was never made.
nomatch: The mother's commitment to the course was clear: she attended every session and completed the workbook.
nomatch: The worker was keen to visit more often, but the team was short of staff.
# An offer or a place that the family asked for and then hardly used: "the place was taken up on a handful of days",
# "the nursery place was barely used", "the sessions offered were never taken up".
pattern: (place | places | sessions | session | offer | offers | hours | nursery | childcare) ..8 (taken up | used) ..4 (only | just | barely | rarely | seldom)? ..3 (on | for)? ..2 (a handful | four | three | two | one | a few | few | a fraction | half | a third) ..2 (of)? (days | sessions | occasions | times | the time | them)
pattern: (place | places | sessions | offer | offers | support | hours | nursery place | childcare) ..6 (was | were | had been) ..2 (!(taken up | used | attended) | barely (used | taken up))
  unless: (@child | young person) ..4 (refused | declined) | (no longer | not) (needed | required) | (family | mother | father | parents) ..4 (moved | relocated)
match: The nursery place the social worker arranged was taken up on only a handful of days that term.
match: Ms E asked for the parenting sessions, and they were never taken up.
match: The childminding hours funded for the twins were barely used.
nomatch: The nursery place was taken up in September and the girl attended every day.
nomatch: The sessions were not used after the family moved out of the area.
# Appointments made and abandoned over and over, or the meeting moved away from the home each time the parent asked.
pattern: (@appointment | check | checks | test | tests | assessment) ..8 (abandoned | dropped | moved | switched | changed | made and (abandoned | lost | cancelled)) ..8 ((three | four | five | six | seven | eight | nine | ten | several | many | numerous) times | repeatedly | again and again | each time | at (the)? ..2 (family | @parent | parents) ..2 (request | insistence) | at the (request | insistence) of ..3 (family | @parent | parents))
  unless: (by | at the request of) (the)? ..2 (hospital | clinic | practice | service | worker | social worker | health visitor | school | team | professionals | consultant) | (manager | worker | practitioner | nurse | gp | professional | team | service | clinic | hospital | consultant | officer) ..4 (abandoned | dropped | moved | switched | changed)
match: The dental appointments were made and abandoned five times over two years.
match: Home visits were switched to the family centre at the mother's request, again and again.
match: The developmental check was moved at the father's insistence each time it came round.
nomatch: The appointment was moved by the clinic because the consultant was away.
nomatch: The visit was switched to the afternoon once, by the worker, because of a court hearing.

# ---- r20a (8 December, issue 10): the report register ----
# Engagement only in part or only under pressure: "selective engagement", "engaged only when proceedings were threatened",
# "attendance fell away".
pattern: @engagement ~ (selective | selectively | partial | partially | intermittent | inconsistent | sporadic | half-hearted | token | tokenistic | on (her | his | their) own terms | fell away | tailed off | dropped off | petered out | waned | dwindled)
  unless: (@professional | agency | agencies | service | services | worker's | professional's | agency's) ..3 @engagement
  unless: @engagement ..2 (with)? (the)? @child
  unless: (no | not | never) ..2 (selective | partial | intermittent | inconsistent | sporadic | fell away | tailed off)
pattern: @engagement ..8 only (ever)? when
  unless: (@professional | agency | agencies | service | services | worker's | professional's | agency's) ..3 @engagement
# Agreed to a visit, then out: "agreeing to see the health visitor and then being out when she called".
pattern: (agree | agreed | agreeing | arranged | arranging | confirmed | confirming | promised | promising) ..8 (then | only to) ..3 (be | being | was | were | been)? ..2 (out | "not in" | not at home | not there | away | absent | unavailable | elsewhere)
# Seen only at visits the family had time to prepare for: "visits arranged in advance, which allowed the parents to present well".
pattern: (visit | visits) ..6 (announced | arranged | pre-arranged | prearranged | planned | agreed | booked) ..10 (present | presented | presenting | prepare | prepared | tidy | tidied | clean | cleaned | best light | staged | ready)
  unless: (unannounced | unplanned | unexpected) ..4 (visit | visits) | (visit | visits) ..3 (unannounced | unplanned | unexpected)
match: The father's engagement with the programme was selective and stopped once the court case ended.
match: Ms D engaged with the mental health team only when her children's return was in question.
match: The mother's attendance at the drug service tailed off within weeks of the conference.
nomatch: The social worker's engagement with the children was inconsistent because of changes of worker.
nomatch: The father's engagement with the programme was never selective; he attended every session.
match: Time and again the father agreed a date for a visit and then was not at home when the worker came.
match: The mother arranged appointments with the midwife only to be away on each of the agreed days.
nomatch: The mother agreed to a visit and then was at home with the baby when the health visitor called.
match: All visits were arranged with the mother beforehand, which gave her time to tidy the flat.
nomatch: The visits were unannounced and the flat was clean on each occasion.
# Non-engagement said as a noun: "the family's reluctance to engage", "the mother's repeated refusal to cooperate".
pattern: (@parent | family's | mother's | father's | parents' | carer's | carers' | their | her | his) ..3 +(reluctance | reluctant | unwillingness | unwilling | refusal | refusals | failure | failures | resistance) ..2 to ..2 (engage | cooperate | co-operate | comply | work with | accept (help | support | services))
  unless: (@child | young person | girl | boy) ..1 's
  unless: (read | recorded | logged | interpreted | labelled | misread | mistaken for | seen) ..2 as ..3 (reluctance | unwillingness | refusal | failure)
# A parent turning down what was offered: "she declined the offer of a parenting course", "the father chose not to attend".
pattern: (@parent | she | he | they) ..3 (declined | refused | turned down | rejected) ..4 (offer | offers | support | counselling | help | course | programme | referral | service | services | treatment | visits)
  unless: (@child | young person | girl | boy) ..2 (declined | refused)
  # turning down a voluntary service is the family's right, not non-engagement
  unless: (declined | refused | refusal | turned down) ..10 (respected | their right | her right | his right | voluntary | entitled)
  # help for the parent alone, with the child's care kept up, is no non-engagement in the child's plan
  unless: for (himself | herself | themselves) | made sure ..4 (attended | was brought | went | got to)
pattern: (chose | choosing | decided) not to (attend | engage | take up | keep)
  unless: (@child | young person | girl | boy | pupil | @professional | @agency) ..3 (chose | choosing | decided)
match: The difficulty lay in the parents' unwillingness to engage with any of the services offered.
match: The father's repeated refusal to cooperate with the plan was not treated as a risk in itself.
nomatch: The young person's refusal to engage with the youth worker was understood as fear of the gang.
nomatch: The father was not reluctant to engage; he asked for help.
match: The mother declined the offer of a parenting course on three occasions.
match: Mr T was referred to the perpetrator programme but chose not to attend.
nomatch: The family declined early help, which was their right as it was a voluntary service.
nomatch: The mother accepted the offer of a parenting course and completed it.
# Entry to the home refused, said of the access: "access to the home was repeatedly refused".
pattern: (access | entry) to (the)? (home | house | flat | property | address | bedroom | bedrooms | upstairs) ..4 +(refused | denied | blocked | prevented | obstructed)
  unless: (not | never) ..2 (refused | denied | blocked | prevented)
match: Access to the home was repeatedly refused, and the children were not seen for six weeks.
match: Entry to the flat was denied on three of the four visits.
nomatch: Access to the home was never refused, and every room was seen.
# Answers fitted to the listener: a parent who gave the workers the words they hoped for, and changed nothing.
pattern: (say | said | saying | tell | told | telling) ..3 what ..3 (professionals | workers | practitioners | staff | they | she | he | the (worker | social worker | health visitor | nurse)) ..3 (wanted | wished | hoped | expected) to hear
  unless: (not | never) ..2 (say | said | tell | told) ..3 what
match: The mother was adept at saying what professionals wanted to hear, while little changed at home.
match: Mr K told the health visitor what she wanted to hear at every visit.
nomatch: The worker never told the mother what she wanted to hear and set out the concerns plainly.
