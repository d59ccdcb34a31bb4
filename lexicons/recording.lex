id: recording
label: Poor record keeping
description: Records were missing, incomplete, inaccurate or not transferred; chronologies absent.
pattern: (record | records | recording | notes | case notes | entries | entry | minutes | file | log | chronology) ..8 (incomplete | inaccurate | missing | lost | poor | sparse | brief | inadequate | absent | out of date | unclear | confused | contradictory | copied and pasted | copied | written up ..4 (weeks | later | after) | misspelling | misspelt | wrong | not flagged | unflagged | loose sheets | did not distinguish)
  unless: (record | records) ..4 (comprehensive | contemporaneous | clear)
pattern: (record | records | notes | minutes | chronology | file) ..8 (!transferred | !kept | !updated | !written | !circulated | !completed | !maintained | !shared | !received | !transfer | not on file)
pattern: (!recorded | !documented | !written down | !noted | unrecorded | no record | no note | no written record)
  unless: (was|were) !recorded as
pattern: (no | without a) ..2 (chronology | shared chronology | record | records | case note* | note | written rationale | rationale)
  unless: (no | without a) single health record
pattern: (rationale | reason | reasons | decision | decisions) ..6 (!recorded | !written | never written down | not documented | undocumented)
pattern: (completed | filled) ..3 inaccurately
pattern: (filed | recorded | held) under ..3 (misspelling | wrong name | wrong)
pattern: (record | records | electronic record | the system) ..8 !(show | contain | include) ..4 (note | entry | record | reference)
pattern: (records | minutes | notes) ..4 !survive
  unless: !survive scrutiny
pattern: contains no (note | record | entry)
unless: (is | are | was | were) (recorded | documented) ..4 (clearly | fully)
pattern: (record | records | notes | file) ..4 !(show | say | explain | record) ..2 (why | the reason | the rationale | how)
match: The records did not show why the case had been closed.
match: Case notes were often written up weeks after the visit.
match: There was no chronology on the children's file.
nomatch: A record exists of each home visit.
nomatch: Agencies should ensure that a chronology is maintained on every case.
