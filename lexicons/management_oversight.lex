id: management_oversight
label: Weak supervision and management oversight
description: Supervision was absent or ineffective, managers did not review the case, decisions were not scrutinised inside an agency.

# ---- Concepts: what this theme evaluates ----
group: @oversight = oversight | supervision | supervisory | management scrutiny | managerial scrutiny | "line management" | management grip | managerial grip | management review | managerial review | managerial input | management input | management support | managerial support | managerial direction | management direction | managerial challenge | management challenge | management involvement | managerial involvement
# lexrec2: the managers of health and care teams as well as of social work (ward sister, nurse in charge, practice supervisor).
group: @manager = "manager" | "managers" | "manager's" | "managers'" | "management" | supervisor | supervisors | team leader | team lead | line lead | team manager | senior manager | line manager | practice manager | head of service | service manager | sergeant | (anyone | anybody | no one | nobody | someone)? more? senior | senior colleague | authorising officer | duty senior | (anyone | anybody | no one | nobody | someone) (with | in) authority | anyone above | the person responsible for the team | the person in charge | one-to-one | one-to-ones | ward sister | ward manager | nurse in charge | practice supervisor | clinical lead | safeguarding supervisor | senior nurse | senior clinician | deputy manager | assistant team manager

# ---- Concept patterns: a concept with a failure word, in either order within the clause ----
pattern: @oversight ~ (@weak | @lacking)
  unless: @other_sense
  unless: (@weak | @lacking) ..2 (housing | health | hygiene | attendance | english | parenting | home conditions | mental | condition*)
pattern: (@weak | @lacking | "no") (support | guidance | direction | challenge) from ..3 @manager
pattern: @oversight ~ !@good
pattern: @none ..3 @oversight
  unless: ("no" | not any | "little") (evidence | sign | indication | suggestion | reason)
  unless: probation ..4 supervis* | supervis* ..3 (him | her | the offender) | supervised contact
  unless: (no | not) ..3 (concern* | shortcoming* | gap* | criticism | issue*) ..6 @oversight
pattern: @manager ~ !(review | reviewed | scrutinise | scrutinised | oversee | oversaw | overseen | check | checked | question | questioned | read | sign off | signed off | discuss | discussed | notice | noticed | consult | consulted | look | looked | open | opened | ask | asked | take stock)
  # Scrutiny first: "the manager did not sign off the assessment until she had read it in full".
  unless: !(sign off | signed off | sign | signed | agree | agreed | approve | approved | authorise | authorised) ..6 until ..4 (read | reviewed | checked | seen | discussed | satisfied)
  unless: @manager ..3 (were | was)? (not)? (told | informed | aware | made aware | notified)
  unless: (inform* | told | tell | notif*) ..4 @manager
pattern: (management | managerial | manager's | managers' | senior) (oversight | scrutiny | grip | review | sign-off) ..8 (!evident | +absent | +lacking | limited | weak | poor | insufficient | minimal | +ineffective | +missing)
pattern: !(management | managerial | manager | managers | senior | supervisory) ..2 (oversight | scrutiny | review | challenge | direction | involvement)
pattern: (lack | absence) of ..3 (management | managerial | supervisory | senior)? (oversight | supervision | scrutiny)
pattern: (supervision | supervisor) ..10 (!provided | !challenge | !notice | !pick | !identify | !question | !discuss | !address | !reflect | !explore | +infrequent | +irregular | +absent | +ineffective | +cursory | +limited | focused on ..4 (throughput | tasks | targets | caseload | process) | briefly | list of tasks | failed | did not | not discussed | without reflect*)
  unless: (regular | reflective) and | (supervisor | manager) challenged | (probation | offender) ..4 supervis* | supervis* ..2 (him | her | them | the offender)
pattern: !(supervision | supervised | discussed in supervision)
  unless: (probation | offender) ..4 supervis* | supervis* ..2 (him | her | them | the offender)
  # A denied failure, not denied supervision: "nothing suggests that the supervision she received was poor".
  unless: (nothing | no evidence | no indication | no suggestion) ..10 supervis* ..6 (poor | weak | inadequate | limited | ineffective | insufficient | lacking | absent)
  unless: (no | not any) ..3 (concern* | shortcoming* | gap* | criticism | issue*) ..6 supervis*
pattern: (not discussed | never discussed | no record of ..3 discuss*) ..3 in supervision
pattern: (manager | managers | team manager | team leader | supervisor | senior manager* | head teacher | sergeant | designated safeguarding lead) ..8 (!review | !question | !challenge | !read | !scrutinise | !check | !look | !notice | !query | !oversee | signed off ..4 without | endorsed ..4 without | accepted ..6 without)
  # "took the explanation without question" is face value; a school lead accepting another agency's view is lack_of_challenge.
  unless: (took | accepted | taken) ..6 without question | (designated safeguarding lead | head teacher | sergeant) ..8 (accepted | took)
  # the manager of another setting not challenging a social worker defers across agencies (lack_of_challenge, r20a)
  unless: (nursery | school | pre-school | preschool | children's centre | hostel | refuge | housing) manager ..8 !(challenge | question | query)
# Not having read a policy is procedures (lexrec2): "neither the head teacher nor her deputy had read the guidance".
unless: !read ..4 (the | its | their | our)? ..3 (guidance | policy | policies | procedure | procedures | protocol | handbook | document | guidelines)
# "the decision was made without any endorsement from a manager", "did not read the file before signing off the assessment"
pattern: without ..3 (endorsement | sign-off | approval | authorisation | agreement | oversight | scrutiny | review) ..3 (of | from | by)? ..3 (manager | managers | supervisor | senior | team manager)
pattern: !(read | review | look) ..6 (before | when) ..2 (signing | sign | signed | countersign* | authoris* | approv* | agree*)
pattern: (decision | decisions) ..4 !(scrutinised | scrutinized)
pattern: (signed off | signing off | endorsed | countersigned | authorised | agreed) ..6 without ..4 (reading | review* | look* | scrutiny | challenge | question*)
pattern: (oversight | supervision) ..6 (+limited to | amounted to | consisted of | no more than) ..3 (signing | sign* | forms | a list | tasks)
# r20pa: a caseload figure alone ("a caseload of thirty") is service_gaps at most, not a failure of oversight.
pattern: (caseload | case load) ..8 (high | heavy | excessive | unmanageable | with little support | little support | pressures)
nomatch: By the autumn the social worker held a caseload of thirty-one families.
match: The worker's caseload of thirty was unmanageable and her manager knew it.
pattern: (little | no) support from (her | his | their)? (manager | supervisor | team manager)
pattern: (no | little | without | lack of | absence of) ..2 (managerial | management | supervisory) (support | guidance | direction | input)
pattern: (no | not) ..4 (manager | managers | supervisor) ..6 (review* | looked | scrutin* | oversaw | check*)
pattern: (!subject to | without) ..3 (managerial | management | any managerial) ..2 (scrutiny | oversight | review | challenge | sign-off)
unless: (no | not any) (shortcoming* | concern* | gap*) ..4 (oversight | supervision)
pattern: !(scrutinised | reviewed | checked | overseen | signed off | examined | questioned) by ..2 (a | any | the)? (manager | managers | supervisor | senior | team manager)
match: The decision to close the case was never scrutinised by a manager.
match: Supervision was sporadic and did not challenge the worker's assumptions.
match: The plan to stop visiting was agreed without approval from a senior manager.
match: An inexperienced worker held the case for a year with little management guidance.
match: The practice manager countersigned the referral form without reading the notes.
match: The supervision record shows the family was mentioned only briefly, and no decision was scrutinised.
nomatch: The head teacher accepted the police officer's view without challenge.
match: There was no management oversight of the step-down decision.
nomatch: Supervision was regular and the manager changed the plan twice as a result.
nomatch: Whether supervision was adequate is one of the questions this review was set up to answer.
match: Managerial scrutiny of the decision to close was cursory.
match: The panel heard that supervision had been patchy throughout the year.
nomatch: Supervision was regular, and the plan itself was weak.

# ---- Supervision in name only, and a worker left to carry a case alone (conceptsA) ----
group: @supervision_event = one-to-one | one-to-ones | supervision session | supervision sessions | supervision meeting | supervision meetings | case discussion | case discussions | management review | management reviews
# "supervision lapsed for five months", "the one-to-ones were cancelled", "supervision did not take place"
pattern: (@oversight | @supervision_event) ~ +(cancelled | lapsed | postponed | overdue | stopped | suspended | rearranged)
  unless: (took place | held | rearranged | rebooked) ..4 (later | the following | the next) | (cancelled | postponed) (once | one)
  unless: probation ..4 supervis* | supervis* ..3 (him | her | the offender) | supervised contact | supervision order | (order | licence) ..4 (lapsed | suspended)
pattern: (@oversight | @supervision_event) ~ !(take place | took place | taken place | happen | happened | held | occur | occurred)
  unless: probation ..4 supervis* | supervis* ..3 (him | her | the offender) | supervised contact
# "supervision set no actions", "not one of the sessions agreed a timescale", "no follow-up came out of supervision"
pattern: (@oversight | @supervision_event) ~ (no | not one | not a single | without any | never) ..3 (action | actions | timescale | timescales | follow-up | follow up | direction | decision | decisions)
  unless: no further action | (no | not one) ..2 (concern | concerns)
# "she was given the case without an induction or a mentor", "no one to take her doubts to"
pattern: @none ..3 (induction | mentor | mentoring | case consultation | reflective space | one to (talk | turn) to | anyone to (talk | turn | take) ..3 (to | doubts | worries))
# "left to her own judgement", "newly qualified and unsupported"
pattern: (left | leave | leaving | down) ..3 to ..3 own (judgment | judgement | judgments | judgements | devices)
pattern: (newly qualified | inexperienced | first year of practice | second year of practice | newly appointed | student | agency worker | locum) ~ (+unsupported | little support | no support | without support | without supervision | unsupervised | on (her | his | their) own)
# A sign-off that is no scrutiny: "the manager's sign-off is a single word", "approval was a formality"
pattern: (sign-off | endorsement | authorisation | approval | countersignature | signature) ~ (single line | one line | one word | single word | nothing more | a formality | rubber stamp | rubber-stamp | tick-box | tick box)
pattern: (rubber-stamp* | rubber stamp* | nodded through | waved through)
  unless: !(rubber-stamp* | rubber stamp* | nodded through | waved through)
# "the decision was never put before a manager", "not taken to supervision"
pattern: !(put | brought | taken) ..3 (before | in front of | to) ..3 (@manager | supervision)
match: Her one-to-ones with the team leader lapsed for most of the year.
match: Supervision of the case did not take place between March and October.
match: Supervision sessions set no actions for the family in all that time.
match: The worker took on the case without an induction or a mentor.
match: The decision to close was left to his own judgement, and he was newly qualified.
match: The manager's sign-off of the assessment was a single word.
match: None of the duty decisions was ever put before a manager.
match: The team lead never once opened the family's file.
match: Nobody with authority over the worker read her visit notes.
nomatch: Probation supervision of the father was suspended when he was recalled to prison.
nomatch: Supervision took place every month and set clear actions for the family.
nomatch: The supervision session agreed that no further action was needed.
nomatch: Every decision to close was put before a manager and discussed in supervision.
# "supervision was brief and task-focused", "supervision notes were a list of tasks"
pattern: (@oversight | @supervision_event) ~ (reactive | brief | task-focused | task focused | task-based | task-led | process-driven | process-focused | administrative | tick-box | case-management only)
  unless: (not | never) (brief | task-focused | task focused | task-based | administrative)
match: Supervision of the worker was brief and task-focused.
nomatch: Supervision was reflective, not task-focused, and changed the plan.
# "staff felt unsupported by their managers"
pattern: (+unsupported | not supported | little support | no support | lack of support | without support) ..4 (by | from) ..3 @manager
  unless: (manager | managers) ..3 (were | was) ..2 +unsupported
match: The workers told the review they felt unsupported by their managers.
nomatch: The worker said she felt well supported by her manager throughout.

# ---- Work that no one senior looked at (concepts3) ----
# "never read by anyone above her", "not checked by a manager", "debriefed by nobody", "no management decision on file"
pattern: !(read | look | looked | check | checked | review | reviewed | see | seen | saw | sign | signed | scrutinise | scrutinised | debrief | debriefed | countersign | countersigned) ..4 by ..2 (@manager | anyone (above | senior | more senior) ..2 (her | him | them)? | a senior | anyone senior | nobody | no one)
  unless: (probation | offender | licence | parole) | (nobody | no one) ..3 (else)? ..2 (could | would | might) | (no one | nobody) (at | in) ..3 (the)? (school | nursery | family | household)
pattern: (no | not a single | not one) ..2 (management | manager's | managerial) (decision | decisions | sign-off | oversight record | note | entry) ..6 (on | in | at) ..4 (file | record | case | point | any point)
match: The student social worker's visit notes were never read by anyone above her.
match: The duty worker decided not to hold a strategy discussion, and the decision was not checked by a manager.
match: There was no management decision on the file at any point in the first year.
nomatch: Every decision was read and countersigned by the team manager within a day.
nomatch: Mr L's licence conditions were checked by nobody at the probation service for three months.
nomatch: Supervision of the little girl's case was regular and reflective.
nomatch: The manager's weekly supervision left little to chance.
nomatch: Supervision was not limited to tasks; it made room for reflection.
nomatch: No concerns were raised about the frequency of supervision.

# concepts4 (7 December): nobody above the worker looked, supervision that lapsed or decided
# nothing, no forum to take a worry to, sign-off in name only
# A child left unsupervised is not a team left unsupervised.
unless: unsupervised ..2 (contact | care | access | time | visits | play) | (left | leaving | leave | was | were | being) unsupervised
group: @mo4_senior = @manager | senior officer | senior practitioner | senior social worker | practice educator | (anyone | no one | nobody) else in the team | anyone ..2 senior | (no one | nobody) above | anyone in (her | his | their) line | anyone above | anyone with authority
group: @mo4_look = read | seen | see | saw | looked | checked | reviewed | noticed | spotted | picked up | took stock | take stock | stepped back | sat down with | known | knew | discussed | questioned | agreed | countersigned | reached | made sure | ensured | step back | asked | oversaw | opened
# "no one else ever opened the file", "the decision never reached anyone more senior", "nobody senior made sure it was done"
pattern: @mo4_senior ~ !@mo4_look
  unless: offender manager | (probation | offender) ..3 manager
  unless: @mo4_senior ..3 (were | was)? ..2 (told | informed | aware | made aware | notified)
  unless: ("no" | not any) (evidence | sign | indication) ..3 (that)? ..3 (managers | manager | supervisors) ..3 (were | was)? +unaware
pattern: !@mo4_look ..4 (by | with | to)? ..2 (a | any | the)? @mo4_senior
  unless: offender manager | (probation | offender) ..3 manager
pattern: (no one | nobody) else ..2 (!read | !opened | !looked at | !saw | !seen) ..3 (the)? (file | files | record | records | case)
  unless: (inform* | told | tell | notif*) ..4 @manager
# Supervision that lapsed or never came: "her one-to-ones stopped in the spring", "her first reflective session in five months"
group: @mo4_session = one-to-one | one-to-ones | reflective session | reflective sessions | supervision session | supervision sessions | case discussion | case discussions | reflective supervision | safeguarding supervision | group supervision
pattern: @mo4_session ~ (+lapsed | +stopped | +ceased | +cancelled | +postponed | !restarted | !held | !happened | !resumed)
pattern: @none ..3 @mo4_session | first @mo4_session in ..2 (months | weeks | a year | over a year)
  unless: ("no" | not any | "little") (evidence | sign | indication | suggestion | reason)
# Supervision held and deciding nothing: "the discussion closed without any action", "none of the sessions questioned the plan"
pattern: (supervision | one-to-one | case discussion | discussion | discussions | supervision record | supervision records) ..10 (ended without ..2 (a | any)? (decision | action | plan) | (neither | none) ..4 !(challenged | questioned | tested) | run-through | carried ..6 (unchanged | to the next))
# Nobody to take a worry to: "she had no one to talk the case through with", "the team had no forum for reflecting on children"
pattern: (had | with | left with) (no one | nobody) (to | with whom to) (take | talk | turn | discuss | share | raise) | (no | without) ..3 (forum | space | place | opportunity) ..6 (talk | think | thinking | discuss | reflect | reflective | worrying)
# Sign-off in name only: "approval was cursory", "authorised within minutes", "the sign-off note says nothing about the injuries"
pattern: ("sign-off" | "signoff" | "authorisation" | "authorization" | "approval" | "countersignature") ~ +(@weak | @lacking)
pattern: (authorised | signed off | approved | countersigned | agreed) ..6 within (an | the | a) ..2 (hour | minutes | few minutes) | ("authorisation" | "sign-off" | "approval") ..6 (no comment | !comment | !mention) | @oversight ..4 (did nothing | did little) to
# Second pass: actions set in supervision or audit that nobody saw through, a worker's request for advice left unanswered,
# no discussion with a manager, a manager stretched over more than one team
pattern: (in supervision | supervision record | supervision records | file audit | audit | management review) ..15 (never did | never happened | never took place | !(acted on | followed up | carried out | progressed) | unchanged)
  unless: (no | not) (evidence | sign) of
pattern: (request | requests) for ..3 (second opinion | advice | supervision | consultation | case discussion | a meeting with) ..15 (+unanswered | !answered | +cancelled | +refused | turned down) | (no | absence of | without) ..2 (any)? (discussion | consultation) with ..6 (manager | supervisor | team manager | team leader | senior) | (manager | team leader | supervisor) ..8 (responsible for | covering | managing) ..3 (two | three | a second | another) (teams | team)
match: The actions agreed in supervision in March were never followed up.
match: Her request for a second opinion on the bruise was still unanswered a month later.
match: There was no discussion with a manager before the case was closed.
nomatch: Her request for a second opinion was answered the same day by the team manager.
match: The newly qualified worker carried the case for two months and no one else opened the file.
match: The decision to close was never seen by a senior manager.
match: Nobody senior made sure that the actions agreed at the review were carried out.
match: Her one-to-ones stopped in the spring and did not resume until after the baby's death.
match: Both case discussions ended without a decision about the referral.
match: The outreach worker had nobody to take her concerns to while her manager was away.
match: The team leader authorised the closure within an hour of it being submitted.
nomatch: The manager read the file and agreed the plan the same afternoon.
nomatch: The grandmother was allowed unsupervised contact after the assessment.
nomatch: Her one-to-ones were held every month and each looked closely at the children.

# lexsystem (7 December): a manager who passed work through without looking, and a decision no one senior checked
# "the team manager agreed the closure and did not ask to see the assessment", "her manager signed every record without comment"
pattern: @manager ..10 (did not | never | without | had never | had not) ..2 (ask | asking | asked | read | reading | look | looking | check | checking | question | questioning | query | querying | open | opening | notice | noticed | spot | spotted | seen | saw) ..4 (to see | the (file | assessment | records | notes | plan | case) | why | whether | what | how | about | that | it)
  unless: offender manager | (probation | offender) ..3 manager | (manager | managers) ..3 (was | were) ..2 (told | informed)
pattern: @manager ..6 (signed | countersigned | approved | authorised | agreed | endorsed) ..10 without ..2 (any)? (comment | comments | question | questions | query | challenge | asking | reading | checking | looking)
# "nobody checked the decision", "no one reviewed the closure": the check a manager exists to make
pattern: (nobody | no one | no-one) ..2 (checked | reviewed | scrutinised | oversaw | looked at | read | questioned) ..3 (the | her | his | this | that | their)? (decision | decisions | closure | work | file | plan to close)
  unless: (nobody | no one) ..3 (else)? ..2 (could | would | might) | (probation | offender | licence)
match: The team manager agreed the closure and did not ask to see the assessment.
match: Her manager signed every visit record without comment for a year.
match: The senior was on leave and nobody checked the decision to close.
match: No one more senior paused to take stock once the third referral arrived.
nomatch: The team manager read the assessment before agreeing the closure and asked why the plan had changed.
nomatch: The team manager checked the decision to close within a day and agreed it.
# Supervision that came once in a long while, or that produced nothing anyone had to do next
pattern: (met | saw | had supervision with) ..4 (@manager | line lead | team lead) ..3 (only)? once
pattern: (no | without) ..2 (actions | action | timescales | follow-up) ..6 (came out of | resulted from | followed | arose from) ..4 (supervision | one-to-one | one-to-ones | conversations | sessions | discussions)
match: Over the spring the newly qualified worker saw her supervisor only once.
match: No action for anyone resulted from the fortnightly supervision sessions.
match: Three successive team managers signed the plan off without spotting that the boy's school attendance had not improved.
match: The manager named as approving the closure told the review she had never seen it.
match: Key decisions on contact were, in effect, left to the locum's own judgement.
nomatch: She met her line manager every fortnight and each session set clear actions.
# Nobody inside the team made sure, and no one senior saw the whole: "no one in the midwifery team checked that the plan
# had been put into effect", "each referral was signed off by a different senior"
pattern: (no one | nobody | no-one) (in | on | within) the ..3 (team | ward | unit | service | department | practice) ..2 (checked | made sure | ensured | followed up) (that | whether)?
  unless: (no one | nobody) (in | on | within) the ..3 (family | household | home)
pattern: (signed off | agreed | authorised | approved | screened | countersigned) by a different (senior | manager | team manager | team leader | duty manager | supervisor)
match: No one in the midwifery team checked that the safeguarding plan had been put into effect.
match: Each of the four referrals was signed off by a different senior and treated as new.
nomatch: The ward manager checked that the safeguarding plan had been put into effect before discharge.

# lexrec2 (7 December): supervision that recorded the case without directing it, a worker deciding alone with
# no one senior to talk it through with, no senior sign-off, and a team whose manager was missing or changing
group: @mr2_session = @oversight | @supervision_event | @mo4_session | supervision (note | notes | record | records | entry | entries) | one-to-one (note | notes | record | records) | (session | sessions | meetings) with ..3 @manager
# The same note each time: "each supervision entry copies the last one", "'ongoing' is all the one-to-one notes say"
pattern: @mr2_session ~ ((same | identical) (actions | action | wording | words | entry | entries | list | tasks) | +(copied | copies | repeats | repeated | repeating) ..4 (last | previous | earlier | one before | same) | carried (forward | over) ..2 (unchanged | again | each time)? | word for word | "ongoing" | "no change" | "case discussed")
  unless: (no | not) (evidence | sign | suggestion) of
# Supervision about the numbers, not the children: "the sessions were taken up with deadlines and performance figures"
pattern: @mr2_session ~ (about | on | focused on | focussed on | concerned with | limited to | dominated by | taken up with | given over to) ..4 (numbers | deadlines | targets | timescales | performance | statistics | figures | case numbers | throughput | paperwork | compliance | workload | allocation)
  unless: (not | never) (about | on | focused on | limited to | dominated by)
pattern: (child | children | baby | family | risk | risks | what was happening) ..6 (rarely | seldom | hardly ever | barely | scarcely) (discussed | mentioned | raised | considered | talked about) & (@mr2_session | @manager)
# Carrying it alone: "she held the family for months without once talking it over with anyone more senior"
pattern: (without | never) ..3 (once)? ..2 (talking | talked | discussing | discussed | taking | took | going | went) ..4 (through | over)? ..3 (with | to) ..3 (@mo4_senior | a senior | anyone senior | anyone more senior | anyone above (her | him | them))
pattern: (decision | decisions | closure | closures | judgement | judgements) ..6 (made | taken | reached)? ..3 by ..3 (the)? (duty | allocated | student | newly qualified | agency | locum | junior)? (worker | social worker | practitioner | nurse | officer | health visitor | clinician) (alone | on (her | his | their) own | by (herself | himself | themselves) | unaided | single-handed*)
# No senior signature: "closed with no manager's agreement", "the step-down went ahead without a senior's authorisation"
pattern: (without | no | lack of | absence of) ..3 (senior | senior's | manager's | managers' | managerial | management | team manager's | team leader's | supervisor's | line manager's) ..2 (sign-off | signoff | sign off | countersignature | authorisation | authorization | approval | agreement | endorsement)
  unless: ("no" | not any) (evidence | sign | indication | suggestion) | (no | not) ..2 need
# The manager missing, nominal or changing: "the team manager post stood empty", "four changes of team leader in a year"
pattern: (team leader | team manager | practice manager | line manager | manager | managers | supervisor | senior | management) (post | posts | role | position | vacancy) ~ (+vacant | +unfilled | +empty | !filled | +frozen | interim | covered by)
pattern: (three | four | five | six | several | repeated | frequent | constant) ..2 (changes | change) of ..2 (team leader | team manager | manager | managers | supervisor | supervisors | line manager | senior)
pattern: (nominally | in name only | on paper) ..4 (held | allocated | supervised | managed | overseen) | (held | allocated | supervised | managed | overseen) ..3 (nominally | in name only | only on paper)
match: Each supervision entry for the family copies the actions of the one before it.
match: The one-to-one notes say 'ongoing' against the boy's name for nine months.
match: Her sessions with the team leader were taken up with deadlines and performance figures.
match: The children were seldom discussed in her one-to-ones with the manager.
match: He held the family for half a year without ever talking it over with anyone more senior.
match: The decision to end the plan was made by the duty worker alone.
match: The case was stepped down with no manager's authorisation on file.
match: For seven months the team manager post was vacant.
match: The file shows four changes of team leader in eighteen months.
match: The children were nominally held by a senior practitioner who had never met them.
nomatch: Each supervision entry sets new actions and checks the previous ones.
nomatch: Supervision was never about numbers; it was about the children.
nomatch: The decision to end the plan was made by the team manager after a discussion with the worker.
nomatch: She talked the case through with her team manager every fortnight.
nomatch: The team manager post was filled in March by an experienced manager.
nomatch: Neither the nursery manager nor the head teacher had read the local policy on injuries.
# A worker's request to talk the case over with a manager, left unanswered: "her request to see the team leader went unanswered"
pattern: (request | requests | asked | asking) (to | for) ..6 (@manager | supervision | second opinion | advice | consultation | discuss | talk | meet) ..12 (+unanswered | !answered | !(met | granted | arranged | followed up) | +refused | turned down | still waiting | never came)
  unless: (family | mother | father | parent | parents | she | he) (asked | requested) ..4 (to)? ..2 (see | speak to | meet) ..3 (a)? @manager
match: His request to talk the case over with the team leader went unanswered for a month.
nomatch: Her request for a case discussion with the practice manager was met the same week.
# lexrec2: the supervision of children by their carers (neglect), a fostering "supervising social worker" and a
# "management system" are not the oversight of the work.
unless: (@child | children | toddler | baby) ..3 (was | were | being | left)? ..2 (poorly | inadequately | barely | hardly | not | never | un)? ("supervised" | unsupervised) | (supervision | supervised) ..4 (that | which)? ..2 (allowed | let | left) ..4 (@child | child | children | him | her | them) | supervising social worker | management (system | systems | information)
nomatch: The children were dirty, hungry and poorly supervised at every visit.
nomatch: The lack of supervision that let the toddler reach the road was never seen as a pattern.
# r20pa: a carer supervising children ("the parents' supervision of two children under five", "the mother's supervision
# of the baby") is not staff supervision; "supervision of the children's social worker" keeps the theme.
unless: (parental | "mother's" | "father's" | "parents'" | "carer's" | "carers'" | "grandmother's") supervision | supervision of ..3 (children | child | toddler | toddlers | baby | babies | infant | infants | siblings) ..2 (under | aged | at home | in the home | near | around | while | when | outside) | supervision of (two | three | four | five | six | young | younger | small | both)? ..1 (children | toddlers | babies | infants | siblings) (under | aged | at | in | during | was | were)
nomatch: The effect of the father's drinking on his supervision of two children under five was never considered.
nomatch: The mother's supervision of the baby was poor, and the bath incident was not followed up.
match: Supervision of the children's social worker was infrequent and no actions were set.
# A caseload well past what was agreed, and an agency's own safeguarding meeting that stopped meeting
pattern: (twice | double | three times | well over | far above | far beyond | well above | half as much again as) ..3 (the)? ..2 (agreed | recommended | expected | usual | normal | team's | safe)? (caseload | case load | caseloads | number of cases | cases)
pattern: (safeguarding meeting | safeguarding meetings | internal safeguarding | practice meeting | practice meetings | multidisciplinary meeting | multidisciplinary review | case review meeting | vulnerable families meeting) ~ !(take place | took place | taken place | held | happen | happened | "met" | meet | occur | occurred | convened)
  unless: strategy
match: By the spring she was holding well over the recommended caseload.
match: The practice's vulnerable families meeting had not been held for a year.
nomatch: Her caseload was within the agreed limit throughout the period.
nomatch: The practice's vulnerable families meeting was held every month and the baby was discussed.
match: The ward sister did not review the nurse's decision to discharge.

# ---- r18c (issue 10): a manager's signature on work with a plain gap in it; a plan re-signed unchanged ----
# "the team manager signed off the assessment the day it was submitted, although the section on the father was blank",
# "the manager approved the closure though no one had seen the children".
pattern: @manager ..6 (signed off | signed | approved | authorised | agreed | countersigned | endorsed | accepted) ..15 (although | though | even though | despite | when) ..8 (blank | empty | missing | incomplete | unfinished | no (section | mention | analysis | reference | plan | visit | rationale) | had not been | had never been | nobody had | no one had | none of)
  unless: (mother | father | parent | family) ..3 (disagreed | objected)
# The same plan put through again with a signature and nothing else: "rolled forward six times with a manager's signature and no comment".
pattern: (manager's | managers' | manager | managerial | management) (signature | sign-off | authorisation | approval | initials) ..8 (no | without | and nothing) ..2 (comment | comments | challenge | question | questions | analysis | discussion | rationale | note)
match: The team manager signed off the assessment the day it was submitted, although the section on the father was blank.
match: The manager approved the closure, though no one had seen the children for two months.
match: Key issues: the same plan rolled forward six times with a manager's signature and no comment.
nomatch: The team manager signed off the plan, although the mother disagreed with two of its actions.
nomatch: Each review carried the manager's signature and a note of the questions she had put to the worker.
# r18c: the theme guard for children "supervised" by carers named the stem, so it also vetoed "the caseload of
# thirty children meant supervision was cancelled"; it now names the participle.
match: The worker's caseload of thirty children meant supervision was cancelled for most of the year.
nomatch: The supervision order was cancelled by the court in June.
# Managers who did not know how the work stood: "managers were unaware that the assessment had been open for five months".
pattern: @manager ..3 (+unaware | !aware | !know | !knew | had no idea | no idea) ..4 (that | of | how long)? ..4 (case | assessment | plan | visits | work | worker | referral | caseload | enquiry) ..8 (open | overdue | late | unallocated | drifted | not (been | done | seen | visited | completed | started) | had not | outstanding | for (weeks | months))
match: Managers were unaware that the assessment had been open for five months.
match: The team manager did not know that the visits had not been done since March.
nomatch: The team manager knew that the assessment was overdue and moved it to another worker.

# ---- r20a (8 December, issue 10): the report register ----
# No grip on the case: "managers did not have sufficient grip on the case", "the team manager lacked grip".
pattern: @mo4_senior ~ (!(have | had | has | hold | held | keep | kept | take | took | get | got | exercise | exercised | show | showed) ..3 grip | (lacked | lacking | without | little | "no" | insufficient | limited | weak | poor | loose | lost) ..2 grip)
  unless: offender manager | (probation | offender) ..3 manager
# Not sighted: "the team manager was not sighted on the concerns", "senior managers were unsighted on the drift".
pattern: @mo4_senior ~ !sighted
  unless: offender manager | (probation | offender) ..3 manager
# Managers unaware of the state of the work itself: "senior managers did not know the case had been unallocated for weeks".
pattern: @mo4_senior ..4 !(aware | know | knew | known) ..8 (unallocated | without an allocated | without a (worker | social worker) | overdue | out of timescale | drifted | drifting | backlog)
# The case left to someone new to it: "decisions were left to an inexperienced social worker".
pattern: (left | leave | leaving | delegated | entrusted) ..3 to ..2 (an | a)? ..2 (inexperienced | newly qualified | newly-qualified | unqualified | student | junior | agency | locum) ..2 (worker | social worker | practitioner | nurse | officer | health visitor | member of staff)?
  unless: (with | under) ..3 (close | regular | weekly | daily) ..2 (supervision | oversight | support)
match: Managers did not have a firm grip on the plan once the second baby was born.
match: The team manager lacked grip of the case during the long period of sickness absence in the team.
match: Senior managers showed insufficient grip on the work with the family.
nomatch: The team manager kept a firm grip on the plan and reviewed it every month.
match: The service manager was not sighted on the school's repeated concerns about the boy.
match: Senior managers were unsighted on the number of cases awaiting allocation.
nomatch: The team manager was sighted on every referral and recorded her decisions.
match: The head of service did not know that the case had been unallocated for two months.
match: Key decisions were left to a newly qualified social worker in her first month.
nomatch: The case was allocated to a newly qualified social worker under close supervision from the team manager.
nomatch: It is of concern that the nursery manager did not feel able to challenge the social worker's plan.
# No manager in the decision: "managers were not consulted", "the case was closed without reference to a manager".
pattern: @mo4_senior ~ !consulted
  unless: offender manager | (probation | offender) ..3 manager
pattern: without ..2 (reference | recourse) to ..3 (a | any | the)? @mo4_senior
match: The decision to end the plan was made without reference to a manager.
match: No senior manager was consulted before the baby went home.
nomatch: The team manager was consulted and agreed the plan the same day.
# Authorised with no reasons: "the closure was authorised by a manager without any recorded rationale".
pattern: (authorised | signed off | agreed | approved | endorsed | countersigned | ratified) ..6 without ..3 (recorded | written | clear)? ..2 (rationale | reasoning | justification | analysis)
match: The decision to close the case was authorised by a manager without any recorded rationale.
nomatch: The decision to close the case was authorised by a manager, who recorded a clear rationale.
match: Management oversight was largely reactive and did not identify the pattern of repeated referrals.
