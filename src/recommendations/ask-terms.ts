/**
 * Terms of safeguarding practice that reviews write in several ways, each read as one word for
 * comparing asks: "a lead professional", "a key worker" and "a named coordinator" are one role;
 * "unannounced", "without warning" and "without notice" one kind of visit. A stem, a concept group
 * of single words (ask-concepts.ts) or WordNet cannot join a phrase to a word or to another
 * phrase. Written by hand from the theme guide's cues and the vocabulary of safeguarding practice
 * (Working Together, child protection procedures), not from the labelled asks; measured by
 * scripts/eval-recommendations.ts. Each term is a made-up word, so that WordNet and the concept
 * groups leave it alone, and a phrase matches its common inflections.
 */
const TERMS: ReadonlyArray<[string, string]> = [
  ['unannounced', 'unannounced|without (?:prior |advance )?(?:warning|notice)|unexpected(?:ly)?|not (?:pre-?)?arranged'],
  ['caseload', 'caseloads?|workloads?|(?:the )?number of (?:cases|families|children) (?:allocated|held|carried|given)(?: to)?'],
  ['keyworker', 'lead (?:professional|practitioner)s?|key ?workers?|named (?:lead|coordinator)|coordinating role|single point of contact'],
  ['strategydiscussion', 'strategy (?:discussion|meeting)s?'],
  ['jointtraining', '(?:multi|inter)-?agency training|joint training|training (?:across|between) agencies'],
  ['supervision', 'one-to-one (?:sessions?|meetings?)|management oversight|case supervision'],
  ['homevisit', 'home visits?|visits? (?:to|at) the (?:family )?home|call(?:s|ing|ed)? (?:at|on) the (?:family )?home'],
  ['prebirth', 'pre-?birth|before (?:the baby is born|birth)|unborn (?:baby|babies|child|children)|ante-?natal(?:ly)?|during (?:the )?pregnancy'],
  ['cpmedical', 'child protection medicals?|paediatric (?:assessment|examination|opinion)s?|medical (?:examination|assessment|opinion)s?|examined by a (?:paediatrician|doctor)'],
  ['notbrought', '(?:was|were|is|are) not brought|not brought|missed (?:health )?appointments?|did not attend|fail(?:s|ed)? to attend|non-?attendance'],
  ['childvoice', "voice of the child|child's voice|wishes and feelings|(?:the )?child's views|children's views"],
  ['livedexperience', "lived experience|daily life|day-to-day life|a day in the life|(?:an ordinary|a typical) day"],
  ['returninterview', 'return (?:home )?interviews?'],
  ['frontdoor', 'front door|multi-agency safeguarding hub|MASH|single point of (?:access|entry)'],
  ['earlyhelp', 'early help|family support services?|targeted support'],
  ['camhs', "CAMHS|child and adolescent mental health services?|children's mental health services?"],
  ['disguisedcompliance', 'disguised compliance|(?:apparent|superficial) (?:cooperation|compliance|engagement)'],
  ['curiosity', 'professional curiosity|respectful uncertainty|healthy scepticism|(?:be|being|remain) curious|inquisitive'],
  ['sectionenquiry', 'section 47(?: enquir(?:y|ies))?|child protection (?:enquir(?:y|ies)|investigations?)'],
  ['cpconference', '(?:initial |review )?(?:child )?protection conferences?|case conferences?'],
  ['safesleep', 'safe sleep(?:ing)?(?: advice)?|co-?sleeping|sleeping arrangements'],
  ['countylines', 'county lines'],
  ['domesticabuse', 'domestic (?:abuse|violence)|intimate partner (?:violence|abuse)|coercive control|violence (?:at|in the) home'],
  ['learningdisability', 'learning (?:disabilit(?:y|ies)|difficult(?:y|ies))'],
  ['adultservices', "adults?'? services|services for adults"],
  ['transitions', 'transitions? to adult(?:hood| services)|(?:turn|reach)(?:s|es|ing)? eighteen|eighteenth birthday|18th birthday|move to adult services'],
  ['gp', 'family doctors?|general practitioners?'],
  ['school', 'designated safeguarding leads?|designated teachers?'],
  ['nonmobile', 'non-?mobile|(?:not|cannot|can not) (?:yet )?(?:mobile|crawl)|immobile|pre-?mobile'],
  ['stepdown', 'step(?:s|ped|ping)?(?:-| )down|transfer(?:s|red)? to early help'],
  ['closure', 'case closures?|clos(?:e|es|ed|ing) (?:the |a )?cases?'],
  ['handover', 'hand(?:s|ed)?(?:-| )?over|transfer(?:s|red)? (?:of )?(?:the )?case'],
  ['publish', 'on (?:the|its|their) websites?|available to the public'],
  ['briefing', '(?:seven|7)-? ?minute briefings?'],
  ['seniormanager', "senior (?:managers?|leaders?|leadership)|heads? of service|service managers?|directors? of children's services"],
  ['learningevent', 'learning (?:events?|sessions?|workshops?)|practitioner (?:events?|forums?|workshops?)'],
  ['policecheck', 'police checks?|criminal (?:record|history) (?:checks?|information)|PNC checks?|DBS checks?'],
  ['bodymap', 'body (?:maps?|charts?|diagrams?)'],
  ['homeconditions', 'home conditions|conditions (?:in|of) the home|state of the (?:home|house)'],
  ['neglecttool', 'graded care profile|neglect (?:assessment )?(?:tool|toolkit)s?'],
  ['facevalue', 'at face value|on trust|at (?:their|his|her) word|without (?:question|challenge|checking)'],
  ['thinkfamily', 'think family'],
  ['drift', 'drift(?:ed|ing)?|start(?:-| )again(?: syndrome)?|(?:lost|losing) (?:focus|momentum)|no purposeful (?:action|progress)'],
  ['seenalone', 'seen alone|on (?:their|his|her) own|by (?:themselves|himself|herself)|away from (?:the |their )?(?:parents?|carers?|adults)|without (?:their |a )?(?:parents?|carers?) present'],
  ['noaccess', 'no access|(?:could|did) not gain access|(?:refus|den)(?:e|es|ed|ied|y|ies|ing) access|no reply'],
  ['optimism', 'rule of optimism|(?:overly|over-|too) optimistic|over-?optimism|too positive'],
  ['domesticabuse substance mental', 'toxic trio'],
  ['faith', 'places? of worship|faith (?:groups?|settings?|organisations?|communities|leaders?)|churches|mosques|synagogues|temples|gurdwaras'],
  ['healthrecord', 'single (?:shared )?(?:health )?records?|shared (?:health )?records?'],
  ['lifestylechoice', 'lifestyle choices?|(?:treated|seen|regarded) as (?:an )?adults?'],
  ['nfa', 'no further action'],
  ['waitinglist', 'waiting (?:lists?|times?)|lack of (?:resources|capacity)|no service (?:was |is )?available'],
  ['parentingcapacity', 'parenting capacity|capacity to parent|ability to (?:care for|parent|look after)'],
];

const RULES: ReadonlyArray<[RegExp, string]> = TERMS.map(([term, phrases]) => [new RegExp(`\\b(?:${phrases})\\b`, 'gi'), term]);

/**
 * The text with each term's name after each phrase of it; the phrase's own words stay, so that a
 * rewording that shares them but not the term still finds them.
 * withTerms('Staff must call at the home without warning.') -> 'Staff must call at the home homevisit without warning unannounced.'
 */
export function withTerms(text: string): string {
  return RULES.reduce((plain, [pattern, term]) => plain.replace(pattern, `$& ${term}`), text);
}
