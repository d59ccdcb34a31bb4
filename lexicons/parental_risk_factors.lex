id: parental_risk_factors
label: Parental risk factors overlooked
description: Parental substance misuse, domestic abuse, mental ill-health or learning difficulty not properly taken into account, or their impact on the child not considered.
group: @parental_factor = domestic abuse | domestic violence | violence | drinking | alcohol | alcohol misuse | drug use | drug | drugs | substance misuse | substance use | heroin | cocaine | cannabis | methadone | mental health | mental ill-health | mental illness | depression | postnatal depression | anxiety | psychosis | self-harm | psychiatric | learning disability | learning difficulty | learning difficulties | intoxicated | toxic trio | addiction | personality disorder
# ---- Concepts: what this theme evaluates ----
group: @factor = domestic abuse | domestic violence | substance misuse | substance use | drug use | drug misuse | drinking | alcohol | alcohol misuse | drug | drugs | mental health | mental ill-health | mental illness | depression | psychosis | learning disability | learning difficulty | toxic trio | violence | coercive control | addiction | cannabis | heroin
group: @factor_sign = overdose | overdoses | heroin | cocaine | vodka | bottle | drunk | intoxicated | smelled of alcohol | hearing voices | paranoid | psychotic | psychiatric | self-harm | suicidal | attacks on | assaulted | strangled | hands round ..2 throat | threat to kill | sectioned | detox | detoxification | relapse | methadone
group: @factor_work = impact | effect | effects | significance | implications | relevance | risk | risks

# ---- Concept patterns ----
pattern: @factor ~ (!@considered | +@underdone | !(ask | asked | explore | explored | assess | assessed | raise | raised | discuss | discussed | address | addressed | follow up | followed up | screen | screened) | +@misjudged)
  # "no evidence that the impact of his drinking was understood" is a finding, so the gap before "of" leaves "that" out (r20c)
  unless: (no | not) (evidence | history | sign) (at all | whatsoever | either | in the records)? of ..3 @factor | @factor ..4 (service | services | team | worker | nurse | practitioner | advisor | specialist) ..6 !(told | informed | aware | invited) | (@child | young person | teenager | adolescent) ..2 ('s | "s")? (own)? (@factor | self-harm | self-harming | overdose)
pattern: @factor_sign ~ (!(@considered | ask | asked | mention | mentioned | test | tested | record | recorded | follow | followed) | +(treated as a matter between | matter between adults | crisis that passed | symptoms))
  unless: (no | not) (evidence | sign) of ..3 @factor_sign | (child | children | young person | teenager) ..3 (overdose | self-harm | suicidal)
pattern: (@weak | @lacking | "little" | no) (attention | weight | thought | consideration | understanding | curiosity | focus) ..4 (to | of | on | about) ..4 @factor

# ---- Phrase patterns: particular ways of saying it ----
pattern: (impact | effect | effects | implications | significance | meaning | what it meant | what it might mean | consequences) ..10 (@parental_factor | parent ..6 intoxicated) ..12 (!considered | !explored | !assessed | !recognised | !understood | !addressed | !taken into account | +overlooked | +minimised | not factored | never assessed)
pattern: @parental_factor ..10 (!explored | !assessed | !considered | !recognised | !addressed | !taken into account | !understood | +unrecognised | +unexplored | +unaddressed | +minimised | +overlooked | went +unrecognised | treated ..2 (purely | solely | only) | not factored)
  unless: @parental_factor ..6 (was | were) ..2 (explicitly)? +(considered | assessed | addressed)
pattern: (no | without) ..3 (exploration | consideration | assessment | recognition) ..6 (@parental_factor | how ..4 @parental_factor)
pattern: !(consider* | explor* | assess* | recognis* | address* | understand* | adapt*) ..10 (@parental_factor | what ..4 meant | how ..6 (affect* | impact*))
  # language, culture or disability affecting understanding is diversity (lexchild)
  unless: how ..6 (english | language | interpreter | culture | religion | faith | disability | deafness) ..3 (affect* | impact*)
pattern: (children | child | baby) ..8 (had )?witnessed ..8 (!considered | not considered)
pattern: !consider* ..6 (children | child) ..6 witnessed
pattern: (@parental_factor) ..8 (dealt with | treated | seen | recorded) as ..4 (isolated | verbal | an argument | disputes | matter of (his | her) own | between the adults)
pattern: (presence | needs) of (the)? (children | child) ..6 (!factored | !considered | +overlooked)
pattern: focused only on ..2 (its | the)? (patient | adult)
# Violence known to one agency and not passed on is multi_agency; here a parent's own difficulty was noted and let be.
pattern: (mental health | mental ill-health | drinking | alcohol | drug | drugs | substance | cannabis | heroin | cocaine | depression | anxiety | self-harm | learning difficulties) ..8 (noted | recorded | known | mentioned | documented) ..8 (but | yet) ..8 (no one | nobody | !consider* | !explor* | !assess* | !ask*)
# "no one asked what the father's drinking meant for the baby"
pattern: @parental_factor & !(ask* | consider* | explor* | think | thought | question* | understand*) ..3 what ..6 (meant | mean | means | impact* | effect*) for
unless: (explicitly | carefully | fully) (considered | assessed)
pattern: @parental_factor ..14 (implications | impact | effect | effects | significance) ..10 (!explored | !considered | !assessed | !addressed | !understood | !recognised)
pattern: !(test* | check* | verif* | question* | challeng*) ..8 (stopped | abstinen* | no longer | given up) ..4 (@parental_factor | using | drinking | drugs)
pattern: (abstinence | sobriety | recovery) ..8 (taken | seen | treated | accepted) as ..2 (a sign | evidence | proof)
pattern: !(reflect* | address* | captur*) ..6 (@parental_factor | pattern of violence | escalating violence)
# Told through what happened: adult services never asking about the child, a parent's word on drugs never tested, no one asking what it meant for the child.
pattern: (@parental_factor | @factor_sign | psychiatrist | care coordinator | adult services | crisis team | drugs worker | alcohol worker | mental health) & !(ask | asked | consider | considered) ..3 about ..3 (the)? (baby | babies | children | child | dependants | daughter | son)
pattern: (@parental_factor | @factor_sign | relapse | using | abstinent | stopped) & (no | never | without) ..2 (test | tests | testing | screen | screening | hair strand test | drug test)
  unless: (test | tests | screening) ..4 (negative | clear)
pattern: !(consider | considered | ask | asked | think | thought | set out | explore | explored) ..3 what ..6 (@parental_factor | @factor_sign | relapse | detox*) ..6 (mean | meant | might mean)
pattern: (@parental_factor | @factor_sign) & !(@considered | examined | explored) (at | by) (none | nobody | no one)

match: No professional explored what the stepfather's cocaine habit meant for the twins.
match: Nobody assessed how the mother's psychosis might affect her care of the baby.
match: The domestic violence was treated as a matter between the adults.
match: The father's mental ill-health was not assessed, although the GP knew he had stopped his medication.
match: The mother's heroin use appeared in the health visitor's notes, but nobody asked what it might mean for the baby.
nomatch: Years before the children were born, their father had been treated for anxiety.
nomatch: The plan set out in detail how the father's violence had affected each of the three children.

# ---- A parent's difficulty left out of the record or the plan (added on branch conceptsB) ----
# "the father's drinking does not feature in the plan", "her drug use disappeared from view", "it appears in none of the reports"
group: @factor_more = @factor | @factor_sign | hearing voices | paranoid | paranoia | threats to kill (himself | herself) | suicidal | relapse | relapsed | violent | violence | drinking | drank | "drunk" | raped | strangled | pushed her | hands round
pattern: @factor_more &15 @omitted
  unless: (no | not) (evidence | sign | history) ..3 of | (child | children | young person) ..2 ('s | "s")? (mental health | drug use | drinking | self-harm)
# A parent's difficulty managed for the parent alone: "managed as symptoms", "acted for his own safety", "the child did not enter into it"
pattern: (@factor_more | crisis team | psychiatrist | adult mental health | drug service | alcohol service) &15 ((managed | treated | dealt with) ..3 (as)? (symptoms | a symptom | for (his | her) own safety) | did not enter into | !(ask | asked) whether ..3 (the)? (children | child | baby) ..3 (were | was) safe | (no | "no") dependants)
# A parent's difficulty known, and never turned into a view of the child's risk.
pattern: (@factor_more | knowledge | history) ..10 !(turned | translated | put) into ..3 (a)? (view | picture | assessment | plan)
pattern: @factor_more &15 (no one | nobody | no agency | none) ..4 (set out | said | spelled out | asked) ..4 what ..6 (meant | mean) for
# The parent's difficulty met for the parent alone: "the focus was on the mother's recovery rather than the baby", "what it was like for the children"
pattern: (@factor_more | recovery | treatment | (mother's | father's | parent's | parents') (needs | recovery | wellbeing)) ..10 rather than ..4 (the)? (child | children | baby | babies | risk to | impact on)
pattern: (!(ask* | consider* | explor* | think | thought) | (no one | nobody | no professional | no practitioner) ..6 (ask* | consider* | explor*)) ..4 what (it | life) (was | had been) like (for | to live | living | at home)
  unless: (child | children) ..2 ('s | "s")? (own)? (mental health | drug use | drinking)
# Abuse between the adults read as something smaller: "seen as a one-off", "treated as a volatile relationship".
pattern: (domestic abuse | domestic violence | violence | assault | assaults | incident | incidents | abuse) ..8 (seen | treated | regarded | described | recorded | dealt with | viewed) ..5 as ..3 (one-off | a one-off | isolated | mutual | a relationship (issue | problem | difficulty) | relationship difficulties | volatile | tit-for-tat | a domestic | a row | arguments)
  unless: (no | not) (evidence | sign) of

# ---- A parent's difficulty handled as the parent's alone (concepts3) ----
pattern: (@factor_more | drunken | intoxicated) &15 @child_forgotten
  unless: (no | not) (evidence | sign) of ..3 @factor_more
match: The crisis team saw the father after his overdose with no thought for the three children in his care.
match: Each drunken call-out was logged by the police as a concern for the mother's welfare.
nomatch: After her overdose the crisis team asked about the children and spoke to their school.

# concepts4 (7 December): the parent's difficulty met, the child in the parent's care left out
# More ways a report names the difficulty: "stopped his antipsychotic", "thoughts of harming the baby", "low mood".
group: @factor_plus = @factor_more | antipsychotic | antidepressant* | amphetamine* | crack | diazepam | seizures | low mood | thoughts of harming | hit her | hitting her | attack* her
# The child never brought into it: "nobody asked who had the children while he was in hospital", "the baby was not mentioned".
pattern: +@factor_plus &20 (!(ask | asked | raise | raised | mention | mentioned | discuss | discussed | feature | featured | consider | considered) ..8 (@child | children | baby | babies | toddler | newborn | look after | looked after | care for | cared for | parenting | at home) | (@child | children | baby | toddler | newborn) ..10 !(mention* | feature* | discuss* | consider* | raise* | ask*) | nothing ..4 for the (baby | child | children))
  unless: (no | not) (evidence | sign | history) ..3 of | (child | children | young person) ..2 ('s | "s")? (own)? (mental health | drug use | drinking | self-harm | overdose) | (was | were) ..2 (explicitly | carefully)? +(asked | discussed | considered) ..6 (children | baby | child)
# Met with a leaflet, a filing or a shrug: "the response to her drinking was a leaflet", "filed as information only".
pattern: +@factor_plus &15 (leaflet | information only | @came_to_nothing | filed without | moved on | move ..2 on | contacted no one | told no one | did not pursue)
  unless: section (47 | 17) | (no | not) (evidence | sign | history) ..3 of | moved on to ..3 (discuss | ask | explore) ..4 (@factor_plus | children | baby | safety)
# Given a small name: "his violence was logged as a row", "her relapse was called a wobble", "listed as a strength".
pattern: +@factor_plus &12 ((described | recorded | logged | treated | seen | labelled | listed | read | regarded | called | noted) ..4 (as | through) ..4 (blip | wobble | row | argument | verbal | matter between adults | volatile | conflict | fresh start | strength | behind (him | her | them) | under control | historic | one-off | lens))
  unless: (no | not) (evidence | sign | history) ..3 of
# The parent's word on the difficulty, never checked with the service that would know.
pattern: +@factor_plus & ((nobody | no one | never | not) ..4 (checked | asked | rang | contacted | confirmed) ..4 (gp | prescriber | pharmacy | service | drug service | psychiatrist | mental health team | treatment service))
match: The father stopped taking his antipsychotic in March, and nobody asked who was looking after the children.
match: When the mother said she was drinking every night, the response was a leaflet about alcohol.
match: His violence towards her was logged by the police as a row between adults and filed as information only.
match: Ms D said her methadone was prescribed at a stable dose, and no one checked with the prescriber.
nomatch: The father stopped taking his antipsychotic in March, and the social worker asked at once who was looking after the children.
nomatch: The mother's drinking was assessed by the alcohol service, and the plan for the baby changed the same week.

# ---- lexchild (7 December): a parent's difficulty heard, then dropped, set aside or taken on trust ----
# Raised once and dropped: "the subject was not returned to", "listed in the background and not referred to again".
pattern: +@factor_plus &15 ((subject | matter | issue | topic | it) ..3 (!(returned to | revisited | raised again | followed up | picked up) | never (returned to | came up | raised) again) | !(refer | referred | return | returned | come back | came back) ..3 (to)? (it | this | them) again | in the background (section | history) (only)?)
  unless: (no | not) (evidence | sign | history) ..3 of | (child | children | young person) ..2 ('s | "s")? (own)? (mental health | drug use | drinking | self-harm)
# What it meant for the children, never looked at: "what living with his paranoia meant for the boys was never looked at".
pattern: +@factor_plus & what ..10 (meant | mean | means | would mean | might mean) for ..6 !(@considered | looked at | thought about | asked | explored | understood)
  unless: (child | children | young person) ..2 ('s | "s")? (own)? (mental health | drug use | drinking | self-harm)
# Left to the adult's doctor or service: "her low mood was treated as a matter for her GP alone".
pattern: +@factor_plus &12 (a matter for | left to | for) ..3 (her | his | the) ..2 (gp | doctor | psychiatrist | adult (team | service | services) | drugs worker | alcohol worker) ..2 (alone | only)
# Given a harmless name: "his cannabis use was regarded as recreational".
pattern: +@factor_plus &10 (regarded | seen | treated | viewed | described | dismissed | accepted) as ..3 (recreational | irrelevant | of no relevance | not relevant | social (drinking | use) | historic | in the past | a private matter | lifestyle)
  unless: (no | not) (evidence | sign | history) ..3 of
# Abuse between the parents told as rows, again and again: "police were called five times to fights between the couple".
pattern: (repeated | repeatedly | several | numerous | many | each time | every time | (three | four | five | six | seven | eight | ten | 3 | 4 | 5 | 6 | 7 | 8) times) ..10 (arguments | fights | rows | disputes | quarrels | altercations) (between | involving) ..2 (the)? (parents | couple | adults | mother and (father | partner))
# A separation taken on trust: "accepted that the couple had separated, although police were called a fortnight later".
pattern: (accepted | assumed | believed | reassured | relied on | took ..3 word) ..6 ("separated" | split up | relationship (was | had) ..2 (ended | over) | no longer (together | in a relationship | in contact | seeing (him | her)) | ended the relationship) ..3 (although | but | yet | despite | when in fact)?
  unless: (was | were) (confirmed | verified | checked)
# A risk assessment for domestic abuse never done: "no DASH was completed".
pattern: (no | without | never) ..3 (dash | domestic abuse risk assessment | risk identification checklist | marac referral) | (dash | marac referral) ..4 !(completed | done | made | undertaken)
# How the parent would care for the child, never asked: "nobody asked how the mother, who had relapsed, would care for a newborn".
pattern: ((no one | nobody | no professional) ..4 (ask | asked | considered | explored | thought) | !(ask | asked | consider | considered | explore | explored | think | thought)) ..2 (how | whether) ..10 +@factor_plus ..12 (care for | cope | coping | look after | looking after | keep ..3 safe | parent)
  unless: (child | children | young person) ..2 ('s | "s")? (own)? (mental health | drug use | drinking | self-harm)
match: The mother told the midwife she drank a bottle of wine each night, and the subject was not returned to.
match: The assessment listed the father's overdoses in the background section and did not refer to them again.
match: The father's paranoia was known to his GP, but what living with it meant for the two boys was never looked at.
match: Her low mood after the birth was treated as a matter for her GP alone.
match: The father's cannabis use was regarded as recreational by the health visitor.
match: Police were called five times to fights between the couple.
match: The social worker accepted that the couple had separated, although the police were called to the address a fortnight later.
match: No DASH risk assessment was completed after the assault.
match: Nobody asked how the mother, who had relapsed on heroin, would care for a newborn.
nomatch: The mother's drinking was raised at every core group and the plan was changed twice because of it.
nomatch: The social worker confirmed with the police that the couple had separated.
nomatch: A DASH risk assessment was completed the same evening and the case went to MARAC.
nomatch: The teenager's own cannabis use was not discussed at the core group.
nomatch: Nobody considered how the father's deafness affected what he understood at the conference.

# lexchild, second pass (from the concepts of hard-train misses): abuse disclosed and nothing done,
# threats and control among the parent's difficulties.
group: @factor_lex = @factor_plus | threats | threatened | threatening | controlled her | controlling | raped | rape | hands round ..2 (neck | throat) | strangl* | choked | assault* | hit her | beat her
# "after she told the midwife he had raped her, no referral was made", "no risk checklist was completed after the disclosure"
pattern: (disclos* | told ..8 (that)? ..4 (he | her partner | her husband | mr) ..3 (had)?) ..10 +@factor_lex ..15 ((no | without | nothing) ..3 (referral | risk assessment | dash | checklist | action | further) | @came_to_nothing)
pattern: (no | without) ..3 (referral | risk assessment | dash | risk checklist | checklist | action) ..12 (disclos* | told) ..10 +@factor_lex
  unless: (no | not) (need | reason) (for | to)
match: Ms K told the health visitor that her husband had choked her, and no risk checklist was completed.
match: No referral was made after the mother disclosed that her partner had hit her in front of the baby.
nomatch: After the mother disclosed that her partner had hit her, the midwife completed a DASH and referred the same day.
# lexchild, third pass: a difficulty never made part of the plan, never connected with the child's life, called social.
pattern: +@factor_plus & (never | not) part of ..2 (any | the) (plan | assessment | planning | discussion)
pattern: (nobody | no one | no professional | never) ..3 (connected | linked | put together | related) ..6 (@factor_plus | relapse | drinking | drug use)
pattern: +@factor_plus &12 (described | recorded | regarded | seen | treated) ..4 as ..2 ("social" | sociable | normal | usual | within normal limits | moderate)
  unless: (no | not) (evidence | sign | history) ..3 of
match: The effect on the children of their mother's paranoia was never part of any plan.
match: Nobody connected the mother's relapse with the children's falling attendance.
match: Her heavy drinking was described in the assessment as "social".
nomatch: The father's drinking was part of the plan from the first core group.

# ---- lexrec1 (7 December): a parent's difficulty known and left out of the thinking about the child ----
# The difficulty as a report names it beyond @factor_lex: rages, a mother's fear of him, incidents between the parents,
# a psychotic breakdown, violence to former partners, a learning disability.
group: @factor_wide = @factor_lex | rage | rages | temper | (fear | frightened | afraid | scared) of (him | her partner | her husband | the father | mr) | incidents between ..2 (the)? (parents | couple | adults | mother and) | (rows | fights | arguments | altercations) between | psychotic | breakdown | sectioned | history of violence | (former | previous) (partner | partners) | heavy drinking | binge | using again | (learning | cognitive) (disability | difficulties | difficulty) | domestic (incident | incidents | call | calls | call-outs | notification | notifications)
# What became of it: played no part in the assessment, no one explored it, the parent discharged home with no call to
# children's services, the relapse seen as the parent's own setback, nothing adapted to her understanding.
group: @factor_left_out = played no part | (had | has) no (part | place | bearing) | (never | not) ..2 part of ..3 (thinking | plan | assessment | planning | discussion | picture) | (discharged | released | sent home | returned home) ..10 without ..4 (contact | referral | telling | informing | asking | thought | consideration | checking) | no further action | (filed | logged | recorded) ..3 (as)? (information only | for information) | (setback | step) in (her | his) (own)? recovery | (nobody | no one) ..3 (adapted | adjusted | tailored) | !(adapt | adapted | adjust | adjusted | tailor | tailored) ..4 (programme | course | plan | approach | letters)
pattern: +@factor_wide & @factor_left_out
  unless: (no | not) (evidence | sign | history) ..3 of | (child | children | young person | teenager | girl | boy) ..2 ('s | "s")? (own)? (mental health | drug use | drinking | self-harm | overdose | cannabis)
# "the mother's fear of him, which nobody explored": the nobody close by, so that "no one assessed the risk" later in the
# sentence stays risk assessment.
pattern: +@factor_wide &6 (nobody | no one | none) ..2 (explored | asked about | considered | looked at | followed up)
  unless: (child | children | young person | teenager | girl | boy) ..2 ('s | "s")? (own)? (mental health | drug use | drinking | self-harm | overdose | cannabis)
match: The mother's heavy drinking was known to the GP for years but was never part of anyone's thinking about the toddler.
match: Police were called four times to incidents between the parents, and each call ended with no further action.
match: After his psychotic breakdown the father was discharged home to two small children without any contact with children's services.
match: Ms T has a learning disability, and nobody adapted the parenting course for her.
match: His history of violence towards former partners played no part in the assessment of his contact with the baby.
match: The children lived with their father's rages, and the mother's fear of him was something no one explored.
nomatch: The mother's drinking was part of the plan from the first core group, and the alcohol worker attended every meeting.
nomatch: The teenager's own cannabis use was never part of anyone's thinking at the core group.
# How the difficulty bore on the child, never asked or worked out: "nobody worked out what the mother's drinking meant for
# a baby in her care", "no one asked how her low mood affected her ability to feed a four-month-old".
pattern: !(ask | asked | consider | considered | explore | explored | work | worked | think | thought | analyse | analysed | establish | established) ..5 (how | what) ..6 @factor_wide ..8 (affect | affected | affects | mean | meant | means | impact | impacted | ability to)
  unless: (child | children | young person | teenager | girl | boy) ..2 ('s | "s")? (own)? (mental health | drug use | drinking | self-harm | overdose | cannabis)
pattern: (no one | nobody | none | no professional) ..4 (how | what) ..6 @factor_wide ..8 (affect | affected | affects | mean | meant | means | impact | impacted | ability to)
  unless: (child | children | young person | teenager | girl | boy) ..2 ('s | "s")? (own)? (mental health | drug use | drinking | self-harm | overdose | cannabis)
# Known and not read as danger: "knew he had strangled her but did not treat it as a marker of danger".
pattern: +@factor_wide & !(treat | treated | see | seen | regard | regarded | read | recognise | recognised) ..4 as (a)? ..2 (marker | sign | indicator | warning | predictor) of ..3 (danger | risk | harm | lethal*)
# The plan unchanged or silent: "nothing in the plan for the baby changed", "in no document after the referral", "did not connect the two".
pattern: +@factor_wide & (nothing in ..3 (plan | plans | assessment | arrangements) ..6 (changed | altered | mentioned) | in no (later | other | subsequent)? ..2 (document | report | plan | record | assessment | minutes) | !(connect | connected | link | linked | put) (the two | them together | it to))
match: Nobody worked out how the father's heroin use affected a toddler left in his care all day.
match: The midwife knew he had put his hands round her throat but did not treat it as a sign of danger to the baby.
match: When the mother stopped her antidepressants, nothing in the plan for the twins changed.
match: His heavy drinking was noted in the referral and in no document after it.
nomatch: Practitioners asked at once how the mother's depression affected her care of the baby and adjusted the plan.
nomatch: The father's drinking was treated as a sign of danger and the plan was changed the same week.
# Violence between the parents given a softer name: "once the case was labelled as parental conflict, every incident was read
# through that lens".
pattern: (labelled | framed | badged | categorised | described | recorded | seen | treated) ..4 as ..3 (parental conflict | relationship (difficulties | problems | issues | conflict) | a volatile relationship | mutual (conflict | aggression))
  unless: (not | never | rather than) ..3 (labelled | framed | described | seen | treated) | (no | not) (evidence | sign) of
match: Four police notifications of domestic incidents were filed as information only.
match: Once the case was labelled as parental conflict, every later assault was read through that lens.
nomatch: The social worker did not treat the assaults as relationship difficulties but as domestic abuse.

# r17b (7 December): violence named by the act ("he hit her", "she was pushed by her partner"), more names of a parent's
# difficulty, and what became of it: not worked out, softened into "up and down" or "supportive", left out of the plan.
group: @prf_assault = (hit | hits | hitting | punched | punching | kicked | kicking | slapped | slapping | beat | beating | beaten | assaulted | attacked | choked | strangled | pushed | shoved | threatened) (the | his | her)? (mother | partner | wife | girlfriend | ex-partner | ex-wife) | (hit | punched | kicked | slapped | beaten | assaulted | attacked | choked | strangled | pushed | shoved | raped | threatened | controlled) by (her | his | the)? (partner | husband | boyfriend | ex-partner | father | stepfather)
group: @prf_any = @factor_wide | @prf_assault | voices (telling | told | in) | bipolar | schizophreni* | personality disorder | eating disorder | post-traumatic | ptsd | under the influence | hungover | alcoholic | alcoholism | ketamine | mephedrone | spice | benzodiazepine*
group: @prf_left_out = @factor_left_out | moved straight on | moved on to | said nothing (about | of) | silent (on | about) | no mention of | never (referred to | mentioned) | not (referred to | mentioned) (in | at) ..3 (plan | assessment | meeting | review | report)
group: @prf_soft = up and down | rocky | stormy | on and off | on-off | turbulent | fiery | tempestuous | ups and downs | a (rough | difficult | bad) patch | tiffs | fall-outs | falling out | bickering | squabbl* | loving | supportive | stable | settled | happy | protective
pattern: +@prf_any ~ !(@considered | worked out | thought through | planned for | looked into | followed up | picked up | taken up | acted on | discussed | explored)
  # a grading nobody above the officer looked at again is oversight (management_oversight)
  unless: grading | graded | by (a | the | any)? (sergeant | inspector | manager | supervisor | team manager | senior manager)
  unless: (no | not) (evidence | sign | history) ..3 of | (child | children | young person | teenager | girl | boy) ..2 ('s | "s")? (own)? (mental health | drug use | drinking | self-harm | overdose | cannabis | temper)
  unless: (conviction | convictions | convicted) ..4 (violence | assault | assaults) | (violence | assault | assaults) (against | towards | to) (a | the | another)? (child | children | baby)
pattern: +(@prf_assault | @factor_wide) &25 (described | recorded | called | characterised | summed up | noted | seen | treated | portrayed | presented | describes | records) ..6 as ..3 @prf_soft
  unless: (no | not) (evidence | sign | history) ..3 of | (not | never | rather than) ..2 (described | seen | treated) as
pattern: +@prf_assault & @prf_left_out
  unless: (no | not) (evidence | sign | history) ..3 of
# The same, with the difficulty after the silence (and so inside its negation): "the plan said nothing about her having been hit".
pattern: (said nothing (about | of) | silent (on | about) | no mention (was made)? of) ..12 !(@prf_any | @prf_assault)
  unless: (his | her) (own)? self-harm | (no | not) (evidence | sign | history) ..3 of | (child | children | young person | teenager | girl | boy) ..2 ('s | "s")? (own)? (mental health | drug use | drinking | self-harm | overdose | cannabis)
# Never worked out, a clause or two after the difficulty is named: "his learning difficulty was noted; how he would manage was never worked out".
pattern: +@prf_any &15 !("worked out" | "thought through" | "planned for")
  unless: (child | children | young person | teenager | girl | boy) ..2 ('s | "s")? (own)? (mental health | drug use | drinking | self-harm | overdose | cannabis)
pattern: +(@prf_any | @prf_assault) &10 (moved straight on | moved on to | said nothing (about | of) | silent (on | about) | no mention of)
  unless: (no | not) (evidence | sign | history) ..3 of | (child | children | young person | teenager | girl | boy) ..2 ('s | "s")? (own)? (mental health | drug use | drinking | self-harm | overdose | cannabis)
  unless: (conviction | convictions | convicted) ..4 (violence | assault | assaults)
# A young person selling or carrying drugs is not a parent's drug use (adolescents).
unless: (sold | selling | sells | dealing | dealt | carrying | carried | running) ..3 (cannabis | drugs | heroin | cocaine | crack)
match: Police were called six times after the father hit the mother, yet the assessment describes the relationship as 'up and down'.
match: The family support plan said nothing about the mother having been hit by her partner a month before.
match: The father's learning difficulty was noted; how he would manage the feeding plan was never worked out.
match: The mother's bipolar disorder was not discussed at the pre-birth meeting.
match: The midwife heard that the mother was drinking every night and moved straight on to her blood pressure.
match: After she said he had choked her, the report described the couple as loving and settled.
nomatch: The father had punched his partner in 2015, and the assessment set out in detail what that meant for the baby.
nomatch: The mother's bipolar disorder was discussed at every meeting and the plan set out what it meant for the baby.
nomatch: The boy had been selling cannabis for older youths, and that was not explored by the school.
# The children's exposure discounted: "no further action, because the children were asleep upstairs".
pattern: (@prf_any | @prf_assault | assault | incident | incidents | fight | fights | row | rows) & (because | as | since | on the basis that | given that) ..6 (@child | children | baby | babies) ..4 (were | was | had been)? ..2 ("not present" | asleep | slept through | upstairs | in bed | in another room | did not see | had not seen)
  unless: (no | not) (evidence | sign | history) ..3 of
# The violence written up as talk: "the call handler typed it up as a verbal argument, no offences".
pattern: +(@prf_any | @prf_assault | threats | threatened) &15 (typed up | logged | written up | graded | filed | recorded | noted | described) ..4 as ..3 (verbal | a verbal argument | verbal only | no offences | a domestic dispute | a dispute | a disagreement)
  unless: (no | not) (evidence | sign | history) ..3 of | (not | never | rather than) ..2 (logged | recorded | described) as
match: Officers closed the log of the assault because the two children had been asleep upstairs.
match: Her report of his threats was logged by the call handler as a verbal argument.
nomatch: Although the children had been asleep upstairs, officers treated the assault as domestic abuse and referred it the same night.
nomatch: His threats were not logged as a verbal argument but as a crime, and a DASH was completed.

# ---- What was heard from the home, what the children lived with, what the difficulty was taken for (r18b) ----
# Violence told by what neighbours, officers and children heard, not by its name.
group: @prf_event = shouting | screaming | screams | screamed | raised voices | smashing | smashed | broken glass | banging | "fighting" | "rowing" | "arguing" | black eye | bruised face | a woman (crying | screaming) | kicked in | thrown at
group: @prf_all = @prf_any | @prf_event | low mood | (felt | feeling | feels | feel) ..2 (low | down | hopeless | unable to cope | suicidal)
# The children's side of it set aside: "what the children heard was never part of any plan", "their exposure to it was
# treated as a matter between the adults".
pattern: (@prf_any | @prf_event) & (exposure | what ..4 (saw | heard | witnessed | lived through | lived with | went through)) ..10 (never part of | not part of | !(@considered | part of | asked about | discussed) | (regarded | treated | seen | viewed | dismissed) as ..4 (matter | private | between ..2 adults | none of))
  unless: (no | not) (evidence | sign | history) ..3 of | (child | children | young person | teenager | girl | boy) ..2 ('s | "s")? (own)? (mental health | drug use | drinking | self-harm | overdose | cannabis)
pattern: (exposure | what ..4 (saw | heard | witnessed | lived through | lived with | went through)) ..4 (+@prf_any | +@prf_event) ..10 (never part of | not part of | !(@considered | part of | asked about | discussed) | (regarded | treated | seen | viewed | dismissed) as ..4 (matter | private | between ..2 adults | none of))
  unless: (no | not) (evidence | sign | history) ..3 of | (child | children | young person | teenager | girl | boy) ..2 ('s | "s")? (own)? (mental health | drug use | drinking | self-harm | overdose | cannabis)
match: Neighbours reported shouting and smashing glass several times that winter; what the boys heard was never part of the plan.
match: The girls' exposure to their father's violence was regarded as a matter for the couple.
match: The children lived with their mother's heroin use for two years, and what they saw was not discussed at any conference.
nomatch: The children's exposure to the arguments was discussed at every core group, and the plan set out how to reduce it.
nomatch: What the toddler saw at nursery was not discussed with his mother.
# The difficulty given an ordinary name: "her low mood was put down to tiredness", "the drinking seen as stress".
pattern: +@prf_all &12 ((put | putting) ..2 down to | attributed to | (treated | seen | regarded | read | dismissed | explained | accepted | taken) ..3 as) ..3 (tiredness | exhaustion | the baby blues | baby blues | stress | hormones | a phase | lack of sleep | sleep deprivation | nerves | normal | ordinary | understandable | grief | a reaction)
  unless: (no | not) (evidence | sign | history) ..3 of | (not | never | rather than) ..2 (treated | seen | regarded | put down | dismissed) | (child | children | young person | teenager | girl | boy) ..2 ('s | "s")? (own)? (mental health | drug use | drinking | self-harm | low mood)
  # shouting at the baby, or handling her roughly, is a sign of harm to the child (signs_of_abuse), not a parent's difficulty
  unless: (shouting | screaming | shouted | screamed) at ..2 (the)? (@child | baby | babies | toddler) | (handling | handled) ..2 (the)? (@child | baby) ..2 roughly
nomatch: On the ward the father was seen handling the baby roughly and shouting at her, and this was put down to tiredness.
match: At the eight-week check the mother said she felt low most days, and this was put down to lack of sleep.
match: The father's drinking was seen as understandable after he lost his job.
match: Her anxiety and low mood were treated as the baby blues by the midwife and the GP alike.
nomatch: The mother's low mood was not put down to tiredness; the GP referred her to the perinatal team.
nomatch: The boy's low mood was treated as a phase by his school.
# Whether the parent could care for the child, left unasked beside the difficulty.
pattern: +@prf_all &20 (ability | capacity | fitness) to (care | parent | look after | cope | keep ..3 safe | meet) ..8 !(@considered | discussed | raised | mentioned | asked about | part of)
  unless: (no | not) (evidence | sign | history) ..3 of
pattern: +@prf_all &20 (none | no one | nobody | no agency | not one) ..4 (thought | think | considered | asked | wondered | checked) ..3 (about)? ..2 (who | whether | how) ..6 (@child | children | baby | boys | girls | looking after | caring for | care of | in charge | at home)
match: The mother's psychosis was treated on the ward, and her capacity to look after a newborn was not discussed before discharge.
match: Everyone knew of Mr T's weekend drinking, but no one thought about who was caring for the toddler on those nights.
match: His depression was managed by the GP and nobody asked whether the children were being fed.
nomatch: His depression was managed by the GP, and her ability to care for the children was discussed with her at each visit.
nomatch: Nobody asked whether the children wanted to visit their grandmother.
# The difficulties met one at a time, each by its own service, and never put together.
pattern: +@prf_all &20 (never (together | in the round | as a whole | side by side) | (considered | assessed | addressed | dealt with | treated | handled | managed | looked at) ..2 (separately | in isolation | one at a time) | (each | every one) ..4 (by)? ..2 (a)? (different | separate | its own) (service | agency | team | worker))
  unless: (no | not) (evidence | sign | history) ..3 of | (not | never) ..2 (separately | in isolation)
match: Key concerns: the father's violence, the mother's cocaine use and her anxiety, each picked up by a different service and never weighed together.
match: The mother's alcohol use and her depression were dealt with separately by two teams.
nomatch: The father's violence and the mother's drinking were considered together at the strategy meeting.
# A parent's learning difficulty or poor reading, with the plan or the letters never fitted to it.
pattern: (+(learning disability | learning disabilities | learning difficulty | learning difficulties | limited literacy | illiterate) | could not read | unable to read | cannot read | struggled to read) & (!(adapted | simplified | explained | read to (her | him | them) | easy read) | (no one | nobody | never | none) ..3 (checked | asked | made sure | established) ..4 (understood | understand | could read | could follow | followed) | (could not | unable to | cannot | struggled to) (read | follow | understand) ..4 (plan | letter | letters | agreement | leaflet | written | paperwork | forms | safety plan))
  unless: (no | not) (evidence | sign | history) ..3 of | (child | children | young person | teenager | girl | boy | pupil) ..2 ('s | "s")? (own)? (learning | reading)
match: Mr G has a learning disability, and the written agreement he signed was never explained to him.
match: Ms L could not read, and nobody checked whether she had understood the safety plan.
match: The mother had learning difficulties and could not follow the letters sent about the conference.
nomatch: The plan was adapted to the father's learning disability and read to him at each meeting.
nomatch: The boy's learning difficulties meant he could not read the letter from school.
# The history noted and the page moving on: "then turns to her housing without returning to it".
pattern: +@prf_all &25 (without (returning | coming back | going back | referring) to (it | this | them | that | the subject) | (turns | turned | moves | moved) (on)? to ..3 (housing | benefits | finances | money | the tenancy | rent | debts | the flat))
  unless: (no | not) (evidence | sign | history) ..3 of
match: The report lists the father's convictions for assault and then turns to the rent arrears without returning to them.
match: The assessment mentions that she was sectioned last year and moves on to the family's debts.
nomatch: The report lists the father's convictions for assault and sets out what they mean for the children.
# A child's or young person's own drinking, drug use or mental health is adolescents' or risk_assessment's, not a parent's (r18b).
unless: (child | children | young person | teenager | girl | boy | pupil | adolescent | student) ..2 ('s | "s")? own ..2 (@factor | cannabis | drug use | drinking | mental health | self-harm | overdose | low mood)
# ... and without "own", when the possessive is the child's: "Child F's self-harm and offending were not explored" (r20c).
unless: (child | young person | teenager | girl | boy | pupil | adolescent | student) ..1 ('s | "s") (self-harm | self-harming | overdose | overdoses | drinking | drug use | cannabis use | mental health | low mood | substance misuse)
nomatch: The review has found that the anger behind Child F's self-harm and offending was not explored at any point.
nomatch: The teenager's own drinking was not explored by the youth worker.
# (r18b) A parent's difficulty answered with advice and nothing else: a leaflet, a word about cutting down.
pattern: +@prf_all &20 (no (other | more) action | nothing (else | more) ..2 (done | happened) | (advised | told | encouraged) to (cut down | drink less | stop drinking | stop using | rest | get more sleep) | (advice | a leaflet) (only | alone) | (was | were) (given | handed) ..2 (a leaflet | leaflets | advice) (and)? ..2 (nothing | no) ..2 (else | more | other)?)
  unless: (referred | referral) ..4 (alcohol | drug | drugs | mental health | perinatal | substance | psychiatr* | idva | domestic abuse)
match: At the surgery Mr D said his drinking had got worse since the baby came; he was advised to cut down, with no other action.
match: Her anxiety and low mood were mentioned at the child health clinic, and no other action followed.
nomatch: Mr D told the practice nurse he was drinking heavily; he was advised to cut down and referred to the alcohol service that day.

# ---- r20c (issue 10): the register of overview reports ----
# Violence towards a child is the history of risk_assessment (or hidden_men), not a parent's difficulty, wherever it is met.
unless: (violence | assault | assaults | conviction | convictions | "injured" | "harmed") ..4 (against | towards | to | of) (a | an | another | previous | other | former | a previous | an older) ..1 (child | baby | children | infant | stepchild | stepdaughter | stepson)
match: The father's violence towards Baby M's mother was dealt with as a matter between the adults.
nomatch: The father's history of violence towards a previous child was not considered when the assessment was completed.
# Domestic abuse as the police and the MASH record it, beyond @factor_plus.
group: @prf_factor_wide = @factor_plus | domestic incident | domestic incidents | domestic call-outs | call-outs | callouts | police notifications | domestic notifications
pattern: +@prf_factor_wide ~ @slight_heed
  unless: (no | not) (evidence | sign | history) ..3 of
match: The mother's long history of depression received little attention in the core assessment.
match: The father's heroin use was given insufficient weight when the plan was stepped down.
match: Scant weight was attached to the police notifications of domestic incidents at the address.
match: His drinking attracted minimal scrutiny at the core group, although it was recorded at every visit.
nomatch: The mother's depression received close attention from the perinatal mental health team.
nomatch: Little weight was attached to the neighbour's complaint about the noise from the flat.
# The difficulty known and kept out of the work: "the father's drinking did not inform the assessment", "her psychosis
# never shaped the plan", "the violence did not feed into any view of risk".
pattern: +@prf_factor_wide &15 !(inform | informed | shape | shaped | feed into | fed into | figure in | figured in | find its way into | found its way into) ..4 (assessment | assessments | plan | plans | planning | analysis | decision | decisions | view of risk | risk | safety plan)
  unless: (no | not) (evidence | sign | history) ..3 of
match: The mother's psychosis was known to the GP and the health visitor but never shaped the plan for the children.
match: It is of concern that what was known about the father's cocaine use did not feed into the assessment.
match: The police notifications of domestic incidents did not inform any decision about the children's safety.
nomatch: The mother's psychosis shaped every part of the plan, which set out who would care for the children when she was unwell.
nomatch: The father's conviction for violence against a child did not shape the plan, which rested on the mother's word.
# Read as the adult's own health or private matter: "her depression was viewed primarily as a health matter for her GP".
pattern: +@prf_factor_wide ~ (seen | viewed | treated | regarded | managed | dealt with | approached | framed) ..3 as ..3 (health | medical | clinical | adult | personal | private | treatment | lifestyle) (matter | matters | issue | issues | problem | problems | concern | question)
  unless: (no | not) (evidence | sign | history) ..3 of
match: The panel was concerned that the mother's postnatal depression was viewed primarily as a health matter for her GP.
match: The father's cannabis use was treated by every agency as a personal matter.
nomatch: The mother's depression was treated as a matter for the whole network, and its effect on the baby was reviewed at each core group.
nomatch: The health visitor regarded the mother's low mood as a concern for the baby and referred her the same day.
# Abuse between the adults met one call at a time: "each domestic incident was treated as a discrete episode".
pattern: (domestic abuse | domestic violence | domestic incident | domestic incidents | domestic | call-outs | callouts | police notifications | assaults) &15 ((seen | treated | dealt with | considered | assessed | viewed | handled | responded to | logged | graded | managed) ..6 (as (a | an)? ..2 (discrete | separate | single | stand-alone | standalone | isolated | fresh | one-off) | in isolation | "separately" | "individually" | on (its | their) own merits) | incident-by-incident | incident by incident)
  unless: (no | not) (evidence | sign | history) ..3 of
match: Insufficient weight was attached to the repeated police call-outs for domestic incidents, each of which was treated as a discrete episode.
match: Each domestic abuse notification was graded on its own merits, so the escalation went unseen.
match: The assaults on the mother were dealt with incident by incident.
nomatch: The three domestic incidents were considered together at the MARAC, and the pattern of escalation was clear.
nomatch: Each domestic abuse notification was reviewed alongside the earlier ones and the children's plan.
# Asking about domestic abuse as routine, not done: "routine enquiry about domestic abuse was not undertaken".
pattern: (routine | selective) (enquiry | enquiries | questioning | question | questions) ..4 (@prf_factor_wide | mood | mental health | safety at home) ~ (!(undertaken | made | carried out | done | asked | completed | recorded | followed) | @none | +@lacking)
match: Routine enquiry about domestic abuse was not undertaken at any of the antenatal contacts.
match: There is no record of routine enquiry into the mother's mental health at the new birth visit.
nomatch: Routine enquiry about domestic abuse was made at each antenatal contact and recorded.
# What was known of the difficulty, nothing or little: "little was known about the father's mental health".
pattern: (little | nothing | next to nothing) (was | had been)? ..2 !(known | understood | established | found out | learnt | learned) ..3 (about | of) ..6 @prf_factor_wide
match: Little was known about the father's mental health, and no one sought to find out more.
match: Nothing was understood of the mother's drug use beyond what she chose to say.
nomatch: Much was known about the father's mental health from the psychiatrist's letters.
# Judged irrelevant: "the mother's drinking was not seen as relevant to the care of the children".
pattern: +@prf_factor_wide ~ !(seen | regarded | treated | considered | viewed | thought | judged) ..2 (as)? ..2 (relevant | significant | a (concern | risk | factor | safeguarding (issue | matter | concern)))
  unless: (no | not) (evidence | sign | history) ..3 of
match: The mother's drinking was not seen as relevant to the care of the children.
match: His cannabis use was never regarded as a safeguarding concern by the health visitor.
nomatch: The mother's drinking was seen as relevant to every decision about the children.
match: The review found no evidence that the impact of the father's coercive control on the mother's ability to protect the children was understood.
nomatch: There was no evidence of the father's drinking at any of the visits.
# Told after the fact: "although she was aware of his history of self-harm, this was not discussed with him".
pattern: +@prf_factor_wide &15 (this | these | which) ..2 !(discussed | explored | considered | addressed | assessed | taken into account | understood | followed up | acted on | pursued | probed | questioned)
  unless: (no | not) (evidence | sign | history) (at all | whatsoever)? of
match: Although the health visitor was aware of the mother's history of self-harm, this was not discussed with her at any point during the pregnancy.
match: The father told the GP he was drinking every day, which was not followed up at the next appointment.
nomatch: The health visitor knew of the mother's history of self-harm, and this was discussed with her at each visit.
# The children's needs pushed aside by the adult's difficulty: "the needs of the children became secondary".
pattern: +@prf_factor_wide & ((@child | children | baby | babies) ('s | "s")? ..3 (needs | welfare | safety | wellbeing | well-being | experience) ..4 (became | were | was | had become | remained) ..2 (secondary | lost | sidelined | eclipsed | overshadowed | an afterthought | peripheral) | (needs | welfare | safety | wellbeing | experience) of the (@child | children | baby) ..4 (became | were | was | had become | remained) ..2 (secondary | lost | sidelined | eclipsed | overshadowed | an afterthought | peripheral))
match: The focus of the work was on the mother's own mental health, and the needs of the children became secondary.
match: With every relapse of the father's drinking, the children's safety was overshadowed by his treatment.
nomatch: The mother's mental health improved, and the needs of the children remained at the centre of the plan.
# Violence grown normal to the professionals: "the violence was viewed as a normal feature of the relationship".
pattern: +@prf_factor_wide ~ (normalised | normalized | (became | become | grown | grew | got) (accustomed | used) to | desensitised to | (seen | viewed | regarded | treated | accepted | described) ..3 as ..3 (normal | the norm | part of (the)? (relationship | family life | their relationship) | a (normal | usual | typical) (feature | part)))
  unless: (no | not) (evidence | sign | history) (at all | whatsoever)? of
match: The violence in the household was viewed as a normal feature of the parents' relationship.
match: Agencies had become accustomed to the mother's drinking, which no longer prompted any concern.
nomatch: The violence was never accepted as normal, and each incident was discussed at the MARAC.
