id: rule_of_optimism
label: Rule of optimism
description: Professionals were over-optimistic about the parents, focused on strengths or small improvements and discounted risk.
# ---- Concepts: what this theme evaluates ----
group: @progress = progress | improvement | improvements | change | changes | strengths | capacity to change | view | picture

# ---- Concept patterns ----
pattern: (over-optimistic | overly optimistic | over optimistic | too optimistic | unduly optimistic | undue optimism | misplaced optimism | over-optimism | optimism ..4 (misplaced | unfounded | unwarranted | prevailed) | rule of optimism | too hopeful | overly hopeful | too positive | overly positive | unduly positive | rose-tinted | too generous)
  unless: (not | no) ..2 (over-optimistic | overly optimistic | too optimistic | too positive) | (avoid | guard against) ..3 (optimism | over-optimism)
pattern: (strengths | risks | view | views | picture | judgement | assessment of progress) ~ !(weigh | weighed | balanced | evenly | realistic | realistically)
pattern: @progress ~ +(+overstated | overstate | +overestimated | overestimate | +exaggerated | inflated | overplayed | over-emphasised | overemphasised)
pattern: (strengths | positives | improvements | progress) ~ (+(focus | focused | focussed | relied | dwelt | emphasis) ..8 (discounted | +lost sight | at the expense | rather than | +overlooked | +ignored | instead | +minimised))
pattern: (relied | rely | focus* | emphasis*) ..6 (strengths | positives | small improvements | progress) ..8 (+lost sight | discount* | overlook* | rather than | at the expense | instead | ignor* | minimis*)

# ---- Phrase patterns: particular ways of saying it ----
pattern: rule of optimism
# "dwelt on the mother's strengths and said little about the risks"
pattern: +(focus* | dwelt | dwell* | concentrat* | emphasis*) ..6 (strengths | positives | progress) ..10 (little | nothing | less) ..3 (risk* | concern* | danger* | harm)
# "the move was seen as a fresh start", "progress despite little evidence of change"
pattern: (seen | treated | regarded | viewed | welcomed) as (a)? (fresh | new | clean) (start | slate | beginning)
pattern: (progress | improvement* | change*) ..10 (despite | without) ..4 (little | no | any | limited) ..3 evidence
# "positive reports of her attendance were allowed to outweigh the concerns"
pattern: (positive* | progress | improvement* | attendance | engagement | good (news | report | reports | feedback)) ..10 (outweigh* | overshadow* | eclips* | overrode | overrid* | masked) ..6 (concern* | risk* | worr* | evidence)
pattern: (over-optimistic | overoptimistic | over optimistic | overly optimistic | unduly optimistic | too optimistic | optimism | over-optimism | unrealistic* optimis*)
  unless: optimism ..6 (grounded | justified | supported by evidence | warranted) | !(over-optimistic | optimistic)
pattern: (overly | too | unduly | unrealistically | excessively) (positive | hopeful | favourable | rosy)
pattern: (improvement* | progress | change* | abstinence) ..6 (+overstated | +overestimated | +exaggerated | taken as (evidence | a sign) | seen as (evidence | a sign) | treated as (evidence | a sign))
pattern: (small | short | slight | minor | brief | short-lived | temporary | each short) ..4 (improvement* | change* | period* | progress) ..8 (taken | seen | treated | accepted | regarded | interpreted) ..3 (as | to be)
pattern: (focus* | emphasis | weight) ..6 (strengths | positives | what was going well | love for | willingness | warmth | commitment)
  unless: balanced
pattern: (hope | hoped | wish | wanted) ..8 (coloured | became | led | succeed | better | settled | would improve)
pattern: (turned a corner | doing really well | doing well)
  unless: (was | were) doing well ..4 (at school)
pattern: (discount* | minimis* | downplay* | played down) ..4 (risk* | concern* | evidence)
  unless: !(discount* | minimis*)
pattern: (too positive | positive view | optimistic view | generous view) ..8 (taken | held | prevailed | of)
pattern: (capacity to change | ability to change | ability to protect) ..6 (that | which) ..6 (!support | not supported | did not support)
unless: (not | never) ..3 (over-optimistic | overly optimistic | too optimistic)
pattern: (reassured | encouraged) by ..4 (warmth | commitment | love | willingness | progress)
# "continued to believe that the parents could change"
pattern: (continued | continue | still) ..2 (believe | believed | hope | hoped | think | thought | expect | expected) ..6 (could | would | was going to | were going to) ..3 (change | improve | cope | manage | turn)
match: There was an unduly optimistic view of the couple's ability to change.
match: Good reports from the contact centre overshadowed the nursery's worries about the twins.
match: Her return to college was welcomed as a new beginning for the family.
match: The report spoke of real progress without any evidence that the home had changed.
match: A brief period of abstinence was taken as evidence that the father had recovered.
match: Practitioners focused on the mother's strengths and played down the risks.
nomatch: The assessment gave a balanced account of the family's strengths and difficulties.
nomatch: The review does not consider that professionals were over-optimistic.
unless: not a feature | (review | panel) did not see it
