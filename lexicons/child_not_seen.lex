id: child_not_seen
label: Child not seen or heard
description: The child was not seen, not seen alone, not spoken to, or the child's views, wishes, feelings or daily lived experience were not sought or not taken into account.
# The child was not seen (alone), spoken to or asked.
# ---- Concepts: what this theme evaluates ----
group: @child_views = "voice" | "views" | wishes | "feelings" | perspective | point of view | lived experience | daily life | direct work | what life ..2 like | what ..2 (wanted | felt | thought)
# r17c: the child named as writers name him, not only "child": a pupil, a youngster, "the nine-year-old".
group: @cns_child = @child | pupil | pupils | youngster | youngsters | newborn | adolescent | adolescents | two-year-old | three-year-old | four-year-old | five-year-old | six-year-old | seven-year-old | eight-year-old | nine-year-old | ten-year-old | eleven-year-old | twelve-year-old | thirteen-year-old | fourteen-year-old | fifteen-year-old | sixteen-year-old | seventeen-year-old
group: @seen = "seen" | "spoken to" | "talked to" | "seen alone" | "spoken with"
# What was (not) seen on a child is an observation, not a child unseen: "no bruises were seen on the children at any visit".
unless: (bruis* | mark | marks | injury | injuries | sign | signs | rash | lice) ..4 seen (on | at)

# A child not seen by a specialist service is access to that service (service_gaps, thresholds); "no one spoke to
# the school about the children" is an agency not contacted (lexchild).
unless: seen by (the | a | any)? (dentist | optician | camhs | audiologist | orthodontist | speech and language therapist)
# r18a: a child not seen by a doctor is a medical question (signs_of_abuse, health), and an adult not seen alone or
# spoken to about his or her own life (drinking, convictions, childhood) is a parent unseen, not the child.
unless: (seen | examined) by (the | a | an | any)? (paediatrician | doctor | consultant | specialist | clinician | surgeon | medic | radiologist)
unless: (the | a | her | his | their) (mother | father | stepfather | stepmother | partner | grandmother | grandfather | carer | aunt | uncle | mum | dad | boyfriend | girlfriend) (was | had been | has been) ..2 !(seen | spoken | interviewed)
# r18a: a relative or a teacher named through the child ("the baby's father", "the children's teachers"), and the
# home unseen ("nobody saw the bedroom where the children slept": neglect), are not the child unseen.
group: @cns_through_child = father | mother | dad | mum | stepfather | stepmother | parents | partner | grandmother | grandfather | grandparents | uncle | aunt | teacher | teachers | school | nursery | gp | carer | carers | family
unless: !(see | saw | seen | speak | spoke | spoken | talk | talked | meet | met | visit | visited) ..3 @child ('s | "s") @cns_through_child
unless: @child ('s | "s") @cns_through_child ..3 (was | were | had been) ..2 !(seen | spoken | talked | met | visited)
unless: (no one | nobody | never | not) ..2 (saw | seen | see | visited) ..2 (the | their | his | her)? (bedroom | bedrooms | room | rooms | house | flat | home | kitchen | inside | upstairs | conditions | garden)
unless: (home | living) conditions (was | were | had been) ..2 !seen
nomatch: The social worker did not see the baby's father at any visit.
nomatch: The children's father was not seen or spoken to during the assessment.
nomatch: The worker did not speak to the children's teachers.
nomatch: Nobody saw the bedroom where the children slept.
nomatch: The home conditions were not seen because the visits took place at the children's centre.
match: The social worker did not see the baby at any visit.
match: Nobody saw the children in their bedroom or asked them where they slept.
group: @cns_adult_matter = drinking | alcohol | drug | drugs | conviction | convictions | offending | violence | mental health | relationship | relationships | childhood | partner | debts | tenancy | medication | temper | job | work | benefits
unless: !(see | saw | speak | spoke | spoken | talk | talked | ask | asked) ..2 (him | her | them) about (his | her | their) (own)? ..2 @cns_adult_matter
nomatch: The baby was not seen by a paediatrician until the third injury.
nomatch: The mother was not seen alone at any of the visits.
nomatch: The worker did not speak to him about his convictions.
nomatch: Nobody asked her about her own drinking.
match: The girl was not seen alone by her social worker at any visit.
match: No one spoke to her about her self-harm or her wish to leave home.
unless: (spoke | spoken | talked | talking | speaking) (to | with) (the | a | any) ..2 (school | gp | police | nursery | health visitor | social worker | hospital | midwife | agency | agencies | team | service) ..2 about

# "The review found no occasion on which her views were not sought" denies the failure it names (lexprec).
unless: (found | was | were | there is | there was) no (occasion | occasions | visit | visits | meeting | meetings | point | stage) (on | at | in | during) which
# A document nobody looked at is not a child unseen: "the notes never reached the worker, so she did not see them" (lexprec).
unless: (notes | note | letter | letters | report | reports | records | minutes | email | emails | file | files | referral | referrals | entries | photographs | photos | messages | form | forms | chronology) ..15 !(see | saw | seen | read) (it | them)
# The child as the one who did not see a parent (contact), not a child unseen (lexprec).
unless: !(see | saw) (her | his | their) (father | mother | dad | mum | parent | parents | family | sibling | siblings | brother | sister | grandmother | grandparents)
# "Mr C came with the children, and nobody spoke with him": the man unseen is hidden_men (lexprec)
unless: (mr | @man | grandfather) & !(see | saw | seen | speak | spoke | spoken | talk | talked | interview*) ..2 (to | with)? him
# Rooms unseen are home conditions ("the children's bedrooms upstairs went unseen"); supervision that never asked
# about the child is management_oversight (lexprec).
unless: @child ('s | "s")? ..2 (bedroom | bedrooms | room | rooms | cot | cots | beds) ..4 (went | were | was | remained) ..2 (+unseen | !seen)
unless: (supervision | supervisor | supervisors | supervisory) ..8 !(ask | asked | consider | considered | explore | explored | discuss | discussed)
# ---- Concept patterns ----
pattern: @child_views ~ (+(@weak | @lacking | @misjudged) | !@considered | +@underdone | !(sought | heard | obtained | captured | recorded | asked))
  unless: @other_sense
  unless: (stepfather | father | partner | boyfriend | "man" | dad | mr) ..12 his @child_views
  unless: @parent ..2 ('s | "s")? @child_views | cannot be said | no occasion | (agency | agencies | professional | professionals | practitioners | worker | manager*) ..2 "views"
  # r20pa: the views of a professional or an agency, named after "of", are not the child's.
  unless: "views" of (the | a | an | other | her | his | their)? ..3 (worker | professional | professionals | practitioner | practitioners | agency | agencies | police | school | gp | manager | consultant | paediatrician | health visitor | chair | panel | conference | nurse | teacher | midwife | doctor | officer | partners)
nomatch: In the core group the views of the allocated social worker were never questioned.   # r20pa: a professional's views
nomatch: The views of the paediatrician were given little weight at the conference.
match: The views of the two children were not sought before the plan was ended.
pattern: (was | were | had been | went | remained) ..2 (!@seen | +unseen | !seen alone)
  # rooms, comments and relatives unseen are not the child (lexchild)
  unless: (bedroom | bedrooms | room | rooms | upstairs | house | comments | weights | results | sister | brother | aunt | neighbour | grandmother | friend | witness) ..10 (was | were | had been | went | remained) ..2 (!@seen | +unseen)
  unless: (letter | report | email | referral | notification | record | records | note | minutes | file | plan | request | it | this | that | message | form | he | she | mother | father | partner | @parent) ..3 (was | were | had been) | !seen ..2 (as | by ..3 (court | judge)) | (picture | pattern | significance | link | connection | risk | injury | bruise | mark | marks) ..3 (was | were | had been)
pattern: (no one | nobody | no professional | no practitioner | none of ..3 (professionals | practitioners)) ..2 ((speaking | spoke | spoken | talking | talked) (to | with) | saw | seeing | asked | asking) ..2 (@cns_child | alone)
  # "had nobody to ask about her children": no one to turn to (a gap), not the child unheard (lexchild)
  unless: (nobody | no one) to ask
  # "no one asked what the baby's safety would look like": asking about the child, not asking the child (lexprec)
  unless: (asked | asking) (what | how | whether | why | if | where | when)
pattern: (+lost sight | lose sight) of
pattern: !(ask | asked) ..2 @cns_child ..2 (what | how | about | whether | for (his | her | their) (views | wishes))
pattern: !(see | saw | speak to | spoke to | talk to | talked to) *
  # "her uncle, who stayed at the flat most nights, was never seen" (lexprec)
  unless: (@man | mother | mum) ..1 (who | whom) ..8 (was | were | had been) ..2 !(seen | spoken | talked)
  # "there were none to see": nothing there to be seen, not a child unseen (concepts3)
  unless: (none | nothing) to see
  unless: each other | one another
  unless: (@man | mother | mum) ..3 (was | were | had been) ..2 !(seen | spoken | talked)   # an adult not seen is another theme
  # another adult unseen, a man she was dating, a service that declined to see, records nobody saw (lexchild)
  unless: (sister | brother | aunt | neighbour | neighbours | grandmother | grandparents | friend | witness | referrer | caller | relative) ..12 !(seen | spoken | talked)
  unless: (begun | began | started | been | was | were) seeing | (declined | refused | unable) to see | !(see | saw) (those | these | his | its) ..2 (weights | results | entries | comments | letter | letters | notes | records | report | reports)
  unless: !(see | saw | speak to | spoke to | talk to | talked to) ..3 (report | letter | record | records | notes | file | referral | email | need | reason | risk | significance | pattern | link | point | value | evidence | it | this | that | any | the | a | an | what | how | why | whether | anything | much | more | no | @parent | @man | @professional | @agency)

# ---- Phrase patterns: particular ways of saying it ----
pattern: @child ..5 (!see | !seen | !spoken | !speak | !"visited" | !talked | !"interviewed" | !observed)
  unless: one another | each other   # two agencies never speaking to each other about the boy (lexprec)
  unless: children's (social care | services | centre) | (medical | examination | assessment) ..6 !(met | seen)
  # an adult in a relative clause about the children, a plan, a service the child was not seen by, the child declining (lexchild)
  unless: (@parent | @man | grandmother | grandfather | aunt | uncle | sister | brother | neighbour | teacher | childminder) ..1 (who | whom) ..10 (was | were | had been) (not | never) ..2 (seen | spoken | talked)
  unless: child protection (plan | conference | minutes | report | medical)
  unless: (did not | didn't | not) (want | wish) to (speak | talk | see | be seen) | (refused | declined) to (speak | talk)
  # the child as the one who saw nothing ("Child P did not see a dentist"), or the children's social worker (lexchild)
  unless: children's social worker | !(see | saw) (a | an | the | those | any) ..2 (dentist | optician | gp | doctor | nurse | consultant | weights | results | letter | report | reports | assessment)
  # "not seen as a child in need" is how the child was regarded (adolescents), not whether anyone saw her.
  unless: !(see | seen) ..2 (as | in ..2 light)
  unless: (not | never) (seen | spoken to) by ..3 (staff | anyone | them) as | for this review | at (his | her | their) own request | child (protection | in need) ..4 (nor | or)? ..2 !asked
pattern: !(see | saw | seen | speak | spoke | spoken | talk | talked | spend* time | spent time | interview*) ..2 (@cns_child | him | her | them | the baby | the children | directly | alone | on (his | her | their) own)
  # talking about a child is not talking to one: "the school nurse and the GP never spoke about the girl's weight" (r17c)
  unless: (spoke | speak | spoken | talk | talked | talking | speaking) (about | of | regarding)
  unless: (declined | refused) to (see | speak to | talk to)   # a service that would not see the child: a gap or a threshold (r17c)
  # a service that would not see a child until a referral came is a gap or a threshold (concepts3)
  unless: !(see | seen) ..4 until ..4 (referred | referral)
  # "did not see that the children's needs were unmet", "saw the boy's dealing as a sign": seeing as judging, not meeting (lexchild)
  unless: (see | saw | seen) that | (see | saw | seen) ..6 as (a | an | the)? (sign | signs | evidence | risk | victim | child | problem | choice)
  unless: !(see | seen) ..3 (as | in ..2 light) | !(meet* | met) ..3 threshold | @man ..6 !(see | speak | meet | met | ask)
  # "what was being asked of her" is a request; "no one asked what it meant for the child" is about impact (parental_risk_factors).
  unless: !asked of | ask* ..2 what ..6 (meant | mean | means) for | ask* (how | why | whether) ..10 (happen* | come to | injur* | fractur* | caused | sustained)
pattern: @child ..6 (+unseen | +lost from view | disappeared from view | out of sight | invisible | glimpsed | +lost sight | became invisible)
  unless: (@man | men | man | adult | adults) ..8 (unseen | invisible)
pattern: (+lost sight of | +lost from view) ..3 @child
pattern: without ..4 (seeing | speaking to | asking | talking to) ..3 (@child | him | her | them)
  # "without asking why the baby was not thriving" asks about a cause, not the child (lexchild)
  unless: asking (why | how | whether | what) ..3 (@child | he | she)
# a child that no worker ever set eyes on
pattern: !(lay | laid | set | clapped) eyes on
pattern: without ..2 (the)? @child ..2 (being | having been) seen
pattern: (only | once) ..6 (in the presence of | with ..3 present | seen together | for a few minutes) 
  unless: !(only)
pattern: (only | never | not) ..6 (without (his | her | their) (mother | father | parent | parents | carer) present)
pattern: (seen | spoke* | spoken) ..3 alone ..4 only once
# The reasons a child went unseen: "asleep upstairs at each visit and was not seen"
pattern: (asleep | sleeping | in bed | upstairs | out playing | at nursery | at school | at a friend's) ..8 (was | were | had been) ..2 !(seen | spoken to)
# The child's voice, views, wishes and lived experience.
pattern: ("voice" | "views" | "view" | wishes | "feelings" | perspective | "experience" | "experiences" | daily life | daily lives | lived experience | what it was like | what life ..2 like | who ..2 was as a person) ..10 (!sought | !obtained | !heard | !recorded | !explored | !considered | !asked | !known | !understood | !captured | !represented | !taken into account | !acted | !given ..3 weight | +absent | +missing | +lost | +overlooked | +ignored | +unheard | +unexplored | +unrecorded | (only | solely | mainly | largely) (by | through) | through (the)? (@parent | parents' | adults))
  unless: @other_sense
  unless: (voice | views) ..3 (run* | were) ..4 (through | central | clear)
  unless: (@parent | @man | grandmother | professional | professionals | agency | agencies | school | police | court | worker | practitioner | practitioners) ('s | "s")? ..1 (voice | views | view | wishes | feelings | perspective)
  unless: (@professional | chair | conference | panel | consultant | team | doctor) ('s | "s") ..1 (voice | views | view | wishes | feelings | perspective)   # a professional's view (lack_of_challenge) (lexprec)
  # "the stepfather was not engaged and his views were not sought": the man's views (hidden_men) (lexchild)
  unless: (stepfather | father | partner | boyfriend | "man" | dad | mr) ..12 his (voice | views | view | wishes | feelings | perspective)
  # a wish to be interviewed by a woman is about identity (diversity) (lexprec)
  unless: wish ..2 (speak | talk | be seen | be interviewed) ..3 (woman | man | female | male | women | men)
pattern: (absence | lack) of ..3 (voice | views | wishes | perspective | direct work)
pattern: !(sought | obtain* | seek* | hear* | listen* | explor* | captur* | ascertain* | elicit*) ..6 (@child)? ..3 (voice | views | wishes | feelings | perspective | experience | what ..4 like)
pattern: (no | little | never) ..3 (direct work | opportunity ..6 voice | understanding of ..4 (daily | life | lives | experience))
pattern: (says | said | "recorded" | "recorded" little | almost nothing | little) ..4 about the (child | children | baby)
  unless: !(says | said)
  # worries recorded about the baby, nothing said about the baby's father: another theme (lexchild)
  unless: (worries | worry | concerns | concern | weights | weight) about the | about the (child | children | baby) ('s | "s") ..2 (@man | father | mother | parents | partner)
pattern: !("met" | "meet") ..2 @child
  unless: (threshold | criteria | needs)
pattern: (they | he | she) (was | were | had been) ..2 !(seen | "spoken" | talked to)
  unless: !(seen | spoken to) ..2 as
pattern: no (sense | picture | understanding) ..8 (who | what ..4 like | of the child | daily)
# What life was like for the child, or what something meant for the child day to day: lived experience.
pattern: !(consider* | explor* | understand* | ask* | describ* | record* | captur*) ..3 what ..6 (like for ..2 @child | (meant | mean) for ..4 @child ..3 (day to day | daily | every day | each day))
pattern: (noted | recorded | heard) but ..3 !(acted | followed | explored)
  # conditions or concerns in the records, not the child's words (lexchild)
  unless: (home | environment | conditions | concerns | concern | neglect | neglectful | injury | injuries | bruising | phrases) ..12 (noted | recorded | records | described)
pattern: (requests | what ..2 said | behaviour ..4 communication) ..10 (!given ..3 weight | !acted | !hear | !explored)
pattern: (no one | nobody) ..3 (spoke | spoken | talk* | saw | see | spent time) ..3 (to | with)? ..2 (@child | alone)
  unless: ask* ..2 what ..6 (meant | mean | means) for | ask* (how | why | whether) ..10 (happen* | come to | injur* | fractur* | caused | sustained)
pattern: (focus | attention) ..8 (mother | parent | parents | adult | adults) ..6 (+lost | rather than | at the expense | instead | not on)
pattern: @child ..6 (not asked | never asked | not spoken with)
  unless: asked to (see | look at | view)   # a worker who never asked to see the cot (lexprec)
  # "the toddler's burns ... did not ask how it happened" asks about an injury (signs_of_abuse), not the child's view (lexchild)
  unless: ask* (how | why | whether | where) ..10 (happen* | come | came | caused | injur* | burn* | bruis* | water | fell | fall)
pattern: should have (insisted | asked | seen | spoken | talked) ..4 (seeing | see | to)? ..3 (@child | alone)
pattern: (little | no | scant) (attention | thought | consideration | weight) ..4 (to | of | on) ..4 (@views | what ..4 like | daily life | the child's | @child)
  # r20pa: attention to the reasons for a child's behaviour is not attention to the child's voice.
  unless: (to | of | on) (the)? ..1 (reasons | reason | causes | cause | drivers | triggers | function) (behind | for | of)
nomatch: Scant attention was given to the causes of Child P's running away, and each episode was closed.   # r20pa
match: Little attention was paid to the children's wishes when contact was increased.
pattern: what ..3 (@child | she | he | they) ..2 (wanted | felt | thought | wished | needed | experienced) ..8 !(explored | sought | asked | considered | known | understood)
match: No professional spoke to the boy on his own during the assessment.
match: On each visit the twins were said to be sleeping, and so they were not seen.
match: Nobody from any agency set eyes on the toddler between March and June.
match: No record describes what an ordinary evening was like for the twins.
match: The baby was not seen at any of the last three home visits.
match: The wishes and feelings of the teenager were never sought.
match: Little attention was paid to what daily life was like for the children.
match: Although the girl was at home during the visit, she was never spoken to on her own.
nomatch: The social worker saw the children alone on every visit.
nomatch: The teenager was not seen as a victim of exploitation by the police.
nomatch: The adults in the toddler's life were invisible to the health visitor.
nomatch: Nobody asked what the father's drinking meant for the children.
nomatch: Practitioners should ensure that children are seen alone.
nomatch: Child T's views run through every page of the assessment.
nomatch: The girl's wishes were gathered through play sessions and shaped the plan.
match: The review found that the children's wishes were absent from every plan.
match: Practitioners lost sight of the toddler for most of the year.

# ---- The child elsewhere at the visit, spoken to in front of a parent, spoken for, or never asked (conceptsA) ----
group: @elsewhere = in (another | the other | a different | the next | the front | the back) room | somewhere (inside | upstairs | in the house) | out of the room | behind a ..2 door | in bed | asleep | out playing | at a friend's | at (his | her | their) (mum's | nan's | gran's | grandmother's | aunt's | father's | dad's)
group: @carer_present = (mother | father | parent | parents | mum | dad | stepfather | stepmother | carer | carers | partner | grandmother | "man" | adult | adults)
# "the baby was in another room throughout the visit", "the children were in bed each time officers called"
pattern: @child ..8 @elsewhere & (visit | visits | visited | visiting | called | calls | throughout | every time | each time | officers attended | left)
  unless: (seen | spoke | spoken | talked | woken | went up) ..6 (him | her | them | @child | alone) | (was | were) ..2 (later | then | also) seen | !(seen | spoken to) ..3 (as | by ..2 (court | judge))
  # children in the next room during a fight are exposure (parental_risk_factors); a baby weighed asleep was seen (lexprec)
  unless: (fight | fights | argument | arguments | incident | incidents | assault | row | rows | shouting | violence | call-out | call-outs) | (weighed | weigh | examined | measured | held | fed | changed) ..4 (the)? @child
# a child questioned with a carer listening: "spoke to him in the presence of his aunt", "with her father present"
pattern: (asked | spoke | spoken | talked | conversation | conversations | interview | interviewed | questioned | discussion) ..12 (in front of | in the presence of | with ..3 @carer_present ..2 (present | in the room | at the table | sitting | listening | beside))
  unless: alone | on (his | her | their) own | separately | (also | and then | later) ..4 (alone | on (his | her | their) own) | @carer_present ..3 (was | were) (asked | interviewed | spoken to)
# "his mother answered for him", "with her mother signing for her"
pattern: @carer_present ..6 (answered | answering | spoke | speaking | interpreted | interpreting | signed | signing | translated | translating | replied | replying) ..2 (for | on behalf of) (him | her | them | @child)
  unless: on (his | her | their) own | alone | separately
# "no professional had ever asked her", "nobody sat down with him"
pattern: (no one | nobody | no professional | no practitioner | no agency | no member of staff | none of them | no worker) ..4 (asked | spoke to | spoken to | talked to | sat down with | sat with | spent time with | asked ..2 about) (him | her | them) & @child
  unless: (asked | spoke to | talked to) (him | her | them) ..2 (mother | father | parent | parents | mum | dad | partner | manager | colleague | supervisor) | @carer_present ..12 (no one | nobody | no professional | no practitioner | no agency | no member of staff | none of them | no worker) | (himself | herself) ..1 (as | about)? ..1 (a | an)? (father | mother | parent | partner | adult)
pattern: !(sat | sit | sitting) (down)? with ..2 (@child | him)
# "she was never invited to contribute", "the boy was not addressed at all"
pattern: @child ..8 !("addressed" | consulted | invited to (contribute | speak | say) | included in ..3 (conversation | discussion | meeting))
  unless: 's ..1 (autism | disability | disabilities | needs | culture | religion | health | condition | language | identity | deafness)
  unless: children's (social care | services | centre) | social care   # an agency not consulted (multi_agency) (lexprec)
  unless: @carer_present ..3 !(addressed | consulted | invited)
# no record of what daily life held for the child: "never describes what evenings were like for him"
pattern: (nothing | no one | nobody | none | never | not | no) ..8 what ..4 (day | days | life | evening | evenings | weekend | night | nights | home | school day | morning) (was | were) like
# "her drawings and what she said never found their way into the plan", "discussed with no one"
pattern: (drawing | drawings | picture | pictures | what (she | he | they) (said | told | wrote | drew) | (her | his | their) words) ..10 (!(found | made) ..3 way | discussed with no one | shown to no one | !(acted on | followed up))
# Visits that never got past the door: "she spoke to the father at the front door"
pattern: (doorstep | on the step | through the letterbox | through the window | at the front door | at the door) & (visit | visits | visited | call | called | spoke | spoken | speaking)
  unless: (invited | went | came | let) ..3 (in | inside) | (@child | children) ..4 (were | was) ..2 seen | (would not | refused | refusing | did not) ..2 (allow | let | admit)
# "the baby was never undressed or lifted out of the car seat in front of a professional"
pattern: never ..3 (undressed | unwrapped | lifted out | taken out of)
match: The baby was in another room throughout the visit.
match: The children were in bed each time officers attended the address.
match: The nurse questioned the girl about her bruises with her stepmother present throughout.
match: The girl was asked about home with her stepfather sitting at the table.
match: At the meeting his father answered for him.
match: No professional had ever asked her what home was like, although Child F was eleven.
match: Across three terms not one teacher sat down with the boy to hear how things were at his dad's.
match: The young person was never invited to contribute to the conference.
match: The record never describes what evenings were like for the twins at home.
match: Her drawings at nursery never found their way into the plan.
match: Both home visits in June were conducted at the front door.
match: The baby was never once undressed during a home visit.
nomatch: The baby was in another room at first and was then seen and held by the health visitor.
nomatch: The girl was spoken to alone and then again in front of her mother.
nomatch: The social worker was invited in and the children were seen in their bedroom.
nomatch: The manager did not sit down with her to plan the visits.
nomatch: The girl's stepfather was at every visit and nobody asked him about his past.
nomatch: The nurse's notes describe what weekends were like for the girl, from breakfast to bedtime.
# "her behaviour was not explored with her"
pattern: !(explored | discussed | talked about | raised | checked | explained) with (her | him | them | @child) (directly | herself | himself | themselves)?
  # a parent's beliefs not discussed with her are not the child's views (concepts3)
  unless: (mother | mother's | father | father's | parent | parents | parents' | carer | carer's | family | family's) ..12 with (her | him | them)
  unless: with (her | him | them) ..4 (mother | father | parent | parents | mum | dad | partner | manager | supervisor | colleague)
  # r20pa: "raised with children's social care" names an agency, not the child.
  unless: with (the)? children ('s | "s") (social | services | service)
nomatch: The nurse's disagreement was never raised with children's social care.   # r20pa: an agency
match: His running away from school was never discussed with him directly.
match: The girl's self-harm was never discussed with her.
nomatch: The bruise was discussed with her mother and with the school.
# "professionals did not observe the baby with his mother"
pattern: !(observe | observed | observing | watch | watched) ..5 (@child | interaction | interactions | how (the)? ..2 (baby | child) | with (his | her | their) (mother | father | parents | carer))
  unless: !(observe | observed) ..3 (procedure | policy | guidance | rules | threshold) | !(observe | observed | watch | watched) ..3 (injur* | mark | marks | bruis* | sign | signs | concern* | anything | evidence)
match: No one observed the baby with his mother during the six months.
nomatch: The health visitor observed the baby feeding and noted a warm interaction.
nomatch: The officer did not observe any injuries on the child.
nomatch: The school voiced concerns that were not acted on.
nomatch: The grandmother's views were not sought.

# ---- The child spoken to with a parent there, or only a parent's voice heard (concepts3) ----
# "the girl was interviewed with her father in the room", "the only contact was by telephone"
pattern: (@child | him | her | them) ..6 (interviewed | seen | spoken to | talked to | asked | questioned) ..3 with ..2 (her | his | their | the | a)? @carer_present ..3 (in the room | present | there | listening | sitting in | beside (her | him | them))
  unless: (at (her | his | their) request | (she | he | they) asked for)
pattern: (only | sole) ..2 contact ~ (by (phone | telephone | text | email | letter) | (phone | telephone) calls)
  unless: (the mother's | the father's | his own | her own) (gp | solicitor)
match: The boy was questioned about the injury with his stepfather in the room.
match: Over the summer the only contact with the household was by telephone.
nomatch: The girl was seen alone first and then with her mother present, at her own request.
nomatch: The little boy's views were recorded carefully at every visit.
nomatch: The girl's views were sought, and she said she missed her mother.
nomatch: It would be wrong to say the nurse missed the marks; there were none to see.
nomatch: The mother's beliefs about blood transfusion were never discussed with her.
nomatch: The clinic would not see the girl until she had been referred by her GP.
nomatch: No marks were seen on the boy at either visit.

# concepts4 (7 December): the child known only through adults, away at every visit, present but never asked
group: @young = @child | children | twins | kids | baby | babies | one-year-old | two-year-old | three-year-old | four-year-old | five-year-old | six-year-old | seven-year-old | eight-year-old | nine-year-old | ten-year-old | eleven-year-old | twelve-year-old | thirteen-year-old | fourteen-year-old | fifteen-year-old | sixteen-year-old
# Known through the adults: "the review was completed on the mother's report alone", "the father translated for her".
pattern: +@young &20 ((relied | relying) ..3 on ..4 (@parent | mother's | father's | adult | adults) | (on the basis of | entirely from | only through | solely from | information from) ..4 (adult | adults | her | his | their | @parent | mother's | father's | teacher) | over the (telephone | phone))
  # an adult's word taken that something was so, or a school's worry passed on through a parent: face_value, multi_agency (r20b)
  unless: (relied | relying) ..3 on ..4 (word | assurance | assurances | say-so) that | before (relying | accepting) | (reached | got to | passed to | went to) ..4 (only | solely | entirely) through
  unless: sleeping arrangements | home conditions | (his | her | their) (solicitor | lawyer)   # the home or the adult's own dealings known second-hand (face_value) (lexprec)
  unless: (as well as | and also | alongside | together with) ..4 (@young | seeing | spoke | spoken)
  # the father known only through the mother is hidden_men, though the children are named (lexchild)
  unless: (@man | father's | partner's | stepfather's) ..8 (described | known | recorded) ..3 (only | solely | entirely) (through | from)
# Away whenever a worker came: "the children were said to be at their aunt's", "the baby was asleep upstairs each time".
pattern: +@young ..8 (out with | at (their | his | her) (grandmother's | aunt's | friend's | nan's) | with (a | his | her | their) (neighbour | aunt | grandmother | friend | friends) | napping | upstairs | off sick | not at home | not home | in their (bedroom | room) | on the doorstep) & (visit | visits | review | appointment | assessment | worker | left | recorded)
  # a young person who chose to live with a relative was placed, not away at a visit (lexchild)
  unless: (chose | choose | decided | wanted | moved) to (live | stay)
  # where the child was is someone's account (face_value, disguised_compliance): "the mother would say they were at their gran's" (lexprec)
  unless: (said | say | says | told | claimed | insisted | statement | account | explanation | claim) ..10 (was | were) ..2 (at | with | staying | out)
  unless: (seen | spoke | spoken | saw | met) ..4 (later | alone | the next day | at school | separately) | +(seen | spoken to | met) ..2 (in | on | at)
# Present and never asked: "the eight-year-old was not asked", "she sat through the meeting and was given no part in it".
pattern: +@young ..3 ("was" | "were" | "been") ..2 (!asked | !(given | had) ..2 (part | say | chance | voice) | given no (part | say | chance | voice) | !involved | !interviewed)
  unless: (parent | parents | mother | father | carer | carers) ..3 (were | was) ..2 !asked | child (protection | in need) | for (this | the) review | at (his | her | their) own request
pattern: (no | nobody | no one | no professional | no worker) ..4 (conversation | conversations | talked | spoke) ..3 (with | to) ..3 @young
# What life was like for the child, never asked: "no one explored what it was like to be her at home".
pattern: what ..5 like (for | to be) ..4 @young & (!(feature | features | featured | asked | ask | explored | considered | appear | appears) | nobody | no one | nowhere)
match: The school review was completed on the basis of the mother's report, and the girl was not there.
match: At each of the four visits the twins were out with their grandmother, and the worker left after talking to the mother.
match: At the conference the nine-year-old was given no part in it.
match: Not one of the workers considered what daily life there was like for the toddler.
nomatch: The school review used the mother's report as well as seeing the girl alone.
nomatch: The twins were out with their grandmother at the first visit and were seen alone the next day.

# ---- lexchild (7 December): the child known only on paper, or heard of and not heard ----
# What the child said is missing from the record: "it records nothing he said himself", "not what they said".
pattern: ((nothing | little | none) (of)? (what)? | not ..4 what) ..2 (he | she | they | @young) ..2 (said | says | had said | wanted | thought | felt | told) & (record | records | recorded | assessment | report | notes | described | describes | plan | minutes)
  unless: (mother | father | parent | parents | partner | @man) ..2 (said | told) | (nothing | little) ..4 (to suggest | that (he | she | they) said ..4 (was | were) (true | wrong))
# Known only from photographs, files or a parent's report: "a boy whom the worker knew only from photographs".
pattern: (knew | known | seen | met) ..6 only (from | through | in | by) ..2 (photographs | photos | pictures | a photograph | records | reports | the file | the (mother | father | parents) | what)
  unless: (mother | father | partner | @man | stepfather) ..4 (knew | known) ..4 only
# Seen once in the whole piece of work: "had met the baby once, during the whole of the assessment".
pattern: (met | seen | saw | visited | spoke to) ..3 @young ..3 (once | only once | twice | a single time) ..12 (whole | entire | all of | throughout | during ..3 (assessment | plan | period | months | year))
# Named only as present: "the children are mentioned only as present in the house".
pattern: @young ..6 (mentioned | appear | appears | feature | features | recorded | listed | noted | named) ..2 only (as | in passing)
# How the child spent the day, unknown: "no one knew how the children spent an ordinary weekend".
pattern: !(know | knew | known | ask | asked | explore | explored | describe | described | record | recorded) ..3 how ..3 @young ..3 (spent | spend) ..4 (day | days | weekend | weekends | evening | evenings | time | nights)
match: The assessment records the mother's account of the boy's routine in detail; it records nothing he said himself.
match: The allocated worker knew the nine-year-old only from photographs.
match: The social worker had met the baby once, in a car seat, during the whole of the assessment.
match: In the police report the three children are mentioned only as present in the house.
match: No one knew how the children spent an ordinary weekend.
nomatch: The assessment records in his own words what the boy said about home.
nomatch: The social worker saw the children alone at each of the six visits during the assessment.
nomatch: The father was known to the team only through the mother's account.
nomatch: The aunt who made the first call to the police was never spoken to by anyone.
nomatch: Each contact noted concerns about the baby's sleep, and the plan said little about the baby's mother.
nomatch: The mother's boyfriend came to one meeting, and his views on the plan were never asked for.
nomatch: The first meeting about the twins took place in the spring.
nomatch: The night staff had nobody to ask for advice about the family.
nomatch: The boy did not see an optician until he was nine.
nomatch: The aunt, who looked after the boys on Saturdays, was never spoken to by the assessing worker.
nomatch: The child protection plan was never seen by the dentist's practice.
nomatch: The boy was not seen by CAMHS for eight months because of the waiting list.
nomatch: No one spoke to the nursery about the twins' speech.
nomatch: The fourteen-year-old did not want to speak to the officers, and she was seen alone by the nurse instead.
nomatch: The fifteen-year-old chose to live with her grandmother, and the worker assessed the grandmother's home.
# lexchild, third pass: only the parent spoken to, nothing explained to the child, requests unanswered.
pattern: (spoke | spoken | talked | talking | speaking) only (to | with) ..2 (the)? (mother | father | parents | mum | dad | adults | carer | carers)
  unless: (saw | seen | spoke to | spoken to) ..4 (the)? (children | child | him | her | them | @young) ..2 alone
pattern: (no one | nobody | no professional) ..3 explained ..3 (to)? ..2 (@young | him | her | them)
  # "nobody explained the child protection process to her": a process explained to a parent (lexchild)
  unless: explained ..3 (child protection | process | procedure | procedures | plan | conference | role) | (mother | father | parent | parents | @man) ..8 explained
pattern: (request | requests | asked | asking) ..4 (to)? (talk | speak | see) ..4 (went | were | was) ..2 (+unanswered | !answered | !heard | ignored)
match: On each of the seven visits the worker spoke only to the mother.
match: No one explained to the boy why the police had come.
match: Her requests to talk to someone at school went unanswered.
nomatch: The worker spoke only to the mother at the first visit, and saw the children alone the next day.
nomatch: Nobody explained the conference process to the boy's grandmother.
# lexprec (7 December): the neighbours' failures read as a child unseen
nomatch: The review found no occasion on which the boy's views were not sought before a decision.
nomatch: The duty worker's notes never reached the file, so the allocated worker did not see them.
nomatch: Mr T came to every clinic with the twins, and the nurse never spoke with him.
nomatch: In the enquiry that followed, the father, who lived at the house, was never spoken to.
nomatch: The mother kept the children's bedrooms locked, so they went unseen for a year.
nomatch: Officers were called to four fights at the flat, and each time the children were in the next room.
nomatch: The health visitor weighed the baby, who was asleep in his cot, at the visit in May.
nomatch: Whenever the worker phoned first, the father said the children were with their aunt.
nomatch: Children's social care was not consulted before the police closed the matter.
nomatch: No one asked what the baby's safety would look like if the father came home.
nomatch: The chair's view that the girl could stay at home was not shared by the school.
match: The boy was in his bedroom at every visit and nobody spoke to him.
match: Nobody asked the boy what he wanted to happen.
nomatch: Child D did not see her father after the court hearing in May.
nomatch: Mr C brought the children to the clinic four times, but there was never any attempt to speak with him.
nomatch: The family's custom of leaving the children with neighbours was never discussed with them.
nomatch: The girl's wish to speak to a woman officer was not acted on.
nomatch: Supervision dwelt on timescales and did not ask what life was like for the children.
nomatch: The health visitor relied on the father's word about the baby's sleeping arrangements and never asked to see the cot.
match: The boys went unseen at every visit that winter, though their bedrooms were shown to the worker.
# A child's disclosure not acted on is a referral not made or a sign of abuse missed (thresholds, signs_of_abuse) (lexprec).
nomatch: The boy's disclosure to his teacher was not acted on for a week.
nomatch: Her disclosures about her stepfather were never followed up.

# r17c (7 December): the adults talked to in the child's place ("conversations were held with the adults about the
# children, rather than with the children themselves"; "everything was learned through her mother, never from her").
pattern: (@parent | adults | carers | carer) ..10 (rather than | instead of) ..2 (with | to | from) ..2 (the)? (@cns_child | him | her | them) (themselves | himself | herself | directly)?
pattern: (through | via | from) (his | her | their | the) (@parent | parents | carers | carer) ..3 (never | not | rather than) ..2 (from | with | to) (him | her | them | the @cns_child)
# Time never made to hear the child: "no one sat down with her to find out why".
pattern: !(sit | sat | spend | spent | make | made | find | found | take | took) ..2 (down | time)? ..2 with (her | him | them | the @cns_child) ..3 to (find out | ask | hear | learn | understand | listen)
  unless: (@parent | adults) ..10 (rather than | instead of) ..2 (with | to | from) ..2 (@parent | @man | professionals | agencies)
match: Conversations were held with the adults about the children, rather than with the children themselves.
match: Everything the school knew about the boy came through his mother, never from him directly.
match: Nobody asked the nine-year-old what she thought about going back to her father.
match: Her teacher noticed that she had stopped eating lunch, but no one sat down with her to find out why.
match: No one spoke with the twelve-year-old about the move.
nomatch: The school nurse and the GP never spoke about the girl's weight loss.
nomatch: The social worker spoke with the mother and then, alone, with the children.
nomatch: The worker spoke to the father rather than to the mother's solicitor.
nomatch: The manager did not sit down with her to plan the visits.
nomatch: The mother's beliefs were never discussed with her.

# r18a: the child's own words absent from the work, daily life unknown to the worker, a child's request that never
# reached the plan.
pattern: (no | nothing | none | not one | never | without) ..8 (his | her | their | the (child's | boy's | girl's | children's | young person's)) own (words | voice | account | view | views)
  unless: (@parent | @man | mother's | father's | parents')
pattern: (could not | couldn't | unable to | did not know | no one knew | nobody knew | not known) ..3 (say | describe | tell)? ..2 (what | where | who | how) ..3 (@cns_child | he | she | they) ..3 (ate | eat | slept | sleep | spent | played | did after school | went after school)
pattern: (wish | wishes | request | requests | what ..3 (said | asked | wanted)) ..10 !(reach | reached | reflected | included | feature | featured | appear | appeared) ..3 (in)? (the)? (plan | assessment | report | conference | minutes)
  unless: (@parent | @man | mother's | father's | parents' | professional | agency) ..2 (wish | wishes | request | requests)
match: The assessment relied on what the parents said; nowhere in it are the girl's own words.
match: After four months of visits the worker could not describe what the children ate or where they slept.
match: The boy's requests to live with his aunt were passed to the worker but never reached the plan.
nomatch: The plan recorded the girl's own words about where she wanted to live.
nomatch: The mother's requests for respite never reached the plan.
# lead (session 18): the last sighting named as long before: "the last time anyone saw the baby was at the six-week check".
pattern: last time (anyone | anybody | (a | the | any)? @professional) ..2 (saw | seen | spoke | spoken | met | visited | talked) ..3 (@cns_child | the baby | the children | him | her | them) ..8 (was | had been | were)
match: The last time a professional saw the baby was at the eight-week check, four months before he died.
match: The last time anyone spoke to Child F on her own was in the spring.
nomatch: The last time the mother saw her own father was in 2015.

# ---- r20b (8 December): the report register ----
# The child's own account named as such and not sought, taken or heard: "the girl's own account of that evening was
# never taken", "Child J's version of events was not sought by anyone".
pattern: @cns_child ..1 ('s | "s") (own)? (account | accounts | words | version | story) ..8 (!sought | !obtained | !heard | !taken | !recorded | !explored | !asked | !captured | !considered | !inform | !informed | +absent | +missing | +lost | +unheard | +unrecorded)
  unless: @other_sense
match: The girl's own account of that evening was never taken by the police or by children's social care.
match: Child J's version of events was not sought by anyone at the strategy discussion.
match: The teenager's words were absent from the final assessment.
nomatch: The boy's account of the evening was recorded in full and shared with the police.
nomatch: There is no evidence that the child's account was not sought; she was interviewed twice.
# What the child said, not carried into the record or the plan: "the minutes rarely convey what the children
# themselves said", "what the boy had told his teacher was not recorded".
group: @cns_said = what (the | a)? (@cns_child | (he | she | they) (himself | herself | themselves)) (themselves | himself | herself)? ..2 (said | says | told | wanted | felt | thought | wished | had said | had told)
pattern: !(convey | conveyed | conveys | record | records | recorded | capture | captured | captures | reflect | reflected | reflects | include | included | includes | mention | mentioned | mentions) ..1 (of)? @cns_said | @cns_said ..8 (!recorded | !captured | !reflected | !conveyed | !included | !heard | +absent | +missing)
match: The visit records seldom capture anything of what the children themselves said about life at home.
match: What the boy had told his teacher about the shouting was not recorded anywhere in the file.
match: The assessment does not reflect what the children wanted.
nomatch: The review found that the plan included what the children themselves had said about contact.
nomatch: What the mother said was recorded in detail and shared with the conference.
nomatch: Staff had not been shown how to record a disclosure, so what the boy said was written on a scrap of paper.
# The wishes and feelings did not shape the plan: the views pattern above with the verbs of influence (kept apart so
# that its guards against a parent's or a professional's views stand).
pattern: (wishes | "feelings" | "views" | "voice" | lived experience) ..10 (!(inform | informed | shape | shaped | influence | influenced | underpin | underpinned | drive | drove | evident | apparent | visible) | +muted | +marginalised | +sidelined)
  unless: (@parent | @man | grandmother | professional | professionals | agency | agencies | school | police | court | worker | practitioner | practitioners | manager | chair | panel) ('s | "s")? ..1 (wishes | feelings | views | voice)
  unless: (stepfather | father | partner | boyfriend | "man" | dad | mr) ..12 his (voice | views | wishes | feelings)
match: The wishes and feelings of the three children did not inform the child protection plan.
match: Child P's views never shaped the decisions made about where she would live.
match: The voice of the child is not evident in any of the core group minutes.
nomatch: The mother's views did not inform the plan, which the review regards as a weakness in working with the family.
nomatch: The children's wishes and feelings informed every decision about contact.
# Nobody had a sense of who the child was or how the day went: "no professional had a clear picture of who Child H
# was", "little understanding of how she spent her days".
pattern: (no | little | limited | scant | (no one | nobody | no professional | no practitioner | no agency | none of the (professionals | practitioners | agencies)) ..4 (had | held | formed | gained | developed | got) ..2 (a)? (clear | real | full | rounded)?) ..2 (sense | picture | understanding | idea) ..3 of ..2 (who (the)? @cns_child ..2 (was | were | is | really was) | what ..4 like for ..2 @cns_child | how (he | she | they | the @cns_child) (spent | spends | spend) ..2 (his | her | their) (days | time | evenings | weekends))
match: As the review found, no professional had a clear sense of who Child H was.
match: There was little understanding of how she spent her days once the school term ended.
match: Nobody working with the family formed a real picture of what life was like for the two boys.
nomatch: The social worker had a clear sense of who Child H was and how she spent her days.
nomatch: No professional had a clear sense of who the man in the household was.
# Seen alone only once: "seen on his own by a social worker on only one occasion in eleven months".
pattern: (seen | spoken to | spoke to | talked to | talked with | spoken with) ..4 (alone | on (her | his | their) own | by (herself | himself | themselves)) ..8 (only | just) ..1 (once | twice | one occasion | two occasions | a single occasion | one visit | two visits)
  unless: (every | each | all) ..2 (visit | visits | occasion | occasions | time | times)
match: Over the eleven months of the plan Child S was seen on her own by her social worker on only one occasion.
match: The boy was spoken to alone just twice in a year of weekly visits.
nomatch: Child S was seen on her own at every visit, and only once declined to talk.
# The work lost its focus on the child: "the focus shifted from the children to the mother's crises", "the work was not
# child-centred", "the adults' difficulties dominated every meeting".
group: @cns_focus = child focus | child-focused | child focused | focus on the (child | children | baby | young person) | child-centred | child centred | child-centered | child-centred approach | child's perspective
pattern: @cns_focus ~ (@weak | @lacking | +lost | +@misjudged | !(maintained | kept | retained | sustained | evident))
  unless: @other_sense
pattern: !(child-centred | child centred | child-centered | child-focused | child focused) | @none ..2 @cns_focus
  unless: ("no" | not any | "little") (evidence | sign | indication | suggestion | reason)
pattern: (focus | attention) ..6 (shifted | moved | drifted | turned | was drawn) ..2 (away)? from ..3 (the)? (@cns_child | child's | children's | baby's) ..4 (to | towards | onto)
pattern: (needs | problems | difficulties | crises | demands | wishes) of the (adults | parents | mother | father | carers) ..8 (dominated | overshadowed | eclipsed | took precedence | crowded out | came first)
pattern: (parents' | adults' | mother's | father's | carers') (needs | problems | difficulties | crises | demands) ..6 (dominated | overshadowed | eclipsed | took precedence | crowded out | came first)
match: The child focus was lost once the mother's housing crisis became the subject of every visit.
match: Practice in this period was not child-centred.
match: The focus of the core group shifted away from the children to the parents' relationship.
match: The needs of the adults dominated the planning meetings.
match: The mother's crises took precedence over the baby's needs at every visit.
nomatch: A clear child focus was maintained throughout the plan.
nomatch: The work was child-centred, and each child was seen alone at every visit.
# Not at the centre: "Child S was not at the centre of the plan", "the children were never the focus of the assessment".
pattern: (@cns_child | child's | children's | baby's) ..4 !(at the centre | central to | the focus | the centre | at the heart)
  unless: (@parent | @man | mother's | father's | parents') ..2 (needs | wishes | views)
match: Child S was not at the centre of the plan that was meant to protect her.
match: The children were never the focus of the assessment.
nomatch: The baby was at the centre of every decision the core group made.
# Little sense of the child anywhere in the file: "there is little sense of Child K as a person in the records".
pattern: (no | little | limited) (real)? (sense | picture) of ..2 (the)? @cns_child ..3 (as a person | as an individual)? ..3 (in | from) ..3 (the)? (records | record | assessment | assessments | file | reports | minutes | plan)
match: There is little sense of Child K as a person in the records of this period.
match: No picture of the boy emerges from the assessment.
nomatch: A clear picture of the boy emerges from the assessment.
# No attempt to see it the child's way, no relationship in which the child could talk: "little attempt was made to
# understand the world from Child B's point of view", "no worker built a relationship with her".
pattern: (@none | @weak | no) ..2 (attempt | attempts | effort | efforts) ..4 (understand | see | hear | find out | learn | explore) ..6 (@cns_child | child's | children's | her | his | their) ..3 (point of view | perspective | views | wishes | experience | world | feelings)
  unless: (@parent | @man | mother's | father's | parents') ..2 (point of view | perspective | views | wishes | experience | feelings)
pattern: !(establish | established | build | built | develop | developed | form | formed) ..2 (a)? ..2 (relationship | rapport) with ..3 (the)? @cns_child
match: Little attempt was made to understand the world from Child B's point of view.
match: No practitioner established a relationship with Child N in which she could talk.
match: No real effort was made to hear the children's wishes about contact.
nomatch: Practitioners built a trusting relationship with the boy over many months.
nomatch: Little attempt was made to understand the mother's point of view.
# A man or a manager not spoken to, named by a pronoun: "Mr S was at work, so no worker sat down with him" is hidden_men;
# "the case was not discussed with her" of a manager is management_oversight (r20b, from written tune).
unless: (@man | mr) ..15 !(see | seen | saw | speak | spoke | spoken | talk | talked | sat | sit | sitting | meet | met) ..3 (with | to)? ..2 him
unless: (manager | supervisor | team leader | senior manager) ..12 !(discussed | explored | raised | talked about) with her
nomatch: Mr D worked nights, so in a year of visits no social worker ever spoke with him.
nomatch: The team manager was on leave, and the closure was not discussed with her.
nomatch: Staff relied on the aunt's word that the children were being fed.
match: The boy was never seen on his own, and the plan relied on his mother's descriptions of him.
