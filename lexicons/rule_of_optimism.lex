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
# a report that gives its room to what the parents do well and barely mentions the dangers
pattern: +(focus* | dwelt | dwell* | concentrat* | emphasis*) ..6 (strengths | positives | progress) ..10 (little | nothing | less) ..3 (risk* | concern* | danger* | harm)
# "the move was seen as a fresh start", "progress despite little evidence of change"
pattern: (seen | treated | regarded | viewed | welcomed) as (a)? (fresh | new | clean) (start | slate | beginning)
pattern: (progress | improvement* | change*) ..10 (despite | without) ..4 (little | no | any | limited) ..3 evidence
# "positive reports of her attendance were allowed to outweigh the concerns"
pattern: (positive* | progress | improvement* | attendance | engagement | good (news | report | reports | feedback)) ..10 (outweigh* | overshadow* | eclips* | overrode | overrid* | masked) ..6 (concern* | risk* | worr* | evidence)
pattern: (over-optimistic | overoptimistic | over optimistic | overly optimistic | unduly optimistic | too optimistic | optimism | over-optimism | unrealistic* optimis*)
  unless: optimism ..6 (grounded | justified | supported by evidence | warranted | balanced | tempered) | !(over-optimistic | optimistic)
pattern: (overly | too | unduly | unrealistically | excessively) (positive | hopeful | favourable | rosy)
pattern: (improvement* | progress | change* | abstinence) ..6 (+overstated | +overestimated | +exaggerated | taken as (evidence | a sign) | seen as (evidence | a sign) | treated as (evidence | a sign))
pattern: (small | short | slight | minor | brief | short-lived | temporary | each short) ..4 (improvement* | change* | period* | progress) ..8 (taken | seen | treated | accepted | regarded | interpreted) ..3 (as | to be)
pattern: (focus* | emphasis | weight) ..6 (strengths | positives | what was going well | love for | willingness | warmth | commitment)
  unless: balanced
pattern: (hope | hoped | wish | wanted) ..8 (coloured | became | led | succeed | better | settled | would improve)
pattern: (turned a corner | doing really well | doing well)
  unless: (was | were) doing well ..4 (at school)
  # How the children are now, after the events: "the children now live with their aunt and are doing well".
  unless: (now | currently | today | since then) ..8 doing (really)? well
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
match: The worker's emphasis was on the grandmother's warmth, and the risk from her partner was downplayed.
nomatch: The assessment gave a balanced account of the family's strengths and difficulties.
nomatch: Reviewers concluded that nobody on the core group was unduly optimistic about Mr H.
unless: not a feature | (review | panel) did not see it
# Other reviews' findings are the literature, not this case (@others_found, disguised_compliance.lex)
unless: @others_found
nomatch: Reviews of this kind have often identified the rule of optimism where parents appear cooperative.
nomatch: Research has found that practitioners are too often reassured by a parent's warmth and commitment.
match: The review found that practitioners were reassured by the mother's warmth and commitment.

# ---- One good sign taken for change, hope colouring the reading, things seen as better than they were (conceptsA) ----
# one good fact offered as proof of safety: "a steady job read as showing he could care for an infant"
pattern: (treated | taken | read | seen | cited | accepted | presented | reported | regarded | offered) ..2 as (evidence | proof | a sign | a signal | an indication | confirmation) (that | of) ..10 (could | would | was able | were able | had changed | was safe | were safe | could keep | was ready | had improved | progress | change | capacity)
  unless: (not | never) (treated | taken | read | seen | accepted | regarded) as
# the situation judged better than it was: "the home was believed calmer than it really was"
pattern: (better | safer | more settled | more stable | more secure | less serious | less risky) than (they | it | things | she | he | the family | the home | the situation) (really)? (were | was | had been | actually were)
# "the relationship coloured how every incident was read", "warmth blinded the network"
pattern: (relationship | view | warmth | fondness | liking | sympathy | affection | rapport | loyalty | admiration | hope | hopes) ..10 (coloured | colored | blinded | clouded | skewed | tinted)
  unless: (not | never) ..2 (coloured | colored | blinded | clouded | skewed)
pattern: ("willing" ..3 (to succeed | to do well | to make it | to manage | to cope) | rooting for | kept hoping that | continued to hope that | hoping against hope | wanted ..3 to (succeed | do well))
  unless: (not | never) ..2 (willing | rooting | hoping)
# a worrying sign filed as a passing dip, not as part of a run: "put down as an off day rather than a trend"
pattern: (read | seen | treated | regarded | explained | dismissed | put down) as (a | an)? ..2 (bad (day | week | patch | spell) | blip | one-off | lapse | setback | exception | off day | wobble) ..3 rather than
# good signs recorded in full and bad ones excused; facts at odds with the hopeful story left aside
pattern: (hopeful | positive | encouraging | good) (sign | signs | news | reports | signals) ..12 (worrying | negative | bad | concerning | troubling) ..8 (explained | explanation | set aside | discounted | ignored | played down | excuse)
pattern: (pieces | evidence | signs | information | facts | reports) ..2 (that | which)? ..2 (did not | didn't) fit ..6 (set aside | ignored | discounted | explained away | put to one side | left out)
# Glowing words against the facts: "she had 'turned a corner', as she had in each of the three years before"
pattern: (turned a corner | sustained change | real progress | significant progress | doing brilliantly | thriving | lovely visit | going well | great progress) & (although | despite | even though | yet | days after | weeks after | had turned | before | again | each time | every time)
  unless: (no | not) ..3 (thriving | progress) | genuinely | was real | (balanced | realistic) ..4 (view | assessment)
match: The mother's completion of a cookery course was cited as proof that she would now feed the children properly.
match: Professionals believed that the home was safer than it was.
match: The worker's warmth towards the mother coloured how every report from the school was read.
match: The network seemed to be willing the couple to succeed.
match: When the school flagged the boy's weight loss, it was put down as a one-off rather than part of a trend.
match: Good news from the family centre filled the file; bad news from the school was explained away.
match: Reports which didn't fit the hopeful story were simply ignored.
match: The assessment said she had turned a corner, although she had said the same each spring.
nomatch: The worker did not treat one clean kitchen as evidence that anything had changed.
nomatch: Her report weighed the improvements in the home evenly against the dangers still present.
nomatch: The baby was thriving and gained weight steadily at every weighing.
nomatch: The officer described the fifteen-year-old as a willing participant.
# "the positives were given more weight than the concerns", "saw the best in the mother"
pattern: (positive | positives | strengths | improvements | improvement | progress | good news | hopeful signs) ..6 (more weight than | greater weight than | outweighed | prevailed over | overshadowed | eclipsed)
pattern: (saw | see | seeing | seen) the best in
# "progress was judged on attendance rather than on change for the children"
pattern: (judged | measured | assessed | gauged | evidenced) ..3 (on | by) ..3 (attendance | engagement | compliance | turning up | attending | meetings) ..8 rather than
match: The positives were given more weight than the concerns at every review.
match: The health visitor always saw the best in the young mother.
match: Progress was judged by attendance at meetings rather than by change for the baby.
nomatch: Strengths and concerns were weighed evenly in the assessment.
# "practitioners were optimistic that the mother would cope"
pattern: (were | was | remained | felt | seemed) (very | overly | too | unduly)? (optimistic | hopeful | confident) that ..6 (@parent | she | he | they | mother | father | parents | family) ..4 ((would | could | was able | were able) ..2 (cope | manage | change | keep | protect | stop | stay | care | look after | parent | succeed | make it | turn) | had changed | had stopped)
  unless: (not | never | less) (very | overly | too)? (optimistic | hopeful | confident) | (rightly | justifiably) (optimistic | hopeful | confident)
match: Practitioners were optimistic that the mother would cope with a second baby.
nomatch: Practitioners were not optimistic that the mother would cope and planned accordingly.
nomatch: Practitioners were hopeful that the family would move to a larger flat.

# ---- One good sign carrying a large decision; warmth praised and the risk passed over (concepts3) ----
# "after one good contact session the plan was relaxed", "praised her love for him and said little about the bruises"
pattern: (one | a single | a couple of | two | a few | a brief) ..2 (good | positive | better | calm | clean | tidy | settled | successful) ..3 (visit | visits | session | sessions | contact | week | weeks | report | test | day | days | meeting) ..15 (changed | relaxed | reduced | stepped down | closed | ended | lifted | increased | extended | taken as | recorded as | seen as | treated as | read as | became | turned into | written up as | described as)
  unless: (after | following) ..4 (months | a year | sustained | consistent | repeated | many)
pattern: (praised | commended | emphasised | emphasized | dwelt on | spoke warmly of | celebrated) ..12 (said | says | saying | wrote | writes | recorded) (little | nothing) (about | of | on)
pattern: (hoped | hope | hopes | believed | expected | thought | trusted) ..10 (fresh start | new start | turning point | turn things (round | around) | (make | made) ..2 difference | the making of)
  unless: (no | nobody | none) ..3 (hoped | believed | expected | thought)
pattern: ("trying" ..2 hard | doing (her | his | their) best | (loving | caring | devoted) (mother | father | parent | parents | mum | dad)) & (closed | stepped down | ended | reduced | no further | lifted)
  unless: (and | but) ..3 (checked | tested | confirmed) | (outcomes | goals) ..3 (met | achieved)
pattern: (warning signs | concerns | worries | worrying signs | bad news | setbacks) ..6 (read | seen | interpreted | understood | weighed) (in that light | in the same light | through (that | this | the same) lens)
match: After one calm contact visit the father's time with the children was extended to whole weekends.
match: The assessment praised the father's devotion to his daughter and said little about the injuries.
match: Staff believed the move to a new flat would be a fresh start for the family.
match: The health visitor recorded that the mother was a loving mum and stepped down her support.
match: The team was keen for the return home to succeed, and every worrying sign was read in that light.
nomatch: After six months of consistently good contact sessions the plan was changed to overnight stays.
nomatch: The health visitor described a loving mum, and the support ended when all the outcomes were met.
nomatch: Her optimism about the father was tempered by a clear view of his history.
nomatch: The twins now live with their grandparents and are doing well.

# concepts4 (7 December): a good sign made to carry the case, a kind label written over the concerns
# What the good news was taken to show: "read as proof that the drinking had stopped", "welcomed as a new beginning".
group: @better_now = better | improv* | changed | happier | under control | behind (him | her | them | the family) | left behind | over | coping | safe | safer | stopped | ended
pattern: (taken | read | seen | treated | welcomed | reported to ..3 (group | conference | meeting | review | panel | manager | court) | presented | quoted | mistaken | hailed | celebrated) ..2 (as | for) ..4 (a sign | signs | evidence | proof | progress | a turning point | a fresh start | a new beginning | a success | successful | wiping the slate | a clean slate | readiness to change | answering)
  unless: (sign | signs | evidence | proof) ..2 of ..3 (risk | harm | concern | abuse | neglect | deterioration | relapse)
pattern: ((sign | evidence | proof) that | meant ..1 (he | she | they | things | it | the family) ..2 (was | were | had)) ..8 @better_now
  unless: (no | little | not) ..2 (sign | evidence | proof) | (sign | evidence | proof) that ..8 (not | "worse" | deteriorat*)
# A kind word in the record while the facts went the other way: "called the flat 'lovely' although the baby was losing weight".
group: @rosy_label = thriving | much calmer | (a | just a) blip | resilient | historic | settled | success story | success stories | doing ..2 well | lovely | full of love | coping | improving | no longer needs | on the up | turning things (round | around) | turned a corner | making (good)? progress | going well | much improved | in a (better | good) place | no (outstanding | ongoing | current | further) concerns
group: @despite_rosy = although | though | even as | when ..4 (none | nothing | neither | not one) | even though | in fact | nonetheless | despite | without ..3 (asking | any | visiting | evidence | assessment | checking | explanation) | on the strength of | (after | on) (one | a single) | said (little | nothing) | no explanation | !(consider | considered | ask | asked | say | said) ..3 (what | why | how | whether) | a (week | fortnight | month | day) after | in a (year | month | week | period | term) when | at a time when
pattern: (described | called | call | recorded | wrote | concluded | judged | labelled | signed off | praised | welcomed | accepted | noted | quoted) ..8 @rosy_label & @despite_rosy
  unless: !(thriving | settled | coping | improving | lovely)
# Strengths given the room and the worries left out: "a page on her warmth and a line on the admissions".
group: @positives = strengths | successes | achievements | achieved | good news | positives | warmth | love | resilience | small gains | gains | "lovely"
group: @concerns_dropped = left out | dropped out | (a | one | single | two | three | a few) (sentence | sentences | line | lines | paragraph) | in an appendix | rarely ..3 (mentioned | appear | appears | recorded) | !(say | said | mention* | cover*) ..4 (what | how | the (risk | concern | concerns | harm | injuries)) | said (little | nothing) | rather than ..2 (asking | looking | checking) | blind* | more weight than | !weighed against
pattern: @positives &15 @concerns_dropped
# The hopeful view nobody tested: "no agency questioned the rosy picture", "the positive reading went unchallenged".
group: @hopeful_view = (optimistic | positive | rosy | hopeful | favourable) ..2 (view | reading | picture | account | reports | assessment | assessments | narrative | story | impression | outlook | gloss)
pattern: @hopeful_view ..8 (!question* | !challeng* | !test* | !weigh* | !balanced | "unchallenged" | "unquestioned" | went unchallenged)
pattern: !(question* | challeng* | test*) ..8 @hopeful_view
match: The father's two clean drug tests were taken as proof of a lasting change.
match: The nursery manager decided that the boy's silence meant he was happier at home.
match: The worker called the mother 'a real success story' although the twins had stopped gaining weight.
match: The review gave a page to the grandmother's warmth and a single sentence to the bruises.
match: The health visitor's hopeful view of the couple went unchallenged at every core group.
nomatch: The father's two clean drug tests were weighed against his earlier relapses, and the plan stayed in place.
nomatch: The worker called the placement settled after six months of visits and unannounced checks.
nomatch: The team questioned the rosy picture in the family centre's reports and asked for evidence.

# lexjudge (7 December): optimism told without the word: a hope or belief that things would hold or come right, hope
# steering how the evidence was read, confidence never tested, good news put first and the rest put last, a kind reading
# of a worrying sign, a small gain written up as a turning point, a plan ended on goodwill while nothing had changed.
group: @ro_hope = hope | hopes | hoped | hoping | assumption | assumed | assuming | belief | believed | expectation | expected | confidence | confident | trust | trusted | faith
pattern: @ro_hope that ..10 (would | could | will) ..3 (last | hold | bring ..3 together | settle | steady | stabilise | keep ..3 (safe | well) | make ..2 difference | be enough | protect | come right | turn ..2 (round | around) | see (them | her | him) through)
  unless: (no | not | little | never) ..2 @ro_hope | (rightly | justifiably | reasonably) @ro_hope
pattern: (hope | hopes | hoped | hoping | optimism | confidence | wanting | keenness) ..12 (shaped | framed | governed | influenced | drove | determined | coloured) ..6 (how | what | the way | every | each | their | the)
pattern: (confidence | faith | belief | optimism | trust) (in | about) ..4 (recovery | progress | change | changes | ability | capacity | abstinence | sobriety | commitment | parenting | improvement) ..8 !(test | tested | challenged | questioned | checked | weighed | examined | scrutinised)
pattern: (led with | opened with | began with | started with | headlined | foregrounded | dwelt on) ..4 (what had (improved | gone well | changed) | improvement* | progress | strengths | positives | good news | successes)
  unless: (and | then) ..4 (set out | weighed | balanced | went on to)
pattern: (charitable | generous | benign | kindly | sympathetic | favourable | rosy) (reading | readings | interpretation | interpretations | gloss | spin | light) | (positive | best) (light | gloss | spin)
  unless: (no | not) ..2 (charitable | generous | benign | kindly | sympathetic | favourable | rosy | positive)
  # parents showing themselves at their best is disguised compliance, not optimism (r20a)
  unless: (@parent | they | she | he) ..3 (to)? (present | presented | presenting | show | showed | shown) ..4 (best | positive) light
pattern: (wanted | willing | keen for | determined for) ..4 to (work | succeed | last | do well)
  unless: (not | never) ..2 (wanted | willing | keen)
pattern: (written up | recorded | described | counted | greeted | logged | noted | heralded) ..2 as ..3 (a turning point | a breakthrough | a fresh start | a new beginning | real progress | a success | proof | a corner turned)
  unless: (not | never) (written up | recorded | described | counted)
pattern: (engaged | engagement | progress | improvement | doing well | cooperation | turned a corner | positive | loving | committed) &20 (ended | closed | stepped down | reduced | lifted) ..10 (though | although | even though | despite) ..8 (none | nothing | not | no) ..8 (changed | improved | different | reduced | met)
pattern: (see | saw | seen | read | viewed | interpreted | treated | regarded) ..10 as ..8 (commitment | care | cared | caring | love | loved | loving | devotion | protective | protectiveness) ..8 rather than (as)? ..3 (risk | danger | threat | warning | concern)
pattern: (believed | thought | felt | assumed | considered | judged) ..8 (made | kept | would keep | would make) ..3 (the)? (children | child | baby | @child) ..2 (safe | safer) & (though | although | even though | despite)
match: Each small gain, a clean kitchen or a kept appointment, was written up as a turning point.
match: The team's hope that the couple would make it together shaped how the police call-outs were read.
match: Ms A's love for her children filled the assessment; the section on risk ran to two lines.
match: The conference heard that the father had really engaged, and the plan was ended, though none of the concerns in it had changed.
match: The worker's confidence in the mother's recovery was never tested against her history of relapse.
match: Staff wanted this placement to work, and the reports of bruising were given a charitable reading.
match: Key issues: an assumption that the new baby would bring the couple together; a belief that her stability would last.
match: The reports to conference led with what had improved; what had not improved was in an appendix.
match: The social worker described the family as on the up in every supervision note, in a year when two referrals came in.
match: Practitioners believed the grandparents' involvement made the children safe, though they lived forty miles away.
match: There was a tendency to see the father's temper as a sign of how much he cared rather than as a risk.
nomatch: The worker's confidence in the mother's recovery was tested against her history and held up.
nomatch: The report opened with the family's strengths and then set out the risks in full.
nomatch: The assessment did not give the father's account a charitable reading.
nomatch: It was hoped that the family would move to a larger flat in the spring.
nomatch: The plan ended in June because every concern in it had been met.

# lexjudge, second pass (7 December): a start or a sign hailed as the turn, progress counted by turning up, a worry
# softened with "but" and a kind word, concerns answered with achievements, change believed on a thin reason, a risk
# score overridden because the parent seemed to cope, a danger listed as a strength, a colleague's "things are improving".
pattern: (saw | seen | see | viewed | regarded | treated | welcomed | hailed | greeted) ..6 as (a)? ..2 (fresh start | new start | turning point | new beginning | clean slate | new chapter | second chance | breakthrough)
  unless: (not | never) ..2 (saw | seen | see | viewed | regarded | treated | welcomed) | (no | not) ..2 (sign | evidence)
pattern: (reported | presented | described) ..4 as (real | good | significant)? (progress | improvement | a success | success)
  unless: (not | never) (reported | presented | described)
pattern: (progress | improvement | change) ..8 (on the basis of | by | from | on) ..3 (attendance | attending | turning up | engagement | compliance) ..6 (not | rather than | instead of)
pattern: (cluttered | dirty | messy | chaotic | untidy | smelly | cold | bare | damp | unkempt | shabby | chaotic) but ..3 (full of love | loving | happy | warm | homely | well loved | lovely | caring)
pattern: (concerns | concern | worries | worry) ..10 (answered | met | countered | balanced out | offset | rebutted) ..4 (with | by) ..8 (achieved | achievements | progress | strengths | positives | improvements | successes)
pattern: (believed | thought | felt | assumed | accepted | concluded) ..6 (had changed | had stopped | was different | had moved on | had matured | had turned ..2 corner | had settled) ..3 because
  unless: (because | as) ..6 (tests | test | evidence | checks | observed | seen) | because ..3 (she | he | they | @parent) ..4 (said | told)   # believed on a parent's word: face_value
pattern: (accepted | believed | took) ..6 (answer | assurance | view | word | report) that ..4 (things | he | she | they | the family | it) ..2 (are | is | were | was | had) ..2 (improving | better | fine | getting better | going well | doing well | settled)
pattern: (score | scores | grading | rating | risk level) ..6 (overridden | overruled | lowered | reduced | downgraded) ..8 (because | on the ground | on the grounds | as) ..6 (coping | seemed | seems | doing well | settled | engaged | improving | better)
pattern: (listed | recorded | counted | framed | presented | described) as (a | an)? (strength | strengths | protective factor | protective factors) & (when | although | though | despite | even though | yet)
match: Several professionals saw the mother's pregnancy as a fresh start that would make her stop using.
match: A single quiet week was reported to the core group as progress.
match: His progress on the programme was reported on the basis of his attendance, not of any change at home.
match: The health visitor wrote that the home was cluttered but full of love.
match: Concerns raised by the nursery were answered in the report with a list of what the mother had achieved.
match: The probation officer believed Mr V had changed because he had become a father again.
match: Each time the health visitor accepted the social worker's answer that things were improving.
match: The score was overridden on the ground that the mother seemed to be coping.
match: Her anger was listed as a strength, when she had twice assaulted her son.
match: There is no evidence that the positive reports from the family centre were weighed against the school's concerns.
nomatch: The worker did not see the pregnancy as a fresh start and kept the plan in place.
nomatch: The father's progress was judged by the change in how he behaved at home, not by his attendance.
nomatch: The probation officer believed Mr V had changed because his tests had been clear for a year.
nomatch: The grandmother's daily help was listed as a strength in the plan.

# lexjudge, hard-train pass: a bond that blinded people to what had not changed.
pattern: (blinded | blind | blinding) ..4 to ..6 (how | what | the (risk | risks | concerns | evidence | danger | fact))
  unless: (not | never) ..2 (blinded | blind)
match: Fondness for the grandfather left every agency blind to what his drinking meant for the toddler.
match: One tidy visit became, in the report to conference, sustained change in home conditions.
nomatch: The worker's fondness for the family never blinded her to the risks.

# ---- lexrec1 (7 December): good news given the room, a small gain taken as lasting, a case closed on a good spell ----
# The worry given a passing line: "mentioned only in passing", "a footnote", "the records say nothing of it".
group: @in_passing = in passing | a footnote | (barely | hardly | scarcely) (mentioned | noted | recorded | featured) | (say | says | said) nothing (of | about) | (relegated | buried) ..3 (to | in)
pattern: ((dwelt | dwelling | dwells | focus* | concentrat* | emphasis* | highlight*) ..3 on ..3 (how well | what went well | what was going well | strengths | positives | progress) | described ..4 as ..3 (devoted | loving | caring | committed | a good (mother | mum | father | dad | parent))) & @in_passing
# A small gain read as a lasting one: "a readiness to see any small change as lasting".
pattern: (small | any | slight | minor | brief | short-lived | temporary | single) ..3 (change | changes | improvement | improvements | gain | gains | spell | period) ..6 as (lasting | permanent | sustained | real | genuine | the turning point)
# Closed or eased on a short good spell: "closed on the strength of three good weeks".
pattern: (closed | stepped down | ended | reduced | relaxed | lifted | removed) ..8 (on the strength of | on the basis of | because of | after | following) ..3 (a | one | two | three | a few | a couple of | several) ..2 (good | calm | settled | better | positive | quiet | clean) (week | weeks | days | visits | visit | fortnight)
  unless: (sustained | consistent | months of | a year of)
# The belief that the family would get there in the end: "believing that with enough support they would get there".
pattern: (believ* | hope* | hoping | trust* | convinced | confident) ..10 (would | could | will) ..2 (get there | come good | come right | pull through | turn (it | things) (round | around) | get (back)? on track)
  unless: (no | not | never | little) ..2 (believ* | hope* | convinced | confident)
# Worrying signs read in the hopeful story's terms: "the warning signs were read as teething troubles".
pattern: (warning | worrying | early) (signs | sign | signals) ..6 (read | seen | treated | dismissed | explained | written off | taken) ..2 as ..3 (teething (troubles | problems) | settling in | a blip | to be expected | normal | part of the process | (a | the) (bad | difficult) (patch | phase | week))
match: The report dwelt on how well the father kept his appointments, and the baby's weight loss was mentioned only in passing.
match: The health visitor described Ms L as a devoted young mother; her notes say nothing of the nights the baby was left with strangers.
match: Practitioners were ready to see any small change as lasting.
match: The plan was ended after three good weeks at home.
match: Staff went on believing that with enough help the couple would get there.
match: Warning signs from the nursery were read as teething troubles in the new placement.
match: The core group took the month at the drug service as a sign that the worst was over.
nomatch: The plan was ended after a year of sustained change at home.
nomatch: The report set out the father's punctual attendance and gave equal space to the baby's weight loss.
nomatch: Nobody believed that the couple would get there without a change of home.
# A return home or a plan called a success too soon: "the return home was judged a success at six weeks".
pattern: (judged | declared | deemed | called | pronounced | hailed | counted) ..3 (a)? (success | successful | success story)
  unless: (not | never) ..2 (judged | declared | deemed | called | counted) | (after | following) ..4 (a year | months | sustained | consistent)
# Eased because the family seemed settled, with the goals unmet: "signed off the step-down because the home was settled, without
# asking why the goals had not been met".
pattern: (closed | stepped down | step-down | ended | reduced | de-registered | signed off) ..8 (because | as | since | on the grounds that) ..5 (settled | calmer | calm | better | improving | doing well | stable) & (without | although | though | despite | yet | even though)
# A relapse called a slip and nothing changed: "described the relapse as a blip and kept her visits as they were".
pattern: (blip | wobble | slip | lapse | hiccup | setback | one-off) & (kept ..4 (same | as (they | it) (were | was)) | (no | without) ..2 (change | changes) ..3 (plan | visits | frequency | support) | unchanged)
  unless: (not | never) ..2 (blip | wobble | slip | lapse | one-off)
match: The placement at home was judged a success after three weeks, and no one visited again.
match: The manager signed off the step-down because the house was calmer, without asking whether the goals had been met.
match: The health visitor called the father's relapse a blip and kept her visits as they were.
nomatch: After a year of sustained change the return home was judged a success.
# closed on the parent's engagement while nothing changed reads as a threshold decision (thresholds)
nomatch: The case was closed after a month because the mother had engaged, although nothing had changed.
nomatch: The health visitor did not treat the relapse as a blip and doubled her visits.

# ---- r17a (issue 10): glowing words another writer uses, and what they were allowed to carry ----
# A family described as on the way up: "come a long way", "on the mend", "getting there", "back on track".
group: @ro_glow = come a long way | came a long way | on the mend | on the up | getting there | got there | back on track | on track | turned a corner | turning a corner | turned things (round | around) | heading in the right direction | moving in the right direction | moving forward | doing (really | very | so)? well | coping well | managing well | much improved | greatly improved | transformed | a different (person | woman | man | family) | thriving | going well | real progress | great progress | huge progress | good progress | brilliant | a success
# Optimism in other words: sanguine, upbeat, wishful thinking, the benefit of the doubt, too trusting.
pattern: (sanguine | upbeat | wishful thinking | (gave | given | giving | give) ..4 benefit of the doubt | too trusting | overly trusting | naive | naïve | starry-eyed)
  unless: (no | not | never | nor) ..3 (sanguine | upbeat | wishful | benefit | trusting | naive | naïve) | (avoid | guard against | resist) ..3 (wishful | giving)
  # the benefit of the doubt given to an account is taking it at face value (face_value)
  unless: benefit of the doubt ..8 (account | accounts | explanation | explanations | story | version | word) | (account | explanation | story | version) ..8 benefit of the doubt
match: The health visitor was sanguine about the father's return to the household.
match: The conference gave the couple the benefit of the doubt once again.
match: With hindsight the plan rested on wishful thinking about the mother's drinking.
nomatch: The social worker was not sanguine about the father's return and asked for checks.
nomatch: Practitioners should resist giving parents the benefit of the doubt when a baby is injured.
nomatch: The father was given the benefit of the doubt whenever his account of the bruises was questioned.
# The glow eased the plan: "thought the family were getting there, and the visits were spaced out".
pattern: (thought | think | felt | feel | believed | believe | judged | saw | considered | described | reported | told ..4 that | wrote | recorded) ..8 @ro_glow & (spaced out | reduced | cut | closed | ended | stepped down | relaxed | lifted | withdrawn | unsupervised | extended | overnight | less often | less frequent | fewer visits | no longer | returned home | went home)
  unless: (after | following | over) ..4 (months | a year | sustained | consistent | repeated | several) | (no | not | never) ..2 (thought | felt | believed | judged | saw | described) | goals ..3 (met | achieved)
# The glow told, the bad news left out: "described a mother who had come a long way; the nursery's reports did not appear in it".
pattern: @ro_glow & (@omitted | !(mention | mentioned | include | included | report | reported | appear | appeared) | left out | (no | without) mention | omitted)
  unless: (no | not | never) ..3 @ro_glow
# A good sign never set against the rest: "nobody set his completion of the course against the call-outs that followed".
group: @ro_good_sign = completion | completed | attendance | attended | progress | improvement | improvements | abstinence | engagement | good (news | reports | report) | positive* | strengths | clean (test | tests) | certificate | course
group: @ro_set_against = weigh | weighed | set | balance | balanced | measure | measured | compare | compared | test | tested | hold | held | read | put
pattern: !@ro_set_against ..6 @ro_good_sign ..10 against
pattern: @ro_good_sign ..8 !@ro_set_against ..3 against
# One arranged visit taken for change: "much improved after a single visit for which she had a week's notice".
pattern: (improved | improvement | better | progress | changed | clean | tidy | transformed) ..10 (after | on the (strength | basis) of | from | following | at) ..2 (a | one) (single)? ..2 (visit | week | session | test | meeting | occasion | day)
  unless: (after | following) ..4 (months | a year | sustained | consistent | repeated | several | unannounced visits)
# A safeguard in name only: "the grandmother's help was counted as a safeguard, though nobody asked whether she could come".
pattern: (counted | listed | recorded | relied on | treated | seen | taken | presented | described | cited) ..2 as (a | an | the)? ..2 (safeguard | safety net | protective factor | protection | reassurance | buffer) & (although | though | despite | even though | yet | but | nobody | no one | never | without)
  unless: (and | after) ..3 (checked | tested | confirmed | visited) | (no | not | never) (counted | treated | seen | relied on) as
# Praise that eased the plan: "the core group congratulated him and agreed that contact could be unsupervised".
pattern: (congratulated | praised | commended | applauded | celebrated) &20 (unsupervised | "reduced" | relaxed | extended | stepped down | "closed" | "ended" | lifted | "removed" | returned home | overnight | no longer)
  unless: (after | following) ..4 (months | a year | sustained | consistent) | goals ..3 (met | achieved)
# The plan eased although the evidence said otherwise: "the plan was reduced to child in need, although none of her tests had been negative".
pattern: (plan | plans | visits | contact | support | supervision | level | frequency) ..6 (reduced | relaxed | lifted | stepped down | spaced out | eased | downgraded | extended) ..12 (although | though | even though | despite | while | when) ..6 (none | nothing | no | not | never) ..8 (negative | clear | clean | changed | improved | different | met | achieved | stopped | completed)
match: The social worker's statement described a mother who had come a long way; the nursery's reports of the twins arriving hungry did not appear in it.
match: The health visitor thought the family were getting there, and her visits were spaced out to one a quarter.
match: No one set the father's completion of the parenting course against the two police call-outs that followed it.
match: The flat was recorded as much improved after a single visit for which the mother had been given notice.
match: The grandfather's help was counted as a safeguard, although nobody had asked whether he could come every day.
match: When Mr K said he had not had a drink for a month, the core group congratulated him and agreed that contact could be unsupervised.
match: Within four months the plan was stepped down to child in need, although none of the father's drug tests had been clear.
nomatch: The health visitor thought the family were getting there after a year of sustained change, and her visits were spaced out.
nomatch: The worker set the father's completion of the course against the call-outs that followed it and kept the plan.
match: His progress at the drug service was never weighed against what the school saw.
nomatch: The flat was clean at two unannounced visits, and the social worker still kept the plan in place.
nomatch: The grandfather's help was counted as a safeguard after the worker checked that he could come every day.

# lead (session 18): goodwill that hid how little changed; relief that stopped the questions; a plan
# judged to work because meetings were attended.
pattern: ((harder | hard | difficult | impossible) ..3 to (see | notice | recognise) | obscured | masked | hid | hide | hidden | lost sight of | !(see | saw | seen | notice | noticed | recognise | recognised | grasp | grasped)) ..3 how little ..4 (changed | improved | moved | progressed | different)
pattern: so (relieved | reassured | pleased | encouraged | heartened | glad) ..15 that ..6 !(ask | asked | check | checked | look | looked | question | questioned | explore | explored | probe | probed | go on | went on | pursue | pursued)
pattern: (plan | plans | things | it | case | progress | family | children) ..3 (was | were | seemed | appeared) ..2 ("working" | on track | progressing | improving | succeeding | going well | safe | enough) ..4 (because | since | given that | as) ..6 (attended | turned up | kept ..3 (appointments | meetings | visits) | came to (every | each | all) | had been at | cooperated | engaged)
  unless: (not | never) ..3 (working | on track | progressing | improving | enough)
match: The warmth of the professionals towards the father made it difficult to see how little had changed at home.
match: The visitors were so relieved that the baby had gained weight that they did not ask who was feeding him.
match: Nobody saw how little had improved in the year of the plan.
match: The core group decided the plan was working because the mother had attended every meeting.
nomatch: The core group decided the plan was not working because nothing had changed at home.
nomatch: The social worker was so relieved that she asked the mother again and checked with the school.
nomatch: The review sets out how little the family's income had changed over the period.
# Small gains written up as progress; one statement taken as the turning point (lead, session 18).
pattern: (small | minor | single | one-off | modest | slight | little) ..4 (step | steps | change | changes | gain | gains | improvement | improvements | sign | signs) ..15 (written up | recorded | described | reported | logged | counted | hailed | celebrated | treated | read | seen | taken) ..3 as (progress | improvement | a success | success | a turning point | a breakthrough | real change | evidence)
pattern: (took | taken | take | treated | seen | read | hailed | welcomed | recorded) ..10 as (the | a) (turning point | breakthrough | corner turned)
  unless: (not | never) ..3 (took | taken | treated | seen | read | hailed | welcomed | recorded)
match: Each small gain, a tidy room or a kept appointment, was recorded as progress in the notes.
match: The team took the father's promise to stop drinking as the turning point in the case.
nomatch: The team did not take the father's promise as a turning point and kept visiting weekly.
nomatch: The review records small improvements in the home alongside the continuing concerns.

# ---- r20a (8 December, issue 10): the report register ----
# Too much weight on a good sign: "small improvements were given too much weight", "undue emphasis was placed on her engagement".
pattern: (too much | undue | excessive | disproportionate | too great | unwarranted) ..2 (weight | emphasis | significance | importance | store | credence | credit) ~ (@ro_good_sign | improvement | improvements | change | changes | positives | cooperation | compliance | engagement)
  unless: (no | not) ..3 (too much | undue | excessive | disproportionate)
# The positives stressed, the rest given little room: "the reports emphasised the positives and gave insufficient attention to ...".
pattern: +(emphasis* | emphasiz* | focus* | dwelt | highlight* | foreground* | accentuat*) ..6 (@positives | positives | progress | improvement | improvements | what was going well) & (@weak | "less" | "scant") ..2 (attention | weight | regard | consideration | emphasis | space | mention)
# A hopeful reading that held the field: "a positive narrative took hold", "the optimistic view was not revisited when ...".
pattern: @hopeful_view ~ (took hold | +prevailed | +persisted | +dominated | +predominated | +coloured | !revisited | !reconsidered | !updated | !tested)
  unless: (no | not) ..2 @hopeful_view
# A hopeful reading that eased the plan: "as a result of this positive picture the case was stepped down".
pattern: (as a result of | because of | in the light of | on the (strength | basis) of | buoyed by | encouraged by | reassured by) ..3 @hopeful_view & (stepped down | step down | "closed" | "reduced" | "ended" | de-registered | discontinued | "removed" | returned home | lifted | relaxed | eased | spaced out | no longer)
match: Small signs of change in the father's behaviour were given too much weight at the review conference.
match: Undue emphasis was placed on the mother's attendance at the parenting group.
match: Disproportionate weight was attached to the improvements in the home over a single month.
nomatch: The review does not consider that too much weight was given to the father's progress.
nomatch: Too much weight was given to the mother's account of the injury.
match: The assessment focused on the parents' strengths and gave scant attention to the baby's falling weight.
match: Reports to conference highlighted the progress at home and gave limited consideration to what the school was seeing.
nomatch: The assessment set out the parents' strengths and gave full attention to the baby's falling weight.
match: An optimistic narrative about the mother's recovery took hold and was not revisited after her relapse.
match: The positive view of the grandparents prevailed throughout the assessment.
match: As a result of the hopeful picture presented at conference, the plan was ended within three months.
match: The core group recorded the family as making good progress when none of the actions had been completed.
nomatch: The hopeful narrative about the grandparents was tested against the school's reports and revised.
nomatch: As a result of the positive assessment, the children remained with their grandparents, who cared for them well.
# Change taken to be lasting: "it was assumed that the improvements would be sustained".
pattern: (assumed | assumption | assuming | expected | expectation | hoped | hope | confident | confidence | belief | believed) ..8 (improvement | improvements | progress | change | changes | abstinence | gains | recovery) ..4 (would | could | will) ..3 (be sustained | last | continue | hold | be maintained | stick | endure)
  unless: (no | not | never) ..2 (assumed | assumption | expected | hoped | confident | believed)
match: It was assumed that the improvements in the home would be sustained once the plan ended.
match: Practitioners were confident that the mother's abstinence would last without further support.
nomatch: No one assumed that the improvements would be sustained, and the plan stayed in place.
# Hope without a footing: "the optimism of the core group was not grounded in any evidence of sustained change".
pattern: (optimism | optimistic | hopeful | hopes | positive (view | picture | assessment | reading)) ..8 (!grounded | !based | !supported | !justified | !borne out | !warranted | !founded | !evidenced | +ungrounded | +unfounded)
  unless: (no | not | never) ..2 (optimism | optimistic | hopeful | hopes | positive)
match: The optimism of the core group was not grounded in any evidence of sustained change.
match: The hopeful reading of the father's progress was not supported by the school's reports.
nomatch: The core group's optimism was grounded in a year of sustained change at home.
# Slow to see that it was not working: "the core group was reluctant to accept that the plan was not working".
pattern: (reluctant | reluctance | unwilling | unwillingness | slow) to (accept | recognise | acknowledge | admit | see) ..4 (plan | it | things | the case | progress | the work | the placement) ..3 (was | were | had)? ..2 (not working | failing | failed | not enough | insufficient | not succeeding | breaking down)
# One good patch read as lasting: "each period of improvement was seized upon as evidence of lasting change".
pattern: (seized | seized upon | taken | treated | read | seen | regarded | welcomed | hailed) ..3 as (evidence | proof | a sign | signs | confirmation) ..2 of (lasting | sustained | real | genuine | permanent | long-term | enduring) (change | improvement | progress | recovery)
  unless: (not | never) ..3 (seized | taken | treated | read | seen | regarded)
match: The core group appeared reluctant to accept that the plan was not working.
match: Each period of improvement was seized upon as evidence of lasting change.
nomatch: The core group accepted quickly that the plan was not working and asked for a legal meeting.
nomatch: The improvement was welcomed as a hopeful start and the plan stayed in place.
