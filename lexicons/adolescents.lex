id: adolescents
label: Older children treated as adults
description: Teenagers' risks misread: treated as adults, behaviour seen as choice, causes of challenging behaviour not addressed.
# ---- Concepts: what this theme evaluates ----
group: @teen = young person | teenager | teenage | adolescent | adolescents | fourteen-year-old | fifteen-year-old | sixteen-year-old | seventeen-year-old | young man | young woman | aged (fourteen | fifteen | sixteen | seventeen | 14 | 15 | 16 | 17) | then (fourteen | fifteen | sixteen | seventeen)
# "responded to her exploitation as well as to her offending": both met, the "as" of "as well as" is no "treated as"
group: @as_well_as_conduct = as well as (to)? ..3 (offending | offender | behaviour | conduct | an adult | adults | perpetrator | troublemaker | choice | choices | problem)
group: @teen_risk = vulnerability | exploitation | risk of exploitation | risks outside the home | contextual | extra-familial | going missing | missing episodes | causes of ..8 behaviour | what lay behind ..8 behaviour

# ---- Concept patterns ----
pattern: @teen_risk ~ (!@considered | +@underdone | !(seen | regarded) as | +(@misjudged | +unrecognised | +unexplored))
  unless: (no | not) (evidence | sign) of ..4 @teen_risk
pattern: (seen | viewed | regarded | treated | described | framed | dealt with) ..4 as ..4 (problem | offender | perpetrator | troublemaker | streetwise | choice | choices | difficult | an adult | a young adult | nuisance) ..4 (rather than | not as | instead of)?
  # a noise nuisance, a dietary problem: a household matter, not a teenager's conduct (lexchild)
  unless: as ..3 (noise | dietary | housing | repairs | medical | financial | dental | tenancy | parenting | weight | feeding) (problem | nuisance | matter | issue)
  unless: @as_well_as_conduct
  unless: (rather than | instead of | not) ..3 (seen | viewed | regarded | treated) ..4 as ..3 (problem | offender | adult)
pattern: (streetwise | street-wise | mature for (her | his) age | able to look after (herself | himself))
pattern: (behaviour | behaviours) ..4 +(seen | viewed | regarded | treated) ..3 as ..3 (choice | choices | a lifestyle)

# ---- Phrase patterns: particular ways of saying it ----
pattern: (treated | regarded | seen | viewed | responded to | dealt with) ..6 as ..3 (an adult | adults | a young adult | a willing participant | making (her | his | their) own choices | offending | offender | a perpetrator | a troublemaker | typical teenage | a choice | (her | his | their) (own)? (choice | choices | decision))
  # "a matter between adults" is abuse between the parents (parental_risk_factors) (lexchild)
  unless: matter between ..2 adults
  unless: !(treated | seen) | rather than as (an adult | someone making choices)
  unless: @as_well_as_conduct
pattern: (lifestyle choice | lifestyle choices | making ..3 (own)? choices | "choosing to" | putting (herself | himself) at risk | willing participant | consensual)
  unless: !lifestyle | (as a victim | rather than as someone)
pattern: (typical | normal | ordinary) ..2 (teenage | adolescent) ..2 (behaviour | rebellion)
pattern: (behaviour | offending | refusal) ..10 (rather than ..6 (what lay behind | cause* | reason* | why | underlying | need | needs | risk | distress | exploitation | safeguarding | a sign) | rather than understood)
pattern: (focus | attention) ..6 (behaviour) ..6 (rather than | not)
pattern: (held responsible | blamed) ..6 (for)? ..4 (harm | abuse | exploitation)
pattern: (assumed | expected) ..6 (could manage | able to manage | to manage (her | his) own | own housing | own decisions)
pattern: (assumed | expected) ..8 (manage | keep | look after | take responsibility for | make) ..2 (her | his | their) own
pattern: as (though | if) ..2 (were | was) (an)? (adult | adults | grown-up)
# "was not seen as a child in need", "never treated as a victim"
pattern: !(seen | treated | regarded | viewed | recognised | protected | safeguarded) ..3 as (a)? (child | child in need | victim | vulnerable child | child at risk)
  # an unborn baby not seen as a child in its own right is pre_birth's (r20c)
  unless: unborn | foetus
# "the causes of her challenging behaviour were not addressed"
pattern: (cause | causes | reason | reasons | what lay behind | roots | drivers) ..6 (behaviour | offending | running away | going +missing | absconding) ..8 !(addressed | explored | understood | considered | identified | sought)
pattern: (because | as) ..2 (she | he) was ..2 (seventeen | sixteen | fifteen | 16 | 17 | almost eighteen)
  unless: no concerns about (her | his) capacity
pattern: (signposted | referred) to adult ..2 (services | homelessness)
pattern: (sixteen | seventeen | 16 | 17 | teenager | young person) ..10 (!accepted | not accepted | !assessed) ..6 (child in need | assessment | as a child)
pattern: (excluded | exclusion) ..10 without ..6 (consideration | exploring | understanding) ..4 (exploitation | cause* | behind)
pattern: (sofa-surfing | sofa surfing | homeless at (sixteen | seventeen))
unless: (victim | child at risk of exploitation) ..6 (rather than | not as)
match: The fifteen-year-old's running away was seen as a lifestyle choice.
match: Police regarded the girl as a willing participant in the relationship.
match: Professionals focused on the boy's aggressive behaviour rather than on its causes.
match: At sixteen she was expected to look after her own medication, as if she were an adult.
match: The police never recognised the boy as a victim of criminal exploitation.
match: Why the girl kept running away was never explored; the reasons for her going missing were not addressed.
nomatch: The teenager was treated as a child in need and a plan was put in place.
nomatch: The youth worker treated Child K as a victim of exploitation rather than as someone making choices.
nomatch: Local partners must agree how youth services and police respond to teenagers drawn into county lines.

# ---- A teenager's age beside an adult's framing of the risk (added on branch conceptsB) ----
# The age of a teenager, told as a number: "then fifteen", "at sixteen", "who was fourteen".
group: @teen_age = @teen | (then | at | aged | was | who was | turned | turns | when (she | he) was) (thirteen | fourteen | fifteen | sixteen | seventeen | 13 | 14 | 15 | 16 | 17) | (thirteen | fourteen | fifteen | sixteen | seventeen)-year-old | (thirteenth | fourteenth | fifteenth | sixteenth | seventeenth | 13th | 14th | 15th | 16th | 17th) (birthday | birthdays) | in year (9 | 10 | 11 | nine | ten | eleven)
# How an adult's risk is framed: a choice, capacity, independence, a relationship, the consequences of one's actions.
group: @adult_frame = had capacity | has capacity | (her | his | their) (own)? (choice | choices | decision | decisions | independence | lifestyle) | wanted (her | his) independence | consequences of (her | his) (actions | behaviour | choices) | "sexually active" | as a (dealer | drug dealer | willing | consenting) | charged as | as (one | they | you) would ..2 (an)? adult | as an adult | discharge (herself | himself) | discharged (herself | himself) | self-discharge* | (she | he) knows them | keeps going back | kept going back
pattern: @teen_age & @adult_frame
  unless: (rather than | not as | instead of | never as) ..4 @adult_frame | @adult_frame ..6 (was | were) (challenged | questioned | rejected) | (no | not) (evidence | sign | suggestion) ..6 @adult_frame
  # Her choice respected in how she was worked with: "met her social worker at a café of her choice".
  unless: (place | café | time | venue | school | home | room) of (her | his | their) (own)? choice | (choice | choices) of (college | school | course | courses | subjects | career | university)
# The reason behind a teenager's conduct left unasked, said as a question that no professional put (@unasked).
pattern: (why | who | what lay behind) ..12 @unasked
# Victim-blaming words for a teenager, and a case closed because a teenager would not engage.
pattern: @teen_age & ("promiscuous" | "promiscuity" | streetwise | "old enough to" | could look after (herself | himself) | "asking for it")
  unless: (rather than | not as | never as) ..4 ("promiscuous" | streetwise)
pattern: @teen_age & (refused | declined | did not want | would not engage | disengaged | chose not to engage) ..12 (case ..3 closed | was closed | withdrawn | no further action | ended | signposted)
# A teenager's missing episodes graded low, exploitation words not recognised.
pattern: (missing | absent | absconded | ran away | running away | went missing) ..12 (graded | assessed | classed | categorised | recorded | rated) ..3 (as)? ("low risk" | low risk | "absent" | no apparent risk | "standard" | standard risk)
group: @teen_risk_more = @teen_risk | county lines | criminal exploitation | sexual exploitation | cse | cce | grooming | groomed | trafficked | trafficking | coerced | older men | older males | gang | gangs
pattern: @teen_risk_more ~ (!@considered | +@underdone | !(seen | regarded | recognised | treated | referred) as | +(@misjudged | +unrecognised | +unexplored))
  unless: (no | not) (evidence | sign | indication) of ..4 @teen_risk_more | @teen_risk_more ..4 (was | were) +(recognised | identified | considered) ..4 (early | promptly | at once | and)
pattern: @teen_risk_more ..12 !(recognised | identified | considered | explored | assessed | referred | understood)
  unless: (no | not) (evidence | sign | indication) of ..4 @teen_risk_more
pattern: (charged | prosecuted | cautioned | arrested | convicted | criminalised | excluded) & !(consider* | recognis* | seen | treated | identif* | explor*) ..6 (exploit* | victim | groom* | coerc* | trafficked | county lines)
pattern: @teen_age & ('s | her | his) (wish | wishes | decision | refusal | choice) ..4 (was | were)? (accepted | respected | allowed to (stand | override | prevail)) ..8 (without | no | not | although | despite | even though | and)

# ---- A teenager's harm read as conduct or left to the teenager (concepts3) ----
# "recorded as absconding", "told she was wasting police time", "expected to manage his own medication at fifteen"
pattern: (absconding | absconded | wasting ..2 time | attention-seeking | attention seeking | streetwise | promiscuous | "risky behaviour")
  unless: (not | never) ..2 (recorded | described | called | dismissed | labelled | seen | treated | written off) as
  kinds: finding narrative
pattern: @teen_age & (expected | left | asked) to ..3 (find | manage | arrange | keep | make) ..3 (his | her | their) own
pattern: @teen_age & !(ask | asked | explore | explored | look at | looked at | consider | considered | wonder | wondered | understand | understood) ..3 why ..9 (behaviour | behaved | kept going | keeps going | went back | goes back | changed | ran | runs)
match: Each time the fifteen-year-old ran from the placement it was recorded as absconding.
match: At sixteen she was expected to manage her own appointments with the clinic.
nomatch: No one described the sixteen-year-old as absconding; each episode was treated as a missing child.
nomatch: The sixteen-year-old met her worker at a place of her choice each week.

# concepts4 (7 December): a young person's conduct met as discipline or crime, what lay behind it
# never asked, risk read as their own choice, age standing in for need, exploitation not considered
# "his fighting was met with one exclusion after another", "officers treated her as an offender"
pattern: (treated | dealt with | responded to | managed | seen | regarded | recorded | logged | met | handled) ..6 as ..3 (a | an)? ..2 (discipline | disciplinary | behavioural | behaviour | conduct | suspect | offender | perpetrator | uncooperative | risk to others | underage drinking | truancy) | (dealt with | met | managed | handled) ..3 (through | by | with) ..4 (exclusions | sanctions | detentions | a behaviour contract | warnings | warning letters | a warning letter)
  unless: @as_well_as_conduct
# What lay behind it, never asked: "nobody asked what had happened to make him so angry", "the trauma behind it was never addressed"
pattern: (underlying | behind | root | lay behind) ..4 (causes | cause | trauma | reasons | distress | abuse) ..10 (!addressed | !explored | !considered | !asked | !understood | !recognised) | !(ask | asked | explore | explored) ..3 what had happened to (him | her | them) | (rather than | and not as | not as) ..3 (a | an)? (boy | girl | child | victim | young person) (at risk | in need | who needed protection) | rather than (his | her | their) (fear | needs | distress | trauma | vulnerability)
# Read as their own affair: "she went there of her own accord", "his leaving home was taken as a private arrangement"
pattern: of (her | his | their) own accord | private arrangement | a matter for (him | her | them) | (find | arrange | sort out | organise) ..4 (herself | himself | themselves) | (declined | refused | refusal) ..12 (left there | end of ..3 responsibility)
# Age in place of need: "her age, not her needs, decided the service", "at seventeen he was seen as nearly an adult"
pattern: (age | ages) ..8 (rather than | not by | and not) ..4 (needs | assessment | circumstances | risk) | (almost | nearly | practically) ..2 (an adult | grown up | grown-up | adult) | too old for
# Exploitation not considered: "no one asked whether she was being groomed"
pattern: !(consider | considered | ask | asked | explore | explored | recognise | recognised | question | questioned) ..8 (exploited | exploitation | groomed | grooming | being used | trafficked)
# Second pass: the response a sanction, the harm called behavioural, gifts never asked about, offending that crowded out grooming
pattern: (response | answer | reply) (was | were) ..8 (warning | sanction | sanctions | exclusion | detention | detentions | curfew) | (considered | deemed | dismissed as | labelled | called | described as) ..2 (behavioural | manipulative | attention-seeking) | (her | his | their) * (choices | lifestyle)
pattern: !(ask | asked | question | questioned) ..8 (where | how) ..10 (phone | phones | money | cash | trainers | clothes | gifts | presents | jewellery) | (phone | phones | money | cash | trainers | clothes | gifts | presents | jewellery) ..10 !(ask | asked | question | questioned) ..6 (where | how) ..6 (come from | came from | got | obtained | paid for | bought)
pattern: (grooming | exploitation | groomed | exploited | recruited | trafficked | county lines) & crowded out ..4 (discussion | consideration | thought | attention | focus)
match: Nobody asked where the boy's new trainers and phone had come from.
match: Her self-harm was dismissed as behavioural by the clinic.
match: The focus on his bail conditions crowded out any discussion of the men who had recruited him.
nomatch: Staff asked where the new phone had come from, and the boy told them about the older men.
match: His fighting at school was met with one fixed-term exclusion after another.
match: Officers treated the fourteen-year-old as a suspect from the moment they arrived.
match: Nobody asked what had happened to him to make him so withdrawn.
match: The police noted that she had gone to the flat of her own accord.
match: At seventeen he was seen as nearly an adult and offered a tenancy worker.
match: No one asked whether she was being groomed by the man who collected her from school.
nomatch: Officers treated the fourteen-year-old as a victim and took her to a place of safety.
nomatch: The worker asked what had happened to him, and he told her about the beatings at home.

# ---- lexchild (7 December): a teenager with older men, a response that punished, what lay behind never asked ----
# With adult men, and the episode read as ordinary: "found in a car with two men in their twenties; recorded as out with friends".
group: @older_men = older (man | men | males | boyfriend) | adult (man | men | males) | (man | men | males) ..3 (of (twenty* | thirty* | forty*) | in (his | their) (twenties | thirties | forties) | aged (twenty* | thirty* | forty* | 18 | 19 | 20 | 21 | 22 | 23 | 24 | 25 | 26 | 27 | 28 | 29 | 30 | 35 | 40))
pattern: @teen_age & @older_men ..15 ((out | been) with friends | (drove | took | returned | brought) (her | him | them) home | closed | noted it | boyfriend | relationship | agreed | willingly | of (her | his) own accord | no offence | consensual)
  unless: (arrested | charged | referred) ..3 (the)? (man | men) | (rather than | not as | never as) ..3 (boyfriend | relationship | consensual)
pattern: @teen_age & (agreed to go | went willingly | had agreed | was willing | no offence (was)? ..2 (disclosed | identified | made out | recorded))
  unless: (rather than | not as | never as) ..4 (willing | agreed)
# The response a sanction, what lay behind it never asked: "the school's response to his carrying a knife was an exclusion".
pattern: (response | answer | reply) ..10 (was | were) ..4 (a | an | one)? ..2 (warning | sanction | sanctions | exclusion | permanent exclusion | detention | detentions | curfew | arrest | caution)
pattern: !(ask | asked | explore | explored | consider | considered | find out) ..3 (who | what) ..4 (afraid | frightened | scared) of
# Self-harm and overdoses read as attention: "approached as attempts to get attention".
pattern: (seen | regarded | treated | approached | dismissed | viewed | described | recorded) ..4 as ..4 ((attempt | attempts | bid | bids) to (get | gain | seek) attention | attention | manipulat* | a phase | drama | dramatic)
  unless: (rather than | not | never) ..2 (seen | regarded | treated | approached | dismissed | viewed | described) as
# Someone using the young person, not seen: "it is not clear anyone saw his dealing as a sign that someone was using him".
pattern: !(see | saw | seen | recognise | recognised | consider | considered | ask | asked) ..10 (someone | others | adults | older (boys | men | youths) | a gang) ..2 (was | were)? (using | exploiting | grooming | controlling) (him | her | them)
# Missing and back, and never asked where: "each time she went missing she was returned home and no one talked to her about where she had been".
pattern: (missing | ran away | run away | running away | absconded) & ((no one | nobody | no professional) ..4 (asked | talked | spoke | explored) | !(ask | asked | talk | talked | speak | spoke | explore | explored)) ..4 (where (she | he | they) (had been | went | was going | stayed | had stayed) | who (she | he | they) (was | were | had been) with)
# Why the behaviour began, never part of the work: "why a quiet boy had begun to steal was not part of the work".
pattern: why ..12 (was | were) (not | never) ..3 (asked | explored | considered | part of | looked at | addressed | understood)
  unless: why ..4 (the)? (meeting | conference | referral | decision | case | plan | assessment)
# Closed because the teenager said no: "the case was closed when the fifteen-year-old said he did not want any help".
pattern: (closed | ended | withdrew | withdrawn | stepped down) ..10 (when | because | after | as) ..2 @teen_age ..4 (refused | declined | did not want | would not engage | said no | did not engage)
match: The fourteen-year-old was found in a car with two men in their twenties, and officers drove her home.
match: Police recorded that the thirteen-year-old had agreed to go with the men.
match: The school's response to his carrying a knife was a permanent exclusion.
match: No one asked who the boy was afraid of.
match: Her repeated overdoses were approached as attempts to get attention.
match: No one saw his dealing as a sign that someone was using him.
match: Each time the girl went missing she was returned home and no one talked to her about where she had been.
match: Why a previously quiet boy had begun to steal was not part of the work.
match: Professionals closed the case when the fifteen-year-old said he did not want any help.
nomatch: The fourteen-year-old was found with two men in their twenties, and both men were arrested that night.
nomatch: Her overdoses were treated as a sign of serious distress, not as attention seeking.
nomatch: Each time she went missing, the return interview asked where she had been and who she was with.
nomatch: Why the conference was postponed was not recorded.
nomatch: The neighbours' calls about shouting were handled by the council as a noise nuisance.
nomatch: Police dealt with the couple's fights as a matter between adults.
# lexchild, third pass: a shortened timetable for an answer, a criminal matter, stress for a cause.
pattern: (response | answer | reply) ..10 (was | were) ..4 (to)? (shorten | reduce | cut) ..3 (timetable | hours | school day) | (reduced | part-time | shortened) timetable ..6 (no one | nobody | without ..2 (asking | exploring | understanding))
pattern: (treated | dealt with | seen | regarded | handled) ..3 (purely | solely | only | simply)? as (a | an)? (criminal | criminal justice | police | disciplinary) (matter | issue | offence)
pattern: (self-harm | self-harming | overdose | overdoses | running away | went missing | going missing | cutting) ..6 (put down to | attributed to | blamed on | explained as | explained by) ..3 (stress | exam | exams | hormones | teenage | attention | friends | boyfriend | conflict | a phase | the move)
match: The school's answer to his fighting was to shorten his timetable.
match: The seventeen-year-old's dealing was treated purely as a criminal matter.
match: The young person's cutting was put down to exam stress.
nomatch: The boy's dealing was treated as a safeguarding matter, not a criminal one, and he was referred to the exploitation team.

# lexrec2 (7 December): nights away read as ordinary, a relationship with a man years older written as a boyfriend,
# the decision left to the teenager, a plan that made the young person keep themselves safe, an adult hostel at sixteen
group: @ar2_adult_age = (18 | 19 | 20 | 21 | 22 | 23 | 24 | 25 | 26 | 27 | 28 | 29 | 30 | 31 | 32 | 33 | 34 | 35 | 40 | eighteen | nineteen | twenty | thirty | forty) ..4 year-old | @older_men
# "her nights away were put down to staying with friends", "he always came back, so the carers stopped ringing the police"
pattern: (missing | nights away | night away | stayed out | staying out | away from home | absent from home | absconded | ran away | went missing | reported missing | did not come home | not come home) & ("staying with friends" | staying with ..2 (a)? (friend | friends | mate | mates) | "with friends" | always (comes | came | come) back | keeps going back | kept going back | stopped (calling | reporting | ringing | phoning) | !analysed | never analysed)
  unless: (no | not) (evidence | sign) of
# A man years older written as a boyfriend: "her relationship with a man of twenty-five was logged as a boyfriend"
pattern: (boyfriend | boyfriends | relationship | partner | going out with | seeing | sexually active | dating) ..10 @ar2_adult_age
  unless: (mother | mother's | mum | mum's | parent | parents | father's | carer's) ..3 (boyfriend | partner | relationship)
  unless: (recognised | identified | treated | referred) ..4 as ..3 (exploitation | abuse | grooming | offence | crime)
pattern: @ar2_adult_age ..10 (boyfriend | relationship | going out | seeing her | dating)
  unless: (mother | mother's | mum | mum's | parent | parents | father's | carer's) ..3 (boyfriend | partner | relationship)
  unless: (recognised | identified | treated | referred) ..4 as ..3 (exploitation | abuse | grooming | offence | crime)
# The decision left to the teenager: "as if the choice were hers to make"
pattern: as (though | if) ..4 (decision | choice | choices | decisions) (was | were) (his | hers | theirs | her own | his own | their own | for (him | her | them)) | (decision | choice) (was | were) (his | hers) (to make | alone)
# A plan that made the young person keep themselves safe: "the plan relied on her keeping her phone on and coming home"
pattern: (safety plan | plan | protection | safety | keeping (her | him) safe) ..8 (depend | depended | depending | relied | relying | rested | resting | placed | put | hinged) (on | upon)? ..6 (she | he | her | him | herself | himself | the (girl | boy | young person | teenager)) ..3 (alone | herself | himself | own | keeping | doing | remembering | staying | ringing | telling)
pattern: (responsibility | onus) ..6 (for)? ..2 (her | his) (own)? (safety | protection) ..4 (on | with | to) ..2 (her | him)
# An adult hostel or a flat alone at sixteen or seventeen
pattern: (placed | housed | given | offered | moved | put) ..8 (hostel | bed and breakfast | adult (accommodation | hostel | provision) | shelter) & (@teen_age | (16 | sixteen) to (25 | twenty-five) | (men | adults) recently released)
match: Her nights away were put down to staying with friends.
match: After the sixth time he went missing, his carers stopped ringing the police because he always came back.
match: Her relationship with a man of twenty-six was recorded in the school log as a boyfriend.
match: The 29-year-old she called her boyfriend collected her from school.
match: Staff accepted her refusal of help, as though the choice were hers alone.
match: The plan relied on her remembering to keep her phone charged and telling staff where she went.
match: At sixteen he was placed in a bed and breakfast used by adults on probation.
nomatch: Her nights away were followed by a return interview and a strategy discussion.
nomatch: Her mother's relationship with a 29-year-old man began that spring.
nomatch: Her relationship with a 26-year-old was recognised as exploitation and referred to the police.
nomatch: At sixteen he moved into a supported lodgings placement with a carer he knew.
# lexrec2: the age told by a birthday or a school year (@teen_age): "after her fourteenth birthday", "in year 10"
match: The phrase 'her choice' recurs in the notes written after her fourteenth birthday.
nomatch: Her choice of college was discussed after her sixteenth birthday, and she was helped to apply.

# r17b (7 December): a teenager taken as able to decide alone, a label for the behaviour in place of the child, the
# adult's role given in place of the young person's, a victim not seen in the one who offends.
pattern: (now | old enough | mature enough | entitled | free | left) ..2 to ..2 (decide | make (his | her | their) own ..2 (decisions | choices) | choose) | decide for (himself | herself | themselves)
  unless: (help | helped | helping | support | supported | supporting | encouraged | encouraging) ..4 (to)? ..2 (decide | make | choose)
pattern: (saw | seen | see | treated | regarded | viewed | dealt with | labelled | described | known) ..4 (as)? ..2 (a | an)? ..2 (disruptive | difficult | naughty | troublesome | challenging | aggressive | angry | defiant | rude | badly behaved | unruly | uncooperative | hostile | manipulative | streetwise | articulate) ..2 (pupil | student | boy | girl | teenager | young person | young man | young woman) ..10 (rather than | where there was | instead of | when (she | he) was | not (as)? ..2 (a | an)? ..2 (frightened | scared | child | victim))
pattern: @teen_age &15 (articulate | mature for (her | his) age | street-wise | savvy | knew what (she | he) was doing | able to look after (herself | himself) | capable of making | wanted (her | his) independence)
  unless: (rather than | not as | never as | despite) ..4 (articulate | mature | knew what | able to look after | capable)
pattern: as (a | an) ..2 (tenant | adult | offender | customer | client | lodger | suspect | perpetrator | troublemaker | nuisance) ..10 (not | rather than | instead of) (as)? ..2 (a | an)? ..3 (child | young person | teenager | boy | girl | victim | care leaver)
  unless: (not | never | rather than | instead of) as (a | an) ..2 (tenant | adult | offender | customer | client | lodger | suspect | perpetrator | troublemaker | nuisance)
pattern: !(consider* | recognis* | see | saw | seen | think | thought | treat* | regard*) ..12 (himself | herself | themselves) ..2 (a victim | victims | being exploited | exploited | being groomed | being used | at risk of exploitation)
match: When he turned sixteen, his social worker closed the case because he could now decide for himself.
match: The review found that the school saw a disruptive pupil rather than a frightened girl.
match: At fifteen she was thought articulate, and her wish to stay with a friend's family settled the matter.
match: Staff in the hostel dealt with him as a tenant in arrears, not as a young person who had been in care for ten years.
match: Nobody recognised the boy who sold cannabis for others as himself a victim.
nomatch: The worker helped him decide for himself which college course to take.
nomatch: The school treated him as a frightened boy, not as a disruptive pupil.
nomatch: Staff in the hostel treated him as a care leaver, not as a tenant in arrears.
nomatch: The police treated the boy who sold cannabis for others as a victim of exploitation.
# The response a sanction, named at more length: "met his truancy, fighting and cannabis use with a managed move".
pattern: (met | answered | dealt with | handled) ..8 (with | through | by) ..4 (managed move | exclusion | exclusions | detention | detentions | isolation | youth caution | a caution | anger management | a behaviour contract)
  unless: (as well as | alongside | together with | and (a | an)? (referral | assessment)) ..6 (referral | assessment | support | counselling | help)
# The file's words shifting from harm to choice: "'groomed' became 'in a relationship'".
pattern: (exploited | exploitation | groomed | grooming | abused | abuse | trafficked) ..8 (becomes | became | replaced by | gave way to | turned into | rewritten as) ..4 (involved with | in a relationship | associating | friends with | boyfriend | choices | choice | lifestyle)
match: The school met his truancy, fighting and cannabis use with a managed move and an exclusion.
match: In the later records 'exploited' became 'involved with older friends'.
nomatch: The school met his fighting with a referral to the counselling service as well as a short exclusion.

# ---- r18c (issue 10): an exploited teenager met as an offender; her harm read as a bid for attention ----
# Arrested or charged, and nobody asked who was behind it: "he was charged, and who had sent him was not pursued".
pattern: (arrested | charged | cautioned | prosecuted | convicted | sentenced | excluded) ..15 (drugs | cannabis | knife | cash | county lines | stolen | phone | phones) & (!(ask | asked | pursue | pursued | explore | explored | establish | established | consider | considered | find out | found out) ..6 (who | whether | why | what) | (no one | nobody | never) ..3 (asked | wondered | found out) ..3 (who | why | whether) | (who | why) ..8 !(ask | asked | pursue | pursued | explore | explored | establish | established))
  unless: (father | mother | mr | ms | mrs | parent | partner | stepfather | boyfriend) ..3 (was)? (arrested | charged | cautioned | convicted | sentenced)
# Self-harm or an overdose read as behaviour: "her self-harm was seen as attention seeking", "discharged with leaflets".
pattern: (self-harm | self harm | self-harming | overdose | overdoses | overdosed | cutting | ligature) ..12 (+(attention seeking | attention-seeking | manipulative | impulsive | behavioural | for effect | a choice | a cry for attention) | discharged ..6 (leaflet | leaflets | once medically fit | medically fit | with advice))
  unless: (mother's | father's | parent's | mr | ms | mrs | her mother | his mother | her father | his father) ..3 (self-harm | self harm | overdose | overdoses | overdosed) | (never | not) ..2 (dismissed | seen | treated | regarded | described | written off) as
# Her "relationship" with a grown man: "staff spoke of her relationship with a man in his twenties".
pattern: ("relationship" | relationship | boyfriend | "boyfriend" | going out | seeing) ..6 (@older_men | @ar2_adult_age | much older | grown man)
  unless: (mother's | father's | parent's | her mother | his mother | mr | ms | mrs) ..4 (relationship | boyfriend) | (recognised | identified | understood | treated | seen) as ..3 (exploitation | abuse | grooming)
match: When the boy was arrested in another town with cannabis and cash, he was charged, and who had sent him there was never asked.
match: Her self-harm was understood by the ward as attention seeking.
nomatch: The ward never treated her self-harm as attention seeking, and a full assessment followed each time.
match: After each overdose the fifteen-year-old was discharged with leaflets once medically fit.
match: Staff wrote about her relationship with a man in his twenties as if she were his equal.
nomatch: When the boy was arrested with cannabis, the officer asked who had given it to him and referred him to the exploitation team.
nomatch: The mother's overdose was treated at the hospital, and the ward referred the children to social care.
nomatch: The mother's relationship with a man in his twenties had ended before the birth.
# A teenager's absence or conduct answered with a sanction only: "when he stopped going to school at fourteen, the response was a fine for his mother".
pattern: +@teen_age & (response | responses | answer | outcome | reply) ..4 (was | were) ..3 (a | an)? ..2 (fine | fines | prosecution | exclusion | exclusions | detention | detentions | sanction | sanctions | warning | caution | penalty notice | isolation | curfew)
  unless: (as well as | alongside | together with | and a referral)
match: When he stopped going to school at fourteen, the response was a fine for his mother.
match: The fifteen-year-old was found drunk in a park twice; the response each time was a warning.
nomatch: When he stopped going to school at fourteen, the response was a referral to early help as well as a fine.

# ---- r20c (issue 10): the register of overview reports ----
nomatch: The panel found that the unborn baby was not seen as a child in his own right, and planning focused on the mother's needs.
# A teenager known to the youth justice or exploitation services, never assessed as a child in need.
pattern: (@teen_age | youth offending | yot | youth justice | exploitation) & (((his | her | their) needs as a child | as a child in need | child in need) ..6 !(assessed | considered | recognised | met | addressed | identified | explored) | !(assessed | considered | recognised | seen | treated) ..3 as a child in need)
match: Whilst the youth offending team had regular contact with Child Z, his needs as a child in need were not assessed by children's social care.
match: Child L, then fifteen, was never assessed as a child in need, although she had been missing eleven times.
nomatch: Child Z, aged fifteen, was assessed as a child in need within a week of the youth offending team's referral.
# The teenager made responsible for her own safety: "was expected to keep herself safe", "victim-blaming language".
pattern: (expected | left | relied on | required | trusted | asked) ..6 (to)? (keep | keeping) (herself | himself | themselves) safe | (responsibility | responsible) ..4 (for)? ..2 (keeping | keep | protecting | protect) (herself | himself | themselves) | victim-blaming | victim blaming
match: The young person was expected to take responsibility for keeping herself safe.
match: The language used by professionals in the records was victim-blaming.
match: Child N, fifteen, was left to keep himself safe on the estate.
nomatch: The plan set out what each agency would do to keep Child N safe, rather than leaving it to him.
# Punished for what was done to them: "criminalised for behaviour that was a consequence of his exploitation",
# "agencies responded to her offending but not to her vulnerability", "placed in unregulated accommodation".
pattern: +(criminalis* | criminaliz*) | (prosecuted | charged | arrested | excluded | punished | sanctioned | cautioned) ..8 (consequence | result | product | symptom) of ..4 (exploitation | abuse | trauma | grooming | coercion)
pattern: (responded | response | responses | focused | focus | attention) ..4 (to | on) ..4 (offending | behaviour | crime | criminality | conduct | drug dealing | drug use) ..4 (but not | rather than | not) ..4 (vulnerability | needs | welfare | safety | victimisation | trauma | exploitation | risk)
pattern: (placed | moved | housed | lived | living | accommodated) ..4 (in | into | to) ..2 (unregulated | unsupported) (accommodation | placement | placements | flat | provision | hostel)
match: Child J was criminalised for behaviour that was a consequence of his exploitation.
match: Agencies responded to Child H's offending but not to her vulnerability.
match: At the age of sixteen Child P was placed in unregulated accommodation, where she was exposed to further exploitation.
nomatch: Child J was not prosecuted, and the police treated him throughout as a victim of exploitation.
nomatch: Agencies responded to Child H's vulnerability and to her offending together, through one plan.
nomatch: The youth offending team dealt with his exploitation as well as his offending.
nomatch: Police responded to the grooming as well as to her conduct at the hotel.
nomatch: Officers took the girl's risk of exploitation seriously and treated it as well as her offending.
match: Police dealt with the sixteen-year-old as an offender, as well as excluding him from school.
