id: signs_of_abuse
label: Signs of abuse missed
description: Injuries or signs of abuse were not identified, explained away or not reported.
# ---- Concepts: what this theme evaluates ----
group: @injury = injury | injuries | bruise | bruising | bruises | mark | marks | fracture | fractures | burn | burns | bite mark | scald | frenulum | torn frenulum | head injury | non-accidental injury | physical chastisement | sexualised behaviour | signs of injury | signs of abuse | indicator of abuse | bleeding | swelling | cuts | lesion | weight loss | bite | bites | scalds | wound | wounds | indicators of abuse | signs of harm | sign of abuse | signs of sexual abuse | abrasion | abrasions | laceration | lacerations | graze | grazes | welt | welts | haematoma | blister | blisters | subdural | retinal haemorrhage* | "bruised" | "burnt" | "scalded"
group: @referred = refer | referred | report | reported | question | questioned | recognise | recognised | identify | identified | examine | examined | investigate | investigated | follow up | followed up | explore | explored | notice | noticed | document | documented | appreciate | appreciated | understood | acted on | escalate | escalated | passed on | discussed | grasp | grasped | realise | realised | query | queried | photograph | photographed

# ---- Concept patterns ----
pattern: @injury ~ (!@referred | +(explained away | +missed | +overlooked | +unexplained ..4 accepted | attributed to | put down to | accepted as (accidental | an accident) | +dismissed | +minimised | +unreported | +unrecognised | +unquestioned))
  # an injury not mentioned in a document, missed appointments beside a fracture: recording, health_coordination (lexchild)
  unless: !(mentioned | recorded) in (any | the | a) document | missed (appointment | appointments)
  unless: (no | not) (injury | injuries | bruise | bruises | bruising | marks) ..3 (was | were)? (found | seen | noted | present) | @injury ..4 (was | were) (referred | reported) ..4 (at once | promptly | same day | immediately)
  # an account of an injury left unchecked is face_value's failure, not a sign missed (r18b)
  unless: (account | explanation | version | story) (of | for) ..5 @injury ..6 (+accepted | !questioned | !challenged | !checked | !tested | !verified | without (question | checking | challenge))
pattern: (failure | failed | fail) to ..2 (recognise | identify | see | spot) ..3 (signs | indicators | significance)

# ---- Phrase patterns: particular ways of saying it ----
pattern: @injury ..12 (!pursue* | !tested | "unquestioned" | accepted | !given ..3 weight | !referred | !reported | !questioned | !recognised | !identified | !explored | !examined | !considered | !investigated | +(explained away) | +unexplained | +unquestioned | went +unquestioned | +(attributed to) | treated as accidental | treated as the explanation | +(put down to) | without ..4 (asking | consideration | question* | referral) | !(seen | regarded | treated | viewed) as (significant | suspicious | a concern | a safeguarding concern | abuse | non-accidental))
  unless: @injury ..6 (were|was) referred ..6 (same day | on the day | promptly | in line)
  unless: (account | explanation | version | story) (of | for) ..5 @injury ..6 (+accepted | !questioned | !challenged | !checked | !tested | !verified | without (question | checking | challenge))
pattern: !(recognis* | identif* | question* | referred | refer | report* | consider* | notic*) ..8 (@injury | signs | significance | possibility of ..3 (abuse | injury | non-accidental) | abuse | sexual abuse)
  unless: significance ..8 (risk | sibling)
  unless: (sign | signs) of (neglect | risk | need | needs | distress | disengagement | non-engagement | drift | deterioration)
pattern: (explained away | accidental | innocent explanation) ..6 (injur* | bruis* | fracture | mark*)?
  unless: !(explained | accidental)
  # an injury found, after inquiry, to be accidental (concepts3)
  unless: (confirmed | found | established | witnessed | shown | concluded | judged) ..4 (accidental | an accident)
pattern: (possibility | likelihood) of ..3 (abuse | non-accidental | inflicted injury | sexual abuse) ..6 (!considered | !explored)
pattern: (no one | nobody) ..6 (asked | considered | questioned | thought) ..8 (how ..10 (happen* | injur* | fractur* | broke | burn* | bruis* | caused | sustained | got) | whose | whether ..8 (abuse | abused | injur* | non-accidental | inflicted | harm* | hurt) | injur* | signs | abuse | happened)
  unless: what happened to ..3 (care | feeding | routine | supervision)
  # "what might happen to her" asks about future risk (risk_assessment), not how an injury came about (concepts3)
  unless: what ..3 (might | could | would) ..2 happen
# "the opportunity for a child protection medical was missed"
pattern: (child protection medical | medical examination | skeletal survey) ..6 (+missed | !arranged | !sought | !requested | !held | !undertaken | !done)
pattern: (bruising protocol | bruising policy | protocol for non-mobile) ..8 (!followed | !used | !applied | not followed)
pattern: (non-mobile | four-month-old | baby) ..10 (roll* | fall* | fell) ..8 (not yet able | could not | unable)
pattern: (tolerate* | accepted) ..6 (physical chastisement | smacking | hitting)
pattern: (fail* | failure) to (refer | recognise | identify | report) ..6 (@injury | signs | bruising | abuse)
pattern: (vulnerability | inconsolable crying | refusal of feeds) ..8 (+overlooked | signs of injury | might be)
unless: (none | no injuries) ..4 (visible | were missed)
pattern: @injury &14 (!(seek | sought) ..4 (opinion | medical | advice | examination) | !pursue* | !test* against)
pattern: !test* against ..4 (pattern of)? ..2 (the)? @injury
pattern: (disclos* | told ..6 (hit | hurt | touched | abused)) &12 (!given ..3 weight | !acted | !believed | !referred | !taken seriously)
  # "neither believed it was their job": a belief about roles, not disbelief of the child (lexchild)
  unless: believed (it | that | this) ..2 (was | were)
pattern: @injury & (this was accepted | explanation was accepted | account was accepted | accepted the (explanation | account))
match: The bruise on the baby's ear was not referred for a medical opinion.
match: Each injury was explained away as the result of rough play.
match: The mark on the toddler's cheek was not regarded as suspicious by the nursery.
match: No child protection medical was arranged after the second fracture.
match: Nobody questioned how a four-month-old who was not yet crawling came to have a broken leg.
nomatch: Nobody asked whether the plan was still working.
match: No one considered that the child's behaviour might indicate sexual abuse.
nomatch: The paediatrician examined the bruised toddler that afternoon, as the local procedure requires.
nomatch: Partner agencies must check that staff know what to do when a non-mobile baby has a mark.

# ---- An injury seen and let go, told through what was done (added on branch conceptsB) ----
# "took it no further", "let the matter drop", "decided to monitor instead", "outside her brief"
group: @let_go = no further | (let | left) ..3 (drop | rest | there) | (decided | chose | agreed) to ("monitor" | wait and see) | "monitor" instead | outside ..2 (brief | remit) | beyond ..2 (brief | remit) | there the matter (rests | rested | ended)
# (r18b) the sign and what was done with it may stand a long clause apart: "a scald, seen on a visit about the rent, was in her view outside her brief"
pattern: (@injury | skeletal survey | child protection medical | medical examination) &25 @let_go
  unless: (no | not) (injury | injuries | bruise | bruises | bruising | marks) ..3 (was | were)? (found | seen) | no further action ..6 (was | were) (sound | right | correct | appropriate | justified | reasonable | needed | required | warranted | necessary)
pattern: (skeletal survey | child protection medical | medical examination | body map) & (it was not done | was never done | not carried out | never carried out)
# How a child came by an injury was not asked: "no one wondered how the fracture happened".
pattern: how ..10 (come to | came to | came by | got | get | had) ..8 (@injury | break | broke | broken | hurt | burned | burnt | scalded) & (@unasked | (no one | nobody | not one) ..4 (asked | questioned | wondered | put))
pattern: (@injury | hit | hurt | touched | comes in at night | sexual knowledge | sexualised) &15 (neither | nobody | no one | never) ..3 (raised | passed | told | shared | mentioned | reported) ..4 (anyone else | outside the (building | nursery | school | setting | home) | beyond the (building | nursery | school))
# An injury given an innocent label and left there: "the bruises were recorded as rough play", "no body map was completed"
pattern: @injury ..12 (recorded | said | thought | assumed | described | noted) ..5 (as | to be) ..3 (rough play | play fighting | clumsiness | clumsy | a fall | falling | accidental | eczema | teething | a birthmark | birthmarks | self-inflicted | sport | football)
  unless: (confirmed | found | established) ..4 (accidental | a birthmark)
pattern: (no | without) body map | body map ..4 !(completed | done | made | drawn)
pattern: (disclosure | allegation) ..8 (retracted | withdrawn) ..10 (accepted | no further | closed | not pursued | left there | ended)
# An injury in a baby who could not yet move is itself the sign; it counts when it was not acted on.
group: @nonmobile_injury = @injury ..8 (non-mobile | pre-mobile | not yet mobile | immobile | not yet crawling) | (non-mobile | pre-mobile | not yet mobile | immobile | not yet crawling) ..4 (baby | infant | child) ..10 @injury
pattern: @nonmobile_injury & (!(refer | referred | report | reported | question | questioned | examine | examined) | (no | without) ..3 (referral | medical | examination | question))
  unless: (referred | reported) ..4 (promptly | same day | immediately | at once | appropriately | in line)
pattern: @injury &10 (no | without) ..2 (action | referral | follow-up | questions | enquiry | further enquiry)
  unless: cut (down | back) | (no | without) ..2 (action | referral) ..4 (needed | required | necessary | was appropriate) | (no | not) (injury | injuries | bruise | bruises | bruising | marks) ..3 (was | were)? (found | seen)

# ---- An injury or a disclosure given an innocent reading or let go (concepts3) ----
pattern: @injury ~ @explained_as
  unless: (confirmed | found | established | witnessed) ..4 (accidental | an accident) | (no | not) (injury | injuries | bruise | bruises | bruising | marks) ..3 (was | were)? (found | seen)
pattern: (disclosure | disclosed | told ..10 (hit | hurt | touched | kicked | smacked | punched | slapped | into (her | his) room)) &15 @came_to_nothing
  unless: (referred | reported | passed on) ..4 (same day | at once | promptly | immediately)
pattern: (@injury | attendances | presentations) ~ !(linked | connected | put together | seen together)
match: The marks on the baby's back were written off as play between the brothers.
match: The boy told the youth worker that his mother's partner had punched him, and this was not followed up.
match: The burns seen at two clinic visits were never connected.
nomatch: The bruising was confirmed as accidental after a full child protection medical.
nomatch: The girl told her teacher that her father had slapped her, and this was referred the same day.
nomatch: A consultant examined the bruise and concluded that it was accidental.

# concepts4 (7 December): a sign seen and told through what was (not) done with it
# What was seen: the injuries of @injury and the particulars a report names instead, marks on the body and
# signs in the child's behaviour ("a black eye", "a swollen hand", "frightened of her father", "sexualised play").
group: @sign_seen = @injury | swollen | black eye | scratch | scratches | graze | grazed | grazes | petechia* | haemorrhage | hair loss | cut lip | dislocated | broken (wrist | arm | leg | rib | ribs | bone | bones | collarbone) | sexualised | screaming | sexual exploitation | exploited | groomed | grooming | roughly
# The sign written down and nothing more: "logged it and did nothing else", "noted; no other action was taken".
group: @noted_only = (recorded | noted | logged | wrote | written | photographed | filed) ..3 only | nothing (further | more | else) | no (other | further) (action | step | steps) | without (comment | further (action | question | questions)) | !(complete | completed | fill | filled) ..3 (concern form | referral | body map | record) | made no (record | referral | note)
pattern: +@sign_seen &15 @noted_only
  unless: cut (down | back) | (no | not) ..2 @injury | no further action ..6 (was | were) (needed | required | sound | right | correct | appropriate | justified | reasonable) | (no | not) (injury | injuries | bruise | bruises | bruising | marks) ..3 (was | were)? (found | seen)
# Given a harmless reading: "the screaming was dealt with as a noise complaint", "her fear was thought to be shyness".
group: @benign_reading = (seen | regarded | treated | viewed | noted | described | thought | taken | dealt with | handled) ..2 (as | to be) ..4 (rash | nuisance | complaint | stress | lifestyle | experimentation | typical | normal | shy | shyness | age | the kind of thing | growing pains | boisterous) | !(seen | regarded | treated | viewed | noticed) as ..4 (concern | significant | suspicious | indicator | indicators | sign | signs | worrying)
pattern: +@sign_seen &15 (+@explained_as | @benign_reading)
  unless: (confirmed | found | established | witnessed) ..4 (accidental | an accident)
# Nobody asked how or why: "the family went home before anyone asked how the burn was caused".
pattern: @sign_seen & ((no one | nobody | before anyone | without anyone | neither) ..5 (asked | asking | questioned | wondered | enquired) ..3 (how | why | where))
# A hurt told by the child and let go: "he said his uncle squeezed his arm; she told him to go home and tell his mum".
group: @hurt_told = hurt | hurts | hit | hits | squeeze* | belt | smack* | kick* | punch* | slap* | did it | did this
pattern: (disclos* | told ..10 @hurt_told | said ..6 @hurt_told) &15 (@came_to_nothing | +dismissed | decided to wait | (tell | ask) ..2 (her | his) (mum | mother | dad | father) | !(ask | asked | tell | told | report | reported | pass | passed) ..4 (anyone | anything | more | further | her | him))
  unless: (referred | reported | passed on) ..4 (same day | at once | promptly | immediately)
# Episodes never put side by side: "each attendance was treated as a new event", "logged separately".
pattern: (@sign_seen | attendances | presentations | entries | episodes) &14 ("separately" | in isolation | on (its | their) own merits | as a (new | separate | fresh | one-off | discrete | single | isolated | stand-alone | standalone) (event | episode | incident | attendance | presentation) | !(looked | look | seen | considered | viewed) at? as a whole | taken together)
  unless: !(separately | in isolation | as a new)
# Harm not thought of: "did not consider that he might be being groomed", "it never occurred to staff that it was inflicted".
pattern: !(recognis* | consider* | identif* | see | seen | explore* | occur* | think | thought) ..10 (might | may | could | "being" | "been" | possib*) ..3 (exploit* | groom* | harmed | abused | inflicted | non-accidental)
match: The bruised knuckles were written in the contact log and nothing more was done.
match: A neighbour's report of a child screaming at night was handled as a noise complaint.
match: The toddler left the clinic with a dressed burn before anyone asked how it had been caused.
match: The boy said his uncle squeezed his arm until it hurt, and the teaching assistant told him to tell his mum.
match: Four attendances with cuts and scalds were each dealt with as a new event.
match: Staff did not consider that the thirteen-year-old might be being groomed by the older men.
nomatch: The bruised knuckles were written in the contact log and referred to children's social care within the hour.
nomatch: The attendances were not looked at in isolation; the nurse compared all four.
nomatch: Staff considered at once that the girl might be being groomed and called the police.

# ---- lexchild (7 December): a sign seen, then what was not done with it, said as events ----
# Marks and behaviour a report names that @sign_seen lacked: "welts", "grip marks", "wetting", "fear of going home".
group: @sign_more = @sign_seen | welts | weals | fingertip | finger-tip | grip marks | belt marks | loop marks | slap marks | wetting | soiling | fear of going home | frightened of going home | afraid to go home | flinch* | sexual acts | sexual play | sexual knowledge | sexually explicit | withdrawn | withdrawal | scalded | torn frenulum
# How it happened, never asked: "the GP did not ask how the baby had come by the bruises", "did not ask how hot water had reached both feet".
pattern: +@sign_more & !(ask | asked | asking | question | questioned | enquire | enquired | wonder | wondered) ..2 (how | why | who | where)
  unless: (asked | questioned) ..6 (how | why) ..10 (and | then) ..3 (referred | reported)
# Seen, written down or told to a parent, and then nothing: "said nothing", "sent her home with her father", "left it there".
pattern: +@sign_more &15 (said nothing | told no one | told nobody | did nothing | kept it to (himself | herself | themselves) | @let_go | sent (her | him | them) home | let (her | him | them) go home | spoke to the (mother | father | parent | parents) and ..2 (left | did nothing))
  unless: (no | not) ..2 (injury | injuries | bruise | bruises | bruising | marks) | (referred | reported | called | rang) ..6 (same day | at once | promptly | immediately | within the hour | that (day | afternoon))
  # (r18b) an examination that found no cause for concern: "no further action was needed"
  unless: no further action ..6 (was | were) (sound | right | correct | appropriate | justified | reasonable | needed | required | warranted | necessary)
# Read as something harmless: "saw her withdrawal as teenage moodiness", "read as a reaction to the separation".
pattern: +@sign_more ..8 as ..4 (moodiness | teenage | adolescence | a phase | a reaction to | reaction to | the separation | the divorce | settling in | tiredness | clumsiness | boisterous | high spirits | attention)
  unless: (rather than | not) ..3 as
# The parent's explanation set down as the cause: "the explanation that it caught in the cot bars was written down as the cause".
pattern: +@sign_more & (explanation | account | what ..3 (said | told)) ..10 (written down | recorded | noted | accepted | taken | entered) as ..2 (the)? (cause | reason | explanation)
# A child who told, not believed: "told her not to make up stories", "thought she was lying".
pattern: (disclos* | told ..10 @hurt_told | said ..6 @hurt_told) &15 ((not to | stop) ..2 (make | making) ..2 (up)? (stories | things) | !believed | lying | telling lies | a liar | made it up | making it up)
  unless: believed (it | that | this) ..2 (was | were)
match: The GP dressed the scalded feet and did not ask how the water had reached both of them evenly.
match: The teacher noticed welts on the boy's back and said nothing to anyone.
match: The nursery manager saw fingertip bruises on her arm, wrote them in the diary and sent her home with her father.
match: Staff saw the girl's withdrawal and weight loss as teenage moodiness.
match: The baby had a swollen leg, and the mother's explanation that it had caught in the cot bars was written down as the cause.
match: The girl told a lunchtime supervisor that her stepfather hurt her, and was told not to make up stories.
nomatch: The GP asked how the scald had happened and then referred the baby to the paediatric team.
nomatch: The nursery saw fingertip bruises on her arm and referred her to children's social care within the hour.
nomatch: The consultant recorded the birthmark and noted that it had been present from birth.
# A sign met with no referral, no medical or no question, anywhere in the sentence; or the carer's account taken.
pattern: +@sign_more & ((no | without) ..2 (referral | child protection medical | medical | examination | body map | safeguarding referral | questions | question | enquiry) | accepted ..3 (explanation | account | word | view) | (explanation | account) ..2 (was | were) +accepted)
  unless: (no | not) ..2 (injury | injuries | bruise | bruises | bruising | marks) ..3 (was | were)? (found | seen) | (no | without) ..2 (referral | medical | examination) ..4 (needed | required | necessary | indicated) | (confirmed | found | established | witnessed | concluded) ..4 (accidental | an accident | a birthmark | consistent)
match: The childminder saw grip marks on the toddler's arms, and no referral followed.
match: The health visitor saw the scratches on the baby's face and accepted the mother's explanation that he had done it himself.
nomatch: A consultant examined the grip marks and concluded they were consistent with the witnessed fall, so no referral was needed.
# lexchild, third pass: the cause taken as given, a disclosure passed to no one.
pattern: (accepted | assumed | believed | took it) that ..6 @sign_more ..4 (was | were | had been) ..2 (caused | due | from | the result | an accident | accidental)
  unless: (confirmed | found | established | witnessed | concluded) ..4 (accidental | an accident | consistent)
pattern: (disclos* | told ..10 @hurt_told | said ..6 @hurt_told) &15 ((passed | shared | reported | mentioned) (to | with) (no one | nobody | no one else) | went no further)
match: The GP accepted that the baby's burn was caused by a drink spilt by her brother and did not refer.
match: The girl's disclosure to her friend's mother was passed to no one.
nomatch: The GP accepted that the burn was caused by a spilt drink only after the paediatrician concluded it was consistent with the history.
nomatch: The sister's earlier head injury was not mentioned in any document the team wrote.

# ---- lexrec1 (7 December): a sign seen, then let pass: nobody told, the parent rung instead, cream prescribed ----
# Signs a report names beyond @sign_more: marks of a hand, sexual talk or drawings, a child afraid of an adult at home,
# repeated attendances.
group: @sign_wide = @sign_more | handprint | hand-shaped | grip-shaped | linear marks | bite mark | bite marks | cigarette burn | explicit ..2 (drawing | drawings | play | language | talk) | sexual (language | talk | drawings | behaviour) | (frightened | scared | afraid | terrified | fearful) of ..3 (father | mother | stepfather | dad | mum | partner | boyfriend | uncle | going home | him) | hid (behind | under) | (repeated | several | two | three | four | five) ..3 (attendances | presentations)
# What was done instead of acting on it: "thought no more about it", "the comment was not passed to the safeguarding lead",
# "nobody rang children's social care", "rang his mother rather than the lead", "never looked at together", "prescribed cream".
group: @let_pass = thought no more | !(pass | passed) (on | to) | (nobody | no one | neither | none of them) ..3 (rang | called | phoned | told | contacted | alerted | informed | mentioned | raised) | !(discuss | discussed | raise | raised | share | shared) ..3 with (anyone | anybody | the gp | a doctor | a paediatrician | the safeguarding | the designated | the duty) | keep an eye | (rang | called | phoned | told) ..3 (mother | mum | father | dad | parents) (instead | rather than) | never ..2 (looked at | considered | seen | viewed | put | brought) together | (prescribed | treated with | applied) ..2 (cream | ointment | paracetamol | calpol | antibiotics) | (significance | seriousness | meaning) ..8 !(appreciated | understood | recognised | grasped) | moved (straight)? on | nodded | let ..3 (leave | go home) | sent ..3 (home | back to class) | (no | without | never) ..3 (x-ray | xray | scan | skeletal survey | paediatric opinion | paediatrician) | !(follow | followed | use | used | apply | applied) ..4 (protocol | procedure | policy | guidance)
pattern: (+@sign_wide | disclos* | told ..10 @hurt_told | said ..6 @hurt_told) & @let_pass
  # a rash treated is poor care (neglect); a sign told as the child's daily life is the child unheard (child_not_seen)
  unless: rash | eczema | head lice | (everyday | daily | lived) (experience | life)
  unless: (no | not) ..2 (injury | injuries | bruise | bruises | bruising | marks) | (referred | reported | called | rang) ..6 (same day | at once | promptly | immediately | within the hour | that (day | afternoon | morning)) | (confirmed | found | established | witnessed | concluded) ..4 (accidental | an accident)
match: When the girl flinched as her teacher reached past her, staff thought no more about it.
match: The boy told a lunchtime supervisor that his uncle hurt him in the bath, and it was not passed on to the safeguarding lead.
match: The nursery saw a handprint on the toddler's thigh and rang his mother rather than the designated lead.
match: Three attendances at the walk-in centre in six weeks were never looked at together.
match: The baby had a mark on her cheek; the GP prescribed cream and nobody told the health visitor.
match: The seriousness of the bite marks on the boy's arm was not appreciated by the staff who saw them.
match: The five-year-old's explicit drawings and sexual talk were never discussed with the designated lead.
nomatch: The girl flinched when her teacher reached past her, and the teacher rang the duty team within the hour.
nomatch: The nursery saw a mark on the toddler's thigh, and it was confirmed as accidental by a paediatrician.
nomatch: The three attendances were looked at together by the named nurse, who made a referral.
# Signs that a child is being sexually exploited, met with no question: an older "boyfriend", gifts and phones from
# nowhere, a thirteen-year-old "sexually active", a girl "there of her own accord".
group: @cse_sign = older (men | man | males | boyfriend | boyfriends) | adult (boyfriend | boyfriends) | much older | (second | new | expensive | unexplained) ..2 (phone | phones | trainers | clothes | gifts | money) | sexually active | (flat | house | car) with ..3 (men | adults | older)
pattern: @cse_sign & (asked no questions | !(ask | asked) ..4 (where | who | how | why) | of (her | his) own accord | (booked | arranged | offered) ..3 (antenatal | contraception | contraceptive | sexual health) | consensual | (her | his) (own)? choice)
  unless: (referred | reported | strategy discussion | section 47) ..6 (same day | at once | promptly | immediately | was held)
match: The thirteen-year-old arrived at school with a second phone and new trainers, and nobody asked where they had come from.
match: Police found the girl in a flat with three older men and recorded that she was there of her own accord.
nomatch: An adult male lodger rented the back bedroom, and nobody asked who he was.
match: The nurse noted that the fourteen-year-old was sexually active with an adult boyfriend and arranged contraception.
match: The baby had a bruise on his ear; the father said it was a toy, and the doctor nodded and moved on to the feeding.
match: No skeletal survey was done after the fracture in the eight-week-old.
nomatch: Police found the girl in a flat with three older men, and a strategy discussion was held the same day.

# ---- r17a (issue 10): other writers' words for a sign, and what was (not) done with it ----
# How a hurt shows besides a mark: a wince, a limp, a sore or swollen limb, healing or old fractures, sexualised play.
group: @sa_sign = @sign_wide | wince | winced | wincing | limp | limping | limped | swollen | sore | tender | bald patch | healing fracture* | old fracture* | fractured | broken bone* | cigarette | blood | bleed* | torn | split lip | finger marks | "bruised" | "burnt" | "scalded" | sexualised | sexualized | sexually harmful
# The harmless cause taken as given: "taken to be from a tight jumper", "assumed to have come from the cot".
pattern: +@sa_sign ~ (taken | thought | assumed | believed | presumed | understood | accepted | supposed) to (be | have been | have come | come)? ..2 (from | caused by | due to | the result of | a result of)
  unless: (confirmed | found | established | witnessed | shown | concluded) ..4 (accidental | an accident | consistent | a birthmark | from) | until ..6 (confirmed | found | established | concluded | recognised | examined)
# A doubt kept, never voiced: "kept their unease to themselves", "her worry was never passed on".
pattern: +@sa_sign & ((kept | keep | keeping) ..3 to (himself | herself | themselves) | (unease | doubt | doubts | worry | worries | suspicion | suspicions | misgivings | concern | concerns) ..4 !(voiced | shared | raised | passed on | put | recorded | mentioned | spoken))
  unless: (no | not) ..2 (injury | injuries | bruise | bruises | bruising | marks)
# What it could mean never grasped: "did not grasp what a fracture in a baby of eight weeks could mean".
pattern: +@sa_sign & !(grasp | grasped | realise | realised | appreciate | appreciated | understand | understood | see | saw | think | thought | wonder | wondered) ..3 (what | how (serious | significant | unusual | odd) | the (significance | seriousness | meaning | importance))
# It led to nothing: "none of the three attendances led to a safeguarding discussion".
pattern: +@sa_sign & ((none | no | neither | not one) ..8 (led | lead | prompted | resulted | triggered | brought) (to | in)? ..4 (referral | discussion | strategy | medical | question | questions | enquiry | safeguarding | examination | check) | !(lead | led | prompt | prompted | trigger | triggered | result | resulted) (to | in)? ..3 (a | any)? ..2 (referral | discussion | strategy discussion | medical | enquiry | examination))
  unless: (no | not) ..2 (injury | injuries | bruise | bruises | bruising | marks) ..3 (was | were)? (found | seen)
# Seen, written down and let be, in any order: "recorded in the notes but not referred for a medical".
pattern: +@sa_sign &20 !(refer | referred | "report" | "reported" | "escalate" | "escalated" | pass on | passed on | "examine" | "examined" | x-rayed | follow up | followed up)
  # notes that do not mention each other are a record or health-coordination gap; a sign reported, then kept
  # by the agency told, is multi_agency
  unless: !(refer | referred) to (the | each) other | (was | were | had been) +(referred | reported) (at once | promptly | to)
  unless: (no | not) ..2 (injury | injuries | bruise | bruises | bruising | marks) | (no | not) (need | reason) to | (referred | reported | examined) ..6 (same day | at once | promptly | immediately | within the hour | that (day | afternoon | morning))
  unless: (confirmed | found | established | witnessed | concluded) ..8 (accidental | an accident | a birthmark | consistent)
# Never seen by anyone who could say: "never seen by a paediatrician despite two visits to the GP".
pattern: +@sa_sign & !(seen | examined | assessed | reviewed | checked) by ..2 (a | any | the)? (paediatrician | doctor | consultant | specialist | child protection)
# The only question put to the child: "asked if he was all right; he said yes, and the lesson went on".
pattern: +@sa_sign & (if | whether) (he | she | they | the (boy | girl | child)) (was | were) (all right | alright | ok | okay | fine)
match: The marks on the boy's neck were taken to be from a tight school jumper.
match: The paramedics thought the head injury was odd for a fall from a sofa but kept their unease to themselves.
match: The registrar who read the X-ray did not grasp what a fractured rib in a baby of seven weeks could mean.
match: None of the four visits to the walk-in centre with scalds led to a safeguarding discussion.
match: The bruise on the toddler's shin was noted in the diary but was not referred to anyone.
match: The baby's swollen wrist was never seen by a paediatrician, although the GP saw it twice.
match: The boy was limping badly at registration; his teacher asked if he was okay and he said he was.
nomatch: The marks on the boy's neck were thought to be from his jumper until a paediatrician confirmed they were grip marks and referred.
nomatch: The bruise on the toddler's shin was noted in the diary and referred to children's social care within the hour.
nomatch: The bruising was reported to the police, who did not share their findings with the health visitor.
nomatch: A paediatrician concluded that the swollen wrist was consistent with the fall the nursery had witnessed, so it was not referred.

# ---- A sign given an innocent reading, never put together, its meaning not grasped, or written down as told (r18b) ----
# "the drawings were seen as imaginative play", "the marks logged as eczema", "his flinching put down to shyness"
group: @sa_innocent = play | playing | imaginative | imagination | normal | accidental | an accident | clumsiness | clumsy | rough play | rough and tumble | boisterous | typical | a phase | teething | eczema | birthmark | birthmarks | a birthmark | insect bites | bites | a rash | nappy rash | curiosity | age-appropriate | attention-seeking | naughtiness | bad behaviour | behaviour | a fall | falls | a bump | bumps | shyness | being shy | sibling | siblings | a sibling | the dog | the cot | a toy | sport | football
pattern: +@sa_sign ~ ((seen | regarded | treated | viewed | read | dismissed | recorded | logged | taken | understood | explained | accepted | described | interpreted) ..4 as | put ..2 down to | attributed to | blamed on | explained by) ..3 @sa_innocent
  unless: (not | never | rather than) ..2 (seen | treated | dismissed | regarded | put down) (as | to) | (paediatrician | consultant | doctor | medical | examination | skeletal survey | specialist) ..10 (confirmed | found | concluded | diagnosed | established) | witnessed
match: The marks on the girl's inner arms were logged by nursery staff as eczema.
match: His wincing when he sat down was put down to rough play with his brothers.
match: The boy's sexualised language at school was regarded as curiosity.
nomatch: After a skeletal survey the consultant confirmed that the mark on the baby's back was a birthmark.
nomatch: The teacher did not dismiss the boy's sexualised play as curiosity; she made a referral that afternoon.
# Injuries one after another, each treated and none linked.
pattern: +@sa_sign & ((none | never | not | no one | nobody) ..4 (linked | connected | put together | pieced together | seen together | considered together | joined up) | (each | every one | every injury) ..4 (treated | seen | dealt with | handled | looked at) ..3 (on its own | separately | in isolation | as (a)? (one-off | single)))
  unless: (not | never) ..2 (separately | in isolation) | (were | was) +(linked | connected | put together)
match: A scald in the spring, a cut lip in June and a broken arm in September were each treated on its own at the hospital.
match: The minor injuries unit saw the toddler with bruises three times, and nobody connected the visits.
nomatch: The three injuries were linked by the paediatrician, who made a referral the same day.
# The meaning of a sign not grasped: "it is not clear that the significance of bruising to a baby was understood".
pattern: (significance | seriousness | meaning | importance | implications) of ..6 +@sa_sign ..14 !(understood | recognised | grasped | appreciated | realised | considered | seen)
match: The importance of a burn on the palm of a two-year-old was not recognised by the practice.
match: It is not evident that the seriousness of a fracture in a baby of four months was understood at the time.
nomatch: The seriousness of a fracture in a baby of four months was understood at once, and the police were called.
nomatch: The father's story of how the burn happened was never questioned by the health visitor.
match: A bruise along the baby's jaw, seen by the student nurse at the weighing clinic on a busy afternoon, was taken no further.
nomatch: The bruise along the baby's jaw, seen by the student nurse at the weighing clinic on a busy afternoon, was referred the same day, and the strategy discussion found no further action was justified.
nomatch: The examination by the paediatrician found one small bruise on the girl's knee, of the kind any active child gets, and no further action was needed.

# ---- r20c (issue 10): the register of overview reports ----
# A denied finding: "the review does not consider that the bruising could have been identified as inflicted".
unless: (review | panel | reviewer | reviewers | author | authors) ..2 (does | did | do) not (consider | think | believe) that
nomatch: The review does not consider that the bruising could reasonably have been identified as non-accidental at that time.
nomatch: Late booking was not recognised as a sign of risk to the unborn baby.
match: Repeated attendances with minor injuries were each treated as a discrete episode by the emergency department.
# The injuries never read as a pattern: "no pattern of harm was recognised", "the emerging picture of physical abuse was missed".
pattern: (pattern | picture) of ..3 (harm | abuse | injury | injuries | inflicted injury | physical abuse | sexual abuse | maltreatment) ~ (!(recognised | seen | noticed | pieced together | put together | considered | explored | grasped | understood | appreciated) | +@misjudged)
  unless: (no | not) (evidence | sign | indication) of ..3 (a)? (pattern | picture)
match: Across the four attendances no pattern of harm was recognised by the hospital or the GP.
match: The emerging picture of physical abuse was missed by every agency involved with Child D.
match: The pattern of injuries to the baby's face and ears was not seen for what it was.
nomatch: The paediatrician recognised a pattern of inflicted injury and referred the baby the same day.
nomatch: There was no evidence of a pattern of harm, and the skeletal survey was clear.
# Heed said as a noun the sign received: "the bruising received little attention", "scant weight was attached to her disclosure".
pattern: +(@sa_sign | disclosure | disclosures | allegation | allegations) ~ @slight_heed
match: The bruising to the baby's ear received little attention at the clinic.
match: Insufficient weight was attached to Child R's disclosure that her stepfather hurt her.
nomatch: The bruising to the baby's ear received immediate attention from the nurse, who made a referral.
# Curiosity about a sign absent: "there was a lack of professional curiosity about how the injury had occurred".
pattern: (@none | @weak | +@lacking) ..3 (professional)? (curiosity | questioning | enquiry | inquisitiveness) ..4 (about | into | regarding | as to | over) ..6 (+@sa_sign | how ..6 (happened | occurred | caused | sustained | came about))
match: There was a lack of professional curiosity about how the injury to Child A's arm had occurred.
match: Little curiosity was shown about the marks on the baby's back.
nomatch: The nurse showed real curiosity about the marks on the baby's back and asked the father how they had happened.
# The sign never put through the process: "the injury was not subject to a child protection medical".
pattern: +@sa_sign ..8 !(subject | subjected) to ..3 (child protection medical | medical | examination | strategy discussion | section 47 | skeletal survey | body map | referral)
match: The injury was not subject to a child protection medical.
match: The bruising to Baby K's cheek was never subjected to a strategy discussion.
nomatch: The injury was subject to a child protection medical the same afternoon.
# Abuse itself not recognised: "the sexual abuse was not recognised despite a number of indicators".
pattern: (sexual abuse | physical abuse | emotional abuse | abuse | non-accidental injury | inflicted injury | inflicted injuries | maltreatment) ~ (!(recognised | identified | noticed | suspected | picked up | detected | spotted) | +(unrecognised | undetected | unnoticed | @misjudged))
  unless: (domestic | substance | alcohol | drug | drugs | financial) abuse | (no | not) (evidence | sign | indication) of
  # a child's vulnerability to abuse not seen is diversity's or adolescents', not a sign missed
  unless: (vulnerability | vulnerable | risk | risks | susceptibility) (to | of) ..2 (abuse | maltreatment)
nomatch: The effect of the boy's deafness on his vulnerability to abuse was not recognised.
match: The sexual abuse was not recognised despite a number of indicators.
match: Physical abuse went undetected by every agency for more than two years.
nomatch: The sexual abuse was recognised by the school nurse, who referred the same day.
nomatch: The domestic abuse was not recognised by the GP.
# Not alert to it: "practitioners were not alert to the possibility that the injuries were inflicted".
pattern: !(alert | alive | attuned | sensitive | open) to ..3 (possibility | likelihood | risk | signs | indicators | significance) ..8 (abuse | abused | inflicted | non-accidental | harm | harmed | injur* | bruis* | fractur*)
match: Practitioners were not alert to the possibility that the injuries were inflicted.
match: The nursery staff were not attuned to the signs that Child D was being sexually abused.
nomatch: The nurse was alert to the possibility that the bruise was inflicted and referred the baby at once.
# Recognised only late: "it was not until the skeletal survey that the older fractures were identified".
pattern: (not until | only when | only after | only once) ..15 (@sa_sign | abuse) ..4 (recognised | identified | found | acted on | referred | reported | understood)
match: It was not until the skeletal survey after Baby N's admission that the older fractures were identified.
nomatch: The fractures were identified on the first X-ray and referred, not until then suspected by anyone.
# The parent's account became the record: "the nurse wrote that down as the cause", "went into the discharge letter as
# the mechanism of injury", "repeated in every later report as established fact".
pattern: +@sa_sign & (wrote ..3 down | written (down | up | into) | went into | entered | recorded | noted | repeated | appears) ..6 (as | in every) ..3 (the)? (cause | mechanism | established fact | fact | later (record | records | report | reports))
  unless: (did not | does not | could not) (fit | match | explain) | +(referred | questioned | challenged | doubted)
match: The father said the bruise came from a fall in the park, and the nurse wrote that down as the cause.
match: The mother's explanation that the baby rolled off the sofa went into the discharge letter as the mechanism of the injury.
match: Her story that the marks came from a stair gate was repeated in every later report as established fact.
nomatch: The mother's explanation of the bruise was recorded, and the nurse referred the baby because the account did not fit the injury.
# The step the local rule sets for a bruised baby, not taken: "the strategy discussion required by the procedures for a
# baby with a bruise never took place". (Not knowing the protocol is procedures' alone, as the labelled sets read it.)
pattern: (protocol | policy | guidance | procedure | procedures | pathway) (for | on) ..8 (bruise | bruises | bruising | injury | injuries | marks | frenulum) ..8 !(took place | held | followed | applied | used | done | completed | arranged | made | seen)
match: The strategy discussion required by the procedures for a child under one with a bruise never took place.
nomatch: The nurse followed the protocol for a bruise in a non-mobile baby, and a paediatrician saw him the same day.
nomatch: It is not clear that anyone in the team knew the bruising protocol existed.
