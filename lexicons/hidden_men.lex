id: hidden_men
label: Hidden men and invisible fathers
description: Fathers, male partners or other adults in the household were unknown to professionals, not assessed, not engaged or not checked.
# ---- Concepts: what this theme evaluates ----
# (r17a: also a stepdad, a former partner, a cohabitee, a grandfather or uncle in the home)
group: @male = father | stepfather | "partner" | boyfriend | man | men | male | dad | lodger | "males" | paternal | "mother's partner" | the mother's partner | new partner | "boyfriend" | men in the household | adult male | adult males | man living | the baby's father | birth father | "husband" | stepdad | step-dad | ex-partner | ex-boyfriend | ex-husband | former partner | cohabitee | co-habitee | live-in partner | fiance | fiancé | grandfather | grandad | granddad | uncle | male relative | male friend | family friend | male visitor | male visitors

# What belongs to a man rather than the man himself: "Mr E's violence was never assessed" is a parental
# risk factor, "Mr F's role as an imam was not explored" is identity (diversity); "the requirement that he
# complete a programme could never be met" is a service gap. Guards of the wide "man ... not X" patterns.
group: @man_attribute = (@man | mr) ("'s" | "s") ..2 (drinking | drug | drugs | alcohol | substance | mental health | violence | violent | offending | abuse | faith | religion | religious | culture | cultural | role as | programme | treatment)
group: @requirement_unmet = (requirement | requirements | target | targets | condition | conditions | criteria | criterion | outcome | outcomes | need | needs | threshold) ..6 !("met" | "meet")

# ---- Concept patterns ----
pattern: @male ~ (!(know | known | assess | assessed | check | checked | invite | invited | engage | engaged | consider | considered | explore | explored | involve | involved | see | seen | speak | spoke | spoken | ask | asked | identify | identified | meet | met | include | included) | +(invisible | hidden | +unknown | +unassessed | +overlooked | +absent from | +left out of))
  unless: @male ..3 (was | were)? (not | never)? (known | assessed) ..4 (fully | in full | thoroughly | and) | @male ..2 (agency | agencies | organisation*) | (partner | partners) (agency | agencies | organisations | services)
  unless: @male ..2 ('s | "s")? (drug | drugs | drinking | alcohol | substance | mental health | violence | offending | history | use) | (mother | she | woman | the children | child) ..3 (was | were)? !(seen | assessed) | @male ..8 !(told | informed | aware) ..4 (of | about | that)
pattern: @male ~ (!met by | !appear | appears nowhere | received none | knew he existed | no one asked his name | nobody asked his name | no ..3 had a conversation with him)
  unless: (no | not) (evidence | sign) of
pattern: (no | without) (checks | check | police checks | background checks) ..4 (on | into | about)? ..3 @male
pattern: (no one | nobody | no professional | none of ..3 professionals) ..4 (ask* | knew | know | enquired | checked) ..4 (who | about)? ..4 @male
  unless: @man_attribute
pattern: !(know | knew | known | aware) ..6 (that)? ..4 @male ..6 (living | lived | staying | stayed | moved in | was in the household | present)

# ---- Phrase patterns: particular ways of saying it ----
pattern: (hidden men | invisible (father | fathers | man | men | male | figure) | +unseen men)
# "his record was known to probation but did not inform the assessment": the man was known, his history not used (not hidden)
group: @not_inform_assessment = !(inform | informed | shape | shaped | feed into | fed into) ..3 (the | any | her | his | their)? ..2 (assessment | assessments)
pattern: (@man | men | man | who else | other adults | adults in the household) ..10 (!"contacted" | !assessed | !identified | !known | !engaged | !involved | !invited | !considered | !checked | !seen | !spoken | !explored | !"met" | !established | +unknown | +unassessed | +unidentified | invisible | +absent from | +overlooked | +ignored | never (met | assessed | seen))
  unless: (@man | partner) ..4 (was|were) ..2 (identified | assessed | invited) ..4 (and | at an early stage)
  # A man's drinking or violence not explored is a parental risk factor; he himself is not hidden.
  unless: @man ..3 (drinking | drug | drugs | alcohol | mental health | violence | offending) ..6 !(explored | assessed | considered | addressed)
  unless: @not_inform_assessment
  unless: @man_attribute | @requirement_unmet
pattern: !(assess* | identif* | check* | establish* | engag* | involv* | invit* | "meet" | "met" | consider* | explor*) ..4 (the)? ..2 (@man | who else | other adults | paternal family | male partner* | men)
  # the child's perspective not considered in contact with the father is the child unheard (lexchild)
  unless: @child ('s | "s")? ..1 (perspective | views | wishes | voice)
  unless: !consider* ..4 (impact | effect)
  unless: @man_attribute
pattern: (no | any) ..2 (checks | check | assessment) ..6 (@man | partner | new partner | man | men)
pattern: (single | alone) ..10 (evidence ..4 (man | male) | presence)
pattern: (@man | man | partner) ..6 (presence | role | part played | history | convictions) ..10 (!explored | !known | !considered | !assessed | +unknown | +overlooked | went +unexplored | not (explored | known | considered))
pattern: (work | focus | assessment) ..6 (entirely | solely | only | exclusively) ..3 (on | with) ..2 (the)? mother
  # relying on the mother's own report is taking her word (face_value), not leaving a man out (lexchild)
  unless: mother ('s | "s") (self-report | self-reporting | account | word | report | say-so)
pattern: (assessment of ..4 father | father ..6 assessment) ..6 (single | telephone | cursory | amounted)
pattern: (made no attempt | no attempt) ..4 (meet | contact | engage | involve) ..2 (him | father | partner)
pattern: (dad | father) ..4 (at work | was at work) ..6 (no attempt | never | not)
pattern: (man | men) ..6 (said to be | described as) ..6 (plumber | friend | uncle | lodger)
# "protective" quoted: the stem would also veto "the father's child protection history"
unless: father ..6 ("protective" | was assessed | fully assessed)
# A father who had not seen his children is not a man professionals failed to see (lexchild).
unless: @man ..6 (had | has)? (not | never) ..2 (seen | met | visited | spoken to) ..2 (the | his | her | their)? ..2 (@child | children | kids)
# The court not involved, a rating unseen by a manager, a risk level changed without assessment, a man in a child's drawing:
# not a man hidden from the professionals (lexchild).
unless: involvement of the (court | courts | police | local authority) | (rating | ratings | risk level | tier | report | plan | record) ..8 (never | not) seen by | (risk level | rating | tier | level) ..6 (lowered | reduced | raised | changed) without
unless: (picture | drawing | drawings | drew | drawn) ..4 (a | the)? (man | men)
unless: partner (agency | agencies | organisation | organisations | services)
# Included, said through a denial: "the father was not left out of the assessment".
unless: (was | were) (not | never) (left out | excluded | kept out)
# No criminal or social care history, not a man unknown to the professionals: "the mother's partner was not known to the police".
unless: (was | were | had been) ..2 (not | never) ..2 (previously)? known to ..2 (the)? (police | probation | children's social care | children's services | social services | youth offending) (or | and)?
# "the identity of the man seen at the flat was never established", "nobody knew who he was"
pattern: (identity | name | names | details | background) of ..4 (@man | adult | adults | visitor | visitors | lodger) ..15 (!established | !known | !checked | !confirmed | !sought | !ascertained | !asked | +unknown)
pattern: !(know | knowing | knew | establish* | ask* | identif* | find out) who ..2 (he | the man | this man | the father | the partner | the adult | the visitor | they) (was | were)
  # "who he was afraid of", "who he was with": not who the man was (lexchild)
  unless: who ..2 (was | were) ..2 (afraid | frightened | scared | with | going | meeting | seeing | staying)
pattern: @man ..14 (!assessed | !"contacted" | !invited | !identified | !engaged | !involved | !interviewed | !checked)
  unless: (impact | effect | drinking | drug | mental health | violence ..3 on) ..8 !(assessed | considered)
  unless: @not_inform_assessment
  unless: @man_attribute | @requirement_unmet
pattern: @man ..4 (convictions | criminal record | history of violence | previous convictions | offending | record of violence) ..14 (!known | !shared | !checked | !passed | +unknown | never shared)
pattern: !(known | shared | checked | find out | found out | discover | discovered | learn | learned | establish | established) that ..6 @man ..6 (convictions | history | violence | record)
pattern: @man ..4 (moved in | living | staying | was living | had moved) ..12 !(pass | share | tell | inform | report)
pattern: @man ..3 (avoided | evaded | avoiding) ..4 (contact | professionals | visits | being seen)
pattern: (knew | know | known) ..2 (little | nothing | almost nothing | very little) (about | of) ..3 (@man | men | who)
# The man named in one clause and passed over in the next: "the stepfather opened the door, and nobody asked him".
pattern: (@male | @man | mr) & !(ask | asked | call | called | ring | rang | contacted | speak | spoke | talk | talked | meet | met | visit | visited | invite | invited | check | checked) ..3 (him | his name | his view | his views | his side)
pattern: !(had | held) ..3 (a)? (conversation | contact | discussion) with ..4 (him | @man)
pattern: (@male | @man | mr) & (he | his name) ..2 (is | was | does | did)? ..2 !(mentioned | appear | appears | named | recorded)

match: The mother's new boyfriend was never assessed, although he was living in the home.
match: Nobody ran police checks on the lodger who slept over several nights a week.
match: For most of the year the stepfather stayed invisible to every agency involved.
nomatch: Mr D's abuse of previous partners was known to the police and probation, yet it did not inform the assessment.
nomatch: The stepfather's record of violence was known to probation, but it never fed into the assessment of the baby.
match: The mother's partner was known to probation, but he was never assessed by children's social care.
match: The uncle, who often stayed at weekends, was never spoken to by the school or the social worker.
match: The name of the visitor whom neighbours saw leaving the house was never ascertained.
match: The couple lived with a lodger for a year, and nobody found out who he was.
nomatch: The minutes were not sent to partner agencies, and the school did not know of the plan.
nomatch: The stepfather's drug use was never explored, although he attended every meeting.
nomatch: The father was invited to every meeting and was fully assessed.
nomatch: All agencies should ensure that fathers are identified and assessed.
match: The boyfriend does not appear anywhere in the midwifery notes.
nomatch: The father was met at home and assessed in full.
nomatch: There is little evidence that the father's substance misuse was considered when contact was agreed.

# ---- The man left out of records, letters and questions (added on branch conceptsB) ----
group: @male_more = @male | @man | stepdad | step-dad | stepfather | mum's boyfriend | mother's boyfriend | the man who | a man who | husband
# his absence from the written record: "the plan never names him", "left out of every letter"
pattern: @male_wide &15 @omitted
  # the children left out of a note about the man are the children's omission (lexchild)
  unless: no mention of ..3 (child | children | baby | babies)
  unless: @male_more ..2 ('s | "s")? ..2 (@parental_factor | alcohol | drinking | drug | violence | account | explanation) | (no | not) (evidence | sign) of
# Letters and invitations sent only to the mother: "letters went only to the mother's address"
pattern: (letter | letters | invitation | invitations | appointment | appointments | information | reports | minutes) ..8 (went | sent | addressed | posted) only to ..4 (mother | mum | her | mother's)
# "the only question anyone asked about the father", "the only contact with him was a phone call"
pattern: (only | sole) ..3 (question | questions | contact | conversation | enquiry | check) ..8 (about | with | of) ..3 @male_more
# A man who moved in, and nobody knew, checked or asked.
pattern: (@male_more | he) ..6 (moved (back)? in | moved into | moving in | was living | came to live | stayed most | went home to) & ((no one | nobody | no agency | no professional | what no one) ..5 (knew | know | checked | asked) | only after | !(check | checked | know | knew | known) ..4 who)
pattern: @male_more & !(subject) of ..2 (a | any | one)? (question | questions | enquiry | check | assessment)
pattern: (@male_more | he) & (never | not) ..2 (met | seen | spoken to) by ..2 (any | a single) (professional | practitioner | agency | worker)
pattern: !("spoke" | "spoken" | "talked" | "contacted" | "phoned" | "rang" | "called") (to | with)? ..2 (the)? (@male_more | mr)
  unless: (@male_more | mr) ..3 !(speak | spoke | talk | talked) (to | with)
# Only the mother seen, or the man excluded: "only the mother was ever assessed", "he was treated as peripheral"
pattern: only (the)? (mother | mum | woman) ..4 (was | were)? ..2 (seen | assessed | spoken to | interviewed | invited | engaged | asked | contacted)
pattern: @male_more ..6 (seen | regarded | treated | considered | dismissed) as ..3 (peripheral | irrelevant | marginal | not relevant | a visitor | of no (concern | relevance | risk) | no risk | no threat)
  # his drinking or drug use read as harmless is a parental risk factor, not the man hidden (lexchild)
  unless: @male_more ..2 ('s | "s")? ..2 (@parental_factor | use | drinking | alcohol | cannabis)
pattern: @male_more ..6 (+excluded from | +left out of | not part of | +kept out of) ..4 (assessment | assessments | plan | planning | meetings | conference | core group | the work)
# Seldom engaged, recorded as a lone parent, his view never sought.
pattern: @male ~ (rarely | seldom | hardly ever | "barely" | "never once") ..2 (seen | engaged | involved | invited | contacted | asked | spoken to | met)
pattern: (presented | described | recorded | assessed | treated | registered) ..6 as a (single | lone) (parent | mother | carer) & (in fact | but | although | however | yet | while | despite | partner | boyfriend | father | "man")
  unless: (no | not) (partner | father | man) ..3 (was | were)? ..2 (living | involved | around)
pattern: (father's | partner's | stepfather's | dad's) (view | views | voice | perspective | wishes | account) ..10 (!sought | +absent | +missing | +lacking | !heard | !recorded | !obtained | !asked)
  unless: (child | child's | children's | boy's | son's) ..2 (view | views | voice | wishes)
pattern: (no | not | never | without) ..3 (pnc | police national computer | dbs | background | police) (check | checks) ..8 (@male_more | him | he)
# A man taken to be safe, or met only once on the doorstep.
pattern: @male_more ..8 (assumed | accepted | taken | presumed | believed) to be ..3 (protective | supportive | safe | a protective factor | no risk | a positive (influence | presence))
pattern: @male_more ..6 (seen | spoken to | met | visited) ..2 (only)? (once | briefly | on the doorstep | at the door | in passing)
  unless: (regularly | every | weekly | each)
pattern: (no one | nobody | no professional | no agency | no practitioner) ..4 (ask | asked | knew | know | established | checked) who (mr | @male_more) ..3 (was | were | is)

# ---- Who he was never written down or asked (concepts3) ----
# "no record gives his name", "nobody took his surname or date of birth", "as though no man lived there"
pattern: !(give | gives | gave | record | records | recorded | note | noted | take | took | ask | asked | know | knew | establish | established | check | checked) ..3 (his | the man's | the partner's | the father's | the boyfriend's | the stepfather's) (name | full name | surname | identity | date of birth | details | address)
pattern: as (though | if) ..2 no (man | men | father | partner | adult male) ..3 (lived | was living | was | existed | stayed)
pattern: @male_more ..8 (always | usually | never) ..4 (at work | out | away | asleep | upstairs) when ..4 (visit | visits | visited | called | calls | the social worker | professionals | the health visitor)
match: The man who answered the door was Ms T's partner, but no record took his surname or date of birth.
match: The core assessment was written as though no man lived in the house.
match: The boyfriend was always out when the health visitor called, and that was where it was left.
nomatch: The police took his name and date of birth and ran checks that evening.
nomatch: The father lived abroad and had had no contact with the children for years.
nomatch: The review found nothing to suggest that the stepfather was excluded from the assessment.
nomatch: No one asked about the stepfather's drinking, although he had been arrested drunk.
nomatch: The grandmother's partner was not known to the police or to probation.
nomatch: The stepfather was not left out of the planning; he came to every meeting.

# concepts4 (7 December): the man in the home never spoken to, asked about or written down
# "his surname was never asked for", "no one spoke to him", "the form's section on him was left blank", "left out of the plan".
pattern: +(@male_more | mr | grandfather | uncle) &20 (!(speak | spoke | spoken | ask | asked | mention | mentioned | consider | considered | include | included | engage | engaged | invite | invited) ..4 (him | with him | about him | a single question) | (nothing | little) (about | on) him | +(left | kept) out of | not part of | "blank" | (his | the man's) ..3 (name | surname | date of birth | details | history | role | part | record | convictions) ..8 (!asked | !recorded | !sought | !known | !looked | !explored | !checked | !matched | !completed | never))
  unless: (no | not) (evidence | sign) that ..6 (him | his) | (was | were) ..2 +(spoken | asked | included | invited | engaged) ..4 (him | with him)
  # "did not mention the children who stayed with him": the children left out (lexchild)
  unless: !(mention | mentioned | consider | considered | include | included) (the)? ..2 (child | children | baby | babies)
# A man arrives and the picture stays as it was: "the plan was not looked at again when her partner moved back".
pattern: (@male_more | mr) ..4 (moved (in | back) | returned | came back | rejoined | moved back in) & (!(revisited | updated | reviewed | revised | reassessed | revisit | update) | never revisited)
  unless: (was | were) ..2 +(revisited | updated | reviewed | revised | reassessed)
match: The boyfriend stayed most nights, and his surname and date of birth were never asked for.
match: The stepfather was at every visit, but no one spoke to him.
match: The risk assessment was not updated when the father moved back in.
nomatch: The stepfather was at every visit, and the social worker spoke to him each time.
nomatch: The risk assessment was updated the week the father moved back in.

# ---- lexchild (7 December): the man come to light too late, written out of the household, or known only by report ----
# Known only after the harm: "his name first appears in the records after the baby's death".
pattern: (@male_more | his name | he) ..6 (first (appears | appeared | came to light | became known | known | mentioned | recorded) | only (came to light | became known | emerged)) ..6 (after | when | following | at the time of) ..4 (death | injury | injuries | incident | arrest | hospital | admission | the review)
# The household written as mother and children though a man was there: "described the household as the mother and three children, although ...".
pattern: ((household | family | home) ..4 (described | recorded | listed | presented | written up) | (describe | record | list | present) ..3 (household | family | home)) as ..4 (mother | mum | ms) and ..3 (children | child | baby | boys | girls | daughters | sons) & (although | but | yet | though | despite | whereas) ..12 (man | man's | men | partner | boyfriend | father | stepfather | male)
# His details never taken: "a partner whose surname was never taken down", "his date of birth was not recorded".
pattern: @male_more &12 (whose | his) (name | surname | full name | date of birth | address | details) ..3 !(taken | taken down | recorded | noted | asked | known | checked | sought | written down)
# Left out of the work: "the stepfather, who looked after the children most evenings, was never part of it".
pattern: @male_more &20 (never | not) (part of | included in | involved in) (it | the work | the assessment | the plan | the core group | planning | the conversations)
  unless: (was | were) ..2 (fully | always)? ..2 +(part of | included in | involved in)
# Gone before he could be spoken to: "left before staff could speak to him".
pattern: (left | went | gone | disappeared) before ..4 (anyone | staff | professionals | the (nurse | doctor | worker | social worker | officer | police)) ..2 (could | had) ..2 (speak | spoke | talk | ask | see | check | question) ..2 (to | with)? him
# His absence taken on trust: "accepted that the father had no contact, although the neighbours described him visiting".
pattern: (accepted | assumed | believed | was told) ..4 @male_more ..4 (no contact | not involved | not around | out of the picture | had left | no longer ..3 (living | involved | around | in contact | together) | not living there | moved out | lived elsewhere) ..3 (although | but | yet | despite | while | when in fact | in fact)
# Known only through her: "the father's role was described only through what the mother said about him".
pattern: @male_more ..10 (only | solely | entirely) (through | from | on) ..4 (mother | mother's | she | her | the woman | the woman's) ..3 (said | account | word | description | report | told)
match: The mother's new partner moved in during the summer; his name first appears in the records after the baby's death.
match: The assessment describes the household as the mother and three children, although a man's boots were in the hallway at two visits.
match: Nobody took down the surname of the partner, whose date of birth was never recorded either.
match: The stepfather, who looked after the children most evenings, was never part of the work.
match: Mr B came to the emergency department with the baby and left before the nurse could speak to him.
match: The social worker accepted that the father had no contact, although the neighbours described him visiting most days.
match: The father's role in the children's care was described only through what the mother said about him.
nomatch: The father had not seen the children for four years and lived abroad.
nomatch: The stepfather was part of the core group from the start and attended every meeting.
nomatch: The review found that the father's cannabis use was regarded as of no relevance to his care of the baby.
nomatch: No one asked who the boy was afraid of.
nomatch: The housing assessment was based entirely on the mother's account of her income.
nomatch: The boy's wishes were not considered when the weekend arrangements with his dad were set.

# lexchild, second pass (from the concepts of hard-train misses): what was known about him never joined
# up, and a man who made contact left unanswered.
# "children's social care knew none of this", "nobody put the two together"
pattern: +@male_more & ((knew | know | known) (none | nothing) of (this | it | that | these) | (nobody | no one | no agency | none of them) ..2 (put | joined | linked | connected) ..3 together)
  unless: (no | not) (evidence | sign) that
# "no professional contacted him in four years", "nobody rang him back"
pattern: +@male_more & ((nobody | no one | no professional | no agency | no practitioner) ..3 (rang | called | phoned | wrote to | got back to | replied to | contacted) him | !(contact | contacted | approach | approached | phone | phoned | ring | rang | visit | visited | write to | wrote to) him)
  unless: (was | were) ..2 +(contacted | approached | phoned | visited)
match: The uncle was on licence for violence, and the school, which saw his niece daily, knew none of this.
match: The lodger's conviction was known to one agency and his move into the house to another; nobody put the two together.
match: The girl's father emailed the nursery three times asking how she was, and no one replied to him.
match: The father lived nearby and saw the boys daily, yet no professional contacted him in three years.
nomatch: The girl's father emailed the nursery, and the manager answered him the same afternoon.
# lexchild, third pass: asked about nothing, written as absent, known by a first name, or who else lived there never asked.
pattern: without ..2 (asking | checking | finding out | enquiring) ..3 (about | into)? (the | a)? @male_more
pattern: (describe | describes | described | record | records | recorded | list | lists | listed) ..2 him as (absent | not involved | uninvolved | not around | not present | having no contact)
pattern: (nothing | little | next to nothing) (was)? (known | recorded) about ..2 (@male_more | mr) | beyond his first name
pattern: !(ask | asked | check | checked | establish | established | find out | found out) ..6 who else ..3 (living | lived | staying | stayed | in the (house | flat | home) | visited | visiting)
pattern: (father's | partner's | stepfather's | dad's | boyfriend's) (version | side of the story | account of events) ..6 (!heard | !sought | !asked | !recorded | +absent | +missing)
match: For three years agencies worked with the mother without asking about the man whose van was outside most nights.
match: Every assessment described him as absent, although he was at the hospital and at two home visits.
match: Nothing was known about Mr J beyond his first name.
match: No agency asked the mother who else was staying in the flat.
match: The father's side of the story was never heard.
nomatch: The social worker asked the mother who else was living in the flat, and checked the answer with the housing officer.
nomatch: The boys saw their dad every Sunday, an arrangement made without the involvement of the court.
nomatch: The nursery pinned up the girl's drawing of a man with a belt, and no one asked her about it.

# ---- lexrec1 (7 December): a man known only by his traces, other men of the household, who lived there unknown ----
# Other men of a household: grandfathers, uncles, adult sons, a family friend who stayed (@male_more lacks them).
group: @male_wide = @male_more | grandfather | grandad | granddad | step-grandfather | uncle | adult son | older brother | family friend | male friend | male relative | male visitor | male visitors
# The traces of a man nobody asked about: "a man's boots in the hall", "men's clothes in the bedroom".
group: @man_trace = (man's | men's | male) ..2 (boots | shoes | trainers | coat | jacket | clothes | clothing | razor | voice | voices | car | van | bike | belongings | things) | second toothbrush | someone else ..3 (living | staying | upstairs)
pattern: @man_trace & (!(ask | asked | establish | established | find out | found out | check | checked | know | knew) ..3 (whose | who) | (nobody | no one | never) ..3 (asked | wondered | found out))
# Who lived in the house, never established: "no professional knew who was living in the flat".
pattern: (who | which adults | how many adults | which men) ..2 (was | were | lived | stayed | slept) ..3 (in | at) ..2 (the)? (house | home | flat | household | address | property) & !(know | knew | ask | asked | establish | established | check | checked)
match: A man's work boots were in the hallway at two visits, and nobody asked whose they were.
match: No professional knew who was living in the flat that winter.
match: The grandfather, who slept in the back bedroom, appears in none of the agencies' records.
nomatch: The worker asked whose boots were in the hall and was introduced to the lodger, who was then checked.
nomatch: The social worker established who was living in the house and checked each adult with the police.
# Who he was, never asked or written down: "a partner whose surname was never taken down".
pattern: (whose | his | the man's | the partner's | the father's) (surname | name | full name | date of birth | details) ..5 (!taken | !asked | !recorded | !noted | !checked | !sought | !known | !obtained)
  unless: (child | child's | baby's | boy's | girl's)
# Seen as a visitor, not as a parent: "agencies regarded Mr B as a visitor to the family".
pattern: (regard* | saw | seen | treat* | view* | thought of) ..2 (@male_wide) ..2 as ..3 (a visitor | a guest | peripheral | irrelevant | marginal | an outsider | a bystander)
  unless: @male_wide ..2 ('s | "s")? ..2 (@parental_factor | use | drinking | alcohol | cannabis)
# No attempt to reach him: "there is little evidence that practitioners tried to engage Mr W", "no professional sought to find out about him".
pattern: !(try | tried | attempt | attempted | seek | sought | effort | make | made) ..2 (to)? (engage | involve | contact | meet | speak to | see | find out about | include | reach) ..3 (@male_wide | him)
  unless: (@child | children | boy | son | young person | teenager) ..10 !(try | tried | attempt | attempted | seek | sought)
# What the records hold about him: "the notes say nothing about the baby's father", "the record notes nothing about him".
pattern: (record | records | notes | note | assessment | plan | minutes | report | reports | file) ..5 (says | said | notes | noted | recorded | records | contains | contained | holds | held | knew | knows) (nothing | little) (about | of | on) ..4 (him | @male_wide)
# Asked only of the mother whether he still came round: "workers never asked her whether he still visited".
pattern: !(ask | asked) ..4 whether ..2 (he | @male_wide) ..3 (still | was living | lived | stayed | visited | came | had moved | was around | had left)
  # whether a patient lived with children asks about the children (parental_risk_factors)
  unless: with ..2 (children | child | baby | babies | dependants | kids)
# Known only through what others said of him: "understood only through the mother's descriptions of him".
pattern: only (through | from | by way of) ..6 (account | accounts | description | descriptions | report | reports | version | word) of (him | @male_wide)
# Met only by chance: "workers spoke to Mr N only when he happened to answer the door".
pattern: @male_wide ..8 only when ..4 (answered | answer | happened | opened | was in | was at home | was present | was there)
# A plan for the mother alone: "nine actions, every one of them for the mother".
pattern: (actions | tasks | expectations | targets | work | goals | requirements) ..8 (all | every one | only | solely | entirely | each) ..4 (for | on | of | with | by) (the)? (mother | mum)
  unless: (and | or) (the)? (father | dad | partner | @male_wide)
# Checks on him asked for and never done: "police checks on the mother's partner were requested but never completed".
pattern: (checks | check) (on | about | into) ..4 @male_wide ..8 (never | not) ..2 (completed | done | chased | carried out | returned | followed up)
match: Key issues: a boyfriend whose surname was never taken down.
match: Key issues: the father's child protection history elsewhere; a partner whose surname was never taken down.
match: Agencies regarded the stepfather as a visitor to the family rather than as a parent.
match: No one tried to engage the baby's father.
match: The plan said nothing about the children's father, who had served a sentence for violence.
match: Workers never asked whether the boyfriend still stayed at the flat.
match: Staff met the uncle only when he happened to be at home.
match: The boyfriend was known to the nursery only through the mother's descriptions of him.
match: The plan's eight actions were every one of them for the mother.
match: Police checks on the new boyfriend were requested but never completed.
nomatch: His surname and date of birth were taken and checked with the police the same week.
nomatch: The school tried to engage the boy, but he refused to attend the sessions.
nomatch: The plan set out actions for the mother and the father alike.

# ---- r17a (issue 10): the man another writer names, and the ways he stayed unknown ----
# Men of the household @male_wide lacks: a former partner, a partner named by whose he was.
group: @hm_man = @male_wide | ex-partner | ex-boyfriend | ex-husband | former partner | former boyfriend | previous partner | her partner | mum's partner | the children's father | the girls' father | the boys' father | his father | her father | male carer | a man
# His name never learned: "none of the midwives ever learned his name".
pattern: (none of | no one | nobody | no professional | no agency | never) ..4 (learned | learnt | knew | asked | took | found out | discovered | wrote down | recorded) ..2 (his | the man's | the partner's) (name | surname | full name | date of birth)
# Known by a label only: "referred to throughout the records only as dad", "recorded only as not involved".
pattern: (referred to | recorded | known | named | described | identified | listed | written up) ..6 only as ..3 (dad | the father | the boyfriend | the partner | partner | boyfriend | a friend | a visitor | mum's friend | not involved | absent | unknown | "he")
  unless: (@child | children) (is | are | was | were)? (referred to | known | named | described) ..6 only as
pattern: (describe | describes | described | record | records | recorded | list | lists | listed) ..2 him ..2 as (absent | not involved | uninvolved | not around | not present | having no contact | a visitor | peripheral)
# The part he played never looked at: "the part the grandfather played in the children's care, which was never explored".
pattern: (part | role | place) (that)? ..3 @hm_man ..2 (played | had | took) ..12 !(explored | considered | assessed | understood | established | known | asked about | looked at)
  unless: @man_attribute
# Visits timed for when he was out: "visits were arranged for weekday mornings when Mr S was at work".
pattern: (visits | visit | appointments | meetings) ..6 (arranged | booked | made | timed | held | set) ..8 (when | while) ..3 (he | @hm_man | mr) ..4 (was | were)? ..2 (at work | out | away | not there | absent | working)
# Nobody sat down with him: "in eighteen months no worker sat down with him".
pattern: (@hm_man | mr) & (no | nobody | no one | never | none) ..4 (sat down | sit down | talked | spoke | met | had a conversation) with (him | the (father | stepfather | partner | boyfriend))
# Who lived there, left unclear: "it was unclear which adults lived at the address".
pattern: (unclear | not clear | uncertain | unknown | never established | no one knew | nobody knew | not known) ..4 (who | which adults | which men | how many adults | whether (a | any) (man | men | adult | adults)) ..4 (lived | living | stayed | staying | was living | were living | slept)
# The mother's word that he was gone, taken: "took the mother's word that her ex-partner had no contact".
pattern: (took | taken | accepted | relied on | believed) ..4 (word | account | say-so | assurance | assurances) that ..4 @hm_man ..6 (no contact | not (living | around | involved | visiting | in contact) | had left | moved out | gone | out of the picture | no longer)
  unless: (and | then) ..3 (checked | confirmed | verified | tested)
match: Ms T's partner drove her to every antenatal appointment; none of the midwives ever learned his name.
match: The boy's father is referred to throughout the health records only as dad.
match: The younger child's father collected her most days, but the assessment records him only as not involved.
match: The part the maternal grandfather played in the children's care was never explored.
match: Home visits were arranged for weekday mornings when Mr S was at work.
match: Mr S was often at the flat, yet in eighteen months no worker sat down with him.
match: The review found it was unclear which adults lived at the address.
match: Practitioners took the mother's word that her ex-partner had no contact with the children.
nomatch: The social worker sat down with the stepfather at every visit and went through the plan with him.
nomatch: Practitioners took the mother's word that her ex-partner had no contact, and checked it with the police and the school.
nomatch: The children are referred to throughout this report only as Child A and Child B.
nomatch: Home visits were arranged for evenings when Mr S was at home, so that he could take part.

# ---- r18c (issue 10): a man on paper that nobody looked up, contact with him that was a token ----
# Where a man's name turns up without anyone meeting him: a tenancy, a car, a school form.
group: @hm_paper = tenancy | tenancy agreement | lease | registered keeper | keeper of the (car | van | vehicle) | electoral roll | emergency contact | next of kin | school (form | forms | records) | admission form | contact form | birth certificate | gp registration | council tax
pattern: (@hm_man | mr | his name | his details) ..10 @hm_paper & (!(check | checked | run | ran | look up | looked up | search | searched | ask | asked | meet | met | speak | spoke | spoken | know | knew | known | assess | assessed | identify | identified | contact | contacted | follow up | followed up) | +(unknown | unchecked))
  unless: (was | were) ..2 +(checked | contacted | assessed | visited) ..4 (same | next | that | within)
# A ran check nobody made: "no agency ran his details", "nobody looked him up on the police system".
pattern: (no | nobody | no one | never | none of ..3 (agencies | professionals)) ..3 (ran | run | looked up | searched | checked) ..2 (his | him | the (father's | partner's | boyfriend's | stepfather's | man's)) (details | name | record | records | history | up)? | (no | nobody | no one | never) ..3 looked (him | the (father | partner | boyfriend | stepfather | man)) up
# Contact with him that was a token: "contact with Mr H was limited to one phone call".
pattern: (contact | engagement | involvement | work | dealings) with (him | mr | (the | her | his | their)? @hm_man) ..6 ((limited | confined | restricted | reduced) to | consisted of | amounted to | no more than | was (a | one) (single)? (call | letter | text))
  unless: (@child | children's | child's | boy's | girl's | baby's | their | her) contact
# The household written down without him: "the assessment recorded the household as the mother and her two children, although the boyfriend lived there".
pattern: (describe | describes | described | record | records | recorded | list | lists | listed) ..6 (household | family | home) ..4 (as | of) ..3 (a | the)? (mother | mum | single (mother | parent | carer)) (and | with) ..4 (@child | children | two | three | four | boys | girls) & (@hm_man | his name | he)
  unless: (lived | lives | living | was | were) ..3 (abroad | elsewhere | overseas | in prison) | had (left | moved out | died)
match: The mother's boyfriend was the registered keeper of the van outside the house, yet no agency ran his details.
match: Although he was the girls' emergency contact on the school form, nobody ever met Mr P.
match: Contact with the stepfather was limited to a single phone call about the date of the conference.
match: The assessment recorded the household as the mother and her three children, although her partner had lived there since the spring.
match: Nobody looked him up on the police system before he moved in.
nomatch: The partner was named on the tenancy, and his details were checked with the police the same week.
nomatch: The children's contact with their father was limited to supervised sessions at the family centre.
nomatch: The assessment recorded the household as the mother and her three children, and the father lived abroad with no contact.
# His past never asked for: "the baby's father was at the birth, but his history was not requested from any agency".
pattern: +@hm_man & (his | the man's | the partner's | the father's | the stepfather's | the boyfriend's) (history | background | record | records | convictions | criminal record | past | previous relationships) ..6 (!(requested | sought | obtained | checked | asked for | explored | looked into | known) | +unknown)
  unless: (history | record | records | past) of ..3 (@parental_factor | violence | drug | drugs | alcohol | mental) | (@child | children | boy | girl | baby) ('s)? (history | record | records)
# Worked with as if the mother lived alone: "agencies worked with the mother as though she lived alone with the children".
pattern: (as (though | if) | on the (basis | assumption) that | assumed | assuming | believing) ..3 (she | the mother | mum | ms) ..3 (lived | was living | were living | was | were | had been) ..2 (alone | a single (parent | mother | carer) | on her own | by herself)
match: The baby's father was at the birth and at two home visits, but his history was not requested from any agency.
match: For two years agencies worked with the mother as if she were a single parent.
match: Staff assumed the mother was living alone with the twins.
nomatch: The boy was nine and his records were not requested from his previous school.
nomatch: The mother had lived alone since the father's death, and the worker checked this with the housing officer.
# Who he was, assumed and not asked: "she had assumed the man in the flat was a relative".
pattern: (assumed | presumed | took it that | supposed | believed) ..3 (the | a)? (man | men | male | he | @hm_man) ..6 (was | were) ..3 (a | an | her | the)? (relative | friend | visitor | cousin | brother | uncle | neighbour | lodger | not living | not involved | just visiting | no risk)
# Only her details taken: "officers knew a man was living there but recorded only the mother's details".
pattern: (recorded | took | noted | logged | entered | checked | took down) only ..2 (the mother's | her | mum's | the woman's) (details | name | name and date of birth | account)
# His place in the household left unclear: "Mr K's role in the household was unclear to every agency".
pattern: (@hm_man | mr) ..3 ('s)? (role | place | part | presence | relationship | status) ..8 (+unclear | +uncertain | not clear | never (clear | established | understood | clarified) | !established | !clarified)
  unless: @man_attribute
match: The health visitor had assumed the man in the flat was a relative and had not asked.
match: Officers knew a man was living at the address but recorded only the mother's details.
match: Mr K's role in the household was unclear to every agency until after the incident.
nomatch: The worker assumed nothing about the man in the flat and asked the mother who he was.
nomatch: The father's role in the household was made clear at the first core group, and he signed the plan.
# lead (session 18): the agencies did not know the man was back: "neither the health visitor nor the GP knew that the father had returned".
pattern: (neither | nor | no one | nobody | none ..3 (agencies | professionals)) ..8 !(knew | know | known | aware | realised | learned) ..4 (that)? ..2 (@man) ..3 (had)? (returned | moved in | was living | lived | came back | was staying | had been staying | was back)
match: Neither the school nor the health visitor knew that the stepfather had moved in.
match: No one in children's social care knew the father was living at the flat again.
nomatch: Both the school and the health visitor knew that the stepfather had moved in.

# ---- r20a (8 December, issue 10): the report register ----
# Who lived there never thought about: "thought was not given to who else might be living at the address".
pattern: !(given | paid) ..2 to (who | whether) (else | anyone | anybody | any other (adult | man)) ..4 (living | lived | lives | staying | stayed | resident | in the (house | household | home | flat) | at the address)
match: Thought was not given to who else might be living at the address.
match: Consideration was never given to whether anyone else was staying in the flat.
nomatch: Consideration was given to who else was living at the address, and the police were asked for checks.
# The man as the subject of the neglect: "the father's role received little attention", "Mr B attracted no scrutiny".
pattern: (@male_more | mr) ..8 (received | attracted | drew | got | "was given" | "were given") ..2 (@weak | "no" | "scant") ..2 (attention | consideration | scrutiny | focus | thought | assessment | interest)
  unless: ("no" | not any) (evidence | sign | indication)
match: The stepfather's part in the children's care received little attention in any of the assessments.
match: Mr B attracted no professional scrutiny, although he was living at the address.
nomatch: The father's part in the children's care received careful attention in the assessment.
# No curiosity about the men: "a lack of curiosity about the adult males who visited the household".
pattern: @none ..3 (curiosity | professional curiosity | interest | enquiry | enquiries | questions) ..3 (about | into | as to) ..4 (@male_wide | men | males | adult males | the man | a man | male visitors | who else)
  unless: ("no" | not any | "little") (evidence | sign | indication)
  unless: (about | into | as to) ..6 (@account | "reason" | "reasons" | excuse | excuses)   # curiosity about what he said is face_value
match: There was a lack of curiosity about the adult males who were visiting the household.
match: There was little professional curiosity about the man the children called their uncle.
nomatch: There was no evidence of a lack of curiosity about the men in the household.
nomatch: There was a lack of curiosity about the stepfather's explanation for the burn.
