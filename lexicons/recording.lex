id: recording
label: Poor record keeping
description: Records were missing, incomplete, inaccurate or not transferred; chronologies absent.
# ---- Concepts: what this theme evaluates ----
group: @records = "record" | "records" | "recording" | record keeping | record-keeping | "notes" | case notes | entries | entry | minutes | "file" | "files" | case file | "log" | "logs" | chronology | chronologies | documentation | write-up

# ---- Concept patterns ----
pattern: @records ~ +(@weak | @lacking | +incomplete | +inaccurate | inaccuracies | errors | error | wrong | +(out of date) | contradictory | illegible | +lost | mislaid | scant | +sparse | thin | vague | confused | gaps | blank)
  unless: (no | nothing) ..3 (in the)? @records ..3 (show* | suggest* | indicate*) | (absent | missing) from ..3 @records | recorded as | (missing | lost) (child | children | person | from (home | school | care | education)) | gaps in ..3 (provision | services | knowledge)
pattern: @records ~ !(transfer | transferred | kept | keep | update | updated | complete | completed | maintain | maintained | written | write | made | started)
  unless: (no | nothing) ..3 (in the)? @records ..3 (show* | suggest* | indicate*) | (no | not) (evidence | sign) of ..4 @records
pattern: (key | important | crucial | relevant) information ..4 (+missing | +absent | omitted | left out) ..3 (from)?

# ---- Phrase patterns: particular ways of saying it ----
pattern: ("record" | "records" | "recording" | "notes" | case notes | entries | entry | minutes | "file" | "log" | chronology) ..8 (+incomplete | +inaccurate | +missing | +lost | poor | +sparse | +inadequate | +absent | +(out of date) | unclear | confused | contradictory | copied and pasted | copied | written up ..4 (weeks | later | after) | misspelling | misspelt | wrong | could not be (found | located | traced) | not flagged | +unflagged | loose sheets | did not distinguish)
  unless: @other_sense
  unless: (record | records) ..4 (comprehensive | contemporaneous | clear)
# Minutes not circulated are information not shared (multi_agency); minutes never written are missing records.
pattern: ("record" | "records" | "notes" | minutes | chronology | "file") ..8 (!transferred | !kept | !updated | !written | !completed | !maintained | !shared | !received | !transfer | not on file)
# "There was no record of any domestic abuse incident before the move" says there was no history, not that records were poor.
unless: no (written)? record of any ..4 (incident | incidents | concern | concerns | conviction | convictions | offence | offences | injury | injuries | allegation | allegations | abuse | violence | involvement | contact | referral | referrals | attendance | attendances | admission | admissions)
pattern: (!("recorded" | "record" | "documented" | "document" | "written down") | +unrecorded | no record | no written record)
  unless: (was|were) !recorded as
  # "no concerns were noted": nothing worrying was seen, which says the record was made.
  unless: (no | none | nothing) ..2 (concern | concerns | of concern | problem | problems | issue | issues | worries | difficulties | injury | injuries | marks | bruising | abnormality | abnormalities | change | changes) ..3 (noted | recorded | documented | observed)
  # "no single health record" is health_coordination; "on three of the occasions recorded" sits inside a negated clause.
  unless: no (single | shared | complete | combined | joint | integrated) ..2 (health)? record | (occasion | occasions | visit | visits | contact | contacts | time | times | incident | incidents) (recorded | documented | noted)
pattern: (no | without a) ..2 (chronology | shared chronology | record | records | case note* | "note" | "notes" | written rationale | rationale)
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
  unless: ("no" | not any | "little") (evidence | sign | indication | suggestion | reason) | (single | one | shared) ..2 health record   # no single health record: health_coordination
pattern: @records ..3 (holds | held | contains | contained | has | had | shows | showed) ..2 (nothing | "no")
pattern: @records ..6 (written | typed | entered | added | completed) (up)? ..4 (weeks | months | days) ..2 (later | after)
pattern: (assessment | report | plan | record | records | notes) ..10 (copied | pasted | cut and pasted) ..4 from
pattern: (box | boxes | section | sections | field | fields) ..6 (left)? (+empty | +blank)
pattern: (two | three | different | conflicting | wrong) (dates of birth | date of birth | spellings of)
pattern: (scanned | filed | entered | saved | recorded) ..6 (into | on | under) ..4 (record | file | notes | system) ..4 instead of
pattern: (notes | reports | records | entries | file | minutes) ..3 !(mention | mentioned | include | included | refer | referred)
  unless: each other | one another   # records that do not refer to each other: services not coordinated
unless: (is | are | was | were) (recorded | documented) ..4 (clearly | fully)
pattern: ("record" | "records" | "notes" | "file") ..4 !(show | say | explain | record) ..2 (why | the reason | the rationale | how)
match: The records did not show why the case had been closed.
match: Case notes were often written up weeks after the visit.
match: The police report was saved under a different child's name and could not be found later.
match: Several of the health visitor's notes could not be located for the review.
nomatch: The midwife saw the baby on 3 May, and nothing of concern was noted.
nomatch: The health visitor did not see the baby at two of the four contacts recorded.
match: There was no chronology on the children's file.
nomatch: A record exists of each home visit.
nomatch: Agencies should ensure that a chronology is maintained on every case.
unless: (nothing | "no" * | "no") ..3 (in the)? (records | notes | file | chronology) ..3 (show* | suggest* | indicate*)

# ---- What was seen or said and never written, written wrongly, or filed where no one would find it (conceptsA) ----
group: @written = @records | report | reports | written report | written reports | visit report | visit reports | summary | letter | form | forms | template | the system | database | referral form
# "it appears in none of her reports", "is not mentioned anywhere in the file"
pattern: (appear | appears | appeared | feature | features | featured | mentioned | noted | recorded) ..2 (in | on) (none | neither | no) ..4 @written
pattern: !(appear | appears | appeared | feature | features | featured) ..3 (in | on | anywhere in) ..4 @written
  unless: (@man | father | partner | boyfriend | stepfather | he | him) ..6 !(appear | feature) | (court | hearing | meeting | conference) | (nothing | none | no) ..4 (appear | appears | appeared | feature | features | featured)
# "no written account of the strategy discussion", "without any note of the call"
pattern: (no | without (a | any)) (written | typed | contemporaneous | formal)? (account | note | summary | minute | minutes | record) of ..3 (the)? (discussion | call | meeting | visit | conversation | decision | strategy discussion | conference | disclosure | home visit)
  unless: (no | not) (evidence | sign) of
# "a loose sheet that never reached the file", "the letter was never added to the child's record"
pattern: !(reach | reached | entered | added | put | placed | filed | scanned | uploaded) ..4 (into | onto | to | on)? ..3 (file | record | records | notes | system | case file)
  unless: (decision | threshold | agreement | conclusion | view) ..3 !(reach | reached) | !(put | placed) ..3 (on | onto) ..3 (plan | register | list)
# "filed under the mother's name rather than the baby's"
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
match: The bruising she saw appears in none of her written reports.
match: The baby's name does not appear anywhere in the mother's file.
match: There is no written account of the strategy discussion in February.
match: The note of the disclosure was made on a loose sheet that never reached the maternity file.
match: The discharge letter was scanned into the system under the mother's name rather than the child's.
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
