id: lack_of_challenge
label: Insufficient challenge and escalation
description: Professionals did not challenge each other's decisions or escalate disagreement; escalation procedures went unused; deference to another agency's view.
# ---- Concepts: what this theme evaluates ----
group: @challenge = challenge | professional challenge | challenging | escalation | escalate | escalated | escalation policy | escalation procedure | dispute resolution | professional disagreement
group: @decision = decision | decisions | threshold decision | conclusion | "conclusions"

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
pattern: (accepted | accept | went along with | agreed to) ..8 (despite | although | though | while) ..3 (disagreeing | disagreement | misgivings | doubts | reservations | concerns | unease)

# ---- Phrase patterns: particular ways of saying it ----
pattern: !(challenge* | escalat* | question* | dispute* | pursue* | contest*) ..8 (decision | decisions | view | opinion | plan | conclusion | outcome | concerns | it | this | them | the (police | social worker | social care | conference | paediatrician | gp | consultant | manager | local authority) | further)
  unless: (was | were) !(challenged | questioned) | escalating pattern | (manager | managers) ..3 !(question | challenge)
  # An injury that went unquestioned is a sign of abuse missed, not a decision left unchallenged.
  unless: @injury ..8 !question*
pattern: (concern* | unease | disagreement | worries | doubts) ..10 (!escalated | !pursued | !resolved | !raised formally | informal* | privately | never escalated | not escalated)
pattern: (escalation | resolution | dispute resolution | professional disagreement) ..3 (policy | procedure | procedures | process | protocol) ..8 (!used | !invoked | !followed | !applied | +unused | not used)
pattern: (none | no one | nobody | not one) ..8 (escalat* | challeng* | made use of ..4 (escalation | resolution) | question*)
  # Questioning how an injury came about is about the injury (signs_of_abuse), not about another professional's decision.
  unless: question* ..10 (@injury | injur* | hurt)
pattern: (defer* | deference | deferring) ..4 (to)? ..6 (view | views | opinion | judgement | decision | social worker | police | consultant | psychiatrist | paediatrician | specialist | status | expertise | authority)
pattern: (went along with | acquiesced | accepted ..4 without (challenge | question*) | did not feel able to | felt unable to | reluctant to challenge | reluctance to challenge | reluctant to question | culture of politeness | difficult questions went +unasked | +unasked)
  unless: accepted ..3 (@parent | mother's | father's | parents') ..3 @account   # a parent's account taken on trust is face_value
pattern: (disagree* | unhappy | uneasy | worried | doubted | concerned) ..14 (but | yet | although | even though) ..8 (!escalate* | !challenge* | !pursue* | !raise* | !question* | went along | accepted | did nothing)
pattern: (disagreement | dispute) ..10 !resolved
pattern: (lack | absence) of ..2 (professional)? (challenge | escalation)
pattern: (no | little) ..2 (challenge | escalation | professional challenge)
  unless: no (need | reason) for
unless: (was | were) (escalated | challenged) ..8 (resolved | changed | and)
match: The health visitor disagreed with the decision but did not escalate her concerns.
match: The school deferred to the social worker's judgement despite its own worries.
match: Nobody invoked the escalation procedure, although several agencies were unhappy.
nomatch: The school nurse challenged the decision, and the case was kept open.
nomatch: The disagreement was escalated and resolved within a week.
