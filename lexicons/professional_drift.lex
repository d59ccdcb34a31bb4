id: professional_drift
label: Professional drift and delay
description: Work lost purpose or pace over time: plans not progressed, decisions postponed, cases left open without action, repeated fresh starts.
# ---- Concepts: what this theme evaluates ----
group: @course = plan | plans | planning | case | work | involvement | decision | decisions | assessment | progress | action | actions | intervention | proceedings | pre-proceedings | core group

# ---- Concept patterns ----
pattern: @course ~ (drift | +drifted | drifting | +stalled | +stall | "lost momentum" | "lost focus" | "lost its focus" | "put off" | +"deferred" | +"deferral" | +postponed | +delayed)   # quoted: "deference" stems to "defer"
  unless: (a | one | two | three | few | couple of) (day | days) later
  unless: (review | reviews | this review) ..2 (delayed | delay) | (no | not) (evidence | sign) of ..3 (drift | delay) | delay ..4 (appointment | ambulance | reply)
pattern: @course ~ !(progress | progressed | advance | advanced | implement | implemented)
  unless: as progress   # progress claimed is rule_of_optimism (lexjudge)
  unless: @course ..3 (was | were) ..2 (reviewed | progressed) ..4 (every | each | regularly) | review ..3 (process | itself) | "not moved"
pattern: @course ~ !((keep | kept | maintain | maintained | retain | retained) ..2 (focus | momentum | pace | direction) | promptly | on time | without delay | in good time | "timely" | purposeful | purposefully)
pattern: (@weak | slow | no | "little") progress
  unless: progress ..3 (was | were)? ..2 (good | steady | made)
pattern: (significant | considerable | long | lengthy | +unexplained | repeated | months of) delay*
  unless: (review | this review) ..4 delay

# ---- Phrase patterns: particular ways of saying it ----
pattern: drift | +drifted | drifting
  unless: (weight | height | growth | centile | centiles) ..3 drift* | drift* ..3 (down | downwards | centile | centiles)   # a baby's weight (neglect) (lexprec)
pattern: (delay | delays | +delayed) ..6 (in | before | to | of | meant | left | progressing | taking | action | decision | assessment | plan | proceedings)
  unless: (publication | inquest) ..6 delay* | (review | report) (was | were | has been) delayed | delay* ..4 (publication | this review | the review | the report | the inquest)
  # r20pa: a child's developmental delay ("his speech delay", "delayed speech") is not work that lost pace.
  unless: (speech | language | developmental | development | global | motor | cognitive | communication | learning | toileting) ..1 (delay | delays) | +delayed (speech | development | milestones | walking | talking | language)
nomatch: The neglect of Child K's teeth and his speech delay was put down to poverty.   # r20pa: a child's delay
nomatch: Her delayed speech was noted at the two-year check and put down to her being a twin.
match: There was a delay of five months in referring Child K's speech problems to the therapist.
pattern: (lengthy | significant | considerable | unacceptable | long | further | avoidable | unnecessary) (delay | delays)
pattern: (plan | plans | action | actions | work | case | decision | decisions | proceedings | process) ..6 (!progressed | !moved forward | !reviewed | !put into effect | !implemented | !followed through | !worked | +stalled | +lapsed | lapse | suspended | stagnat* | forgotten | unchanged | +deferred | +postponed | paused | put on hold | carried forward | carried over | rolled over | rolled forward | slipped | allowed to lapse | (remained | still | left | was | were) outstanding)
pattern: (postpone* | defer* | adjourn*) ..4 (decision | meeting | plan | assessment | conference | proceedings | on | until | twice | again | several | four | three)
  unless: at the (request | application) of   # a hearing put back at a party's request is the court's business (lexprec)
pattern: (loss | +lost) ..3 (focus | momentum | purpose | direction | pace | sight of the plan)
pattern: !(purposeful | meaningful | effective | clear | decisive) (action | activity | work | plan | progress | purpose | direction | intervention)
# r18a: nothing done counts as drift only over a span of time or across meetings; "the boy told his teacher and
# nothing was done" is one disclosure left (signs_of_abuse, thresholds), not work losing pace.
group: @pd_span = month | months | week | weeks | year | years | period | meeting | meetings | visits | the plan | core groups | reviews | spring | summer | autumn | winter
pattern: @pd_span ..10 (little | nothing | no progress) ..3 (achieved | happened | was done | of substance | had happened) | (little | nothing | no progress) ..3 (achieved | happened | was done | of substance | had happened) ..8 @pd_span
match: Over the following nine months little was achieved for the two boys.
match: Three core group meetings were held and nothing was done about the damp bedroom.
nomatch: The boy told his teacher about the belt, and nothing was done.
  unless: nothing about
  unless: nothing (further | more | else)   # one concern that went no further is not work that lost pace
  unless: nothing ..2 (happened | changed | occurred) ..8 to (suggest | show | indicate)
  # A concern seen and not acted on is its own theme (neglect, signs of abuse), not work that lost pace.
  unless: (noted | recorded | observed | seen) ..8 but ..2 (nothing | little) ..2 (was)? done
pattern: start-again syndrome | started ..3 afresh | restarted | start again | starting again | went round in circles | round in circles | slippage | no end point | open-ended | without any change to the plan | without an end point
pattern: (allocated | held open | kept open | remained open | open) ..5 (but not worked | without ..3 (action | purpose | plan | progress | review | contact | visit) | with little more than)
  kinds: finding recommendation
pattern: (took | taken | take) ..4 (months | weeks | years) ..4 (to | before)
  # a waiting list or a slow pathway is a gap in services; a message slow to arrive is poor sharing; a family's cancellations are theirs
  unless: pathway | waiting list | waiting time | diagnos* | to (reach | arrive | get to) | (rearranged | cancelled | missed) by the family
pattern: (months | weeks | years | a year) ..3 (later | after ..4 (first | had agreed | agreed | referral)) ..6 (remained | still | issued | had not | before)
pattern: !(match* | reflect*) ..4 (urgency | pace)
pattern: (pace | timescale* | timeliness) ..6 (slow | extended | not met | never matched | +lost)
pattern: (no one | nobody) ..4 (took ownership | chasing | drove | driving | moved ..2 forward | progressed)
pattern: (continued | continue) to ..3 (monitor | 'monitor') ..6 (months | years | without)
pattern: (not sent | not completed | not convened | not held) until
  unless: pre-birth | unborn | birth   # a pre-birth assessment finished late is pre_birth
pattern: (still | yet) ..2 !(reviewed | progressed | completed | started | made | taken | sent | done | held | arranged | begun | actioned | convened | allocated | written | booked)
pattern: (successive | each new | several | frequent changes of) ..3 (workers | social workers | social worker) ..8 (without | afresh | inherited | loss | again)
pattern: (sporadic | intermittent | infrequent) ..4 (visit* | contact | work | activity)
unless: (no | not any | without) (evidence | sign | indication | pattern) of ..4 (drift | delay)
unless: (avoid* | prevent*) ..2 drift | drift ..2 (was | were) (avoided | prevented)
# Work done within its timescale did not lose pace: "the assessment took six weeks, within the local timescale" (lexprec).
unless: within ..3 (timescale | timescales | standard | target | time limit)
# The review's own time is not the case's: "it took the review six weeks to gather the records" (lexprec).
unless: (took | taken | take) (the | this) (review | panel | reviewer | reviewers)
pattern: (decision | decisions | meeting | proceedings) ..10 (+deferred | +postponed | adjourned) ..4 (on | twice | again | occasions)
pattern: (loss | +lost) ..2 momentum | momentum (was)? +lost
pattern: ("issued" | made | taken | completed | convened) ..4 (some)? (months | weeks | years) after
  # a conference or core group held outside its timescale is procedures; "issues: entries written weeks after" is recording (lexprec)
  unless: (conference | core group | strategy discussion | strategy meeting) ..4 (took place | was held | held | convened | met) ..4 (days | weeks) after
pattern: (took | taking) (seven | eight | nine | ten | eleven | twelve | many | several | six | five | four | three) (months | weeks | years)
  unless: (records | notes | file | files) ..4 (took | taking)   # records slow to arrive (recording) (lexprec)
pattern: !(advance | progress | move) ..2 the plan
pattern: (plan | plans) ..8 (forgotten | +stalled | +lapsed | +drifted)
pattern: (rolled | carried) ..3 (plan | plans | actions) ..2 (forward | over)
pattern: never put into effect | long gaps between visits
# "the plan stayed the same for a year", "there was no sense of urgency"
pattern: (plan | plans | work | arrangements) ..4 (remained | stayed | was) ..2 (the same | unchanged) ..4 (for | over)
pattern: !urgency | (little | lacked) ..3 urgency
# "months went by without any of the actions being completed"
pattern: (days | weeks | months | a year) (went by | passed | elapsed) ..8 (without | before | no | nothing)
pattern: (referral | referrals | plan | process | application | proceedings) ..6 (+lapsed | allowed to lapse)
# Drift told through what happened: nothing changed, the same plan again, nothing completed, starting over, long gaps.
pattern: nothing ..2 (changed | changing | moved | happened) ..6 (for | between | in | over)
  # nothing happened that would have shown a risk: a denial, not a stalled plan (concepts3)
  unless: nothing ..2 (happened | changed | occurred) ..8 to (suggest | show | indicate)
pattern: (plan | plans | actions | conditions | objectives) ..8 (word for word | the same | +unchanged | identical)
  unless: (plan | plans | actions) ..4 (was | were) +(reviewed | updated | revised)
pattern: none of ..4 (actions | conditions | objectives | outcomes | tasks | steps) ..6 !(completed | started | begun | actioned | taken forward | put in place | met | achieved | done | carried out | progressed)
pattern: (start* | began | begun | begin*) ..4 (from scratch | from a blank page | from the beginning | afresh | all over again)
pattern: !(meet | met | review | reviewed | visit | visited) ..3 (again)? for ..2 (two | three | four | five | six | seven | eight | nine | ten | eleven | twelve | several | many) (weeks | months)
  unless: sick leave | off sick | maternity leave | annual leave | (no one | nobody) ..2 covered | vacant | vacancy   # a worker away with no cover (service_gaps) (lexprec)
pattern: !(begin | began | start | started | convened) until
  unless: pre-birth | prebirth | pre birth | unborn   # a late pre-birth assessment is pre_birth
pattern: (+unallocated | not allocated) ..4 for ..3 (weeks | months)
pattern: from one (review | meeting | conference | plan | core group) to the next
pattern: (process | proceedings | pre-proceedings | assessment) ..4 !(concluded | finished)
  unless: not (yet)? due | within (the)? timescale
  unless: pre-birth | prebirth | pre birth | unborn
match: After the court hearing nobody took the child protection plan forward, and work with the family drifted through the winter.
match: Decisions about permanence were repeatedly postponed while the family waited.
match: For eight months there was no purposeful work with the family.
nomatch: There is no evidence that the plan drifted during this period.
nomatch: Publication of the review was delayed by the criminal trial.
nomatch: The case was closed, and no one followed up the outstanding concerns of the school.
match: Three months passed before anyone read the health visitor's referral.
match: The child in need plan stayed the same over two years, whatever happened in the family.
match: Nobody treated the referral with any urgency, and it lay in a tray for weeks.
match: The same actions were rolled over from one core group to the next.
match: The core group simply rolled the plan forward each time it met.
nomatch: Head lice were noted at each visit but nothing was done about them.
nomatch: The plan was reviewed every six weeks and progressed steadily.

# ---- Work left open, meetings that lapsed, decisions put back, the same plan again (conceptsA) ----
group: @planning_meeting = core group | core groups | review conference | review meeting | review conferences | reviews of the plan | review of the plan | planning meeting | child in need meeting | team around the family | network meeting
# "the assessment was still unfinished a year later", "the proceedings were never concluded"
pattern: (still | remained | was left | were left | lay) ..3 +(unfinished | incomplete | outstanding | unresolved | pending | awaited | unallocated | undone)
  unless: not (yet)? due | within (the)? timescale
  unless: birth
  unless: (no | not) (evidence | sign) of | (review | inquest | trial | investigation | criminal | prosecution | charges | charge | court case | appeal | police) | pre-birth | unborn
pattern: @course ~ !(conclude | concluded | finish | finished | resolve | resolved)
  unless: (concern | concerns | worries | issues | problems | difficulties) ..10 !resolved   # a family's problems unresolved at closure is thresholds (lexjudge)
  unless: not (yet)? due | within (the)? timescale
  unless: (review | this review | inquest | trial | investigation) ..4 (concluded | finished) | (no | not) (evidence | sign) of | pre-birth | unborn
# "the core group never met", "the review conference did not take place for eight months"
pattern: @planning_meeting ~ (!("meet" | "met" | "meets" | convene | convened | held | take place | took place) | +cancelled | +lapsed | +postponed | +rearranged | months late | weeks late)
  unless: instead | (met | held | took place) ..4 (later | the following | the next | twice)
  unless: antenatal | pregnancy | pre-birth | prebirth | unborn
  unless: strategy | this review | (review | reviews) ..3 (of | into) ..3 (practice | case | death | serious) | !(meet | met) ..3 (threshold | criteria | need | needs | standard)
  unless: within ..3 (the)? (timescale | timescales | time limit | days | working days)   # late against a timescale is procedures (lexprec)
# "the decision was put off until after the holidays", "pushed back again"
pattern: (put off | put back | pushed back | kicked down the road | parked | shelved | left for another day) ..6 (until | till | again | twice | three times | indefinitely | repeatedly | each time | every time)
  unless: (a | one | two | three | few | couple of) (day | days) later | until ..6 (arrived | was available | was received | came back)
pattern: carried forward unchanged | rolled forward unchanged | copied forward | carried ..3 from (one | each) (meeting | review | plan) to the next
pattern: (same | identical) ..3 (action | actions | plan | targets | outcomes | recommendations) & (each | every | again | successive | unchanged | for (months | a year) | one after another)
  unless: (no | not) (evidence | sign) of
# "no one set a date by which anything had to change", "the plan had no timescales"
pattern: @none ..3 (timescale | timescales | deadline | deadlines | end date | date by which | review date | target date | time limit | contingency)
  unless: (plan | case | involvement) ..6 (ended | closed | stepped down | step-down | came off)   # a step-down without a plan is thresholds
  unless: ("no" | not any | "little") (evidence | sign | indication | suggestion | reason) | one-to-one | one-to-ones | supervision
pattern: (repeated | several | three | four | five | further | successive) extensions
match: The parenting assessment was still unfinished when the children were removed a year later.
match: The pre-proceedings process was never concluded.
match: The core group never met after the first conference.
match: The decision about a care order was put off until after the holidays, and then again.
match: Core group minutes show the tasks set for the father rolled forward unchanged through the autumn.
match: The same actions were set at every review for eighteen months.
match: No one set a date by which the home had to be different.
match: The report for the court came after three extensions.
nomatch: The core group met every month and each action was completed on time.
nomatch: The criminal proceedings were still pending when the review was written.
nomatch: The family did not meet the criteria for a child in need meeting.
nomatch: The plan set clear timescales and a date by which the home had to be different.
# "a lack of pace in the work", "meetings were repeatedly cancelled"
pattern: (lack | absence | loss) of (pace | momentum | grip)
  unless: (no | not) (evidence | sign) of
pattern: (meeting | meetings | conference | conferences | core group | core groups | review | reviews | planning meeting | planning meetings) ..4 (repeatedly | often | frequently | several times | again and again | three times | four times) ..2 (cancelled | postponed | put off | stood down)
  unless: (by | at the request of) (the)? ..2 (family | mother | father | parents | @parent)
match: There was a lack of pace in the work with the family.
match: Core group meetings were repeatedly cancelled.
nomatch: There was no sign of a lack of pace in the work.
nomatch: The core group meetings were twice moved to fit the school's timetable and all took place within the month.

# ---- Time passing with nothing done (concepts3) ----
# "raised at every meeting and never sent", "the same actions in every plan"
pattern: (discussed | raised | agreed | mentioned | listed) at (every | each) ..2 (meeting | core group | review | conference) & !("sent" | "made" | "done" | "completed" | "started" | "begun" | "actioned" | "arranged" | "followed")
pattern: (same | identical) ..3 (actions | action | targets | tasks) ..6 (every | each | successive | one plan after another) ..3 (plan | plans | meeting | review | core group)
  unless: (completed | done | met | achieved) (on time | within)
match: The legal meeting agreed to apply to court, and then nothing happened for seven months.
match: A referral to the family therapy service was raised at every core group and never made.
match: The same four actions were copied into every plan for a year.
nomatch: Nothing happened in the following months to suggest that the children were at risk.
nomatch: The referral was raised at every core group until it was made in May.

# concepts4 (7 December): agreed and not done, the same again at every meeting, months with nothing in them
# Agreed, then late or never: "the referral agreed in March was made in September", "everyone agreed; it never happened".
pattern: (agreed | decided | recommended | "planned" | meant to | was to | were to) &20 (never (did | happened | convened | made | started | done | written | began | held) | eventually | (months | weeks | years) (after | later) | still ..3 (to be | outstanding | awaited) | had not (started | begun | happened | been made))
  unless: (agreed | decided | planned) ..6 (promptly | at once | within (a | the) (week | day)) | (no | not) ..2 (delay | drift)
  unless: later than (planned | arranged | agreed | expected | intended)   # one visit late, not a pattern (lexprec)
# The same again at each meeting: "the action was rolled over at every review", "deferred at three meetings in a row".
pattern: (renewed | extended | carried | put off at | deferred | postponed | rolled over | re-listed | the same (conversation | action | actions | next steps)) ..8 (every | each | successive | in a row | to the next)
  unless: (every | each) ..3 (day | week) ..4 (visit* | seen | checked) | (no | not) ..2 (delay | drift)
  # work carried out at intervals, or a description copied from one assessment to the next (recording), is not an action rolled on (lexprec)
  unless: carried out | (describing | description | descriptions | label | labels | phrase | phrases | words | language) ..8 carried
pattern: (new | fresh) (assessment | plan | family plan | worker | round) &10 (each | every) ..2 (time | transfer | worker | change)
# Months with nothing in them: "for five months the file holds only summaries", "unallocated for six weeks".
pattern: +("months" | "weeks" | "years") &12 (only ..2 (entries | entry) | no ..2 (action | actions | decision | decisions) | without ..3 (deciding | decision | action) | unallocated | !allocated | !concluded | !(started | begun) | intentions | "for monitoring" | nothing followed)
  unless: (no | not) ..2 (delay | drift) | (within | inside) ..3 (weeks | months) | no ..2 action ..3 (needed | required | necessary | appropriate)
  # r20pa: weeks of pregnancy date a step, they are no stretch of time in which nothing happened.
  unless: weeks ..1 (pregnant | gestation | into (the | her) pregnancy)
nomatch: No pre-birth assessment was begun until the mother was thirty-four weeks pregnant.   # r20pa: a date in pregnancy
nomatch: The midwife's referral had not been allocated when she was thirty weeks into her pregnancy.
match: The referral sat unallocated for seven weeks while the mother was pregnant.
match: The referral agreed at the first core group was eventually made six months later.
match: The action to find a nursery place was rolled over at every review for a year.
match: Each time the case changed hands a new assessment was started and the old one dropped.
match: For five months the only entries on the file are the summaries written at each change of worker.
nomatch: The referral agreed at the first core group was made the same afternoon.
nomatch: The nursery place agreed at the conference was found within a week.

# lexjudge (7 December): a disagreement left unresolved is challenge (lack_of_challenge), and a view, label or summary
# carried from one document to the next is a judgement never revisited (risk_assessment, recording), not a plan that
# stalled.
unless: (disagreement | disagreements | dispute | disputes | differences | conflict) ..10 (unresolved | !resolved)
unless: (news | summary | summaries | description | descriptions | label | labels | phrase | rating | ratings | grading | gradings | records) ..8 ("carried" | "copied" | "rolled" | "repeated")
nomatch: Disagreements between the agencies about the threshold were left unresolved.
nomatch: Every piece of good news was carried forward from one review to the next.
nomatch: The rating given after the first incident was carried forward unchanged to the third.
nomatch: The antenatal planning meeting was cancelled twice because the social worker was off sick.
nomatch: The child told a supervisor, who told her to tell her mum, and nothing further happened.
nomatch: The diagnostic pathway took two and a half years from referral to diagnosis.
nomatch: Mr Y was not asked to any core group meeting that year.

# lexjudge (7 December): time told through the calendar and the minutes: the same point after months, the same item in
# meeting after meeting, a meeting agreed in one month and held months later, no decision for months, work with no aim.
group: @pd_month = january | february | march | april | may | june | july | august | september | october | november | december | the spring | the summer | the autumn | the new year
group: @pd_count = two | three | four | five | six | seven | eight | nine | ten | eleven | twelve | fourteen | eighteen | several | many | successive | consecutive
pattern: (months | years | a year) &20 (as it had been | no different (from | than) | where it (started | began | had started) | back where | back to square one | square one | the same as ..4 (start | outset | beginning | first))
  unless: (no | not) (evidence | sign) of
pattern: (@course | referral | task | tasks) &20 (appears | appeared | recorded | listed | minuted | recurs | recurred | reappears | reappeared) ..4 (in | on) ..2 @pd_count ..4 (minutes | plans | meetings | core groups | reviews | reports | agendas | sets)
pattern: (agreed | planned | requested | booked | arranged | set) ..3 in @pd_month ..10 (took place | held | happened | convened | met | made | started | began | sent | completed) ..3 in @pd_month
  unless: (same | following | next) (week | month)
pattern: @pd_count (changes | changes of) ..2 (social worker | social workers | worker | workers | allocated worker | key worker | caseworker | caseworkers)
pattern: by the time ..12 (had been | had waited | had spent | had lived | had stayed) ..6 (for)? ..2 (months | years)
pattern: (kept | continued | went on | carried on) ..3 (agreeing | agreed | recording | noting | monitoring | to monitor | repeating) ..6 (the same | monitor | monitoring)
pattern: no ..3 (decision | decisions | action | progress | plan | work | review) ..8 for ..2 @pd_count (weeks | months | years)
  unless: (no | not) (evidence | sign) of | (no | not) (need | reason)
pattern: @course ~ (no | without | lacked | lacking | lost) ..2 (clear | real | obvious | agreed | any)? (aim | aims | purpose | goal | goals | direction | end point | objective | objectives)
  unless: (no | not) (evidence | sign) of
pattern: (week after week | month after month | year after year | meeting after meeting | visit after visit | review after review) & (nothing | same | without | no | unchanged | again)
match: Eighteen months after the first conference, the family's situation was much as it had been at the start.
match: The plan to refer Child B for speech therapy appears in five sets of core group minutes.
match: The legal planning meeting agreed in March took place in November.
match: There were four changes of social worker in a year.
match: By the time the application to court was made, the baby had been on a plan for fourteen months.
match: The core group kept meeting, kept recording the same concerns and kept agreeing to monitor.
match: While the police investigated, the team took no decisions about the children for seven months.
match: By the second year the work with the family had no clear aim.
match: Week after week the visits went on, with nothing asked of the parents and nothing reviewed.
nomatch: The legal planning meeting agreed in March took place the following week.
nomatch: The plan set out clear aims and the core group reviewed them every month.
nomatch: Within six weeks the family's situation was much better than at the start.

# lexjudge, hard-train pass: a case ticking over, reviews that only re-signed the plan, a wait with nothing else done, a
# clock reset at each change, meetings in place of work, an outcome never once met, weeks spent deciding who.
pattern: ticked over | ticking over | tick over | holding pattern | treading water | marking time | (reset | resetting | resets) the clock | start-again
pattern: re-sign* | rubber-stamp* | nodded through | (signed | signed off) ..2 again
  unless: re-signed ..3 (contract | tenancy | lease)
pattern: (waited | waiting | wait) ..10 (did nothing | nothing else | no other | and nothing)
  unless: (no | not) ..2 (need | reason)
  # r20pa: a child or family waiting for a service ("waited a year for CAMHS, and no other support was offered") is
  # service_gaps; the drift is professionals waiting on one another and doing nothing else.
  unless: (@child | young person | family | pupil) ..2 (waited | waiting) ..6 (for | on) | waiting list
nomatch: Child G waited ten months for a therapy appointment, and no other help was offered in that time.   # r20pa
match: The social worker waited for the police to decide and did nothing else for six weeks.
pattern: (no one | nobody | never) ..4 set ..3 (date | deadline | timescale | timescales | end point)
pattern: (meetings | paperwork | process | forms) rather than ..2 (work | action | change | doing | visits)
pattern: (no change | nothing new | "ongoing") ..10 (every | each) ..4 (meeting | review | visit | one-to-one | session | supervision | entry | note)
pattern: (outcome | outcomes | target | targets | goal | goals | objective | objectives) ..10 (never once | not once | never) ..3 (met | achieved | reached)
pattern: (spent | spending) ..3 (weeks | months | years) ..2 (deciding | arguing | debating | discussing | agreeing | waiting)
pattern: (as if | as though) ..2 (the | a) (conference | meeting | plan | decision | agreement) ..3 !(happened | taken place | existed | been made | been agreed | been held)
match: By the spring the school nurse and the teachers were simply ticking over with the family.
match: Each of the three paper reviews amounted to re-signing the plan before.
match: In the ten months the network waited for the appointment and did nothing else about her self-harm.
match: Nobody at the core group set a deadline for the father's drug tests.
match: Each reallocation reset the clock.
match: Months of the case went on paperwork rather than any real change for the toddler.
match: The health visitor recorded nothing new at each contact visit for a year.
match: Its only measurable outcome had never once been met.
match: Police and children's services then spent three months arguing over which of them would hold the case.
match: The nursery and the GP went about their usual routines as though a plan had never been agreed.
nomatch: The mother re-signed the tenancy in May.
nomatch: The plan's outcomes were met by the spring.
nomatch: While they waited for the appointment, the school and the nurse saw her weekly.
# A denied effect: "the review did not find that the changes of worker had affected the plan" (lexjudge).
unless: (review | panel | reviewer) (did not | does not | could not) find that
nomatch: The review did not find that the changes of social worker had affected the progress of the plan.
nomatch: The closure was premature, since the concerns that had led to the plan had not been resolved.
# lexprec (7 December): a baby's weight, the review's own time, one late visit, a late conference, records slow to arrive, a worker off sick
nomatch: The baby's weight was drifting down through the centiles.
nomatch: It took the review two months to gather the health records.
nomatch: The first visit took place a week later than planned because the worker was ill.
nomatch: The initial conference took place six weeks after the strategy discussion.
nomatch: Key issues: entries written weeks after the visits; decisions with no reasons attached.
nomatch: When the family moved, the health records took five months to arrive.
nomatch: The social worker did not visit for seven weeks while off sick, and no one covered her cases.
nomatch: Statutory visits were carried out every ten weeks rather than every six.
nomatch: The core group did not meet within ten working days of the conference.
match: The same actions were rolled over at every core group for a year.
match: The core group did not meet for five months after the conference.
nomatch: Notes describing the girl as 'streetwise' were carried from one assessment to the next.
match: The same next steps were carried from one supervision record to the next for eight months.
nomatch: The assessment took six weeks to complete, within the local timescale.
nomatch: The court hearing was adjourned twice at the request of the mother's solicitor.
nomatch: After the school objected to the closure, the managers kept the case open.
match: The case was kept open for a year without a visit.

# r17c (7 December): a person who drifts is not work that lost pace ("the boy drifted into offending", "Ms F drifted
# between friends' sofas"); the review's own delay is not the case's ("the panel's work was postponed twice").
unless: (@child | @parent | young person | pupil | he | she) ..3 (drift | drifted | drifting) (into | in | between | away | towards | back | around | from | out)
unless: (the | this) (review | panel | reviewer | reviewers) ('s | "s")? (own)? (work | process | itself | report)? (was | were | had been | has been) ..1 (delayed | postponed | deferred | paused | suspended | put back)
unless: (publication | completion) of (the | this) ..2 (review | report) ..3 (delayed | postponed | deferred | put back)
# A delay of hours or days is one late step, not work that lost pace (themes.md).
unless: (delay | delays | delayed) ..2 (of | by) ..2 (minutes | hours | an hour | a day | one day | two days | three days | a few days)
nomatch: There was a delay of two days in the ambulance arriving.
# Work unfinished before a birth is pre_birth's ("the parenting assessment was not finished before the baby went home").
unless: !(finish | finished | complete | completed | conclude | concluded) ..2 before ..3 (the)? (birth | baby was born | baby went home | baby's birth | discharge)
nomatch: The parenting assessment was not finished before the baby went home.
nomatch: Young Person T drifted into offending after he was excluded from school.
nomatch: Over two years the boy drifted in and out of education.
nomatch: The panel's work was postponed twice during the pandemic.
nomatch: The review itself was delayed by six months while criminal proceedings concluded.
match: The review meeting was postponed twice and the plan was not revisited for five months.
match: The plan drifted between three social workers in a year.
# A step held up for weeks ("the duty team did not pass the referral on for three weeks"), a case left open with nothing
# done ("open to the team for over a year with no visit after the first month"), a plan whose purpose nobody could say.
pattern: !(pass | passed | send | sent | allocate | allocated | start | started | act | acted | follow up | followed up | chase | chased | convene | convened | complete | completed | progress | progressed | arrange | arranged | action | actioned | book | booked) ..6 for ..2 @pd_count (weeks | months | years)
pattern: (open | allocated | held) ..6 (for | over) ..3 (months | years | a year) & (no | without | never | not) ..3 (visit | visits | contact | action | work | plan | review | home visit | decision)
  kinds: finding recommendation
pattern: what ..3 (plan | work | involvement | intervention | monitoring | visits | visiting | case) ..3 (was | were) ..1 (meant | supposed | intended | designed | trying) to (achieve | change | do | accomplish) & (no one | nobody | never | unclear | not clear | !(ask | asked | know | knew | clear | say | said | record | recorded | set out | agree | agreed))
pattern: (purpose | aim | aims | goal | goals | objective | objectives) ..4 (@course | visits | visiting | monitoring | contact) ..6 (unclear | !clear | !defined | !agreed | !set | !known | +lost | forgotten)
match: Within children's social care, the duty team did not pass the referral to the assessment team for three weeks.
match: Nobody chased the outstanding health assessment for four months.
match: The case stayed open to the team for over a year with no home visit after the first month.
match: It is unclear that anyone asked what the monitoring was meant to achieve once the tenancy had been secured.
match: The purpose of the involvement was never clear to the family or to the workers.
match: The review found that the case stayed allocated for two years with no decision about the plan.
nomatch: The case was open for a year and was visited every fortnight.
nomatch: The case stayed open for six months and no further concerns arose.
nomatch: The mother had not drunk alcohol for three months.
nomatch: The purpose of each visit was explained to the family and agreed with them.

# r18a: a task moved on from meeting to meeting, meetings that became a routine, a plan never asked whether it worked.
pattern: (moved | pushed | put back | held over | left | deferred | carried) ..6 to the next (meeting | core group | review | conference | month | visit)
  unless: (agreed | decided | planned) ..4 to the next   # a plan for the next meeting, done at it
pattern: (meetings | visits | core groups | reviews | supervision | sessions) ..6 (became | had become | turned into | settled into) ..3 (a)? (routine | formality | ritual | box-ticking | exchange of updates)
pattern: (no one | nobody | never | without) ..3 (asking | asked | questioned | questioning | checking | checked) ..3 (whether | if) ..4 (plan | work | support | intervention | visits | it | they) ..3 (was | were)? ..2 (working | making a difference | achieving | helping | changing anything)
match: Three core groups in a row moved the parenting assessment to the next meeting.
match: By the second year the visits had become a routine with no clear purpose.
match: The plan ran for a year without anyone asking whether it was making a difference.
nomatch: The core group agreed to move the decision to the next meeting, and made it there.
nomatch: The plan was reviewed at each core group, which asked whether it was working and changed it twice.

# ---- r20a (8 December, issue 10): the report register ----
# Momentum lost, said of the plan: "the momentum of the plan was lost after the summer", "any urgency faded".
pattern: (momentum | impetus | urgency | sense of urgency | pace) ~ +(lost | faded | ebbed | slipped | dissipated | waned | evaporated | petered out | fell away | fizzled out)
  unless: (no | not | never) ..2 (lost | faded | slipped | waned)
# Work without focus or pace: "the work lacked focus", "there was little urgency in the plan".
pattern: @course ~ (lacked | lacking | without | little | "no" | lack of | absence of) ..2 (clear | real | any)? (focus | pace | urgency | momentum | timescales | sense of urgency)
  unless: (focus | focused) ..2 on
  unless: ("no" | not any | "little") (evidence | sign | indication)
# Left to get worse: "the home conditions were allowed to deteriorate", "the case was left to drift".
pattern: (allowed | left | permitted) to (drift | deteriorate | worsen | slide | stagnate | continue unchecked | go on unchecked | remain unchanged)
  unless: (not | never) ..2 (allowed | left | permitted)
match: The momentum of the child protection plan was lost once the allocated worker left.
match: Any sense of urgency faded after the first core group.
nomatch: The momentum of the plan was never lost during the year.
match: The work with the family lacked focus and direction for most of the year.
match: There was little urgency in the work after the initial assessment.
nomatch: The plan lacked focus on the father's role in the household.
match: Over eighteen months the situation at home was allowed to deteriorate.
match: The case was left to drift after the pre-proceedings meeting.
nomatch: The family's situation was not allowed to deteriorate; the plan was reviewed every month.
# Crisis to crisis: "the work became reactive, responding to each crisis without a longer-term plan".
pattern: @course ~ (reactive | crisis-driven | crisis-led | from crisis to crisis | from one crisis to (the next | another) | fire-fighting | firefighting)
  unless: (not | never | no longer) ..2 (reactive | crisis-driven | crisis-led)
# Open, with little done: "kept open for a long period with little purposeful intervention".
pattern: (little | limited | minimal | without | no) ..2 (purposeful | meaningful | focused | planned) (intervention | work | activity | action | involvement)
  unless: ("no" | not any | "little") (evidence | sign | indication) | without (any)? (delay | break)
  # "no direct work with the child" is child_not_seen's, so direct and active work are left out
match: The work with the family became reactive, responding to each crisis without any longer-term plan.
match: For two years the case moved from one crisis to the next.
nomatch: The work was planned and never reactive; each step was agreed in advance.
match: The case was kept open for a long period with little purposeful intervention.
nomatch: The family received planned and purposeful intervention from the first week.
