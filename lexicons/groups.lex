# Word groups shared by every theme. A group is a pattern; use it as @name in any pattern.
# This file has no "id:", so it defines groups only.

group: @parent = mother | father | parent | parents | carer | stepfather | stepmother | grandmother | grandfather | grandparent | aunt | uncle | mr | ms | mrs | miss | family | partner | couple | adult | dad | mum | "adults"
group: @man = father | stepfather | partner | boyfriend | man | men | male | dad | mr | uncle | lodger | "males" | "paternal"
group: @child = child | children | baby | infant | son | daughter | sibling | young person | girl | boy | toddler | teenager | twin
group: @health = gp | general practice | health visitor | health visiting | midwife | midwifery | maternity | hospital | paediatrician | paediatric | school nurse | named nurse | nurse | emergency department | camhs | mental health | psychiatrist | perinatal | health | doctor | ward | primary care | surgery | clinic | consultant | therapist | dentist | dental
group: @agency = agency | agencies | police | school | @health | social care | social worker | children's services | social services | probation | housing | nursery | local authority | service | team | practice | youth offending | education | professional | practitioner | officer | mash | marac | front door | worker | staff | teacher | authority | partner agencies | children's centre | early help | childminder
group: @professional = professional | practitioner | worker | social worker | health visitor | gp | midwife | nurse | teacher | school | police | officer | manager | agency | staff | paediatrician | doctor | clinician | anyone | anybody | someone | any of them
group: @account = account | explanation | version | story | assurance | reassurance | word | claim | statement | self-report | self-reporting | description | "report" | "reports" | say-so | what ..3 (said | told | say | tell | reported | claimed)
group: @pass_on = share | pass | inform | "informed" | tell | told | notify | send | sent | copy | copied | forward | communicate | relay | feed back | fed back | reach | circulate | refer | alert | make aware | let know
group: @check = check | verify | corroborate | triangulate | test | question | challenge | confirm | probe | scrutinise | scrutinize | query | validate | substantiate
group: @views = view | voice | wish | feeling | perspective | experience | daily life | life | lived experience | wishes and feelings | what ..3 like | viewpoint | account | disclosure | what ..2 said | opinion

# ---- Failure vocabulary, shared by the concept patterns of every theme ----------------------------
# A concept pattern pairs what a theme evaluates (a concept group in the theme's file: oversight,
# risk, the child's views ...) with one of these, in either order within one clause ("A ~ B"), so
# "weak oversight", "oversight was weak", "the review found that oversight had been weak" and
# "Key issues: weak oversight; ..." are one pattern.

# Judged not good enough.
group: @weak = weak | weakly | poor | poorly | limited | insufficient | insufficiently | ineffective | ineffectual | minimal | inadequate | inadequately | patchy | superficial | cursory | sporadic | infrequent | scant | lax | perfunctory | deficient | piecemeal | haphazard | tokenistic | unsatisfactory | little | sparse | "not robust" | lacked rigour | lacking in rigour | light-touch | "too little" | underdeveloped | incomplete | unfinished | outdated | out of date | flawed | faulty | unsound | substandard | sub-standard | shallow | sketchy | meagre | scanty | half-hearted | lacklustre | flimsy | rudimentary | fragmented | disjointed | irregular | intermittent | erratic | unstructured | ad hoc | rushed | hurried | hasty | fell short | falls short | fall short | found wanting | not good enough | not fit for purpose
# Not there at all.
group: @lacking = absent | lacking | missing | non-existent | nowhere | "lacked"
# Misjudged or let slip.
group: @misjudged = underestimated | underestimate | minimised | minimise | overlooked | overlook | "missed" | "miss" | "misses" | lost | drifted | "neglected" | disregarded | ignored | discounted | dismissed | misread | misjudged | underplayed | played down | downplayed | glossed over | brushed aside | brushed off | passed over | set aside | sidelined | shelved | trivialised | trivialized | misinterpreted | misunderstood | underrated | lost sight of | overshadowed | forgotten | deprioritised | deprioritized | put to one side
# Verbs of doing the work, to be read negated ("was not considered", "no one explored").
group: @considered = consider | considered | attention | weight | regard | heed | explore | explored | examine | examined | realise | realised | notice | noticed | question | questioned | weigh | weighed | assess | assessed | examine | address | addressed | recognise | recognised | identify | identified | take into account | taken into account | weigh | understand | understood | analyse | look at | looked at | ask ..2 about | asked ..2 about | think about | thought about | probe | probed | investigate | investigated | evaluate | evaluated | acknowledge | acknowledged | appreciate | appreciated | grasp | grasped | factor in | factored in | weigh up | weighed up | take account of | took account of | give weight to | gave weight to | given weight | pursue | pursued | interrogate | interrogated | think through | thought through | make sense of | made sense of
# Heed that a concept received, said as a noun: "her depression received little attention", "the call-outs were
# given insufficient weight", "scant weight was attached to his drinking". ("Little consideration was given to X"
# is read by the negation rules in src/nlp/negation.ts: a scant word negates the noun of attention after it.)
group: @slight_heed = !(received | receive | given | afforded | paid | accorded) ..2 (sufficient | enough | adequate | due | proper | much) ..2 (attention | consideration | weight | thought | regard | focus | scrutiny | priority) | (received | receive | receiving | attracted | attract | drew | draw | "given" | afforded | accorded) ..2 (little | limited | scant | insufficient | minimal | "no" | too little | not enough | inadequate) ..2 (attention | consideration | weight | thought | regard | focus | scrutiny | priority | curiosity) | (little | limited | scant | insufficient | minimal | too little | not enough | inadequate) ..2 (attention | consideration | weight | thought | regard | focus | scrutiny | priority) (was | were | had been) ..2 (attached | placed | afforded | accorded | put) (to | on)
# Considered, but only in part: "the risk was inadequately assessed", "her culture was barely explored".
group: @underdone = ("inadequately" | "insufficiently" | "poorly" | "superficially" | "partially" | "partly" | "barely" | "scarcely" | "hardly" | "cursorily" | "incompletely") ..1 @considered
# Judged good enough: read negated ("was not robust", "there is no evidence that supervision was regular").
group: @good = good | strong | effective | robust | regular | thorough | sound | clear | consistent | timely | promptly | proportionate | rigorous | reflective | adequate | sufficient | appropriate
# Words that say a thing was not there, for "none of the concept": "no oversight", "a lack of challenge".
# (A negated concept word alone would also fire inside "there is no evidence that the assessment was flawed".)
group: @none = "no" | without | lack of | lacked | lacking | absence of | not any | never any | "nor" | "little" | "neither"

# ---- Added on branch conceptsB: failures told through what happened, shared by several themes ----
# Left out of a record or a plan: "his name does not appear in the assessment", "it features nowhere in the plan".
group: @omitted = !(appear | appears | appeared) ..2 (once | at all | anywhere)? (in | on) | appears nowhere | appear nowhere | appeared nowhere | appears in none | !(feature | features | featured) ..2 (in | on) | features nowhere | no mention | +left out of | +dropped out of | +disappeared from view | +dropped from view | +fell out of view | +absent from
# What a fact meant for a child, read after a negated verb: "no one asked what his release would mean for the baby".
group: @meant_for_child = (what | how) ..10 (mean | meant | means | affect | affected) for ..3 (@child | newborn | children | the family)
# A question nobody put: "how it happened was not a question anyone asked", "a question no one put to her".
group: @unasked = not a question ..2 (anyone | anybody | any professional | any practitioner) ..2 (put | asked | raised) | a question (no one | nobody | no professional | no practitioner) ..2 (put | asked | raised)
# What a warning sign was read as instead: "a repairs issue", "a benefits matter", "a bad week".
group: @reframed_kind = (a | an | purely | simply | just | only)? ..2 (repairs | housing | dental | budgeting | poverty | attendance | medical | lifestyle | tenancy | benefits) (matter | issue | problem | question) | a bad (week | day | patch | spell)
group: @reframed = rather than (as)? ..2 (pattern | trend | evidence | sign | signs | warning | concern) | (treated | regarded | seen | viewed | read | thought of | reported | recorded | dealt with | logged) ..6 as ..2 @reframed_kind
# A fact that stopped registering: "no longer prompted anyone to act", "ceased to register with staff".
group: @stopped_registering = no longer ..3 (prompted | registered | noticed | troubled | alarmed | remarked) | ceased to ..2 (register | prompt | trouble | alarm | be noticed) | stopped ..2 (remarking | noticing | commenting | mentioning)

# ---- Added on branch concepts3: a warning sign met with an innocent reading, with nothing, or as normal ----
# Given an innocent cause: "put down to teething", "attributed to a fussy feeder", "accepted as an accident".
group: @explained_as = (put | putting) ..2 down to | attributed to | blamed on | explained away | (accepted | treated | recorded | logged | written off | dismissed) as ..2 (accidental | an accident | normal | usual | the norm | a one-off | minor | nothing | play)
# Written down, and then nothing: "went no further", "noted at three medicals and not pursued".
group: @came_to_nothing = went no further | (taken | took) ..2 no further | no further action | (not | never) ..2 (followed up | pursued | acted on | acted upon) | nothing ..2 (was)? (done | happened | changed) ..3 (about | after | for | to)? | no change ..3 (plan | approach | response) | without ..2 (any)? (action | follow-up | referral) | (recorded | noted | logged | written down | filed) ..3 without ..2 (comment | question | remark)
# What had come to look normal: "normal for this family", "came to see it as usual", "no worse than before".
group: @normalised = (normal | the norm | usual | typical | nothing unusual) for ..2 (this | the | that)? (family | household | them | him | her | the children) | came to ..2 (see | accept | regard | treat) ..3 as (normal | usual | the norm) | no worse than ..2 (before | usual | it had been | ever | last time)
# A parent's difficulty handled as the parent's alone: "with no thought for the children in his care",
# "logged as a concern for the mother's welfare", "treated as her own private matter".
group: @child_forgotten = (no | without | little) ..2 (thought | thinking | consideration | regard) (for | of | about | to) ..4 (@child | children | baby | babies | in (his | her | their) care) | (her | his | their) (own | private) ..2 (matter | problem | business | affair) | (concern | concerns) for ..2 (her | his | the (mother's | father's | parent's)) (own)? (welfare | safety | wellbeing) | !(ask | asked | know | knew | aware) ..4 (about | whether | that | of)? ..3 (the | a | her | his | any)? (@child | children | baby) ..3 (at home | in (his | her | their) care | in the (home | household | house))

# Failure words in another sense (concepts3): a little girl, nothing left to chance, a child who went missing or
# missed his father. A guard of the concept patterns that pair a concept with @weak, @lacking or @misjudged.
group: @other_sense = little (boy | girl | boys | girls | one | ones | sister | sisters | brother | brothers | son | daughter | baby | child | children | to chance) | ("went" | "go" | "goes" | "gone" | "going" | "reported" | had been | has been) missing | missing (person | persons | episode | episodes | from home | from care | from school | child | children | coordinator | overnight | for (a | two | three | several) (night | nights | day | days)) | missed (his | her | their) (father | mother | dad | mum | family | friends | brother | sister | siblings)
