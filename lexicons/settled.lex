# Words of the settled-clause reading (src/lexicon/settled-clauses.ts, lexicons/README.md "What
# counts"): clauses that carry failure words but state no failure of practice. Their tokens are
# marked as stating nothing, so no theme pattern matches in them. This file has no "id:", so it
# defines groups only; every group below is required (a missing one stops start-up, naming it).
#
# The reading asks whether a group's match begins at a token, whatever the negation. A bare word
# matches any inflection (the stem of its lemma); a quoted word matches that form only. The words
# of this file are quoted: the reading tells forms apart that share a stem ("met" is the review's
# contact, "meeting" is not; "reviewer" is, "reviewing officer" is not; "it is not suggested" is a
# denied claim, "nothing suggests that" a frame). Unquoting them changed tags on our labelled sets.
# The syntax of the reading (copulas, negations, determiners, where a stretch ends) stays in code.

# A decision or step judged right, after a copula: "closing the case then was proportionate",
# "it was the right call". The clause and its complement are then settled.
group: @settled_right = "reasonable" | "correct" | "justified" | "proportionate" | "understandable" | "defensible" | "right" | "sensible" | "appropriate"

# Words that make a "right" judgement counterfactual, with the modals in code: "it would have been
# reasonable to expect ..." is a finding, not a judgement that the work was right.
group: @settled_expectation = "expect" | "expected"

# A claim the review denies from close by: "it is not suggested that the school should have referred
# sooner", "no one criticises the decision to ...", "the review is not critical of ...".
group: @settled_claim = "suggested" | "suggesting" | "suggestion" | "argued" | "arguing" | "claimed" | "criticised" | "criticising" | "criticism" | "critical"

# After a negation, a word that frames what is denied: "no evidence that", "nothing to suggest",
# "no indication of". Then a failure word must follow ("nothing shows that the nurse ever visited
# the flat" states that something did not happen, and is left alone).
group: @settled_frame = "evidence" | "indication" | "suggestion" | "sign" | "reason" | "view" | "suggest" | "suggests" | "indicate" | "indicates" | "show" | "shows"
# Frames of belief, which may stand further off: "none of the practitioners interviewed thought that ...".
group: @settled_belief = "thought" | "believed" | "felt"
# Frames of opinion: "it is not the view of this review that ..." denies the whole judgement,
# failure word or not. A word here is read only where it is also a frame (@settled_frame).
group: @settled_opinion = "view"

# What a denial is about: a failure of practice. The shared failure words of groups.lex (@weak,
# @lacking, @misjudged: they match every inflection) and the forms below, which those groups lack.
group: @settled_failure = @weak | @lacking | @misjudged | "uncritically" | "uncritical" | "failure" | "failures" | "failed" | "fail" | "lack" | "drift" | "delay" | "delayed" | "unaware" | "wrongly" | "inappropriate" | "inappropriately" | "flawed" | "excluded" | "unseen" | "unheard" | "disguised" | "mistake" | "mistakes" | "error" | "errors" | "optimistic" | "over-optimistic" | "absence" | "inaccurate" | "undue" | "unduly" | "contrary" | "normalised" | "normalising" | "unchallenged" | "unquestioned" | "inconsistent" | "inconsistently" | "wrong" | "misapplied" | "mistaken"
# Failure nouns that "no" denies outright: "there was no gap in ...", "no lapse in supervision".
group: @settled_lapse = "gap" | "gaps" | "shortcoming" | "shortcomings" | "lapse" | "lapses"
# Failure nouns that count only as the thing denied, close after the negation: "identified no gaps",
# "did not raise any concerns".
group: @settled_denied_noun = @settled_lapse | "concern" | "concerns" | "criticism" | "criticisms" | "issue" | "issues" | "problem" | "problems"
# A refusal that "not" denies: "the father did not refuse any request to meet the social worker".
group: @settled_refusal = "refuse" | "refused" | "decline" | "declined" | "avoid" | "avoided" | "resist" | "resisted" | "object" | "objected" | "hesitate" | "hesitated"

# A step said to be unneeded: "no strategy discussion was needed", "an interpreter was not necessary".
group: @settled_needed = "needed" | "necessary" | "required" | "warranted" | "indicated"

# Who carries out the review: what they heard, read or could not do is method, not practice. A
# reviewer word is also the subject that owns a denial: "the panel did not identify any concerns".
group: @settled_reviewer = "review" | "reviewer" | "reviewers" | "panel" | "author" | "authors" | "we"
# The review's own contact with people and papers: "the panel heard from", "the reviewer met".
group: @settled_method = "heard" | "learned" | "learnt" | "spoke" | "met" | "read" | "interviewed" | "visited"
# What the review could not do: "the reviewer was unable to speak to the father", "the panel could
# not trace the grandfather".
group: @settled_contact = "speak" | "talk" | "meet" | "contact" | "interview" | "trace" | "reach" | "visit" | "engage" | "establish"
