id: disguised_compliance
label: Disguised compliance and non-engagement
description: Apparent cooperation that hid non-engagement; appointments missed or the child not brought; parents avoiding professionals, cancelling visits, refusing access.
# ---- Concepts: what this theme evaluates ----
group: @engagement = engagement | engaged | cooperation | cooperated | cooperate | co-operation | compliance | complied | attendance | participation
group: @appointment = appointment | appointments | visit | visits | clinic | session | sessions | check-up | immunisation | immunisations

# ---- Concept patterns ----
pattern: @engagement ~ +(superficial | apparent | apparently | only apparent | token | tokenistic | false | disguised | in name only | on the surface | @weak | sporadic | intermittent | erratic | poor)
  unless: engagement ..3 (with | of) ..3 (@agency | professionals) ..3 (improved | good) | (child | children | young person) ..3 (engagement | attendance) | compliance (with | of) ..3 (procedure* | policy | policies | guidance | protocol* | standards | timescales | requirements)
pattern: (agreed | agree | agreeing | signed up | appeared | seemed | promised) ..10 (completed | carried out | did | made | followed) ..2 (none | nothing | little | no)
pattern: (@appointment) ~ +("missed" | "cancelled" | "cancelling" | not attended | unattended)
  unless: followed up | rebooked | (review | this review) ..4 (cancelled | postponed) | (@professional | @agency) ..4 (cancelled | missed | postponed) | for (good)? reasons | otherwise ..4 (good | excellent) | research | sample
pattern: !(bring | brought | attend | attended | kept | keep) ..4 @appointment
pattern: @parent ..3 !(engage | engaged | cooperate | cooperated | comply | complied) ..3 (fully | genuinely | properly | consistently | meaningfully | with)
pattern: +(appeared | seemed) ..4 (to)? (cooperate | cooperating | comply | complying | engage | engaging)

# ---- Phrase patterns: particular ways of saying it ----
pattern: disguised compliance | superficial* (engagement | compliance | cooperation | engage*) | apparent (cooperation | compliance | engagement) | engagement was superficial
  unless: !disguised
pattern: (engagement | cooperation | compliance) ..4 (superficial | apparent | token | false | disguised | not genuine)
pattern: (was | were) !brought ..4 (to | appointment* | clinic)?
  unless: (was | were) !brought ..3 (to ..3 attention | before | into | together) | (one | a single) appointment ..6 (promptly | rebooked | rearranged)
pattern: (did not | failed to | not) (attend | bring) ..4 (appointment* | clinic | session* | meeting* | immunisation* | review*)?
  unless: (@professional | @agency) ..1 (did not | failed to | not) attend   # a professional's absence is not the family's non-engagement
  unless: (because of | due to) ..4 (hospital appointment | illness)
pattern: (+missed | cancelled | canceled | rearranged | broken) ..3 (appointment* | visit* | session* | meetings)
  unless: (one | a single | single) ..2 (missed | cancelled) | promptly | +followed up | rebooked
pattern: appointments ..4 (continued to be | repeatedly | were) +missed
  unless: +followed up
pattern: (+missed | cancelled) appointments
  unless: +followed up | promptly
pattern: (cancel* | avoid* | evad* | refus* | obstruct*) ..4 (visit* | contact | access | professionals | appointments | to engage | entry | scrutiny)
  unless: (refusal | refusals) ..6 (not | understandable | reasonable) | research | sample
pattern: (called | visited | knocked | visit | visits | call | calls) ..8 no (answer | reply | response)
pattern: (door | doors | telephone | phone | calls | messages | letters) ..4 (+unanswered | !answered)
pattern: (no access | could not gain access | not gain access | unable to gain access | no reply | went +unanswered | not at home when | not in when | out whenever | doorstep | arm's length | keeping professionals at)
pattern: !(allow* | let) ..6 (into | in | access | health visitor | social worker | see)
pattern: (told ..3 what they wanted to hear | telling professionals what | nothing changed at home | said the right things)
pattern: (agreed | agree | attended | engaged) ..12 (but | yet | while) ..10 (did little | nothing | little or nothing | did not change | not change | no change | not completed | none of)
pattern: (none of the agreed actions | actions ..4 not (completed | carried out)) 
pattern: (cleaned | tidied) before ..3 (announced | planned)? visits?
pattern: (withdrawn | removed) from school ..6 (home educat* | avoid*)
pattern: (moved | move) ..4 (address | house | home) ..6 (times | repeatedly | frequently)
pattern: avoid* ..3 (scrutiny | detection | professionals)
# "the mother always had a reason why the visit could not go ahead"
pattern: (reason | reasons | excuse | excuses) ..5 (why | for)? ..4 (visit* | appointment* | meeting* | access) ..4 (could not | cannot | couldn't | did not | not go ahead | inconvenient | not convenient)
pattern: "dna"
unless: (always | all) ..4 (attended | brought)
unless: (one | a single) appointment ..6 (promptly | rebooked | rearranged)
unless: engaged (well | genuinely | fully)
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
