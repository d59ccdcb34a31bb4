id: service_gaps
label: Gaps in services
description: A needed service was unavailable, had a waiting list, or the resources did not exist.
# ---- Concepts: what this theme evaluates ----
group: @provision = service | services | provision | specialist provision | capacity | resources | resourcing | funding | places | local offer | programme | support | specialist support | therapy | counselling | camhs | appointment

# A parent's capacity is what an assessment weighs (rule_of_optimism, risk_assessment), not a service's (lexprec).
unless: (her | his | their | parental | parenting | @parent) ('s | "s")? ..1 capacity | capacity to (parent | act | change | protect | care | keep | meet | understand | make | sustain)
# A caseload within bounds: "twenty cases, below the team average" (lexprec).
unless: (cases | children | families | caseload) ..4 (below | under | within | less than | lower than) ..3 (the)? ..2 (average | limit | maximum | norm)
# ---- Concept patterns ----
pattern: (service provision | specialist provision | capacity | resources | resourcing | funding | "places" | local offer | local services | local provision) ~ +(@weak | @lacking | stretched | overstretched | cut | reduced | scarce | +inadequate | insufficient)
  unless: (capacity | resources) ..3 (to | for) ..3 (change | parent | parenting | protect)
pattern: (service provision | specialist provision | capacity in the service | local services | local provision) ~ !@good
pattern: @none ..3 (service provision | specialist provision | capacity | resources | resourcing | funding | "places" | local services | local provision)
  unless: ("no" | not any | "little") (evidence | sign | indication | suggestion | reason)
  unless: (capacity | resources) ..3 (to | for) ..3 (change | parent | parenting | protect) | (her | his | their | mental) capacity | (no | not) ..2 (evidence | suggestion) of ..4 (capacity | resources)
pattern: (waited | waiting | wait) ..6 (months | weeks | a year | over a year | for ..4 (appointment | service | assessment | therapy | programme | place))
  unless: (waited | waiting | wait) ..3 (for)? ..3 (the)? (outcome | result | police | reply | decision)
pattern: @provision ~ (!available | !exist | +(+unavailable | no longer available | did not exist | not exist | decommissioned | withdrawn | cut))
  unless: (told | aware | know | knew | known) ..4 existed
pattern: (service | services | provision | specialist support | therapy | counselling | programme | "placement" | "camhs") ~ !(start | started | offer | offered | provide | provided | commission | commissioned)
  unless: (no | not) (evidence | need) of ..3 @provision | (@parent | she | he | they | family) ..3 !(take up | took up | accept | accepted | attend | attended) | !brought | by (the)? ..3 service
pattern: no ..3 @provision ..6 (available | existed | in the area | locally | at weekends | out of hours)

# ---- Phrase patterns: particular ways of saying it ----
pattern: (no | not any) ..4 (service | services | provision | specialist | placement | resource | resources | facility | out-of-hours | funding) ..6 (available | existed | able | for | in the area | locally | could be found)?
  unless: no (gap | gaps) | no (concerns | concern) about | no (waiting list | wait | waiting time | delay) | (no one | no-one) (at | in | from)   # the opposite: the service was there
  # A family judged to need no service, and a denial: "no longer needs a service", "no more than universal services", "no evidence that pressure on resources ..."
  unless: no longer ..2 (need | needs | needed | require | requires | required) | no more than | (no | not any) (evidence | sign | suggestion | indication)
pattern: absence ..6 (of)? (any)? (specialist | service | provision)
pattern: caseload of ..3 (twenty* | thirty* | forty* | fifty*)
pattern: (service | services | provision | placement | resource | resources | specialist | therapy | support) ..8 (+unavailable | not available | could not be (found | obtained | commissioned) | !available | !exist | "closed" | closed down | withdrawn | cut | decommissioned)
  # A case or referral that was closed is a threshold decision; a support worker is a person, not a service.
  unless: (referral | referrals | case | cases | plan | file) ..10 "closed" | support (worker | workers)
# "capacity was so stretched that ...", "the programme had been decommissioned, so there was nowhere to refer him"
pattern: (capacity | resources | staffing | team | teams | service | services) ..6 (stretched | overstretched | over-stretched | overwhelmed | at breaking point)
pattern: (programme | programmes | course | group | clinic | project | scheme) ..8 (decommissioned | closed down | withdrawn | no longer (available | funded | running))
pattern: nowhere (to | for) ..2 (refer | send | turn | go | place)
  unless: (was|were) available ..2 (locally)? ..4 (and | to)
pattern: ("waiting list" | "waiting lists" | "waiting time" | "waiting times" | (waited | wait of) ..8 (months | weeks | a year | years | still waiting))
  unless: (within | met) ..3 (national)? standard | began the course
# A wait that met its target: "the waiting list was three weeks, within the service's own target".
unless: within ..4 (target | targets | timescale | timescales) | (short | shorter | no) (waiting | wait) | (waiting | wait) ..6 (was | were) (short | brief | shorter)
pattern: (lack | shortage | shortages | absence) of ..5 (resources | funding | capacity | staff | places | provision | service | services | specialist | beds | refuge | refuges | foster carers) | (lack | shortage | shortages | absence) of ..3 (local | suitable | available | appropriate | specialist | secure) ..3 (placement | placements)
pattern: (staff | staffing | workforce | resource | resources) (shortage* | vacancies | vacancy rate | turnover)
pattern: (capacity | resource | resourcing | workload | staffing) ..2 (pressure* | issues | problems | constraints | shortfall)
pattern: vacancy rate
# "a gap in services for fathers", "gaps in local provision"
pattern: (gap | gaps) in ..2 (service | services | provision | support)
pattern: (no out-of-hours | no specialist | no suitable | no local)
pattern: (could not be commissioned | +unfunded | for lack of funding | not funded)
unless: no (gap | gaps) ..4 (service | provision)
match: There was no specialist therapeutic service for children in the borough.
match: The boy waited nine months for a CAMHS assessment.
match: The school nursing team was so overstretched that health reviews were done by letter.
match: The local parenting scheme had closed down the year before, and there was nowhere to send the parents.
nomatch: The family support worker asked for the case to be kept open, and it was.
match: Staff shortages meant that the review health assessment was never done.
nomatch: A domestic abuse programme ran in the town, and the father started it within a fortnight.
nomatch: Waiting times for the service were within the national standard.

# ---- Scarcity told through what happened (added on branch conceptsB) ----
# A queue, a wait or a first appointment months away: "an eighteen-month queue", "no appointment for eleven months".
pattern: (queue | waiting list | wait) ..4 (months | weeks | a year | years) | (month | week | year)-long (queue | wait) | (months | weeks)? ..2 (queue | backlog)
pattern: (no | first | next) ..3 (appointment | assessment | place | slot | session) ..4 (for | until | in) ..3 (months | weeks | a year | the following year)
  unless: (reflective | supervision | supervisory | one-to-one) ..2 (session | sessions)   # supervision not given is management_oversight (lexprec)
  unless: (following | next | same | that) (week | day | morning | afternoon)
  unless: (within | in) ..2 (weeks | days) ..4 (as | of the) (referral | request)
# One worker for a whole area: "two advocates for the whole city", "one investigator for the rural north".
pattern: (only | just | a single | one | two) ..3 (advocate | advocates | investigator | investigators | worker | workers | nurse | nurses | officer | officers | paediatrician | social worker | therapist | psychologist | refuge | bed | beds) ..4 for the (whole | entire) ..2 (city | county | area | borough | force | region | district | service)
pattern: (had | employed | ran) (only)? (one | two | a single) ..4 (advocate | investigator | specialist | worker | nurse | officer | refuge | clinic) ..6 (for | in | across) ..3 (city | county | area | borough | north | south | east | west | force)
# Full, closed or unfunded: "the refuge was full", "funding ended", "budget reductions closed the centre".
pattern: (refuge | refuges | hostel | placement | placements | beds | unit | service | group | clinic) ..10 (was | were | remained) +full
pattern: (funding | budget | grant) ..6 (ended | ran out | cut | cuts | reductions | reduced | withdrawn | stopped) | (budget | funding) (reductions | cuts | pressures)
  unless: (no | not) ..2 (funding | budget) ..4 (cut | cuts | reductions) | (reversed | restored | reinstated)
pattern: (not | never) commissioned | !commissioned until
pattern: (no | not any | nowhere) ..4 (room | rooms | properties | property | beds | space) ..6 (that | for | of that size | large enough | available | could)
pattern: nowhere (in | near | within) ..4 (ran | offered | provided | had | held)
pattern: (no | not any | none) ..3 (paediatrician | doctor | clinician | service | crèche | creche | childcare | interpreter | appointment | clinic) ..6 (at weekends | at the weekend | out of hours | in the evening | on (a)? (saturday | sunday) | evening clinic)
pattern: (no | without) (crèche | creche | childcare | evening clinic | evening appointments | weekend cover)
# Caseloads and turnover: "held thirty-four children, eleven more than the maximum", "six managers in a year".
pattern: (held | carried | had | holding) ..2 (twenty* | thirty* | forty* | fifty*) ..3 (children | cases | families) | (more than | above | over | beyond) ..3 (own)? (maximum | caseload limit | agreed limit)
pattern: (four | five | six | seven | eight | nine | ten) (managers | team managers | social workers | workers | different social workers) ..8 (interim | agency | locum | locums | temporary | unallocated)
pattern: (long-term sick leave | sick leave | maternity leave | vacant post | vacancy) ..14 (no cover | not covered | without cover | whole time | whole of | for the whole | nobody covered | no one covered)
# No placement or worker to be found; staffing that could not carry the work.
pattern: (could not | unable to | failed to | no one could) (find | source | secure | identify | offer) ..3 (a | any)? (placement | place | bed | foster carer | foster carers | foster placement | refuge place | therapist | provider | specialist | interpreter)
  unless: (family | mother | father | parents | she | he) ..3 (could not | unable to) (find)
pattern: (unmanageable | unsustainable) caseloads | caseload ..3 (was | were)? ..2 (unmanageable | unsustainable)
# A high caseload is pressure on one worker; it is a gap with what the team lacked: "no capacity", "a waiting list", "vacancies"
group: @capacity_gap = meant | only once | only twice | only every | less often | capacity | waiting | unallocated | vacancies | vacancy | vacant | staffing | short-staffed | understaffed | shortage | shortages | locum | locums | cover | covered | resources | demand | turnover | no time | too little time | limited the time | could not | unable to
pattern: ((high | heavy | excessive) (caseload | caseloads) | caseload ..3 (was | were)? ..2 (high | too high | excessive)) & @capacity_gap
pattern: (short-staffed | understaffed | under-staffed | under-resourced | underresourced | short of staff | thinly stretched | staff shortages)
pattern: (high | rapid | constant | frequent) (staff)? turnover | reliance on (agency | locum | interim) (staff | workers | social workers | managers)
pattern: (closed to | not accepting | stopped accepting | unable to accept | could not accept) (new)? (referrals | cases | families)
# Delay put down to capacity: "because of demand", "owing to vacancies in the team".
pattern: (delay | delays | delayed | waited | wait | unallocated | postponed | cancelled) ..10 (because of | due to | owing to | as a result of) ..3 (capacity | demand | waiting lists | resources | staffing | staff shortages | vacancies | sickness | workload | workloads | caseloads)

# ---- No specialist in the area, no place to be had, funding gone (concepts3) ----
pattern: no (specialist | dedicated | local) ..3 (worker | workers | service | provision | programme | team | nurse | therapist | clinic) ..6 (in the area | locally | in the county | in the borough | available | at the time | nearer than)
pattern: (could not | unable to | no) ..3 (get | find | obtain | secure)? ..2 (a)? (place | bed | room | space | placement | vacancy) ..6 (anywhere | in the county | in the area | for (weeks | months))
  unless: (no | not) ..2 (need | reason)
pattern: (funding | budget | grant | money | contract) ..8 (cut | was cut | withdrawn | "ended" | ran out | stopped | not renewed)
  unless: (not | never) ..2 (cut | withdrawn)
# ("agency staff" alone means the staff of an agency in most reports; locum cover is given as a reason in
# corpus/ paragraphs whose failing is another theme's)
pattern: (vacancies | vacant posts | unfilled posts)
  unless: (no | without) ..2 (vacancies | vacant posts) | fully staffed
match: There was no specialist perinatal worker in the area at the time.
match: The mother could not find a bed in a refuge anywhere in the region.
match: The grant for the family centre ran out halfway through the work.
match: The team carried three vacancies for most of the year.
nomatch: The team had no vacancies and was fully staffed throughout.
nomatch: The waiting time for the parenting course was two weeks.

# a short wait is no gap (concepts3)
unless: (waiting time | wait | waited) ..6 (only | just)? (a (day | few days | week) | one week | two weeks | (one | two | three | a few) days)
nomatch: Waiting times for counselling were short and the father began within three weeks.

# concepts4 (7 December): nothing to be had in the area, the only service shut the family out, a wait
# measured in months, posts left empty and a team too thin to cover
group: @sg4_service = programme | programmes | course | courses | refuge | refuges | provider | providers | unit | ward | bed | beds | lodgings | supported lodgings | respite | nursery | nurseries | placement | placements | therapy | therapist | service | services | provision | clinic | counsellor | counselling | group | groups | scheme | hostel | specialist
# "the nearest unit with a bed was in another county", "no local nursery could take her", "nobody in the region offered the assessment"
pattern: (nearest | closest) ..4 @sg4_service ..10 (miles | away | another county | out of area | another region)
pattern: (no | neither | none of the) ..3 (local)? ..2 @sg4_service ..8 (anywhere | in the (area | county | district | borough | town | region) | could (take | offer | accept | see) | (was | were) (available | free | running) | operated | existed | for (young people | men | fathers | adolescents | teenagers | children over)) | (nobody | no one | no service | no provider) in the (area | county | district | region | town | borough) (could | was able | offered | provided)
  unless: (no | not) (evidence | sign) of
pattern: (the)? only (local)? ..3 @sg4_service ..10 (!accept | !take | !have | !offer | took only | only took | accepted only | covered the whole | covering the whole) | @sg4_service ..6 (!running | !available) in the ..2 (area | county | district | borough | town)
# A wait measured in months: "the earliest appointment was nine months away", "no bed until the spring"
pattern: (earliest | first available | next available) ..3 (appointment | bed | place | slot | date) ..14 (months | weeks | a year | years) | !(have | offer | be) ..3 (a)? (bed | place | appointment | slot | vacancy) ..4 until | (waiting list | waiting lists | waiting time | waiting times | pathway) ..8 (months | years | a year)
# Posts left empty and teams too thin: "the post stayed vacant", "the therapist left and no one replaced her", "two workers covered the whole county"
pattern: (post | posts | vacancy | vacancies | role | establishment) ~ (+vacant | +unfilled | !filled | !replaced | +empty | +half | +frozen)
pattern: (therapist | worker | health visitor | nurse | social worker | post holder | adviser | she | he) ..6 (left | retired) ..6 !replaced | !(have | had) ..2 capacity | (nobody | no one | no worker | no social worker) ..4 (to give | to allocate | available to take) | (two | one | three | a single) (workers | worker | practitioners | staff | people) covering ..2 (the)? whole | (role | post) ..8 amounted to ..2 (one | half a | a) (day | session | morning)
match: The nearest refuge with space for a family of four was ninety miles away.
match: No local nursery could take a child who needed tube feeding.
match: The only counselling service in the town did not accept anyone under eighteen.
match: The earliest appointment the clinic could offer was seven months away.
match: The specialist nurse post stayed vacant for most of the year.
match: The therapist left in March and was not replaced.
nomatch: A local nursery took the child within a week and put in extra staff.
nomatch: The specialist nurse post was filled within a month.

# lexsystem (7 December): nothing in the area for the need, funding lost, nobody to be found to do the work, caseloads doubled
pattern: (nothing | no service | no provision | nowhere) (in | across | within) (the)? (county | area | borough | region | city | district | town) ..3 (for | that | which | to)
pattern: (lost | losing | loss of | lose) ..2 (its | their | the)? (funding | grant | commissioning | contract)
pattern: (nobody | no one | no-one | no worker | no assessor | no therapist) could be (found | spared | identified) ..3 (to | for)
pattern: (twice | double | three times | nearly twice | almost twice) ..3 (the)? (agreed | recommended | usual | maximum | expected)? ..2 (caseload | caseloads | number of cases)
pattern: (first | next | earliest) ..3 (appointment | assessment | place | slot | session) ..8 (the)? (following | next) (spring | summer | autumn | winter | year)
match: There was nothing in the county for a boy who was harming his younger sister.
match: The fathers' programme had lost its funding the year before.
match: Nobody could be found to carry out the parenting assessment for three months.
match: The worker was carrying twice the agreed caseload.
nomatch: Decisions were left to a newly qualified social worker who carried a heavy caseload.
nomatch: The health visitor, carrying a high caseload, relied on the school nurse for news of the family.
match: The team's caseloads were high and there were two vacancies, so the referral waited unallocated for a month.
match: With a heavy caseload she could not visit the family more than once a month.
match: The first appointment was offered for the following spring.
nomatch: The first appointment was offered for the following week.
nomatch: The programme kept its funding and took the father within a month.

# lexsystem, second pass: one worker for a whole district, a wait measured from referral, caseloads past a hundred,
# a provider taking no referrals, a service for a group that barely existed
pattern: only ..10 (covered | covering | covers) ..2 (the)? whole ..2 (district | county | area | city | borough | region | patch | force)
pattern: took ..5 (months | years | a year) from (the)? referral to
pattern: (held | carried | had | holding | carrying) ..3 (more than | over | nearly | almost | around)? ..2 (twenty* | thirty* | forty* | fifty* | sixty* | hundred | a hundred) ..3 (children | cases | families)
pattern: (accepted | took | accepting | taking) no (new)? (referrals | cases | families) | no (respite | short breaks) ..3 (was | were)? ..2 (offered | available | provided)
pattern: (had | has) no (adolescent | children's | paediatric | specialist | local | mother and baby | secure) (ward | unit | bed | beds | service | team | provision)
pattern: (services | service | provision | support) ..4 (for | to) ..4 (were | was) ..2 (almost | virtually | largely | all but)? (non-existent | nonexistent | scarce | thin on the ground)
match: The only health visitor who spoke Urdu covered the whole district.
match: The diagnostic pathway took two and a half years from referral to diagnosis.
match: Each adviser held more than a hundred cases.
match: For six months the new provider accepted no referrals.
match: The hospital had no adolescent ward, so she spent four days on an adult ward.
match: Services for fathers were almost non-existent.
nomatch: The hospital had an adolescent ward and she was admitted to it the same night.
nomatch: The closing report said the family no longer needed a service.
nomatch: The review found no evidence that pressure on resources affected the response.
# lexprec (7 December): a parent's capacity, a supervision session
nomatch: The assessor gave great weight to the father's love for the boy and very little to his capacity to act on it.
nomatch: The mother's capacity to change was judged limited by the psychologist.
nomatch: The worker had her first reflective session in six months after the baby died.
match: The borough had no capacity to offer therapeutic work to children under five.
match: The family's first appointment at the clinic was in eleven months.
nomatch: The social worker had twenty cases, below the team average.

# ---- A service not running yet, a first date months off, nobody able to do the work (r18b) ----
# "the parenting group would not run again until the new year", "the clinic did not reopen until the spring"
pattern: @sg4_service ..6 !(run | running | start | starting | open | resume | restart | begin | reopen | available | be available) ..6 (until | before) ..3 (the)? (new year | next year | following (year | term | month | spring | summer | autumn | winter) | next (term | spring | summer | autumn | winter | month) | spring | summer | autumn | winter | january | february | march | april | may | june | july | august | september | october | november | december)
  unless: (@parent | mother | father | she | he | they) ..4 (did not | would not | could not) ..2 (start | begin | attend)
match: Ms F was told that the parenting programme would not run again until the spring.
match: The only perinatal clinic in the area did not reopen until the following autumn.
match: The therapy group was not available before next term, by which time the girl had moved.
nomatch: The mother did not start the course until the spring, because of her work.
nomatch: The programme ran again in January and the father took a place.
# "the referral was accepted and the first appointment was offered eleven months later"
pattern: (first | earliest | initial) ..3 (appointment | assessment | session | slot | contact | date | place) ..10 (two | three | four | five | six | seven | eight | nine | ten | eleven | twelve | eighteen | several | many | 2 | 3 | 4 | 5 | 6 | 7 | 8 | 9 | 10 | 11 | 12 | 18)? (months | a year | year | years) (later | away | after (the)? referral | from (the)? referral)
match: CAMHS accepted the referral, but the first appointment was offered nine months later.
match: The earliest date the service could give for an initial assessment was a year away.
nomatch: The first appointment was offered within two weeks of the referral.
# Nobody able to do the work, and none bought in: "the council had no one able to do it and did not buy it in".
pattern: (no one | nobody | no worker | no staff | no practitioner | no therapist | no psychologist | not anyone) ..2 (able | qualified | trained | available | free | with (the)? (skills | time | training | capacity)) ..3 (to)? ..2 (do | carry out | provide | deliver | undertake | offer | take on | complete | run)
  unless: (no one | nobody) ..2 available ..3 to (attend | come | join)
pattern: !(buy | bought | commission | commissioned | purchase | purchased | spot-purchase | spot-purchased) ..3 (it | one | this | them | that | a service | the assessment | the work)? in (from (outside | elsewhere))?
match: The team had nobody trained to carry out a specialist parenting assessment.
match: A psychological assessment of the mother was recommended, and the authority did not buy one in.
nomatch: The team had no one available to attend the strategy meeting.
nomatch: The authority bought the assessment in from an independent psychologist within the month.

# ---- r20c (issue 10): the register of overview reports ----
# Teams under strain: "the team was under significant pressure because of staff sickness", "demand outstripped capacity".
pattern: (team | teams | service | services | department | unit | workforce | staff) ..4 +under ..3 (pressure | strain) | demand ..6 (outstripped | outstripping | outstrips | exceeded | exceeding | exceeds | outweighed | outpaced) ..4 (capacity | supply | resources | staffing | provision | the service)
match: The team was under significant pressure at the time because of staff sickness.
match: Demand for the service outstripped capacity throughout the period under review.
nomatch: The team was not under any particular pressure at the time, and cases were allocated within a day.
# A post or team taken away: "the specialist post had been removed when the service was reconfigured".
pattern: (post | posts | role | roles | team | teams | specialist) ~ +(removed | deleted | disbanded | abolished | axed | "cut" | decommissioned)
  unless: (no | not) (post | posts | role | roles) ..3 (was | were)? (removed | cut)
match: The specialist post had been removed when the service was reconfigured.
match: The dedicated exploitation team was disbanded in the year before Child R died.
nomatch: The worker was removed from the case at the family's request.
# Too much work for the service: "unable to offer support because of the volume of referrals".
pattern: (because of | due to | owing to | given | as a result of) ..3 (the)? (volume | number | numbers | level | levels | scale) of (referrals | cases | demand | work | new cases | calls)
match: The domestic abuse service was unable to offer support to the mother because of the volume of referrals it was receiving.
nomatch: The number of referrals to the service fell during the year, and waiting times were short.
match: The lack of a local mother and baby placement meant that the family had to move more than fifty miles away.
