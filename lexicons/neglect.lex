id: neglect
label: Neglect not recognised or acted on
description: Chronic or cumulative neglect was normalised, not recognised, or not acted on early enough.
# ---- Concepts: what this theme evaluates ----
group: @neglect = neglect | neglectful | neglected | cumulative harm | home conditions | conditions in the home | state of the home | poor hygiene | squalor | squalid | living conditions | state of the (house | flat | property) | physical care | emotional neglect | physical neglect | dental neglect | medical neglect

# ---- Concept patterns ----
pattern: @neglect ~ (!(recognise | recognised | identify | identified | act | acted | acted on | address | addressed | notice | noticed | challenge | challenged | refer | referred | name | named | assess | assessed | see | seen | consider | considered | explore | explored) | +(+normalised | normalized | +tolerated | accepted as normal | got used | used to | +overlooked | +missed | +unrecognised | +unnoticed | +unaddressed | accepted))
  unless: @neglect ..4 +(recognised | identified | acted on | referred | challenged | addressed) ..4 (early | promptly | at once | quickly | and) | (not | no) ..2 (evidence | sign | indication) of ..3 @neglect
group: @neglect_sign = head lice | dirty clothes | same clothes | unwashed | smelled | smell | hungry | hunger | (weight | growth | height) ..4 (dropped | dropping | fell | falling | fallen | crossed | crossing | below | under) ..4 centile* | (second | 2nd | bottom | lowest) centile | tooth decay | teeth ..4 (out | removed | extracted) | soiled | nappy rash | flea bites | infestation | no food | empty fridge | cold house | no heating | mattress on the floor | unkempt | grubby | thin and pale
pattern: @neglect_sign ~ (+(every term | every week | every visit | for months | for years | long since | routinely | repeatedly | persistently | just how | normal | part of the picture | fresh snapshot | dental matter) | !(@considered | act | acted | refer | referred | remark | remarked))
  unless: (no | not) (sign | evidence) of ..3 @neglect_sign
pattern: (became | become | becoming) ..2 (used to | accustomed to | desensitised to | inured to) ..4 (@neglect | conditions | the state | the smell | the mess)

# ---- Phrase patterns: particular ways of saying it ----
pattern: (chronic | long-standing | longstanding | cumulative | persistent | prolonged | years of | continuing | continued | extent of the) ..2 (neglect | harm)
  unless: (neglect | harm) ..4 (recognised at an early stage | responded to through)
  # the harm recognised or acted on is practice done well, not the failure
  unless: +(recognised | recognise | identified | identify | named | acted on | responded to | addressed) ..3 (the)? ..2 (chronic | long-standing | longstanding | cumulative | persistent | prolonged) (neglect | harm)
pattern: neglect ..12 (!recognised | !acted | !identified | !measured | !addressed | !named | +normalised | +tolerated | +unrecognised | +unnoticed | went +unnoticed | +overlooked | accepted | put down | attributed | known to all | for several years | for years | continued)
  unless: neglect ..6 +(recognised | identified) ..4 (early | at an early stage)
pattern: !(recognis* | identif* | act* | address* | measur* | name* | treat* | regard* | view*) ..6 (neglect | signs of neglect | the neglect)
pattern: (normalis* | desensitis* | habituat* | accustomed | (became | become | got | grew | had become) used to) ..8 (conditions | neglect | state of | home | standards)?
  unless: !(normalis* | desensitis*)
  # violence or drinking grown normal is a parental risk factor (r20c)
  unless: (normalis* | desensitis* | accustomed | used to) ..6 (violence | domestic abuse | arguments | drinking | drug use | conflict | the parents' relationship)
pattern: tolerat* ..6 (neglect | conditions | state of | standards | home)
pattern: (conditions | hygiene | squalor | standards of care | state of ..3 (home | house | flat)) ..6 (+tolerated | +normalised | accepted as normal)
pattern: (low standards | poverty rather than | put down to poverty) ..8 (neglect | rather than | accepted | simply)?
pattern: (state of the (house | home | flat) | home conditions | conditions in the home | squalor | smell of urine | rotting food | no bed | soiled | hungry | head lice | +untreated | dirty | unkempt) ..14 (without | no one | noted ..4 visit after visit | +accepted | put together | !(@considered | act | acted | refer | referred | challenge | challenged | remark | remarked | report | reported | record | recorded | raise | raised))
  unless: exploit* | groom*
  # noticed and referred, help accepted by the family: acted on (lexchild)
  unless: (+referred | made a referral) ..8 (help | support | social care | children's services | early help)
  unless: !(untreated | hungry | dirty)
pattern: (picture of neglect | neglect that no one)
pattern: (failure to thrive | faltering growth | weight loss) ..10 (attributed | put down | explained) ..6 rather than ..4 neglect
pattern: (graded care profile | gcp) ..6 (!completed | !used | never)
unless: (no | not any) (evidence | sign | concern*) of ..3 neglect
pattern: (no one | nobody | none) ..3 (put together | recognised | noticed | connected | saw) ..8 (neglect | signs of neglect)
match: Years of neglect had become normalised for the practitioners involved.
match: The chronic neglect of the children's teeth was not recognised until one of them needed surgery.
match: Nobody put together the many small signs of neglect.
match: Over the years the workers grew used to the smell in the house and the children's unwashed clothes.
match: The children's neglect was not identified soon enough to prevent lasting harm.
match: The boy's poor growth went on for a year without anyone regarding it as a possible sign of neglect.
match: The squalid conditions in the flat were tolerated for two years.
nomatch: Professionals recognised the neglect early and responded through a child protection plan.
nomatch: Every school nurse must be trained to use a neglect assessment tool by next spring.
unless: neglect ..4 +(recognised | identified | acted on | referred | assessed) ..6 (early | promptly | at once | quickly | and | with | within)

# ---- Signs of neglect read as something else, or no longer noticed (added on branch conceptsB) ----
group: @neglect_sign_more = @neglect_sign | hungry | hunger | unwashed | dirty | same uniform | no coat | without a coat | "lateness" | late arrivals | head lice | nappy rash | teeth | tooth | weight fell | weight loss | falling weight | left alone | home alone | no food | food bank | no heating | no working light | cot ..4 (store | storage) | poor hygiene | smelled | smelt
pattern: @neglect_sign_more ~ (@reframed | @stopped_registering)
  unless: (+seen | +treated | +recognised | +regarded) as (evidence | a sign | signs) of neglect
pattern: (treated | regarded | saw | seen | viewed | read | thought of | reported | recorded | dealt with | logged) ..4 @neglect_sign_more ..4 as ..2 @reframed_kind
pattern: @neglect_sign_more & (@stopped_registering | (no one | nobody | never) ..3 (added up | put together | connected))
  # signs joined up as possible abuse are signs_of_abuse (lexchild)
  unless: (connected | linked) ..4 to ..4 (abuse | sexual abuse | harm)
# A sign of neglect met with a kindness and no referral: "the school gave him seconds", "treated with cream".
pattern: @neglect_sign_more &12 !(seen | regarded | treated | taken) as (a)? (reason | cause | grounds | evidence) (to | of | for)
pattern: (@neglect_sign_more | @neglect_plain) &12 !(refer | referred | act | acted | report | reported | escalate | escalated)
  unless: (no | not) (sign | evidence | concern*) of ..3 (@neglect_sign_more | @neglect_plain) | (no | not) (need | reason) to
# Signs of neglect in plain words, let be: "the children were repeatedly sent to school unwashed and nobody acted"
group: @neglect_plain = untreated (tooth decay | eczema | head lice | nappy rash | infections) | unmet health needs | smell of urine | dog faeces | no bed | no bedding | sleeping on the floor | inadequately dressed | underweight | faltering growth | failure to thrive | unsupervised | young carer | caring for (her | his) (younger)? (siblings | brothers | sisters)
pattern: (@neglect_sign_more | @neglect_plain) ~ (+(+tolerated | +normalised | accepted as normal | the norm | +@misjudged) | !(act | acted | refer | referred | report | reported | escalate | escalated | challenge | challenged | @considered))
  unless: (no | not) (sign | evidence | concern*) of ..3 (@neglect_sign_more | @neglect_plain) | (referred | reported | acted on) ..4 (promptly | at once | same day | immediately)
# Neglect explained by something else: "the neglect was put down to poverty", "seen as a housing issue".
pattern: @neglect ~ @reframed
pattern: @neglect ..6 (put down to | attributed to | explained by | explained as | blamed on) ..3 (poverty | housing | culture | lifestyle | low income | deprivation | the parents' (health | illness) | disability)

# ---- Signs of poor care in plain words, given an innocent reading, let go or grown normal (concepts3) ----
group: @care_sign = @neglect_sign_more | @neglect_plain | starving | rotting | decay | nothing to eat | soaked | soiled | dirty bedding | filthy | faeces | broken glasses | flattened | (missed | missing) ..2 (health | dental | eye | hospital | immunisation | immunisations) ..2 (appointment | appointments | check | checks) | never ..2 (seen | registered with) ..2 (a | the)? (dentist | optician) | weight (fell | dropped | faltered) | (developmental | speech | language) delay
pattern: (@care_sign | @neglect | state of ..3 (bedroom | room | kitchen | clothes | bedding | teeth)) ~ (@explained_as | @normalised)
  unless: (no | not) (sign | evidence | concern*) of ..3 @care_sign | (confirmed | found | established) ..4 (accidental | normal)
pattern: @care_sign &15 @came_to_nothing
  unless: (no | not) (sign | evidence | concern*) of ..3 @care_sign | (referred | reported | acted on | escalated) ..4 (same day | at once | promptly | immediately | that (day | afternoon | morning))
match: The toddler's speech delay was put down to him being a boy and a late talker.
match: Workers had come to see the smell in the flat as normal for this family.
match: The school wrote down that the girls had nothing to eat at the weekend, and it went no further.
nomatch: The health visitor saw the dirty bedding and made a referral that afternoon; no further concerns arose.
nomatch: There was no sign of speech delay, which the nursery put down to the family reading to him every night.

# concepts4 (7 December): poor care seen and only noted, never asked about, or filed under another heading
# The particulars a report names: "an empty fridge", "bare mattresses", "a cold flat", "scabies", "decayed teeth".
group: @care_plus = @care_sign | empty fridge | no food | fridge | bare | stained | urine | excrement | cold | damp | meter | decayed | extractions | scabies | impetigo | chest infections | delayed speech | nappies | obesity | grommets | glasses | smell | unkempt | pale | tired | unsupervised | left alone | rubbish | broken windows
# Noted and left: "recorded 'no change since last visit'", "wrote 'monitor' again", "sent a letter about the food bank".
pattern: +@care_plus &15 (@noted_only | "monitor" | "monitoring" | recorded no concerns | no (concern | concerns) (recorded | noted | raised) | no change | (a | with a) letter | advised ..3 on | went no further)
  # teeth knocked loose are an injury (signs_of_abuse), not poor care (lexchild)
  unless: knocked (out | loose) | inflicted
  unless: (no | not) (sign | evidence | concern*) of ..3 @care_plus | (referred | reported | escalated) ..4 (same day | at once | promptly | immediately)
# Nobody asked why: "treated the rash without asking how often she was changed", "no one asked how long he was left".
pattern: +@care_plus & ((without | no one | nobody | never | rather than | none) ..4 (asking | asked | ask | looking | noticed | added | linked | connected) ..6 (why | how often | whether | how (far | long | much) | them up | together | to (a | the) (wider | whole)))
  unless: (no | not) (sign | evidence | concern*) of ..3 @care_plus
# Filed under another heading: "managed as a property matter", "put down to a developmental condition", "called disengaged".
pattern: +@care_plus &15 ((treated | managed | seen | dealt with | regarded | recorded | described) ..4 (as | only that) ..4 (property | repairs | dietary | lifestyle | developmental | separate | disengaged | how they are | a matter for | low level) | never as (evidence | a sign | a concern))
  unless: (no | not) (sign | evidence | concern*) of ..3 @care_plus
match: The worker found an empty fridge and bare mattresses and wrote 'no change since last visit'.
match: The baby's nappy rash was treated twice without anyone asking how often she was being changed.
match: The broken windows and rubbish in the garden were managed as a repairs matter by the housing officer.
nomatch: The worker found an empty fridge and bare mattresses and referred the family the same day.
nomatch: The nurse treated the rash and asked the mother at once how often the baby was changed.

# ---- lexchild (7 December): poor care seen, met with a kindness or advice, or taken as the family's way ----
# More of what a report names: rotten teeth, a flat head, hours in a car seat, a child doing the cooking.
group: @care_more = @care_plus | dirt | mess | dog mess | state of the (flat | house | home | kitchen | bedroom) | rotten | rotting | flat head | plagiocephaly | car seat | left alone | home alone | out late | out at night | basic needs | (doing | did | does) the (cooking | cleaning | shopping | washing) | (getting | got | taking | took) ..3 (brothers | sisters | siblings) to school | (getting | got | gets) ..5 (fed | dressed | to school) | in effect the ..2 parent | young carer | state of ..3 (clothes | teeth | hair | bedding | uniform) | winter coat | empty cupboards | clothes ..3 too small | found alone | left on (his | her | their) own | hospital appointments | dental appointments | immunisations
# Met with advice or a kindness, not a referral: "no visit led to anything more than advice", "gave him breakfast and told no one why".
pattern: +@care_more & ((anything | nothing | no) more than ..2 (advice | a letter | a leaflet | a reminder | a chat) | !(lead | led | result | resulted | prompt | prompted) (to | in)? (anything | any) more than | @came_to_nothing | without any further question)
  unless: (no | not) (sign | evidence | concern*) of ..3 @care_more | (referred | reported | escalated) ..4 (same day | at once | promptly | immediately)
pattern: +@care_more &15 ((told | tell) (no one | nobody) | !(tell | told | pass | passed | share | shared | mention | mentioned) ..2 (anyone | anybody))
  unless: (no | not) (sign | evidence | concern*) of ..3 @care_more | (referred | reported | escalated) ..4 (same day | at once | promptly | immediately)
# The family's way: "came to regard the dirt as simply how this family lived", "praised as helpfulness".
pattern: +@care_more &15 ((simply | just | only) how ..3 (family | they | household | he | she | the (mother | parents | children | boy | girl)) ..2 (lived | live | lives | were | was | is | are | comes | came | coped | managed | looked) | (praised | seen | regarded | described | welcomed) as ..2 (helpful | helpfulness | mature | maturity | capable | independent | a help | a strength) | praised (her | his | their) (maturity | independence | helpfulness | resilience))
# Read as something else in another clause: "the fridge was empty again; the worker reported it as a budgeting issue".
pattern: +@care_more & @reframed
  unless: (no | not) (sign | evidence | concern*) of ..3 @care_more | (+seen | +treated | +recognised | +regarded) as (evidence | a sign | signs) of neglect
match: The state of the kitchen shocked the nurse in March, yet her note treated it purely as a tenancy problem.
match: The school gave him a winter coat and thought of it as help rather than as a sign of anything.
match: At eleven she was in effect the family's parent, getting the little ones fed and to school, and the school praised her maturity.
nomatch: The school gave him breakfast and a coat and recognised both as signs of neglect, referring the same day.
# Never added up: "it is not clear that anyone added up the missed appointments and the absences".
pattern: +@care_more & !(add | added | adding | put | linked | connected | brought) ..3 (up | together)
  unless: (no | not) (sign | evidence | concern*) of ..3 @care_more
# Each report closed on its own: "a referral about the children being left alone was closed as a one-off".
pattern: +@care_more &15 (closed | treated | recorded | logged | seen | dealt with) as (a)? (one-off | isolated | single | first) (incident | event | episode | concern | call)?
# The children's needs unmet while the adults' troubles held the focus.
pattern: (basic | physical | health | dental | emotional | daily | children's | child's | baby's) needs ..4 (going | went | were | was | being | left) ..2 (+unmet | !met)
  unless: (threshold | criteria | criterion) | (no | not) (sign | evidence) that
match: The state of the flat was described at every visit, but no visit led to anything more than advice.
match: The nursery gave the boy breakfast each morning because he arrived hungry, and told no one why.
match: The health visitor had come to see the dirt and the dog mess as simply how this family lived.
match: The girl was doing the cooking and getting her brothers to school, and this was praised as helpfulness.
match: It is not clear that anyone added up the missed hospital appointments and the school absences.
match: A referral about the children being left alone was closed as a one-off.
match: Practitioners did not see that the children's basic needs were going unmet.
nomatch: The nursery gave the boy breakfast when he arrived hungry and referred the family the same day.
nomatch: The health visitor added up the missed hospital appointments and made a referral.
nomatch: The family's circumstances did not meet the threshold, so the needs were not met by a statutory service.
nomatch: The school saw that the girl was often hungry and referred the family to early help, which her father accepted.
nomatch: The GP and the school each saw her weight loss, and nobody linked it to the possibility of sexual abuse by her uncle.
# Poor care seen and not referred or acted on, anywhere in the sentence.
pattern: +@care_more &20 ((no | without) ..2 (referral | action | follow-up | escalation) | !(refer | referred | escalate | escalated | report | reported))
  unless: (no | not) (sign | evidence | concern*) of ..3 @care_more | (no | without) ..2 (referral | action) ..4 (needed | required | necessary) | (referred | reported | escalated) ..4 (same day | at once | promptly | immediately)
match: The flat was damp and the children's beds were soaked with urine, and the worker made no referral.
nomatch: The flat was damp, and the worker referred the family to environmental health the same day.
# lexchild, third pass: poor care answered with a kindness, or each occasion taken on its own.
pattern: +@care_more &15 ((dealt with | responded to | met | managed) ..3 by ..3 (giving | providing | buying | washing | lending | handing) | (each | every) ..3 (incident | occasion | episode | report | time) ..4 (dealt with | handled | treated | managed | seen | logged) ..2 (separately | in isolation | on its own | as a one-off))
  unless: (no | not) (sign | evidence | concern*) of ..3 @care_more
match: His clothes were too small and smelt of urine, and the school dealt with it by giving him spare clothes.
match: The children were found alone in the flat on five evenings, and each incident was dealt with separately.
nomatch: The children were found alone once, and the incident was referred and assessed with the two earlier reports.

# ---- lexrec1 (7 December): poor care met with waiting, a milder word, or habit ----
# The care a report describes, beyond @care_more: physical care, heating, centiles, a child out late on the estate.
group: @care_wide = @care_more | physical care | basic care | (standard | standards | quality) of (care | hygiene) | heating | centile | centiles | dentist | late at night | out on the (estate | streets | street) | wandering | roaming | same clothes | clothes ..3 (small | dirty | smelt | smelled) | lice | (not | never) being ..2 (fed | washed | clothed | bathed | changed | supervised | looked after | taken to school) | (feeding | bathing | dressing | putting ..3 to bed) ..3 (the)? (younger | little) ..2 (ones | two | three | siblings | brothers | sisters | children) | children's care | standard of (care | parenting) | lack of supervision | wander* (out | off) | found (wandering | alone | in the road)
# What was done instead: waited for the next contact, dealt with one at a time under another heading, called
# "cluttered", grown used to, never brought together.
group: @care_wait = (planned | agreed | decided | chose | arranged) to (review | monitor | wait | keep an eye | reweigh | re-weigh | check again) | at the next ..2 (contact | visit | review | appointment | check | weighing) | without (anyone | any professional | any agency | anybody) ..3 (raising | asking | questioning | noticing | querying | reporting | mentioning | acting) | one at a time | (as | under) ..2 (attendance | hygiene | behaviour | housing | punctuality | uniform) (matters | issues | problems | questions) | described ..4 as ..2 (cluttered | lived-in | lived in | homely | busy | a bit (messy | untidy | grubby)) | (simply | just | only) how things (were | are) | (grew | became | become | got | grown) (used | accustomed) to | !(brought | put | pieced | added | joined) together | (no one | nobody) (asked | wondered) why | (nobody | no one | none) ..3 (noticed | recognised | spotted | realised) | !(notice | noticed | spot | spotted | picked up | replaced | repaired | mended) | (opened and closed | closed and reopened) ..6 (times | repeatedly | again) | !(seen | treated | regarded | recognised | viewed) as part of | blind* ..4 to
pattern: +@care_wide & @care_wait
  unless: (no | not) (sign | evidence | concern*) of ..3 @care_wide | (referred | reported | escalated) ..4 (same day | at once | promptly | immediately)
# Not read as a sign of poor care: "no one treated the smell of the children as a sign that they were not looked after";
# never joined to the wider picture: "nobody linked the chest infections and the damp flat to a wider picture of her care".
pattern: (no one | nobody | never | not) ..3 (treated | saw | regarded | read | took) ..3 @care_wide ..12 as (a)? (sign | evidence | indicator | signal)
pattern: !(link | linked | connect | connected | relate | related | put) ..12 @care_wide ..12 (wider | whole | bigger | overall) (picture | pattern | view)
match: Nobody treated the children's smell, which other pupils mocked, as a sign that they were not being looked after.
match: No one linked the baby's nappy rash and the cold flat to a wider picture of how she was cared for.
match: The boy's glasses broke in the spring and were never replaced.
match: Nobody noticed how far the standard of the children's care had fallen.
match: The ten-year-old was bathing and feeding the younger two, and her teachers were blind to what that meant.
nomatch: The nurse saw the cold flat and the nappy rash together and referred the family the same day.
match: The baby's weight had fallen across two centiles, and the health visitor planned to review it at the next routine contact.
match: The flat had no heating all winter and the cot sheets were soiled, yet workers described it as cluttered.
match: The seven-year-old was out on the streets late at night for months without anyone raising a concern.
match: Her lice, her lateness and her tiredness were dealt with one at a time as hygiene and attendance matters.
match: By the last year the visiting workers had grown used to the state of the kitchen.
match: The effect on the boys of years of poor physical care was never brought together.
nomatch: The baby's weight had fallen across two centiles, and the health visitor referred her to the paediatrician the same day.
nomatch: The kitchen was untidy on one visit; the mother had been unwell that week.
nomatch: The health visitor recognised the cumulative harm to the children within weeks and referred them.
match: Nobody recognised the chronic neglect of the children until the school raised it.

# ---- r17a (issue 10): other writers' words for poor care, and for leaving it be ----
# Poor care in words @care_wide lacks: a child unfed, weight slipping down the centiles, a home without heat or light,
# few words at three, a house called filthy or chaotic.
group: @ne_sign = @care_wide | unfed | underfed | ate ..3 left over | scavenging | (weight | growth) ..4 (slipping | slipped | sliding | slid | dipped | dipping | faltering | faltered | dropping | dropped) | no working (heating | heater | lights | electricity | cooker) | no (gas | electricity | hot water) | slept in ..2 coats | (few | no) words | lack of (words | speech) | not (yet)? (talking | speaking) | late talking | (house | home | flat | kitchen | bedroom | bedrooms | bathroom) ..4 (cluttered | chaotic | filthy | squalid | smelly | unhygienic | infested | very poor | poor state | uninhabitable) | sodden | soaking | wet through | teeth ..3 (taken out | pulled) | missed immunisations | no registered gp
# What was done with it instead: called managing, answered with advice or a voucher, nobody asked why, never taken
# together, logged as a nuisance, put down to money.
group: @ne_letbe = @care_wait | @explained_as | @reframed | @came_to_nothing | (describe | describes | described | recorded | records | wrote | noted) ..4 as ..2 (managing | coping | fine | okay | ok | adequate | good enough | satisfactory | no concerns) | (the | each | every | their)? (response | responses | action | answer) ..6 (was | were) ..3 (advice | a leaflet | a letter | a reminder | a voucher | a food bank) | (no one | nobody | no professional | no agency | no practitioner | none of (them | the (professionals | agencies | workers))) ..3 (asked | wondered | questioned | considered) ..3 (why | what | how | whether) | (no | without) (discussion | consideration | thought | analysis | mention) of ..3 (what | how | why | whether) | !(consider | considered | look | looked | see | seen | view | viewed | read | take | taken) ..3 together | (logged | recorded | treated | dealt with) ..4 as ..3 (antisocial | anti-social | nuisance | noise) | (put down | attributed) to ..4 (money | poverty | low income | finances | hard times | being short) | !(ask | asked) ..6 whether ..4 (anyone | someone | the (mother | father | parents))
pattern: +@ne_sign & @ne_letbe
  unless: (no | not) (sign | evidence | concern*) of ..3 @ne_sign | (referred | reported | escalated) ..4 (same day | at once | promptly | immediately | that (day | afternoon | morning))
  # weight loss with bruising read as a medical matter is a sign of abuse missed; a parent's ability to feed is a parental factor
  unless: bruis* | consideration of ..2 (abuse | harm) | (her | his | their) ..2 (ability | capacity) to
# Hedged: the sign sits inside "no evidence that ..." (so it is read negated) and what was not done follows it.
pattern: (no evidence | little evidence | no sign | no indication | no record | not clear | not evident | unclear) that ..12 @ne_sign ..12 !(@considered | act | acted | refer | referred | linked | connected | together | raised | shared)
match: The brothers came to school in the same clothes for weeks, which staff put down to the family being short of money.
match: The flat had no working heating all winter and the children slept in their coats; the visit notes describe the family as managing.
match: The girl's weight was slipping down the centiles for two years, and no professional asked why.
match: The house was described as filthy at three visits, and each time the response was advice on cleaning.
match: The twins were found unfed and out late on the estate; each call was logged as antisocial behaviour.
match: At three the boy had few words, and nobody asked whether anyone at home talked with him.
match: It is not evident that the children's lice were ever looked at alongside their hunger.
match: There is no evidence that the girl's weight slipping down the centiles was ever raised with her mother.
nomatch: There is no evidence that the girl's weight was slipping; the centile chart was steady.
nomatch: The flat had no working heating, and the worker referred the family to the housing team the same day.
nomatch: The girl's weight was slipping down the centiles, and the health visitor referred her to a paediatrician that afternoon.
nomatch: The house was chaotic during the move; by the next visit the boxes were gone.

# ---- r18c (issue 10): basic care that did not happen, told as events, and signs never joined up ----
# The children not fed, washed or clothed: "they were not being fed, washed or taken to school".
pattern: (@child | children | they | twins | siblings | boys | girls) ..6 (!("fed" | "washed" | "bathed" | "clothed") | (went | going | go | gone) without (food | meals | a meal | breakfast | tea | dinner | lunch | clean clothes | a bath | a wash | heating))
  unless: (no | not) (sign | evidence | concern*) that | fed back
  # a feed nobody watched is a child not seen (child_not_seen), not a child left unfed
  unless: (observe | observed | observing | see | seen | saw | watch | watched | witness | witnessed) ..5 being ("fed" | "washed" | "bathed" | handled)
# A child doing the parent's work: "a ten-year-old dressing the little ones for nursery", "the boy was the family's carer".
pattern: (household's | family's | the home's | the house's) ("parent" | "carer" | "mother") | (getting | got | get) ..3 (younger | little | small | baby) ..3 (up | dressed | fed) ..4 (and)? ..2 (to school | fed | dressed | to bed) | (feeding | bathing | dressing | putting) ..2 (the)? (younger | little | baby) ..3 (siblings | ones | brothers | sisters | two | three | children | brother | sister) ..4 (to bed)?
# What announced visits showed and an unannounced one did not: "the house was tidy at every announced visit".
pattern: ((announced | pre-arranged | prearranged | arranged | planned | booked) (visit | visits | call | calls) ..10 (tidy | clean | spotless | in order | fine | well kept) | (tidy | clean | spotless | in order | well kept) ..8 (announced | pre-arranged | prearranged | planned | booked) (visit | visits | call | calls)) & ((no | never | not one | none) ..3 unannounced | (only | one | single) ..3 unannounced ..8 (found | showed | revealed))
# Each sign kept by a different service and never taken as a whole.
group: @ne_apart = !(link | linked | connect | connected | relate | related | tie | tied) ..2 to ..4 (home | care | the care | what was happening | life at home | the family) | !(seen | considered | looked at | viewed | treated | taken) ..2 (as a whole | together | in the round | side by side) | (each | every one) ..4 (recorded | noted | seen | held | dealt with) by ..2 (a)? (different | separate) (service | agency | professional | team | practitioner)
pattern: +@ne_sign & @ne_apart
  unless: (no | not) (sign | evidence | concern*) of ..3 @ne_sign
match: The children were not being fed or washed, and the plan spoke only of the mother's housing.
match: For most of that winter the boys went without breakfast and made their own way to school.
match: The eldest girl, aged ten, got the younger two up, dressed and to school each day.
nomatch: No visit reached the allocated social worker, who was then writing her assessment of the family's parenting.
match: The house was tidy at every announced visit; no visit was ever unannounced.
match: He came to school hungry most mornings, but this was never linked to what was happening at home.
match: His head lice, the missed eye test and the tooth decay were each recorded by a different service.
nomatch: The children were fed and washed, and the house was warm at each visit.
nomatch: The nursery fed back to the mother that the twins had settled well.
nomatch: The health visitor never observed the baby being fed at any of her visits.
nomatch: The house was tidy at every announced visit and at the two unannounced visits in March, when the children were clean and fed.
nomatch: The girl came to school hungry one morning, and the teacher rang her mother, who had overslept.
# Nobody asked about the daily basics: "did not ask what the children ate". (Where a baby would sleep is safe-sleep
# planning before a birth or a discharge, not neglect, so sleeping is left out.)
pattern: !(ask | asked | find out | found out | establish | established | check | checked) ..4 (what | whether | how (often | much)?) ..4 (the)? (@child | children | baby | twins | they | he | she) ..3 (ate | eat | eating | had eaten | had to eat | were fed | was fed | was washed | were washed | bathed | wore)
# A sign seen and no referral made: "the rotten teeth were noted at two medicals; no one made a dental referral".
pattern: +@ne_sign & (no one | nobody | no professional | never) ..3 (made | sent | raised | considered) ..3 (referral | referrals)
match: Workers focused on the parents' debts and did not ask what the children ate.
match: Nobody checked whether the twins were fed when their mother was drinking.
nomatch: Neither parent was asked where the baby would sleep after the discharge.
match: The boy's rotten teeth were noted at two medicals; no one made a dental referral.
nomatch: The health visitor asked what the children ate and where the baby slept, and both answers were checked at an unannounced visit.
# A child far behind, written up as fine: "no words at four, yet the health visitor recorded that development was on track".
pattern: +@ne_sign & (recorded | noted | wrote | judged | assessed | scored | described) ..6 (on track | age appropriate | age-appropriate | within normal (limits | range) | good enough | meeting (his | her) milestones)
match: By the age of four the child had no words and was still in nappies, yet the health visitor recorded that development was on track.
nomatch: The health visitor recorded that his speech was on track, and by four he talked in full sentences.

# ---- r20c (issue 10): the register of overview reports ----
# A denied finding: "the panel does not consider that neglect was tolerated".
unless: (review | panel | reviewer | reviewers | author | authors) ..2 (does | did | do) not (consider | think | believe) that
nomatch: The panel does not consider that neglect was tolerated; the home conditions improved after the move.
match: The possibility that the baby's poor growth reflected neglect was not considered by the health visitor.
# Poor growth read as a feeding or medical matter: "her failure to thrive was treated as a feeding difficulty".
pattern: (failure to thrive | faltering growth | faltering weight | poor weight gain | weight loss | poor growth | slow weight gain) ..6 (seen | viewed | treated | regarded | managed | dealt with | approached | put down to | attributed to) ..3 (as)? ..2 (a | an)? ..2 (feeding | dietary | medical | reflux | milk | allergy | genetic | constitutional | health | clinical) (difficulty | difficulties | issue | issues | problem | problems | matter | condition)
  # weight loss beside bruising read as a medical matter is a sign of abuse missed
  unless: bruis* | injur* | fractur* | consideration of ..2 (abuse | harm)
match: Child B's failure to thrive was treated as a feeding difficulty for almost a year.
match: The review has found that the baby's poor weight gain was put down to a medical problem without any tests.
nomatch: The baby's poor weight gain was investigated by the paediatrician, and neglect was named at the strategy discussion.
nomatch: His weight loss and bruising were attributed to a medical condition without any thought of abuse.
# Heed said as a noun the care received: "the state of the home received little attention", "scant weight was attached to her hunger".
pattern: +(@neglect | @ne_sign) ~ @slight_heed
match: The state of the home received little attention from the visiting professionals.
match: The children's hunger and poor hygiene were given insufficient weight by the school.
nomatch: The state of the home received close attention at each unannounced visit.
# Its weight never grasped: "the severity of the neglect was not fully appreciated", "the extent of the neglect was masked".
pattern: (severity | seriousness | extent | scale | depth | impact | effect | effects) of ..3 (the)? ..2 (@neglect | poor care | the children's care) ~ (!(appreciated | understood | grasped | realised | recognised) | +(masked | obscured | hidden | @misjudged))
  unless: (no | not) (sign | evidence | concern*) of
match: The severity of the neglect was not fully appreciated by the professionals involved.
match: The extent of the neglect was masked by the mother's apparent cooperation with the plan.
nomatch: The severity of the neglect was understood at the first visit, and a strategy discussion followed.
nomatch: Agencies appear to have become accustomed to the level of violence in the household.
# Acceptable care let slide: "the threshold of what was considered acceptable care appears to have shifted",
# "professionals accepted a level of care that fell well below what a child of that age needs".
pattern: (threshold | bar | standard | standards | level | benchmark) ..8 (acceptable | good enough | adequate | tolerable) ..3 (care | parenting) & (shifted | drifted | lowered | slipped | eroded | crept | moved)
pattern: (accepted | tolerated | settled for | became used to) ..4 (level | standard | standards) of (care | parenting | hygiene) ..8 (below | short | poor | low | lower)
match: Over time the threshold of what was considered acceptable care for the children appears to have shifted.
match: Professionals accepted a level of care that fell well below what would be expected for a child of that age.
nomatch: The standard of care the children received was acceptable at every visit, and the case was closed.
# Nobody held the whole of it: "no agency had an overview of the cumulative neglect".
pattern: !(overview | overall picture | full picture | whole picture | grasp | sight) of ..4 (@neglect | the (children's | child's) care | poor care)
match: Each agency held some information, but no agency had an overview of the cumulative neglect.
nomatch: The social worker had a full picture of the neglect by the second visit and convened a strategy discussion.
# Recognised only late: "it was not until Child C was admitted to hospital that the neglect was recognised".
pattern: (not until | only when | only after | only once) ..15 (@neglect) ..4 (recognised | identified | acted on | addressed | named | understood)
match: It was not until Child C was admitted to hospital with severe nappy rash that the neglect was recognised.
match: Only when the school raised it for the fifth time was the neglect acted on.
nomatch: The neglect was recognised at the first visit, not until later confirmed by the school.
# Signs of poor care met one by one: "each report of hunger was assessed on its own", "treated as separate ailments",
# "never as evidence of how they were living". (The "each" is left out: a match of & cannot hold the sign inside the other half.)
pattern: +@ne_sign & ((assessed | handled | treated | dealt with | seen | considered | closed | logged | recorded | managed) ..4 (on (its | their | her | his) own | "separately" | in isolation | as (a)? (separate | discrete | single | new | fresh) ..2 (episode | episodes | issue | issues | matter | matters | ailment | ailments | incident | incidents | referral | referrals | event | events | concern | concerns)) | as separate (ailments | issues | matters | problems | episodes | concerns) | (never | not | rather than) ..2 as ..2 (evidence | a sign | signs | an indicator | indicators | a signal) (of | about) ..4 (care | neglect | how ..3 (living | lived | cared | looked) | home life | life at home | what was happening at home))
  unless: (no | not) (sign | evidence | concern*) of ..3 @ne_sign | +(together | as a whole | in the round | alongside)
match: The school's reports of hunger and poor hygiene were each dealt with as a separate issue.
match: Every report that the children were unkempt and hungry was assessed on its own by the front door.
match: The lice and impetigo were treated as separate ailments and never as evidence of how the children were living.
nomatch: The reports of hunger were considered together with the attendance data, and the school referred the family.
