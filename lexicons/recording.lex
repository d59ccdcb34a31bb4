id: recording
label: Poor record keeping
description: Records were missing, incomplete, inaccurate or not transferred; chronologies absent.
# ---- Concepts: what this theme evaluates ----
group: @records = "record" | "records" | "recording" | record keeping | record-keeping | "notes" | case notes | entries | entry | minutes | "file" | "files" | case file | "log" | "logs" | chronology | chronologies | "documentation" | write-up

# ---- Concept patterns ----
pattern: @records ~ +(@weak | @lacking | +incomplete | +inaccurate | inaccuracies | errors | error | wrong | +(out of date) | contradictory | illegible | +lost | mislaid | scant | +sparse | thin | vague | confused | gaps | blank | inconsistent)
  unless: inconsistent with | (no | nothing) ..3 (in the)? @records ..3 (show* | suggest* | indicate*) | (absent | missing) from ..3 @records | recorded as | (missing | lost) (child | children | person | from (home | school | care | education)) | gaps in ..3 (provision | services | knowledge)
pattern: @records ~ !(transfer | transferred | kept | keep | update | updated | complete | completed | maintain | maintained | written | write | made | started)
  unless: (request | requests | requesting | asked) for ..5 @records   # records never asked for: face_value, multi_agency (r20b)
  unless: (no | nothing) ..3 (in the)? @records ..3 (show* | suggest* | indicate*) | (no | not) (evidence | sign) of ..4 @records
pattern: (key | important | crucial | relevant) information ..4 (+missing | +absent | omitted | left out) ..3 (from)?

# ---- Phrase patterns: particular ways of saying it ----
pattern: ("record" | "records" | "recording" | "notes" | case notes | entries | entry | minutes | "file" | "log" | chronology) ..8 (+incomplete | +inaccurate | +missing | +lost | poor | +sparse | +inadequate | +absent | +(out of date) | unclear | confused | contradictory | copied and pasted | copied | written up ..4 (weeks | later | after) | misspelling | misspelt | wrong | could not be (found | located | traced) | not flagged | +unflagged | loose sheets | did not distinguish)
  unless: @other_sense
  unless: (record | records) ..4 (comprehensive | contemporaneous | clear)
# Minutes not circulated are information not shared (multi_agency); minutes never written are missing records.
# r18a: a record kept but not shared with another agency is multi_agency, so "not shared" is not here.
pattern: ("record" | "records" | "notes" | minutes | chronology | "file") ..8 (!transferred | !kept | !updated | !written | !completed | !maintained | !received | !transfer | not on file)
nomatch: The chronology was not shared with the police.
match: The school records were not received by the new school until the spring.
# An agency that holds no record or note of an event: its record used as evidence that
# something did not happen (face_value, disguised_compliance), not a record badly kept.
unless: (had | has | held | holds) no (record | records | note | notes) (of | that)
# "There was no record of any domestic abuse incident before the move" says there was no history, not that records were poor.
unless: no (written)? record of any ..4 (incident | incidents | concern | concerns | conviction | convictions | offence | offences | injury | injuries | allegation | allegations | abuse | violence | involvement | contact | referral | referrals | attendance | attendances | admission | admissions)
# The record as the review's evidence that something did not happen ("the review saw no record that anyone
# asked"), or a file silent about a man, a hospital attendance or a manager's part: those are hidden_men,
# health_coordination and management_oversight, not records badly kept (lexprec).
unless: (saw | found | has seen | could find) no record that
# A worker who kept her disagreement to herself did not challenge (lack_of_challenge).
unless: !recorded (her | his | their) (own)? (view | views | disagreement | objection | objections | dissent | misgivings)
group: @rec_neighbour = mr | @man | attendance | attendances | admission | admissions | manager | managers | senior practitioner | supervisor | supervision | team leader | management
unless: (nothing | "no" | none) ..4 (about | of | on | from) ..3 @rec_neighbour
# r20pa: "no record that the case was discussed in supervision" is the review's evidence that supervision did not
# happen (management_oversight); "no record of the home visit" is a record missing, and stays.
unless: no (written)? (record | records | note | entry) (that | to show that) ..10 @rec_neighbour
nomatch: There is no record that Child S's case was discussed in supervision that year.   # r20pa
nomatch: The file holds no note that a manager looked at the closure.
match: There is no written record of the home visit at which the plan was changed.
# The verb only: "was not recorded", "did not record the disclosure"; a record negated as a noun ("a shared health
# record was lacking", "entries in the record were never looked at together") is another theme's evidence.
pattern: (!("recorded" | "documented" | "written down") | (not | never | nor | neither | failed to) ("record" | "document") | +unrecorded | no record | no written record)
  # "the clinic had no record of her coming", "the review saw no record that anyone asked": the record as evidence that
  # something did not happen; "on none of the recorded occasions" negates the occasions.
  unless: (recorded | documented) (occasions | visits | contacts | incidents | word | words)
  unless: (was|were) !recorded as
  # "no concerns were noted": nothing worrying was seen, which says the record was made.
  unless: (no | none | nothing) ..2 (concern | concerns | of concern | problem | problems | issue | issues | worries | difficulties | injury | injuries | marks | bruising | abnormality | abnormalities | change | changes) ..3 (noted | recorded | documented | observed)
  # "no single health record" is health_coordination; "on three of the occasions recorded" sits inside a negated clause.
  unless: no (single | shared | complete | combined | joint | integrated) ..2 (health)? record | (occasion | occasions | visit | visits | contact | contacts | time | times | incident | incidents) (recorded | documented | noted)
pattern: (no | without a) ..2 (chronology | shared chronology | "record" | "records" | case note* | "note" | "notes" | written rationale | rationale)
  unless: (no | without a) single health record
pattern: (was | were | been) (never | not) (written | written up | typed up)
pattern: (rationale | reason | reasons | decision | decisions) ..6 (!recorded | !written | never written down | not documented | undocumented)
pattern: (completed | filled) ..3 inaccurately
pattern: (filed | recorded | held | saved | entered | logged) under ..3 (misspell* | wrong | another | sibling | different | incorrect | previous | maiden)
pattern: ("record" | "records" | electronic record | the system) ..8 !(show | contain | include) ..4 (note | entry | record | reference)
pattern: (records | minutes | notes) ..4 !survive
  unless: !survive scrutiny
pattern: contains no (note | record | entry)
# What was written, said through what happened to it: none of it, late, copied, empty, misfiled, wrong.
pattern: @none ..3 @records
  # records nobody asked for or read, or two services' notes silent about each other: other themes (lexprec)
  unless: (consulting | reading | checking | looking at | request for | requesting | asking for | seeking | obtaining) ..3 @records | (the other | each other | one another)
  unless: ("no" | not any | "little") (evidence | sign | indication | suggestion | reason) | (single | one | shared) ..2 health record   # no single health record: health_coordination
pattern: @records ..3 (holds | held | contains | contained | has | had | shows | showed) ..2 (nothing | "no")
pattern: @records ..6 (written | typed | entered | added | completed) (up)? ..4 (weeks | months | days) ..2 (later | after)
pattern: (assessment | report | plan | record | records | notes) ..10 (copied | pasted | cut and pasted) ..4 from
pattern: (box | boxes | section | sections | field | fields) ..6 (left)? (+empty | +blank)
  unless: (section | sections | box | boxes | field | fields) ..3 (on | about | for) (the)? (father | partner | stepfather | @man) | (checklist | check list | proforma | screening tool)   # the man left out (hidden_men); a checklist half done (procedures) (r20b)
  unless: risk | risks | danger | harm | what could go wrong   # the analysis of risk left undone (risk_assessment) (lexprec)
pattern: (two | three | different | conflicting | wrong) (dates of birth | date of birth | spellings of)
pattern: (scanned | filed | entered | saved | recorded) ..6 (into | on | under) ..4 (record | file | notes | system) ..4 instead of
# r18a: "refer to" only: "recorded in the notes but not referred for a medical" is a referral (signs_of_abuse).
pattern: (notes | reports | records | entries | file | minutes) ..3 !(mention | mentioned | include | included | refer to | referred to)
nomatch: The bruise was written in the notes but was not referred for a medical.
match: The hospital's notes do not refer to the earlier fracture.
  unless: each other | one another | the other | the others   # records that do not refer to each other: services not coordinated
unless: (is | are | was | were) (recorded | documented) ..4 (clearly | fully)
pattern: ("record" | "records" | "notes" | "file") ..4 !(show | say | explain | record) ..2 (why | the reason | the rationale | how)
match: The records did not show why the case had been closed.
match: Most of the duty worker's entries were typed a month or more later.
match: The police report was saved under a different child's name and could not be found later.
match: Several of the health visitor's notes could not be located for the review.
nomatch: The midwife saw the baby on 3 May, and nothing of concern was noted.
nomatch: The health visitor did not see the baby at two of the four contacts recorded.
match: There was no chronology on the children's file.
nomatch: Every visit to the flat is written up in the case file, and none is missing.
nomatch: Each service is asked to keep an up-to-date chronology for the children it works with.
unless: (nothing | "no" * | "no") ..3 (in the)? (records | notes | file | chronology) ..3 (show* | suggest* | indicate*)

# ---- What was seen or said and never written, written wrongly, or filed where no one would find it (conceptsA) ----
group: @written = @records | report | reports | written report | written reports | visit report | visit reports | summary | letter | form | forms | template | the system | database | referral form
# "it appears in none of her reports", "is not mentioned anywhere in the file"
pattern: (appear | appears | appeared | feature | features | featured | mentioned | noted | recorded) ..2 (in | on) (none | neither | no) ..4 @written
pattern: !(appear | appears | appeared | feature | features | featured) ..3 (in | on | anywhere in) ..4 @written
  unless: (@man | father | partner | boyfriend | stepfather | he | him) ..6 !(appear | feature) | (court | hearing | meeting | conference) | (nothing | none | no) ..4 (appear | appears | appeared | feature | features | featured)
# A meeting, call or disclosure with nothing written about it
pattern: (no | without (a | any)) (written | typed | contemporaneous | formal)? (account | note | summary | minute | minutes | record) of ..3 (the)? (discussion | call | meeting | visit | conversation | decision | strategy discussion | conference | disclosure | home visit)
  unless: (no | not) (evidence | sign) of
# A note that stayed outside the file it belonged in
pattern: !(reach | reached | entered | added | put | placed | filed | scanned | uploaded) ..4 (into | onto | to | on)? ..3 (file | "record" | "records" | notes | system | case file)
  unless: (decision | threshold | agreement | conclusion | view) ..3 !(reach | reached) | !(put | placed) ..3 (on | onto) ..3 (plan | register | list)
# Filed against the wrong person or record
pattern: (scanned | filed | recorded | saved | entered | logged | attached) ..8 (under | on | onto | into) ..6 rather than
# "the entry was written two months after the visit", "notes added after the death"
pattern: (entry | entries | note | notes | record | records | write-up) ..6 (written | added | made | typed | entered) ..4 (after | weeks after | months after) ..3 (death | event | visit | incident | discharge)
  unless: (no | not) (evidence | sign) of
# "the chronology stopped eighteen months short", "the plan left out the abuse"
pattern: (chronology | chronologies | record | history) ..6 (stopped | stops | ended | ends | broke off | finished) ..3 (at | in | short)
  unless: because ..4 (left | moved | closed | ended | died)
pattern: (left out | omitted | leaves out | leaving out | omits) ..6 (plan | report | summary | record | letter | assessment | referral | form | chronology)
  unless: unborn | pregnancy | pre-birth
pattern: (plan | report | summary | record | letter | assessment | referral | form | chronology) ..8 (left out | omitted | leaves out | omits)
  unless: (was | were) (rightly | properly) omitted | unborn | pregnancy | pre-birth
# "ethnicity recorded as not known", "recorded as unknown"
pattern: (recorded | records | listed | lists | entered | coded | logged | typed up | written up | noted) ..8 as ..3 ("not known" | "n/a" | "unknown" | none known)
  unless: !(recorded | noted | logged) | (was | were) (correctly | accurately) (recorded | noted)
match: The marks the nursery staff described feature in none of the forms they sent.
match: The older sister's disclosure did not feature in any of the referral forms.
match: Police and social care agreed the plan by telephone, and no minute of that conversation exists.
match: The worker jotted the boy's account in her diary, and it was never added to his record.
match: The police notification was logged on the older brother's record rather than the toddler's.
match: Several notes were written after the death and nothing shows that they were late.
match: The chronology for the conference stopped two years short of it.
match: The placement plan left out the behaviour that had ended the last placement.
match: The girl's religion was recorded as unknown although the family attended church weekly.
nomatch: Every concern raised at the visit appears in the written report.
nomatch: The father does not appear in any of the records for the period.
nomatch: The midwife's note of the disclosure reached the maternity file the same day.
nomatch: No decision was reached at the meeting.
nomatch: Nothing of the kind appears in the records about the boy.
nomatch: The bruise was put down to rough play rather than recognised as a sign of harm.
# "the chronology was not up to date", "records were not always contemporaneous"
pattern: @records ~ !(up to date | up-to-date | contemporaneous | accurate | comprehensive | reflect | reflected | capture | captured)
  unless: (no | nothing) ..3 (in the)? @records ..3 (show* | suggest* | indicate*) | (no | not) (evidence | sign) of ..4 @records | (notes | noted) that
match: The chronology was not up to date when the conference met.
match: Records were not always contemporaneous.
match: The case record did not reflect what the school had reported.
nomatch: The records were accurate and up to date throughout.
# "the referral was incorrectly recorded as a contact"
pattern: (incorrectly | wrongly | inaccurately | mistakenly | erroneously | wrong) ..2 (recorded | logged | coded | entered | filed | noted | classified | categorised | dated | spelt | spelled)
  unless: (not | never) (incorrectly | wrongly | inaccurately)
match: The police notification was wrongly logged as a contact.
nomatch: The visit was recorded accurately, on the right date and under the right name.
nomatch: The social worker noted poor home conditions at the visit.
nomatch: The records show that the boy went missing twice in May and was found within hours both times.
nomatch: The GP had no record of any previous injury to the child.

# concepts4 (7 December): a record that says next to nothing, filed under the wrong person, lost or
# never made, copied forward or wrong, and a file that does not travel with the family
group: @rec4_doc = @records | "note" | description | account | summary | write-up
# "the entry for the visit reads only 'all well'", "the summary runs to one line", "the note says nothing about the baby"
pattern: @rec4_doc ~ (says | say | said | reads | read | consists | consisted | runs | ran) ..3 (only | nothing | almost nothing | little | a single | one line | two lines | a line | a few words)
  unless: (no | not) (evidence | sign) of
pattern: @rec4_doc ..15 (with)? no mention of ..3 (the)? ..2 (@child | children | baby | babies | father | partner | injury | injuries | concerns)
# Filed under the wrong person: "his surname was entered two different ways", "the visits were logged under the sibling's record"
pattern: (surname | surnames | date of birth | dates of birth | (father | mother | child | man | partner | family | his | her | their) ..2 (name | names)) ..4 (spelled | spelt | recorded | entered | written | held) ..3 (different | differently | wrongly | wrong | incorrectly | inconsistently) | (logged | filed | recorded | opened | saved | held | entered) under ..3 (the)? (wrong | mother | father | sibling | cousin | another | a different) ..3 (name | file | record | child) | (file | files | record | records) ..4 merged ..3 (wrongly | in error | by mistake)
# Lost or never made: "the report could not be found", "the minutes of two meetings were never produced", "no copy was kept"
pattern: (@written | assessment | assessments | documents | minutes | alert | plan) ..10 (could not be (found | opened | located | traced) | never saved | !saved | destroyed | rubbed out | deleted | personal drive | !produced | !(written | typed) up | existed only in | survives)
  unless: (should | would | ought to) have produced   # a grade the answers should have produced (risk_assessment) (r20b)
  unless: (no | not) (evidence | sign) of
pattern: (no | without) (written | typed)? (copy | summary | account | minute | record) ..6 (made | kept | taken | exists | of (it | them | the meeting | the conversation | the discussion | the handover)) | no running (account | record | chronology) | !("minuted") | "unminuted"
  unless: minuted as
# Copied forward or wrong: "paragraphs pasted from another family's assessment", "the dates in the chronology were out of order"
pattern: (word for word | cut and pasted | pasted | copied) ..4 from ..4 (another | a different | an earlier | an old | the previous | last year's) | (carried forward | carried over) ..4 into ..3 (every | each | later | the next) ..2 (assessment | assessments | report | reports) | carried from one (assessment | report) to the next
pattern: (facts | dates | details | names | date of birth | ages | age) ..6 (were | was)? ..2 (wrong | incorrect | inaccurate | out of order | wrongly recorded | a year out)
pattern: @records ~ (undated | unsigned | illegible)
# The record does not travel: "the plan did not follow the family to the new area", "given the name and nothing else"
pattern: (plan | file | records | history | case file | information | child protection plan) ..4 !(travel | travelled | follow | followed) with | (given | sent | received | passed) ..8 (and nothing else | and nothing more | only the (name | case number | address))
# Second pass: "the only note of the visit reads 'all fine'", "it does not say who was there", entries rubbed out or removed
pattern: only (entry | note | record | line) ..6 (reads | says | said | read) | (@rec4_doc | it) ..3 !(say | says | state | states) (who | whether | what | where | how | why) | @rec4_doc ..12 (say | says | said) (almost)? ..2 (nothing | little) about | @rec4_doc ..15 (consists | consisted | runs | ran) (of | to) ..3 (only | a single | one line | two lines | a line | a few words | a code | a tick)
  unless: (no | not) (evidence | sign) of
pattern: @records & ((rubbed out | erased | deleted | shredded | destroyed) | (appear | appears | appeared) ..8 (just | only) once | no (link | connection) between ..3 (the)? (two | files | records))
  unless: retention ..2 (policy | period | schedule)   # records destroyed on schedule are not records badly kept (lexprec)
pattern: (removed | taken off) ..4 from ..3 (the | each | his | her)? ..2 (file | files | record | records | system) | (existed | exist | exists | kept | held) only in ..4 (diary | notebook | notebooks | head | memory | emails | inbox | personal)
match: The entry for the evening visit reads only 'children settled'.
match: The officer's summary of the incident runs to two lines and says nothing about the baby.
match: The stepfather's surname was entered three different ways, so the checks found nothing.
match: The strategy meeting's minutes could not be found when the review asked for them.
match: The handover took place by phone and no written summary of it was made.
match: Whole sections of the assessment were copied from a report on another family.
match: When the family moved, the child protection plan did not travel with them.
nomatch: The entry for the visit sets out who was there, what was said and how the baby looked.
nomatch: The minutes were produced within a week and sent to every agency.
match: The only note of the visit reads 'all fine'.
match: The record does not say who was in the house.
match: Entries about the bruises were later rubbed out of the nursery's diary.
nomatch: The record says who was present, where the children slept and what they said.

# lexsystem (7 December): a record that cannot answer who or what, late to arrive, copied forward, spelt two ways, or lost
# "it is not possible to tell from the notes who was present", "the file cannot show whether the baby was seen"
pattern: (not possible | impossible | cannot | could not | unable | no way) ..3 (to)? (tell | say | know | establish | work out | see) ..3 from (the)? ..2 @rec4_doc
pattern: @rec4_doc ..6 took ..3 (weeks | months | a year) ..3 (to)? (arrive | reach | come | be transferred | follow)
pattern: (repeats | repeated | reproduces | reproduced | carries | carried) ..3 (whole)? (paragraphs | sections | passages | text | wording) ..4 from
pattern: ((his | her | their | the (child's | boy's | girl's | father's | mother's | family's | man's | baby's)) (name | surname) | surname | surnames) ..4 (spelled | spelt | recorded | entered | written) ..2 (two | three | several | different) ways
pattern: ("note" | "notes" | sheet | paper | "record" | "records" | diary | notebook) ..6 (+lost | mislaid | misplaced | went missing | thrown away | never found)
  unless: @other_sense
match: It is not possible to tell from the notes who was at the visit.
match: The family's records took seven months to arrive at the new practice.
match: The assessment repeats whole paragraphs from last year's, including a child who had left.
match: The boy's name was spelt three different ways across the police records.
match: The boy's first disclosure was noted in a diary that was mislaid soon after.
nomatch: The notes make it possible to tell who was present at every visit.
nomatch: The records arrived at the new practice within a week.

# lexsystem, second pass: a box left empty, minutes late, a record that leaves out the children, little trace of reasons
pattern: @records ..6 (went out | sent out | circulated | issued | distributed | typed up | produced) ..6 (weeks | months) (after | later)
pattern: ("record" | "entry" | "log" | "form" | referral form) ..5 !(include | included | contain | contained | list | listed | mention | mentioned) ..3 (the)? (child | children | children's | baby | baby's | details | names | name)
pattern: little evidence that ..8 ("recorded" | "documented" | "written down" | "minuted")
match: Minutes of the core group went out six to ten weeks after each meeting.
match: The police record of the incident did not include the children's details.
match: There is little evidence that decisions were recorded with the reasons for them.
nomatch: The police record of the incident included each child's name and date of birth.
match: The disclosure was not recorded anywhere in the school's file.
nomatch: The clinic had no record of her ever coming in.
nomatch: On none of the recorded occasions did the worker get past the doorstep.
nomatch: The lack of a shared health record meant the GP could not see the bruising.
# No one place where the history was written together: "no single document anywhere drew the contacts together"
pattern: (no | not one | no single) (single)? ("document" | "record" | chronology | summary) ..4 (drew | brought | pulled | put | gathered | set out) ..4 together
  unless: (single | shared) health record
match: No single document anywhere drew the forty contacts together.
nomatch: A single chronology drew every agency's contacts together.

# "it is not clear whether he was seen alone, because the records do not say", "the file says so twice; for the other
# visits there is no way of knowing"
pattern: @records (do not | does not | did not | never) (say | show | record | state | explain) (so | whether | who | why | what | when | how | either way) | (because | as | since) ..2 (the)? @records (do not | does not | did not) (say | show | record)
pattern: @rec4_doc & no way of (knowing | telling | checking)
match: It is not clear whether the boy was seen alone, because the records do not say.
match: The file says so only twice, and for the other visits there is no way of knowing.
nomatch: The records say who was present at every visit.
# lexprec (7 December): the record as evidence for another theme's failure
nomatch: The review saw no record that anyone asked the chair to look again at the plan.
nomatch: The maternity notes contained nothing about Mr D beyond his name.
nomatch: The health visiting file holds nothing about either hospital attendance.
nomatch: The file contains no note of a manager reading the assessment.
nomatch: It is not clear why the case stayed open for a year with no visit recorded after March.
nomatch: The doctor recorded the fracture as a fall without consulting the record that showed an earlier one.
nomatch: The health visitor disagreed with the decision but neither recorded her view nor raised it.
nomatch: The risk form was completed, but the box for what could go wrong was left blank.
match: There is no chronology on the file for the eighteen months the children were on a plan.
match: The referral form was never added to the case file.
nomatch: The previous authority had destroyed its records under its retention policy before the review began.

# r18a: a record told through what happened to it: nowhere on the system, no minutes taken, a form or body map lost,
# a file that travelled with only part of the history.
pattern: (appears | appear | appeared | recorded | logged) nowhere | nowhere (on | in) (the)? ..2 (system | file | files | record | records | notes | case notes | database)
pattern: (nobody | no one | no-one) (took | kept | wrote | made) ..2 (minutes | notes | a note | a record) | !(take | took | taken | keep | kept) ..2 (minutes | notes | a note | any notes | a record) | (minutes | notes) (were | was) (not | never) (taken | kept)
  unless: (take | took | taken) note of
pattern: (body map | body maps | photograph | photographs | photos | referral form | form | letter | report | file | files | minutes | paperwork) ..6 (was | were | had been | has been) ..2 (+lost | mislaid | misplaced | never found | misfiled)
  unless: @other_sense
pattern: @records ..6 (contained | contains | held | holds | covered | covers | included | includes | went back) only
match: The call from the grandmother was taken by the duty worker and is recorded nowhere.
match: Nothing of the home visit appears anywhere, and the disclosure is nowhere in the case notes.
match: No one took minutes at the professionals' meeting, so what was agreed is not known.
match: Minutes were not taken at either strategy discussion.
match: The photographs of the boy's bruises were lost before the medical.
match: The records passed to the new school covered only the final term.
nomatch: The worker did not take note of the grandmother's warning.
nomatch: Minutes were taken at each meeting and sent out within a week.
nomatch: The photographs of the boy's bruises were kept with the medical report.
nomatch: The girl went missing twice, and the report of it was filed that night.

# ---- r20b (8 December): the report register ----
# A document that could not later be found: "the body map could not subsequently be located on any system".
pattern: (@written | assessment | assessments | body map | body maps | photograph | photographs | minutes | plan | alert) ..10 (could not | cannot | can not) ..2 be ..2 (found | located | traced | retrieved)
  unless: (father | mother | @man | @parent | family | child | he | she | they) ..3 (could not | cannot) ..2 be
match: The body map completed by the nursery could not subsequently be located on any agency's system.
match: The minutes of the second core group cannot now be found.
nomatch: The body map was scanned onto the file the same day and can be found there.
# What mattered left out of a record: "key information about the father's conviction was missing from the referral record".
pattern: (information | details | detail | history | reference | account | conviction | concerns) ..10 (+missing | omitted | left out | +absent) from ..3 (the | its | their | his | her | a)? ..2 @written
  unless: (@man | father's | partner's | stepfather's) ..2 (name | details)
match: Key information about the father's conviction was missing from the referral record.
match: Any reference to the earlier injury was omitted from the transfer summary.
nomatch: The father's name was missing from the health records.
# Records that followed the family late: "the transfer of the file was delayed by several months".
pattern: (transfer | transfers | transferring) of ..4 @records ..8 (+delayed | late | slow | took ..3 (weeks | months) | held up)
match: The transfer of the case file to the new authority was delayed by several months.
nomatch: The transfer of the records was completed within the week.
# Not contemporaneous, not accurate, or written after the event: "entries were made retrospectively".
pattern: @records ~ !(contemporaneous | accurate | "detailed" | up to date | up-to-date)
  unless: (no | not) (evidence | sign) of ..4 @records
pattern: (entries | entry | notes | records | recording | note | minutes) ..8 (retrospectively | retrospective | after the event)
  unless: (review | reviewer | panel) ..4 (retrospectively | retrospective)
match: Case records were not contemporaneous, and some were not accurate.
match: Several entries about the visits in March were made retrospectively.
match: The notes of the strategy discussion were written up after the event.
nomatch: The health visitor's records were contemporaneous, accurate and detailed.
nomatch: The panel looked retrospectively at the notes of the strategy discussion.
nomatch: The health visitor's assessment left the section on the stepfather blank.
nomatch: No request for the previous authority's records was ever made.
