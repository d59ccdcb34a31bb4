id: face_value
label: Accounts taken at face value
description: A parent's, carer's or young person's account, explanation or reassurance was accepted without checking, corroboration or challenge.
# The core idiom and its variants.
# ---- Concepts: what this theme evaluates ----
group: @curiosity = professional curiosity | curiosity | curious | scepticism | skepticism | sceptical | respectful uncertainty | challenge of ..3 (account | explanation | version)

# ---- Concept patterns ----
pattern: @curiosity ~ (@weak | @lacking)
pattern: (only source ..4 (was | is) | came (only)? from (his | her | their | the) (mother | father | parent | parents | carer | stepmother | stepfather) | according to (his | her | their | the) (mother | father | parents) | as if it were (an observation | a fact | fact | established | true) | no reason to doubt | recorded ..4 without comment | records this without comment)
  unless: (which | and) ..4 (confirmed | corroborated | verified | bore out)
  unless: (checked | verified | confirmed | corroborated) ..6 (with | by | against)
pattern: (no one | nobody) ..3 asked to see
  unless: asked to see ..2 (assessment | plan | report | minutes | risk assessment | safety plan)   # a colleague's document, not a parent's word
pattern: @none ..3 @curiosity
  unless: ("no" | not any | "little") (evidence | sign | indication | suggestion | reason)
  unless: (no | not) (evidence | sign) of ..3 @curiosity
pattern: @account ~ (!@check | +(+unchallenged | +unquestioned | +uncritically | +uncritical | at face value | without question | on trust) | without (checking | verification | corroboration | challenge))
  unless: (@professional | agency | agency's | professional's | worker's | colleague's | police | school's) ..2 (@account | view | views | assessment) | (report | reports | statement) ..4 (to | from) (the)? (board | review | panel)

# ---- Phrase patterns: particular ways of saying it ----
pattern: face value
  unless: !(take | taken | took | accept | accepted) ..3 face value
pattern: (accept* | believ* | took | taken | take | relied | rely | reli* | rest* ) ..6 (uncritical* | without ..3 (question* | challenge | check* | corroborat* | verif* | test* | evidence | scrutiny | further (enquiry|check*|question*)) | at (its|their|his|her) word | on trust | at face)
pattern: uncritical* ..4 (accept* | believ* | rel*)
pattern: (accept* | believ*) ..3 uncritical*
# An account that went untested: subject group first, then a negated checking verb.
pattern: @account &12 (!@check | !explore | !tested | !follow | !establish)
  unless: @account ..8 (was|were) (checked|verified|confirmed|tested) ..3 (and|but) (found|shown)
pattern: @account &12 (+unchallenged | +unquestioned | +unverified | +untested | +uncorroborated)
pattern: @account &12 (+accepted | +believed | taken as | took as | treated as | written into | relied)
  unless: (did not | never) (accept | believe) | (worker | worker's | colleague | professional's | manager) ..2 view
pattern: (accept* | believ*) ..6 @account
  unless: !(accept* | believ*)
# "believed the parents' reasons for the moves", "accepted the mother's excuses"
pattern: (accept* | believ*) ..4 (@parent | their | her | his) ..4 ("reason" | "reasons" | "excuse" | "excuses")
  unless: !(accept* | believ*)
pattern: (reassur* | persuad* | convinc* | comfort*) ..5 (by | with | from | in) ..5 (@account | @parent | presentation | warmth | cooperation | engagement | appearance | how well)
# Reliance on what a parent says, not on a parent for help: "relied heavily on her own mother for support" is no finding.
pattern: (reliance | relied | rely | relying | rested | based) ..5 (on | upon) ..6 (@account | self-report | self report | self-reporting | self-reported | what ..5 (told | said | chose) | @parent ..3 to (tell | report | say | let | inform | alert | disclose | raise | call | ring | contact))
pattern: (took | taken | take | taking | accepted) ..4 word for it
pattern: (lack | absence) of (professional)? curiosity
pattern: !curiosity | !(professional curiosity)
pattern: (no one | nobody | none) ..4 (check* | verif* | question* | test* | challeng* | queri* | notic*) ..10 (account | explanation | whether | inconsisten* | evidence | claim | story)
  # whether a parent had understood a plan is about the parent's needs, not the truth of an account (r18b)
  unless: whether ..10 (understood | understand | could (read | follow) | knew what)
pattern: (believ* | accept* | trust*) (the)? @parent (when | who) ..3 (said | told | claimed | explained)
  # believed, then checked: no face value (concepts3)
  unless: (later | and | then) ..3 (checked | confirmed | verified | corroborated)
pattern: !(notic* | explor* | challeng* | question*) ..4 inconsisten*
# Checks on a person ("no checks were made on the new partner") are about who he is (hidden_men); an account is checked.
pattern: !(verif* | corroborat* | triangulat* | tested | question* | confirm*) ..10 (@parent | account | explanation | claim | assurance | story | what ..3 (told | said))
  unless: family (support | centre | worker | workers | nurse | hub | court | group | service | services)
pattern: !check* ..10 (account | explanation | claim | assurance | story | what ..3 (told | said))
pattern: (benefit of the doubt | too ready to believe | readily believed | simply accepted | taken on trust | take on trust | took on trust | at their word | at his word | at her word | at its word | sought no other view)
pattern: (plausible | articulate | convincing) ..4 (account | explanation | parent | mother | father)
  unless: !(plausible | articulate | convincing)
unless: (did not | didn't | never | no one | nobody | no professional | no practitioner | no agency | no worker) (accept* | believe* | take | took) ..6 (face value | account | explanation)
unless: "no" (check* | checks) ..4 on the (man | men | partner | boyfriend)
unless: treated as the explanation
# A child's disclosure believed is good practice: "the child's account was not doubted, and she was believed".
unless: (child's | child | girl's | boy's | young person's) (account | disclosure) ..12 (believed | not doubted | taken seriously)
# Checked first: "the school nurse checked with the GP before accepting the mother's account".
unless: (checked | verified | confirmed | corroborated) ..8 before (accepting | accepted | relying)
# Checking, said through a refusal to rely on an account: "the GP was unwilling to rely on the mother's account alone".
unless: (unwilling | refused | reluctant | declined | not prepared) to (rely | accept | take | believe)
unless: (worker | worker's | colleague | professional's) view without challenge
# A professional's decision or view taken without question is insufficient challenge (lack_of_challenge).
unless: (accept* | took | taken | deferred) ..3 @professional ..2 (view | views | decision | decisions | judgement | opinion | assessment | plan | advice)
# "the mother said it was a fall, and no one asked the nursery"
pattern: @parent ..3 (said | says | told | claimed | explained | insisted) & (no one | nobody | none) ..3 (check* | ask* | verif* | confirm*) (with)? (the)? @agency
pattern: @account &15 (+unchallenged | +unquestioned | +unverified | +untested | +uncorroborated)
pattern: @account &15 (+accepted | +believed | was accepted)
  unless: (did not | never) (accept | believe) | (worker | worker's | colleague | professional's | manager) ..2 view
pattern: (were | was | had been) (told | assured | reassured) ..3 that & (!@check | without ..2 (asking | checking | seeing | looking | any check) | so did not | and so did not)
match: The stepfather's explanation of the bruising was taken at face value by the nurse.
match: Staff relied on the mother's word that the baby was feeding well.
match: The father said the marks were from a dog, and nobody checked with the childminder.
nomatch: The nurse accepted the paediatrician's opinion without question.
match: The duty worker took the grandmother's word for it that the children were safe.
match: The school relied on the father to let them know if anything changed at home.
match: The nurse believed the carer's reasons for the burn without asking anything further.
nomatch: The young mother relied on her grandmother for childcare and money.
nomatch: No background checks were carried out on the lodger or on the mother's brother.
match: The carer's assurances were never checked with the school.
match: There was a marked lack of professional curiosity about why the children were so often absent.
nomatch: The health visitor did not take the explanation at face value and asked a paediatrician to examine the baby.
nomatch: Mr L's version was verified by ringing the school the same morning.
nomatch: Practitioners should always test parental explanations against other evidence.

# ---- A parent's word recorded as fact, never tested or put to anyone who could confirm it (conceptsA) ----
group: @confirming = test | tests | drug test | drug testing | hair strand | hair-strand test | urine test | breathalyser | corroboration | verification | confirmation | second opinion
# "no test was requested", "without any corroboration being sought"
pattern: @none ..2 @confirming ..4 (requested | sought | done | made | carried out | asked for | arranged | taken | obtained | offered)?
  unless: (needed | necessary | required | indicated | warranted)
  unless: ("no" | not any) (evidence | sign | indication) | (test | tests) ..3 (positive | negative | clear)
# "the explanation stood for two terms", "her account was allowed to stand"
pattern: @account ..4 (+"stood" | allowed to stand | left to stand | went unchallenged | remained unchallenged | went unquestioned)
  unless: (stand | stood) up
# what professionals knew rested wholly on the parents' own telling: "all she knew of the home was what the father said"
pattern: (came | drawn | derived | taken | based | rested | built) ..3 (entirely | wholly | solely | only | largely | mainly | almost entirely)? ..2 (from | on) ..3 what ..4 (said | told | chose | reported | claimed | wanted)
# "mum says cooker", "accidental per mum"
pattern: (per | according to) (mum | mother | dad | father | parent | parents | the family) | (mum | dad) (says | said) & (recorded | wrote | written | entry | note | notes | log | pocket book | and there | no further)
# a parent's comforting words counting for more than what other professionals saw
pattern: (@account | reassurance | reassurances | assurance | assurances | word | words | self-report) ..12 (more weight than | greater weight than | preferred to | prevailed over | outweighed | trumped)
# the account never taken to the one agency that could confirm it
pattern: (no one | nobody | none of them | no professional | no practitioner | never) ..3 (put | took | checked) ..4 (this | it | that | @account) ..2 (to | with) ..3 (@agency | @professional | anyone | team)
# "seven different explanations, each one written up in turn"
pattern: (different | differing | changing | shifting | "successive" | conflicting | several | multiple) (account | accounts | explanation | explanations | version | versions | stories | reasons) & (accepted | recorded | written up | noted | without | no one | nobody | never | in turn)
  unless: (was | were) ..2 (challenged | questioned | tested | probed | put to)
# "practitioners accepted that the children were out at every visit"
pattern: (accepted | believed | took it | were told | was told | were assured | was assured) that ..12 (at every | on every | each time | every time | on each | at each | whenever)
  unless: !(accepted | believed)
match: When the mother said she had stopped using, no test was requested.
match: The grandmother's explanation for the absences stood for a whole term.
match: The worker's picture of the father's drinking came entirely from what he chose to tell her.
match: The officer's note reads 'cut on arm, mum says fell', and there the matter rests.
match: The father's reassurances were given more weight than the school's daily observations.
match: Nobody put the mother's explanation to the maternity team who could have confirmed it.
match: Three different explanations for the bruise were each recorded without comment.
match: Professionals accepted that the boy was at his grandmother's at every visit.
nomatch: A hair strand test was arranged and the result confirmed what the mother had said.
nomatch: The explanation did not stand up once the GP was asked.
nomatch: The three different explanations were challenged at the strategy discussion.
nomatch: The social worker did not accept that the boy was out at every visit and called again unannounced.
# "the assessment was overly reliant on the mother's account"
pattern: (reliant | over-reliant | overreliant | over-reliance | overreliance | dependent) ..3 (on | upon) ..6 (@account | self-report | self-reporting | what ..5 (told | said) | @parent)
  unless: (not | never) ..2 (reliant | dependent) | (dependent | reliant) ..3 (on | upon) ..3 (@parent) ..3 (for | to) ..3 (care | support | money | help | transport | food)
match: The assessment was overly reliant on the mother's account of her drinking.
nomatch: The baby was dependent on his mother for all his care.

# ---- What a parent said, taken as fact or set down unchecked (concepts3) ----
# "his claim to be sober was written into the plan as a fact", "no one rang to find out", "believed her when she said"
pattern: (@account | claim | claims) & +(taken | treated | accepted | recorded | written | entered | set down) ..10 as (the truth | true | fact | a fact)
pattern: (believed | trusted) ..3 (@parent | her | him | them | the (young person | teenager | boy | girl)) when (she | he | they) (said | told | explained | claimed | insisted | promised)
  unless: (later | and) ..3 (checked | confirmed | verified | corroborated)
pattern: @parent ..4 (said | told | claimed | explained | insisted) & (no one | nobody | not | never | without) ..6 (rang | phoned | called | checked | visited | wrote) ..3 to ..2 (find out | check | confirm | see if | see whether | ask)
  unless: (no | not) (need | reason) to
match: The grandfather's statement that he was teetotal was entered on the form as fact.
match: The nurse believed the father when he said the baby had rolled off the bed.
match: The mother said the children were at their aunt's, and nobody phoned to check.
nomatch: The worker believed the mother when she said the baby had fallen, and later confirmed it with the nursery.
nomatch: The health visitor checked with the hospital before accepting the father's explanation of the burn.
nomatch: The nurse was unwilling to rely on the carer's word and rang the school.

# concepts4 (7 December): what a parent or child said, written down and acted on with nothing checked
# What was done with the account: written down, the matter closed on it, nobody rang or went to see.
group: @taken_down = (that | which | this) (is | was) (exactly)? what ..4 ("wrote" | "written" | "recorded" | "noted" | "logged" | "entered" | "minuted" | went (down | into)) | (move | moves) (straight)? on | (entered | put | placed) (on | in | into) ..3 (register | record | records | file | form | notes | system | minutes) | how it (appears | stands | is recorded | was recorded) in ..2 (every | each | all | later) | ("wrote" | "written" | "noted" | "recorded" | "logged" | "minuted" | "repeated" | reappear*) ..4 (explanation | this | it | down | what | that line | account | line) | ("moved" | "moving") on | closed ..3 (query | case | referral) | on that basis | on the (strength | basis) of ..3 (account | word | report | description | call | what | said) | without ..2 (enquiry | inquiry | question | questions | checking | check | checks) | made no ..2 (enquiry | inquiry | check | checks) | (nobody | no one | no agency | never) ..4 (rang | checked | visited | contacted | confirmed | went | tried | asked for) | !(contact | contacted | ring | rang | check | checked | visit | visited) ..3 (surgery | gp | provider | prescriber | number | address | school | hospital) | (seemed | sounded | appeared | looked) ..2 (plausible | reasonable | credible | convincing) | seems reasonable | good enough | as fact | credited | treated as settling | (went | carried | copied | found its way | made its way) ..3 (into | onto | on to) ..4 (letter | record | records | report | reports | assessment | assessments | plan | notes | file | form | forms) | as the starting point | as a given | (repeated | reproduced | copied) ..2 (in | into) ..3 (report | reports | assessment | assessments | plan | plans | letter | letters | minutes) | (repeat | repeats | reappears | reappear) ..4 (unaltered | unchanged | word for word | every | each | for (a | two | three) (year | years | months)) | !(ask | asked) (which | why | where) | left it (there | at that) | where (matters | things | it) ..2 left | (matters | things | it | the matter) ..2 (rested | rests) there | there (it | the matter | matters) (rested | ended | stopped) | nodded | no more was (asked | said) | without (asking | looking | seeing | watching | testing) | (nobody | no one | never) ..4 (found out | established | looked into | followed up)
# "Ms K said the cot was at her sister's flat; the visitor wrote that down and moved on."
pattern: +(@parent | @child | she | he | they | both adults) ..6 (said | told | explained | claimed | stated | assured | insisted | "handed") &25 @taken_down
  unless: told the (review | panel | reviewer)   # what a parent told the review is evidence for a finding, not an account taken on trust
  unless: (and | but) ..3 (checked | confirmed | verified | rang | visited) ..6 (same day | that day | at once | before) | (passed on | shared | referred) ..6 (same day | that day | at once) | (wrote | written | noted | recorded) ..4 (carefully | accurately | in full | verbatim) | in (her | his | their) own words | (saw | seen | spoke to | spoken to) ..4 alone
# "the father's claim to be in work was repeated in each report", "the plan rested on her promise".
pattern: +(explanation | explanations | account | story | statement | version | promise | promises | assurance | assurances | claim | claims | description | "announcement") &15 (@taken_down | rested ..2 on | the only (safety)? measure)
  # A child's account written down and not acted on is the child not heard, not a parent believed.
  unless: (child | children | baby | toddler) ..1 's (account | accounts | words | disclosure)
  unless: (and | but) ..3 (checked | confirmed | verified | rang | visited) ..6 (same day | that day | at once | before)
match: Ms K said the baby slept in a cot at her mother's flat; the visitor wrote that down and moved on.
match: The father's claim to be working nights was repeated in each report, and nobody rang the employer.
nomatch: Ms K said the baby slept in a cot at her mother's flat, and the visitor checked the cot there that day.

# lexjudge (7 December): a professional's account or description taken on is deference (lack_of_challenge), not a
# parent's word taken on trust; an account never weighed against what others saw; an account never put to anyone.
unless: (@professional | manager | consultant | clinician | chair | team | camhs | service) 's (own)? (explanation | account | description | assurance | assurances | reassurance | reassurances | answer | word)
pattern: !(weigh | weighed | set | compare | compared | balance | balanced | test | tested) ..6 @account ..12 against
pattern: @account &15 (was | were) (never | not) ..2 (put | taken | checked | raised) (to | with)
match: Ms D explained the burn as a splash from the kettle, and that explanation went into every later assessment.
match: When the father said the bruises came from football, the teacher nodded and sent the boy back to class.
match: The young person told the youth worker she was staying with a friend, and that was where matters were left.
match: The mother's statement that she no longer saw Mr T was repeated in three successive reports.
match: Her version of the fall sounded reasonable to the nurse, and it was never put to the paediatrician.
match: Professionals took comfort from the father's promise to attend a course; no one found out whether he had enrolled.
match: The carers said the baby was a fussy feeder, and the GP recorded poor feeding without asking to watch a feed.
match: No one weighed the grandmother's assurance that the children ate well against the school's reports of hunger.
nomatch: The health visitor accepted the social worker's explanation for closing the case, which was sound.
nomatch: The clinician's description of the self-harm as attention-seeking went unquestioned by the school.
nomatch: Nobody on the core group dissented when the chair called the family a success story.
nomatch: Nobody asked to see the assessment before the plan was agreed.
nomatch: No one questioned the positive picture painted by the family support service.
nomatch: The children's accounts of shouting at home were written down and never referred to in any plan.
nomatch: The grandmother's assurance was weighed against the school's reports and found wanting.
nomatch: The father said the bruises came from football, and the teacher rang the duty team at once.

# lexjudge, second pass (7 December): believed because the parent said so, a parent's word that nobody else confirmed,
# a judgement made on the strength of a parent's description, a parent's stated plan never checked.
pattern: because ..3 (@parent | she | he | they) ..4 (said | told | claimed | insisted) ..2 so
pattern: !(confirmed | corroborated | verified | checked | backed up) by (anyone | anybody | any other | another | a second | an independent | someone) ..2 (else | source | agency | professional)?
  unless: (diagnosis | scan | test | result | x-ray) ..6 !(confirmed | corroborated)
pattern: (on the strength of | on the basis of | based on | based solely on | resting on | drawing on | drawn from | drew on) (the)? (@parent | his | her | their) ..3 (own)? ..2 (description | account | word | say-so | report | assurance | assurances | self-report | version)
  unless: (as well as | together with | alongside | and ..2 (checks | records | observation | visits))
pattern: (parents' | parent's | mother's | father's | carer's | carers' | family's | couple's) ..2 (plan | plans | arrangement | arrangements | intention) &15 !(check* | verif* | confirm* | visit* | test* | explor*)
match: The landlord would fix the windows next week, the officer noted, because Mr D said so.
match: Reports summarised the father's progress in his own words, and none of it was confirmed by anyone else.
match: The family was judged to need only universal services on the strength of the mother's description of a settled year.
match: The parents' plan to stay with the mother's sister after the birth was never checked.
match: The grandmother said the mother was in hospital, and staff noted it and did not ask which hospital.
match: The mother's story shifted, yet the discharge summaries repeat it unaltered.
nomatch: The parents' plan to stay with the sister was checked by a visit before discharge.
nomatch: There were no checks on Mr T in May, and professionals did not assess him before the plan was made.
nomatch: The father's account was confirmed by the school and the GP.
nomatch: The diagnosis was not confirmed by a second scan until May.
nomatch: A nurse cleaned and dressed the graze on the boy's knee, then discharged him with no questions about how he got it.
nomatch: Ms F told the review that workers never asked her whether he still came round.

# lexjudge, hard-train pass: nobody looked beyond a parent's assurance; an explanation taken without examining the child.
pattern: (none | no one | nobody | never | not) ..6 (look | looked | go | went | see | saw) beyond ..5 (@account | assurance | assurances)
pattern: (took | accepted | believed) ..4 (@parent | his | her | their | mr | ms) ..3 (explanation | account | word | version | story) &20 without ..3 (examining | examination | seeing | checking | asking | looking | testing | speaking)
match: The youth worker never went beyond Mr P's assurance that his son was home by ten.
match: The GP took Mr W's explanation that the girl falls over a lot without examining her.
match: He told the ward he was staying at a cousin's flat, and that address was copied into the discharge notes.
match: Later assessments treated the grandfather's version of the fall as a given.
match: Based on his father's account, the health visitor recorded the baby as feeding well.
nomatch: The officers looked beyond the mother's assurance and went upstairs.
nomatch: The GP heard the father's explanation and examined the girl the same day.

# lexrec1 (7 December): the parent's reason entered on the register, the parent's story the one every later record repeats.
match: The mother said the boy had asthma, and that reason was entered on the school register for a whole term.
match: Ms R said the bruise came from the stairs, and that is how it appears in every later record.
nomatch: Ms R said the bruise came from the stairs, and the nurse checked the stairs with her at a visit that day.
# A claim accepted that was not so: "the worker accepted that the couple had split up, although the police were called
# there a week later"; what was known of someone, only through the parent's telling.
pattern: (accepted | believed | took it | assumed | were told | was told | were assured | was assured) that ..15 (although | though | even though | when in fact | in fact | whereas | but in fact)
  unless: (later | and | was | were) ..3 (checked | confirmed | verified | corroborated) | !(accepted | believed | assumed)
pattern: only (through | from | by way of) ..3 (@parent | ms | mrs | mr | her | his | their) ..3 (account | accounts | description | descriptions | word | report | reports | version | versions | telling)
match: The worker accepted that the boy's father had no contact, although neighbours saw him at the house most days.
match: The social worker knew Mr D only through his partner's descriptions of him.
nomatch: The worker accepted that the father had no contact, and this was confirmed by the police and the school.
nomatch: The social worker did not accept that the father had no contact, although the mother insisted on it.
# A parent's assurance taken as it stood: "took Mr V's assurance that the woman was his sister"; an explanation taken as the
# cause: "each injury was accepted as a fall".
pattern: (took | accepted | relied on | went on | acted on) ..3 (his | her | their | mr | ms | mrs | @parent) ..3 (assurance | assurances | word | say-so | promise | promises) that
  unless: (checked | verified | confirmed | corroborated) ..6 (before | with | by)
pattern: (accepted | taken) as (a | an)? ..2 (fall | falls | accident | accidental | rough play | play fighting | clumsiness | the truth | fact)
  unless: !(accepted | taken) | witnessed | (confirmed | found | established | concluded) ..4 (accidental | an accident)
match: The housing officer took Mr V's assurance that the woman living with him was his sister.
match: The black eye was the third injury that year, and each was accepted as a fall.
match: The minutes record the mother's explanation for the smell of cannabis and move straight on.
nomatch: The housing officer checked Mr V's assurance that the woman was his sister with the council tax records.
nomatch: The fall was witnessed by two teachers and accepted as an accident after the paediatrician examined him.

# ---- Whether it was true: the check nobody made, the look nobody took (r18b) ----
# "without anyone visiting to see if it was true", "no one rang the school to find out whether that was so",
# "nobody asked the aunt whether what the mother said matched what she had seen".
pattern: !(see | check | checked | checking | find out | found out | establish | established | confirm | confirmed | ask | asked | asking | visit | visited | visiting | ring | rang | phone | phoned) ..10 (if | whether) ..8 (true | the truth | the case | accurate | correct | matched | match | matches | tallied | tally | added up | held up | fitted | consistent | "so")
  unless: (child | baby | children) ..4 (was | were) (safe | well) | whether ..6 (understood | understand)
match: The case was closed on the father's say that he had left, without anyone going to the flat to see if that was so.
match: No one phoned the nursery to see if the mother's account of the bruise was accurate.
match: The aunt had raised the alarm, but nobody checked whether what the parents said matched what she saw.
nomatch: The social worker rang the nursery to check whether the mother's account was accurate, and it was.
nomatch: No one asked whether the referral form had reached the right team.
# An account set down and left there: "her statement was logged and never looked into".
pattern: @account &12 !(look into | looked into | checked out | followed up | probed | investigated | examined | looked at again)
  unless: (child | young person | boy | girl | teenager) ..3 (account | disclosure | statement) ..8 (of | about) ..4 (abuse | assault | hit | hurt | touched)
match: The father's version of where he had been that night was noted and never looked into.
match: Her claim to be living with an aunt was written down and not followed up.
nomatch: The father's version of events was looked into with the police and found to be true.
# What a parent said became the record's reason for closing or stepping down.
pattern: +(@parent | she | he | they) ..4 (said | says | told | claimed | explained | reported | assured) &20 ((case | plan | referral | absences | absence | concern | file) ..6 (closed | stepped down | authorised | signed off | ended | marked as | removed | taken off) | no further action)
  unless: (did not want | declined | refused | withdrew ..2 consent | turned down) | +(checked | verified | confirmed | corroborated)
match: Ms G told the attendance officer the children had been unwell, and the absences were marked as authorised.
match: Once the father said he had given up the flat, the referral was closed.
nomatch: The mother said she had moved away, and the case was closed once the new authority confirmed it.
nomatch: The mother told the worker she did not want further help, and the case was closed.
nomatch: Nobody checked whether Ms N, who reads little English, had understood the plan.
# lead (session 18): one account, the parent's, and no other heard.
pattern: (nobody | no one | no professional) other than ..2 (@parent | mother | father | parents | carer | carers) ..6 (asked | heard | spoken | spoke | consulted)
pattern: (only | sole | single) (account | version | explanation | story) ..6 (was | came from | heard | given) ..3 (the)? (@parent | mother's | father's | parents' | carer's)
match: Nobody other than the mother was asked how the baby came to be hurt.
match: The only account anyone heard was the father's.
nomatch: Nobody other than the social worker was asked to attend the meeting.

# ---- r20a (8 December, issue 10): the report register ----
# Never set against another source: "his description was never compared with the weight records".
pattern: @account ~ !(compare | compared | cross-check | cross-checked | cross-reference | cross-referenced | reconcile | reconciled | tested against | checked against)
  # a good report never weighed against the concerns is rule_of_optimism's "set against"
  unless: (positive | good | glowing | encouraging | favourable) ..2 (report | reports | account | accounts)
# Written down as it was said: "the explanations were recorded as given".
pattern: (@account | "reasons" | "excuses") ~ (recorded | accepted | taken | noted | logged | documented | written down | entered | minuted) as (given | offered | stated | presented | told)
match: The mother's description of the baby's feeds was never compared with the weights recorded at the clinic.
match: The father's explanation for the missed school days was not checked against the attendance register.
nomatch: The mother's description of the feeds was compared with the clinic weights and found to be accurate.
match: The reasons the parents gave for the moves between addresses were recorded as given in every assessment.
nomatch: The reasons the parents gave were recorded and then tested with the housing officer.
# The view of another professional accepted without question is lack_of_challenge, in either order.
unless: (view | views | decision | decisions | judgement | opinion | assessment | advice | conclusion | conclusions) of ..4 @professional ..4 (accepted | taken | adopted | followed)
nomatch: In the core group the views of the lead social worker were accepted without question.
# A judgement made on a parent's word: "graded the risk as moderate on the basis of the mother's reassurance".
pattern: on the (basis | strength) of ..3 (the | her | his | their)? ..2 (@parent | mother's | father's | parents' | family's | carer's | carers' | stepfather's | partner's) ..3 (@account | reassurance | reassurances | word | description | assurance | assurances | say-so | self-report | denial | denials)
  unless: (and | after) ..4 (checked | confirmed | verified | corroborated | tested)
# Questioned only late: "it was not until the third injury that anyone asked whether the explanations were consistent".
pattern: (not until | only after) ..10 (anyone | anybody | someone | a professional | any professional | any practitioner) ..3 (asked | questioned | checked | queried | tested | challenged | doubted | compared) & (@account | explanation | explanations | story | claim | claims)
match: The risk was graded as low on the strength of the father's description of a quiet year.
match: The case was closed on the basis of the mother's reassurance that her partner had left.
nomatch: The case was closed on the basis of the mother's reassurance, after the worker had checked it with the police.
match: It was not until the fourth bruise that anyone questioned the mother's explanation.
nomatch: The worker questioned the mother's explanation at the first visit and asked the school.
# Curiosity named as what was wanting: "a more curious approach would have tested the father's claim".
pattern: (more | greater | a degree of | some | a little) (curious | curiosity | sceptical | scepticism | professional curiosity | inquisitive | questioning | challenging) ..6 (would | might | could) have
  unless: (no | not | never) ..2 (more | greater)
match: A more curious approach would have tested the father's claim that he was working nights.
match: Greater scepticism might have led the nurse to ask the school about the absences.
nomatch: The nurse asked the school about the absences at once.
# Curiosity about the men in the house is hidden_men's: "a lack of curiosity about the adult males visiting".
unless: (curiosity | curious | interest | enquiry) ..3 (about | into | as to) ..4 (adult males | men | males | the man | a man | visitors | who else | other adults | the household)
# r20pa: curiosity about an injury itself is signs_of_abuse's ("limited curiosity about the bruising to her ear");
# face_value needs an account taken on trust, and "curiosity about her explanation of the bruise" keeps it.
unless: (curiosity | curious | interest) ..3 (about | into | as to | regarding) (the | a | an | this | these | those | her | his | their | any | repeated | further)? (* "'s" | * * "'s")? @injury
nomatch: Limited curiosity was shown about the marks on the toddler's neck.
nomatch: The nurse showed little curiosity about Child R's bruising, which the nursery had photographed.
match: The worker showed little curiosity about the father's explanation of the bruise.
match: There was limited curiosity about the mother's account, although the burn was unusual.
# A parent's possible minimising or concealment never thought of: "not considered that the mother may have been minimising".
pattern: !(consider | considered | recognise | recognised | question | questioned | think | thought | suspect | suspected | wonder | wondered) ..4 (that | whether)? ..3 (@parent | she | he | they) ..4 (minimising | minimizing | lying | concealing | downplaying | playing down | hiding | untruthful | "not telling the truth")
match: Practitioners appear not to have considered that the mother may have been minimising the extent of the violence.
match: No one questioned whether the father was concealing his drinking.
nomatch: The worker considered that the mother might be minimising the violence and asked the police.
