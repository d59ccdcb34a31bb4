id: health_coordination
label: Health services not coordinated
description: Midwifery, health visiting, GP, hospital and mental health services did not coordinate or hold a complete health record for the child.
group: @health_service = gp | general practice | gp practice | health visitor | health visiting | health visiting service | midwife | midwifery | maternity | hospital | hospitals | paediatrician | community paediatrician | school nurse | school nursing | named nurse | emergency department | camhs | mental health team | perinatal | perinatal mental health | health services | health | psychiatric | ward | trust | health professionals | health partners | discharge summary | health records | health record
# ---- Concepts: what this theme evaluates ----
group: @health_event = admission | admitted | attendance | attendances | discharge | discharged | diagnosis | diagnosed | medication | overdose | emergency department | ward | appointment | appointments | injury | weight | growth | prescription | clinic | paediatric | self-harm | self-harming
group: @health_joint = health coordination | coordination between health | communication between health | health record | health records | health care | healthcare | health services | health professionals

# ---- Concept patterns ----
pattern: @health_joint ~ +(@weak | @lacking | fragmented | disjointed | +incomplete | uncoordinated)
  unless: (mental health | physical health) ..3 (was | were)? ..2 (poor | weak)
pattern: (@health_service | health services | health professionals) ..8 !(communicate | communicated | coordinate | coordinated | liaise | liaised | talk | talked)
pattern: (no one | nobody) ..3 (told | tell | informed | inform | notified | notify) ..3 @health_service
  # What children's social care or the police held, kept from health, is multi_agency: the teller is not a health service.
  unless: care proceedings | conviction | convictions | police | child protection | children's social care | removal | removed | offending
  unless: (no one | nobody) ..3 (told | informed) ..3 @health_service ..4 (that | about) ..4 (mother | father | parent | family | she | he)? ..3 (was | had)? ..3 (moved | pregnant)
pattern: @health_service ..3 (was | were)? ..2 !(informed | told | notified | copied | sent) ..6 (admission | attendance | attendances | discharge | overdose | "a&e" | emergency department | hospital | appointment | appointments | paediatric | assessment | medication | diagnosed | diagnosis | prescribed)
pattern: @health_service ..4 (+unaware | !aware | !know | !knew) ..4 (of | about | that)? ..6 (admission | attendance | attendances | discharge | overdose | emergency department | hospital | appointment | appointments | assessment | injury | diagnosis)
pattern: (discharge summary | discharge letter | summary | letter | notification) ..6 !(sent | reach | reached | copied | forwarded | received) ..4 @health_service

# ---- Phrase patterns: particular ways of saying it ----
pattern: @health_service ..8 (!told | !"informed" | !notified | !(hand | handed) over | !aware | !know | !knew | !copied | +unaware | +uninformed | !receive | !received | !transfer | !shared | !coordinate | each assumed) ..10 (admission | admitted | attendance* | attended | appointment* | hospital* | discharge* | birth | medication | health | records | @health_service | others' involvement | involvement | psychiatric | the other)
  unless: @health_service ..4 (was|were) (informed | told | notified) ..4 (same day | promptly) | (mental health team | adult mental health) ..3 unaware
  unless: (youth offending | youth worker | teacher | police | probation | housing | social worker) ..6 (and | nor) ..3 (the)? @health_side ..15 (each | both | neither)
  unless: social work team | hospital social worker | social care
pattern: (discharge summary | letter from ..2 @health_service | health records | health visiting records | hospital ..3 (letter | notification | summary) | @health_service ..2 (letter | records)) ..8 !(told | "informed" | notified | copied | sent | shared | passed | transferred | transfer | received | follow*)
  unless: (logged | recorded | filed | screened | graded) ..3 as ..2 (information only | advice | no further action | nfa)   # a contact given the lowest answer: thresholds (r20b)
pattern: (no | not any | lack of) ..3 (single | shared | complete | combined)? (health record | overview | whole picture)
  unless: !single
pattern: (no | not any | lack of) (coordination | liaison) between ..3 @health_service
pattern: (no one | nobody) (within | in) health
pattern: (no single | no one) ..4 (health record | had the whole picture | overview)
  # The whole picture missing across agencies is multi_agency's; across health services, this theme's (lead, session 18).
  unless: (no single | no one) (agency | agencies | professional) ..4 (whole picture | overview)
pattern: (coordination | communication | liaison | handover | handovers) ..4 between ..6 @health_service ..6 (poor | lacking | +absent | broke down | did not happen | +incomplete)
pattern: (@health_service) ..3 (handover | hand-over) ..8 (left out | omitted | +incomplete | !include)
pattern: (no | without) coordination between
# A letter not acted on is this theme's only between health services: "the school's referral was not acted upon by children's social care" is not
pattern: ((letter | follow-up | referral | summary) ..8 ("filed" | not acted on | !acted | never acted)) & (@health_service | discharge | outpatient | clinic)
nomatch: The school made a referral in March; however, this was not acted upon by children's social care.
nomatch: The nursery's letter to the housing officer about the damp flat was never acted on.
match: The hospital's discharge summary reached the practice and was filed without being read by a doctor.
match: The midwife's referral to the perinatal team was not acted on for six weeks.
pattern: (three | several | different | two) ..4 (hospitals | teams | services | clinics) ..10 (none of them | did not | not) ..4 (knew | know | coordinate | aware | share | had | held | saw | asked for)
pattern: @health_service ..6 each assumed ..4 other
pattern: (handover | hand-over) ..6 (left out | omitted | !include | +incomplete)
unless: (gp | health visitor) ..4 (was|were) (copied | informed) ..4 (into | of the | same day)
pattern: (named nurse | designated nurse | designated doctor | @health_service) ..6 !(made aware) ..3 (of)? ..2 (the)? (case | concerns | family)
pattern: @health_service ..6 (concerns | information) ..10 !(passed | shared | sent | given) ..3 (to)? ..2 @health_service
match: The GP did not know about the toddler's two nights in hospital.
match: The maternity team never handed over its worries about the father to the health visitor.
match: The midwife's handover to health visiting left out the concerns about the father.
match: There was no single health record joining up what the practice, the midwives and A&E each held.
nomatch: Before the baby went home, the community midwife briefed the health visitor in person and copied the practice in.
nomatch: By the next morning the health visitor had been informed of the toddler's stay on the ward.

# ---- One health service knowing what another did not (added on branch conceptsB) ----
# lexrec2: the health services and roles that hold part of a child's record beyond the usual four (urgent care, pharmacy, therapists).
group: @health_side = @health_service | psychiatrist | psychiatrists | consultant | doctor | doctors | nurse | nurses | clinician | clinicians | obstetric team | health staff | mental health team | crisis team | walk-in centre | urgent care | urgent treatment centre | minor injuries unit | out-of-hours | out-of-hours service | "a&e" | accident and emergency | pharmacist | pharmacy | dietitian | dietician | physiotherapist | speech and language therapist | health visiting team | paediatric team | neonatal team | sexual health | sexual health service | practice nurse | community nurse | district nurse | registrar | obstetrician | cardiologist | radiologist | radiology
# "the psychiatrist knew; the health visitor did not", "each department treated the visit as the first"
pattern: @health_side ..12 (knew | know | known) ..12 (and | but)? ..3 (the)? @health_side (did not | had not | was not | knew nothing | knew about neither | never heard)
pattern: each (department | hospital | ward | clinic | emergency department | practice | service) ..8 (as if | as though | as the first | first | afresh)
pattern: (notes | records | sets of notes | systems | letters) ..6 !refer ..2 to (each other | one another) | (notes | records) ..6 never mention ..3 (each other | one another) 
# A health record scattered or misfiled: "the history sat in eleven places", "scanned under the mother's name", "came back unopened"
pattern: (history | records | notes | information) ..8 (separate places | different places | separate systems | different systems | (two | three | four | five | six | several | eleven) (systems | places | records))
pattern: (scanned | "filed") ..6 (without being read | unread | under the (mother's | father's | wrong | sibling's) (name | record | file)) | (came back | returned) ..3 unopened
pattern: (no | without) ..3 (discharge information | discharge summary | discharge letter | handover from ..3 @health_service)
pattern: (nobody's | no one's) (job | responsibility | task) ..8 (draw | bring | pull | put | join) ..4 together
pattern: (not one | none) of them ..4 (held | had | asked for) ..6 (whole | full | complete) ..2 (history | picture | record)
pattern: @health_service ..12 (found out | learned | learnt | heard) about ..4 (admission | attendance | diagnosis | injury | pregnancy) ..4 from ..3 (the)? (social worker | police | school | mother | father | family)
pattern: (systems | three systems | their systems) ..6 !(flag | flagged | match | matched | link | linked) | nothing matched
  unless: agencies | police | social care   # systems of agencies outside health: multi_agency
  unless: (no | not) (need | reason) to
# A health event not passed between health services, such as an A&E visit the school nurse never heard about
pattern: (attendance | attendances | admission | admissions | discharge | diagnosis | assessment | results | letter | findings) ..6 !(passed | shared | sent | copied | forwarded | relayed) ..4 (to)? ..3 (the)? @health_side
  unless: @health_side ..4 (was | were) (informed | told) ..4 (same day | promptly)
# Discharged with no word to community health: "the baby was discharged without the health visitor being told"
pattern: (discharged | discharge) ..8 (without | no) ..4 (informing | telling | notifying | notification | referral to | letter to | follow-up by | handover to | word to) ..4 @health_side | (discharged | discharge) ..8 without ..2 (the)? @health_side ..3 (being | having been) (told | informed | notified)
pattern: (no | not one | none of the) ..2 (health professional | health practitioner | clinician | health service) ..6 (had | held | saw) ..3 (the)? (full | whole | complete) ..2 (picture | history | record)
pattern: (gp | health visitor | health visiting | midwifery | hospital | school nursing) (record | records | notes) &10 @omitted
  unless: (no | not) (evidence | sign) of

# ---- Discharged or closed without telling the rest of health; records never compared (concepts3) ----
pattern: (discharged | closed | ended | stopped) ..8 without ..3 (telling | informing | notifying | letting | alerting | copying) ..4 @health
pattern: @health ..8 (kept | held | had) ..2 (separate | their own | different | parallel) (records | notes | files | systems) & (never | not | no one | nobody) ..3 (compared | shared | linked | joined | matched | seen together)
pattern: (none | neither) ..3 (knew | aware) ..4 (of)? ..2 (the)? (other's | others' | other) ..4 (visits | attendances | involvement | admissions | contact | care)
  unless: youth offending | youth worker | police | teacher | school staff | social worker | social care | probation | housing
match: The ward discharged the mother without notifying the health visitor or the GP.
match: The practice nurse and the school nurse kept separate notes, and nobody compared them.
match: Two hospitals treated the boy that winter, and neither knew of the other's attendances.
nomatch: The ward discharged the baby after telling the health visitor and the GP.

# concepts4 (7 December): one health service left not knowing what another had seen, records held
# apart, and the liaison post that joins them left empty
group: @hc4_unknowing = !know | !knew | !heard | !aware | +unaware | no idea | knew nothing | knowing nothing | knowing of no | nothing about | !(been | was) told
group: @hc4_event = @health_event | hospital | safeguarding plan | alert | overdose | fracture | fractured | burn | scald | scalded | prescription | prescribed | weights | weighed | attended | admissions | depression | psychosis | diagnosed | immunisations | bruise | bruising
# "the school nurse, who saw her weekly, had no idea she had been admitted", "she did not know the paediatrician had diagnosed him"
pattern: @health_side ..15 @hc4_unknowing ..8 @hc4_event
  unless: @hc4_unknowing ..2 (of | about)? (it | this | them)
  unless: @health_side ..4 (was | were) +(informed | told | notified) ..4 (same day | promptly | at once)
pattern: @hc4_unknowing ..3 (that)? ..2 (the)? @health_side ..6 @hc4_event
# Heard late or by chance: "the GP only learned of the admission months later", "the midwife heard about it from a neighbour"
pattern: (@health_side | practice | surgery) ..3 (learned | learnt | found out | heard | discovered) (of | about) ..4 @hc4_event ..6 (only | later | from ..2 (the)? (newspaper | papers | family | mother | father | neighbour | police | school | social worker))
# Each leaving it to the other: two clinicians or services, each sure the other had the follow-up in hand, or each
# watching the same child without knowing the other was.
# (A youth worker and a CAMHS practitioner unaware of each other is multi_agency: both parties must be health.)
pattern: @health_side (and | nor | or) ..4 @health_side ..15 (each | both | neither) ..3 (assumed | believed | thought | expected | +unaware | !aware | !know | !knew) ..6 (other | others)
# Records held apart: "the two practices used different record systems", "the ward's notes never mention the other trust"
pattern: @health_side ..10 (kept | held | used | ran) ..3 (separate | own | different) ..3 (files | notes | records | systems | record systems)
  unless: +(shared | compared | linked | joined | merged | copied)
pattern: (notes | records | files | file | entry | alert) ..6 (!refer | !linked | !link) ..3 to ..2 (the other | the others | his | hers | the child's | the baby's)
pattern: @health_side & (no one | nobody | no clinician | no doctor | no nurse | none of them) ..8 (held | had | saw | seen | knew) ..3 (the)? (whole | full | complete | entire) ..3 (of)? ..3 (history | picture | pattern)
  unless: (no | not) (evidence | sign) of
# The health liaison role left empty, and health care in pieces
pattern: (paediatric liaison | health liaison | liaison nurse | liaison health visitor | liaison post) ..12 (vacant | sick leave | unfilled | !covered | !filled | nobody covered | no one covered)
pattern: +(fragmented | disjointed | uncoordinated | piecemeal) ..2 health
# Each health service sure the other had it: "the GP believed the nurse was weighing him", "each assumed the other had seen her"
pattern: @health_side (believed | assumed | thought | expected) ..2 (that)? ..2 (the)? @health_side (was | were | would | had)
pattern: (each | both) ..3 (assumed | believed | thought | expected) ..6 (other | others) & @health_side
  unless: social work team | hospital social worker | social care | police | teacher | school staff | youth offending | probation | housing
# What one health service held, not passed to the next: "the practice never passed the history on to the midwife",
# "the summary to the health visitor left out the admissions", "the results never reached anyone outside the ward"
pattern: @health_side ..12 (this | it | that | which | concerns | worries | information | history) ..3 !(passed | shared | sent | copied | handed) (on)? ..2 to ..2 (the)? @health_side | (no one | nobody) outside ..2 (the)? @health_side ..3 (knew | know | was told | heard)
pattern: (summary | discharge summary | letter | handover | transfer) ..10 (left out | omitted | !mention | !mentioned | !include | !included | said ..2 no concerns) ..6 (@hc4_event | history | concerns | risk)
  unless: (no | not) (evidence | sign) of
pattern: @health_side ..15 (never saw | !seen | !saw) (those | these | the) ..2 (weights | results | letter | letters | notes | records | entries | summary | measurements | readings) | filed without ..2 (any)? (action | being read | reading | follow-up) | (went | were sent | was sent | addressed) to ..3 @health_side ..4 (had left | no longer | left)
match: The school nurse saw him every week but had no idea he had been admitted for an overdose.
match: She never knew that the consultant had diagnosed a heart murmur in the spring.
match: The midwife learned of the mother's admission only from a neighbour.
match: The GP and the practice nurse each assumed the other was watching the baby's weight.
match: The two hospitals kept separate records, so the second never saw the first fracture.
match: For most of the year the paediatric liaison post stood vacant.
match: The practice nurse believed the health visitor was weighing the baby.
match: The GP knew of the mother's psychosis, but this was never passed on to the midwife.
match: The discharge summary to the GP left out the two admissions for self-harm.
nomatch: The school nurse was told of the admission the same day and visited at once.
nomatch: The GP and the health visitor kept separate records but compared them every month.
nomatch: The midwife learned of the admission from the hospital's discharge letter the next morning.

# lexsystem (7 December): one health service told nothing, blind to another's events, or handing over "no concerns"
# "the health visitor, who saw him the following week, knew of neither visit", "the GP knew nothing of either admission"
pattern: (@hc4_event | emergency department) ..15 @health_side ..12 (knew (of | about) (neither | none) | knew nothing (of | about) (it | them | either | this | that | the (admission | admissions | attendance | attendances | visit | visits)))
# "the adult mental health team did not pass on to the health visitor that ...", "the ward did not share the letter with the GP"
pattern: @health_side ..6 !(pass | passed | share | shared | send | sent | copy | copied | hand | handed | forward | forwarded) (on)? ..4 (to | with) ..3 (the)? @health_side
  unless: @health_side ..4 (was | were) +(informed | told) ..4 (same day | promptly)
# A handover that said nothing of what the first service knew: "the transfer to health visiting said only 'no concerns'"
pattern: (transfer | handover | hand-over | summary | discharge summary | letter) ..6 (to)? ..3 @health_side ..6 (said | read | recorded | stated | described) ..2 (only)? ..2 ("no concerns" | "nothing" | "routine" | "low need" | "universal")
# Records of two health services that disagree: "the GP record and the health visiting record held different addresses"
pattern: @health_side ..4 (record | records | notes | system | systems) ..10 (held | had | recorded | gave | showed) ..2 different (addresses | address | dates of birth | date of birth | names | surnames | details)
match: The baby attended the emergency department twice, and the GP, who saw him a week later, knew of neither attendance.
match: The perinatal team did not pass on to the midwife that the mother had stopped her medication.
match: The discharge letter to the health visitor said only 'no concerns', although the baby had been admitted with a burn.
match: The hospital notes and the GP records held different dates of birth for the baby.
match: The school nurse and the community paediatrician were both weighing the girl, each unaware of the other.
nomatch: The youth worker and the CAMHS nurse were both seeing the boy, each unaware of the other.
nomatch: The ward shared the discharge summary with the GP and the health visitor the same day.
nomatch: Nobody told the maternity unit about the mother's previous care proceedings.

# One health service told nothing of what another held: knowing of none of it, handing nothing on, visits never relayed
pattern: @health_side ..12 knew (of | about)? (neither | none of (them | these | it))
  # What the police, the school or social care knew and health did not is multi_agency (lexrec2).
  unless: police | domestic incident* | social care | social worker | probation | youth offending | housing officer | teacher | school staff
pattern: (passed | sent | shared | said) (nothing | none of (this | it | them)) ..2 (on)? ..2 to ..3 (the)? @health_side
pattern: (attendance | attendances | admission | admissions | diagnosis | overdose) ..4 (was | were)? ..2 (never | not) ..2 (passed on | shared | notified | relayed | forwarded)
  unless: (children's social care | social care | police | social worker | school)
# Held where the next clinician cannot see it: "the alert existed only on the maternity system", "without sight of his CAMHS file"
pattern: (alert | information | history | record | records | flag | concerns) ..4 (existed | held | sat | kept | recorded) only (on | in) ..3 (the)? @health_side ..2 (system | records | notes | file | database)
pattern: without (sight | access | a copy) of ..4 @health_side ..3 (file | records | notes | history | record)
match: The community paediatrician who later saw the boy knew of none of it.
match: The out-of-hours doctor sent nothing about the scalds to the boy's GP.
match: Her two weekend attendances were never passed on.
match: The antenatal depression alert existed only on the maternity system.
match: The nurses completed his health assessment without sight of his CAMHS file.
nomatch: The nurses completed his health assessment with his CAMHS file in front of them.

# lexsystem, second pass: a health record that did not follow the family, a health service told nothing until
# too late, handed a name and nothing else
pattern: (gp | health visiting | midwifery | hospital | maternity | practice | school nursing) (notes | records | record | file) ..4 !(transferred | sent | forwarded | requested | followed)
pattern: @health_side ..4 (did not | never | had not) (learn | hear | find out | know) (of | about) ..6 until
pattern: @health_side ..3 (learned | learnt | found out | heard | discovered) (of | about) (the | her | his | their | a | an) ..7 (a year | months | weeks | some time) later
pattern: @health_side ..10 (given | sent | received | passed | handed) ..8 (and nothing else | and nothing more | but nothing else)
pattern: none of ..4 (systems | records) ..8 (flagged | matched | linked | showed)
match: After the move across the county, the practice records were never forwarded.
match: The health visitor did not learn of the discharge until she arrived for the first visit.
match: Her GP and health visitor learned of her lack of speech a year later.
match: The health visitor was given the child's name and address and nothing else.
match: None of the hospital's record systems linked the newborn with her brothers in foster care.
nomatch: The GP notes were transferred within a week of the family moving.

# lexrec2 (7 December): each health service holding a piece, the pieces never laid together, a letter to a practice
# the family had left, a note filed that no clinician read, a hand-over that carried a tick and nothing more
group: @hr2_other_agency = police | social care | social worker | social workers | children's services | teacher | teachers | head teacher | school staff | education | housing | probation | youth offending | local authority | nursery
# "the GP, the midwife and the ward each had a fragment of the history", "the paediatric and the mental health teams' knowledge was never set side by side"
pattern: @health_side & ((held | had | knew | saw | kept) ..4 (part | parts | piece | pieces | fragment | fragments | half | bits | a share) of ..3 (the)? ..2 (picture | story | history | record | information | jigsaw | truth) | (never | not | nobody | no one) ..4 (put | brought | pieced | joined | pulled | laid | set | read) ..4 (together | side by side | alongside))
  unless: @hr2_other_agency
# "the whole picture came together only at the inquest", "it was the review that first pieced her health history together"
pattern: (picture | history | story | record) ..6 (only | first)? ..2 (came together | was pieced together | was put together | was assembled | was joined up) ..10 (when | after | at | by | until | later) & @health_side
  unless: @hr2_other_agency
# A letter to a practice the family had left: "the clinic kept writing to a GP they had left two years before"
pattern: (letter | letters | summary | discharge summary | notification | fax | faxed | results | referral | alert | report | copy | writing | wrote | written | sent | posted | addressed) ..10 (previous | former | old | wrong | disconnected | out-of-date) ..2 (gp | practice | surgery | health visitor | health visiting team | fax number | fax | base | trust | hospital | clinic)
  unless: +(redirected | forwarded on | corrected | re-sent)
pattern: (letter | letters | summary | notification | copy | copies | results | report | addressed | sent | written) ..10 (gp | practice | surgery) ..6 (the family | they | she | he | the mother | the parents) ..3 (had left | had moved from | no longer (attended | used) | were no longer registered | was no longer registered | had not been registered)
# Read by no clinician: "the result was uploaded to the record and no doctor opened it"
pattern: (scanned | filed | uploaded | attached | added | saved | placed) ..12 (no | nobody | no one | not one) ..2 (clinician | doctor | gp | nurse | health visitor | midwife | one | partner)? ..2 (read | opened | looked at | acted on | saw | reviewed)
pattern: (no | not one) (clinician | doctor | gp | nurse | partner | midwife | health visitor) ..2 (read | opened | looked at | acted on | saw | reviewed) (it | them | the (letter | note | notes | result | results | summary | report | entry))
# Handed over as a tick, not a history: "her history reached the health visitor as a code on a form"
pattern: @health_side & ((only | merely) as (a | one | single)? ..1 (tick | code | box | flag | line) | (no more than | nothing more than | reduced to) (a | one | single)? ..1 (tick | code | box | flag) | as a (tick | code | box | single line | single word) ..3 (on | in) ..3 (form | template | summary | system))
# A service starting without what the last one knew: "the new practice began with nothing of her history"
pattern: @health_side ..10 (started | began | start | begin | took over | picked up) ..4 (from a blank page | from scratch | afresh | with nothing | knowing nothing | with no history | without the history | without (her | his | their | the mother's | the child's | the baby's) (history | notes | records))
# Hedged: "it is unclear whether the GP ever heard of the admission"
pattern: (not clear | unclear | no evidence | no record | nothing to show | nothing in the (records | notes)) ..3 (that | whether | if)? ..3 (the)? @health_side ..3 ever ..2 (learned | learnt | knew | heard | found out | was told | were told | was aware | received | saw | was sent)
match: The GP, the midwife and the ward each had a fragment of the mother's history.
match: The cardiology team's findings and the health visitor's weights were never set side by side.
match: Her health history first came together at the inquest, which drew on the GP, the trust and two clinics.
match: The clinic kept writing to the previous GP, although the family had registered elsewhere.
match: The discharge letter went to a surgery that the family had moved from two years earlier.
match: The blood results were uploaded to the record, and no doctor opened them.
match: The mother's psychosis reached the health visitor only as a tick on a form.
match: The new practice nurse began from scratch, without the child's notes.
match: It is not clear that the GP ever heard of the admission.
nomatch: The police and the school each held a piece of the picture, and the GP held a third.
nomatch: The discharge letter went to the new GP, and the ward rang the practice the same day.
nomatch: The blood results were uploaded to the record and reviewed by the GP that afternoon.
nomatch: The GP heard of the admission the next morning and rang the health visitor.
nomatch: Letters offering a new date were sent to the family's old address.
nomatch: The only source for the GP's view of her health was a single line in the referral.
nomatch: The police were called to the flat four times that summer, and the health visitor knew of none of it.
nomatch: The hospital social work team and the community team each assumed the other would call the meeting.
nomatch: The youth offending worker and the school nurse were both seeing him, and neither knew of the other's involvement.
# None knew what the others had seen: "the three nurses kept notes at different bases, and none of them knew what the others had found"
pattern: (none | neither | not one) (of)? ..2 (them | the (nurses | doctors | clinicians | services | teams | practices))? ..2 (knew | know | knowing) ..3 (what | how much) ..3 (the)? (other | others | other's) ..3 (had)? ..2 (seen | found | done | recorded | knew | noted | heard)
  unless: @hr2_other_agency
match: Two health visitors and a school nurse kept notes at different bases, and none of them knew what the others had found.
nomatch: Two health visitors and a teacher kept notes at different bases, and none of them knew what the others had found.
match: The boy went to the walk-in centre three times, and the school nurse knew of none of it.
# Each left it to the other: "the GP did not refer, expecting the health visitor to do so"
pattern: @health_side & (expected | expecting | assumed | assuming | believed | thought | left it to) ..3 (the | that the)? @health_side ..3 (to | would | was going to) ..4 (do so | refer | act | follow up | pick it up | raise it | tell | pass it on | see her | see him | make the referral)
  unless: @hr2_other_agency
match: The GP did not refer the baby, expecting the health visitor to do so.
nomatch: The GP did not refer the baby, expecting the social worker to do so.
match: The walk-in centre never copied its notes to the GP.

# r17c (7 December): two health services that never spoke, wrote or rang about a child ("the school nurse and the
# GP never spoke about her weight", "the paediatrician did not write to the GP after the clinic", "the GP heard nothing
# from the mental health service").
pattern: @health_side (and | nor) ..4 @health_side ..3 !(meet | met | speak | spoke | talk | talked | liaise | liaised | communicate | communicated | discuss | discussed | compare | compared)
  unless: @hr2_other_agency
# (Told or informed is left to the patterns above: the bundled corpus reads one health service not informing another
# as multi_agency, and its health_coordination precision floor held only without them.)
pattern: @health_service ..3 !(write | wrote | written | ring | rang | phone | phoned | call | called) ..2 (to)? ..2 (the | her | his | their)? @health_service
  unless: @hr2_other_agency
  unless: (no need | not need | did not need | not necessary) to
  # one ward's staff not telling each other is inside one service: "the ward sister did not tell the consultant"
  unless: ward ..3 (sister | staff | nurse | nurses) ..6 (consultant | doctor | registrar)
pattern: @health_side ..6 (heard nothing | received nothing | learned nothing | learnt nothing | !(hear | heard)) ..2 (back)? from ..3 (the)? @health_side
  unless: @hr2_other_agency
match: The school nurse and the GP never spoke about the girl's weight loss.
match: The hospital paediatrician did not write to the GP after the fracture clinic appointment.
match: The GP heard nothing from the adult mental health service after the mother's crisis assessment.
match: The midwife never rang the health visitor about the mother's booking disclosures.
nomatch: The GP and the health visitor spoke every month about the baby's weight.
nomatch: The paediatrician wrote to the GP the day after the clinic.
nomatch: The GP did not write to the social worker after the appointment.
nomatch: The midwife and the police never spoke about the mother's injuries.
nomatch: The ward sister did not tell the consultant about the bruise she had noticed.
nomatch: The practice nurse did not believe the father, and rang the ward herself to check his story.

# ---- r18c (issue 10): what one health service held reaching another late, or not at all ----
# A health handover that came after it was needed: "the handover form arrived after the birth visit was due".
pattern: (discharge summary | discharge letter | birth notification | notification of (the)? birth | hospital letter | clinic letter | (midwife's | midwifery | maternity | hospital | ward | health visiting | health visitor's) ..2 (handover | hand-over | transfer | letter | notification | summary) | (handover | hand-over | transfer) ..3 (midwife | midwifery | health visitor | health visiting | hospital | gp)) ..12 (arrived | reach* | came | received | was sent | were sent) ..6 (after | too late | weeks later | months later | late | only after | days later)
  unless: (arrived | reach* | came | received) ..3 (same day | next day | in time | on time)
# Held by one, passed to none: "the GP did not pass the hospital letter about the baby's admission to the health visitor".
pattern: @health_side ..4 !(pass | passed | send | sent | forward | forwarded | copy | copied) (on)? ..10 (to | with) ..3 (the)? @health_side
  # a referral from a school or the police left unpassed is a multi-agency failure
  unless: (from | by) ..2 (the)? (school | nursery | @hr2_other_agency)
match: The midwife's handover arrived at the health visiting team after the new birth visit.
match: The GP did not pass the hospital letter about the baby's admission to the health visitor.
match: The discharge summary from the children's ward reached the GP practice six weeks later.
match: The midwife knew of the mother's psychosis, the GP knew of her medication, and the health visitor knew neither.
nomatch: The discharge summary arrived at the GP practice the next day, and the health visitor visited that week.
nomatch: The GP passed the hospital letter about the admission to the health visitor the same morning.
nomatch: The health visiting service did not pass on the referral from the school to the school nurse.
# No sight of the other's records: "the school nurse had no access to the hospital's records of the admissions".
pattern: @health_side ..6 (no | without | had no | could not (get | gain)) ..2 (access | sight) (to | of) ..4 @health_side ..4 (records | notes | system | file | files | history)
match: The school nurse had no access to the hospital's records of the girl's admissions.
nomatch: The school nurse had access to the hospital's records and read them before each review.
# Each saw the patient, none knew the others had: "the GP, the practice nurse and the health visitor each saw the mother; none of them knew the others had".
pattern: @health_side & (none | neither | not one) (of)? ..2 (them)? ..2 (knew | know | was aware | were aware | had heard) (that)? (the)? (other | others | other's | others') ..3 (had | were | was | also | did)
  # a school, police or youth offending worker among them makes it a multi-agency failure
  unless: @hr2_other_agency
match: The GP, the practice nurse and the health visitor each saw the mother in the month before the death; none of them knew the others had.
nomatch: The GP and the health visitor each saw the mother that month, and each knew the other had, from the shared record.
nomatch: The youth offending worker and the CAMHS nurse each saw the boy weekly, and neither knew that the other was involved.

# ---- r20b (8 December): the report register ----
# Little liaison between two health services, or none: "little liaison between the school nursing service and the
# community paediatrician", "mental health services had no contact with the health visitor".
pattern: (@weak | @none | no) ..2 (coordination | co-ordination | liaison | communication | contact | dialogue | joint working | information sharing) (between | across) ..3 @health_side ..4 (and | or) ..3 @health_side | @health_side ..8 (had | held | with)? (@weak | @none | no) ..2 (contact | communication | liaison | dialogue) with ..3 (the)? @health_side
  unless: @hr2_other_agency
match: There was little liaison between the school nursing service and the community paediatrician about the boy's weight.
match: Mental health services treating the mother had no contact with the health visitor.
match: Communication was poor, with minimal dialogue between the GP and the perinatal team.
nomatch: There was little liaison between the health visitor and the police about the household.
nomatch: The GP had regular contact with the health visitor throughout the pregnancy.
# Health services working side by side and apart: "health professionals worked largely in parallel".
pattern: (health professionals | health services | health practitioners | health colleagues | @health_side (and | nor) ..4 @health_side) ..6 (worked | working | operated | operating | acted) ..3 (in parallel | in isolation | in silos | separately)
  unless: @hr2_other_agency
match: Health professionals worked largely in parallel throughout the period under review.
match: The midwife and the GP operated in isolation from one another.
nomatch: The police and the health visitor worked in parallel on the two enquiries.
# Unaware that another health service had concerns: "the health visitor, unaware that the midwife had recorded
# concerns about the father".
pattern: @health_side ..15 @hc4_unknowing ..3 (that)? ..2 (the)? @health_side ..6 (recorded | raised | noted | held | had | expressed | documented | identified | reported) ..4 (concerns | concern | worries | worry)
  unless: @hr2_other_agency
  unless: (ward sister | sister | ward manager | matron | manager | supervisor | supervision | one-to-one | team leader)   # inside one service: management_oversight
match: The health visitor continued to offer universal services, unaware that the midwife had recorded concerns about the father's behaviour.
match: The GP did not know that the school nurse had raised worries about the girl's weight.
nomatch: The social worker was unaware that the midwife had recorded concerns about the father.
nomatch: The ward sister was unaware that a junior nurse had raised worries about the infant.
# No place where what each health service held was brought together: "there was no forum in which it was brought together".
pattern: @health_side & (no | without ..2 any | never ..2 any) ..2 (forum | mechanism | meeting | process | arrangement | place | means | route | opportunity) ..6 (brought | drawn | pulled | put | joined | pieced) (together | up)
  unless: @hr2_other_agency
match: The GP, the midwife and the perinatal team each held part of the history, yet there was no forum in which it was brought together.
nomatch: The police, the school and the GP each held information, and there was no forum in which it was brought together.
# Health records that followed the family late: "the transfer of the GP records was delayed by several months".
pattern: (transfer | transfers | transferring) of ..3 (the)? ..2 (@health_side | gp | health visiting | midwifery | maternity | hospital | health) ..3 (notes | records | record | file | files) ..8 (+delayed | late | slow | took ..3 (weeks | months))
match: The transfer of the health visiting records was delayed by several months when the family moved.
match: Transfer of the GP notes took nearly five months.
nomatch: The transfer of the GP records was completed within a week of the move.
nomatch: The GP's letter was logged as information only and no assessment followed.
# One health service not sighted on another's work: "the health visitor was not sighted on the mother's contact with the
# perinatal team". ("Not shared between the hospital and the GP" was tried and left out: the bundled corpus reads it as
# multi_agency.)
pattern: @health_side ..6 (!"sighted" | +"unsighted") (on | of) ..8 @health_side
  unless: @hr2_other_agency
match: The health visitor was not sighted on the mother's contact with the perinatal mental health team.
nomatch: The health visitor was sighted on the mother's care by the perinatal team.
nomatch: The health visitor was not sighted on the police investigation.
