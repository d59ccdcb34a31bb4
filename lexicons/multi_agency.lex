id: multi_agency
label: Poor multi-agency working
description: Information that mattered was not shared or not passed on, agencies did not communicate or coordinate, no strategy discussion when one was needed, agencies misunderstood each other's roles or thresholds.
# ---- Concepts: what this theme evaluates ----
group: @joint = information sharing | sharing of information | joint working | multi-agency working | multi-agency | inter-agency | interagency | partnership working | communication between | coordination between | co-ordination between | liaison between | joined-up | collaboration | collaborative working | joint visit | joint visits | joint plan | information-sharing | information exchange | exchange of information | joint work | working together | cross-agency | coordination across | co-ordination across | communication across | liaison across | coordinated response | co-ordinated response | multi-agency response | joint response

# Inside one agency ("within the police, the unit did not share it with ..."), or between a professional and the
# family ("did not tell the mother that ...", "was not told by the father", "unaware because the boy told no one"):
# not agencies failing one another (lexprec).
unless: within (the | its | their | her | his) (own)? ..2 (agency | service | police | force | team | school | trust | hospital | ward | department | practice | authority)
unless: !(tell | told | "inform" | "informed" | notify | notified) ..2 (the | her | his | their)? (@parent | @child | boy | girl | family) (that | about | of | why | what | how | when | where | until)
unless: !(told | "informed") by (the | her | his | their)? (@parent | @child | boy | girl | family) | (because | as | since) ..3 (@parent | @child | boy | girl | he | she | they) ..3 !(tell | told | say | said | mention | mentioned | disclose | disclosed)
# r18a: the family not telling an agency (a move, a new partner) is disguised compliance or hidden men, not
# agencies failing one another: "the family did not tell the school that they were moving".
unless: (@parent | parents | family | @child | boy | girl) ..1 (did not | didn't | never | had not | failed to | chose not to | would not) ..1 (tell | "told" | "inform" | "informed" | notify | notified | mention | mentioned | let)
nomatch: The family did not tell the school that they were moving.
nomatch: The worker did not talk to the grandmother, who cared for the children most weekends.
match: The father's probation officer did not tell children's social care about the new conviction.
# r18a: who the household's men are, unknown to every agency, is hidden_men: "the police were not aware that the mother
# had a new partner", "professionals did not know who lived in the house".
unless: !(aware | know | knew | known) ..3 (that)? ..3 (had | was seeing | was in | had begun) ..2 (a)? (new)? (partner | boyfriend | relationship)
unless: !(aware | know | knew | known) ..2 who ..3 (lived | was living | stayed | was staying | else | the (man | father | partner))
unless: @ma_health_party ..6 !let (the | a | her | his)? ..2 @ma_health_party ..2 know   # one health service not letting another know (r18a)
# r18a: a plan or an assessment not shared with the family is not agencies failing one another.
unless: !(share | shared | sharing | send | sent | copy | copied | give | given | explain | explained) ..3 (with | to) (the | her | his | their)? (mother | father | parents | parent | stepfather | carer | carers | mum | dad | grandmother | grandparents)
nomatch: The police were not aware that the mother had a new partner.
nomatch: Professionals did not know who lived in the house.
nomatch: The social worker did not share the assessment with the mother.
nomatch: The plan was not shared with the father.
nomatch: The police accepted children's social care's view that no strategy discussion was needed.
nomatch: The hospital discharge summary never reached the health visitor.
nomatch: The ward did not let the community midwife know that the baby had gone home.
match: The police were not aware that the father had been arrested in another force area.
match: The hospital's letter never reached the social worker.
match: The assessment was not shared with the school or the police.
# "Neither the school nor the police failed to pass it on" denies the failure (lexprec).
unless: neither ..6 nor ..6 (failed | fail) to
# ---- Concept patterns ----
# A wish, not a failure to pass on: "she did not want her parents told", "he did not wish the school to be informed".
unless: !(want | wanted | wish | wished) ..4 (tell | told | "informed" | notified | share | shared | know)
# Health services failing one another is health_coordination (themes.md), not multi-agency working: one health
# service, a gap, then another health service or "the other" ("the school nurse did not know that he had been
# admitted to hospital", "the health visitor believed the GP was weighing him", "health professionals were not
# aware of each other's involvement", "communication between primary care and the acute trust was poor").
group: @ma_health_party = @health_side | @health | primary care | acute trust | paediatric | clinician | clinicians
group: @ma_health_gap = +unaware | !aware | !know | !knew | !reach | !reached | knew nothing | knowing nothing | !told | !"informed" | !"inform" | !notified | !passed | !shared | !sent | !copied | !coordinate | !coordinated | !communicate | !communicated | assumed | believed | neither knew | none of them knew | no idea | heard nothing | learned nothing | learnt nothing | received nothing
group: @ma_clinical = admission | admissions | admitted | diagnosis | diagnosed | prescription | prescribed | medication | attendance | attendances | overdose | stay on the ward
unless: @ma_health_gap ..3 (that)? ..2 (the | a)? @ma_health_party ..6 @ma_clinical
unless: @health_side & (this | it | which | that | concerns | information | history) ..3 !(passed | shared | sent | copied | forwarded | relayed) (on)? ..2 to ..2 (the)? @health_side
# A note that failed to get into a file, record or database is a recording failure, not a gap between agencies.
unless: !(reach | reached | reaching) ..2 (the | her | his | their | a)? ..3 ("file" | "record" | "records" | "notes" | system | database | chronology)
# A referral never made is thresholds, whoever it would have gone to: "nobody referred to social care once she had confided in her GP" (lexprec).
unless: (no | not | never) ..3 referral ..4 (was | were)? ..2 (made | sent | completed) | referral ..4 (never | not) ..2 (made | sent)
# A concern that never reached a threshold (thresholds); a finding the review denies ("it would be wrong to conclude that ...").
unless: (reach | reached | reaching) ..3 (the | a | any)? (threshold | level) | (wrong | unfair | mistaken) to (conclude | say | suggest) that
unless: @ma_health_party (and | nor | or) ..4 @ma_health_party ..15 @ma_health_gap ..15 (the other | the others | each other | one another | each other's | one another's)
unless: (no one | nobody | no clinician) (in | within) health
unless: @ma_health_party ..15 @ma_health_gap ..15 (@ma_health_party | @ma_clinical) | (health professionals | health staff | health practitioners | health colleagues | clinicians) ..4 @ma_health_gap | (communication | liaison | coordination) between ..3 @ma_health_party ..3 and ..3 @ma_health_party | health services ..2 !(coordinate | coordinated) (their | its) | (single | shared | complete | combined) ..2 health record
# A health service's news that never reached social care stays multi-agency: the guard needs a health party on both sides.
match: The community health services did not pass their concerns about the father to the social worker.
pattern: @joint ~ (@weak | @lacking)
  unless: (communication | liaison) ..3 (with | between) ..3 (@parent | mother | father | family | parents) | communication (needs | difficulties | skills) | (@weak | @lacking) ..2 (english | speech | language)
pattern: @joint ~ !@good
pattern: @none ..3 @joint
  unless: ("no" | not any | "little") (evidence | sign | indication | suggestion | reason)
  unless: communication ..3 (with | between) ..3 (@parent | mother | father | family | parents) | (no | not) (evidence | sign | concern*) of ..3 @joint
pattern: (information | notification | concerns | disclosure | minutes | police report | "report" | letter) ~ !(share | shared | pass | passed | send | sent | copy | copied | forward | forwarded | reach | reached | circulate | circulated | pass on | passed on)
  unless: @told_inside   # passed inside one agency: to the allocated worker, the team leader (r17c)
  # r20pa: a letter to the family (pre-proceedings, appointment, warning) is not information between agencies.
  unless: (pre-proceedings | pre proceedings | plo | before proceedings | appointment | warning | eviction | tenancy) ..2 (letter | letters) | (letter | letters) ..6 to ..2 (the family | mother | father | parents | parent | carers)
  unless: (no | not) ..2 (evidence | suggestion) of ..4 !@pass_on | !(tell | told) ..4 (the)? (truth | anyone) | (mother | father | parent | parents | she | he | family) ..3 !(tell | told | share | shared)
pattern: !(let | make | made) ..3 (@agency | anyone | anybody) ..2 (know | aware)
# A parent left out of a meeting is hidden_men's or the family's, not agencies failing each other.
group: @ma_parent_left_out = !(invite | invited | include | included | involve | involved | ask | asked) ..2 (the | her | his | their)? (@parent | @man) ..2 (to | in | into)
pattern: @agency ..4 !(invited | included | involved) ..4 (strategy | core group | conference | meeting | discussion)
  unless: (father | mother | parent | parents | family | @man) ..4 !(invited | included | involved)
  unless: @ma_parent_left_out
pattern: each ..4 (believed | assumed | thought | expected) ..3 (the other | another) ..4 (was | were | would | had)
pattern: (sent | addressed | faxed | emailed | posted | wrote) ..10 (closed | wrong | "old" | out of service | no longer (used | in use | registered) | had not been registered | previous address)
  unless: sent home   # a patient sent home, not a letter misaddressed (r20b)
  # "wrote that ..." reports what a record said, not where a letter went (concepts3)
  unless: (wrote | writes | written) that
  unless: (closing | closed) (them | it | each | the (case | referral | referrals))   # referrals closed on receipt (thresholds) (lexprec)
  unless: (letter | letters | appointment) ..6 (to the family | to ..2 (mother | father | parents))
  unless: appointment* ..8 (sent | posted | addressed) | (sent | posted | addressed) ..8 appointment*   # letters to the family
  # the family's post going astray is not agencies failing each other
  unless: (letters | post) ..3 (sent | went | posted) ..3 (an | the | her | his | their)? (old | wrong | previous) address
# r20pa: a thing judged on its own ("the call-out was graded in isolation", "the report was read in isolation") is
# risk_assessment's or parental_risk_factors', not agencies working apart; they work, act or operate in isolation.
group: @ma_judged_alone = (graded | scored | rated | triaged | read | logged | viewed | looked at | interpreted) ..6 in isolation | (was | were | been | being) ..1 (considered | assessed | seen | treated | judged | reviewed | dealt with | handled | taken) ..4 in isolation
pattern: (@agency | agencies | services) ~ (in isolation | in silos | silo | silos)
  # incidents seen one at a time are risk_assessment's, not agencies working apart
  unless: (incident | incidents | event | events | episode | episodes | concern | concerns | referral | referrals | injury | injuries | report | reports) ..5 in isolation
  unless: @ma_judged_alone
pattern: (@agency | agencies) ..6 !(communicate | communicated | coordinate | coordinated | talk | talked to each other | work together | worked together)
  # r18a: a worker not talking with the child, a parent or a relative is not agencies apart (child_not_seen, hidden_men).
  unless: !(talk | talked | talking | communicate | communicated) (to | with) ..2 (@child | @parent | @man | him | her | them | family)

# Telling about a rule, or telling someone senior in one's own agency, is not sharing between agencies.
group: @told_of_rule = !("told" | "informed" | aware | "trained") ..6 (policy | policies | procedure | procedures | protocol | guidance | pathway | process | the rules)
group: @told_inside = !(tell | "told" | "inform" | "informed" | ring | rang | alert | alerted | ask | asked | share | shared | pass | passed | send | sent | forward | forwarded | report | reported) ..3 (the | her | his | a | any)? ..2 (colleague | colleagues | class teacher | form tutor | day staff | night staff | ward staff | own team | named | designated | team leader | manager | line manager | supervisor | senior | safeguarding lead | allocated worker | allocated social worker | duty worker | duty team | public protection unit | sergeant | inspector | head teacher | headteacher | ward manager | matron | designated safeguarding lead)
nomatch: The police officer did not tell her sergeant about the disclosure.   # inside one force (r18a)

# ---- Phrase patterns: particular ways of saying it ----
pattern: (information | concerns | concern | referral | outcome | minutes | disclosure | report | notification | notifications | knowledge | intelligence | details | summary | history | request | requests | what they knew) ..10 (!shared | !passed | !"informed" | !notified | !told | !sent | !copied | !forwarded | !circulated | !reached | !communicated | !fed back | !relayed | !made available | +unshared | +withheld | not passed on)
  unless: !(fail* | shared) ..2 (to share)
  unless: (possible | able | impossible | difficult | hard | easy) to tell
  # A concern that never reached a threshold, a referral never made (thresholds), or a child who could tell nobody.
  unless: (nor | neither | could not | unable to) ..2 tell anyone
pattern: !(compare | compared | pool | pooled | combine | combined | join up | joined up) ..2 (it | them | notes | information | records | what ..3 knew)
pattern: !(share | shared | sharing | compare | compared | pool | pooled | combine | combined | pass | passed | passing | tell | told | "inform" | "informed" | notify | notified | send | sent | copy | copied | forwarded | alert* | feed* back | fed back) ..4 ((it | this | them) on | information | concerns | what | the (gp | school | police | health visitor | social worker | children's social care | local authority | midwife | nursery | housing | probation) | children's social care | @agency | what they knew | with)
  unless: @told_inside
  unless: (nor | neither | could not | unable to) ..2 tell anyone
  # A parent or child keeping something to themselves is not agencies failing to share.
  unless: (@parent | @child | mother | father | boy | girl | victim) ..4 !(tell | told | share | shared) ..3 (anyone | anybody)
  # Injuries not reported are signs of abuse missed (signs_of_abuse), not information kept between agencies.
  unless: @injury &15 !report*
  unless: @health_service &12 @health_event
pattern: (@agency) ..8 (!told | !"informed" | !notified | !aware | !"consulted" | +unaware | +uninformed) ..8 (that | of | about | the | to | when | until)?
  # Staff never told of a policy is procedures; not telling a manager or safeguarding lead is escalation.
  unless: @told_of_rule | @told_inside
  # Health services not telling each other is health_coordination (themes.md), not a failure between agencies.
  unless: @health_service &12 @health_event
  unless: (practitioners | staff) ..6 !know | (neither | nor) ..3 could | (no | not any) (evidence | sign | suggestion | indication) ..6 (unaware | !aware)
  unless: agencies involved
  # "could not have known" clears an agency rather than saying it was not told.
  unless: (could | would | might) ..2 have (known | been aware)
  # "without any agency knowing who he was": nobody knew the man (hidden_men); nothing was kept from anyone.
  unless: !(know | knowing | knew) who (he | she | they | the man | this man | the partner | the father | the adult) (was | were | is)
pattern: (+unaware | not aware | did not know | was not known | were not known | neither knew | none of them knew | not known to) ..12 (@agency | concerns | involvement | plan | admission | incident | history | subject | known to | others)
  # A person with no history: "the mother's partner was not known to the police", "the family were not previously known to children's services".
  unless: (@parent | @child | @man | family | he | she | they) ..8 (was | were | had been | has been) ..2 (not | never) ..2 known to
pattern: (no | not) ..2 !(strategy discussion | strategy meeting | joint visit | joint plan | multi-agency meeting | joint working | joint assessment | single forum | information sharing | shared understanding)
  unless: not ..2 considered at the strategy
  # a threshold judged unmet, a post holder unable to attend, the reasons left unrecorded: other themes (lexprec)
  # r18a: a view that none was needed, taken on another agency's word, is deference (lack_of_challenge)
  unless: (no | not) ..2 (strategy discussion | strategy meeting) (was | were)? (needed | necessary | required | warranted)
  unless: (warrant | warranted | justify | justified) ..3 (a)? strategy | (could not | unable to | cannot) ..2 attend | reasons? for not
pattern: (no | not) ..2 (coordination | communication) between ..4 (agencies | services | the police | children's social care | social care | schools)
pattern: (strategy discussion | strategy meeting) ..6 (should have | ought to have | !held | !convened | !take place | !took place | not hold | absence)
  unless: no (written)? record of ..3 (the)? (strategy discussion | strategy meeting)   # a meeting with no record: recording (r20b)
  unless: because ..8 already ..2 (investigating | involved | under way | open | working)   # not held because the work was already joint (lexprec)
  # Held late is a procedures finding (timescales), not a discussion that never happened.
  unless: within ..3 (the)? (timescale | timescales | time limit | days | hours | working days)
pattern: (absence | lack) of ..3 (strategy | joint | multi-agency | information sharing | communication | liaison | coordination)
pattern: (silo* | in isolation | "worked separately" | in parallel | isolated from one another | without reference to ..2 others)
  unless: (incident* | each incident | assessed | dealt with) ..4 isolation
  unless: @ma_judged_alone
pattern: (liaison | communication | coordination | information sharing | sharing of information | joint working | working together | cooperation) ..8 (poor | broke down | break* down | weak | limited | +inadequate | lacking | +absent | ineffective | patchy | confused | inconsistent)
pattern: (confusion | misunderstanding | misunderstood | unclear | different views | different understanding | different thresholds) ..8 (about | between | of | over) ..6 (role* | responsib* | lead | threshold* | agencies | who)
pattern: (each | every | one) (agency | practitioner | professional) ..6 (assumed | believed | thought) ..8 (other | another | somebody else | someone else | lead)
# "Professionals misunderstood each other's roles", "confusion about who was the lead agency"
pattern: (misunderstood | misunderstanding | misread | confusion | confused | unclear) ..4 (each other's | one another's | the other's | other agencies') ..2 (role | roles | responsibilit* | remit | threshold*)
pattern: @agency ..3 (assumed | believed | thought) (that)? ..2 @agency ..3 (was | were) ..2 (visiting | monitoring | leading | responsible | dealing | following | taking the lead | seeing)
pattern: (none of it | none of this) ..4 (brought together | put together | joined up)
pattern: (no one | nobody) (agency)? ..4 had the whole picture
pattern: no single (agency | professional | service) ..4 (had | held | kept | took) ..3 (an | the | any)? (overview | whole picture | full picture | complete picture)
  unless: within health
pattern: (held | holding | had) ..4 (part of the picture | fraction | a piece | one piece | a fragment | one part)
  # "had become part of the picture" is a sign that stopped registering (neglect), not a fragment of what agencies knew.
  unless: (been | become | became | becoming) part of the picture
pattern: neither (agency | service | of them)? ..2 (knew | was aware | were aware | had been told | was told | was "informed")
pattern: (decided | decision ..4 taken) ..6 (alone | separately | unilaterally | without ..4 (consult* | involv* | speaking))
  # A worker left to decide alone is management oversight; this is an agency deciding without its partners.
  unless: (asked | left | expected | had) to decide
pattern: (without | no) ..3 (notification | any notification)
pattern: (did not | never) (reach | follow) ..6 (@agency | them | worker | social worker)
  unless: (logged | graded | rated | screened | grade of)   # a contact graded low that went no further: thresholds (r20b)
  # "never followed up by the school" is a concern not acted on, not a message that failed to arrive (concepts3)
  unless: (follow | followed) ..2 up
  unless: follow ..3 (its | their | the) ..2 (own)? (procedure* | policy | policies | protocol | guidance)
pattern: emailed to a generic inbox | generic inbox | not read for
# "knew about the new relationship but kept this to herself"
pattern: (kept | keep | keeping) ..3 to (himself | herself | themselves | itself)
  unless: (worried | worry | worries | unease | misgivings | doubts | marks | injury | injuries | bruis*) ..8 (kept | keep | keeping)   # a worry kept to oneself: lack_of_challenge, signs_of_abuse (r20b)
pattern: (left out | omitted) ..6 (concerns | information | abuse)
pattern: @health ..4 (was|were) (neither | not) invited
unless: (no | not any | without) (evidence | indication) ..4 (withheld | not shared)
# Not knowing a procedure is procedures; a manager not knowing a case is management oversight.
unless: (unaware | !aware | !know | !knew) ..8 (policy | procedure | procedures | protocol | guidance) | (unaware | !aware | !know) that ..2 (a | the) (protocol | policy)
unless: (manager | managers | supervisor | supervisors | senior managers | senior leaders) ..8 (unaware | !aware | !know | !knew)
unless: !(find | found) that ..4 (withheld | not shared)
pattern: only ..6 (of them | of those)? ..4 (were | was) (notified | shared | passed on | referred)
pattern: without ..2 (the | a | any)? joint (visit | plan | assessment | working)
pattern: !(speak | talk | communicate | spoke) ..3 (to | with)? (one another | each other)
pattern: not to (hold | convene) ..2 (a)? strategy (discussion | meeting)
pattern: known to ..4 but not to ..3 (the)? (other)? (agencies | services | professionals)
match: The probation service knew of Mr F's offending but never shared this with the social worker.
match: No strategy discussion was held despite the child's disclosure.
match: Each agency worked in isolation and no one had the whole picture.
match: The school was never told that the family had moved.
match: The nursery and the housing officer each misread the other's role in the plan.
match: Health and the police each kept a file on the family but never pooled what was in them.
nomatch: Nothing suggests that the nursery could have known what was happening at home.
match: The youth worker heard about the threats but kept the information to himself.
match: The police believed the health visitor was monitoring the baby, and the health visitor thought the police were leading.
nomatch: The records are too sparse for it to be possible to tell what was discussed.
nomatch: Team managers were unaware of the case because it was never discussed in supervision.
nomatch: Information was shared promptly between the police and the school.
nomatch: The strategy discussion was attended by the police, the school and the health visitor.
nomatch: The risk to the child was assessed incident by incident, each in isolation.
match: Communication between the agencies was poor throughout.
match: Each agency believed the other was arranging the medical.
nomatch: The health visitor was not told of the admission to the children's ward.

# ---- What one agency knew and another did not, told through what happened (added on branch conceptsB) ----
# "children's social care knew none of this", "the police, knowing nothing of it", "had no idea that anyone else was worried"
pattern: (@agency | agencies | conference | meeting | nobody | no one | no agency) ..8 (knew | know | knowing) (nothing | none) (of | about) | (@agency | conference | ward) ..6 had no idea
  unless: @health_service &12 @health_event | (could not | would not) have (known | had)
# one service held a fact that another, named after it, lacked: "the school had heard about the move but the police had not"
pattern: (knew | know | known) ..12 (and | but) ..3 (the)? @agency (did not | had not | was not)
  unless: @health_side ..12 (knew | known) ..12 @health_side (did not | had not | was not | were not)
# Pieces nobody put together: "nobody put the two together", "no agency joined the dots"
pattern: (@agency | agencies) & ((nobody | no one | no agency | no single agency | none of the agencies | none of them) ..4 (put | brought | pieced | joined | drew | pulled) ..4 together | !(join | joined | connect | connected) ..2 the dots)
  unless: @neglect_sign_more & (nobody | no one) ..4 (put | brought) ..4 together
# Two agencies that never met or spoke: "probation and the school did not speak", "the core group never met"
pattern: @agency (and | nor) ..3 @agency ..3 !(meet | met | speak | spoke | talk | talked)
  unless: (meet | met) ..4 (weekly | monthly | every | regularly | within)
# Weeks spent arguing over who was responsible: "two authorities spent five weeks deciding which of them was responsible"
pattern: (weeks | months | days) ..8 (deciding | arguing | disputing | correspondence | debating | discussing) ..6 (which of them | who should | whose (responsibility | case) | who was responsible)
# A decision taken before the other agencies who were asked had answered: "closed without hearing from the school"
pattern: (decision | decided | closed | went ahead) ..6 without (waiting for | hearing from | the views of | input from) ..4 (the rest | the others | other agencies | @agency)
# Information that arrived too late to be of use: "by the time the letter reached the school, he had moved"
pattern: by the time ..6 (letter | report | notification | referral | information | summary | it) ..3 (reached | arrived | got to)

# ---- Everyday ways of saying the agencies did not work together (added on branch conceptsB) ----
# "the referral fell between the two services", "the concerns slipped through the gaps", "the school was out of the loop"
pattern: (fell | falling | fall | slipped | lost) (between | through) (the)? ..2 (agencies | services | teams | two | stools | gaps | cracks | net)
  # Too old for one service and not eligible for the next is a gap in services, not agencies failing to work together.
  unless: eligible | eligibility | criteria | too (old | young)
pattern: (out of | left out of) the loop | +not in the loop
# Nobody held the lead: "no agency took the lead", "it was unclear who was responsible for the plan"
pattern: (no one | nobody | no agency | no single agency | no professional | neither agency | none of the agencies) ..3 (took | held | had | assumed | accepted) ..2 (the | overall)? (lead | ownership | responsibility | charge)
  unless: unborn | pre-birth | pregnancy   # nobody planning for the birth: pre_birth (r20b)
pattern: (unclear | uncertain | confusion | no agreement | disagreement) ..4 (about | over | as to)? who ..3 (was | should be)? ..2 (leading | responsible | the lead | in charge | lead agency | coordinating)
# Information that stayed where it was: "the notification sat in the police system", "the report stayed on the housing file"
pattern: (information | notification | report | referral | intelligence | letter | email | concerns) ..6 (sat | remained | stayed | lay | languished) ..4 (on | in | with) ..4 (system | systems | file | files | inbox | desk | database | records)
pattern: single-agency ..3 (response | strategy | decision | enquiry | enquiries | approach | investigation) | (police-only | police only) (investigation | response | enquiry)
  unless: (single-agency | police-only | police only) ..8 (in line with | appropriate | reasonable | proportionate | justified | correct | right)   # a single-agency route judged sound (r20b)
pattern: (without | no) ..3 (input | involvement | participation | contribution) (from | of | by) ..3 (the)? (@agency | other agencies | partner agencies)
  unless: (without | no) ..3 (input | involvement) (from | of | by) ..3 (the)? (family | mother | father | parents | @parent)
# An agency missing from the meeting; what each knew kept apart; no shared plan.
pattern: @agency ..4 (was | were) (not | never) (represented | present | part of | included in) ..4 (strategy | conference | core group | meeting | meetings | discussion)
  unless: (father | mother | parent | parents | family | @man | child | young person) ..4 (was | were) (not | never) (present | represented)
pattern: known (only)? (to | by) (one | individual | separate | single | different) (agency | agencies | professional | professionals | service | services)
pattern: @none ..2 (shared | joint | agreed | common | single | multi-agency) (plan | understanding | picture | view | assessment | chronology)
  unless: ("no" | not any | "little") (evidence | sign | indication | suggestion | reason) | (no | not) (need | requirement) (for | of)
# Different pictures of the same family; feedback that never came; work done twice.
pattern: (agencies | professionals | practitioners | services | each agency) ..3 (held | had | worked with | working from | worked from) ..2 (different | differing | conflicting | competing | incomplete | partial) (views | understandings | pictures | information | versions | accounts | plans | records)
pattern: (no | never | without) ..3 (receive | received | get | got | given)? ..2 (feedback | response | reply | acknowledgement | outcome) ..6 (from | to | about) ..4 (@agency | referral | their referral)
  unless: (no | not) ..2 (need | reason) | (family | mother | father | parents | @parent) ..3 (no | never) ..2 (response | reply) | (appointment | appointments) ..4 (no | without) ..2 (any)? response
pattern: (parallel | duplicate | duplicated | duplicating | separate) (assessments | plans | investigations | enquiries | processes) & (each | neither | without | unaware | "no" | "not" | never)

# ---- An agency that learned late, second-hand or not at all; each assuming another acted (concepts3) ----
# "the school learned of the arrest from the mother a month later", "the nursery heard about none of it"
pattern: (learned | learnt | heard | found out | discovered) (of | about | that) ..8 (from (the)? (mother | father | parent | parents | family | child | boy | girl | neighbour | press | newspaper | local news) | only (at | when | after) ..3 (the)? (conference | review | inquest | meeting | death)) | (learned | learnt | heard | found out | discovered) from (the)? (mother | father | parent | parents | family | child | boy | girl | neighbour | press | newspaper | local news) ..3 (that | about | of)
  unless: (promptly | immediately | same day | at once | within (hours | the hour))
pattern: (heard | knew | told) ..2 (about | of)? none of (them | it | this | these | those)
  unless: known to none   # a young person no service was still working with (adolescents), not news kept from one
pattern: (each | both | every) ..4 (assumed | thought | believed | took it) ..4 (that)? (the other | another (agency | service | professional) | someone else | somebody else | the (police | school | gp | social worker | health visitor)) ..4 (was | were | would | had) ..4 (taking | take | taken | dealing | deal | leading | lead | responsible | doing | done | acting | told | referred)
pattern: (rang | phoned | emailed | wrote | sent) ..10 (never heard back | heard nothing back | no reply came | no one replied | nobody replied | never replied | received no (reply | response | answer))
  unless: from (the)? (family | mother | father | parents | parent | carer | carers)   # the family not answering: disguised_compliance (r20b)
pattern: (nobody | no one | neither | not) ..3 let ..5 know
  unless: (nobody | no one) ..3 let ..4 (mother | father | parents | family) ..2 know | (did not | didn't) ..2 let ..3 (anyone)? ..2 know (that)? ..3 (she | he | they) (was | were) (coming | visiting)
match: The police arrested Mr T in May, and the school learned of it from the mother in July.
match: Neither the nursery nor the health visitor heard about any of the incidents; the GP heard about none of them.
match: The school and the youth service each assumed the other was dealing with the referral.
match: The nursery emailed the social worker twice about the bruise and never heard back.
match: When the family moved across the county line, nobody let the new GP know.
nomatch: The school learned of the arrest from the police the same day.
nomatch: The police let the school know before the start of the next day.
nomatch: The health visitor wrote that the father was doing his best and closed the case.
nomatch: Junior staff felt unable to question the consultant's opinion.
nomatch: The stepmother had no cautions and was not known to children's services.
nomatch: The boy did not want his teachers told about the counselling, and the nurse agreed.

# concepts4 (7 December): what one agency knew never reaching another, an agency left out of the
# meeting or decision, pieces held apart that nobody joined, two agencies holding different facts
group: @ma4_item = visit | visits | concerns | notification | notifications | letter | letters | assessment | report | reports | referral | information | call | calls | email | emails | message | messages | findings | minutes
# "the school heard nothing of the arrest", "the notifications never reached the social worker", "she learned of the plan only when the mother mentioned it"
pattern: (@agency | children's social care | social care) ..6 (heard nothing | knew nothing | received none | learned nothing) | (@agency | children's social care | social care) ..10 never saw (it | the letter | the assessment | the report | them | the notifications | the referral | the minutes) | @ma4_item ..8 (!reach | !reached | took ..4 to reach) | (learned | found out | heard) (of | about) ..4 from (the)? @agency ..4 later
  unless: (logged | graded | rated | screened | grade of) ..10 (!reach | !reached)   # a contact graded low that went no further: thresholds (r20b)
  unless: (no | not) (evidence | sign) of
pattern: !(learn | learned | learning | know | knew | told) ..4 (that)? ..3 (a | the)? (child protection plan | protection plan | conference | section 47 | enquiry) ..3 (was | had been)? ..2 (in place | escalated | open | held | under way) | (learned | found out | heard) ..10 only when ..3 (the)? (family | mother | father | parents | child | young person)
# Left out: "the decision was taken without asking the school", "nobody from health attended", "the GP was missing from the circulation list"
pattern: without (asking | inviting | consulting | involving | hearing from | a report from) ..2 (the)? @agency | (nobody | no one) from ..6 (took part | attended | was present | was invited | contributed | came) | (had | with) no one present | (missing | left off | omitted) from ..2 (the)? (circulation | distribution | invitation) list
  unless: (nobody | no one) from the (family | household)   # the family staying away is not an agency left out (lexprec)
pattern: (@agency | partner agencies) ..6 !(invited | asked | included | consulted) ..6 (strategy meeting | strategy discussion | conference | core group | professionals' meeting | professionals meeting | planning meeting)
  unless: (father | stepfather | partner | boyfriend | @man) ..15 (he | him) ..4 !(invited | asked | included)   # the father left out (hidden_men) (r20b)
  unless: @ma_parent_left_out
# Pieces held apart: "each service held one part and nobody put them together", "each unaware of the other's visit"
pattern: (separately | each agency | each service | different (files | agencies | services | systems) | one piece | own plan | own part) & (!(connect | connected | link | linked | mention | mentions) | (nobody | no one | none) ..6 (added | laid | put | pieced | joined | connected | mentions) | (ignorant | unaware) of the (other | others)) 
  unless: @ma_own_events ..6 separately
pattern: (assumed | believed | thought) ..4 (the)? (school | police | social care | children's social care | social worker | nursery | housing | probation) (was | were) ..3 (watching | monitoring | doing | dealing | taking the lead | checking | visiting | handling)
# Different facts held: "the two agencies had different addresses for the same man", "the court was told of no police concerns although the police held three"
pattern: (held | had | recorded) ..2 different (dates of birth | addresses | surnames | names | accounts | information) | (told | said | reported) ..8 (no | nothing) ..6 (when | while | although | though) ..3 (the)? @agency (held | had | knew | had recorded) | little evidence that ..4 @agency ..4 (communicated | shared | worked together | spoke | talked)
  unless: @ma_health_party ..3 (and | nor) ..4 @ma_health_party   # two health records apart (health_coordination) (lexprec)
# Sent where nobody looks: "the referral went to an inbox nobody checked", "the letter lay unopened"
pattern: (emails | email | inbox | messages | letters | voicemail | voicemails) ..3 (that | which)? (nobody | no one) (read | checked | opened | answered | monitored) | (lay | sat | remained) unopened
match: Children's services heard nothing of the father's arrest for weeks.
match: The housing officer's two visits never reached the allocated social worker.
match: The youth worker learned of the child protection plan only when the mother mentioned it.
match: The plan was ended without asking the school, which still had concerns.
match: Nobody from health attended the strategy discussion.
match: Each agency kept its own plan, and none of them mentions the others.
match: The court was told there were no police concerns, although the police had recorded six call-outs.
match: The referral was sent to a team inbox that nobody checked.
nomatch: The housing officer's two visits reached the allocated social worker the same day.
nomatch: The plan was ended after asking the school and the health visitor, who both agreed.
# lexsystem (7 December): health services failing one another are health_coordination's; sharing done is nothing
nomatch: The school nurse did not know that the boy had been admitted to hospital twice that winter.
nomatch: Health professionals were not aware of each other's involvement with the family.
nomatch: The health visitor believed the GP was weighing the baby, and the GP believed the health visitor was.
nomatch: The girl could neither speak nor tell anyone what was happening at home.
match: The midwife was unaware of the two police callouts to the address in May.
match: Nobody informed the practice nurse that the children had been placed on protection plans.
nomatch: The school nurse was unaware that the consultant had prescribed the girl an inhaler.
nomatch: It would be wrong to conclude that the agencies failed to talk to each other.
nomatch: The concerns about the children's hygiene never reached the threshold for an enquiry.

# lexsystem (7 December): news kept to one agency, pieces never laid side by side, an agency never asked in
# A worker who kept news to herself ("the nurse informed nobody"); a receiving area sent a summary only ("received a one-page summary and nothing more")
pattern: (@agency | she | he | they) ..10 (told | informed | alerted) (no one | nobody | no-one | no other agency)
  unless: (@child | @parent | mother | father | boy | girl) ..3 (told | informed) (no one | nobody) | (no one | nobody) (else)? ..2 (about | of) ..3 (her | his) (own)? (drinking | feelings | fears | worries)
pattern: (@agency | authority | area) ..3 received ..6 (and nothing else | and nothing more | but nothing else)
pattern: (records | file | files | information | history) ..6 !(transferred | sent | passed | shared) between ..3 (the)? (two)? ..2 (local authorities | authorities | agencies | areas | services)
# No one at a meeting had heard of an event; facts held apart and never compared side by side
pattern: (nobody | no one | no-one | none of those) (at | in) the (conference | meeting | strategy discussion | strategy meeting | core group) ..3 (knew | was aware | had heard)
# One agency's own incidents never compared is risk_assessment, not agencies apart (lexprec).
group: @ma_own_events = incident | incidents | call-out | call-outs | callout | callouts | attendance | attendances | injury | injuries | episode | episodes
pattern: (nobody | no one | never | not) ..6 (laid | put | placed | set | read) ..6 side by side
  unless: @ma_own_events ..15 side by side
# "she was never once asked to a professionals' meeting"
pattern: !(asked | invited) ..2 (to | into) ..2 (a | the | any)? (professionals' meeting | professionals meeting | professionals' meetings | strategy meeting | strategy discussion | core group meeting | core group)
  unless: (father | stepfather | partner | boyfriend | @man) ..15 (he | him) ..4 !(invited | asked | included)   # the father left out (hidden_men) (r20b)
  unless: @ma_parent_left_out
  unless: (father | mother | parent | parents | family | @man | @child) ..6 !(asked | invited)
match: The housing officer assumed social care had its reasons for closing the case and told no one.
match: After the family moved north, their new local authority received a short transfer note and nothing more.
match: Records were not transferred between the two local authorities.
match: No one in the core group was aware that the mother's partner had been arrested in March.
match: The school had the absences and the GP the bruise, but nobody laid those facts side by side.
match: The nursery worker was never asked to a professionals' meeting.
match: The youth worker and the CAMHS nurse were each seeing the boy, and neither knew that the other was involved.
nomatch: The boy told no one about the bullying until the spring.
nomatch: The father was never invited to the core group.
# A health service learning late of a health event is health_coordination: "the new practice learned of his admissions
# only when the family mentioned them".
unless: (@health_side | practice | surgery) ..3 (learned | learnt | heard | found out) (of | about) ..4 @ma_clinical
# A strategy discussion not held even when what calls for one was plainly present.
pattern: (although | though | yet | despite | even though) ..4 criteria for ..3 (a)? strategy (discussion | meeting) ..4 met
match: Even though every one of the criteria for holding a strategy meeting had been met, the team leader closed the referral.
match: The police had arrested him twice that spring; the health visitor, calling weekly, knew nothing about it.
match: Children's social care learned that the father had moved back in only after the baby's death.
nomatch: The new practice learned of the boy's admissions only when the family mentioned them.
nomatch: The mother did not tell anyone about the assault until months later.
nomatch: Two hospitals treated Kai that winter, and neither knew of the other's admissions.
nomatch: The ward and the GP practice each saw the baby that month, and neither knew of the other's appointments.
nomatch: The GP's letter about the bruise was scanned but never reached the child's records.
# lexprec (7 December): a referral never made, a concern kept inside one agency, one agency's incidents: not multi-agency working
nomatch: After the mother confided in her GP about the assault, no referral was ever made.
nomatch: The nursery fed the boy each morning because he arrived hungry, and did not tell anyone why.
nomatch: Children's social care told the nursery that the worries would not reach the level for an enquiry.
nomatch: The team manager decided that the burn did not warrant a strategy discussion.
nomatch: The named doctor covered three areas and could not attend strategy discussions.
nomatch: The school kept sending referrals to the front door, which kept closing them.
nomatch: The consultant wrote to the practice, and the practice did not follow it up with the health visitor.
nomatch: The police logged each of the four call-outs separately, and no one put them side by side.
match: The police did not tell the school about the assault on the mother.
match: The probation officer's concerns about Mr D were never passed to children's social care.
match: The school heard the girl's fear of a forced marriage and did not pass it on.
match: The paediatrician's request for a professionals' meeting had never been sent to children's social care.
nomatch: Health services did not coordinate their work with the boy and his mother.
nomatch: The GP record and the maternity record held different dates of birth for the baby.
nomatch: The four call-outs were graded one at a time, and no one put them side by side.
nomatch: Nobody from the family attended the final core group.
# lexprec (7 December): one agency's own staff, the family told or not telling
nomatch: The night staff on the ward did not tell the day staff about the father's behaviour.
nomatch: Within the police, the domestic abuse unit did not share the incident with the public protection team.
nomatch: The pastoral staff did not tell the class teacher that the boy was on a plan.
nomatch: The social worker did not tell the mother that a strategy discussion had been held.
nomatch: The midwife was not told by the mother that she had had a social worker before.
nomatch: The youth worker was unaware of the risks because the boy had not told anyone.
match: The police did not tell the school that the boy's father had been arrested.
match: The school was unaware of the injunction because the police had not told it.
nomatch: A strategy discussion was not held because the police were already investigating under the joint protocol.
nomatch: Neither the school nor the health visitor failed to pass on what they knew.
match: The police notification was emailed to an old address that the team no longer used.
nomatch: Ms D said that her letters were sent to an old address for most of that year.
match: The housing officer was not invited to the core group although he knew the family best.
nomatch: The health visitor did not invite the father to the core group.
match: Each of the agencies worked in isolation from the others.
nomatch: The agencies saw each incident of violence in isolation.
nomatch: The pre-proceedings letter to the parents was not sent for another five months.   # r20pa: a letter to the family
nomatch: The warning letter was not sent until the tenancy was already lost.
match: The police letter about the assault was not sent to the school.
nomatch: The police graded the third call-out in isolation from the two before it.   # r20pa: a thing judged alone
nomatch: Her account to the nurse was read in isolation, and the earlier bruise was not looked at again.
nomatch: The assault in May was graded in isolation by the police.
match: The school and the police worked in isolation throughout the summer.
match: The three agencies acted in isolation and the case notes were never compared.

# r17c (7 December): two health services that never spoke are health_coordination ("the school nurse and the GP never
# spoke about her weight").
unless: @ma_health_party (and | nor) ..4 @ma_health_party ..3 !(meet | met | speak | spoke | talk | talked | liaise | liaised | communicate | communicated | discuss | discussed | compare | compared)
nomatch: The school nurse and the GP never spoke about the girl's weight loss.
nomatch: The GP heard nothing from the adult mental health service after the mother's crisis assessment.
nomatch: The maternity unit did not inform the health visiting service of the birth.
nomatch: The duty social worker did not pass the information to the allocated worker for a week.
nomatch: The health visitor did not share her worries with her team leader.
match: The school and the GP never spoke about the girl's weight loss.
# An agency that learned late, by chance or second hand ("children's social care learned of both call-outs only in
# September"); no agreement on who would lead; a hedged "unclear whether the nursery was ever told"; papers sent
# to only some of the agencies.
pattern: (@hr2_other_agency | children's social care | @agency) ..4 (learned | learnt | found out | heard | discovered | became aware) ..2 (of | about) ..8 only ..2 (in | when | after | later | months | weeks | at | through | from | by | on)
  unless: @health_side ..4 (learned | learnt | found out | heard | discovered | became aware) ..2 (of | about) ..8 @health_side
pattern: (without | no | never) ..3 (agreeing | agreed | deciding | decided | establishing | established | clarifying | clarified | agreement | decision | clarity) ..3 (on | about | over | as to)? who (would | was to | should | will | was going to) ..2 (lead | take the lead | coordinate | co-ordinate | hold the case | do what)
pattern: (unclear | not clear | no evidence | no record | nothing to show) ..3 (that | whether | if)? ..3 (the)? @hr2_other_agency ..3 ever ..2 (told | "informed" | notified | aware | knew | received | sent | learned | heard | copied)
# "Information exchange between the school and the police was sparse": the "and" between the parties ends the clause.
# (@joint holds "communication between", "liaison between" ..., so the "between" after it is optional (r20b).)
pattern: @joint (between | across | with)? ..8 (was | were | had been | remained | became) ..2 (@weak | @lacking)
pattern: (minutes | notes | report | plan | letter | copies | copy | invitation | invitations | notification | notifications) ..8 (went | sent | circulated | copied | shared | distributed) ..2 (to)? only ..3 (one | two | three | four | some | part | half | a few) of
match: The police attended the flat twice in May; children's social care learned of both call-outs only in September.
match: The school found out about the arrest only from the boy's friends.
match: After the second injury the police and children's social care each spoke to the family, without agreeing who would lead.
match: There is no evidence that the nursery was ever told that the children were subject to a plan.
match: Minutes of the core group went to only two of the five agencies involved.
match: The exchange of information between the school and the police was sparse.
nomatch: The health visitor learned of the admission only from the hospital's discharge letter.
nomatch: Children's social care learned of the call-out the same morning and visited that day.
nomatch: The strategy discussion agreed who would lead before the family were seen.
nomatch: The minutes went to all five agencies within a week.

# r18a: an agency left off the list, or learning from the family days later what another agency knew.
pattern: @agency ..6 (left off | missing from | omitted from | not on | absent from) ..3 (the)? ..2 (list | circulation | distribution | mailing list)
pattern: @agency ..8 (heard | learned | learnt | found out | discovered) ..10 from (the | his | her | their)? (@parent | family | boy | girl | @child | friends | neighbours | newspaper | press) ..4 (days | weeks | months) (later | after)
match: The nursery was left off the distribution list for the child protection plan.
match: The arrest was not passed on; the social worker heard of it from the boy's mother two weeks later.
nomatch: The social worker heard from the mother the same day, and rang the school at once.
# lead (session 18): no agency held the whole of what was known.
match: Although six agencies knew the family, no single agency had an overview of what was happening.
nomatch: No single health service held the whole record for the baby.

# ---- r20b (8 December): the report register ----
# "The decision of no further action was reached": "no" negates the decision, not a message that failed to arrive.
unless: (no further action | nfa) ..3 (reached | agreed | taken)
# An allegations officer not told is the allegations procedure (procedures), not agencies failing one another.
unless: (lado | designated officer) ..4 !(told | "informed" | notified | consulted | contacted)
# An assumption that another agency would pass it on: "there was an assumption that the police would share the
# details with the school", "each believed the other had told the GP".
pattern: (assumption | assumed | assuming | belief | believed | expectation | expected | presumed | presumption) ..10 (@agency | another agency | other agencies | someone else | somebody else | the other) ..4 (would | had | was going to | were going to | was to) ..3 (share | shared | pass | passed | tell | told | "inform" | "informed" | notify | notified | let ..3 know | send | sent | alert | alerted | copy | copied)
  unless: (rightly | correctly | reasonably | entitled to) ..3 (assum* | expect* | believ*)
match: There was an assumption in children's social care that the police would share the details with the school, and so nobody checked.
match: The health visitor believed that the social worker had told the nursery about the plan; no one had.
match: Each service expected that another agency would notify the school.
nomatch: The school rightly assumed that the police would share the outcome, and they did so the same day.
nomatch: The police passed the details to the school on the morning after the arrest.
# Agencies that left one meeting with different ideas of what it had decided.
pattern: (agencies | professionals | practitioners | partners | attendees | participants | those present | each agency) ..8 (different | differing | conflicting | divergent | inconsistent | contradictory) (understandings | understanding | recollections | accounts | versions | ideas) ..3 (of | about | as to) ..2 (what | who | whether) ..4 (agreed | decided | was to | were to | would | had been | lead | responsible)
match: The agencies that attended left with differing understandings of what had been agreed.
match: Professionals gave the review conflicting accounts of who was to lead the follow-up visit.
nomatch: All the professionals present left with the same understanding of what had been agreed.
# Not sighted: "the police were not sighted on the school's concerns".
pattern: (@agency | agencies | partners) ..6 (!"sighted" | +"unsighted") (on | of)
  unless: @ma_health_party ..6 (!"sighted" | +"unsighted") (on | of) ..8 @ma_health_party   # two health services: health_coordination
match: The school was not sighted on the concerns that the police held about the household.
nomatch: The school was sighted on every concern the police held.
nomatch: The school nurse completed the health assessment without sight of the police file.
nomatch: Insufficient weight was given to the concerns when the decision of no further action was reached.
# The core group that did not work: "the core group did not function effectively", "core group meetings were poorly attended".
pattern: core group (meetings | meeting)? ..1 (was | were | had been | remained | became) ..2 (@weak | !@good | +ineffective | +dysfunctional | poorly attended)
  unless: within ..3 (days | working days | weeks) | timescale | timescales | (at | in | from | by) (the | a | each | every)? core group   # what was done at the meeting, not the group itself
pattern: core group ~ (!(function | functioned | functioning | operate | operated) | +ineffective | +dysfunctional)
  unless: within ..3 (days | working days | weeks) | timescale | timescales
match: The core group did not function as a forum for sharing information.
match: Core group meetings were poorly attended, and the police never sent a representative.
match: The review found the core group to be ineffective throughout the plan.
nomatch: The core group met monthly and worked well.
nomatch: The decisions reached at the core group were poorly recorded.
nomatch: The children's poor hygiene was raised at every core group meeting.
nomatch: The core group did not meet within ten working days of the conference.
# Working to different plans: "agencies were working to different plans and priorities".
pattern: (working | worked | work) to (different | differing | separate | their own | conflicting | competing) (plans | agendas | priorities | timescales | assessments)
match: The school and children's social care were working to different plans for the same child.
nomatch: All agencies worked to the same plan, agreed at conference.
# Nobody clear who led: "there was a lack of clarity about who was the lead professional".
pattern: (lack of clarity | no clarity | little clarity | unclear) ..4 who ..3 (was | were | should be | would be)? ..2 (lead | the lead | leading | responsible | in charge | coordinating | lead professional | lead agency)
match: There was a lack of clarity about who was the lead professional once the plan ended.
match: It remained unclear to the agencies who would be the lead professional.
nomatch: It was clear to every agency who was the lead professional.
# Known to one agency and not another: "known to the youth offending team but not to the school".
pattern: known to ..3 (the)? @agency ..3 but not to ..3 (the)? @agency
  unless: known to ..3 (the)? @ma_health_party ..3 but not to ..3 (the)? @ma_health_party   # two health services: health_coordination
match: The stepfather was known to the probation service but not to the nursery.
match: Mr D was known to the police but not to children's social care.
nomatch: The family was known to the GP but not to the health visitor.
nomatch: The health visitor wrote twice to offer a visit and heard nothing back from the mother.
nomatch: The paramedics thought the bruise odd but kept their misgivings to themselves.
nomatch: The school's call was logged, rated as low and never reached a social worker.
