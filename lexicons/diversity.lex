id: diversity
label: Race, culture, language, religion and disability not addressed
description: Identity, culture, language, religion or disability of the child or family was not considered; interpreters not used.
group: @identity = refugee | asylum | asylum seeker | immigration status | race | racial | ethnicity | ethnic | culture | cultural | cultural factors | cultural norms | cultural identity | heritage | identity | religion | religious | faith | beliefs | language | first language | english | disability | disabled | autism | autistic | deaf | non-verbal | learning disability | learning difficulty | communication needs | sign language | racism | racist | racial abuse | discrimination | hate crime
# ---- Concepts: what this theme evaluates ----
group: @identity_marker = congregation | chapel | synagogue | madrasa | faith community | mosque | church | pastor | imam | temple | gurdwara | ramadan | eid | fasting | fast | traveller | roma | gypsy | asian | "black" | white british | mixed heritage | wheelchair | "speaks" | speaker | speakers | "english" | interpreter | translation | translated | literacy | could not read | cannot read | special school | special schools | sign language | bsl | deaf | blind
group: @diversity_work = cultural competence | cultural awareness | culturally | consideration of culture | attention to identity | use of interpreters | interpreter | interpreters | translation | translated

# ---- Concept patterns ----
pattern: @identity ~ (!@considered | +@underdone | +(@misjudged | +unexplored | +unconsidered | +unaddressed))
  unless: (no | not) (evidence | suggestion) of ..4 @identity | @identity ..3 (was | were) (carefully | fully | thoroughly)? (considered | explored) ..4 (carefully | fully | in full | with)
  unless: !(realise | realised | notice | noticed | recognise | recognised) that
pattern: @identity_marker ~ !(@considered | ask | asked | adapt | adapted | approach | approached | translate | translated | offer | offered | check | checked | mention | mentioned | discuss | discussed | raise | raised)
  unless: (no | not) (need | evidence) of ..4 @identity_marker | interpreter ..4 (was | were) +(used | offered | booked)
pattern: (@identity | @identity_marker) ..8 (read as | seen as | treated as | taken as | interpreted as | put down to | mistaken for) ..3 (shyness | evasion | hostility | aggression | aggressive | avoidance | defiance | rudeness | non-compliance | non-engagement | lack of interest)
pattern: (read | seen | treated | taken | interpreted) as ..2 (shyness | evasion | hostility | aggression | rudeness | defiance) ..8 (culture | cultural | faith | language | religion | custom)
pattern: @diversity_work ~ +(@weak | @lacking)
pattern: interpret* ~ !(use | used | offer | offered | book | booked | provide | provided | present | arrange | arranged)
pattern: @none ..3 @diversity_work
  unless: ("no" | not any | "little") (evidence | sign | indication | suggestion | reason)
  unless: (no | not) (need | evidence) ..4 interpret* | (without | no) ..2 interpret* ..4 (needed | required | necessary)

# ---- Phrase patterns: particular ways of saying it ----
pattern: @identity ..12 (!considered | !explored | !discussed | !addressed | !taken into account | !recognised | !understood | !reflected | !assessed | !adapted | +overlooked | +ignored | no reference | not mentioned | treated as the explanation)
  unless: @identity ..6 (was|were) (carefully)? (considered | addressed)
pattern: !(consider* | explor* | discuss* | address* | take* ..2 account | recognis* | adapt* | reference | refer | mention*) ..10 @identity
pattern: (no | without) ..3 (reference | consideration | exploration | discussion) ..4 (to | of) ..6 @identity
pattern: (no | without | never) ..4 (professional)? (interpret* | signer | sign language) ..6 (used | offered | booked | present | arranged)?
  unless: interpreter ..4 (was | were) +(used | booked)
  unless: (no | without) ..2 (interpret* | signer) ..4 (needed | required | necessary)
pattern: (!used | !offered | !provided | !booked) ..4 (professional)? interpret*
pattern: ((used | acted) ..3 as ..2 (an)? interpret* | asked to interpret)
  unless: professional interpreter
pattern: (sibling | sister | brother | child | son | daughter | husband | wife | father | relative | family member | neighbour | friend | nephew | niece | cousin | aunt | uncle) ..8 (interpret* | translat*)
  unless: (letter | letters | document | documents | leaflet | leaflets | plan | report | reports) ..6 translat* | (professional | qualified | registered | trained) (interpreter | interpreters | signer)
pattern: (fear of | for fear of | afraid of) ..4 (appearing | being seen as) ..3 (racist | culturally insensitive | insensitive | discriminatory)
pattern: (assumptions | assumed | assumption) ..3 about ..4 (cultur* | religio* | ethnic* | race | faith | language)
pattern: (autism | disability | deafness | learning disability) ..8 (treated as the explanation | explained away | masked | +overlooked | attributed)
pattern: (additional)? vulnerability ..4 +overlooked
pattern: (letters | information) ..6 (could not read | unable to read | not in (her | his | their) (language | first language))
# Work done in a language the family does not speak: "every visit was in English, although she spoke only Urdu".
pattern: (in | into) english &14 (could not (read | understand | follow) | unable to (read | understand | follow) | "little" english | "no" english | limited english | first language | (spoke | speaks | speak) only)
pattern: interpreting services ..6 (!obtained | could not | +unavailable)
unless: (carefully | fully) (considered | addressed) ..4 (@identity)
unless: (no | any) (shortcoming* | criticism* | concern*) ..6 (way | how)
match: No interpreter was used, so the mother's husband translated for her.
match: The family's faith and its significance for the children were never explored.
match: The abuse the family suffered from neighbours because of their race was not explored by any agency.
match: No agency considered the discrimination the children faced at school.
match: The child's deafness was not taken into account when planning how to talk to him.
nomatch: Each home visit was conducted through a qualified interpreter booked in advance.
nomatch: The family is of Pakistani heritage.
match: The mother's limited English was never considered when the safety plan was written.
nomatch: The review found no evidence that the family's faith was overlooked.

# ---- Language, faith and disability met without adapting the work (added on branch conceptsB) ----
# lexrec2: more of the languages families in England speak.
group: @language_name = urdu | punjabi | pashto | farsi | dari | arabic | polish | romanian | bengali | sylheti | amharic | somali | tigrinya | kurdish | turkish | portuguese | lithuanian | latvian | mandarin | cantonese | vietnamese | gujarati | tamil | albanian | czech | slovak | russian | ukrainian | hungarian | bulgarian | lingala | yoruba | twi | romani | bsl | makaton | hindi | malayalam | swahili | igbo | french | spanish | italian | greek | hebrew | tagalog | thai | nepali | sinhala | estonian | kurmanji | sorani | oromo | shona | persian | mirpuri | hausa | krio | tetum | creole
# Work done in English for a family that speaks another language: "visits carried on in English, though she spoke only Tigrinya"
pattern: (in | into) english & (@language_name | "little" english | limited english | "no" english | (spoke | speaks | speak) only)
  unless: (interpreter | interpreters) ..4 (was | were) +(used | booked | present | provided)
# A relative or child carrying the words: "her son relayed the questions", "the mother signed for him", "a nephew explained the diagnosis"
pattern: (son | daughter | child | nephew | niece | sibling | brother | sister | husband | wife | partner | neighbour | friend | relative | cousin | aunt | uncle | mother | father | grandmother) ..8 (relaying | relayed | relay | signing for | signed for | explain* ..8 in @language_name | explain* ..6 to (his | her | their) (father | mother | parents))
  unless: (professional | qualified | registered) (interpreter | signer)
pattern: (@language_name | language) &10 (line | telephone) ..6 (dropped | failed | cut out | broke)
pattern: (interpret* | language line | telephone interpret*) ..10 (only | just) ..4 (once | first | initial | one)
pattern: relied on ..3 (gestures | signs | nods | smiles | (his | her | their) (limited)? english | (her | his | the) (son | daughter | child | children))
pattern: (translation | translated | interpreter) & ((requested | asked for | booked) ..10 (delivered | arrived | came) ..6 (after | too late | months later | weeks later) | never (arrived | came | happened))
# Identity recorded wrongly or put down to culture: "ethnicity recorded as not known", "left as a faith matter"
pattern: (ethnicity | religion | faith | first language | language | culture) ..4 (recorded | entered | given | listed)? ..6 as ..2 ("not known" | "n/a" | unknown | "not recorded" | blank)
pattern: (put down to | attributed to | explained as | dismissed as | left as | written off as) ..3 (a)? (faith | cultural | religious | culture | cultural) ..2 (matter | issue | thing | practice | reasons)?
# Disability or identity read as a fault: "his stammer was described as evasive"
pattern: (@identity | @identity_marker | stammer | accent | deafness) ..14 (described | called | labelled | recorded | written up | read) ..5 as ..3 (evasive | aggressive | intimidating | hostile | uncooperative | rude | shy | withdrawn | difficult)
pattern: @identity_marker &15 !(approached | contacted | consulted | asked | involved | spoken to)
  unless: (no | not) (need | reason) to | interpreter ..4 (was | were) +(used | offered | booked)
unless: language of the (records | record | file | notes | report | reports | plan) | first language (was | is) english
# A language barrier met with nothing, and identity words outside the guide's jargon.
pattern: (language | communication) (barrier | barriers) & (no | not | never | without | despite | relied | limited | little)
  unless: (barrier | barriers) ..6 (overcome | addressed | removed) ..4 (with | by | through)
pattern: (immigration status | asylum | refugee | no recourse to public funds | newly arrived | hearing impairment | visual impairment | learning disabled | communication difficulties) ~ (!@considered | +@underdone | +(@misjudged | +unexplored | +unconsidered | +unaddressed))
  unless: !(realise | realised | notice | noticed | recognise | recognised) that
# Stereotypes, and an interpreter who was no stranger to the family.
pattern: stereotyp* | (cultural | racial | religious) (assumptions | stereotype | stereotypes)
  unless: (no | not) (evidence | sign) ..4 stereotyp* | (avoid | avoided | challenge | challenged) ..3 stereotyp*
pattern: interpreter ..14 +(knew the family | related to | same community | friend of | relative of | cousin | family friend)
pattern: (reluctant | hesitant | wary | afraid | nervous | anxious) to ..3 (challenge | question | ask | intervene | raise) ..14 (cultur* | religio* | faith | community | racist | race | ethnic*)
nomatch: An interpreter who did not know the family was booked for every meeting.

# concepts4 (7 December): communication not fitted to the person, a relative used as interpreter,
# identity read as refusal, assumptions made for a community, a disability mentioned once and dropped
group: @dv4_need = disability | disabilities | disabled | autism | autistic | deaf | deafness | blind | visual impairment | hearing impairment | impairment | learning disability | learning difficulty | learning difficulties | cerebral palsy | syndrome | wheelchair | communication board | faith | culture | religion | heritage | refugee | asylum | war | gypsy | traveller
# "the safety plan was given to her in English, which she could not read", "a translation app she barely followed"
pattern: (in english | translation app | dense text | written (agreement | plan | safety plan | contract)) & (!(understand | understood | read | speak | spoke | follow | followed) | thought it was | little of it | little english)
pattern: (father | mother | husband | wife | son | daughter | partner | sibling | brother | sister | relative | family member | uncle | aunt | neighbour) ..12 ("translated" | "interpreted" | "translating" | "interpreting" | acted as ..2 interpreter)
  unless: (no | never | not) ..3 (relative | family member | child | children) ..3 (translated | interpreted)
# "picture" is also the whole of what agencies knew ("held a part of the picture, never brought together"): multi_agency, so only the plural or picture cards here
pattern: (no one | nobody) who could (sign | interpret | speak ..2 (her | his | their) language) | (communication board | board | "pictures" | picture cards | symbols | makaton | bsl | "signing" | sign language | communication aid) ..15 (!used | !brought | !booked | !offered) | (interpreter | interpreters | signer | translator) ..6 (booked | used | present) ..4 (but not | not for | only for)
nomatch: Each agency held a part of the picture but it was never brought together.
nomatch: The school and the GP each saw one picture of the family, and nobody brought the two together.
match: Her picture cards were not brought to the review meeting, so she could not take part.
# Identity read as refusal: "her wish for a female worker was logged as unwillingness to engage"
pattern: (@identity | @identity_marker | @dv4_need | female worker) & (read | recorded | logged | seen | treated | taken | described) ..4 as ..3 (obstruction | obstructive | refusal | refusing | non-engagement | hostility | hostile | unwilling | unwillingness | resistance | guarded | avoidance | avoidant)
# Assumed for a community or a condition: "staff assumed she could not explain the marks"
pattern: (assumed | assumption | assuming) ..15 (community | communities | culture | cultural | custom | customs | tradition | traditions | their way) | (assumed | assuming) (she | he | they) (could not | would not | was unable to | were unable to) ..3 (explain | understand | communicate | say | tell)
# Mentioned once and dropped, or a check that the condition ruled out with nothing in its place
pattern: @dv4_need & (mentioned ..10 (nowhere else | never again | in no (other)? (document | record | plan | assessment) | not again) | could not be (used | weighed | measured | done | assessed | examined) | nothing ..3 (put | offered | used) in (its | their) place | seen as a group)
match: The safety plan was handed to her in English, although she told the midwife she could not read it.
match: Her eldest son, who had the best English in the family, interpreted at each visit.
match: No one who could sign was ever asked to come to the meetings.
match: The father's deafness meant calls went unanswered, and the team recorded this as a refusal to engage.
match: The panel assumed the aunt would step in because that was the custom in their community.
match: The boy's autism was mentioned in the referral and never again.
nomatch: A professional interpreter attended every visit, and the mother said she understood the plan.
nomatch: The boy's autism was mentioned in the referral and shaped every visit after it.

# lexsystem (7 December): what identity meant never asked, a disability taken as the whole explanation, identity-based
# harm logged as something ordinary, a wish about who should see the child overridden
# "nobody asked what the family's faith meant to the children", "no one considered how his deafness affected what he could tell them"
pattern: !(ask | asked | explore | explored | consider | considered | understand | understood | think about | thought about) ..3 (what | how | whether) ..5 (@identity | @identity_marker | @dv4_need) ..5 (meant | mean | means | affected | affect | shaped | shape | limited | influenced | left | kept | stopped | prevented | made)
# "his autism was given as the reason for the self-injury", "the bruising was put down to her condition"
pattern: (@dv4_need | disability) ..6 (given | seen | taken | accepted | treated) as ..2 (the)? (reason | explanation | cause) | (put down to | attributed to | explained by | blamed on) ..3 (his | her | their | the (child's | boy's | girl's))? ..2 (@dv4_need | disability | disabilities)
  unless: (not | never) ..2 (put down to | attributed to | given as | seen as)
# "the racist abuse was recorded as a neighbour dispute", "racial bullying dealt with as a falling-out"
pattern: (racist | racial | racially | religious | homophobic | hate | disablist) ..8 (recorded | treated | logged | dealt with | seen | described | handled) as ..3 (dispute | disagreement | falling-out | falling out | bullying | banter | horseplay | argument)
# "her wish to speak to a woman was not acted on", "his request for a male worker was refused"
pattern: (wish | wishes | request | requests | asked | preference) ..4 (for | to (speak | talk) to | to see | to be seen by) ..2 (a)? (female | woman | male | man) ..6 (!acted | !met | !honoured | !respected | !followed | +ignored | +refused | +overridden | +declined)
match: Nobody asked what the family's faith meant to the children or how it shaped discipline at home.
match: The boy's autism was given as the reason for his self-injury, and nobody looked beyond it.
match: The racist abuse the family suffered on the estate was logged as a neighbour dispute.
match: The girl's wish to speak to a woman was not acted on.
match: The family's refugee status and her fear of the authorities were not taken into account.
nomatch: The social worker asked what the family's faith meant to the children and adapted the plan.
nomatch: The bruising was not put down to her autism; a paediatrician examined her the same day.

# Identity never raised: months of visits with no talk of faith or diet, nobody wondering how a family's community
# might see the council, a claim never tested with someone who knew the culture
pattern: (no | without | never) ..3 (conversation | conversations | discussion | question | questions | mention) (about | of | on) ..6 (@identity | @identity_marker | @dv4_need | @language_name | festivals | festival | diet | what they ate)
  unless: (no | not) (need | reason) (for | to)
pattern: (nobody | no one | no professional | no practitioner | none of them) ..2 (considered | thought | asked | recognised | realised | wondered) (that | whether | how | what) ..10 (@identity | @identity_marker | @dv4_need | @language_name)
pattern: !(consult | consulted | ask | asked | explore | explored | check | checked | seek | sought | speak | spoke) ..10 (anyone | someone | advice | a person) ..4 who (knew | understood | shared | spoke) ..3 (the | their)? ..2 (community | culture | faith | practice | language | religion | customs | traditions)
pattern: (only | no | not one) ..6 (who | that) (spoke | speaks | could speak) ..2 (@language_name | the family's language | her language | his language | their language)
  unless: (no | not) (need | reason) (for | to)
match: In six months of home calls the worker never had a discussion about the festivals the household kept.
match: Nobody considered that a young Gypsy mother on a roadside site might distrust letters from the council.
match: The claim was never checked with anyone who knew the practice.
match: There was no worker in the team who spoke Tigrinya.
nomatch: The worker checked the father's explanation with an imam who knew the community well.
nomatch: The mother's English was fluent and no interpreter was needed.

# lexrec2 (7 December): a family known by a label and nothing more, a people assumed about rather than asked,
# no signer or interpreter brought, a person's need met with the standard material, what a family's origin or
# status meant left unweighed, and a practice of the family's faith or culture set aside as a private matter
group: @dr2_people = somali | somalis | traveller | travellers | roma | gypsy | gypsies | muslim | muslims | sikh | sikhs | hindu | hindus | jewish | orthodox | polish | pakistani | bangladeshi | nigerian | ghanaian | eritrean | afghan | syrian | romanian | eastern european | asian | african | caribbean | chinese | kurdish | migrant | migrants | immigrant | immigrants | refugee | refugees | asylum seekers | black | mixed heritage | white british | foreign national
# "recorded simply as 'Asian'", "described as 'Eastern European', and no more was asked"
pattern: (described | recorded | referred to | noted | listed | labelled | categorised | identified | written up) ..3 (simply | only | just | merely) as ..3 @dr2_people
pattern: (described | recorded | referred to | noted | listed | labelled | categorised | identified | written up) ..3 as ..4 @dr2_people & (went no further | no further | nothing more | nothing further | and no more | beyond that | nothing else)
# "what staff thought they knew about Roma families", "assumed that, being Travellers, they would move on"
pattern: (assumed | assuming | assumption | assumptions | presumed | presumption | took it for granted | taken for granted | (thought | believed) (they | she | he | staff | workers) (knew | know) | generalis*) ..15 @dr2_people
  unless: (no | not) ..3 (assum* | presum*)
pattern: @dr2_people ..12 (assumed | presumed | taken for granted | rather than (asking | being asked | on asking)) 
  unless: (no | not) ..3 (assum* | presum*)
# No signer, interpreter or advocate brought: "at none of the visits was a signer there"
pattern: !(bring | brought | book | booked | arrange | arranged | use | used | provide | provided | offer | offered | find | found | request | requested | call | called | ask for | asked for) ..4 (a | an | any)? ..2 (signer | signers | interpreter | interpreters | translator | translators | bsl interpreter | sign language interpreter | communication aid)
  unless: (no | not) (need | reason) (for | to) | (interpreter | signer | translator) ..4 (was | were) +(needed | required | necessary)
pattern: (none | not one) of ..4 (visits | meetings | appointments | contacts | sessions | interviews) ..6 (signer | interpreter | translator | bsl)
# The standard material for a person it did not fit: "she was given the same written plan as her brother, and could read little of it"
pattern: (@dv4_need | learning (disability | difficulty | difficulties) | literacy | special school* | could not read | unable to read | could not tell the time) & ((same | standard | usual | ordinary | routine | printed | written) ..3 (written | leaflet | leaflets | letter | letters | plan | safety plan | agreement | advice | form | forms | chart | checks) ..12 (could not | unable to | !able to) ..3 (read | follow | understand | use | manage) | (given | explained | repeated) (once | only once) | !(adapted | adjusted | tailored | simplified | made accessible))
  unless: (was | were) +(adapted | adjusted | tailored | simplified)
# What a family's origin, status or faith meant for the children, never weighed: "what their migration meant for the children was not weighed"
group: @dr2_origin = @identity | @identity_marker | @dv4_need | migration | migrated | immigration | isolation | status | uncertain status | legal status | newly arrived | displacement | war
pattern: (what | how) ..8 @dr2_origin ..8 (meant | mean | means | affected | shaped) ..10 (!(weighed | considered | asked | explored | thought about | looked at | discussed | understood | assessed) | nowhere | +overlooked | +ignored)
# A practice of faith or culture set aside: "fear of being married abroad was seen as a family matter", "treated as their culture"
pattern: (@identity | @identity_marker | forced marriage | to be married | married abroad | fgm | cutting | honour | "back home") & (seen | treated | regarded | dealt with | viewed | left) as ..2 (a | an | their | the)? ..2 (family | private | cultural | religious | community | domestic) (matter | issue | business | affair | practice | norm)
  unless: (not | never) ..2 (seen | treated | regarded | dealt with | viewed | left) as
# English good for small talk taken as good enough: "her conversational English was taken as enough for the medical findings"
pattern: (english | (her | his | their) language) ..10 (taken | assumed | treated | judged | thought | presumed) ..4 (as | to be)? ..3 (good enough | enough | adequate | sufficient | fluent)
pattern: (assumed | presumed | judged | thought | taken | told) ..8 (english | (her | his | their) (english | language)) ..4 (was | were)? ..2 (good enough | adequate | sufficient | fluent)
match: The file records the family simply as 'African' and says nothing of where they came from.
match: The assessment listed the parents as Kurdish and went no further.
match: Workers assumed that as Travellers the family would not want a settled school place.
match: The plan rested on what staff thought they knew about Muslim households rather than on asking this one.
match: At none of the home visits was a BSL interpreter present for the deaf father.
match: No one arranged a signer for the parents' review meeting.
match: The mother has a learning disability and was given the standard feeding leaflet, which she could not read.
match: How the family's flight from the war had shaped the children's fears was never explored.
match: Her fear of being sent abroad to be married was seen as a family matter.
match: Her English was taken as good enough for a conversation about the skull fracture.
nomatch: The file records the family's heritage as Kurdish and sets out their history in some detail.
nomatch: A BSL interpreter was present at every home visit.
nomatch: The mother has a learning disability, and the feeding advice was adapted into pictures for her.
nomatch: Her fear of being sent abroad to be married was referred to the police the same day.
nomatch: The assessment explored what the family's flight from the war meant for the children.
match: Every visit was held in English, though the mother spoke only Nepali.

# r17b (7 December): more names of who a family is, and what became of it: explained away as "cultural", mentioned and
# left, the same material as for anyone, understanding assumed, what it was like for the child never asked.
group: @dv_who = @identity | @identity_marker | @dr2_people | @language_name | christian | catholic | jehovah's witness | jehovah's witnesses | mixed race | dual heritage | gender identity | transgender | pronouns | new name | "sexuality" | gay | lesbian | bisexual | lgbt* | cerebral palsy | down syndrome | down's syndrome | adhd | dyslexia | dyslexic | hearing impairment | visual impairment | signer | lip-read* | immigrant | migrant | no recourse to public funds
pattern: (@explained_as | (put | putting) ..6 down to) ..8 @dv_who | (described | seen | treated | accepted | dismissed | explained | understood | regarded | viewed | written off) ..4 as ..3 ("cultural" | a cultural (matter | issue | norm | practice | difference) | part of (their | his | her | the family's) (culture | faith | religion | way of life | tradition | traditions | upbringing))
  unless: (not | never | rather than) ..3 (put | described | seen | treated | accepted | dismissed | explained | regarded | viewed) ..4 (as | down to)
pattern: +@dv_who &15 (played no part | (had | has) no (part | place | bearing) | (mentioned | noted | recorded) (only)? once | opening line | (first | opening) (page | paragraph | line) ..4 (only | and) | left (it)? there | said nothing (about | of) | silent (on | about) | no mention of | (box | boxes | section | sections) ..6 (left)? blank)
  unless: (no | not) (evidence | sign | suggestion) of
pattern: +@dv_who &20 (same ..3 as (to)? (any | every | all)? ..2 other | (no | without) ..2 (adjustment | adjustments | adaptation | adaptations | reasonable adjustments) | standard (letters | letter | format | leaflet | leaflets | materials | pack))
  unless: (was | were) +(adapted | adjusted | tailored | simplified | translated)
pattern: +@dv_who & (assumed | presumed | took (it)? for granted) ..10 (understood | understand | follow | followed | could read | grasped | knew what)
pattern: !(ask | asked | consider | considered | explore | explored | think | thought | find out) ..4 what ..14 @dv_who ..8 (was | is | would be) like (for | to)
match: Professionals put the children's absence from school down to the family's Traveller background.
match: The father's rules about the girls going out were described as cultural and not looked at again.
match: The family's faith was mentioned once, in the assessment's opening line, and played no part in what followed.
match: The boy's wish to be known by a new name has no place in any of the plans.
match: The mother is dyslexic, and she was sent the same letters as any other parent.
match: Workers assumed that the grandfather, who spoke Punjabi, understood the safety plan read to him in English.
match: No one asked what being the only Muslim girl in the class was like for Child S.
nomatch: The mother is dyslexic, and every letter to her was adapted and read through with her.
nomatch: The father's rules were not put down to culture but explored with him and the girls.
nomatch: The worker asked what being the only Muslim girl in the class was like for Child S.
nomatch: The family are Catholic and attend mass weekly.

# ---- r18c (issue 10): who the family were, left out of the record; a child's impairment treated as absent ----
# "the assessment says nothing about the family being Roma", "the plan is silent on his deafness".
pattern: (says | said | records | recorded | contains | contained | mentions | mentioned | notes | noted | holds) (nothing | little | next to nothing) (about | of | on) ..6 (@dv_who | @dv4_need | @language_name)
# An impairment or identity treated as if it were not there: "discussed as if he had no additional needs".
pattern: as (if | though) ..3 (he | she | they | the (boy | girl | child | baby)) ..2 (had | has) ..2 (no | none of) ..2 (additional needs | needs | disability | disabilities | impairment | special needs)
  unless: (disability | disabilities | needs | impairment) ..4 +(assessed | considered | met | explored) ..4 (and | in full | carefully)
# The way they could be spoken to, never arranged: "a signer was never booked", "a Punjabi speaker was never found".
pattern: (signer | sign language | bsl | @language_name (speaker | interpreter | worker)) ..4 (!(booked | arranged | found | provided | used | offered) | never (booked | arranged | found | provided | used | offered))
match: The assessment says nothing about the family being Roma or about their move from Romania.
match: At the strategy meeting the boy's behaviour was discussed as if he had no additional needs.
match: Because the mother was deaf the visits relied on written notes; a signer was never booked.
match: The plan mentions nothing about the children's faith, although they spent each evening at the mosque.
nomatch: The assessment says a great deal about the family's Roma heritage and what their moves had meant for the children.
nomatch: A BSL interpreter was booked for every visit and for the conference.
nomatch: The school treated the girl as if she had no friends in the class, which was true.
# Left out of the work: "their refugee experience was not part of the assessment".
pattern: +(@dv_who | @dv4_need) &15 ((was | were) (not | never) ..2 part of ..2 (the)? (assessment | plan | planning | work | discussion | discussions | conference) | formed no part of | (had | found) no place in)
match: The family's refugee experience and what it meant for the mother's trust in authority were not part of the assessment.
match: The boy's deafness was never part of the planning for his interview.
nomatch: The family's faith was part of every discussion, and the plan was agreed with their imam.
# Spoken to through a child or relative: "health staff communicated with the father through his eight-year-old daughter".
pattern: (communicated | communicate | spoke | talked | explained | relayed | conveyed | gave ..3 advice) ..6 through (his | her | their | the) ..6 (son | daughter | child | children | sibling | brother | sister | nephew | niece | husband | wife | neighbour | friend | relative | cousin | boy | girl)
match: Health staff communicated with the father through his eight-year-old daughter.
match: The worker explained the plan to Mrs A through her teenage son.
nomatch: The worker explained the plan to Mrs A through a Tigrinya interpreter booked for the visit.

# ---- r20c (issue 10): the register of overview reports ----
# Language in another sense: "sexualised language" is a sign of abuse, not identity.
unless: (sexualised | sexualized | sexual | explicit | abusive | offensive | foul | threatening | body) language
nomatch: Whilst the school noted sexualised language in Child R's play, these were not considered as possible indicators of abuse.
# A relative or child made the interpreter: "the father was used to interpret for the mother", "relied on her son to translate".
pattern: (was | were | been | being) used to (interpret | translate) | (relied | relying | depended | depending) (on | upon) ..5 to (interpret | translate)
  unless: (professional | qualified | registered | trained | telephone) ..2 (interpreter | interpreters | interpreting) | (interpreter | interpreters | interpreting service | language line) ..3 to (interpret | translate)
match: It is of concern that the father, whose first language is Polish, was used to interpret for the mother.
match: The health visitor relied on the eleven-year-old daughter to translate at the new birth visit.
nomatch: A professional interpreter was used to interpret at every core group meeting.
nomatch: The social worker relied on the telephone interpreting service to translate the plan at each visit.
# Disability read as the explanation: "his disability was seen as explaining the injuries", "put down to her autism".
group: @div_disability = disability | disabilities | autism | autistic | learning disability | learning difficulty | learning difficulties | cerebral palsy | syndrome | adhd | sensory needs | sensory impairment | communication difficulties | impairment | deafness | condition
pattern: +@div_disability ~ ((seen | taken | viewed | regarded | treated | accepted | assumed) ..3 as (explaining | an explanation | the explanation | the reason | the cause | accounting) | explained away)
  unless: (no | not) (evidence | sign) of
match: The review has found that Child J's disability was seen as explaining his injuries and weight loss.
match: His autism was taken as the explanation for his withdrawal, and no one asked what was happening at home.
nomatch: His autism was taken into account in planning how to explain the medical to him.
pattern: (attributed | put down | ascribed | blamed) (to | on) ..3 (his | her | their | the child's | the boy's | the girl's)? ..2 (disability | disabilities | autism | learning disability | learning difficulties | cerebral palsy | syndrome | adhd | sensory needs | impairment)
match: The bruises on Child T's shins were put down to his cerebral palsy without a medical.
match: Her withdrawal and weight loss were attributed to her autism by school and GP alike.
nomatch: Her delayed speech was assessed by a speech and language therapist, who found no link to her autism.
# Heed said as a noun identity received: "the family's faith received little attention", "scant weight was attached to her heritage".
pattern: +(@identity | @dr2_people | @language_name) ~ @slight_heed
  unless: (no | not) (need | evidence) of
match: The family's Muslim faith and Pakistani heritage received little attention in the assessment.
match: Insufficient weight was attached to the mother's limited English when the plan was explained.
nomatch: The family's faith received careful attention, and the imam was consulted with their consent.
# Practitioners not equipped to talk about identity: "practitioners lacked confidence in discussing race".
pattern: (lacked | lack | lacking | little | limited | insufficient | low | no) ..2 (confidence | skill | skills | training | expertise) ..6 (@identity | @dv_who) | (uncomfortable | ill-equipped | ill at ease | unconfident | nervous | anxious | hesitant | wary) ..4 (discussing | talking about | raising | asking about | addressing | to (discuss | talk about | raise | ask about | address)) ..4 (@identity | @dv_who)
match: Practitioners lacked confidence in discussing race and ethnicity with the family.
match: Staff told the review that they felt uncomfortable raising the family's religion with them.
nomatch: Practitioners showed confidence in discussing race and culture with the family from the first visit.
