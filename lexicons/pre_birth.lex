id: pre_birth
label: Pre-birth assessment shortcomings
description: Risks known before birth were not assessed, assessed late, or no pre-birth plan was made.
group: @prebirth = pre-birth | prebirth | pre birth | birth plan | unborn | unborn baby | unborn child | pregnancy | antenatal | ante-natal | before the birth | before birth | baby's arrival | birth
# ---- Concepts: what this theme evaluates ----
group: @prebirth_work = pre-birth assessment | pre-birth planning | pre-birth plan | pre-birth work | pre-birth | prebirth | assessment of the unborn | planning for the birth | birth plan | birth planning | pre-birth conference | pre-birth referral

# ---- Concept patterns ----
pattern: @prebirth_work ~ (+(@weak | @lacking | +late | +delayed | too +late | belated | rushed | +incomplete) | !(complete | completed | start | started | do | done | undertake | undertaken | make | made | hold | held | agree | agreed))
  unless: @prebirth_work ..4 (was | were)? ..2 (completed | started | agreed) ..4 (early | at | by | before | in good time | promptly)
pattern: @none ..3 @prebirth_work
  unless: ("no" | not any | "little") (evidence | sign | indication | suggestion | reason)
  unless: (no | not) (need | evidence) ..3 pre-birth
pattern: (assessment | plan | planning | referral | work | conference | anyone | anything) ..10 (until | by the time | after) ..4 (baby | newborn | he | she) ..2 (was | had been)? ..3 ("born" | days old | "day" old | on the postnatal ward)
  unless: (until | when) ..6 (was | had been)? ..2 (weeks old | months old) ..6 (visit* | seen | weighed)
pattern: (pregnancy | pregnant | weeks pregnant | unborn | antenatal | booking appointment | booking) ~ !(@considered | refer | referred | act | acted | assess | assessed | plan | planned)
  # an unplanned pregnancy is how it came about, not a plan missing (lexchild)
  unless: (pregnancy | pregnant) ..2 (was | were)? ..2 (not planned | unplanned)
  unless: (no | not) (need | evidence) of ..4 (pregnan* | unborn)
pattern: (born | birth) before ..4 (any)? ..2 (assessment | plan | planning) ..4 (was | were | had been)? ..2 (completed | made | agreed | started | in place)

# ---- Phrase patterns: particular ways of saying it ----
pattern: (pre-birth | prebirth | pre birth) ..3 (assessment | plan | planning | conference | protocol | meeting) ..8 (!completed | !undertaken | !done | !started | !held | !rearranged | !address | !take ..2 account | took no account | +late | +incomplete | only | began only | cancelled | +delayed | not until | never)
  unless: (pre-birth | prebirth) ..3 (assessment | plan) ..4 (was | were) (completed | started) ..4 (by | at | within)
pattern: (no | without) ..3 (pre-birth | prebirth | pre birth | birth plan | plan for the (baby | birth) | plan ..4 (born | birth))
  unless: !(pre-birth | birth plan) ..6 (not significant | no known risks)
pattern: (failure | failed) to ..4 (pre-birth | prebirth | birth)
pattern: (unborn | unborn baby | unborn child | pregnancy | baby's arrival | new baby) ..10 (!considered | !recognised | !referred | !assessed | !questioned | !acted | not considered | +overlooked)
pattern: !(consider* | assess* | refer* | recognis* | question* | plan*) ..8 (unborn | pregnancy | the baby's arrival | for the baby's arrival)
pattern: (concealed | +late booking | +late booked | booked +late | undisclosed) ..2 (pregnancy | booking)? ..8 (!recognised | !questioned | not ..2 (recognised | questioned | considered))
pattern: (not acted (upon | on) | not referred) ..6 (until after the birth | before the birth)
pattern: (no plan | not in place | no ..2 plan) ..6 (when ..3 born | at the birth | before the birth)
pattern: (referral | concerns) ..10 (twenty | weeks of pregnancy | antenatal) ..8 (!acted | not acted)
pattern: (ought to have | should have) ..2 referred ..2 the pregnancy
pattern: !refer* the pregnancy
unless: (timely | completed promptly | early) ..4 pre-birth
match: Although the midwife knew of the risks, no pre-birth assessment was ever started.
match: The unborn baby was not considered when the siblings' plan was reviewed.
match: The pre-birth conference was repeatedly postponed and only took place after the birth.
nomatch: By the sixteenth week of pregnancy the assessment of the unborn baby was finished and a birth plan agreed.
nomatch: Midwives and social workers must be offered joint training on assessing risk before a baby is born.
unless: "no" delay

# ---- What was known in pregnancy, acted on only after the birth (added on branch conceptsB) ----
# The pregnancy, told by its time: "at sixteen weeks' gestation", "at her booking appointment", "before the due date".
group: @pregnancy_time = gestation | weeks pregnant | booking | booking appointment | antenatal | during the pregnancy | in pregnancy | (twelve | sixteen | twenty | twenty-* | thirty | thirty-* | 12 | 16 | 20 | 24 | 28 | 30 | 32 | 34 | 36 | 38) weeks | due date | unborn | pregnancy
# Action that came only when the baby had arrived: "when he was six weeks old", "on the postnatal ward", "born with nothing agreed".
group: @after_birth = (days | weeks | months) old | on the postnatal ward | after ..2 (the)? birth | born ..6 (with nothing | without (a)? (plan | assessment) | with no (plan | assessment)) | a (fortnight | week | few days) before the due date | (thirty-six | thirty-seven | thirty-eight | thirty-nine | 36 | 37 | 38 | 39) weeks
pattern: @pregnancy_time & (conference | assessment | referral | plan | planning | work | allocated | heard about | first ..3 visit | capacity | anyone) ..12 @after_birth
  unless: (assessment | plan | conference | planning) ..4 (was | were | had been) +(completed | agreed | held | in place) ..6 (by | at | before) ..4 (weeks | booking | birth)
# A pregnancy omitted from the work, or what a newborn would face never asked about.
pattern: (@prebirth | the baby | baby) ~ @omitted
  unless: (no | not) (evidence | sign) of
pattern: (@pregnancy_time | newborn | born) & !(consider | considered | ask | asked | think | thought | set out | explore | explored) ..3 @meant_for_child
pattern: (antenatal | pre-birth | prebirth) ..4 (contact | visit | appointment | meeting | conference) ..8 (never took place | did not take place | !happen | !happened)
pattern: (no | nothing | little) ..3 (work | planning | contact | assessment) ..8 (during the pregnancy | before the birth | in the (last | final) ..3 (months | weeks) of (her | the) pregnancy)
# Referred late in the pregnancy, or the baby sent home with no plan.
pattern: (referred | referral | assessment | allocated | allocation | conference | planning) ..10 (late in (the | her)? pregnancy | in the (last | final) (weeks | month | months | few weeks) of (the | her)? pregnancy)
group: @sent_home_unplanned = (discharged | went home | sent home | taken home) ..10 (no | without) ..3 (plan | assessment | safety plan | discharge plan | planning meeting | agreed plan)
pattern: (baby | newborn | infant) ..8 @sent_home_unplanned | (discharged | went home | sent home | taken home) ..6 (maternity | postnatal | labour) ..6 (no | without) ..3 (plan | assessment | safety plan | discharge plan | planning meeting | agreed plan)
  unless: (no | without) ..3 (concern | concerns | need)
# Nothing passed on or acted on during the pregnancy.
pattern: !(refer | referred | notify | notified | share | shared | pass | passed | act | acted) ..10 (during | in | throughout) (the | her)? pregnancy
  unless: (no | not) (need | reason) to

# ---- Late in the pregnancy, or nothing agreed by the birth (concepts3) ----
# "the midwife's referral arrived at thirty-six weeks", "no plan was in place when the baby went home"
pattern: (referral | notification | assessment | conference | plan | planning | contact) ..8 (arrived | made | received | sent | started | began | begun | held | completed | convened | took place) ..6 (at | after) ..2 (thirty* | 32 | 33 | 34 | 35 | 36 | 37 | 38 | 39 | 40) ..2 weeks
  unless: (scan | scans | birth | born | delivered | labour)
pattern: (no | without | not yet) ..2 (plan | birth plan | discharge plan | safety plan | agreed plan) ..8 (when | before | at the time) ..4 (discharged | born | birth | went home | came home | was delivered)
  unless: (no | not) (need | reason) for
pattern: (unborn | pregnancy | the expected baby) & (@omitted | !(mention | mentioned | include | included | consider | considered) ..6 (unborn | pregnancy | expected baby))
match: The police notification about the violence was sent to children's social care at thirty-seven weeks.
match: No plan had been agreed when Baby S was discharged from the maternity ward.
match: The expected baby features nowhere in the assessment of the older children.
nomatch: The birth plan was agreed at thirty weeks, well before the baby was born.
nomatch: The anomaly scan was completed at 20 weeks and was normal.
nomatch: The pregnancy was not planned, and the couple told the midwife they were delighted.

# concepts4 (7 December): nothing done before the birth, a wait for the baby to arrive, work that
# began or met only after the birth, a pre-birth assessment that left out the father or leaned on the mother
group: @pb4_before = before (the)? ..2 (birth | delivery | due date | she was born | he was born | baby was born | baby arrived) | until ..3 (the)? ..2 (birth | delivery | day of delivery | baby was born | baby arrived | she was born | he was born | after the birth | labour | she went into labour) | while ..3 (was)? pregnant | during the pregnancy
# "no meeting about the baby took place before she was born", "nobody asked, while she was pregnant, about her first child"
pattern: (nothing | no (meeting | conversation | thought | plan | planning | discussion | assessment | date | visit | conference | decision | referral)) ..8 @pb4_before | !(held | planned | done | given | asked | set | followed | visited | made | agreed | considered | checked | sought | convened) ..6 @pb4_before
  unless: (no | not) (evidence | sign | shortcoming | shortcomings | concern | concerns) (of | in | about)
# Waiting for the baby: "the team chose to wait until the birth to see how the parents coped"
pattern: (waited | wait | waiting | leave it | pick this up | pick it up | revisit it) ..4 (until | after) ..3 (the)? ..2 ((baby | she | he | the twins) ..2 (was born | were born | arrived) | birth | delivery)
# Only after the birth: "the conference met three days after the delivery", "the assessment was unfinished when he was born"
pattern: (conference | assessment | planning meeting | meeting | decision | allocated | visit) ..6 (days | hours | weeks)? after (the)? (birth | delivery) | (started | began | allocated | booked | referred | convened) ..3 at (34 | 35 | 36 | 37 | 38 | 39 | 40 | thirty-four | thirty-five | thirty-six | thirty-seven | thirty-eight | thirty-nine) weeks | (unfinished | incomplete | +uncompleted | !completed) when ..3 (born | birth | delivered | delivery) | born before ..2 (the)? (first)? (visit | assessment | conference | meeting | allocation)
  unless: (no | not) (evidence | sign) of
  # "not assessed at any point after the birth" says nothing of when the work began (lexrec2).
  unless: at any (point | time | stage) after
# Assessed without the father, or on the mother's word: "the pre-birth plan left the father out", "nothing about him reached the plan"
pattern: (@prebirth_work | planning for the (baby | birth) | assessment before ..3 birth) ..10 (!consider | !considered | !include | !included | nothing about | said nothing | mother alone | relied ..3 on ..3 (self-report | account | word)) | nothing about (him | the father | the partner | her partner) ..4 (went into | in | reached) ..3 (the)? (planning | plan | assessment)
pattern: (needs of the unborn | unborn (child | baby) | the (baby | newborn) to come) ..6 (were | was)? ..2 +(lost | overlooked | forgotten | eclipsed)
match: No meeting about the baby took place before she was born.
match: Children's social care chose to wait until the birth to see how the parents coped.
match: The pre-birth conference met three days after the delivery.
match: The pre-birth assessment began at 36 weeks and was unfinished when the twins were born.
match: The pre-birth assessment did not consider the mother's new partner.
nomatch: A planning meeting took place at 24 weeks, well before the birth.
nomatch: The pre-birth assessment considered both parents and their histories in detail.

# ---- lexchild (7 December): the expected baby, known about and left until after the birth ----
# The pregnancy told by its stage: "in the second trimester", "seven months pregnant", "the coming baby".
group: @pregnancy_more = @pregnancy_time | (first | second | third | last) trimester | (five | six | seven | eight | 5 | 6 | 7 | 8) months pregnant | expected baby | coming baby | new baby | baby she was expecting | baby (was | is) due | early pregnancy | pregnant again
# Told only late: "children's social care were told only at 35 weeks", "the team heard of the pregnancy at thirty-six weeks".
pattern: (told | informed | notified | learned | learnt | heard | aware | knew | known) ..6 (only)? ..2 (at | after) ..2 (thirty* | 32 | 33 | 34 | 35 | 36 | 37 | 38 | 39 | 40) ..2 weeks
  unless: (scan | scans | twelve-week | anomaly)
# Held until the delivery: "the information stayed in the maternity notes until the delivery".
pattern: (stayed | remained | sat | lay | kept | held) ..8 until ..3 (the)? (birth | delivery | labour | baby was born | baby arrived)
# The expected baby left out: "it is not clear the expected baby was thought about at all", "does not mention the coming baby".
pattern: (expected | coming | new | unborn) (baby | child | sibling) ..10 (!considered | !thought about | !mentioned | !included | !assessed | !discussed | +forgotten | +overlooked) | !(mention | mentions | include | includes | consider | considers | refer to | refers to) ..4 (the)? (expected | coming | new | unborn) (baby | child | sibling)
# A plan still unwritten when the baby went home: "a plan that was still being written when the baby went home".
pattern: (plan | assessment | planning) ..6 (still | not yet | not) ..3 (being written | written | finished | complete | completed | agreed | in place | drafted) ..4 when ..4 (born | went home | discharged | came home | birth | delivered)
  unless: (was | were | had been) +(completed | agreed | in place) ..3 (well)? before
# First met after the birth: "the social worker first met the mother on the maternity ward, two days after she gave birth".
pattern: first ..4 (met | meet | visited | saw | seen | contacted | spoke | involved | allocated) ..8 (maternity ward | postnatal ward | labour ward | after ..3 (birth | born | given birth | gave birth | delivery))
# Known in pregnancy and left: "the notification came at twenty-eight weeks and the case sat unallocated for six weeks".
pattern: +@pregnancy_more & (+unallocated | sat ..3 (unallocated | on a (list | desk)) | (no one | nobody) ..3 allocated | (closed | ended) ..4 (with advice | advice only | no further action) | !(look | looked | revisit | revisited | review | reviewed | return | returned) ..4 (again)? ..3 before the (birth | delivery))
# The parents' capacity for a newborn never looked at: "the baby went home with parents whose capacity had not been looked at".
pattern: (baby | newborn | infant) ..4 (went home | was discharged | discharged | sent home | taken home | came home) ..10 (capacity | ability | parenting) ..8 !(assessed | looked at | considered | tested | explored)
# How they would care for a newborn, never asked: "nobody asked how the mother would care for a newborn".
pattern: ((no one | nobody | no professional) ..4 (asked | considered | explored | thought about) | !(ask | asked | consider | considered | explore | explored)) ..2 (how | whether) ..15 (care for | look after | cope with | parent | keep ..2 safe) ..3 (a | the | her | their)? (newborn | new baby | second baby | expected baby)
# A concealed pregnancy never asked about.
pattern: (concealed | hidden | hid | denied) ..6 (pregnancy | pregnant | it) & ((no one | nobody) ..3 (asked | explored | considered) | !(ask | asked | explore | explored) why)
  unless: (no | not) (evidence | sign) of
match: When she became pregnant again, children's social care were told only at 35 weeks.
match: The midwife's knowledge of the father's conviction stayed in the maternity notes until the delivery.
match: The expected baby was not considered during the assessment of the older children.
match: The core assessment, finished while the mother was seven months pregnant, does not mention the coming baby.
match: The plan was still being written when the baby went home.
match: The allocated social worker first met the mother on the maternity ward, two days after she had given birth.
match: The notification came when she was twenty-eight weeks pregnant, and the case sat unallocated for six weeks.
match: The baby went home with parents whose capacity to care for him had not been looked at by anyone.
match: The pregnancy was concealed until labour, and no one asked why she had hidden it.
match: Nobody asked how the father, who had been in prison, would care for a newborn.
nomatch: The baby was discharged home with parents whose capacity had been assessed before the birth.
nomatch: Children's social care were told at 12 weeks and a pre-birth assessment followed.
nomatch: The plan was completed well before the birth and shared with the ward.
# Known in pregnancy and nothing started: no referral, no assessment, not shared.
pattern: +@pregnancy_more &15 ((no | without) ..2 (referral | assessment | plan | planning | conference | strategy discussion | pre-birth) | !(refer | referred | share | shared | pass | passed) ..6 (children's social care | social care | social services | the (local authority | team)))
  unless: (no | not) (need | reason | concerns | concern) | (no | without) ..2 (referral | assessment) ..4 (needed | required | necessary)
match: The midwife knew at booking that the father had harmed a baby before, and no referral was made.
nomatch: The pregnancy was uneventful and there was no need for a referral.
# lexchild, third pass: the baby home before the work began.
pattern: (discharged | went home | sent home | taken home | came home) ..6 before ..3 (the | any)? (assessment | plan | conference | planning | work) ..3 (had)? ..2 (started | begun | completed | agreed | in place | been done)
match: The baby was discharged from hospital before the assessment had started.
nomatch: The baby went home after the plan had been agreed at a meeting on the ward.

# lexrec2 (7 December): the work for the baby begun only after the birth, what was said in pregnancy filed as
# information or met with a leaflet, the baby's home never looked at before discharge, an antenatal meeting
# cancelled and not rearranged, each professional sure someone else was planning
# "thinking about the baby's safety began on the postnatal ward", "the first discussion came two days after the delivery"
pattern: (planning | plan | plans | preparation | preparations | work | thinking | discussion | discussions | first meeting | meeting | sat down | decision | decisions) ..8 (began | begun | started | start | took place | happened | came | was held | "met" | "made" | decided) ..8 (on the (maternity | postnatal | labour | delivery)? ..2 ward | after (the)? (delivery | birth) | after she gave birth | after (he | she | the baby) (was born | arrived) | in the (hours | days | forty-eight hours | 48 hours) after)
  unless: at any (point | time | stage) after | (continued | reviewed | updated | confirmed) ..4 after
# Said in pregnancy, and logged as information or met with a leaflet: "the notification at the twenty-week scan was filed for information"
pattern: (@pregnancy_more | pregnant | scan | booking) & (logged as ..2 (information | a contact | contact | advice | for information) | information only | for information only | (was | were) closed (after | with | on) | re-refer | nearer the time | held on to ..2 (it | the form | the referral) | !(sent | passed on | referred on | acted on) | (response | only action | only step | all that was done | action taken) ..4 (was | were)? ..2 (a leaflet | leaflets | advice | a booklet))
  unless: (no | not) (evidence | need | reason) | (referred | passed | sent) ..4 (same day | at once | promptly)
# The baby's home never looked at: "before the baby went home nobody asked where he would sleep", "discharged to a flat no one had visited"
pattern: (came home | went home | go home | discharged | discharge | born | birth | delivery | newborn) & (!(ask | asked | check | checked | visit | visited | see | seen | look | looked | assess | assessed) ..8 (where ..4 (sleep | slept | live | lived | stay | stayed) | who ..4 (living | lived | live | stay | staying | be there) | (flat | home | house | address | bedroom | cot | sister's | grandmother's)) | (flat | home | house | address) ..3 (no | nobody | no one) ..2 (practitioner | professional | worker | one)? ..2 (had)? (visited | seen | checked))
  unless: (no | not) (need | reason) to
# An antenatal meeting cancelled and never put back: "the planning meeting set for thirty weeks was called off and not rearranged"
pattern: (antenatal | pre-birth | prebirth | birth planning | planning | discharge planning) (meeting | conference | visit | contact | assessment | discussion) ..10 (+cancelled | +postponed | called off | !rearranged | !rebooked | !(took | take) place | !held | !happened)
  unless: (rearranged | rebooked | held) ..4 (within | the (next | following))
# Each assuming another was planning for the baby: "the midwife thought children's social care was planning for the birth"
pattern: (assumed | thought | believed | presumed) ..6 (someone else | somebody else | another (agency | service | professional) | the (other | social worker | midwife | health visitor | hospital | team)) ..6 (was | were | would be)? ..2 (planning | arranging | assessing | preparing) ..4 (the | her | their) ..2 (baby | birth | unborn | delivery | arrival | newborn)
  unless: discharge planning
match: Thinking about the baby's safety only began on the postnatal ward.
match: The first discussion of where the twins would live took place in the days after the delivery.
match: The referral at the twenty-week scan was logged as information and closed.
match: When she said she was drinking heavily at twenty weeks, the only action was a leaflet.
match: Before the baby went home nobody checked where he would sleep.
match: He was discharged to his grandmother's flat, which no practitioner had visited.
match: The pre-birth planning meeting was cancelled twice and never rearranged.
match: The midwife assumed the social worker was planning for the baby's arrival.
nomatch: Planning for the baby began at sixteen weeks and was reviewed after the birth.
nomatch: The referral at the twenty-week scan was passed to the duty team the same day.
nomatch: Before the baby went home the health visitor visited the flat and saw where he would sleep.
nomatch: The pre-birth planning meeting was postponed once and held the following week.
nomatch: The ward and the community team each assumed the other would arrange a discharge planning meeting for Baby T.
# Absent from what was written in the pregnancy: "he is named in nothing written while she was pregnant"
pattern: (@omitted | !mentioned | !named | !recorded | (named | mentioned | recorded) in (nothing | no | none of)) ..12 (during | in | throughout | while) (the | her)? (pregnancy | pregnant | antenatal period)
# What a long history might mean for a newborn, never weighed: "no one thought about what her relapse, a month before, would mean for a newborn"
pattern: !(consider | considered | ask | asked | think | thought | explore | explored | weigh | weighed) ..3 (what | how) ..15 (mean | meant | means | affect | affected) for ..3 (newborn | unborn | new baby | the baby)
match: The father is mentioned in no document written during the pregnancy.
match: No one thought about what her detox in the spring, and her relapse a month later, would mean for a newborn.
nomatch: The father is named in every document written during the pregnancy.
# A pre-birth conference or plan held when it was too late to act on (lead, session 18).
pattern: (pre-birth | prebirth | pre birth | birth plan) ..15 too late
match: The pre-birth conference was held two days before the delivery, too late for any plan to take effect.
nomatch: The pre-birth conference was held at 24 weeks, in good time for the plan.

# ---- r20c (issue 10): the register of overview reports ----
# The unborn baby never a child in its own right: "the unborn baby was not seen as a child in his own right".
pattern: (unborn | foetus | pregnancy) &12 !(seen | treated | regarded | considered | recognised | viewed | thought of) ..4 (as (a)? (child | person | individual) | in (his | her | its | their) own right)
match: The panel found that the unborn baby was not seen as a child in his own right.
match: Throughout the pregnancy the baby was never thought of as a person with needs of her own right.
nomatch: From the twelve-week scan the unborn baby was seen as a child in his own right, with his own plan.
# Heed said as a noun the pregnancy received: "the risks to the unborn baby received little attention".
pattern: +(unborn | unborn baby | unborn child | pregnancy | pre-birth | prebirth | antenatal) ~ @slight_heed
match: The risks to the unborn baby received little attention until the mother was thirty-six weeks pregnant.
match: Scant weight was attached to the pregnancy at the core group in March.
nomatch: The pregnancy received careful attention from the pre-birth team from the twelve-week scan onwards.
# Discharge of a newborn judged poorly planned: "discharge planning for the baby was inadequate".
pattern: (discharge planning | discharge plan | discharge planning meeting | planning for (the)? discharge) ~ (@weak | +@lacking | !@good | @none | !(held | convened | agreed | made | completed))
  unless: (no | not) (need | reason) for
match: Discharge planning for the baby was inadequate.
match: No discharge planning meeting was convened before Baby T went home.
nomatch: A discharge planning meeting was held two days before Baby T went home, and the plan was clear.
# Nothing started until late in the pregnancy or after it: "the referral was not made until she was thirty-six weeks
# pregnant", "children's social care did not become involved until after the birth".
pattern: !(made | started | begun | completed | held | undertaken | convened | allocated | sent | received | involved | done | arranged) ..3 until ..8 (@pregnancy_more | @after_birth | birth | born | delivery | labour | due date)
match: The referral from the midwife was not made until the mother was thirty-six weeks pregnant.
match: Children's social care did not become involved until after the birth, by which time the baby was at home.
nomatch: The referral was made at twelve weeks, and the assessment was completed well before the due date.
