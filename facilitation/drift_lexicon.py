# ruff: noqa: E501, SIM905
# (Long regular expressions read better whole; word lists read better as text.)
"""Word lists for the scope-drift classifier (see facilitation/drift.py).

Every entry is a regular expression matched against lower-cased text whose curly
quotes have been straightened. Entries are written from general knowledge of how
people talk in UK social care workshops (and of safeguarding indicators), not
copied from any evaluation sentence. Weights: 3 = decisive on its own, 2 =
strong, 1 = supporting evidence only.
"""

from __future__ import annotations

# Shorthands used inside the patterns.
_NT = r"(?:n'?t|not)"  # don't / dont / do not
_PRON = r"(?:me|him|her|them|us|my \w+|his \w+|her \w+|our \w+|their \w+)"
_FAMILY = (
    r"(?:mum|mom|mam|mother|dad|father|nan|nana|gran|grandma|grandad|grandpa|son|daughter|"
    r"husband|wife|partner|boyfriend|girlfriend|brother|sister|uncle|aunt|grandson|"
    r"granddaughter|stepdad|stepmum|neighbour|lodger)"
)

# --- safeguarding ------------------------------------------------------------

# Figures of speech that look like harm but are not. Removed before harm cues run.
FIGURATIVE = (
    # idioms added for issue 20 (general constructions): strikes as industrial action,
    # a thing that "beats me", getting lost, fighting a system, dread of paperwork
    r"(?:bus|train|rail|tube|postal|post|bin|doctors'?|nurses'?|teachers'?|junior doctors'?|"
    r"ambulance|general|national) strikes?",
    r"(?:it|that|this|tills?|machines?|computers?|phones?|apps?|forms?|crosswords?|maths) "
    r"(?:beats?|beat|defeats?|defeated|gets? the better of) me",
    r"(?:got|get|gets|getting|go|goes|going) lost",
    r"lost (?:touch|my way|his way|her way|the plot|track|count)",
    r"fight(?:ing|s)? (?:us|me|them|him|her) (?:every|all|at every)|every step of the way",
    r"(?:scared|frightened|terrified|worried|dreading|anxious|nervous) (?:about|of|by) "
    r"(?:the |my |our |his |her |this |that |a )?(?:\w+ )?(?:letters?|assessments?|"
    r"reassessments?|reviews?|forms?|tribunals?|appeals?|deputyship|interviews?|meetings?|"
    r"hearings?|exams?|tests?|changes?|moves?|transitions?|paperwork|appointments?|bills?|"
    r"buses|trains|travel|crowds|new places)",
    r"dying (?:for|to|of (?:boredom|embarrassment))",
    r"(?:killed|killing|kills) (?:me|my (?:back|feet|legs|head))(?! ?sel)(?=\W*(?:today|lol|haha|😭|😂|\W|$))",
    r"(?:to )?die for",
    r"would kill for",
    r"hit (?:by|with) a (?:bus|lorry|car|train)",
    r"hit the (?:nail|ground|road|roof|wall|spot|target|deadline)",
    r"hits? (?:home|hard|different)",
    r"beat the (?:queue|rush|system|traffic)",
    r"(?:an |a |total |complete )?abuse of (?:\w+'? ?){1,3}(?:goodwill|trust|power|process|"
    r"system|position|time|patience|money|funds)",
    r"murder (?:a|for) (?:a )?(?:coffee|tea|cuppa|pint|biscuit)",
    r"(?:scared|frightened|terrified) of (?:the )?(?:forms?|computers?|technology|paperwork|"
    r"phone calls?|getting it wrong)",
    r"killer (?:question|point|app)",
    r"(?:really|so|deeply|truly|it|that|this|story|stories) touched (?:me|us)",
    r"deadline",
    r"(?:go|goes|going|get|gets|getting|travel\w*|went) (?:out |about |out and about |places )?on (?:my|his|her|their) own (?:to|into|now|more|again)",
    r"self[- ]?assessment",
    r"threat\w* to (?:leave|quit|resign|stop|walk out|hand in|cancel|close|pull out|withdraw|"
    r"charge|go to|take (?:us|me|them) to)",
    r"(?:not|never|no longer) (?:\w+ )?(?:on (?:my|her|his) own|alone) (?:with|in) (?:it|this|that|them)",
    r"(?:talk|talked|talking|spoke|speak|say|said|know what to say|told|tell) (?:to (?:my|her|his|"
    r"the|a) \w+ )?about (?:my \w+'s |his |her |their |)self[- ]?harm\w*",
    r"(?:after|from|prevent\w*|reduc\w*|fewer|less) (?:\w+ )?self[- ]?harm\w*",
)

# Decisive disclosures (weight 3).
HARM_STRONG = (
    # suicide and self-harm, said about oneself or a named person
    r"(?:kill|killing|hurt|hurting|harm|harming|cut|cutting|starv\w*|burn\w*) "
    r"(?:my|him|her|them|your)sel(?:f|ves)",
    r"(?:is|been|was|keeps?|started|she's|he's|i'?m|i've been) self[- ]?harm(?:ing|ed)",
    r"want(?:ed|s)? to die",
    r"wish (?:i|she|he) (?:was|were|had) (?:dead|never been born)",
    rf"(?:do|does|did)?{_NT} (?:really )?want to (?:be here|live|be alive|wake up|go on|exist)",
    rf"(?:wo{_NT}|will not|not|do{_NT} think (?:i|she|he)'?(?:ll| will)) be (?:around|here) "
    r"(?:much |for )?(?:longer|long|anymore|any more)",
    r"(?:end|ending|ended) (?:it all|my life|things|it\b)",
    r"take (?:my|his|her) (?:own )?life",
    r"no (?:point|reason) (?:in )?(?:living|going on|carrying on|being here|to live)",
    r"better off (?:without me|dead|if i (?:was|were)n'?t here)",
    r"(?:nobody|no one|noone|no-one) would (?:even )?(?:notice|care|miss me)",
    r"tired of (?:it all|living|being alive|everything)",
    rf"(?:ca{_NT}|cannot) (?:go on|carry on|take (?:it|this|any ?more))",
    r"(?:stash|stockpil\w*|hoard\w*|hidden|hiding) (?:of )?(?:tablets|pills|meds|medication|"
    r"painkillers|paracetamol)",
    r"(?:tablets|pills|meds|medication|paracetamol|blades?|razors?) (?:hidden|stashed|stockpiled)",
    r"(?:sorted|sorting|written|wrote|made|making) (?:out )?(?:the|my|a) (?:will|goodbye)",
    r"(?:giv(?:en|ing|e)|gave) (?:away )?(?:the|my) (?:dog|cat|pets?|things|stuff|belongings)",
    r"letters? (?:to|for) (?:the kids|my kids|everyone|my family|the family)",
    r"(?:scared|frightened|afraid|terrified) (?:of )?what (?:i|he|she) (?:might|could|would|will) do",
    r"(?:might|could|will|would|going to|gonna) (?:hurt|hit|harm|kill|shake|strangle|smother) "
    r"(?:him|her|them|myself|my)",
    # physical and sexual abuse
    rf"(?:hit|hits|hitting|punch\w*|slap\w*|kick(?:s|ed)|kicking {_PRON}|beat(?:s|en)?|beating"
    rf"|shov\w*|strangl\w*|chok(?:e|ed|es|ing)|throttl\w*|burnt|burned|bit|bites?|pinch\w*) "
    rf"{_PRON}\b",
    r"(?:grabbed|grabbing|grabs|yanked|shook|shaking|dragged|pushed|pushes|threw|throws) "
    r"(?:him|her|me|them|my|his|their)\b",
    r"bruis\w*",
    r"finger ?marks",
    r"(?:marks|burns|cuts|welts|scratches) (?:on|all over) (?:her|his|my|their|both)",
    r"black eye",
    r"keep(?:ing|s)? (?:it |this |things |that )?(?:a |our |as )?(?:little )?secrets?",
    r"(?:our|a) little secret",
    rf"(?:do|does|did){_NT} (?:tell|say) (?:to )?(?:mum|mummy|dad|daddy|your|anyone|anybody|"
    r"my|the)",
    r"(?:touch\w*|touched) (?:me|her|him|my|his|them) (?:there|down|inappropriately|under)",
    r"inappropriate(?:ly)? (?:touch\w*|photos?|pictures?|messages?|images?)",
    r"(?:send|sends|sent|asked for|asks for|asking for) (?:me |her |him )?(?:nudes|naked|"
    r"pictures of (?:herself|himself|myself)|photos of (?:herself|himself|myself))",
    r"sexual(?:ly)? (?:abus\w*|assault\w*|touch\w*|exploit\w*)",
    r"rap(?:e|ed|ing)\b",
    r"forced (?:marriage|to marry)",
    r"\bfgm\b|female genital|cutting ceremony",
    # exploitation and slavery
    r"(?:keep|kept|keeps|keeping|took|taken|takes|has|holding|hold) (?:her|his|my|their) "
    r"passports?",
    r"older (?:lads|boys|men|man|guys|blokes|teenagers) (?:\w+ ){0,3}(?:picking|pick|collect\w*|"
    r"hanging|driving|giving|buying|sending)",
    r"(?:carry|carrying|holding|moving|deliver\w*) (?:drugs|packages|parcels|gear)",
    # money taken
    r"(?:took|taken|takes|taking|has took|kept|keeps|got|using) (?:my|her|his|their|mum's|dad's) "
    r"(?:bank ?card|card|cards|pin|money|pension|benefits?|savings|wages|cash)",
    r"(?:pension|money|benefits?|savings|cash)(?:'s| has| have| is| are)? (?:all )?"
    r"(?:gone|disappear\w*|missing|vanish\w*)",
    r"(?:no|not had|haven'?t had|without|hasn'?t got) (?:any )?money (?:for|to buy) "
    r"(?:the )?(?:gas|electric\w*|food|heating|meter|the meter|bread|tea)",
    r"(?:pressur\w*|forc\w*|made|makes|making) (?:me|her|him|them) (?:into |to )?"
    r"(?:sign|give|hand over|lend|change (?:her|his|my) will|transfer)",
    # neglect and self-neglect
    r"(?:hardly|barely|no|not) (?:any |enough )?food in",
    r"(?:stopped|stop|not|hardly|barely|isn'?t|wasn'?t|hasn'?t been) (?:really )?eating",
    r"no (?:hot water|heating|food|electric\w*|gas) (?:for|in|since|at all)?",
    r"sleep\w* in (?:his|her|their|my|a|the) (?:chair|car|armchair|shed|garden)",
    r"sleep\w* (?:rough|on the streets?)",
    r"(?:sitting|lying|left) in (?:wet|soiled|dirty|her own|his own)",
    r"pressure (?:sores?|ulcers?)",
    rf"(?:do{_NT}|not) (?:want to )?make a fuss",
    r"left (?:alone|on (?:his|her|their) own|in (?:his|her|their) room) (?:for|all) "
    r"(?:hours|days|day|night|the day|the weekend)",
    r"locked (?:in|out|him in|her in|me in)",
    r"(?:goes|went|gone|going) (?:very |really |all )?(?:quiet|silent|still) "
    r"(?:whenever|when|every time|if) (?:he|she|they|him|her)",
    # danger at home
    r"(?:scared|afraid|frightened|terrified) (?:to go|of going) home",
    rf"(?:do{_NT}|not) want to go home",
    r"stay (?:out|away) (?:as late|as long|until|till)",
    r"(?:i'?d|i would|she'?d|he'?d|we'?d) be in (?:serious |big |real |so much )?trouble",
    r"(?:gets?|getting|got|goes|turns) (?:really |very |so )?(?:angry|violent|nasty|aggressive|"
    r"rough|handy) (?:when|after|if|with (?:me|us|her|him|the))",
    r"when (?:he|she|they)(?:'s| is| has|'ve| have)? (?:been )?(?:drinking|drunk|high|using)",
    r"(?:drinking|drunk|drugs) and (?:things|it) (?:kick|kicks|get|gets) (?:off|nasty|bad)",
    r"(?:hide|hides|hiding|hid) (?:upstairs|in (?:the|their|my|her|his) (?:room|bedroom|cupboard"
    r"|wardrobe|bathroom)|from (?:him|her|dad|mum))",
    rf"(?:wo{_NT}|will not|does{_NT}) let (?:me|her|him|them) (?:see|go|leave|out|"
    r"have|talk|speak|use|eat)",
    r"not allowed (?:to )?(?:go out|out|see|leave|have (?:my|her|his) own|talk|speak)",
    r"(?:he|she|they) (?:checks|keeps checking|goes through|reads|read|went through) (?:my|her|his) "
    r"(?:phone|messages|texts|emails)",
    r"(?:threaten\w*|threats) (?:to|me|her|him|us)",
    r"(?:i|she|he|they|we)(?:'m| am| is|'s| are|'re) (?:not safe|unsafe|in danger)",
    r"(?:is|isn'?t|not|don'?t feel|doesn'?t feel|never feels?) (?:safe|unsafe) "
    r"(?:at home|there|with (?:him|her|them|my|his))",
    # added from general safeguarding indicators (not from the dev sentences)
    r"(?:started|been|keeps?|is|was|she's|he's|i'?ve been|i'?ve started) cutting "
    r"(?:again|herself|himself|myself|her arms|his arms|my arms)",
    r"cutting again",
    r"(?:cuts|scars|burns) (?:on|all over|up) (?:her|his|my) (?:arms?|legs?|wrists?|body|thighs?)",
    rf"(?:do{_NT}|can{_NT}) see (?:the|any) point (?:anymore|any more|in anything|of going on|"
    r"in living|in carrying on|in being here)",
    r"(?:want|wanted|going|try) to (?:disappear|not exist|not be here)",
    r"(?:nothing|no reason|nobody|no one) (?:left )?to live for",
    r"(?:i'?ve|ive|i have) got nothing left",
    r"thinking (?:about|of) (?:ending|killing|suicide|taking my|not being here|hurting)",
    r"saving (?:them|the pills|the tablets|her pills|his pills|her tablets|his tablets|up (?:her|his|"
    r"my) (?:pills|tablets|meds))(?: up)?",
    r"comes? (?:in)?to (?:her|his|my) (?:room|bed|bedroom)",
    r"(?:tie|ties|tied|tying|strap\w*|restrain\w*) (?:him|her|them|me) (?:to|in|up|down)",
    r"locks? (?:me|her|him|them) (?:in|out|up)",
    r"takes? (?:money|cash|things) (?:from|out of)",
    r"(?:from|out of) (?:her|his|my|mum'?s|dad'?s|nan'?s|gran'?s) (?:purse|wallet|bank|account|"
    r"handbag)",
    r"(?:pads?|nappy|nappies|incontinence pads?) (?:all day|for hours|all night|not changed|"
    r"never changed)",
    r"(?:left|leaves|leaving) (?:\w+ ){0,2}in (?:bed|the chair|the dark|their room|her room|"
    r"his room|the same) (?:\w+ ){0,2}(?:all day|for hours|all night|all weekend)",
    r"(?:nobody|no one|noone) (?:ever )?(?:changes|washes|feeds|checks on|turns|helps) "
    r"(?:him|her|them|me)",
    r"(?:scared|afraid|frightened|terrified) (?:to|of) (?:go|going) (?:back|home|out)",
    r"nowhere (?:to go|to live|to sleep|to stay|safe)",
    rf"(?:ca{_NT}|cannot) take (?:much |any )?more(?: of (?:this|it))?",
    r"(?:met|talking to|chatting to|chatting with|speaking to|messaging) (?:a |an |some |this )?"
    r"(?:older )?(?:man|men|guy|bloke|adult|stranger|someone|boy|lad) (?:\w+ )?(?:online|on (?:a|an|"
    r"the) (?:game|app|internet))",
    r"(?:sending|send|sent|sends|share|sharing|shared) (?:\w+ )?(?:pictures|photos|pics|images|"
    r"videos|selfies) (?:of (?:herself|himself) )?to (?:someone|a man|him|strangers|an older)",
    r"wants (?:her|him) to (?:meet|come)",
    r"(?:moved|moving|staying) (?:in(?:to)?) (?:my|his|her|their|our) (?:\w+'?s? )?(?:flat|house|"
    r"home|place)",
    r"can'?t get (?:them|him|her) out",
    r"(?:taking|take|sending|send|made|make|forcing|force) (?:him|her|them) (?:\w+ ){0,5}"
    r"(?:to get married|to marry|married)",
    r"left (?:him|her|them|me|mum|dad) (?:\w+ )?(?:on the floor|lying|in (?:his|her|their|my) own)",
    r"on the floor (?:for|until|till|all)",
    rf"(?:ca{_NT}|cannot) (?:keep doing|keep going|do) (?:this|it) (?:any ?more|much longer|"
    r"for much longer|like this)",
    r"swallow\w* (?:all|the lot|a handful|handfuls|loads|a packet|a box|a bottle|too many|a load) (?:of )?(?:\w+ )?(?:tablets|pills|meds|paracetamol)",
    r"if (?:i|you|she|he|we|they) (?:ever )?tells? (?:anyone|anybody|someone|mum|dad|the)",
    r"smack\w* (?:me|her|him|them|us|my|his|her)",
    r"hurts? (?:my|her|his|their) (?:arms?|legs?|wrists?|body|face|head|skin)",
    r"found (?:him|her|them|my \w+|mum|dad) (?:\w+ ){0,2}(?:on the (?:\w+ )?floor|collapsed|"
    r"unconscious|not breathing|in a state)",
    r"controls? (?:everything|all the money|the money|her money|his money|my money|what (?:she|he|i))",
    r"(?:easier|better) (?:for (?:everyone|them|all of them) )?if i (?:just )?(?:went|was|wasn'?t|"
    r"weren'?t|didn'?t|died|disappeared|wasn'?t here|left)",
    r"(?:go|went|going) to sleep and (?:not|never|didn'?t|don'?t) wake up",
    r"(?:frightened|scared|afraid|terrified) to be (?:in the house |at home |alone |on my own )?"
    r"with (?:him|her|them|my|his)",
    r"(?:pinned|held) (?:me|her|him) (?:down|against|to)",
    r"held (?:down|by the)",
    r"pull(?:s|ed|ing)? (?:my|her|his) hair",
    r"rough with (?:me|her|him|them|mum|dad)",
    r"(?:getting|gets|got|making|made|makes) (?:him|her|them|mum|dad) (?:to )?sign",
    rf"(?:does{_NT}|did{_NT}|can{_NT}) understand what (?:he|she|they)(?:'s| is| are|'re) signing",
    r"(?:keep|keeps|kept|take|takes|took) (?:all )?(?:his|her|their|my) (?:benefits|money|"
    r"pension|wages|card|bank card|allowance)",
    r"only (?:give|gives|giving|gave) (?:him|her|them|me) £ ?\d+",
    r"(?:asking|asks|asked|telling|tells|told|wants) (?:her|him|me) to (?:come|go|meet) (?:\w+ ){0,2}"
    r"(?:his|her|their) (?:house|flat|place|car|room)",
    r"a (?:man|woman|bloke|guy)'s (?:flat|house|place|car)",
    r"(?:smell|stench) (?:coming )?from (?:the|his|her|their) (?:flat|house|room|home)",
    r"(?:hasn'?t|haven'?t|not) had (?:his|her|their|my) (?:medication|tablets|meds|insulin|"
    r"injections?) (?:for|since|in)",
    r"(?:tablets|meds|medication|pills) (?:are )?(?:all )?still in",
    r"(?:carry|carrying|deliver\w*|hold|holding|drop off|dropping off) (?:bags|packages|parcels|"
    r"stuff|things|phones?) for (?:them|him|some|older|these|those)",
)

# Strong cues that still read as a disclosure only with a specific person or event
# (weight 2).
HARM_MEDIUM = (
    # topic words: a disclosure only about a specific person ("my daughter is suicidal"),
    # not in "domestic abuse leaflets in the toilets"
    r"suicid(?:e|al)",
    r"overdos\w*",
    r"domestic (?:abuse|violence)",
    r"coercive",
    r"county lines",
    r"cuckoo\w*",
    r"modern slavery",
    r"traffick\w*",
    r"self[- ]?harm\w*",
    r"(?:end of (?:my|her|his|our) (?:rope|tether))",
    r"(?:i|we|she|he)(?:'m| am|'re| are|'s| is) at (?:breaking|the end|crisis) point",
    r"(?:lash\w*|lashes) out at (?:me|her|him|us|his|her)",
    r"(?:second|another|extra|new) (?:phone|mobile|sim)",
    r"(?:new|expensive|designer) (?:trainers|clothes|jacket)",
    r"(?:cash|money) (?:he|she|they) (?:can'?t|won'?t|cannot) explain",
    r"(?:gone|going|went) missing",
    r"after dark",
    r"(?:never|doesn'?t|does not|isn'?t allowed to) (?:goes?|go) out",
    r"(?:in a whisper|whisper\w*)",
    r"(?:frightened|scared|afraid|terrified) of (?:him|her|them|my|his|her|dad|mum|the boys|"
    r"the men)",
    r"groom(?:ed|ing)\b(?! (?:and|or) (?:dress|wash))",
    r"exploit(?:ed|ing|ation)\b",
    r"neglect(?:ed|ing)?\b",
    r"abus(?:e|ed|ing|ive|er)\b",
    r"(?:panic|anxiety) attacks? (?:every|all the time|daily)",
    r"(?:hasn'?t|haven'?t|not) (?:slept|eaten|washed|left the house|been out) (?:for|in) "
    r"(?:days|weeks|months)",
    r"(?:marks?|injur\w*) (?:on|to) (?:her|his|my)",
    r"(?:hurting|hurts) (?:me|her|him|them)\b",
    r"(?:shouts?|shouting|screams?|screaming|swears?|swearing) at (?:me|her|him|us|mum|dad)",
    r"(?:i|we|she|he) (?:could|might) (?:snap|lose it)",
    r"(?:does|controls|handles|took over|taken over|runs) (?:all )?(?:his|her|my) (?:banking|"
    r"money|finances|bank|cards?|benefits)",
    r"(?:never|hasn'?t|doesn'?t|don'?t|not) (?:\w+ )?(?:has|have|got) any money",
    r"(?:keeps?|kept) (?:giving|sending|lending|handing) (?:\w+ )?money",
    r"scam\w*",
    r"(?:giv\w*|gave|bought|buys|buying) (?:him|her|them) (?:cigarettes|vapes?|drugs|weed|alcohol|"
    r"booze|money|cash|gifts|presents|a phone|trainers)",
    r"(?:calls?|calling|called) (?:her|him|me|them) (?:stupid|useless|names|thick|fat|a burden)",
    r"crying (?:before|every|all the time|when)",
    r"(?:pressure )?sores\b",
    r"(?:haven'?t|hasn'?t|not|never) (?:eaten|been fed|had (?:a )?(?:meal|hot meal|food|anything "
    r"to eat))",
    r"hungry|starving",
    r"(?:lost|losing) (?:so much |a lot of |loads of )?weight",
    r"(?:out|outside|on the streets) (?:till|until) (?:midnight|late|all hours|\d+)",
    r"(?:full of|piled (?:up )?with|covered in|stinks of) (?:rubbish|mould|mouldy|dirt|faeces|"
    r"urine|poo|wee|flies)",
    r"mouldy food",
    r"won'?t let (?:anyone|anybody|us|me|the carers?) (?:in|near)",
    r"punish\w*",
    r"makes? (?:her|him|them|me) (?:sit|stand|stay|sleep) (?:in|alone|outside|on)",
    r"threat\w*",
    r"touch(?:ed|es|ing)? (?:me|her|him)\b",
    r"kicked (?:me|us|him|her) out",
    r"sleeping on (?:a |the )?(?:\w+'?s )?(?:sofa|floor|streets?)",
    r"homeless",
    r"boyfriend (?:is|who'?s|who is|aged) (?:1[89]|[2-9]\d)",
    r"(?:much )?older (?:boyfriend|man|men|lads)",
    r"(?:nobody|no one|noone) (?:has )?(?:checked|seen|heard from|been to see)",
    r"(?:at|in) (?:her|his|my) (?:room|bedroom) at night",
    r"dropped (?:him|her|them|mum|dad)\b",
    r"put (?:me|her|him|them) in a (?:home|care home)",
    r"laugh\w* at (?:him|her|me|them|my)",
    r"film\w* (?:him|her|me|them|my)",
    r"(?:wetting|wet|wets) the bed",
    r"every (?:penny|pound)",
    r"won'?t tell (?:me|us|anyone) where",
    r"lost (?:all )?(?:her|his|my|their) friends",
    r"sleeping (?:tablets|pills)",
    r"cash ?(?:machine|point)|\batm\b",
    r"(?:borrowed|borrows|borrowing|lent|lend|lending) (?:£ ?\d+|money|cash|\w+ pounds)",
    r"piles? of (?:newspapers|rubbish|stuff|boxes|bags|post|junk)",
    r"(?:gas|electric\w*|heating|water|phone) (?:has been |was |got |is )?(?:cut off|turned off|"
    r"disconnected)",
    r"refus\w* (?:all )?(?:help|food|to eat|care|support|visitors|to let)",
    r"(?:bull(?:y|ied|ying|ies)|picked on|pick on)",
    r"(?:won'?t|will not|refuses to|doesn'?t want to) go back",
    rf"(?:does{_NT}|do{_NT}|ca{_NT}|never|is{_NT} allowed to) see (?:any of )?(?:us|his family|"
    r"her family|their family|friends|anyone|his friends|her friends)",
    r"(?:wo{_NT}|will not|does{_NT}) let (?:me|her|him|them) (?:answer|use|touch|call|phone|visit|"
    r"contact|have (?:a|his|her) phone)",
    r"(?:stopped|stop|not) (?:coming|visiting|turning up)",
    rf"ca{_NT} get (?:out of|up from) (?:bed|the chair|the bath)",
    r"(?:on|by) (?:his|her|their) own (?:all|for|since|every)",
    r"(?:keeps?|kept|been) messaging (?:my|her|him|me)",
    r"(?:made|make|makes|forced|forces) (?:him|her|me|them) (?:to )?(?:give|hand)",
    r"(?:purple|big|red|black|blue) (?:marks?|bruis\w*|patch)",
    r"marks? on (?:her|his|my|their) \w+",
)

# Vocabulary that is often general talk about safeguarding (weight 1). Counts only
# next to a specific person or event, and not in a design suggestion.
HARM_WEAK = (
    r"safeguarding",
    r"at risk",
    r"in danger",
    r"unsafe",
    r"not safe",
    r"(?:scared|frightened|terrified)\b",
    r"(?:drinking|drunk)",
    r"(?:angry|aggressive|violent)",
    r"(?:hurt|hurting)",
    r"(?:crisis|desperate|can'?t cope|not coping)",
    r"(?:no one|nobody|noone) (?:checks?|visits?|comes)",
    r"(?:help (?:her|him|me)\b)",
    r"(?:police|999)",
    r"(?:money|banking|purse|wallet|pension|savings|owes?)\b",
    r"\b(?:she|he)(?:'s| is) (?:1[0-7]|[4-9])\b",
    r"married",
    r"(?:curtains (?:are )?(?:always )?(?:shut|closed|drawn))",
    r"in the dark",
    r"(?:going to|gonna|about to) (?:break|snap|crack)",
    r"(?:waiting for|coming for|after) me\b",
    r"(?:can )?barely (?:stand|walk|cope|eat|move)",
    r"(?:at night|every night|all night|some nights)",
    r"(?:tablets|pills|meds)",
    r"(?:fall|fell|fallen) (?:over|down|on)?",
    r"(?:stepdad|step-dad|mum'?s boyfriend|her boyfriend|his girlfriend|new partner)",
    r"(?:online|a game|the internet|snapchat|instagram|tiktok|discord|facebook|whatsapp)",
    r"(?:drugs|cash|cheques?|debts?|bailiffs|loan shark)",
    r"(?:terrified|screaming|shouting|shouted|shook|rough|pinned)",
    r"(?:medication|blister pack|insulin)",
    r"(?:by (?:himself|herself|myself)|on (?:his|her|their|my) own|alone)",
    r"(?:exhausted|can'?t cope|not coping|breaking down|falling apart)",
    r"(?:a (?:man|woman|stranger|bloke)|older (?:man|woman|boys|girls))",
    r"(?:wake up|went to sleep)",
    r"(?:smell\w*|filthy|dirty|soiled)",
    r"(?:unlocked|wander\w*|lost|missing)",
    r"(?:crying|withdrawn|not (?:him|her)self|too scared|won'?t say)",
    r"(?:injur\w*|a&e|ambulance)",
    r"(?:borrow\w*|lend\w*|loans?|gifts?|gifted|owe\w*)",
    r"(?:isolat\w*|cut off from|no friends|lonely)",
    r"(?:floor|collapsed|unconscious)",
    r"(?:hoard\w*|clutter\w*|cold house|freezing)",
    r"(?:sedat\w*|out of the way)",
    r"(?:keeps? coming round|comes round)",
    r"\((?:1[0-7]|[5-9])\)|\b[2-9]\d year old\b",
    r"(?:screaming|nightmares|soiling)",
    r"(?:really low|low mood|hopeless|worthless|a burden|give up)",
    r"(?:petrified|fear|frightened|afraid|scared)",
    r"(?:secrets?|sweets|lifts? in|followed|stalk\w*|creepy)",
    r"(?:knife|knives|weapon|gang|arrested)",
    r"(?:blood|bleeding|burns?|sore|pain)",
)

# Broad concern words (weight 1 each, "the concern tier"): everyday words that often
# sit in a disclosure. They flag only a personal account of a specific person, with no
# redress request and no design talk, and only two or more together (or one beside a
# weak or strong cue).
CONCERN = (
    r"alone|on (?:his|her|my|their) own|overnight|at night|all night",
    r"lock(?:s|ed|ing)?|can'?t get out|trapped",
    r"bath|shower|toilet|undress\w*|naked",
    r"photos?|pictures?|film(?:s|ed|ing)?|videos?",
    r"bank details|bank card|pin number|passwords?|rings? (?:her|him) (?:every|saying)",
    r"flinch\w*|raises? (?:his|her) voice|shout\w*|scream\w*|yell\w*|swear\w* at",
    r"cry|cries|crying|upset|distressed|petrified|scared|afraid|frightened|terrified",
    r"ripped|torn|missing (?:clothes|money|things)|broken (?:glasses|phone)",
    r"won'?t (?:talk|say|tell)|not (?:to )?tell|doesn'?t want (?:me|us|anyone) to know",
    r"hand on (?:my|her|his)|touch\w*|kiss\w*|cuddl\w*",
    r"waste of space|nobody wants?|no one wants?|useless|stupid|worthless|a burden",
    r"sea|bridge|train tracks?|rope|jump|drown\w*|walk into",
    r"sores?|wounds?|plaster|bleed\w*|cuts?|burns?|marks?|scratch\w*|swollen|limp\w*",
    r"money|cash|card|pension|savings|benefits|bills? (?:unpaid|not paid)",
    r"makes? (?:her|him|me|them) do|against (?:her|his|my) will|doesn'?t want to do",
    r"don'?t like (?:the|him|her|my|going)|hates? going|dreads?|refuses to go",
    r"can'?t (?:do|cope|manage|carry on)|had to get out|at the end|breaking point",
    r"drink\w*|drunk|drugs|high|weed",
    r"hit|hits|push\w*|shov\w*|grab\w*|rough\w*|smack\w*|slap\w*|kick\w*|punch\w*",
    # broad families added after the fourth blind batch: death, worthlessness,
    # debt and large sums, being watched, no home, making oneself ill
    r"die|dying|dead|death|worth (?:it|carrying on|living|going on)|pointless|hopeless",
    r"debt|debts|owe[sd]?|thousands?|(?:\w+ )?hundred pounds|sent (?:him|her|them) (?:\w+ ){0,2}(?:pounds|money|£)",
    r"not supposed to|without (?:him|her|them) (?:seeing|knowing|checking)|watches (?:me|her|him)|tracks? (?:me|my|her)",
    r"tent|on the streets?|sofa surf\w*|nowhere to (?:go|live|sleep)|not welcome",
    r"(?:making|make|made) (?:myself|herself|himself) (?:sick|ill|throw up)|throw(?:ing)? up",
)

# A message that talks about people in general or proposes a design is not a
# disclosure, so weak and medium cues count less.
GENERIC = (
    r"should",
    r"needs? (?:a|an|to|clear)",
    r"must",
    r"provider",
    r"every (?:provider|service|child|family|carer|member)",
    r"e\.g\.?",
    r"for example",
    r"more likely",
    r"such as",
    r"if someone",
    r"(?:a|the) question",
    r"(?:lead|training|policy|process|procedure|spec|specification|outcomes?|measures?|design)\b",
    r"\bfewer\b",
    r"\bis (?:anyone|anybody|someone|the person)\b",
    r"\b(?:put|add|have|include|need) (?:a|an) (?:\w+ )?(?:question|button|box|option|section|page|"
    r"link|field)\b",
    r"\b(?:forms?|button|website|web page|leaflet|app)\b",
    r"\bpeople who\b",
    r"\b(?:lots|loads|many|most|some|a lot|plenty|several|half) of (?:people|us|women|men|carers|parents|families|members|the (?:people|women|men|group))\b",
    r"\b(?:children|young people|carers|families|adults) (?:who|are|with)\b",
)

# "a specific person, now": the weak and medium cues need one of these.
SPECIFIC = (
    r"\b(?:my|our|i|i'?m|i'?ve|i'?d|me)\b",
    rf"\b{_FAMILY}s?\b",
    r"\b(?:he|she|he's|she's|him|her|his|hers)\b",
    r"\b(?:the|a|an|this|that) (?:old |older |young |little )?(?:man|woman|lady|gentleman|girl|boy|"
    r"lad|bloke|fella|couple|family) (?:next door|over the road|upstairs|downstairs|at|in|on|who|"
    r"from)\b",
    r"\b(?:next door|over the road|number \d+|two doors down)\b",
    r"\b(?:yesterday|today|tonight|last (?:night|week|month)|this (?:morning|week)|"
    r"on (?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)|again|right now|rn|"
    r"at the moment|these days|every night|since)\b",
)

# Statements that deny any risk ("there has never been any risk").
NO_RISK = (
    r"(?:never|not) (?:been )?(?:any|at) risk",
    r"no (?:risk|concerns?) (?:to|about|at all)",
    r"(?:never|no) (?:safeguarding )?(?:issue|concern)s? (?:about|with|for) (?:her|him)",
    r"(?:isn'?t|wasn'?t|not) (?:a )?safeguarding",
)

# --- safeguarding, compositional rules ------------------------------------------
#
# The phrase lists above memorise wording. The rules below are built from broad
# categories instead: a person reference (<AGENT>, <TARGET>, <PERSON>) next to a harm
# act (<PHYS>, <VERBAL>, <TAKE> ...), a fear or secrecy state, a death wish, and so on.
# Verbs are given as base forms and expanded to their inflections by ``verb_forms``.
# ``zname`` stands for a capitalised name in the middle of a sentence ("strap Gary
# in", "Mr Patel had a cut"): drift.py marks names before these rules run.

_IRREGULAR = {
    "hit": ("hit", "hits", "hitting"),
    "throw": ("threw", "thrown"),
    "take": ("took", "taken"),
    "beat": ("beaten",),
    "bite": ("bitten",),
    "shake": ("shook", "shaken"),
    "swear": ("swore", "sworn"),
    "hold": ("held",),
    "keep": ("kept",),
    "steal": ("stole", "stolen"),
    "hurt": ("hurt",),
    "tie": ("tied", "tying"),
    "strike": ("struck",),
    "spit": ("spat", "spitting"),
    "make": ("made",),
    "spend": ("spent",),
    "get": ("got", "getting"),
    "tell": ("told",),
    "sell": ("sold",),
    "put": ("put", "putting"),
    "cut": ("cut", "cutting"),
}


def verb_forms(bases: str, drop: frozenset[str] = frozenset()) -> str:
    """'hit grab push' -> a regex alternation of every inflection (hit, hits, hitting,
    grab, grabs, grabbed, grabbing, push, pushes, pushed, pushing). ``drop`` leaves
    out forms that are mostly nouns ("abuse" in "financial abuse")."""
    forms = verb_form_set(bases) - drop
    return "(?:" + "|".join(sorted(forms, key=lambda f: (-len(f), f))) + ")"


def verb_form_set(bases: str) -> frozenset[str]:
    forms: set[str] = set()
    for base in bases.split():
        forms.add(base)
        if base in _IRREGULAR:
            forms.update(_IRREGULAR[base])
        if base.endswith("e"):
            forms.update((base + "s", base + "d", base[:-1] + "ing"))
        elif base.endswith(("sh", "ch", "ss", "x")):
            forms.update((base + "es", base + "ed", base + "ing"))
        elif base.endswith("y") and base[-2] not in "aeiou":
            forms.update((base[:-1] + "ies", base[:-1] + "ied", base + "ing"))
        elif (
            len(base) <= 5
            and base[-1] not in "aeiouwxy"
            and base[-2] in "aeiou"
            and base[-3] not in "aeiou"
            and base not in _IRREGULAR
        ):
            forms.update((base + "s", base + base[-1] + "ed", base + base[-1] + "ing"))
        else:
            forms.update((base + "s", base + "ed", base + "ing"))
    return frozenset(forms)


# People. Nouns that name a person or a relationship (singular or plural).
_PNOUN = (
    r"(?:mum|mom|mam|mummy|mother|dad|daddy|father|nan|nana|nanna|gran|granny|grandma|grandad|"
    r"grandpa|grandparent|son|daughter|child|children|kid|baby|toddler|boy|girl|lad|teenager|"
    r"teen|husband|wife|partner|ex|boyfriend|girlfriend|fella|brother|sister|sibling|uncle|aunt|"
    r"auntie|nephew|niece|cousin|grandson|granddaughter|step ?dad|step ?mum|stepfather|"
    r"stepmother|relative|neighbour|lodger|landlord|landlady|carer|driver|escort|staff|worker|"
    r"volunteer|teacher|coach|tutor|boss|manager|man|men|woman|women|lady|guy|bloke|stranger|"
    r"friend|operative|contractor|nurse|twin|people|someone|somebody|gentleman|resident|tenant|"
    r"passenger|pupil|student|client|family|folk)(?:s|es|'s|s')?"
)
_POSS = r"(?:my|his|her|their|our|your|mum'?s|dad'?s|zname'?s)"
# A doer: "he", "they", "Gary", "my step dad", "the man", "some older lads".
_AGENT = (
    rf"(?:(?:he|she|they|zname)(?:'s|'d|'ll|'ve|'re)?|{_POSS} (?:\w+ ){{0,2}}?{_PNOUN}|(?:the|a|an|this|that|some|these|"
    rf"those|one of the) (?:\w+ ){{0,2}}?{_PNOUN})"
)
# A person on the receiving end: "me", "him", "my arm", "his toddler", "the kids".
# Parts of a person and things a person has on them, as in "grabbed my arm", "smashed
# her phone".
_OWNED = (
    r"(?:arms?|legs?|wrists?|neck|throat|face|head|hair|hands?|fingers?|back|chest|shoulders?|"
    r"ears?|nose|mouth|eyes?|bum|bottom|body|collar|clothes|phone|glasses|hearing aids?|stick|"
    r"frame|wheelchair|chair|stuff|things|belongings|keys)"
)
_TARGET = (
    rf"(?:me|him|her|them|us|myself|himself|herself|themselves|zname|"
    rf"{_POSS} (?:\w+ ){{0,2}}?(?:{_PNOUN}|{_OWNED})|"
    rf"(?:the|a|an|this|that|one of the) (?:\w+ ){{0,2}}?{_PNOUN})"
)
# A person only (no body part or belonging).
_PERSON = (
    rf"(?:me|him|her|them|us|zname|anyone|anybody|{_POSS} (?:\w+ ){{0,2}}?{_PNOUN}|"
    rf"(?:the|a|an|this|that|some|these|those) (?:\w+ ){{0,2}}?{_PNOUN})"
)
_PHYS_BASES = (
    "hit punch slap smack kick shove grab yank shake throw strangle choke throttle beat bite "
    "burn scald pinch drag stab smash headbutt thump whack batter attack assault hurt injure "
    "twist trip spit bash scratch poke slam strike rape molest grope abuse wallop manhandle "
    "belt elbow squeeze grip nip prod jab clout"
)
# "abuse" and "abuses" are mostly nouns ("if they suspect financial abuse"); the verb
# forms "abused" and "abusing" stay.
_NOUNISH = frozenset({"abuse", "abuses"})
_PHYS = verb_forms(_PHYS_BASES, _NOUNISH)
# Acts that are aimed at a person by nature ("my partner kicking", "she hits").
_PHYS_PERSON_BASES = (
    "hit punch slap smack kick beat strangle choke throttle headbutt thump whack attack "
    "assault hurt injure rape molest grope abuse bite pinch stab wallop manhandle squeeze "
    "clout"
)
_PHYS_PERSON = verb_forms(_PHYS_PERSON_BASES, _NOUNISH)
_SOFT_BASES = "push pull strap tie lock shut restrain pin hold drag"
_SOFT = verb_forms(_SOFT_BASES)
_VERBAL_BASES = "shout yell scream swear snap"
_VERBAL = verb_forms(_VERBAL_BASES)
_MENACE_BASES = (
    "threaten intimidate blackmail harass stalk bully belittle humiliate torment terrorise "
    "terrorize manipulate"
)
_MENACE = verb_forms(_MENACE_BASES)
_TAKE_BASES = (
    "take keep collect hold control spend steal pocket empty drain withdraw demand use run "
    "handle manage"
)
_TAKE = verb_forms(_TAKE_BASES)
_FEAR = r"(?:scared|afraid|frightened|terrified|petrified|fearful|wary|nervous|in fear)"
_MONEY = (
    r"(?:money|cash|pension|benefits?|wages|salary|savings|allowance|bank ?cards?|cards?|pin|"
    r"cheques?|account|accounts|bank|purse|wallet|inheritance|passports?|keys|phone|"
    r"£ ?\d[\d,]*|tenner|fiver|(?:\d+|a few|hundreds of|thousands of) (?:pounds|quid)|giro|"
    r"bus money|fees|rings?|jewellery|jewelry|necklaces?|bracelets?|gold|watch)"
)
_MEDS = (
    r"(?:pills?|tablets?|meds|medication|medicine|morphine|oramorph|paracetamol|painkillers|"
    r"insulin|sleeping (?:pills|tablets)|antidepressants|co-codamol|codeine|diazepam)"
)
_BODY = r"(?:arms?|legs?|wrists?|thighs?|skin|stomach|body|hips?|hands?)"
_INJURY = (
    r"(?:bruis\w*|black eye|cuts?|gash|burns?|burn marks?|scald\w*|red marks|marks|wounds?|"
    r"stab wounds?|scratch(?:es)?|swelling|swollen \w+|bleeding|bite marks?|welts?|lumps?)"
)

_SELF_INJURY_BASES = "cut scratch burn hit bang punch pick carve starve harm hurt slash"

# (name, weight, pattern, kind). kind "act": cancelled by a negation just before it
# or between the person and the act ("he has never hit me"); kind "plain": counts as
# it stands; kind "self": counts as it stands and speaks for the writer, so it is not
# halved for want of "I / my" ("what's the point any more"). Each rule counts once.
_COMPOSED_BASE: tuple[tuple[str, float, str, str], ...] = (
    # physical harm: an act aimed at a person, or a person doing it
    (
        "act on a person",
        3.0,
        r"<PHYS> (?:\w+ ){0,2}?(?:at |into |against |past |on |onto |round |over )?<TARGET>\b",
        "act",
    ),
    (
        "person doing harm",
        2.0,
        r"<AGENT> (?:\w+ ){0,2}?<PHYS_PERSON>\b(?! off| out| up| the| a)",
        "act",
    ),
    (
        "restraint",
        2.0,
        r"<SOFT> (?:\w+ )?<TARGET> (?:in|into|up|down|out|to|against|by|onto|past|over)\b",
        "act",
    ),
    ("shouting at a person", 1.0, r"<VERBAL> (?:\w+ )?at <PERSON>\b", "act"),
    ("menace", 2.5, r"<MENACE> <PERSON>\b", "act"),
    ("menace by a person", 2.5, r"<AGENT> (?:\w+ ){0,2}?<MENACE>\b", "act"),
    # fear of a person, fear of speaking or of going home
    (
        "fear of a person",
        3.0,
        r"<FEAR> (?:stiff )?(?:of|to be (?:\w+ )?with|around|to be alone with) <PERSON>\b",
        "plain",
    ),
    (
        "fear of speaking or going home",
        2.5,
        r"<FEAR> (?:to|of) (?:say|saying|speak|speaking|tell|telling|talk|go home|going home|go back|going back|leave|leaving|report|sleep|be at home)\b",
        "plain",
    ),
    (
        "a person frightens someone",
        3.0,
        r"<AGENT> (?:\w+ ){0,2}?(?:scares|frightens|terrifies|scared|frightened|terrified) <TARGET>\b",
        "plain",
    ),
    # secrecy
    (
        "told not to tell",
        3.0,
        r"(?:told|tells|telling|says|said|warned|warns|made|makes) (?:<PERSON> )?(?:not to|never to|to never|i can'?t|i mustn'?t|she can'?t|he can'?t) (?:tell|say|let anyone|speak|talk|mention)",
        "plain",
    ),
    (
        "nobody would believe",
        3.0,
        r"(?:nobody|no one|noone|no-one) (?:would|will|'d|'ll|ever) ?(?:ever )?believe (?:me|her|him|them|you|us)",
        "plain",
    ),
    (
        "won't say why",
        1.5,
        r"(?:won'?t|wont|will not|refuses to|doesn'?t want to|didn'?t|wouldn'?t) (?:say|tell (?:me|us|anyone)) (?:why|who|what|how|where)",
        "plain",
    ),
    (
        "hiding injuries",
        3.0,
        r"(?:hide|hides|hiding|hid|cover|covers|covering) (?:up )?(?:it|them|the (?:bruises|marks|cuts|burns|scars)|(?:my|her|his) (?:arms|legs|wrists|bruises|marks)) (?:under|with|from)|(?:hide|hides|hid|hiding) the (?:bruises|marks|cuts|burns|scars)",
        "plain",
    ),
    (
        "someone reads their post",
        2.5,
        r"(?:reads|checks|opens|goes through|went through) (?:all )?(?:my|her|his) (?:post|letters|mail|phone|texts|messages|emails|browsing)",
        "plain",
    ),
    (
        "do not write to me",
        2.5,
        r"(?:don'?t|do not|please don'?t|can you not) (?:send|write|post|ring|call|text|email) (?:\w+ ){0,4}(?:he|she|they)(?:'d| would| will|'ll)? (?:reads?|see|sees|checks?|finds? out)",
        "plain",
    ),
    # self-harm and suicide
    (
        "harming own body",
        3.0,
        verb_forms(_SELF_INJURY_BASES) + r" (?:\w+ )?(?:my|her|his|their) (?:own )?" + _BODY,
        "plain",
    ),
    (
        "death wish",
        3.0,
        r"(?:want|wanted|wants|wanting|wish|wished|wishing|hope|hoped|hoping|pray|praying|feel like|feels like|felt like|would rather) (?:\w+ ){0,4}?(?:to )?(?:die|be dead|dead|stop existing|not exist|exist any ?more|disappear|vanish|not wake|never wake|be gone|crash|crashes|crashed|end it|end things|not be here|not be around|sleep forever)\b",
        "self",
    ),
    (
        "giving up",
        2.0,
        r"(?:want|wanted|wants|wish|feel like|feels like|felt like|just) (?:\w+ ){0,2}?(?:to )?(?:give up|giving up)\b(?! (?:smoking|drinking|work|my job|caring|sugar|the car))",
        "plain",
    ),
    (
        "careless of living",
        3.0,
        r"(?:stopped caring|don'?t (?:really )?care|do not care|dont care|no longer care|not care|couldn'?t care less|doesn'?t care) (?:\w+ ){0,5}?(?:wake|wake up|live|die|alive|happens to (?:me|her|him))\b",
        "plain",
    ),
    (
        "thinking of a method",
        3.0,
        r"(?:think|thinks|thinking|thought|planning|plan|planned|looked|looking|researching|googl\w*|dream\w*) (?:\w+ ){0,3}?(?:about |of |at |up )?(?:the |a )?(?:railway|train tracks?|tracks|bridge|jumping|jump off|the edge|overdos\w*|rope|hanging|motorway|river|drowning|ending it|ending things|ending (?:my|her|his) life|killing (?:my|her|him)self|not being (?:here|around)|how to end)\b",
        "plain",
    ),
    (
        "looking up ways to die",
        3.0,
        r"(?:look|looking|looked|search\w*|googl\w*|find|finding|read\w*|research\w*) (?:\w+ ){0,2}?(?:ways|how) to (?:die|end it|end (?:my|his|her) life|kill (?:my|him|her)self|not wake up)",
        "plain",
    ),
    (
        "taking too many pills",
        3.0,
        r"(?:take|took|taking|swallow\w*|taken) (?:all|the lot|the rest|a handful|handfuls|more|loads|extra|double) (?:of )?(?:my |her |his |the |them |those )?<MEDS>",
        "plain",
    ),
    (
        "saving up pills",
        3.0,
        r"(?:keeping (?:back|aside)|kept (?:back|aside)|saving(?: up)?|saved(?: up)?|stockpil\w*|hoarding|collecting|putting (?:aside|away)|hiding|stashing|squirrel\w* away) (?:\w+ ){0,4}?<MEDS>",
        "self",
    ),
    (
        "not taking medicine",
        2.0,
        r"(?:don'?t|do not|not|stopped|stop|won'?t|refuse to|refusing to|refuses to) (?:take|taking) (?:my|her|his|their) <MEDS>",
        "plain",
    ),
    ("on purpose", 1.5, r"<MEDS> (?:\w+ ){0,3}(?:on purpose|deliberately)", "plain"),
    (
        "going with them",
        3.0,
        r"(?:when|if|once) (?:he|she|they|zname)(?:'s| is)? (?:goes|dies|passes|gone|is gone|has gone)[, ]+(?:i'?m|i am|i'?ll) (?:going|gonna go|go) (?:with|too)",
        "plain",
    ),
    (
        "nothing to live for",
        2.0,
        r"(?:nothing|no one|nobody|nothing left) (?:\w+ )?to (?:look forward to|live for|get up for)|no future|no point (?:in )?(?:anything|trying|going on|living|getting up)",
        "self",
    ),
    (
        "won't be around",
        3.0,
        r"(?:won'?t|will not|not|don'?t think (?:i|she|he)'?(?:ll| will)|might not|may not) (?:still )?be (?:around|here) (?:much |for )?(?:longer|long|anymore|any more|next year|by)",
        "self",
    ),
    (
        "not wanting to live",
        3.0,
        r"(?:don'?t|dont|do not|no longer|not sure (?:i|if i)|never) (?:\w+ )?(?:really )?want to (?:be here|be alive|live|exist|wake up|go on|carry on|be around)",
        "self",
    ),
    (
        "still want to be here",
        2.0,
        r"(?:whether|if) (?:u|you|i|they|she|he) (?:still )?want to (?:be here|live|be alive)",
        "plain",
    ),
    (
        "nobody would notice",
        2.5,
        r"(?:nobody|no one|noone|no-one) would (?:even |ever )?(?:notice|care|miss (?:me|her|him))",
        "self",
    ),
    (
        "weary of life",
        2.5,
        r"(?:tired|sick|weary|done) (?:of|with) (?:it all|everything|living|life|being alive|being here|fighting|trying)|done fighting",
        "self",
    ),
    (
        "putting affairs in order",
        1.5,
        r"(?:sorted|sorting|written|wrote|made|making|updated|planned|planning) (?:out )?(?:my|the|a|her|his) (?:will|funeral|affairs|goodbyes?)|letters? (?:to|for) (?:the kids|my kids|everyone|my family|the family)|(?:given|giving|gave) (?:away )?(?:the|my|her|his) (?:dog|cat|pets?|things|stuff|belongings)|(?:affairs|everything) in order",
        "plain",
    ),
    (
        "handing things on",
        1.5,
        r"(?:found|finding|find|got|getting) (?:a )?(?:new )?homes? for (?:the|my|her|his) (?:dog|cat|budgie|bird|birds|pets?|rabbit|fish|tortoise)"
        + r"|(?:told|shown|showed|telling|show|tell) (?:\w+ ){1,2}?where (?:the |my |all |all my )?(?:important |bank |insurance )?(?:papers|paperwork|documents|will|deeds|passwords|policies|keys|bank details) (?:are|is|live|go)"
        + r"|(?:given|giving|gave) (?:away )?(?:my|her|his) (?:\w+ )?(?:ring|rings|jewellery|medals|watch|savings|books|records|dog|cat|pets?) (?:to|away)",
        "self",
    ),
    (
        "had enough",
        1.5,
        r"(?:i'?ve|i have|she'?s|he'?s|i'?m|really) (?:just |really |honestly |simply )?(?:had enough|done with it all|ready to go|ready to be with (?:him|her))(?! of (?:the|this|being|your|you|them|waiting|council))",
        "self",
    ),
    (
        "stopped own medicines",
        1.5,
        r"(?:stopped|stopping|quit|not taking|stopped taking|giving up|given up|came off|come off|coming off) (?:all )?(?:my|the|her|his) (?:\w+ ){0,2}?(?:<MEDS>|ones|insulin|inhalers?|injections?|dialysis)",
        "self",
    ),
    (
        "told nobody",
        1.0,
        r"(?:i'?ve|i have|i|she'?s|he'?s|she has|he has) (?:told|telling) (?:nobody|no one|no-one|noone)|(?:nobody|no one|noone) knows\b",
        "self",
    ),
    (
        "self-harm said sideways",
        2.5,
        r"(?:do|does|doing|did|done) (?:my|her|his) (?:arms?|legs?|wrists?|thighs?|stomach)\b"
        + r"|(?:the|my) urges? (?:\w+ )?(?:gets?|got|comes?|came|is|are|to (?:cut|hurt|harm))"
        + r"|(?:using|used|use|uses) (?:the |a |my )?(?:razors?|blades?) (?:again|on)",
        "self",
    ),
    (
        "pills kept in store",
        2.5,
        r"(?:keeping|kept|keep|saving|saved|hoarding|stockpil\w*|collecting|collected|hiding|hid|stashing) (?:\w+ ){0,3}?<MEDS> (?:from|in a|in my|under|behind|at the back)",
        "self",
    ),
    (
        "marriage arranged for a young person",
        2.5,
        r"(?:i'?ll|i will|i'?m|im|she'?ll|she'?s|he'?ll|he'?s|to) (?:be )?(?:getting|get|be|being) married (?:there|off|over there|in the summer|after (?:my|her|his) exams|to (?:a man|a woman|my cousin|someone i|someone she|someone he))"
        + r"|(?:married off|forced (?:to|into) (?:marry|marriage|a marriage)|forced marriage)"
        + r"|(?:family|parents|dad|mum|uncle|they) (?:\w+ )?(?:arranged|arranging|found) (?:a |me a |her a |him a )?(?:husband|wife|marriage)",
        "plain",
    ),
    (
        "fear of own actions",
        3.0,
        r"(?:scared|afraid|frightened|terrified|worried) (?:of|about) what (?:i|i'?ll|i'?d)(?: might| could| will| would| am going to)? (?:do|end up doing)|(?:i|i'?m) (?:could|might|going to|about to|will) (?:snap|lose it|hurt (?:him|her|them|someone))|(?:frightened|scared) myself",
        "plain",
    ),
    (
        "if they found out",
        2.5,
        r"if (?:he|she|they|zname|<POSS> (?:[\w']+ )?<PNOUN>) (?:ever )?(?:found out|finds out|knew|knows|saw|sees|caught|catches|discovered|heard)\b",
        "plain",
    ),
    (
        "in trouble with someone",
        1.5,
        r"(?:i'?d|i would|i'?ll|i will|she'?d|he'?d|we'?d) be in (?:serious |big |real |so much )?trouble|(?:he|she|they)(?:'d| would|'ll| will) (?:go mad|kill me|go mental|lose it)",
        "plain",
    ),
    (
        "keeping secrets",
        3.0,
        r"(?:keep|keeping|kept|keeps) (?:\w+ ){0,2}secrets? (?:from|with|for)|(?:our|a|little|special) secret|(?:have|has|got|need|needs) to (?:keep (?:\w+ ){0,2}secrets?|not tell|never tell|say nothing)",
        "plain",
    ),
    (
        "not wanting to go",
        1.5,
        r"(?:don'?t|dont|do not|doesn'?t|doesnt|refuses to|refusing to|won'?t) (?:\w+ )?want to go (?:to|back|there|home|in)|refus(?:es|ing|ed) to go",
        "plain",
    ),
    # money taken or controlled
    (
        "someone takes their money",
        3.0,
        r"<AGENT> (?:\w+ ){0,4}?<TAKE> (?:\w+ ){0,2}?(?:<POSS>|all (?:the|my|his|her)) (?:\w+ )?<MONEY>",
        "act",
    ),
    (
        "taken from a person",
        3.0,
        r"<TAKE> (?:\w+ ){0,3}?<MONEY> (?:off|from|out of) <PERSON>\b",
        "act",
    ),
    (
        "made to hand over or do",
        3.0,
        r"(?:make|makes|made|making|force|forces|forced|forcing|pressures?|pressured|pressuring|pushe?s?|pushed|get|gets|getting|got) <TARGET> (?:to )?(?:give|hand|sign|pay|lend|transfer|withdraw|have sex|sleep with|do things|work|sell|carry|deliver|run errands|run|drop off|steal|shoplift|drive|move|stash|hide|hold)\b",
        "act",
    ),
    (
        "money gone",
        2.5,
        r"<POSS> (?:\w+ )?<MONEY>(?:'s| is| are| was| has| have| had)? (?:been )?(?:all )?(?:gone|empty|emptied|drained|cleared|cleaned out|missing|disappear\w*|vanish\w*|wiped out)",
        "plain",
    ),
    (
        "gave their pin away",
        2.0,
        r"(?:gave|give|given|told|handed) (?:\w+ ){0,3}(?:my|her|his) (?:pin|bank details|card details|password)",
        "plain",
    ),
    (
        "an allowance from their own money",
        3.0,
        r"only (?:gives?|gave|lets?|allows?) (?:me|her|him|them) (?:a |an )?(?:tenner|fiver|£|\d+ (?:pounds|quid))",
        "plain",
    ),
    # control and isolation
    (
        "not let out or seen",
        3.0,
        r"(?:won'?t|wont|will not|doesn'?t|does not|never|didn'?t|wouldn'?t) let <PERSON> (?:\w+ )?(?:see|go|leave|out|in|near|have|talk|speak|use|come|visit|contact|call|phone|ring|answer|help|eat|sleep)\b",
        "control",
    ),
    (
        "not allowed",
        3.0,
        r"(?:i'?m|i am|i was|she'?s|she is|she was|he'?s|he is|he was|zname'?s|zname is|(?:told|tells|says|said) (?:me|her|him)(?: (?:i'?m|she'?s|he'?s|i am|she is|he is))?) (?:still )?(?:not |never )?allowed (?:to )?(?:go|out|see|leave|have|talk|speak|use|my own|her own|his own|answer|contact|phone|call|ring|eat|visit|sleep)",
        "plain",
    ),
    (
        "has to ask permission",
        3.0,
        r"(?:has|have|had|got) to ask <PERSON> (?:\w+ )?(?:before|for|if|permission|whether)",
        "plain",
    ),
    (
        "watched and checked",
        2.5,
        r"<AGENT> (?:\w+ ){0,2}?(?:checks|checked|monitors|tracks|reads|goes through|went through|controls|controlled) (?:everything|all|my|her|his|where|who)\b",
        "plain",
    ),
    # sexual harm
    (
        "does things to a person",
        3.0,
        r"(?:does|did|doing|done|do) (?:\w+ )?(?:things|stuff) to (?:me|her|him|them|zname)\b",
        "plain",
    ),
    (
        "touching a body",
        3.0,
        r"(?:touch|touches|touched|touching|grop\w*|fondl\w*|feels|felt|rubb?\w*) (?:\w+ )?(?:my|her|his) (?:bum|bottom|backside|breasts?|boobs?|chest|thighs?|legs?|privates|private parts|crotch|groin|body)\b",
        "plain",
    ),
    (
        "remarks about a body",
        2.5,
        r"(?:comments?|remarks?|talk\w*|said things|says things) about (?:my|her|his) (?:\w+ ){0,4}(?:body|figure|boobs?|breasts?|bum|legs|looks)\b",
        "plain",
    ),
    (
        "an adult asks a child for contact",
        1.5,
        r"(?:asked|asks|asking|wanted|wants) (?:for )?(?:her|his) (?:\w+ )?(?:number|snapchat|address|insta\w*)",
        "plain",
    ),
    (
        "something wanted in return",
        3.0,
        r"(?:wants?|expects?|asks? for|asked for) (?:\w+ ){0,2}(?:in return|as payment)",
        "plain",
    ),
    (
        "coming in at night",
        1.5,
        r"(?:climbs?|climbed|climbing|sneaks?|sneaked|creeps?|crept|comes?|came) in(?:to)? (?:through )?(?:her|his|my|the|their)? ?(?:\w+ )?(?:window|bedroom|room|bed)?",
        "plain",
    ),
    (
        "child and adult ages",
        2.5,
        r"\b(?:1[0-7]|[4-9])(?: ?(?:year old|yo|years old))?\b.{0,80}\b[2-9]\d ?(?:year old|yo|years old)|\b[2-9]\d ?(?:year old|yo|years old)\b.{0,80}\b(?:1[0-7]|[4-9]) ?(?:year old|yo|years old)",
        "plain",
    ),
    ("age gap", 1.0, r"(?:\d+|much|lot|way) years? (?:older|younger)", "plain"),
    # exploitation and modern slavery
    (
        "work without pay",
        1.5,
        r"(?:don'?t|do not|doesn'?t|never|didn'?t) (?:get |getting |been |being )?(?:paid|any pay|wages)|for no (?:pay|money|wages)",
        "plain",
    ),
    (
        "cannot leave",
        2.0,
        r"(?:can'?t|cannot|not allowed to) (?:\w+ )?(?:leave|go home|escape|get away)\b(?! (?:him|her|them|mum|dad|my|the house|it))",
        "plain",
    ),
    (
        "papers held",
        3.0,
        r"(?:holds?|held|keeps?|kept|took|taken|has got|have got|got) (?:\w+ )?(?:my|her|his|our|their) (?:passports?|id|documents|papers)\b",
        "plain",
    ),
    (
        "owing a person",
        2.5,
        r"(?:owe|owes|owed|owing) (?:him|her|them|the (?:man|men|boss)) (?:\w+ ){0,3}?(?:for|money|£)|in debt to (?:him|her|them)",
        "plain",
    ),
    (
        "others using their home",
        3.0,
        r"(?:men|people|strangers|lads|they|some (?:men|people|lads|older \w+)|(?:a|some) (?:\w+ )?(?:group|gang)) (?:\w+ ){0,3}?(?:staying|living|sleeping|dealing|selling|moved in|moving in|hanging out|using) (?:\w+ ){0,2}?(?:at|in|from|to|into) <POSS> (?:\w+'?s )?(?:flat|house|home|place)\b",
        "plain",
    ),
    (
        "home taken over",
        3.0,
        r"(?:taken|took|take|takes|taking) over (?:his|her|my|their|zname'?s) (?:flat|place|house|home)",
        "plain",
    ),
    (
        "dealing from a home",
        2.5,
        r"(?:selling|dealing) (?:\w+ )?(?:from|out of) (?:it|the flat|his|her|their|the house)\b",
        "plain",
    ),
    (
        "their address used",
        2.5,
        r"<AGENT> (?:\w+ ){0,2}?(?:use|uses|using|used) (?:his|her|my|their) (?:address|flat|house|place|account|bank account|name)\b",
        "plain",
    ),
    (
        "running errands",
        2.5,
        r"(?:run|running|ran|do|doing) (?:\w+ )?errands (?:for )?(?:them|him|older|some|these)",
        "plain",
    ),
    (
        "holding things for others",
        3.0,
        r"(?:hold|holding|keep|keeping|store|storing|stash\w*|look after|looking after|minding|mind) (?:\w+ )?(?:packages|parcels|bags|drugs|stuff|gear|phones|weapons?|knives|a knife) (?:for|in)\b",
        "plain",
    ),
    (
        "lifts in a private car",
        1.5,
        r"(?:lifts?|rides?) (?:\w+ ){0,3}?(?:in )?(?:his|her) (?:own )?car",
        "plain",
    ),
    (
        "presents from an adult",
        2.0,
        r"buy(?:ing|s)? (?:her|him|them) (?:presents|gifts|things|clothes|a phone|phones|trainers|vapes|alcohol)",
        "plain",
    ),
    (
        "brought here",
        1.5,
        r"(?:brought|bringing|brings|moved|took) (?:us|me|her|him|them) (?:here|over|to this country|to england|to the uk)",
        "plain",
    ),
    (
        "put somewhere and driven to work",
        1.5,
        r"(?:put|moved|placed) (?:me|us|her|him|them) in (?:a|this|their) (?:flat|house|room)|(?:drive|drives|drove) (?:me|us|her|him|them) (?:\w+ ){0,2}to (?:work|different places|jobs|houses|sites)",
        "plain",
    ),
    # injuries
    (
        "injury on a person",
        2.0,
        r"<INJURY> (?:on|to|all over|round|around) (?:<POSS>|both|the) (?:\w+ )?\w+",
        "plain",
    ),
    (
        "broken bone",
        3.0,
        r"(?:broke|broken|fractured|cracked|split) (?:my|her|his|their) (?:wrist|arm|nose|ribs?|jaw|leg|finger|lip|head|cheekbone)",
        "plain",
    ),
    (
        "came back injured",
        1.5,
        r"(?:has|have|had|got|with|came (?:back|home) with|left|leaves) (?:\w+ ){0,2}?<INJURY>",
        "plain",
    ),
    (
        "unexplained",
        1.5,
        r"(?:nobody|no one|noone|can'?t|couldn'?t|won'?t|wouldn'?t|didn'?t) (?:\w+ )?(?:explain|say (?:how|who|what happened))|must have (?:knocked|fallen|bumped)|unexplained",
        "plain",
    ),
    ("weapon", 1.5, r"\b(?:knife|knives|blade|machete|gun|weapon|stab\w*)", "plain"),
    (
        "being hurt",
        2.5,
        r"(?:get|gets|getting|got|be) (?:stabbed|shot|beaten|battered|beaten up|jumped|done in)\b",
        "plain",
    ),
    # threats
    (
        "a threat",
        3.0,
        r"(?:he|she|they|zname)(?:'ll|'d| will| would| is going to|'s going to| are going to|'re going to) (?:\w+ ){0,2}?(?:kill|hurt|stab|hit|batter|beat|finish|get (?:me|you|her|him)|put (?:me|her|him|you) in (?:hospital|the ground)|do (?:me|her|him) in|sort (?:me|you|her|him) out|take the kids|come back and)\b",
        "plain",
    ),
    (
        "finish what was started",
        3.0,
        r"finish (?:off )?what (?:he|she|they) started|know(?:s)? where (?:i|you|we|she|he) lives?",
        "plain",
    ),
    (
        "a conditional threat",
        2.5,
        r"(?:said|says|told (?:me|her|him)|threaten\w*|warned) (?:that )?if (?:i|she|he|we|you) (?:\w+ ){0,3}?(?:tell|ring|call|report|leave|go|speak|say)",
        "plain",
    ),
)

# --- general rule families (second round) ------------------------------------------
#
# Written from how people in UK social care disclose risk, category by category, after
# the first-sight score of blind batch 5 (0.50): understatement ("gets handy", "what's
# the point any more"), omissions (medicine not given, nobody turning up), control by
# staff as well as family (phone taken "till I'm good", money in a tin), ultimatums
# ("... or I can't come round"), minimising ("says it's a joke"), and idioms of
# violence ("went for her", "laid a finger on"). Each names a kind of harm, not a
# sentence; most take a person slot and a verb or state class.
_DURATION = (
    r"(?:for|in|since) (?:\w+ )?(?:days|weeks|a week|a fortnight|ages|a while|yesterday|"
    r"the weekend|monday|tuesday|wednesday|thursday|friday|saturday|sunday|\w+ days)\b"
)
_COMPOSED_GENERAL: tuple[tuple[str, float, str, str], ...] = (
    # neglect: care not delivered, a person left in a state, nobody seen
    (
        "nobody has seen them",
        2.5,
        r"(?:nobody|no one|noone|no-one)(?:'s| has| have)? (?:\w+ ){0,3}?(?:seen|been|heard|visited|checked|called|popped|come|came|answered)\b[^.!?]{0,60}?"
        + _DURATION,
        "plain",
    ),
    (
        "not seen a person",
        2.0,
        r"(?:haven'?t|hasn'?t|not|never) (?:\w+ )?(?:seen|heard from|heard) <PERSON> (?:\w+ ){0,3}?"
        + _DURATION
        + r"|<PERSON> (?:hasn'?t|haven'?t) been (?:seen|heard from)",
        "plain",
    ),
    (
        "left in a state",
        1.5,
        r"(?:still|left|sat|sitting|lying|found (?:\w+ ){0,2}?) in (?:his|her|their|my|yesterday'?s|last night'?s) (?:\w+ )?(?:pads?|nappy|nightie|nightdress|pyjamas|pjs|wet|soiled|dirty|own (?:mess|wee|urine|poo))",
        "plain",
    ),
    (
        "medicine not given",
        2.0,
        r"(?:not|n't|never|without|missed|missing) (?:\w+ ){0,2}?(?:had|given|got|taken|take|give|giving|giving (?:him|her|them)) (?:\w+ ){0,3}?<MEDS>(?:[^.!?]{0,30}?"
        + _DURATION
        + r")?",
        "act",
    ),
    (
        "medicine left untaken",
        1.5,
        r"<MEDS> (?:\w+ ){0,2}?(?:left|still|untouched|not taken|on the side|in the (?:box|pack|blister|dosette))",
        "plain",
    ),
    (
        "medicine used to control",
        3.0,
        r"<MEDS> (?:\w+ ){0,6}?(?:to|so (?:he|she|they|i)(?:'s|'ll| is| will| would)?) (?:make|keep|get|be|stay)? ?(?:me|him|her|them|us)? ?(?:sleepy|quiet|quieter|calm|calmer|settled|drowsy|docile|asleep|out of it|out of the way|knocked out|zonked|compliant|less trouble)"
        + r"|(?:extra|another|more|double) (?:\w+ )?(?:tablet|pill|dose|injection)s? (?:\w+ ){0,6}?(?:because|when|if|to (?:make|keep|calm|settle|shut))"
        + r"|crush\w* (?:\w+ ){0,2}?<MEDS> (?:in|into)|<MEDS> (?:\w+ ){0,3}?(?:hidden|hides?|hid|put|puts|slipped|slips) in (?:her|his|my|their) (?:food|drink|tea|yoghurt|dinner)",
        "plain",
    ),
    # control: confinement, permission for one's own money, punishment, basic needs
    (
        "kept in a room",
        2.0,
        r"(?:have|has|had|made|make|makes|making|told|tells|forced|forces|got|'s|is|was|'m|am|get|gets) (?:\w+ ){0,4}?(?:to )?(?:stay|stop|keep|sit|wait|be kept|kept|shut|locked) (?:\w+ )?(?:in|inside) (?:my|her|his|their|the|your) (?:\w+ )?(?:room|bedroom|flat|house|cupboard)",
        "plain",
    ),
    (
        "door locked on a person",
        2.0,
        r"(?:lock|locks|locked|locking) (?:\w+ ){0,2}?(?:door|doors|room|gate)s? (?:\w+ ){0,4}?(?:at night|so (?:he|she|i|they|we) (?:can'?t|cannot|won'?t)|on (?:me|her|him|them)|from the outside|when (?:they|he|she) (?:go|goes|leave|leaves))",
        "plain",
    ),
    (
        "asking for their own money",
        2.0,
        r"(?:have|has|had|got) to ask (?:\w+ ){0,3}?for (?:my|her|his|their|it|money|cash|some money|the money|my own)",
        "plain",
    ),
    (
        "money held by others",
        1.5,
        r"(?:put|puts|keep|keeps|kept|lock|locks|locked|hold|holds|held) (?:my|her|his|their) (?:\w+ )?<MONEY> (?:in|at|away|locked)",
        "plain",
    ),
    (
        "belongings taken as punishment",
        2.5,
        r"(?:took|takes|take|taken|taking|confiscat\w*) (?:my|his|her|their) (?:\w+ )?(?:phone|tablet|ipad|mobile|money|cards?|keys?|tv|telly|console|wheelchair|frame|stick|hearing aids?|glasses|door key) (?:off|away|from)"
        + r"|(?:until|til|till|unless) (?:i|he|she|they|we)(?:'m|'s| am| is| are)? (?:\w+ )?(?:good|behave|behaves|calm down|calms down|do as|does as|say sorry|apologise)\b",
        "plain",
    ),
    (
        "told off for a need",
        2.0,
        r"(?:shout\w*|yell\w*|scream\w*|tell (?:me|him|her|us) off|tells (?:me|him|her|us) off|told (?:me|him|her|us) off|punish\w*|angry|cross) (?:at (?:me|him|her|them|us) )?(?:if|when|because|for) (?:i|he|she|we|they) (?:\w+ ){0,2}?(?:want|wants|wanted|ask|asks|asked|need|needs|needed|wet|wets|cry|cries|cried|press|pressed|ring|rang)\b",
        "plain",
    ),
    (
        "an ultimatum",
        2.5,
        r"(?:have|has|'ve|got|had|must|needs?) to [^.!?]{3,60}? or (?:else\b|(?:i|she|he|we|they|you)(?:'ll| will| won'?t| can'?t| cannot| can not|'d| would| wouldn'?t| get| gets)\b)",
        "plain",
    ),
    (
        "made to give money",
        2.5,
        r"(?:have|has|had|got) to (?:give|hand|pay|send|lend|transfer) (?:him|her|them|zname|<POSS> (?:\w+ )?<PNOUN>) (?:\w+ ){0,3}?<MONEY>",
        "plain",
    ),
    # intrusion, aversion, minimising
    (
        "coming into a room",
        2.5,
        r"<AGENT> (?:\w+ ){0,2}?(?:comes?|came|coming|goes|went|gets|got|climbs?|walks?|walked|lets? (?:himself|herself) into) (?:in|into|in to) (?:<POSS>|the) (?:\w+ )?(?:room|bedroom|bed|bath|bathroom|shower)\b[^.!?]{0,30}?(?:when|while|at night|asleep|in bed|undress\w*|changing|naked|locks?)",
        "plain",
    ),
    (
        "dislikes a person",
        1.0,
        r"(?:don'?t|do not|doesn'?t|does not|didn'?t) like (?:the|my|her|his|that|this) (?:\w+ ){0,2}?<PNOUN>(?! (?:rota|list|form|service|system|scheme|idea))",
        "plain",
    ),
    (
        "minimising",
        2.0,
        r"(?:says?|said|saying|tells? (?:me|her|him|everyone|people)|told (?:me|her|him|everyone|people)|makes? out) (?:that )?(?:it'?s|its|it was|it is|i'?m|she'?s|he'?s|we'?re|i was) (?:just |only )?(?:a joke|a game|joking|messing|mucking about|playing|nothing|my fault|her fault|his fault|an accident|normal|what (?:families|couples|people|dads|mums) do|for (?:my|her|his) own good|our secret|a laugh)"
        + r"|not proud of (?:it|myself|what)|(?:i|she|he) (?:deserved?|deserves|asked for) it",
        "plain",
    ),
    (
        "violence idiom",
        2.5,
        r"(?:short|quick) fuse|(?:lose|loses|lost|losing) (?:his|her|their) (?:temper|rag|head) (?:with|at) |fl(?:y|ies|ew) off the handle|(?:goes|went|go|going|gone) for (?:me|her|him|us|them|mum|dad)\b|(?:lays?|laid|laying) into|(?:gave|give|gives|giving) (?:me|her|him|us|them) (?:a |another )?(?:slap|smack|hiding|kicking|belt|thump|clout|clip|good hiding|black eye|shove|going over)|clip round the ear|(?:laid|lay|lays|laying|put|puts) (?:a )?(?:finger|hand|hands) on|hands on (?:me|her|him) (?:again|when)|(?:gets?|got|getting) (?:handy|physical|heavy-handed|heavy handed)|(?:free|quick|handy) with (?:his|her|their) (?:fists|hands)",
        "act",
    ),
    (
        "anger with a trigger",
        1.5,
        r"when (?:he|she|they|zname|<POSS> (?:\w+ )?<PNOUN>)(?:'s| is| gets| get| has| goes| got| was| had)? (?:\w+ )?(?:cross|angry|mad|wound up|worked up|in a (?:mood|temper|rage|state)|in one of (?:his|her|their) moods|kicks? off|loses? (?:it|his temper|her temper|his rag|her rag)|drunk|had a drink|had a few|been drinking|on one)",
        "plain",
    ),
    (
        "own temper with the person cared for",
        2.0,
        r"(?:lost|lose|losing) my (?:temper|rag|head|patience|rag) (?:with|at) (?:him|her|them|mum|dad|<POSS>)|(?:i|i've|i have) (?:\w+ )?(?:snapped|shouted|screamed|yelled) at (?:him|her|them|mum|dad|zname|<POSS>)",
        "plain",
    ),
    (
        "something stupid",
        2.5,
        r"(?:do|doing|done|did) (?:something|anything) (?:stupid|silly|daft|i'?ll regret|i regret|bad|drastic)",
        "self",
    ),
    # selling or giving away what is theirs
    (
        "their things sold",
        3.0,
        r"<AGENT> (?:\w+ ){0,4}?(?:sell|sells|sold|selling|pawn\w*|flog\w*|got rid of|getting rid of|gets rid of|gave away|giving away|gives away|cleared out|clearing out|emptied|emptying) (?:\w+ ){0,2}?(?:<POSS>|all (?:the|her|his|my)) (?:\w+ )?(?:furniture|things|stuff|belongings|jewellery|jewelry|rings?|car|house|home|flat|telly|tv|medals|watch|possessions|bungalow|savings)",
        "act",
    ),
    (
        "debts in their name",
        2.5,
        r"(?:loans?|credit cards?|catalogues?|contracts?|debts?|finance|phones?|overdraft|accounts?) (?:\w+ ){0,3}?in (?:my|her|his|their|mum'?s|dad'?s|nan'?s|zname'?s) name|(?:chang\w*|rewr\w*|new) (?:her|his|my) will",
        "plain",
    ),
    (
        "money sent to someone met online",
        2.0,
        r"(?:sent|sending|sends|send|transferred|transfer\w*|wired|paid) (?:\w+ ){0,3}?(?:money|£ ?\d[\d,]*|thousands?|hundreds|gift cards?|vouchers|savings) (?:\w+ ){0,3}?to (?:a |this |some |her |his |my |an )?(?:\w+ )?(?:man|woman|bloke|guy|friend|boyfriend|girlfriend|someone|somebody|person|lady|soldier|doctor)"
        + r"|never (?:actually )?met (?:him|her|them) (?:in person|face to face)",
        "plain",
    ),
    # suicide and despair, said plainly or understated
    (
        "what's the point",
        2.5,
        r"what'?s the point(?: of)?(?: me| anything| going on| living| carrying on| getting up| it all| any ?more)|what is the point (?:any ?more|of (?:it all|anything|living|me))",
        "self",
    ),
    (
        "cannot keep going",
        2.5,
        r"how (?:much )?longer (?:i|she|he|we) (?:can|could) (?:keep going|go on|carry on|cope|do this|keep doing this|keep this up|manage|take (?:it|this|much more))|(?:can'?t|cannot|can not) (?:keep going|go on like this|carry on like this|face (?:another|it|tomorrow|anything))",
        "self",
    ),
    (
        "rather not wake",
        3.0,
        r"(?:i'?d|id|i would|she'?d|he'?d) (?:\w+ )?rather (?:not (?:wake up|be here|be alive|exist|go on|be around)|be dead|die|not have woken)"
        + r"|(?:go to sleep|sleep|close my eyes|shut my eyes|lie down) and (?:just )?(?:not|never) (?:wake|deal|have to|come back|open|get up)"
        + r"|(?:want|wants|wish|wished|wanted|need) (?:\w+ ){0,3}?(?:it|everything|all of it|the pain|this|it all) to (?:stop|end|be over|go away)\b",
        "self",
    ),
    (
        "no way out",
        2.0,
        r"(?:no|can'?t see (?:a|any)|there'?s no) way out|(?:dark|bad|horrible|awful|scary|suicidal|black) thoughts|thoughts (?:of|about) (?:ending|dying|death|suicide|hurting|not being)|(?:i'?ve|i have|i'?m|she'?s|he'?s|had) (?:just )?(?:had|having) enough of (?:everything|it all|life|living|being here|this life)|(?:in a|such a) (?:very |really )?(?:bad|dark) place|(?:too much|more than i can) (?:to )?bear",
        "self",
    ),
    (
        "pills put by for later",
        3.0,
        r"(?:put|putting|puts|kept|keeping|keep|set|setting|saved|saving|built|building) (?:\w+ )?(?:by|aside|away|back|up|a stash) (?:\w+ ){0,5}?<MEDS>|<MEDS>[^.!?]{0,40}?(?:just )?in case (?:it|things|i)|<MEDS> (?:\w+ ){0,6}?nice to know (?:they'?re|they are|it'?s) there",
        "self",
    ),
    (
        "a burden",
        1.5,
        r"(?:i'?m|i am|being|feel like|feels like|she'?s|he'?s) (?:just )?(?:a|such a) (?:burden|nuisance|waste of space)|(?:won'?t|will not) be (?:a|your) (?:problem|burden|bother|worry) (?:much |for )?(?:longer|long)|(?:won'?t|will not) be (?:a |your )?(?:problem|burden|bother|worry) (?:to|for) (?:anyone|anybody|you|them|her|him|my \w+) (?:\w+ )?(?:after|by|much longer|for long|soon)",
        "self",
    ),
    (
        "feeling unsafe",
        2.5,
        r"(?:don'?t|do not|doesn'?t|does not|never|didn'?t|not|no longer) (?:always |really |ever |even )?feel(?:s|ing)? (?:very |really |at all |completely )?safe\b|feel(?:s|ing)? (?:really |so |very )?(?:unsafe|threatened|intimidated|trapped|watched)",
        "self",
    ),
    # stalking and being tracked
    (
        "turning up uninvited",
        2.0,
        r"<AGENT> (?:\w+ ){0,4}?(?:turns?|turning|turned|shows?|showing|showed|keeps? turning|hangs? around|hanging around|waits?|waiting|waited) (?:up )?(?:\w+ ){0,2}?(?:at|outside) (?:my|her|his|our|the) (?:work|house|flat|door|school|college|job|mum'?s|home|group|gate|window)",
        "act",
    ),
    (
        "always knows where",
        2.0,
        r"(?:always|somehow|even) knows? where (?:i|she|he|we) (?:am|is|are|go|goes|went|live|lives)|(?:track|tracks|tracking|tracked) (?:my|her|his) (?:phone|location|car|movements)|location (?:sharing|on) (?:\w+ ){0,3}(?:so he|so she|he checks|she checks)",
        "plain",
    ),
    # institutional care: basic needs refused, left to suit the rota
    (
        "told to use a pad",
        2.5,
        r"(?:told|tells|tell|made|makes|make) (?:\w+ ){0,2}?(?:to )?(?:just )?(?:wet|go in|use|do it in) (?:(?:his|her|their|my|the) )?(?:pad|pads|nappy|nappies|bed|chair)",
        "plain",
    ),
    (
        "left to suit staff",
        2.0,
        r"(?:left|leave|leaves|kept|keep|keeps|put|puts) (?:\w+ ){0,2}?in (?:bed|the chair|their chair|her chair|his chair|pyjamas|her nightie|bed all day)[^.!?]{0,40}?(?:to save time|short[- ]staffed|because (?:they|staff|it'?s)|so (?:they|staff) (?:don'?t|can)|all day|till|until)"
        + r"|call bells? (?:\w+ ){0,3}?(?:out of reach|taken|unplugged|switched off|turned off|ignored|moved|not answered|never answered)",
        "plain",
    ),
    # sexual harm, less plainly said
    (
        "shown or sent images",
        2.5,
        r"(?:sends?|sent|sending|shows?|showed|showing|shown) (?:me|her|him|them) (?:\w+ )?(?:pictures|pics|photos|videos|images|porn|things|clips) (?:of (?:himself|herself|his|her|him)|on (?:his|her) phone|he shouldn'?t|she shouldn'?t)"
        + r"|(?:watch|watching|watched|shows? (?:me|her|him)) (?:\w+ ){0,2}?(?:porn|dirty (?:films|videos|pictures)|adult (?:films|videos))",
        "plain",
    ),
    (
        "touch against their will",
        2.5,
        r"(?:kiss\w*|cuddl\w*|tickl\w*|sit\w* on (?:his|her) (?:knee|lap)|bath\w*|shower\w*|undress\w*|touch\w*|hug\w*) (?:\w+ ){0,4}?(?:won'?t stop|when (?:i|she|he) (?:said|says) no|even (?:though|when) (?:i|she|he)|doesn'?t like it|don'?t like it|hate it|hates it|against (?:my|her|his) will)",
        "plain",
    ),
    # threats of removal or eviction
    (
        "threat to remove",
        2.5,
        r"(?:he|she|they|zname)(?:'ll|'d| will| would| is going to|'s going to| are going to|'re going to) (?:\w+ ){0,2}?(?:put|throw|kick|chuck|turf|send|have) (?:me|her|him|us|them|<POSS>) (?:\w+ ){0,2}?(?:out|in a home|into a home|away|on the street|sectioned)|(?:he|she|they)(?:'ll| will|'d| would) (?:take|stop me seeing) (?:the kids|my kids|the children|the baby)",
        "plain",
    ),
    # wandering and found in danger
    (
        "found wandering",
        2.0,
        r"found (?:\w+ ){1,3}?(?:wandering|at the bus station|in the (?:street|road)|on the road|outside in|in (?:his|her) (?:nightie|pyjamas|slippers)|at \d+ ?(?:am|in the morning))|(?:wander\w*|wanders) (?:\w+ ){0,3}?(?:at night|in the road|the streets|in (?:his|her) (?:nightie|pyjamas|slippers)|at \d)",
        "plain",
    ),
    # money lent and not returned, asked for again and again
    (
        "money never paid back",
        2.0,
        r"(?:borrow\w*|lend\w*|lent|loan\w*) (?:\w+ ){0,4}?(?:never|not|hasn'?t|doesn'?t|didn'?t|won'?t) (?:\w+ )?(?:paid|pay|give|gave|given) (?:it |me |her |him |them )?back|(?:keeps|keep|kept|always) (?:asking|on at) (?:me|her|him|mum|dad|nan|gran|zname) (?:for|to lend|to borrow) (?:\w+ )?(?:money|cash|a loan|£|quid|a tenner|a fiver)",
        "plain",
    ),
    # fear tied to a person's coming or a time
    (
        "fear when someone comes",
        2.0,
        r"<FEAR> (?:\w+ ){0,3}?(?:when|whenever|every time|before|if) (?:he|she|they|zname|<POSS> (?:\w+ )?<PNOUN>) (?:\w+ )?(?:comes?|visits?|is (?:home|back|around|in)|gets (?:home|back|in)|arrives?|turns? up|rings?|calls?|drinks?|shouts?)",
        "plain",
    ),
    # more despair
    (
        "goodbyes and ligatures",
        3.0,
        r"(?:goodbye|good-bye|suicide) (?:letters?|notes?|messages?)|said (?:my |her |his )?goodbyes?|ligature|(?:everyone|they|the kids|my family|you all|the family)(?:'d| would) be better off|(?:can'?t|cannot) (?:see|imagine) (?:a|any) (?:future|way forward)",
        "plain",
    ),
    (
        "making oneself ill",
        2.0,
        r"laxatives|purg(?:e|es|ed|ing)\b|(?:starv\w*|mak\w* (?:myself|herself|himself) sick|throw\w* up) (?:\w+ ){0,3}?(?:after|every|on purpose|to lose)",
        "plain",
    ),
    (
        "wrong medicine",
        1.5,
        r"(?:wrong|someone else'?s|double|too many|the wrong) (?:\w+ )?(?:dose|doses|tablets|pills|meds|medication|medicine)",
        "plain",
    ),
    (
        "threatened for speaking up",
        2.0,
        r"if (?:i|she|he|we|they|you) (?:keep |carry on |ever |kept )?(?:complain\w*|tell\w*|say "
        r"anything|report\w*|speak\w* up|grass\w*)(?: \w+){0,6}? (?:i'?ll|she'?ll|he'?ll|we'?ll|"
        r"you'?ll|they'?ll|i would|i'?d) (?:be|get|lose|have|end up|never)"
        r"|(?:so|and) (?:i|she|he|we) (?:keep|keeps|kept) (?:quiet|my mouth shut|(?:my|her|his) head down)",
        "plain",
    ),
    # issue 20: indirect suicidal ideation, said as what would be kinder for others or
    # as having found out how (general constructions, kind "self": they speak for the
    # writer without "I / my" in reach)
    (
        "others better off without me",
        3.0,
        r"(?:kinder|easier|better|fairer|simpler) (?:on|for) (?:everyone|everybody|all of them|"
        r"them|the family|my family|the kids|my \w+|all concerned) if i (?:just )?(?:went|go|was gone|"
        r"wasn'?t (?:here|around)|weren'?t (?:here|around)|died|disappeared|ended it|wasn'?t)"
        r"|(?:everyone|everybody|they|the family|my family|the kids|people|my \w+)(?:'d| would| will)?"
        r" (?:be )?(?:better off|fine|happier|okay|ok|get used to it|manage) without me\b",
        "self",
    ),
    (
        "found out how",
        2.0,
        r"(?:i'?ve|i have|i|even) (?:even |already )?(?:looked|googled|searched|read|researched)"
        r" (?:up |into |online )?(?:how|ways|methods)(?= *(?:[.!?;]|$| anyway| and| but))",
        "self",
    ),
)

# More indicators (weight 1 each, counted with the welfare states): signs of self-harm,
# of being stalked, of a home taken over, of exploitation around payday, of care that
# did not arrive.
RISK_SIGNS = (
    r"long sleeves|(?:sleeves|arms) (?:always )?(?:pulled down|covered)|blades?|razors?|sharpener|plasters (?:on|all over|up)",
    r"(?:withheld|private|unknown|different) numbers?",
    r"(?:nobody|no one|noone|the carers?|they|carer) (?:\w+ )?(?:turns?|turned|turning|showed|shows) up|(?:didn'?t|never|don'?t|doesn'?t|hasn'?t|haven'?t|did not) (?:\w+ )?(?:turn|turned|show|showed) up",
    r"(?:blinds|curtains)(?: have| haven'?t| are| were)? (?:\w+ )?(?:moved|shut|closed|drawn)",
    r"(?:has|have|'s|he'?s|she'?s|they'?ve|basically) (?:\w+ )?(?:moved in|moved himself in|moved herself in|been staying)\b",
    r"all sorts (?:going on|of people)|people (?:coming and going|in and out)|coming and going|in and out all (?:day|night)|(?:his|her|their) (?:mates|friends) (?:are |come |came )?(?:over|round)",
    r"(?:every|on|each) (?:pay ?day|payday|pension day|giro day|benefits? day)|when (?:his|her|my|their) (?:money|pension|benefits?|giro|wages) (?:comes|goes|go|come|gets paid) in|new (?:friends|mates)",
    r"(?:gas|electric\w*|heating|water|power)(?:'s| is| has been| was| got)? (?:been )?(?:off|cut off|turned off|disconnected)\b",
    r"stopped (?:opening|answering) (?:the|my|her|his) (?:post|door|phone|letters)",
    r"(?:lived|living|live|lives) on (?:\w+ ){0,3}(?:toast|tea|biscuits|crisps|cereal|noodles|nothing)",
    r"(?:on my|on her|on his) knees|at my wits'? end|cracking up|falling apart",
    r"(?:left|leave|leaves) (?:\w+ ){0,2}on my own with (?:him|her|them)|(?:he|she) (?:doesn'?t|won'?t|never) sleeps?",
    r"(?:withdrawn|jumpy|flinch\w*|clingy|quiet) (?:since|around|when|whenever)",
    r"(?:when|while) (?:i|she|he)(?:'m| am| is|'s) (?:asleep|in bed|in the (?:bath|shower)|getting changed|undressed|changing)",
    r"(?:court|injunction|non-molestation|restraining) (?:thing|order|case)|(?:he|she)(?:'s| has) been back",
    r"(?:smash\w*|punch\w*|kick\w*|broke|breaks|threw|throws|slamm\w*) (?:\w+ ){0,2}?(?:holes? in )?(?:the |my |her |our )?(?:wall|walls|door|doors|plates|phone|telly|tv|window)\b|holes? in the (?:wall|door)",
    r"(?:kids|children|we|i|she|he|they|the dog|the baby) (?:all )?(?:\w+ )?(?:hide|hides|hid|hiding|go quiet|goes quiet|freeze|freezes|run upstairs|runs upstairs) when",
    r"(?:his|her|their) (?:car|van|key|keys) (?:pulls? up|pulling up|in the door)|hear (?:his|her|their) (?:car|van|key|keys)",
    r"what'?s the point\W*$|(?:sleeping|staying|kipping|dossing) (?:at|on|in) (?:a |some |my |different |friends'?|mates'?|a mate'?s|a friend'?s|the park|the station|a car|cars|stairwells?)",
    r"(?:can'?t|cannot) (?:get|see) (?:in|into|through|to) (?:the|her|his|my) (?:front door|door|kitchen|bed|bathroom|floor)|\brats\b|maggots|no running water",
    r"silent (?:treatment|for days)|(?:goes|went|gone) silent (?:for|on)|account for every",
    # issue 20: a face or body kept out of sight, and home worse than hospital or away
    r"(?:don'?t|do not|didn'?t|doesn'?t|not) (?:really |particularly )?(?:want|like) (?:people|anyone|"
    r"anybody|you|them|everyone|folk|the others) (?:to see|seeing|looking at) (?:my|her|his) "
    r"(?:face|eyes?|arms?|neck|legs?|body|bruis\w*|marks?)",
    r"(?:things|it|home|life|everything)(?:'s| was| were| is| are| felt| feels)? (?:\w+ )?(?:calmer|"
    r"safer|quieter|easier|better) (?:while|when) (?:i|she|he|we) (?:was|were|am|is) (?:on the ward|"
    r"in hospital|away|in respite|at (?:my|her|his) \w+'?s?)",
)

_COMPOSED_RAW = _COMPOSED_BASE + _COMPOSED_GENERAL

# Speed: a rule's regular expression runs only when the message holds one of its key
# words (whole words). Rules built on a verb list are keyed on its forms; rules not
# listed always run.
_FEAR_WORDS = "scared afraid frightened terrified petrified fearful wary nervous fear"
_MEDS_WORDS = (
    "pills tablets meds medication medicine morphine oramorph paracetamol painkillers insulin "
    "antidepressants co codamol codeine diazepam sleeping pill tablet"
)
_GATE_WORDS: dict[str, str] = {
    "threatened for speaking up": (
        "complain complaining complained tell say report reporting speak grass quiet shut head"
    ),
    "others better off without me": "without kinder easier better fairer simpler",
    "found out how": "looked googled searched read researched",
    "holding things for others": "packages parcels bags drugs stuff gear phones weapon weapons knives knife",
    "won't say why": "say tell",
    "hiding injuries": "hide hides hiding hid cover covers covering",
    "someone reads their post": "reads checks opens goes went",
    "do not write to me": "send write post ring call text email",
    "giving up": "give giving",
    "looking up ways to die": "ways how",
    "going with them": "with too",
    "nothing to live for": "nothing no nobody future point",
    "won't be around": "around here",
    "not wanting to live": "want",
    "still want to be here": "want",
    "nobody would notice": "would",
    "weary of life": "tired sick weary done",
    "putting affairs in order": "will funeral affairs goodbye goodbyes letter letters dog cat pet pets things stuff belongings order",
    "fear of own actions": "what snap lose hurt myself",
    "handing things on": "home homes where away",
    "had enough": "enough done ready",
    "stopped own medicines": "stopped stopping quit taking giving given came come coming",
    "told nobody": "nobody one no-one noone",
    "self-harm said sideways": "arms arm legs leg wrists wrist thighs thigh stomach urge urges razor razors blade blades",
    "pills kept in store": "keeping kept keep saving saved hoarding stockpiling stockpiled stockpile collecting collected hiding hid stashing",
    "marriage arranged for a young person": "married marry marriage husband wife",
    "not wanting to go": "go",
    "gave their pin away": "pin details password",
    "an allowance from their own money": "only",
    "an adult asks a child for contact": "number snapchat address insta instagram",
    "something wanted in return": "return payment",
    "coming in at night": "climb climbs climbed climbing sneak sneaks sneaked creep creeps crept come comes came",
    "work without pay": "paid pay wages",
    "cannot leave": "leave go escape get",
    "papers held": "passport passports id documents papers",
    "owing a person": "owe owes owed owing debt",
    "home taken over": "over",
    "dealing from a home": "selling dealing",
    "running errands": "errands",
    "lifts in a private car": "car",
    "presents from an adult": "buy buying buys",
    "brought here": "brought bringing brings moved took",
    "put somewhere and driven to work": "put moved placed drive drives drove",
    "injury on a person": "bruise bruises bruised bruising black cut cuts gash burn burns mark marks scald scalds scalded scalding wound wounds scratch scratches swelling swollen bleeding welt welts lump lumps",
    "came back injured": "bruise bruises bruised bruising black cut cuts gash burn burns mark marks scald scalds scalded scalding wound wounds scratch scratches swelling swollen bleeding welt welts lump lumps",
    "broken bone": "broke broken fractured cracked split",
    "unexplained": "explain say knocked fallen bumped unexplained",
    "weapon": "knife knives blade machete gun weapon stab stabbed stabbing stabs",
    "being hurt": "stabbed shot beaten battered jumped done",
    "a threat": "he'll she'll they'll he'd she'd they'd zname'll zname'd will would going",
    "finish what was started": "finish where",
    "told to use a pad": "pad pads nappy nappies bed chair",
    "left to suit staff": "bed chair pyjamas nightie bell bells",
    "shown or sent images": "pictures pics photos videos images porn things clips films",
    "touch against their will": "stop no though when like hate hates against",
    "threat to remove": "he'll she'll they'll he'd she'd they'd will would going",
    "found wandering": "found wander wanders wandered wandering",
    "money never paid back": "back asking on",
    "fear when someone comes": _FEAR_WORDS,
    "goodbyes and ligatures": "goodbye good goodbyes suicide ligature better future way",
    "making oneself ill": "laxatives purge purges purged purging starve starving starved sick up",
    "wrong medicine": "wrong else's double many",
    "nobody has seen them": "nobody nobody's noone no",
    "not seen a person": "seen heard",
    "left in a state": "pad pads nappy nightie nightdress pyjamas pjs wet soiled dirty own",
    "medicine not given": _MEDS_WORDS,
    "medicine left untaken": _MEDS_WORDS,
    "medicine used to control": _MEDS_WORDS + " tablet pill dose injection doses injections",
    "kept in a room": "room bedroom flat house cupboard",
    "door locked on a person": "lock locks locked locking",
    "asking for their own money": "ask",
    "money held by others": "put puts keep keeps kept lock locks locked hold holds held",
    "belongings taken as punishment": (
        "took takes take taken taking confiscate confiscated confiscates until til till unless"
    ),
    "told off for a need": "if when because for",
    "an ultimatum": "or",
    "made to give money": "give hand pay send lend transfer",
    "coming into a room": "room bedroom bed bath bathroom shower",
    "dislikes a person": "like",
    "minimising": "joke game joking messing mucking playing nothing fault accident normal do good secret laugh proud deserve deserved deserves asked",
    "violence idiom": (
        "fuse temper rag head fly flies flew for into slap smack hiding kicking belt thump "
        "clout clip black shove going ear finger hand hands handy physical heavy free quick"
    ),
    "anger with a trigger": "when",
    "own temper with the person cared for": "temper rag head patience snapped shouted screamed yelled",
    "something stupid": "stupid silly daft regret bad drastic",
    "their things sold": (
        "sell sells sold selling pawn pawned pawning flog flogged flogging rid gave giving gives "
        "cleared clearing emptied emptying"
    ),
    "debts in their name": "name will",
    "money sent to someone met online": "sent sending sends send transferred transfer transferring wired paid met",
    "what's the point": "point",
    "cannot keep going": "longer if whether can't cannot can",
    "rather not wake": "rather sleep and stop end over away",
    "no way out": "way thoughts enough place bear",
    "pills put by for later": _MEDS_WORDS + " pill tablet",
    "a burden": "burden nuisance waste problem bother",
    "feeling unsafe": "safe unsafe threatened intimidated trapped watched",
    "turning up uninvited": "at outside",
    "always knows where": "where track tracks tracking tracked location",
    "nobody would believe": "believe",
    "watched and checked": "checks checked monitors tracks reads goes went controls controlled",
    "child and adult ages": "year years yo",
    "age gap": "older younger",
    "in trouble with someone": "trouble mad kill mental lose",
    "a person frightens someone": "scares frightens terrifies scared frightened terrified",
    "on purpose": "purpose deliberately",
    "fear of a person": _FEAR_WORDS,
    "fear of speaking or going home": _FEAR_WORDS,
    "taking too many pills": _MEDS_WORDS,
    "saving up pills": _MEDS_WORDS,
    "not taking medicine": _MEDS_WORDS,
    "told not to tell": "told tells telling says said warned warns made makes",
    "keeping secrets": "secret secrets tell",
    "money gone": (
        "gone empty emptied drained cleared cleaned missing disappeared disappear vanished wiped"
    ),
    "if they found out": "if",
    "a conditional threat": "if",
    "not let out or seen": "let",
    "not allowed": "allowed",
    "has to ask permission": "ask",
    "others using their home": "flat house home place",
    "their address used": "use uses using used",
    "does things to a person": "things stuff",
    "touching a body": (
        "bum bottom backside breast breasts boob boobs chest thigh thighs leg legs privates "
        "private crotch groin body"
    ),
    "remarks about a body": "about",
    "death wish": (
        "want wanted wants wanting wish wished wishing hope hoped hoping pray praying feel "
        "feels felt rather"
    ),
    "careless of living": "care caring",
    "thinking of a method": (
        "railway tracks track bridge jumping jump edge overdose overdosing rope hanging "
        "motorway river drowning ending killing being how"
    ),
    "made to hand over or do": (
        "make makes made making force forces forced forcing pressure pressures pressured "
        "pressuring push pushes pushed get gets getting got"
    ),
}
_VERB_GATES = (
    ("<PHYS_PERSON>", _PHYS_PERSON_BASES),
    ("<PHYS>", _PHYS_BASES),
    ("<SOFT>", _SOFT_BASES),
    ("<VERBAL>", _VERBAL_BASES),
    ("<MENACE>", _MENACE_BASES),
    ("<TAKE>", _TAKE_BASES),
)


def _gate(name: str, raw: str) -> frozenset[str]:
    if name in _GATE_WORDS:
        return frozenset(_GATE_WORDS[name].split())
    if name == "harming own body":
        return verb_form_set(_SELF_INJURY_BASES)
    for macro, bases in _VERB_GATES:
        if macro in raw:
            return verb_form_set(bases)
    return frozenset()


COMPOSED_GATES: dict[str, frozenset[str]] = {
    name: _gate(name, raw) for name, _, raw, _ in _COMPOSED_RAW
}


# Neglect and welfare states (weight 1 each when they are about a specific person;
# two or more together flag the message).
NEGLECT_STATES = (
    r"no (?:heating|heat|hot water|food|electric\w*|gas|clean clothes)",
    r"(?:heating|electric\w*|gas|water)(?:'s| has| is| was)? (?:been )?(?:off|cut off|turned off) (?:for|since)",
    r"(?:fridge|cupboards?) (?:is |was |are |were )?(?:empty|bare)|empty fridge",
    r"(?:hasn'?t|haven'?t|not|hardly|barely|never) (?:\w+ )?(?:eaten|eating|been fed|had a (?:meal|wash|bath))",
    r"starving|malnourish\w*|skin and bone|(?:really|so|very) thin|(?:lost|losing) (?:\w+ )?weight",
    r"(?:asked|begging|begged|asks|asking) (?:\w+ ){0,4}for (?:any |some )?food",
    r"same clothes|(?:filthy|dirty|soiled|unwashed|soaked|sodden|stinking) (?:clothes|bed|sheets|pads?|nappy)|(?:clothes|bed)(?: are| is| were| was)? (?:\w+ )?(?:filthy|soaked|soiled)|(?:often|always) (?:filthy|soaked|soiled)",
    r"(?:wet|soiled|wets|wetting) (?:himself|herself|themselves|myself)",
    r"freezing|shivering|blue lips|hypotherm\w*|in the cold",
    r"(?:pressure )?sores|ulcers",
    r"(?:lying|lay|laid|left|found|been) (?:\w+ ){0,2}on (?:the|her|his|their) (?:\w+ )?floor",
    r"since (?:the night before|last night|yesterday morning)",
    r"(?:awful|horrible|terrible|strange|funny|bad) (?:smell|stench)|there'?s a smell|(?:smell|stench) (?:coming )?from",
    r"(?:post|letters|milk|papers|newspapers|parcels)(?:'s| is| are)? (?:still )?(?:piling|piled|on the step|on the doorstep|stacking)",
    r"(?:hasn'?t|haven'?t|not) (?:\w+ )?(?:opened|answered) (?:her|his|their|the) (?:front )?door",
    r"(?:hasn'?t|haven'?t) been (?:seen|heard from|on the|in|out)",
    r"(?:nobody|no one|noone)(?: else)? (?:ever )?(?:visits|comes|checks|answered|is (?:home|in|there))|nobody'?s (?:home|in)|no adult",
    r"(?:on (?:their|his|her) own|alone|by (?:him|her|them)sel(?:f|ves)) (?:every|all|at|for|until|till|overnight)",
    r"(?:left|leaves|leave|leaving|waits|waiting|sits|sitting|sat) (?:\w+ ){0,4}?(?:for hours|all day|all night|from the morning)",
    r"hoard\w*|can'?t reach the (?:toilet|bathroom|kitchen|bed)|(?:up to|piled to) the ceiling",
    r"in (?:her|his) (?:nightie|nightdress|pyjamas|pajamas)|had no key|locked out",
    r"(?:crying|screaming) (?:through the wall|for hours|all night|until)",
    r"(?:kids|children|ones|baby|babies) (?:\w+ ){0,2}(?:on their own|home alone|unsupervised)",
    r"(?:during|in) school hours",
    r"(?:won'?t|refuses to|doesn'?t|wouldn'?t) let anyone (?:help|in|near)",
    r"alone with (?:him|her|them|the \w+|zname)",
    r"(?:don'?t|not|never|cann'?t) (?:\w+ )?eat (?:properly|much|enough|anything)",
    r"(?:no one|nobody|noone)(?: has|'s)? (?:been )?(?:round|in touch|to see (?:me|her|him))",
    r"(?:haven'?t|hasn'?t|not|never) (?:\w+ )?(?:left|been out of) (?:the|my|her|his) (?:flat|house|home|room|bed)",
    r"stopped (?:eating|washing|drinking water|going out|taking (?:his|her|their) (?:meds|tablets|medication))",
    r"sleep\w* in (?:his|her|their|the|a|my) (?:chair|car|armchair|shed|garden|van|doorway)|sleep\w* rough",
    r"(?:don'?t|do not|didn'?t|doesn'?t) (?:want to )?(?:make a fuss|be a bother|be a burden|bother anyone|cause trouble)",
)

# Signs of criminal or sexual exploitation of a young person (weight 1 each, counted
# together with the welfare states).
EXPLOIT_SIGNS = (
    r"(?:second|another|extra|burner|new) (?:phone|mobile|sim)",
    r"new (?:trainers|clothes|jacket|coat|designer)|designer (?:clothes|gear)|expensive (?:trainers|clothes|stuff|things)",
    r"(?:comes?|came|coming) (?:back|home) (?:\w+ )?with (?:cash|money|gifts|new)|cash (?:he|she|they) (?:can'?t|won'?t) explain|money from nowhere",
    r"older (?:lads|boys|men|man|guys|kids|teenagers|friends|girls|boyfriend)",
    r"pick(?:ing|ed|s)? (?:him|her|them) up|in (?:a|their|his|her) car",
    r"after dark|out (?:late|till|until|all night)|till \d+ ?am|\d+ ?am\b|(?:going|gone|went) missing|missing (?:from home|overnight)",
    r"(?:won'?t|doesn'?t|will not) (?:say|tell (?:me|us)) where (?:he|she|they) (?:goes|go|has been|have been|was|were)",
    r"(?:lads|boys|men|people|gang) (?:who )?(?:hanging|hang) (?:round|around|about)",
    r"\b(?:1[0-7]|[5-9]) ?(?:year old|yo|years old)\b|\b(?:my|his|her) (?:teenager|teen|teenage \w+)",
)

# Danger at home (weight 1 each, counted with the welfare states).
HOME_DANGER = (
    r"(?:he|she|they|zname|husband|wife|partner|boyfriend|girlfriend|dad|mum|step ?dad|brother|son)(?:'s| is| has been|'s been| gets| got| was| were)? (?:\w+ )?(?:drinking|drunk|high|using|off (?:his|her) face|on drugs)|when (?:he|she|they) (?:\w+ )?(?:drinks|has a drink|has been drinking|has had a drink)",
    r"(?:gets|got|getting|goes|went|turns|turned) (?:really |so |very )?(?:angry|nasty|violent|aggressive|mad|rough|handy|paranoid)",
    r"(?:things|it|everything) (?:kick|kicks|kicked|kicking) off|(?:rows|fights|fighting|screaming matches|smashing things)",
    r"hid(?:e|es|ing)? (?:upstairs|in (?:the|my|her|his|their) (?:room|bedroom|cupboard|wardrobe|bathroom)|from)",
    r"stay(?:s|ing)? (?:out|away) (?:as late|as long|until|till|of (?:his|her|the) way)|keep(?:s|ing)? out of (?:his|her) way|walk(?:ing)? on eggshells|(?:they|the kids|we|i) (?:were|was|are)? ?out of the house",
    r"(?:called|call|ring|rang|phoned) the police|police (?:came|were called|came round|turned up)",
)

_MACROS = {
    "<AGENT>": _AGENT,
    "<TARGET>": _TARGET,
    "<PERSON>": _PERSON,
    "<PHYS_PERSON>": _PHYS_PERSON,
    "<PHYS>": _PHYS,
    "<SOFT>": _SOFT,
    "<VERBAL>": _VERBAL,
    "<MENACE>": _MENACE,
    "<TAKE>": _TAKE,
    "<FEAR>": _FEAR,
    "<MONEY>": _MONEY,
    "<MEDS>": _MEDS,
    "<POSS>": _POSS,
    "<INJURY>": _INJURY,
    "<PNOUN>": _PNOUN,
}


def _expand(pattern: str) -> str:
    for key, value in _MACROS.items():
        pattern = pattern.replace(key, value)
    # a gap word may hold an apostrophe ("my 14 year old daughter's body")
    return pattern.replace(r"(?:\w+ )", r"(?:[\w']+ )")


COMPOSED: tuple[tuple[str, float, str, str], ...] = tuple(
    (name, weight, _expand(pattern), kind) for name, weight, pattern, kind in _COMPOSED_RAW
)

# Talk about what should happen if someone discloses, or about training and policy
# ("what do volunteers do if someone says they want to die"): with no "I / my / Mum"
# in the message, the harm evidence is halved.
HYPOTHETICAL = (
    r"\b(?:if|when|whenever|where) (?:someone|somebody|anyone|a (?:person|resident|tenant|client|child|young person|carer|"
    r"member|service user|learner|user|customer|passenger|reader|patient)|they|people|staff) (?:\w+ )?"
    r"(?:says?|tells?|discloses?|mentions?|reports?|suspects?|notices?|sees?|is|are|were|was|has|"
    r"have|seems?|looks?|turns? up|comes? in)\b",
    r"\bwhat (?:do|would|should|will|can|does) (?:we|staff|volunteers|carers|you|they|workers|"
    r"drivers|the (?:\w+ )?(?:staff|team|volunteers?|workers?|drivers?|hub|service)) (?:\w+ )?do (?:if|when)\b",
    r"\bhow (?:do|would|should|will|can) (?:we|staff|volunteers|they|workers|drivers) (?:\w+ )?"
    r"(?:respond|react|spot|handle|deal|support)\b",
    r"\b(?:training|policy|policies|procedure|guidance|protocol|leaflets?|posters?|course|module)s? "
    r"(?:on|about|for|says?|covers?|cover|should|explaining)\b",
    r"\b(?:spot|spotting|recognis\w*|recogniz\w*|signs of|report(?:ing)?|awareness of|"
    r"understanding) (?:\w+ )?(?:abuse|neglect|exploitation|self[- ]harm|suicid\w*|scams?|"
    r"grooming|risk|domestic)",
    r"\bsomeone who\b|\bimagine\b|\blet'?s say\b|\bsay (?:someone|a resident|a tenant)\b",
)
DISCLOSER = r"\b(?:i|i'm|i've|i'd|me|my|mum|dad|mam|nan|gran|grandad|grandma|nana)\b"

# A negation just before an act cancels it ("he has never hit me").
NEGATED = r"(?:\bnever|\bnot|n'?t|\bno one|\bnobody|\bno-one|\bwithout)\W+(?:\w+\W+)?$"
# Things, not people, that "won't let me" do something ("the app won't let me log in").
THING_BEFORE = (
    r"\b(?:app|form|forms|site|website|system|page|portal|computer|machine|it|printer|screen|"
    r"software|link|login|bus|door|lift|council|service|school|hospital|gp|surgery|bank|phone|"
    r"payment|card|policy|rules?)\W+(?:\w+\W+)?$"
)
# Capitalised words that are not people's names (at the start of a clause they are
# skipped anyway).
NOT_NAMES = frozenset(
    """i i'm i've i'd i'll monday tuesday wednesday thursday friday saturday sunday january
    february march april may june july august september october november december christmas
    easter english british nhs uk council library libraries road street lane close avenue
    please thanks sorry ok okay yes no hi hello dear the a""".split()
)

# --- framing: talk about harm that is not a person at risk now ------------------
#
# A sentence framed as one of these kinds talks *about* harm: an event long past and
# dealt with, a professional's anonymised case, a plot on TV, a question about process,
# or a policy or training point. The harm evidence inside such a sentence counts for
# FRAME_FACTOR of its weight (drift._unframed); the other sentences of the message count
# in full, so a disclosure buried after a policy point is still read. Each kind is a
# general construction, not a sentence of one data set.
FRAMING: dict[str, tuple[str, ...]] = {
    "resolved": (
        # "it was all dealt with", "that got sorted", "which was resolved"
        r"\b(?:it|this|that|which|everything|all of it|he|she|they) (?:was|were|got|has been|"
        r"had been|have been) (?:all |quickly |properly |soon |eventually )?(?:dealt with|sorted"
        r"(?: out)?|resolved|put right|stopped|sacked|dismissed|prosecuted|convicted|struck off)\b",
        r"\b(?:safe|fine|settled|happy|well) now\b",
        r"\b(?:all|it'?s|that'?s) (?:behind (?:us|me|her|him|them)|in the past)\b",
        # a long-past time: "twenty years ago", "years ago", "back in 2009"
        r"\b(?:\d+|two|three|four|five|six|seven|eight|nine|ten|fifteen|twenty|thirty|forty|"
        r"many|some|a few|several)? ?(?:years|decades) ago\b",
        r"\bback in (?:the )?(?:19|20)\d\d\b|\bback in the (?:day|\d0s)\b",
    ),
    "case study": (
        # a professional's anonymised case told in the past: "we had a patient whose ...",
        # "last year we stopped a customer ..." (a professional reporting a client at risk
        # now, "one of our clients keeps begging ...", is a third-party disclosure)
        r"\bwe (?:once )?had an? (?:patient|client|customer|resident|tenant|gentleman|lady|"
        r"man|woman|young person|service user|learner|family)\b",
        r"\b(?:last|one) (?:year|time|month) we (?:had|stopped|saw|referred|helped|caught)\b",
        r"\b(?:an? )?(?:customer|patient|client|resident|tenant|service user) (?:of ours )?(?:once|"
        r"years ago|some time ago|a while back)\b",
        r"\b(?:she|he|they) (?:saw|had seen|witnessed) (?:an?|someone|somebody)\b",
    ),
    "fiction": (
        r"\bon (?:the )?(?:telly|tv|television|radio|netflix|iplayer|youtube|the news)\b",
        r"\b(?:programme|program|drama|documentary|film|movie|soap|episode|series|storyline|"
        r"novel|book|play|show) (?:last night|where|about a|in which|on|i watched|we watched)\b",
        r"\bin the (?:tv |radio |bbc )?(?:drama|film|movie|soap|programme|show|book|novel|"
        r"episode|storyline)\b",
        r"\b(?:eastenders|coronation street|corrie|emmerdale|hollyoaks|casualty|holby)\b",
    ),
    "process": (
        # "what should a PA do if ...", "who do staff tell", "is there a plan for that"
        r"\bwhat (?:do|would|should|will|can|does|is|are) (?:\w+ ){1,4}(?:do|supposed to do|"
        r"meant to do|expected to do) (?:if|when|about)\b",
        r"\bwhat (?:to|you should|they should|we should) do (?:if|when)\b",
        r"\bwho (?:do|should|would|can|will) (?:staff|they|we|volunteers|carers|workers|you|"
        r"drivers|the \w+|an? \w+) (?:tell|ring|call|report (?:it )?to|contact|go to)\b",
        r"\bis there an? (?:plan|process|procedure|number|policy|protocol|pathway|route|"
        r"system) (?:for|if|when|they)\b",
        r"\bhow (?:quickly|soon|fast) (?:do|would|should|will|can) (?:they|staff|we|you)\b",
    ),
    "policy": (
        # a point about what a service, its staff, training or forms should do
        r"\b(?:staff|workers|volunteers|befrienders|carers|drivers|the (?:\w+ )?(?:service|team|"
        r"standards?|pathway|checklist|contract|framework|form|review|assessment|policy)|"
        r"services|standards|training|checklists|reviews|assessments|forms) (?:should|must|"
        r"needs? to|ought to|could) (?:\w+ ){0,3}?(?:ask|cover|include|check|screen|spot|"
        r"look out|train|teach|explain|make staff)\b",
        r"\b(?:training|awareness|guidance|leaflets?|posters?|courses?) (?:on|about|for|"
        r"around|covering) (?:\w+ ){0,3}?(?:abuse|scams?|neglect|exploitation|safety|"
        r"safeguarding|self[- ]harm|suicid\w*|grooming|domestic|money|risk)",
    ),
}
# How much harm evidence inside a framed sentence still counts.
FRAME_FACTOR = 0.35

# --- complaints ----------------------------------------------------------------

# Asking for redress on one's own case (weight 2).
REDRESS = (
    r"(?:make|raise|log|lodge|file|put in|submit|making) a (?:formal |official )?complaint",
    r"(?:formal(?:ly)?|official(?:ly)?) complain\w*",
    r"(?:want|like|wish|going) to complain",
    r"complain(?:ing)? about (?:the|a|my|our|her|his|their|how|what|being)",
    r"(?:i|we)(?:'d| would)? (?:want|like|need|expect|demand|deserve)(?: to (?:get|have|see|receive))?"
    r" (?:a |an |some |my |our |that |the |it )?(?:proper |full |formal |written |official )?"
    r"(?:apology|apologise|explanation|answer|answers|refund|compensat\w*|review\w*|"
    r"investigat\w*|reassess\w*|response|reply|decision reviewed|to know who|someone to|"
    r"meeting with|"
    r"assessment by|face[- ]to[- ]face assessment|new assessment|visit|"
    r"a manager|to speak to|my money back|reimburs\w*|backdat\w*)",
    r"(?:want|like|need) (?:that|this|it|the|my|our|his|her) (?:\w+ ){0,2}(?:reviewed|looked at|"
    r"looked into|investigated|changed|taken off|removed|corrected|sorted|redone|backdated|"
    r"reconsidered|overturned|reinstated|refunded|escalated|put right|cancelled|withdrawn|replaced|"
    r"taken down|allocated|waived|written off|dealt with|fixed)",
    r"(?:want|like|need) (?:an? )?(?:assurance|guarantee|promise) (?:that|it)",
    r"(?:want|like|need) to know (?:what'?s|what is|what has|what was|why|when|who)",
    r"(?:can|could|will|would|please|can't|won't)(?: \w+)?(?: someone| somebody| anyone| anybody|"
    r" you| a manager)(?: from (?:the )?(?:council|team|la|local authority)| here)?(?: please)?"
    r" (?:actually |just )?(?:ring|call|phone|chase|check|look into|look at|sort|find out|pick|"
    r"get back|contact|email|follow up|explain why|get in touch|help me with my|fix)",
    r"(?:ring|call|phone|email|contact) me (?:back|today|now|asap|urgently|tomorrow)",
    r"(?:get|got) back to me",
    r"who (?:do|can|should|would) (?:i|we) (?:speak|talk|complain|escalate|contact|go|write|"
    r"ask|ring|call|email|get)",
    r"who (?:actually |exactly )?(?:deals|is dealing|handles|is responsible|is accountable|manages|decided|made th|"
    r"signed|is in charge|can actually|can help|do i)",
    r"where (?:do|can|should) (?:i|we) (?:send|complain|go|report|escalate)",
    r"how (?:do|can) (?:i|we) (?:get (?:it|this|that|my|our|him|her|them)|complain|appeal|"
    r"challenge|escalate|get someone)",
    r"(?:chase|chasing) (?:this|it|that|them|my|our) (?:up )?(?:for me|please)",
    r"escalate (?:this|it|that|my|our|to)|escalated",
    r"refund\w*",
    r"compensat\w*",
    r"(?:an|my|a proper|a written) apology",
    r"backdat\w*",
    r"reimburs\w*",
    r"investigat(?:e|ed|ion)",
    r"accountab\w*",
    r"data breach",
    r"(?:needs|need) (?:looking|to be looked) (?:into|at)",
    r"looked (?:at|into) (?:by|properly)",
    r"(?:want|like|need|give (?:me|us)|get|have) a named person",
    r"(?:i|we) need help (?:now|today|urgently)",
    r"give my details",
    r"get someone (?:assigned|allocated|to)",
    r"get (?:her|him|them|someone|somebody|a manager) to (?:ring|call|contact|email|phone|get back)"
    r" (?:me|us|to me|to us)",
    r"(?:tell|explain to) me why",
    r"someone to do something",
    r"(?:my|our|his|her) (?:case|file) (?:reviewed|looked at|re-?opened)",
    # issue 20: redress asked for without the word "complain", in plain or second-language
    # English: "can this be escalated", "can the council look into it", "I want her place
    # back", "give me an actual date", "can someone correct this", "tell me where we are"
    r"can (?:this|it|that|my \w+|our \w+|the council|the team|they|you)(?: please)? (?:be )?"
    r"(?:escalated|looked into|look into|look at|looked at|sorted|fixed|corrected|reviewed|"
    r"chased|investigated|put right)",
    r"(?:want|like|need) (?:the|this|that|my|our|his|her) (?:\w+ ){0,2}(?:explained|"
    r"explaining|justified)",
    r"(?:want|like|need|give (?:me|us)) (?:a |an )?(?:new|actual|proper|firm|real|definite) "
    r"(?:date|time|appointment|answer|timescale)",
    r"(?:i|we) (?:want|would like|'d like|need) (?:my|our|his|her|their|the|that|this) "
    r"(?:\w+ ){0,2}back\b",
    r"(?:i|we) (?:want|need|would like|'d like) (?:somebody|someone|anybody|anyone) (?:to )?"
    r"(?:explain|fix|sort|look|call|ring|tell|correct|check)",
    r"(?:can|could|will|please) (?:someone|somebody|anyone|anybody|you)(?: here)?(?: please)? "
    r"(?:correct|explain|put right|give me|give us|tell me why|tell us why)",
    r"(?:tell|let) (?:me|us) (?:where (?:we|i|things|it|he|she|my \w+|our \w+) (?:are|is|"
    r"stands?|am)\b|what'?s happening with (?:my|our|his|her))",
)

# Signs of a grievance about one's own case (weight 1).
GRIEVANCE = (
    r"(?:still )?(?:haven'?t|hasn'?t|have not|has not|never) (?:heard|had|received|been (?:paid|"
    r"contacted|allocated|assessed|told|given)|got)",
    r"(?:nobody|no one|noone)(?:'s| has)? (?:been )?(?:contacted|rang|rung|called|phoned|"
    r"allocated|got back|been in touch|responded|replied)",
    r"heard nothing",
    r"(?:not|hasn'?t|haven'?t|never|didn'?t) (?:returned|answered|replied to) (?:my|our|any) "
    r"(?:calls?|emails?|messages?|letters?)",
    r"no (?:reply|response|answer|explanation|call ?back|record)",
    r"(?:emailed|phoned|rang|called|written|wrote|chased|complained|asked)(?: them)? "
    r"(?:twice|three times|\w+ times|again|repeatedly|already)",
    r"(?:i'?ve|we'?ve|i have|we have) (?:emailed|phoned|written|rung|called|chased|been "
    r"waiting|tried)",
    r"on hold",
    r"cut off",
    r"(?:cancelled|rescheduled|postponed)(?: on (?:me|us))?(?: \w+){0,3} (?:again|twice|"
    r"(?:\w+ )?times|in a row)",
    r"keeps? (?:getting )?(?:cancelled|rescheduled|changing)",
    r"(?:third|fourth|fifth|second) time",
    r"(?:got|gets|had|was) (?:it |half (?:of )?(?:it|the \w+) )?wrong",
    r"(?:turned|been turned) (?:us|me|him|her) down",
    r"(?:was|were|been|got) (?:charged|promised|told|overcharged|billed)",
    r"(?:still )?waiting (?:since|for (?:a |my |our |the )?(?:call|reply|response|answer|decision|"
    r"outcome|payment))",
    r"(?:cut|reduced|stopped) (?:our|my|his|her) (?:hours|package|care|budget|payment|support)",
    r"without (?:telling|asking|warning|any warning|explanation)",
    r"no warning",
    r"(?:not|never|hasn'?t|haven'?t) (?:been )?paid",
    r"(?:charged|billed|invoiced|overcharged) (?:us|me|him|her|mum|dad) (?:for|twice|again)",
    r"£ ?\d+",
    r"(?:my|our|mum'?s|dad'?s|his|her|my (?:son|daughter|mum|dad|husband|wife)'?s?) "
    r"(?:case|assessment|referral|care package|package|direct payment|budget|payment|"
    r"social worker|application|reference|account|file|hours|review|invoice|bill)",
    r"inappropriate",
    r"disgust\w*",
    r"shouted at",
    r"livid|furious|fuming|so angry|absolutely appalled|appalling|unacceptable|disgrace(?:ful)?",
    r"(?:i|we) (?:reported|raised|flagged) (?:it|this|that)",
    r"case (?:is |was |got )?closed",
    r"(?:lost|lose|losing) (?:my|our|the) (?:assessment|form|paperwork|application|file|details)",
    r"(?:as|like) i (?:was|were) promised",
    r"(?:discharged|sent (?:him|her|them) home) (?:with no|without)",
    r"(?:\d+|two|three|four|five|six) (?:weeks|months) (?:and|now|later|since)",
    r"(?:since|in) (?:january|february|march|april|may|june|july|august|september|october|"
    r"november|december)",
    # issue 20: chasing, waiting lists, unanswered emails, promises, charges, lost places
    r"(?:has|have|did) (?:nobody|no one|anyone|anybody) (?:\w+ )?(?:replied|answered|responded|"
    r"rung|called|phoned|got back)",
    r"(?:nobody|no one|noone) (?:\w+ )?(?:phones?|calls?|rings?|emails?|writes?|gets?) "
    r"(?:me|us) back",
    r"(?:on|been on) (?:the|a) waiting list (?:for|since)",
    r"(?:chased|rung|rang|phoned|emailed|called) (?:it|this|them|him|her) (?:up )?(?:\w+ times|"
    r"twice|again)",
    r"(?:\w+|\d+) (?:emails|calls|letters|messages|phone calls) (?:since|and)",
    r"\bpromised (?:a|an|us|me|him|her|the|to)\b",
    r"(?:still|again|wrongly) (?:charged|billed)|charged (?:us|me|him|her) (?:the )?full|"
    r"double what",
    r"(?:took|taken|removed|struck) (?:\w+'?s? ){0,2}(?:name|place)? ?off (?:the|a) "
    r"(?:list|register|books)",
    r"(?:cut|reduced|stopped|withdrawn|cancelled) (?:from \w+ \w+ to|with (?:no|a day'?s|"
    r"\w+ days?'?) notice)",
    r"nobody (?:told|explained to|tells) (?:us|me) why",
    r"(?:sent|send|posted|returned|submitted) (?:\w+ ){0,3}?(?:forms?|timesheets?|paperwork|"
    r"application|claims?)\b",
    r"nobody will take responsibility|(?:not|isn'?t) (?:their|our|my) (?:problem|fault|"
    r"responsibility)",
)

# The writer sets their own case aside to make a design point.
DEFER = (
    r"(?:chase|raise|sort|take|deal with) (?:that|this|it|mine) (?:up )?(?:separately|"
    r"elsewhere|another time|later|outside)",
    r"(?:i'?m |am )?not (?:here to |trying to |wanting to |asking to )?complain\w*",
    r"not after a complaint",
    r"(?:but|anyway|so) (?:for|on) the (?:spec|specification|design|new service|form|offer|plan|"
    r"theory of change|contract)",
    r"as (?:design |)feedback",
    r"(?:not|isn'?t) about my (?:own )?case",
)

# --- chatter -------------------------------------------------------------------

# Words that on their own make a bare acknowledgement ("+1", "agreed", "yes that").
ACK_WORDS = frozenset(
    [
        "+1",
        "1",
        "agree",
        "agreed",
        "agreeing",
        "yes",
        "yeah",
        "yep",
        "yup",
        "ya",
        "yea",
        "same",
        "same",
        "here",
        "this",
        "that",
        "exactly",
        "true",
        "totally",
        "absolutely",
        "definitely",
        "great",
        "good",
        "lovely",
        "brilliant",
        "nice",
        "cool",
        "ok",
        "okay",
        "okey",
        "thanks",
        "thank",
        "you",
        "ty",
        "thx",
        "cheers",
        "ta",
        "lol",
        "haha",
        "ha",
        "hah",
        "sure",
        "right",
        "indeed",
        "spot",
        "on",
        "point",
        "points",
        "well",
        "said",
        "so",
        "with",
        "to",
        "too",
        "me",
        "all",
        "everyone",
        "everybody",
        "really",
        "very",
        "much",
        "helpful",
        "summary",
        "excellent",
        "perfect",
        "fab",
        "fantastic",
        "amazing",
        "love",
        "it",
        "and",
        "👍",
        "👏",
        "🙂",
        "😊",
        "🙌",
        "❤️",
        "💯",
        "✅",
        "👋",
        "😀",
        "😂",
        "+100",
        "hear",
        "seconded",
        "second",
        "that's",
        "thats",
        "it's",
        "its",
        "fair",
        "enough",
        "noted",
        "was",
        "useful",
        "interesting",
        "stuff",
        "wonderful",
    ]
)

# Greetings, logistics and tech trouble (weight 2). Only count in short messages.
CHATTER = (
    r"^(?:hi|hiya|hello|hey|heya|morning|good (?:morning|afternoon|evening)|afternoon|evening|"
    r"greetings|howdy)\b",
    r"\b(?:hi|hello|hiya|morning) (?:all|everyone|everybody|folks|there|again)\b",
    r"(?<=[a-z] )(?<!round )(?<!over )(?<!near )(?<! out )(?<! in )(?<! up )(?<!down )(?<!from )"
    r"(?<!live )(?<!work )(?<!born )here(?:,| -| 👋| from| as| too)",
    r"\b(?:here now|i'?m here|im here|back now|i'?m back|im back|just joined|"
    r"joining (?:late|now|from))\b",
    r"first time (?:doing|at|joining|on) (?:one of )?these",
    r"\b(?:nice|good|lovely) to (?:meet|see) (?:you|everyone)",
    r"\bthanks? (?:for having|for organising|for running|everyone|all|\w+,? (?:really|that|great))",
    r"\b(?:brb|afk|bbl|be right back|back in (?:a|\d+|five|ten))\b",
    r"\b(?:can|could) (?:everyone|anyone|you|people) (?:hear|see) me\b",
    r"\b(?:mic|microphone|camera|webcam|headset|audio|sound|wifi|wi-fi|internet|connection|"
    r"signal) (?:\w+ ){0,2}(?:isn'?t|not|keeps|is|has|went|just|died|dropped|cutting|broken|"
    r"working|playing|frozen|down|off)",
    r"\b(?:wifi|wi-fi|internet|connection|laptop|computer|screen|zoom|teams|app)(?:'s| has| is)? (?:just )?"
    r"(?:died|dropped|crashed|froze|frozen|updating|decided to update|keeps)",
    r"\b(?:frozen|froze|dropped out|kicked out|lost connection|lagging|on mute|muted)\b",
    r"\b(?:say|repeat) that (?:again|last bit)\b|\bdidn'?t (?:catch|hear) (?:that|what)\b",
    r"\b(?:went|gone|going|is|it'?s|you'?re|sound) (?:a bit |really |very )?(?:fuzzy|crackly|"
    r"choppy|blurry|robotic|echoey|breaking up)\b",
    r"\bwhat did i miss\b|\bcan'?t hear (?:you|anyone|anything)\b",
    r"\ba recording\b|\bbe recorded\b",
    r"\b(?:the )?link (?:in the (?:email|invite|chat)|didn'?t work|doesn'?t work|isn'?t working|"
    r"for (?:today|the (?:session|meeting|workshop|\w+ \w+ \w+ thing|\w+ \w+ thing|\w+ thing)))",
    r"\b(?:is this|is that|am i in) the right (?:link|room|meeting|session|call|channel|place)",
    r"\b(?:pop|put|share|post|paste|drop) the \w+ ?(?:link|slides|notes)",
    r"\b(?:mentimeter|menti|padlet|jamboard|miro|slido)\b",
    r"\bslides\b",
    r"\bcharger\b|\b(?:laptop|phone|battery|tablet)(?:'s| is)? (?:\w+ )?(?:dying|about to die|on \d+ ?%|flat)",
    r"\b(?:paper |printed )?cop(?:y|ies) of (?:today'?s|the) (?:notes|slides)|\btoday'?s notes\b",
    r"\b(?:says?|said|saying) (?:hi|hello) to (?:everyone|you all|all)\b",
    r"\b(?:sorry|apologies) (?:i'?m|im|for being|i was|for) (?:late|running late|joining late)",
    r"\b(?:running|a bit|bit) late\b",
    r"\b(?:have|need|got) to (?:leave|go|dash|head off|nip|pop|step)\b",
    r"\b(?:nip|pop|step|dash|head) (?:off|out|away)\b",
    r"\b(?:will|i'?ll) (?:catch up|read back|check the chat|be back)\b",
    r"\bcarry on without me\b",
    r"\b(?:cuppa|coffee|tea|loo|toilet|comfort) break\b|\b(?:cuppa|brew)\b",
    r"\b(?:is there|will there be|are we having|when is) (?:a|the) (?:break|lunch|comfort break)"
    r"(?: at some point)?\b",
    r"\b(?:the )?notes (?:from|of) (?:today|this session|the session|the meeting)",
    r"\b(?:sent|send|circulated|shared) (?:round|around|out) (?:after|afterwards|later)",
    r"\b(?:recording|recorded|minutes)\b.{0,20}\b(?:sent|available|shared|circulated)\b",
    r"\b(?:voucher|expenses|travel costs|payment for taking part|taking part)\b",
    r"\bwhich (?:agenda item|item|section|question|slide|breakout|room) (?:are we|is this)",
    r"\bwhere are we (?:up to|on the agenda)\b",
    r"\bwhat time (?:do we|does this|are we|is the)\b",
    r"\b(?:an |another |the next |next )(?:evening |online |morning )?session\b",
    r"\bemail my (?:thoughts|ideas|comments|views)\b",
    r"\b(?:make|can you make) (?:the|it) (?:slides|text|screen|font) (?:bigger|larger)",
    r"\b(?:my|the) (?:son|daughter|kid|kids|baby|dog|toddler)(?:'s| is)? (?:kicking off|crying|"
    r"awake|home)\b",
    r"\b(?:doorbell|door ?bell|delivery|parcel)\b.{0,20}\b(?:back|brb|sec|minute)\b",
)

# --- off-scope -----------------------------------------------------------------

# General drift topics, by name (each cue weight 2 unless a tuple says otherwise).
OFF_TOPICS: dict[str, tuple[str, ...]] = {
    "said to be off topic": (
        r"off[- ]?topic",
        r"(?:slightly|totally|completely|bit) (?:off|unrelated)",
        r"unrelated (?:but|question|note)",
        r"not (?:related|relevant) (?:to this|but)",
        r"random (?:question|one) (?:but|,)",
        r"i know this is (?:about|meant to be about) .{1,40} but",
        r"while (?:we'?re|we are|i'?m) (?:on|here|at it)",
    ),
    "national politics": (
        r"\bgovernment\b",
        r"\bwestminster\b",
        r"\bparliament\b",
        r"\b(?:our|my|the local|local) mp\b|\bmps\b",
        r"\b(?:prime )?minister\b",
        r"\b(?:general )?elections?\b",
        r"\b(?:voting age|voted (?:for|to|in|out|leave|remain)|vote (?:for|labour|tory|reform|"
        r"conservative|green|lib dem)|votes at 16)\b",
        r"\b(?:tories|tory|conservatives|lib dems|reform uk)\b",
        r"\bwhoever (?:gets in|wins)\b",
        r"\bbrexit\b",
        r"\bpoliticians?\b",
        r"\b(?:labour|tory|reform|conservative) (?:party|government|mps?|lot|manifesto)\b",
        r"\b(?:sunak|starmer|rishi|keir|farage|badenoch|boris johnson|rachel reeves)\b",
        r"\bnational (?:overhaul|reform|policy|scandal)\b",
        r"\bthe whole (?:social care |care |nhs |)system needs\b",
        r"\b(?:taxes|tax rises|the chancellor|the budget)\b",
        r"\bofsted\b",
    ),
    "council money and politics": (
        r"\bcouncil tax\b",
        r"\bwasted (?:\w+ )?(?:millions|money|thousands)\b",
        r"\b(?:leisure centre|new offices|town hall refurb\w*|councillors'? (?:expenses|pay))\b",
        r"\bservices are being cut\b",
    ),
    "news and television": (
        r"\bdid (?:anyone|anybody|you) (?:see|watch|catch|read)\b",
        r"\bpanorama\b|\bdocumentary\b|\bon (?:the )?(?:telly|tv|news)\b|\bin the news\b",
        r"\bread about\b",
    ),
    "sport and entertainment": (
        # football watched, not played: playing football or "walking football" is an
        # activity a day service may offer, so the word alone is not drift
        r"\b(?:watch\w* (?:the )?football|football (?:last night|on (?:the )?(?:telly|tv)|results?|"
        r"scores?|season|match|game|on saturday|on sunday)|"
        r"the match|the game|england game|world cup|euros|premier league|"
        r"strictly|bake off|eurovision|the darts|the cricket)\b",
    ),
    "a personal request to the group": (
        r"\b(?:anyone|anybody|can (?:anyone|anybody|someone)) (?:know|recommend|got|suggest) (?:a|an|"
        r"any) (?:good|decent|cheap|local|reliable|nice)\b",
        r"\b(?:anyone|anybody) (?:selling|recommend)\b",
    ),
    "a question to the group": (
        r"\b(?:does )?(?:anyone|anybody) (?:know|recommend|got|have|selling|sell|want|"
        r"fancy|seen)\b (?:a |an |of |if |when |where |how |whether )",
        r"\brecommend (?:a|an|any) (?:good )?(?:\w+ )?(?:cleaner|plumber|builder|dentist|"
        r"mechanic|network|garage|solicitor|electrician|hairdresser|gardener)\b",
        r"\b(?:looking for|anyone know) a (?:good )?(?:cleaner|plumber|builder|dentist|"
        r"mechanic|solicitor|electrician|gardener|babysitter)\b",
        r"\bany tips (?:for|on)\b",
        r"\banyone else(?:'s)? (?:\w+ )?(?:lose|lost|get|got|have|had|road|house|street|been)\b",
    ),
    "local issues unrelated to the workshop": (
        r"\b(?:flood\w*|potholes?|roadworks|bin collections?|bins\b|fly[- ]?tipping|"
        r"planning permission|building \d+ houses|new houses|housing estate)\b",
        r"\b(?:smoke alarms?|fire service|phone contract|mot\b|car insurance|energy bills?)\b",
        r"\b(?:bus pass|train strikes?|parking permits?|parking tickets?)\b",
        r"\b(?:storm|snow|heatwave|power cut|lose power|lost power|the weather)\b",
    ),
    "another body's job": (
        r"\b(?:needs?|has|have|got) to (?:sort|get) (?:it|this|that|themselves|their act) ?"
        r"(?:out|together|sorted)?\b",
        r"\bshould be (?:banned|scrapped|abolished|sacked)\b",
    ),
    "technology in general": (
        r"\b(?:ai|artificial intelligence|chatbots?|robots)\b (?:\w+ ){0,3}(?:replac\w*|"
        r"tak\w* over|going to)",
    ),
}

# Talk about designing the service: counts towards on_scope (weight 1 each).
DESIGN = (
    r"\bthe new (?:service|contract|offer|form|site|pages?|model|provider|spec\w*|front door|"
    r"system|statement|plan)\b",
    r"\bfor the (?:spec|specification|design|contract|new service|offer|plan)\b",
    r"\b(?:should|could|would|must|needs? to) (?:\w+ ){0,2}(?:include|offer|have|be|"
    r"ask|let|make|measure|provide|cover|help|count|require|link|pull|trigger)\b",
    r"\b(?:would|could) (?:really )?(?:help|make (?:a|all the) difference|be (?:good|great|"
    r"better|life changing))\b",
    r"\bplease (?:don'?t|do not|keep|make|test|include|add|let)\b",
    r"\b(?:what|how) (?:about|if) (?:we|the service|there)\b",
    r"\b(?:i'?d|i would|we'?d|we would) (?:want|like|love|swap|push back)\b",
    r"\b(?:outcome|measure|assumption|activity|activities|agenda|journey)\b",
)

# Weight of each general drift topic (default 2).
OFF_TOPIC_WEIGHTS: dict[str, float] = {
    "said to be off topic": 3.0,
    "national politics": 3.0,
    "a personal request to the group": 3.0,
    "another body's job": 1.0,
}

# "Not asking about the rates": words after these are not evidence of drift.
NOT_ABOUT = r"\bnot (?:asking|talking|on|here|going on|wanting to talk|trying to talk) about(?: the| my)?(?: \w+){1,2}"

# Words people use for a topic that the facilitator's out-of-scope item does not spell
# out (issue 20: "paid" and "wage" for "Pay and conditions", "ESA" for "welfare benefit
# changes"). Each leading word of an item (stemmed when read) brings its related words
# into the item: a single word counts drift.OOS_RELATED, two words count as a pair.
OOS_RELATED: dict[str, tuple[str, ...]] = {
    "pay": ("paid", "wage", "wages", "salary", "salaries", "underpaid", "pay rise"),
    "benefit": (
        "pip",
        "esa",
        "dla",
        "universal credit",
        "attendance allowance",
        "pension credit",
        "dwp",
        "jobcentre",
        "sanctioned",
        "sanctions",
        "reassessment",
    ),
    "welfare": ("pip", "esa", "universal credit", "dwp"),
    "housing": ("flat", "tenancy", "landlord", "rent", "bungalow", "move out", "council house"),
    "school": ("schools", "ehcp", "send", "special school", "detention", "teachers", "headteacher"),
    "tribunal": ("tribunal", "appeal", "appeals"),
    "fee": ("fees", "top up", "top-up", "topup"),
    "gp": ("surgery", "receptionist", "doctor's appointment"),
    "a&e": ("trolley", "emergency department", "casualty", "a and e"),
    "ambulance": ("ambulance", "paramedics", "999"),
    "parking": ("car park", "parking", "pay and display"),
    "pension": ("state pension",),
    "charging": ("contribution", "financial assessment", "charges", "charge"),
    "deputyship": ("deputy", "solicitor", "court of protection", "power of attorney"),
    "attorney": ("lpa", "solicitor", "deputyship"),
    "medication": ("tablets", "pills", "prescription", "dose"),
    "clinical": ("doctors", "consultant", "prescribed"),
    "cqc": ("inspection", "inspectors", "rated", "rating", "requires improvement"),
    "research": ("trial", "trials", "scientists", "cure"),
}

# Words of an out_of_scope item too general to show drift on their own.
OOS_GENERAL = frozenset(
    """adult adults child children young people school schools system systems staff policy
    policies rate rates issue issues service services other others national local separate
    covered cover review reviews decision decisions budget budgets specialist support plan
    plans time times consultation workshop individual general wider rest part health nhs
    decided covered commissioned rules rule centre centres building buildings room rooms day days place
    hospital hospitals social care council public age aged over under year years old older
    pathway process website page pages form forms money cost costs""".split()
)

# Design talk that rules out chatter even when a logistics word appears.
NOT_CHATTER = r"\b(?:should|must|needs? to (?!go|leave|head|dash|nip|pop|step|get|collect|pick|find my|grab|charge)|would (?:help|be)|the new|could (?:we|the|there))\b"

# --- scope terms ---------------------------------------------------------------

STOPWORDS = frozenset(
    [
        "a",
        "about",
        "above",
        "after",
        "again",
        "against",
        "all",
        "also",
        "am",
        "an",
        "and",
        "any",
        "are",
        "aren't",
        "as",
        "at",
        "be",
        "because",
        "been",
        "before",
        "being",
        "below",
        "between",
        "both",
        "but",
        "by",
        "can",
        "can't",
        "cannot",
        "could",
        "couldn't",
        "did",
        "didn't",
        "do",
        "does",
        "doesn't",
        "doing",
        "don't",
        "down",
        "during",
        "each",
        "even",
        "ever",
        "every",
        "few",
        "for",
        "from",
        "further",
        "get",
        "gets",
        "getting",
        "got",
        "had",
        "hadn't",
        "has",
        "hasn't",
        "have",
        "haven't",
        "having",
        "he",
        "he'd",
        "he'll",
        "he's",
        "her",
        "here",
        "here's",
        "hers",
        "herself",
        "him",
        "himself",
        "his",
        "how",
        "how's",
        "i",
        "i'd",
        "i'll",
        "i'm",
        "i've",
        "if",
        "in",
        "into",
        "is",
        "isn't",
        "it",
        "it's",
        "its",
        "itself",
        "just",
        "let's",
        "like",
        "lot",
        "lots",
        "me",
        "more",
        "most",
        "much",
        "must",
        "mustn't",
        "my",
        "myself",
        "no",
        "nor",
        "not",
        "now",
        "of",
        "off",
        "on",
        "once",
        "only",
        "or",
        "other",
        "ought",
        "our",
        "ours",
        "ourselves",
        "out",
        "over",
        "own",
        "same",
        "say",
        "says",
        "shan't",
        "she",
        "she'd",
        "she'll",
        "she's",
        "should",
        "shouldn't",
        "so",
        "some",
        "such",
        "than",
        "that",
        "that's",
        "the",
        "their",
        "theirs",
        "them",
        "themselves",
        "then",
        "there",
        "there's",
        "these",
        "they",
        "they'd",
        "they'll",
        "they're",
        "they've",
        "this",
        "those",
        "through",
        "to",
        "too",
        "under",
        "until",
        "up",
        "upon",
        "us",
        "very",
        "was",
        "wasn't",
        "we",
        "we'd",
        "we'll",
        "we're",
        "we've",
        "were",
        "weren't",
        "what",
        "what's",
        "when",
        "when's",
        "where",
        "where's",
        "which",
        "while",
        "who",
        "who's",
        "whom",
        "why",
        "why's",
        "will",
        "with",
        "won't",
        "would",
        "wouldn't",
        "you",
        "you'd",
        "you'll",
        "you're",
        "you've",
        "your",
        "yours",
        "yourself",
        "yourselves",
        "yes",
        "yeah",
        "ok",
        "okay",
        "really",
        "actually",
        "just",
        "etc",
        "eg",
        "ie",
        "one",
        "two",
        "three",
        "first",
        "also",
        "still",
        "well",
        "way",
        "thing",
        "things",
        "take",
        "took",
        "make",
        "made",
        "go",
        "going",
        "gone",
        "come",
        "came",
        "know",
        "think",
        "thought",
        "tell",
        "told",
        "said",
        "see",
        "seen",
        "look",
        "looks",
        "want",
        "wants",
        "wanted",
        "need",
        "needs",
        "needed",
        "new",
        "together",
        "agree",
        "agreed",
        "workshop",
        "workshops",
        "session",
        "sessions",
        "today",
        "will",
        "shall",
        "may",
        "might",
        "us",
        "we'll",
        "around",
        "across",
        "within",
        "without",
        "including",
        "include",
        "includes",
        "what's",
        "whether",
        "able",
        "s",
        "t",
        "re",
        "ve",
        "ll",
        "d",
        "m",
    ]
)

# Words too common in social care talk to show that a message is on the workshop's
# scope (they still count, at a small weight).
COMMON = frozenset(
    [
        "help",
        "people",
        "person",
        "service",
        "services",
        "support",
        "care",
        "council",
        "family",
        "families",
        "time",
        "good",
        "long",
        "term",
        "year",
        "years",
        "day",
        "days",
        "week",
        "weeks",
        "all",
        "every",
        "other",
        "whole",
        "part",
        "stage",
        "stages",
        "local",
        "plan",
        "home",
        "way",
        "work",
        "working",
        "use",
        "using",
        "get",
        "people's",
        "someone",
        "somebody",
        "anyone",
        "right",
        "bit",
        "lot",
        "best",
        "better",
        "like",
        "life",
        "live",
    ]
)


# --- the word model -------------------------------------------------------------
#
# A naive Bayes model over stemmed words and word pairs (drift.model_features), trained
# by ``python bench/bench_drift.py --train`` on every labelled message at hand (the
# dev set and the blind batches of tests/data): safeguarding against everything else.
# It catches disclosures in wording no rule foresaw; the rules above still decide
# most messages and name their cues. Features seen fewer than twice are dropped.
# Text-speak and contractions without their apostrophe, written out before the
# safeguarding cues and the word model read a message (drift.plain).
TEXT_SPEAK = {
    "dont": "don't",
    "didnt": "didn't",
    "doesnt": "doesn't",
    "cant": "can't",
    "wont": "won't",
    "isnt": "isn't",
    "wasnt": "wasn't",
    "wouldnt": "wouldn't",
    "couldnt": "couldn't",
    "shouldnt": "shouldn't",
    "havent": "haven't",
    "hasnt": "hasn't",
    "aint": "ain't",
    "im": "i'm",
    "ive": "i've",
    "hes": "he's",
    "shes": "she's",
    "theyre": "they're",
    "youre": "you're",
    "thats": "that's",
    "theres": "there's",
    "whats": "what's",
    "u": "you",
    "ur": "your",
    "r": "are",
    "y": "why",
    "n": "and",
    "w": "with",
    "wiv": "with",
    "wid": "with",
    "plz": "please",
    "pls": "please",
    "cos": "because",
    "coz": "because",
    "cuz": "because",
    "bc": "because",
    "b4": "before",
    "2day": "today",
    "2nite": "tonight",
    "nite": "night",
    "2moro": "tomorrow",
    "tmrw": "tomorrow",
    "wen": "when",
    "wot": "what",
    "wat": "what",
    "sum1": "someone",
    "sumone": "someone",
    "some1": "someone",
    "ne1": "anyone",
    "no1": "no one",
    "every1": "everyone",
    "ppl": "people",
    "bf": "boyfriend",
    "gf": "girlfriend",
    "bro": "brother",
    "sis": "sister",
    "m8": "mate",
    "m8s": "mates",
    "gonna": "going to",
    "wanna": "want to",
    "gotta": "got to",
    "dunno": "don't know",
    "tho": "though",
    "thru": "through",
    "luv": "love",
    "kno": "know",
    "nuffin": "nothing",
    "nothin": "nothing",
    "sumthing": "something",
    "sumthin": "something",
}
# Word beginnings that open the word model's gate besides HARM_WEAK and CONCERN: broad
# risk vocabulary by stem, so misspelt, text-speak and inflected forms count too.
RISK_STEMS = (
    "hit",
    "hurt",
    "harm",
    "abus",
    "scare",
    "scary",
    "frighten",
    "afraid",
    "terrif",
    "fear",
    "bruis",
    "mark",
    "sore",
    "blood",
    "cut",
    "burn",
    "slap",
    "punch",
    "kick",
    "push",
    "shov",
    "grab",
    "rough",
    "threat",
    "shout",
    "scream",
    "lock",
    "money",
    "pension",
    "bank",
    "card",
    "saving",
    "cash",
    "debt",
    "tablet",
    "pill",
    "meds",
    "medic",
    "overdos",
    "sleep",
    "wake",
    "dead",
    "die",
    "dying",
    "kill",
    "end it",
    "point",
    "better off",
    "food",
    "hungry",
    "starv",
    "meal",
    "cold",
    "alone",
    "fall",
    "fell",
    "floor",
    "secret",
    "tell",
    "nobody",
    "sex",
    "touch",
    "photo",
    "naked",
    "drunk",
    "drink",
    "temper",
    "cope",
    "wander",
    "missing",
)
MODEL_STOPWORDS = (
    "the a an and or of to in on at for is it this that be are was were with as by from"
)
# BEGIN MODEL (generated; do not edit by hand)
MODEL_PRIOR = -0.83
MODEL_WEIGHTS = (
    "#000>:1.73 #0pm>:0.82 #10pm:0.82 #180>:-4.43 #2am>:0.82 #300>:-4.43 #3am>:1.22 "
    "#8am>:-4.43 #999>:0.82 #9pm>:0.82 #<000:2.19 #<10>:6.08 #<10p:0.82 #<11>:-4.43 "
    "#<12>:1.22 #<13>:1.51 #<14>:0.36 #<15>:0.82 #<16>:-0.66 #<17>:-0.08 #<180:-4.43 "
    "#<18>:-0.26 #<19>:0.14 #<20>:0.54 #<22>:0.82 #<25>:0.14 #<2am:0.82 #<300:-4.43 "
    "#<30>:0.82 #<3am:1.22 #<40>:-4.43 #<42>:-4.43 #<48>:-4.43 #<50>:0.14 #<58>:-4.43 "
    "#<80>:-4.43 #<81>:1.51 #<88>:0.82 #<8am:-4.43 #<90>:0.14 #<91>:6.08 #<999:0.82 "
    "#<9pm:0.82 #<abl:-4.43 #<abo:-0.2 #<abr:6.08 #<abs:-4.43 #<abu:-1.6 #<aca:-4.43 "
    "#<acc:0.38 #<act:-1.46 #<add:0.6 #<adu:-0.76 #<adv:-1.22 #<aff:0.82 #<aft:0.31 "
    "#<aga:0.97 #<age:-0.62 #<agi:-4.43 #<ago:-4.43 #<agr:-4.43 #<aid:-4.43 #<all:0.19 "
    "#<alo:1.37 #<alr:-4.43 #<als:6.08 #<alt:-4.43 #<alw:1.79 #<am>:1.15 #<an>:-0.94 "
    "#<and:0.79 #<ang:1.51 #<ann:-4.43 #<ano:-1.09 #<ans:0.42 #<anx:-4.43 #<any:0.29 "
    "#<apo:-4.43 #<app:-1.33 #<apr:-4.43 #<are:-0.25 #<arm:3.39 #<aro:1.91 #<arr:1.22 "
    "#<art:-4.43 #<as>:-0.59 #<ash:-4.43 #<ask:0.82 #<asl:6.08 #<ass:-2.46 #<at>:0.48 "
    "#<att:-0.08 #<aug:-4.43 #<aun:6.08 #<aut:-1.22 #<awa:-4.43 #<awf:-0.26 #<bab:1.51 "
    "#<bac:0.54 #<bad:1 #<bag:-0.55 #<ban:2.01 #<bar:0.82 #<bas:0.42 #<bat:1.51 #<be>:-0.32 "
    "#<bea:-4.43 #<bec:0.91 #<bed:2.06 #<bee:1.1 #<bef:-0.06 #<beg:1.22 #<beh:-0.26 "
    "#<bei:-0.68 #<ben:0.82 #<bes:-4.43 #<bet:0.32 #<big:-1.43 #<bil:-4.43 #<bin:-0.26 "
    "#<bir:0.14 #<bit:-0.46 #<bla:1.51 #<bli:1.51 #<blo:1.22 #<blu:0.82 #<boo:-1.52 "
    "#<bot:1.11 #<bou:6.08 #<box:-0.55 #<boy:3.07 #<bra:-0.26 #<brb:-4.43 #<bre:-0.03 "
    "#<bri:-1.75 #<bro:1.7 #<bru:1.91 #<bud:-0.76 #<bui:-4.43 #<bur:6.08 #<bus:0.61 "
    "#<but:0.17 #<buy:6.08 #<by>:0.33 #<caf:-0.12 #<cal:0.32 #<cam:0.45 #<can:-0.33 "
    "#<cap:-4.43 #<car:0.26 #<cas:1.62 #<cat:0.54 #<cen:-0.4 #<cha:-0.26 #<che:0.49 "
    "#<chi:-4.43 #<cho:-4.43 #<chr:1.22 #<chu:1.51 #<cla:0.82 #<cle:-1.33 #<cli:-0.02 "
    "#<clo:0.47 #<clu:0.04 #<coa:1.91 #<cof:-0.26 #<col:0.82 #<com:0.82 #<con:-1.41 "
    "#<coo:-0.26 #<cop:-1.22 #<cor:-0.94 #<cos:-0.26 #<cou:-0.26 #<cov:-1.22 #<cra:1.22 "
    "#<cre:0.14 #<cri:-0.12 #<cro:6.08 #<cry:6.08 #<cup:0.82 #<cur:0.14 #<cus:-4.43 "
    "#<cut:-1.33 #<dad:0.65 #<dam:0.82 #<dan:-4.43 #<dar:1.91 #<das:-4.43 #<dat:-4.43 "
    "#<dau:0.39 #<day:0.51 #<dea:0.14 #<deb:-0.26 #<dec:-0.37 #<del:1.22 #<dem:-0.18 "
    "#<dep:-0.55 #<des:-0.55 #<det:-0.26 #<dia:-0.26 #<did:-0.58 #<die:-0.26 #<dif:-0.26 "
    "#<dig:-4.43 #<dir:-4.43 #<dis:-0.85 #<do>:-0.11 #<doe:0.68 #<doi:0.67 #<dom:0.14 "
    "#<don:1.11 #<doo:1.51 #<dow:0.97 #<dp>:0.14 #<dra:1.51 #<dre:1.91 #<dri:1.17 #<dro:0.42 "
    "#<due:0.14 #<dur:1.22 #<dus:-4.43 #<dut:-4.43 #<dyi:-4.43 #<eac:0.42 #<ear:-4.43 "
    "#<eas:-0.26 #<eat:2.86 #<edu:-4.43 #<ehc:-4.43 #<eig:0.82 #<eld:-4.43 #<ele:-0.26 "
    "#<eli:-4.43 #<els:0.24 #<ema:-0.46 #<eme:-0.26 #<emp:1.11 #<end:0.32 #<eng:-4.43 "
    "#<enj:-4.43 #<eno:0.54 #<ent:0.82 #<esa:0.82 #<esc:-0.02 #<eso:1.51 #<eve:0.31 "
    "#<evr:6.08 #<ex>:1.91 #<exa:0.14 #<exc:-0.26 #<exh:-4.43 #<exi:6.08 #<exp:-1.98 "
    "#<ext:0.14 #<eye:6.08 #<fac:0.14 #<fai:-0.55 #<fak:-4.43 #<fal:0.97 #<fam:-0.26 "
    "#<far:-0.55 #<fas:0.14 #<fat:0.82 #<feb:-4.43 #<fed:0.82 #<fee:0.66 #<fel:-0.02 "
    "#<few:0.54 #<fif:0.82 #<fig:0.14 #<fil:-0.15 #<fin:0.18 #<fir:-1.22 #<fit:-4.43 "
    "#<fiv:-0.55 #<fix:-0.76 #<fla:1.96 #<fle:-4.43 #<fli:6.08 #<flo:1.33 #<fol:-0.55 "
    "#<foo:1.35 #<for:-0.12 #<fou:0.63 #<fra:-4.43 #<fre:0.42 #<fri:0.95 #<fro:0.45 "
    "#<fue:-4.43 #<ful:-1.33 #<fun:-4.43 #<fur:0.82 #<fus:6.08 #<gam:1.51 #<gap:0.82 "
    "#<gar:6.08 #<gas:6.08 #<gav:0.82 #<gen:0.14 #<get:0.12 #<gir:3.07 #<giv:1.73 #<gla:-0.55 "
    "#<go>:1.44 #<goe:1.59 #<goi:0.55 #<gon:1.79 #<goo:0.05 #<got:0.14 #<gov:-4.43 #<gp>:-1.6 "
    "#<gra:1.6 #<gre:0.42 #<gro:-0.04 #<gut:0.82 #<guy:6.08 #<gym:-4.43 #<had:0.59 #<hal:0.14 "
    "#<han:0.49 #<hap:-0.68 #<har:1.29 #<has:0.88 #<hav:0.39 #<he>:2.06 #<hea:0.1 #<hed:0.82 "
    "#<hel:0.12 #<her:0.9 #<hes:2.26 #<hi>:-0.94 #<hid:6.08 #<hig:-4.43 #<him:1.89 #<his:1.47 "
    "#<hit:1.11 #<hiy:-4.43 #<hoa:0.82 #<hoi:-4.43 #<hol:0.82 #<hom:0.61 #<hon:0.82 "
    "#<hop:6.08 #<hos:-0.55 #<hot:6.08 #<hou:0.39 #<how:-0.1 #<hub:-0.76 #<hun:0.14 "
    "#<hur:1.22 #<hus:0.76 #<id>:-0.3 #<ide:1.11 #<idk:6.08 #<if>:0.24 #<ign:0.82 #<ill:1.51 "
    "#<im>:1.1 #<imp:-0.55 #<in>:0.58 #<ina:-4.43 #<inc:-4.43 #<ind:-4.43 #<inf:-0.76 "
    "#<ins:0.67 #<int:0.02 #<inv:-4.43 #<is>:-0.33 #<isn:-0.15 #<iss:-4.43 #<it>:0.15 "
    "#<its:0.16 #<ive:1.12 #<jak:-4.43 #<jan:-4.43 #<jea:6.08 #<jo>:-4.43 #<joa:-0.26 "
    "#<job:0.14 #<joi:0.82 #<jok:-0.55 #<jou:0.14 #<jun:-0.55 #<jus:0.45 #<kee:1.58 "
    "#<kep:0.82 #<kev:6.08 #<key:1.66 #<kic:1.33 #<kid:0.14 #<kil:-4.43 #<kin:0.82 #<kit:1.51 "
    "#<kne:0.82 #<kno:-0.06 #<la>:-4.43 #<lac:-4.43 #<lad:1.91 #<lan:-0.55 #<lap:-4.43 "
    "#<las:0.78 #<lat:-0.26 #<lau:6.08 #<law:6.08 #<lea:0.25 #<lef:0.6 #<leg:1.91 #<lei:-4.43 "
    "#<len:6.08 #<les:-0.26 #<let:0.82 #<lib:1 #<lif:0.14 #<lig:1.51 #<lik:-0.11 #<lim:-4.43 "
    "#<lin:-1.09 #<lip:6.08 #<lis:-1.16 #<lit:1.33 #<liv:0.73 #<loa:-4.43 #<loc:1.91 "
    "#<lol:-0.26 #<lon:-0.33 #<loo:0.42 #<los:-0.02 #<lot:0.14 #<lou:-0.94 #<lov:-0.86 "
    "#<luc:-4.43 #<lun:0.14 #<mac:0.42 #<mad:-0.26 #<mai:-4.43 #<mak:0.95 #<man:1.36 "
    "#<mar:0.64 #<mas:-4.43 #<may:-1.09 #<me>:0.84 #<mea:0.68 #<med:0.42 #<mee:-1.52 "
    "#<mem:-0.42 #<men:1.51 #<mes:2.19 #<mic:-0.26 #<mid:-4.43 #<mig:0.82 #<mil:0.14 "
    "#<min:-0.55 #<mis:-1.02 #<moa:0.82 #<mom:-4.43 #<mon:0.46 #<mor:0.34 #<mos:0.69 "
    "#<mot:0.32 #<mou:0.14 #<mov:1.73 #<mr>:6.08 #<mrs:6.08 #<muc:0.92 #<mud:6.08 #<mum:0.73 "
    "#<mur:-4.43 #<mus:-0.55 #<mut:-4.43 #<my>:0.68 #<mys:1.22 #<nam:-0.76 #<nan:6.08 "
    "#<nat:-4.43 #<nea:-4.43 #<nec:6.08 #<nee:-1.05 #<neg:-4.43 #<nei:1.51 #<nep:6.08 "
    "#<nev:0.51 #<new:0.58 #<nex:0.95 #<nhs:-4.43 #<nic:6.08 #<nig:1.91 #<nin:-0.55 "
    "#<no>:0.66 #<nob:-0.14 #<noi:-4.43 #<non:-0.26 #<nor:1.51 #<not:0.52 #<nov:-4.43 "
    "#<now:0.5 #<num:0.42 #<nur:0.32 #<ocl:0.82 #<of>:0.39 #<off:0.27 #<oft:-0.55 #<oh>:-4.43 "
    "#<ok>:-4.43 #<oka:1.51 #<old:0.67 #<on>:0.48 #<onc:-1.22 #<one:0.65 #<onl:0.47 #<ope:0.6 "
    "#<opp:-4.43 #<opt:0.14 #<ot>:-4.43 #<oth:0.6 #<our:-0.38 #<out:0.61 #<ove:0.99 "
    "#<owe:1.51 #<own:0.24 #<pa>:0.62 #<pac:-1.09 #<pad:6.08 #<pag:-1.52 #<pai:0.42 "
    "#<pal:-4.43 #<pan:-4.43 #<pap:-0.55 #<par:0.14 #<pas:-0.11 #<pat:-0.5 #<pau:-4.43 "
    "#<pee:0.14 #<pen:1.37 #<peo:-0.67 #<per:-1.9 #<pet:0.82 #<pha:-4.43 #<pho:0.5 #<pic:0.36 "
    "#<pil:6.08 #<pin:1.91 #<pip:-0.55 #<pla:-0.39 #<ple:-0.42 #<poi:0.47 #<pol:-0.66 "
    "#<poo:-4.43 #<pop:-0.55 #<pos:2.06 #<pot:1.51 #<pou:6.08 #<pow:1.51 #<pre:1.51 "
    "#<pri:-1.33 #<pro:-0.68 #<pub:-0.55 #<pul:1.33 #<pun:1.51 #<pus:0.54 #<put:0.82 "
    "#<que:0.32 #<qui:0.82 #<rai:-1.09 #<ram:0.14 #<ran:0.14 #<rat:0.6 #<rea:0.19 #<rec:0.42 "
    "#<red:0.14 #<ref:-1.04 #<reg:0.82 #<rel:-4.43 #<rem:0.42 #<ren:-0.08 #<rep:-0.06 "
    "#<res:-1.68 #<ret:0.42 #<rev:-0.76 #<rhy:0.14 #<rig:-0.94 #<rin:0.7 #<ris:-4.43 "
    "#<rn>:1.51 #<roa:-0.76 #<rob:-4.43 #<ron:6.08 #<roo:1.61 #<rou:0.95 #<run:-1.33 "
    "#<rus:-4.43 #<saf:-0.26 #<sai:2.04 #<sam:0.27 #<san:0.42 #<sat:-0.26 #<sav:0.6 "
    "#<saw:1.91 #<say:1.61 #<sca:-0.11 #<sch:-0.42 #<sco:0.82 #<scr:0.27 #<sec:0.54 "
    "#<see:0.49 #<sel:-0.66 #<sen:-0.64 #<sep:-1.09 #<ser:-0.66 #<ses:-0.94 #<set:0.42 "
    "#<sev:1.51 #<sha:-0.08 #<she:1.45 #<sho:-0.28 #<shu:0.82 #<sic:0.82 #<sid:0.82 "
    "#<sig:0.24 #<sim:-4.43 #<sin:1.36 #<sis:1.07 #<sit:0.54 #<six:-0.08 #<sle:2.97 "
    "#<sli:-4.43 #<slo:0.42 #<sma:0.14 #<sme:6.08 #<smo:-4.43 #<so>:0.16 #<soc:-4.43 "
    "#<sof:1.51 #<sol:-4.43 #<som:0.05 #<son:0.32 #<sor:-0.19 #<sou:-0.08 #<spa:0.82 "
    "#<spe:-0.59 #<spo:-4.43 #<spr:-4.43 #<st>:-4.43 #<sta:0.71 #<ste:0.82 #<sti:0.45 "
    "#<sto:0.69 #<str:0.38 #<stu:1.51 #<sub:-0.26 #<sud:-4.43 #<sum:1.51 #<sun:2.19 #<sup:0.7 "
    "#<sur:0.27 #<sus:-4.43 #<swa:-4.43 #<swi:1.51 #<sys:-4.43 #<tab:1.57 #<tak:0.91 "
    "#<tal:-2.12 #<tar:-4.43 #<tax:-4.43 #<tbh:1.51 #<tea:0.51 #<tee:6.08 #<tel:0.97 "
    "#<tem:0.82 #<ten:0.82 #<ter:-0.76 #<tes:-0.26 #<tet:0.82 #<tex:0.42 #<tha:-0.67 "
    "#<the:0.12 #<thi:0.22 #<tho:0.62 #<thr:0.4 #<thu:0.14 #<tic:-4.43 #<til:0.82 #<tim:-0.12 "
    "#<tin:1.51 #<tir:0.54 #<to>:0.24 #<toa:0.82 #<tod:-1.02 #<tog:0.82 #<toi:-0.08 #<tol:0.6 "
    "#<tom:0.82 #<ton:0.42 #<too:0.46 #<top:-0.94 #<tou:0.82 #<tow:-4.43 #<tra:-1.07 "
    "#<tre:-4.43 #<tri:-0.76 #<tro:1.33 #<tru:-0.08 #<try:-0.55 #<tue:-0.02 #<tur:0.02 "
    "#<tut:-0.26 #<twe:-4.43 #<twi:-0.08 #<two:-0.39 #<typ:-4.43 #<um>:1.51 #<unc:6.08 "
    "#<und:-0.55 #<uni:-0.76 #<unl:0.42 #<unp:-4.43 #<unt:1.42 #<up>:0.28 #<upd:-4.43 "
    "#<ups:1.22 #<urg:0.14 #<us>:-0.4 #<use:0.14 #<usi:0.82 #<van:6.08 #<ven:-4.43 #<ver:0.82 "
    "#<vid:-4.43 #<vil:-4.43 #<vis:0.54 #<voi:0.82 #<vol:0.67 #<wag:0.42 #<wai:-2.08 "
    "#<wak:6.08 #<wal:0.82 #<wan:-0.42 #<war:-0.15 #<was:-0.27 #<wat:0.82 #<way:0.14 "
    "#<we>:-0.39 #<wea:0.82 #<web:-4.43 #<wed:0.14 #<wee:0.63 #<wei:6.08 #<wel:-0.42 "
    "#<wen:0.21 #<wer:-0.18 #<wet:6.08 #<wev:-0.66 #<wha:-0.39 #<whe:0.89 #<whi:0.97 "
    "#<who:-0.05 #<why:-0.76 #<wid:6.08 #<wif:0.14 #<wil:-1.43 #<win:0.42 #<wit:0.26 "
    "#<wom:1.04 #<won:1.42 #<wor:-0.35 #<wou:-0.4 #<wri:0.14 #<wro:-1.02 #<yea:-0.08 "
    "#<yes:0.94 #<yet:-4.43 #<you:-0.63 #abbe:6.08 #abil:-0.08 #able:0.2 #ably:6.08 "
    "#abou:-0.16 #abro:6.08 #abso:-4.43 #abus:-1.6 #acad:-4.43 #acce:-0.26 #acci:-4.43 "
    "#acco:0.7 #ace>:0.14 #aceb:-0.26 #aced:-4.43 #acem:-4.43 #aces:-1.33 #ach>:0.47 "
    "#ache:1.22 #achi:1.22 #acit:-4.43 #ack>:0.54 #acka:-0.76 #acke:-0.26 #act>:-1.68 "
    "#acti:-0.94 #actl:-4.43 #acto:-0.55 #acts:-4.43 #actu:-1.71 #acy>:-4.43 #add>:0.82 "
    "#adde:0.82 #addr:0.14 #ade>:0.54 #adem:-4.43 #adge:0.14 #adin:0.82 #adnt:1.22 #ads>:0.98 "
    "#adul:-0.76 #adva:-4.43 #adve:-4.43 #advi:-0.55 #ady>:0.27 #afe>:-0.03 #afeg:-4.43 "
    "#afek:6.08 #aff>:0.09 #affi:-4.43 #afle:-4.43 #afor:6.08 #afte:0.31 #agai:0.97 "
    "#age>:-0.81 #aged:0.14 #agen:-0.26 #ager:0.32 #ages:-0.2 #agin:1.51 #agit:-4.43 "
    "#agno:-0.08 #ago>:-4.43 #agra:0.82 #agre:-4.43 #aid>:1.1 #aids:-4.43 #aigh:2.19 "
    "#ail>:0.02 #aile:-4.43 #ails:-0.55 #ain>:0.27 #aine:-0.55 #aini:-1.33 #ains:1.33 "
    "#aint:-0.26 #air>:1.82 #airs:1.15 #aise:-4.43 #aite:-4.43 #aiti:-4.43 #ake>:0.95 "
    "#aken:-0.42 #akes:1.66 #akfa:0.82 #akin:0.22 #aks>:-0.76 #alat:-0.76 #alf>:0.36 "
    "#alin:-4.43 #alk>:-1.87 #alke:-0.94 #alki:-0.02 #all>:0.18 #alle:-4.43 #alli:1.11 "
    "#allo:-0.12 #alls:1.29 #ally:-0.17 #alon:1.22 #alre:-4.43 #als>:-0.55 #also:6.08 "
    "#alt>:-4.43 #alth:-0.26 #alwa:1.79 #ama>:-4.43 #ame>:0.39 #amed:-0.76 #amer:0.82 "
    "#ames:6.08 #amhs:-4.43 #amil:-0.26 #amin:6.08 #amme:0.14 #amp>:1.22 #ams>:-1.52 "
    "#anag:-0.04 #anat:-4.43 #ance:-1.3 #anch:0.14 #anci:-4.43 #and>:0.75 #anda:-1.09 "
    "#ande:0.82 #andi:-0.55 #andk:0.82 #andl:-0.26 #ands:2.19 #andw:1.51 #anel:-4.43 "
    "#ang>:0.14 #ange:0.32 #angi:-0.94 #angr:1.51 #angu:-4.43 #anic:-4.43 #anit:0.14 "
    "#ank>:1.39 #anki:6.08 #anks:-4.43 #anne:-4.43 #anni:0.14 #anno:-4.43 #anor:-4.43 "
    "#anot:-1.09 #ans>:-0.55 #ansi:-0.55 #ansp:-1.43 #answ:0.42 #ant>:-0.11 #ante:0.82 "
    "#anti:-4.43 #ants:0.54 #anua:-4.43 #anwh:-4.43 #anxi:-4.43 #any>:0.14 #anym:6.08 "
    "#anyo:-0.35 #anyt:1.62 #anyw:1 #apac:-4.43 #ape>:-4.43 #aper:-0.55 #apie:-4.43 "
    "#apol:-4.43 #app>:-0.26 #appa:-4.43 #appe:-0.86 #appl:-4.43 #appo:-0.94 #appr:-4.43 "
    "#appy:-0.26 #apri:-4.43 #apto:-4.43 #arat:0.14 #arch:-0.55 #arcu:-4.43 #ard>:0.69 "
    "#arde:6.08 #ardi:-1.6 #ards:0.14 #are>:-0.37 #area:-4.43 #ared:0.29 #aren:-0.76 "
    "#arer:0.07 #ares:0.82 #aret:0.14 #arga:-4.43 #arge:-1.3 #argi:-4.43 #arie:0.82 "
    "#arin:0.02 #arit:-4.43 #ark>:1.33 #arki:-4.43 #arks:6.08 #arli:-4.43 #arly:-4.43 "
    "#arm>:0.72 #arma:-4.43 #arms:6.08 #arn>:-4.43 #arne:1.51 #arni:0.49 #arnt:-4.43 "
    "#arou:1.91 #arra:-4.43 #arri:1.73 #arry:0.42 #ars>:-0.12 #arsh:-4.43 #art>:-0.26 "
    "#arte:2.19 #arti:0.82 #artn:6.08 #arts:-4.43 #arvi:0.82 #ary>:0.42 #ase>:-0.35 "
    "#ased:-4.43 #ash>:1.14 #ashc:-4.43 #ashe:1.51 #ashi:6.08 #asic:0.82 #asie:1.91 "
    "#ask>:0.51 #aske:0.42 #aski:1.22 #asks:2.41 #asle:6.08 #asnt:0.82 #ason:0.82 #ass>:1 "
    "#asse:-1.14 #assi:-4.43 #assp:1.51 #assu:-4.43 #assw:-4.43 #ast>:0.7 #aste:-0.08 "
    "#asti:-4.43 #asto:-4.43 #asur:-0.02 #asy>:-1.09 #atch:-0.37 #ate>:-0.74 #ated:-1.33 "
    "#atel:0.14 #atem:6.08 #aten:1.22 #ater:0.82 #ates:0.27 #athe:0.82 #athr:2.41 #aths:-4.43 "
    "#athw:-0.94 #atie:-1.43 #atin:1 #atio:-1.09 #ativ:-1.09 #atoe:0.82 #ator:0.82 "
    "#ats>:-0.61 #atta:-4.43 #atte:-0.18 #attl:-4.43 #atto:1.51 #atur:0.42 #augh:0.44 "
    "#augu:-4.43 #aul>:-4.43 #aunt:6.08 #ause:1.01 #aust:-4.43 #auti:-1.09 #ave>:0.5 "
    "#aved:-4.43 #avel:-0.55 #aven:0.82 #aves:6.08 #avin:-0.15 #away:-4.43 #awer:6.08 "
    "#awfu:-0.26 #axi>:-4.43 #aybe:-4.43 #ayda:6.08 #ayed:0.14 #ayin:0.82 #ayli:-4.43 "
    "#ayme:-1.09 #ayro:-4.43 #ays>:1.32 #babl:6.08 #baby:6.08 #back:0.54 #bad>:1.33 "
    "#badg:0.14 #bag>:-0.55 #ball:-4.43 #band:0.7 #bang:1.51 #bank:2.58 #bann:-4.43 "
    "#barr:-4.43 #basi:0.82 #bath:2.58 #batt:-4.43 #bbed:6.08 #bber:-4.43 #beca:1.04 "
    "#beco:-4.43 #bed>:2.19 #bedr:6.08 #beds:0.14 #been:1.12 #befo:0.08 #befr:-0.76 "
    "#begg:6.08 #begi:-4.43 #behi:0.14 #bein:-0.76 #bene:0.82 #ber>:-0.26 #bers:0.82 "
    "#bery:-4.43 #best:-4.43 #bett:0.27 #betw:0.42 #big>:-4.43 #bigg:-0.55 #bili:-0.55 "
    "#bill:-4.43 #bing:-4.43 #bins:-4.43 #birt:0.14 #bit>:-0.55 #blac:1.22 #ble>:-0.59 "
    "#bled:-1.43 #blem:-0.46 #blet:1.57 #blic:0.14 #blin:0.82 #blok:6.08 #blue:0.14 "
    "#bly>:6.08 #bmit:-0.26 #boar:6.08 #body:-0.09 #book:-1.09 #both:0.82 #boun:1.51 "
    "#bour:1.37 #bout:-0.16 #box>:0.42 #boyf:2.97 #bran:0.14 #brar:1 #brb>:-4.43 #brea:-0.11 "
    "#bril:-4.43 #brin:-0.76 #broa:1.51 #brok:0.82 #brot:1.79 #brou:6.08 #brua:-4.43 "
    "#brui:1.91 #bsit:-4.43 #bsol:-4.43 #budg:-0.76 #buil:-4.43 #buna:-4.43 #burn:6.08 "
    "#bury:-4.43 #bus>:0.82 #buse:-1.81 #busi:0.14 #busy:0.82 #but>:0.21 #buti:-4.43 "
    "#butt:0.14 #buy>:6.08 #cade:-4.43 #cafe:-0.04 #cal>:-4.43 #cala:-0.76 #call:0.14 "
    "#calm:6.08 #came:0.82 #camh:-4.43 #cams:-4.43 #can>:-0.8 #canc:-1.75 #cand:-4.43 "
    "#cann:-4.43 #cant:0.76 #capa:-4.43 #car>:1.07 #card:1.76 #care:-0.02 #cari:0.82 "
    "#carr:0.82 #case:0.42 #cash:2.73 #cat>:1.51 #catc:-4.43 #cate:-4.43 #cati:-0.66 "
    "#caus:1.01 #ccep:0.14 #cces:0.82 #ccid:-4.43 #ccou:0.82 #cebo:-0.26 #ced>:-0.26 "
    "#cel>:-4.43 #cell:-1.43 #ceme:-4.43 #cent:-0.44 #cept:0.14 #cer>:0.14 #cern:-4.43 "
    "#ces>:-0.46 #cess:-0.55 #chai:1.51 #chan:0.27 #char:-1.38 #chas:-4.43 #chat:-4.43 "
    "#chec:0.51 #ched:0.82 #chem:-4.43 #chen:2.58 #cheq:0.82 #cher:0.42 #ches:6.08 "
    "#chil:-4.43 #chin:1.51 #choo:-0.37 #chos:-4.43 #chri:1.22 #chti:0.14 #chur:1.51 "
    "#chy>:-4.43 #cial:-2.24 #cide:0.54 #cies:-0.26 #cil>:-1.56 #cine:0.82 #cisi:-4.43 "
    "#cito:-4.43 #city:-4.43 #ckag:-0.76 #cked:1.66 #cker:-4.43 #cket:0.14 #ckin:0.36 "
    "#ckli:-4.43 #cks>:2.1 #clas:0.82 #cle>:0.82 #clea:-1.33 #cles:6.08 #clim:0.82 "
    "#clin:-0.76 #cloc:0.14 #clos:-0.37 #clot:2.19 #club:0.14 #clud:-4.43 #clus:-4.43 "
    "#coac:0.82 #coat:6.08 #coff:-0.26 #cogn:6.08 #cold:1.51 #coll:0.67 #comb:-4.43 "
    "#come:0.95 #comi:1.51 #comm:-0.7 #comp:0.08 #conc:-4.43 #cond:0.82 #conf:-4.43 "
    "#cons:-4.43 #cont:-0.9 #conv:-4.43 #cook:-0.55 #coor:0.14 #cope:-0.55 #copi:0.82 "
    "#copy:-4.43 #cord:-0.55 #corr:-4.43 #cort:0.82 #cost:-0.26 #coul:-0.13 #coun:-0.21 "
    "#cour:-0.04 #cove:-1.22 #cras:0.82 #crat:1.51 #crea:1.51 #cred:0.82 #cree:-4.43 "
    "#crie:6.08 #crim:-4.43 #crip:0.82 #cris:-1.22 #crit:-4.43 #cros:1.51 #cryi:6.08 "
    "#cted:-0.76 #ctio:-1.43 #ctiv:-0.76 #ctly:-4.43 #ctor:-0.94 #ctri:6.08 #cts>:0.14 "
    "#ctua:-1.71 #ctur:-0.94 #cult:0.82 #cup>:0.82 #cupb:6.08 #cupp:-4.43 #curr:-4.43 "
    "#cus>:-4.43 #cust:-4.43 #cut>:-1.09 #cutt:-4.43 #dad>:0.82 #dads:0.82 #dal>:-4.43 "
    "#damp:0.82 #danc:-4.43 #dang:-4.43 #dard:-0.76 #dark:6.08 #dash:-4.43 #date:-4.43 "
    "#daug:0.39 #day>:0.37 #dayl:-4.43 #days:0.91 #dden:0.82 #ddle:1.22 #ddre:0.14 #dea>:1.51 "
    "#deal:0.14 #debt:0.82 #deci:-0.15 #ded>:0.04 #dela:-4.43 #deli:6.08 #deme:-0.13 "
    "#demi:-4.43 #den>:6.08 #denc:-4.43 #denl:-4.43 #dent:-1.52 #deo>:-4.43 #depe:-4.43 "
    "#depu:-4.43 #der>:0.29 #derf:-4.43 #deri:0.14 #derl:-4.43 #ders:-4.43 #des>:0.42 "
    "#desi:-4.43 #deta:0.14 #dge>:-0.76 #dget:-4.43 #diag:-0.08 #dica:-1.09 #did>:-1.22 "
    "#didn:-0.12 #die>:0.82 #died:-0.76 #diff:-0.26 #digi:-4.43 #dina:0.14 #ding:-0.33 "
    "#dire:-0.76 #disa:-0.83 #disc:-0.81 #disg:-4.43 #dist:0.14 #dit>:0.14 #dkid:0.82 "
    "#dle>:0.82 #dler:0.82 #dlin:-4.43 #dly>:0.14 #dnes:1.22 #dnig:-4.43 #dnt>:0.33 "
    "#does:0.68 #doin:0.67 #dome:-4.43 #done:-1.09 #dont:1.33 #door:1.51 #dow>:0.82 "
    "#down:0.82 #draw:6.08 #drea:0.82 #dred:0.82 #dren:-4.43 #dres:0.82 #drin:2.41 #driv:0.47 "
    "#droo:6.08 #drop:0.49 #drow:0.82 #dson:6.08 #duca:-4.43 #due>:0.14 #dult:-0.76 "
    "#duri:0.82 #dust:-4.43 #duty:-4.43 #dvan:-4.43 #dver:-4.43 #dvic:-4.43 #dvis:0.14 "
    "#dwic:1.51 #dyin:-4.43 #dys>:0.42 #eabl:-0.42 #each:0.82 #ead>:0.39 #eadi:0.82 "
    "#eady:-0.26 #eafl:-4.43 #eak>:0.08 #eakf:0.82 #eaki:-4.43 #eaks:-0.76 #eal>:0.42 "
    "#eali:-4.43 #eall:0.51 #eals:0.42 #ealt:-0.76 #eam>:-0.86 #eams:-4.43 #ean>:1.11 "
    "#eans:-4.43 #eant:1.51 #eanw:-4.43 #ear>:-0.17 #eard:-4.43 #eari:-0.55 #earl:-4.43 "
    "#earn:0.37 #ears:-0.12 #eart:0.82 #eas>:0.82 #ease:-0.42 #easi:1.22 #easo:0.82 "
    "#eass:-4.43 #east:-0.08 #easu:-0.02 #easy:-1.09 #eat>:1.04 #eate:-0.02 #eati:1.22 "
    "#eave:1.3 #eavi:-4.43 #ebod:-0.26 #eboo:-0.26 #ebru:-4.43 #ebsi:-4.43 #ebt>:0.82 "
    "#ecau:1.01 #ecep:-4.43 #ecia:-0.26 #ecid:0.82 #ecis:-4.43 #eck>:0.32 #ecke:0.14 "
    "#eckl:-4.43 #ecks:1.91 #ecog:6.08 #ecom:-4.43 #econ:0.82 #ecor:-4.43 #ect>:-1.75 "
    "#ecte:-0.55 #ecti:-4.43 #ectl:-4.43 #ectr:6.08 #eded:0.14 #edic:-0.42 #edit:0.82 "
    "#edne:1.91 #edro:6.08 #eds>:-0.65 #educ:-4.43 #eed>:-0.9 #eede:0.14 #eeds:-1.09 "
    "#eein:2.19 #eek>:0.78 #eeke:0.42 #eeks:0.24 #eel>:0.42 #eeli:0.14 #eels:1.51 #een>:1.02 "
    "#eep>:1.87 #eepi:1.76 #eeps:1.95 #eepy:6.08 #eer>:1.37 #eers:-0.94 #ees>:1.51 #eet>:0.42 "
    "#eeti:-4.43 #eeve:6.08 #eezi:6.08 #efer:-1.52 #efit:0.82 #efor:0.02 #efri:-0.76 "
    "#eft>:0.47 #eful:-0.76 #efun:-4.43 #efus:6.08 #ege>:0.82 #egge:6.08 #egin:-4.43 "
    "#egis:-4.43 #egle:-4.43 #egs>:1.22 #egua:-4.43 #egul:6.08 #ehcp:-4.43 #ehin:0.14 "
    "#eigh:1.6 #eing:-0.23 #eir>:-0.37 #eisu:-4.43 #eith:0.82 #ekee:6.08 #eken:0.42 "
    "#eks>:0.24 #elat:-4.43 #elay:-4.43 #elco:0.82 #eld>:-0.26 #elde:-4.43 #elec:0.82 "
    "#eles:-4.43 #elev:-4.43 #elf>:0.99 #elig:-4.43 #elin:-0.94 #eliv:6.08 #ell>:1.08 "
    "#ella:1.51 #ellb:-4.43 #elle:-1.43 #elli:1.73 #ello:-0.94 #ells:-0.08 #elp>:-0.03 "
    "#elpe:-0.94 #elpf:0.82 #elpi:-4.43 #elps:0.14 #els>:0.82 #else:0.24 #elt>:-4.43 "
    "#elve:-4.43 #ely>:-1.19 #emai:-0.46 #eman:2.19 #embe:-0.66 #eme>:-4.43 #emem:-0.26 "
    "#emen:-0.01 #emer:-0.26 #emie:-4.43 #emis:-4.43 #emor:-0.42 #empe:6.08 #empl:-0.55 "
    "#empt:6.08 #ems>:-4.43 #enan:0.42 #ence:-4.43 #enci:0.82 #ency:0.02 #end>:1.08 "
    "#enda:-4.43 #ende:-0.26 #endi:-0.26 #endl:-0.76 #ends:0.6 #ened:0.73 #enef:0.82 "
    "#ener:-0.76 #enev:6.08 #enew:-4.43 #enge:0.14 #engl:-4.43 #enin:0.45 #enjo:-4.43 "
    "#enly:-4.43 #enny:6.08 #enou:0.54 #ens>:-0.34 #ensa:-4.43 #ensi:0.82 #ent>:-0.55 "
    "#enta:0.82 #enti:-0.16 #entl:1.51 #entr:-0.3 #ents:-0.06 #enui:-4.43 #eone:-1.48 "
    "#eopl:-0.67 #eory:0.82 #epai:2.41 #epar:-0.26 #epea:0.82 #epen:-4.43 #ephe:6.08 "
    "#epin:1.76 #epla:-4.43 #epli:-4.43 #epor:-0.42 #eps>:1.83 #ept>:2.41 #epte:-4.43 "
    "#epti:-4.43 #eput:-4.43 #epy>:6.08 #eque:0.82 #equi:-4.43 #era>:0.14 #eral:-4.43 "
    "#erap:-4.43 #erat:0.42 #erda:2.58 #ere>:0.04 #ered:0.6 #eren:-1.09 #eres:1.18 "
    "#erfe:-4.43 #erfu:0.14 #erge:-0.26 #eria:-4.43 #erie:-0.26 #erin:0.54 #erio:0.82 "
    "#erly:-0.15 #erm>:-4.43 #ern>:0.14 #erni:-0.42 #ernm:-4.43 #erno:-0.76 #erpa:-4.43 "
    "#erra:-0.76 #erre:-4.43 #erri:-0.08 #ers>:-0.1 #ersa:-4.43 #erse:6.08 #erso:-1.6 "
    "#ersp:-4.43 #erst:-4.43 #ert>:-4.43 #ervi:-0.84 #erwa:-4.43 #ery>:0.54 #eryo:-0.7 "
    "#eryt:-0.33 #esa>:0.82 #esca:-0.76 #esco:0.82 #esda:0.67 #ese>:-0.76 #esid:-0.76 "
    "#esig:-4.43 #esnt:1.51 #esol:1.51 #espe:1.51 #espi:-1.22 #espo:-4.43 #ess>:-0.02 "
    "#essa:6.08 #esse:-1.09 #essi:-0.42 #essm:-2.34 #esso:0.82 #est>:-0.18 #este:1.91 "
    "#esti:-0.26 #estl:0.42 #etai:0.14 #eted:-4.43 #etel:-4.43 #eter:0.14 #ethe:0.36 #ethi:1 "
    "#etic:0.82 #etim:1.79 #etin:-4.43 #etro:0.82 #ets>:0.61 #ette:0.28 #etti:0.6 #ettl:6.08 "
    "#etur:1.51 #etwe:0.42 #ety>:0.82 #eve>:-0.26 #even:0.76 #ever:0.16 #eves:6.08 "
    "#evie:-0.66 #evry:6.08 #ewal:-4.43 #ewed:-4.43 #ewhe:0.82 #ewor:0.82 #ews>:1.51 "
    "#exac:-4.43 #exam:0.82 #excl:-4.43 #exha:-4.43 #exib:-4.43 #expl:-1.93 #ext>:0.7 "
    "#extr:0.14 #exts:0.82 #eye>:6.08 #eyre:-0.2 #eys>:-0.26 #eyve:-0.55 #ezin:6.08 "
    "#face:0.14 #fail:-4.43 #fair:0.42 #fake:-4.43 #fall:0.97 #fami:-0.26 #far>:-0.55 "
    "#fast:0.82 #fath:0.14 #febr:-4.43 #fect:-4.43 #fed>:0.82 #fee>:0.42 #feel:0.42 "
    "#fegu:-4.43 #feke:6.08 #feli:-4.43 #fell:0.54 #felt:-4.43 #fer>:-0.15 #fere:-1.43 "
    "#ferr:-4.43 #few>:0.82 #ffee:-0.26 #ffer:-1.75 #ffic:0.64 #fic>:-4.43 #fice:1.11 "
    "#ficu:0.82 #fide:-4.43 #fied:-0.08 #fiel:-4.43 #fift:0.82 #figh:0.14 #file:-4.43 "
    "#fill:-0.55 #fina:-0.94 #find:-1.43 #fine:1.04 #fing:1.91 #fini:0.82 #firm:-4.43 "
    "#firs:-1.02 #fit>:-4.43 #five:-0.55 #fix>:0.14 #fixe:-4.43 #flat:2.14 #flet:-4.43 "
    "#flex:-4.43 #flin:6.08 #floo:1.33 #foll:-0.26 #food:2.19 #foot:-4.43 #for>:-0.02 "
    "#fore:0.02 #forg:-4.43 #form:-1.43 #fort:-0.94 #foru:0.82 #forw:0.14 #foun:1.42 "
    "#four:-0.26 #frac:-4.43 #free:-0.08 #fren:6.08 #frid:0.97 #frie:1.02 #frig:1.51 "
    "#from:0.5 #fron:0.49 #froz:-4.43 #ften:-0.55 #fter:0.31 #fts>:0.82 #fuel:-4.43 "
    "#ful>:-0.46 #full:-0.26 #fund:-4.43 #funn:-4.43 #fuse:-4.43 #fusi:1.51 #fuss:6.08 "
    "#gage:0.82 #gain:0.97 #game:0.82 #gap>:0.82 #gard:6.08 #gare:0.14 #gas>:6.08 #gate:-4.43 "
    "#gave:0.82 #ged>:-0.4 #genc:-0.08 #gend:-4.43 #gene:-4.43 #gent:1.51 #genu:-4.43 "
    "#ger>:0.67 #gers:0.14 #gery:-4.43 #ges>:-0.03 #gest:-4.43 #get>:0.03 #gete:-4.43 "
    "#geth:0.14 #gets:0.19 #gett:0.47 #gged:0.82 #gger:-0.55 #gges:-4.43 #ggli:-4.43 "
    "#ghbo:1.37 #ght>:1.24 #ghte:0.73 #ghti:1.51 #ghtl:-4.43 #ghtm:-4.43 #ghts:1.11 "
    "#gibl:-4.43 #ging:0.14 #ginn:-4.43 #girl:3.07 #gist:-4.43 #gita:-4.43 #give:1.33 "
    "#givi:6.08 #glas:-0.55 #gle>:-4.43 #glec:-4.43 #glin:-4.43 #glis:-4.43 #gned:-4.43 "
    "#gnis:6.08 #gnor:0.82 #gnos:-0.08 #gnpo:-4.43 #gns>:0.42 #goes:1.59 #goin:0.55 "
    "#gone:1.79 #good:0.14 #goog:-4.43 #got>:0.11 #gove:-4.43 #grab:2.06 #grac:-4.43 "
    "#gram:0.82 #gran:1.11 #grap:-4.43 #grea:0.6 #gree:-4.43 #grou:-0.04 #gry>:1.51 "
    "#guag:-4.43 #guar:-4.43 #gula:6.08 #gust:-4.43 #gym>:-4.43 #had>:0.54 #hadn:1.22 "
    "#hair:1.51 #half:0.36 #han>:0.54 #hand:0.82 #hang:0.25 #hank:-4.43 #hape:-4.43 "
    "#happ:-0.68 #hard:6.08 #hare:-4.43 #harg:-1.33 #hari:-4.43 #harm:-4.43 #harp:6.08 "
    "#has>:0.9 #hase:-4.43 #hasn:0.69 #hat>:-0.55 #hats:-0.58 #haus:-4.43 #have:0.43 "
    "#havi:-4.43 #hbou:1.37 #hcom:-4.43 #hcp>:-4.43 #hday:0.14 #head:1.22 #heal:-0.26 "
    "#hear:-0.61 #heat:1.33 #heck:0.51 #hed>:0.92 #heel:0.82 #heir:-0.37 #hell:1.73 "
    "#help:-0.13 #hem>:0.17 #heme:-4.43 #hemi:-4.43 #hen>:0.92 #hene:6.08 #heor:0.82 "
    "#hequ:0.82 #her>:1.18 #hera:-4.43 #here:0.34 #hers:1.29 #hes>:2.21 #hese:-0.76 "
    "#heth:0.32 #heti:0.82 #hew>:6.08 #hey>:-0.08 #heyr:-0.2 #heyv:-0.55 #hich:0.27 "
    "#hidd:6.08 #hide:6.08 #hidi:6.08 #high:-4.43 #hild:-4.43 #hile:0.97 #him>:1.85 "
    "#hims:6.08 #hin>:-0.08 #hind:0.14 #hine:1.51 #hing:0.43 #hink:1.37 #hip>:-0.26 "
    "#hips:-4.43 #hird:0.14 #his>:0.88 #hisp:6.08 #hist:-4.43 #hit>:0.42 #hits:6.08 "
    "#hiya:-4.43 #hly>:-4.43 #hoar:0.82 #hock:-4.43 #hoev:-4.43 #hois:-4.43 #hold:0.82 "
    "#hole:-0.08 #holi:-0.26 #home:0.61 #hone:0.75 #hook:6.08 #hool:-0.21 #hoos:-4.43 "
    "#hop>:-0.26 #hope:6.08 #hopp:1.91 #hops:-4.43 #hort:-1.43 #hos>:-4.43 #hose:-4.43 "
    "#hosp:-0.55 #hot>:6.08 #hoto:-0.94 #houg:1.04 #houl:-1.2 #hour:-0.48 #hous:1.86 "
    "#hout:0.75 #how>:-0.14 #howe:6.08 #hrea:-4.43 #hree:0.24 #hrew:6.08 #hris:1.22 "
    "#hroo:2.41 #hrou:0.14 #hrow:1.51 #hten:1.51 #hter:0.47 #htie:6.08 #htim:0.14 #htin:0.82 "
    "#htly:-4.43 #htma:-4.43 #hts>:1.11 #hub>:-0.76 #hund:0.82 #hurc:1.51 #hurs:0.14 "
    "#hurt:1.22 #husb:0.76 #hut>:0.82 #hway:-0.94 #hyme:0.82 #iagn:-0.08 #ial>:-4.43 "
    "#ian>:0.14 #iant:-4.43 #ibil:-4.43 #ible:-4.43 #ibra:1 #ibun:-4.43 #ibus:0.82 "
    "#ibut:-4.43 #ical:0.82 #icat:-1.09 #ice>:0.05 #iced:1.51 #icer:0.82 #ices:-4.43 "
    "#ich>:0.24 #icit:-4.43 #ick>:0.27 #icke:0.14 #icki:0.82 #icks:6.08 #ics>:-0.26 "
    "#ict>:6.08 #ictu:-0.94 #icul:0.14 #icy>:-4.43 #iday:0.69 #idde:6.08 #ide>:1.35 "
    "#idea:1.11 #ided:0.82 #iden:-1.43 #ideo:-4.43 #ider:-4.43 #ides:0.42 #idge:0.14 "
    "#idin:1.51 #idk>:6.08 #idni:-4.43 #idnt:-0.12 #ids>:0.08 #ied>:0.14 #ield:-4.43 "
    "#ienc:-4.43 #iend:1.02 #ient:-0.55 #ier>:-0.02 #ies>:-0.12 #iet>:1 #iew>:-1.02 "
    "#iewe:-4.43 #iews:6.08 #ife>:0.27 #ifel:-4.43 #iffe:-0.76 #iffi:0.82 #ifi>:-4.43 "
    "#ifie:-0.08 #ifor:0.82 #ift>:0.82 #igat:-4.43 #igge:-1.09 #igh>:-4.43 #ighb:1.37 "
    "#ight:1.14 #igib:-4.43 #igit:-4.43 #ign>:0.54 #igne:-4.43 #igni:0.82 #igno:0.82 "
    "#ignp:-4.43 #igns:0.42 #ike>:-0.14 #ikel:-4.43 #ikes:0.82 #ild>:-4.43 #ildi:-4.43 "
    "#ildr:-4.43 #ile>:0.47 #iled:-4.43 #iles:-4.43 #ilet:-0.08 #ilie:-4.43 #ilin:6.08 "
    "#ilit:-0.55 #ill>:0.24 #illa:-4.43 #ille:-4.43 #illi:-1.52 #illo:6.08 #ills:-0.08 "
    "#ils>:-0.55 #ily>:0.29 #ime>:0.17 #imed:-4.43 #imer:-4.43 #imes:0.27 #imin:-4.43 "
    "#immi:1.51 #impl:-4.43 #impo:-0.55 #imse:6.08 #inal:-4.43 #inan:-0.76 #inat:0.14 "
    "#ince:1.68 #inch:6.08 #incl:-4.43 #ind>:-1.02 #inde:1.51 #indi:0.82 #indo:1.51 "
    "#inds:0.14 #ine>:0.44 #ined:-4.43 #inel:-4.43 #iner:1.51 #ines:-0.94 #info:-0.76 "
    "#ing>:0.18 #inge:6.08 #ingi:1.51 #ingl:-4.43 #ings:0.82 #inib:0.82 #inic:-0.76 "
    "#inin:-1.38 #inis:0.82 #ink>:0.88 #inki:1.51 #inks:6.08 #inne:-4.43 #ins>:-0.94 "
    "#insp:-4.43 #inst:1.4 #insu:0.14 #int>:0.14 #inte:-1.09 #intm:-4.43 #into:0.34 "
    "#inui:0.14 #inut:-1.33 #inve:-4.43 #invo:-4.43 #iny>:-4.43 #ion>:-0.59 #iona:-4.43 "
    "#ione:0.82 #ioni:-4.43 #ions:0.08 #ious:-0.76 #ips>:0.14 #ird>:0.82 #irec:-0.76 "
    "#ired:0.14 #irl>:2.58 #irlf:6.08 #irm>:-4.43 #irs>:1.15 #irst:-1.09 #irth:0.14 "
    "#isab:-0.76 #isch:-0.71 #iscl:-4.43 #ise>:-0.02 #ised:-4.43 #iser:0.14 #ises:1.51 "
    "#isgr:-4.43 #ish>:-1.09 #isin:-4.43 #isio:-4.43 #isis:-1.22 #isit:0.54 #isk>:-4.43 "
    "#isnt:-0.15 #ispe:6.08 #iss>:-0.94 #isse:-4.43 #issi:-0.55 #issu:-4.43 #ist>:-1.98 "
    "#iste:0.66 #isti:-0.42 #istm:1.22 #istr:0.14 #ists:-4.43 #isur:-4.43 #isy>:-4.43 "
    "#ital:-0.66 #itat:-4.43 #itch:2.58 #ite>:-0.83 #ited:-4.43 #iter:-4.43 #ith>:0.33 "
    "#ithi:-0.76 #itho:-0.08 #itie:-4.43 #itin:-4.43 #itio:-0.76 #itor:-0.55 #its>:0.51 "
    "#itte:-0.76 #itti:-0.08 #ittl:1.33 #ity>:-0.64 #ivat:-4.43 #ive>:0.8 #ived:0.82 "
    "#iven:1.51 #iver:0.32 #ives:1.51 #ivin:0.7 #ivit:0.14 #ixed:-4.43 #iya>:-4.43 "
    "#jake:-4.43 #janu:-4.43 #jean:6.08 #joan:-0.26 #job>:0.14 #join:0.82 #joke:-0.55 "
    "#jour:0.14 #june:-0.55 #just:0.45 #kafo:6.08 #kage:-0.76 #ked>:0.25 #keep:1.65 "
    "#kely:-4.43 #ken>:-0.46 #kend:0.42 #kept:0.82 #ker>:-0.59 #kers:-1.22 #kery:0.82 "
    "#kes>:1.64 #ket>:0.82 #kets:-4.43 #kev>:6.08 #key>:1.51 #kfas:1.51 #kick:1.33 #kids:0.2 "
    "#kill:-4.43 #kind:0.82 #king:0.26 #kitc:2.58 #kitt:-4.43 #klis:-4.43 #knew:0.14 "
    "#knoc:1.51 #know:-0.15 #lace:-0.61 #lack:0.54 #lad>:6.08 #lade:0.82 #lads:1.91 "
    "#lady:1.51 #lage:-4.43 #lain:-0.99 #lan>:-4.43 #lana:-4.43 #land:-0.26 #lang:-4.43 "
    "#lann:0.14 #lapt:-4.43 #lar>:1.22 #lash:6.08 #lass:0.64 #last:0.61 #lat>:2.3 #late:-0.34 "
    "#lati:-4.43 #laug:6.08 #law>:6.08 #lay>:6.08 #layi:-0.26 #lbei:-4.43 #lcom:0.82 "
    "#lder:0.42 #ldin:-0.26 #ldnt:0.49 #ldre:-4.43 #lds>:0.14 #lead:-4.43 #leaf:-4.43 "
    "#leak:0.82 #lean:-4.43 #lear:0.02 #leas:-0.31 #leav:0.74 #lect:0.27 #led>:-1.16 "
    "#leed:0.82 #leep:3.02 #leev:6.08 #left:0.6 #lege:0.54 #legs:1.91 #leis:-4.43 #lem>:0.14 "
    "#lema:6.08 #leme:-0.42 #lems:-4.43 #lend:6.08 #lept:6.08 #ler>:0.14 #les>:0.82 "
    "#less:0.04 #let>:0.82 #lete:-0.55 #lets:1.13 #lett:0.14 #leve:-4.43 #lexi:-4.43 "
    "#lfri:6.08 #lian:-4.43 #libr:1 #lic>:0.14 #lice:0.14 #lici:-4.43 #licy:-4.43 #lida:-0.26 "
    "#lide:-4.43 #lied:-4.43 #lier:-4.43 #lies:-1.43 #life:-1.09 #lift:1.91 #ligh:0.32 "
    "#ligi:-4.43 #like:-0.11 #limb:0.14 #linc:6.08 #lind:1.51 #line:-0.06 #ling:0.27 "
    "#lini:-0.76 #link:-4.43 #lip>:0.82 #lish:-4.43 #list:-1.33 #liti:-4.43 #litt:1.33 "
    "#lity:-0.26 #live:1.73 #livi:-0.42 #lked:-0.94 #lkin:-0.02 #lla>:6.08 #llag:-4.43 "
    "#llbe:-4.43 #llec:0.42 #lled:-1.81 #lleg:0.54 #lley:-4.43 #llia:-4.43 #llin:0.94 "
    "#llo>:-0.55 #lloc:-4.43 #llou:0.82 #llow:0.6 #lls>:0.68 #lly>:-0.07 #load:-4.43 "
    "#loca:-1.33 #lock:2.19 #logy:-4.43 #loke:6.08 #lol>:-0.26 #lone:0.49 #long:-0.02 "
    "#loo>:-4.43 #lood:-4.43 #look:0.57 #loor:1.73 #lose:-0.18 #losi:0.82 #lost:-0.26 "
    "#lot>:0.69 #loth:2.19 #lots:-4.43 #loud:0.82 #loun:-4.43 #lous:-4.43 #love:-0.86 "
    "#low>:1.73 #lowa:-4.43 #lowe:1.04 #loye:-0.26 #lped:-0.94 #lpfu:0.82 #lpin:-4.43 "
    "#lps>:0.14 #lrea:-4.43 #lse>:0.64 #lses:-4.43 #lso>:6.08 #lth>:-0.26 #lts>:-1.33 "
    "#lub>:0.14 #lubs:-0.26 #luck:-4.43 #lude:-4.43 #lue>:0.14 #lunc:0.14 #lunt:0.82 "
    "#lusi:-4.43 #lute:-4.43 #lves:-4.43 #lway:1.91 #mach:0.82 #maci:-4.43 #macy:-4.43 "
    "#made:0.14 #mail:-0.46 #main:-4.43 #make:1.15 #maki:0.42 #mal>:0.42 #mall:-4.43 "
    "#man>:3.16 #mana:-0.04 #many:0.14 #marc:-0.66 #mare:-4.43 #marg:-4.43 #mark:2.73 "
    "#mas>:1.51 #mash:1.51 #mass:-4.43 #matc:-4.43 #mate:0.82 #math:-4.43 #mati:-0.94 "
    "#matt:-0.26 #may>:-0.76 #mayb:-4.43 #mbe>:-4.43 #mber:-0.08 #meal:2.19 #mean:0.67 "
    "#meas:-0.02 #mebo:-0.26 #med>:0.14 #medi:-0.42 #meds:1.51 #meet:-1.52 #mell:6.08 "
    "#memb:0.42 #memo:-1.09 #men>:1.22 #ment:-0.59 #meon:-1.48 #mer>:1.33 #mera:0.82 "
    "#merg:-0.26 #mers:-4.43 #mes>:0.69 #mess:2.19 #mest:-4.43 #meth:1 #meti:1.79 #mewh:0.82 "
    "#mewo:0.82 #mhs>:-4.43 #mic>:-4.43 #midn:-4.43 #mies:-4.43 #migh:0.82 #mili:-4.43 "
    "#milk:6.08 #mill:-4.43 #mily:0.47 #mina:-4.43 #mine:0.14 #ming:1.44 #mini:0.14 "
    "#mins:-4.43 #minu:-1.33 #mise:-4.43 #miss:-1.09 #mist:-4.43 #mit>:0.14 #mitt:-4.43 "
    "#mmed:0.82 #mmen:0.14 #mmer:2.19 #mmin:1.51 #mmod:-4.43 #mmun:-0.94 #moan:0.82 "
    "#mode:-4.43 #mome:-4.43 #mond:2.19 #mone:1.25 #mont:-0.45 #more:0.63 #morn:0.45 "
    "#morp:6.08 #mort:0.82 #mory:-1.09 #most:0.82 #mot>:-4.43 #moth:0.42 #moul:0.82 "
    "#move:1.73 #mpan:-4.43 #mpen:-4.43 #mper:6.08 #mpla:-0.42 #mple:-1.09 #mplo:-0.26 "
    "#mpor:0.82 #mpos:-4.43 #mpti:-4.43 #mpty:6.08 #mput:1.51 #mrs>:6.08 #msel:1.91 "
    "#much:0.92 #mudd:6.08 #mum>:0.78 #mums:0.73 #muni:-0.94 #murd:-4.43 #musi:-4.43 "
    "#mute:-4.43 #myse:1.51 #nack:-4.43 #nage:0.22 #nal>:-0.83 #name:-0.76 #nanc:-0.08 "
    "#nant:-0.26 #nati:-4.43 #nato:0.82 #nbur:-4.43 #nce>:0.61 #ncel:-1.68 #ncer:-4.43 "
    "#nch>:1.22 #nche:6.08 #ncht:0.14 #ncia:-4.43 #ncie:0.82 #ncil:-1.56 #ncle:6.08 "
    "#nclu:-4.43 #ncy>:0.36 #nda>:-4.43 #ndal:-4.43 #ndan:-4.43 #ndar:-0.08 #nday:2.19 "
    "#nded:-0.55 #nder:-0.02 #ndin:-0.55 #ndki:0.82 #ndle:0.14 #ndli:-4.43 #ndly:-0.55 "
    "#ndow:1.51 #ndre:0.82 #nds>:0.94 #ndso:6.08 #ndwi:1.51 #near:-4.43 #neck:6.08 "
    "#ned>:-0.02 #need:-1.05 #nefi:0.82 #negl:-4.43 #neig:1.37 #nely:-4.43 #neph:6.08 "
    "#ner>:2.01 #nera:-4.43 #ners:0.14 #nes>:-0.48 #nesd:1.91 #ness:-0.26 #nest:0.82 "
    "#neve:0.82 #new>:0.63 #newa:-4.43 #next:0.95 #ney>:1.11 #neys:-4.43 #nfid:-4.43 "
    "#nfor:-0.76 #nfus:-4.43 #nge>:0.36 #nged:-0.42 #nger:0.82 #nges:0.82 #ngin:-0.02 "
    "#ngla:-4.43 #ngle:-4.43 #ngli:-4.43 #ngry:1.51 #ngs>:0.86 #ngua:-4.43 #nhs>:-4.43 "
    "#nibu:0.82 #nic>:-1.09 #nice:6.08 #nifo:0.82 #nigh:1.49 #nine:-0.55 #ning:0.22 "
    "#nise:6.08 #nish:0.82 #nist:-4.43 #nit>:-4.43 #nity:-1.33 #nive:-4.43 #njoy:-4.43 "
    "#nkin:1.91 #nks>:0.27 #nles:0.82 #nlin:0.47 #nly>:0.34 #nmen:-4.43 #nned:-4.43 "
    "#nner:-0.26 #nnes:-4.43 #nnin:0.14 #nnot:-4.43 #nny>:0.42 #nobo:-0.14 #nock:1.51 "
    "#nois:-4.43 #none:-4.43 #noon:-0.76 #nora:-4.43 #nore:0.82 #norm:1.51 #nose:-4.43 "
    "#nosi:0.42 #not>:0.71 #note:-0.55 #noth:-0.86 #noti:0.42 #noug:0.54 #nove:-4.43 "
    "#now>:0.23 #nowh:-4.43 #nowi:-0.26 #nown:-4.43 #nows:-0.26 #npai:-4.43 #npos:-4.43 "
    "#nsat:-4.43 #nse>:-4.43 #nsen:-4.43 #nsib:-4.43 #nsio:0.82 #nsit:-0.55 #nspe:-4.43 "
    "#nspo:-1.43 #nst>:6.08 #nsta:6.08 #nste:1.22 #nstr:-4.43 #nsul:-0.55 #nswe:0.42 "
    "#ntac:-1.22 #ntal:0.82 #nted:0.14 #ntee:0.82 #nter:-4.43 #nth>:0.04 #nthl:-4.43 "
    "#nths:-0.83 #ntia:-0.22 #ntil:1.82 #ntin:-0.76 #ntio:1.91 #ntle:6.08 #ntly:-4.43 "
    "#ntme:-4.43 #nto>:0.34 #ntra:-0.86 #ntre:-0.4 #ntri:-4.43 #ntry:-4.43 #nts>:0.03 "
    "#nuar:-4.43 #nuin:-4.43 #nuit:0.14 #numb:0.42 #nurs:0.32 #nute:-1.33 #nver:-4.43 "
    "#nves:-4.43 #nvoi:-4.43 #nwhi:-4.43 #nxio:-4.43 #nymo:6.08 #nyon:-0.35 #nyth:1.62 "
    "#nywa:1.11 #nywh:0.82 #oach:0.82 #oad>:0.14 #oads:-4.43 #oan>:-0.26 #oard:2.19 "
    "#oast:0.82 #oat>:6.08 #obab:6.08 #obbe:-4.43 #oble:-0.55 #obod:-0.14 #ocal:-4.43 "
    "#ocat:-0.76 #oces:-4.43 #ocia:-4.43 #ock>:1 #ocke:6.08 #ocki:0.54 #ocks:6.08 #oclo:0.82 "
    "#octo:-4.43 #oday:-1.6 #oddl:0.82 #ode>:-4.43 #ody>:-0.14 #odys:0.42 #oes>:0.86 "
    "#oesn:1.51 #oeve:-4.43 #ofa>:0.82 #ofer:6.08 #off>:0.44 #offe:-1.6 #offi:1.11 "
    "#ofte:-0.55 #oget:0.14 #ogle:-4.43 #ogni:6.08 #ogra:-4.43 #ogy>:-4.43 #oice:-0.76 "
    "#oile:-0.26 #oin>:6.08 #oing:0.54 #oint:0.08 #oist:-4.43 #oisy:-4.43 #okaf:6.08 "
    "#oke>:0.42 #oked:-0.76 #oken:-0.26 #oker:0.82 #okin:-0.55 #oks>:1.11 #old>:0.59 "
    "#olde:0.82 #olds:0.14 #ole>:-0.37 #oles:0.82 #olic:-1.52 #olid:-0.26 #oll>:0.14 "
    "#olle:0.24 #ollo:-0.26 #olog:-4.43 #ols>:-0.26 #olun:0.67 #olut:-4.43 #oman:2.19 "
    "#omat:-4.43 #ombe:-4.43 #ome>:0.81 #omeb:-0.26 #omen:-0.94 #omeo:-1.48 #omer:-4.43 "
    "#omes:0.82 #omet:1.37 #omew:1 #omin:1.6 #omis:-4.43 #omme:0.14 #ommi:-4.43 #ommo:-4.43 "
    "#ommu:-0.94 #ompa:0.82 #ompe:-4.43 #ompl:-0.76 #ompu:1.51 #oms>:0.14 #onal:-0.76 "
    "#onbu:-4.43 #once:-1.52 #ond>:0.82 #onda:2.19 #onde:-0.94 #one>:-0.18 #oned:0.82 "
    "#onel:-4.43 #ones:0.55 #oney:1.25 #onfi:-4.43 #onfu:-4.43 #ong>:-0.35 #onge:6.08 "
    "#onig:0.82 #onis:-4.43 #onli:0.47 #only:0.51 #ons>:0.05 #onse:-4.43 #onsi:-4.43 "
    "#onsu:-4.43 #ont>:1.39 #onta:-1.22 #onth:-0.45 #onti:0.14 #ontr:-1.02 #onve:-4.43 "
    "#ood>:0.57 #oofe:6.08 #oogl:-4.43 #ook>:0.46 #ooke:-0.46 #ooki:-0.42 #ooks:1.11 "
    "#ool>:-0.26 #ools:-4.43 #oom>:1.87 #ooms:-4.43 #oon>:0.14 #oor>:1.51 #oord:0.14 "
    "#oors:1.91 #oose:-4.43 #ootb:-4.43 #ope>:0.54 #open:0.82 #oper:-0.26 #opic:-4.43 "
    "#ople:-0.67 #oppe:0.73 #oppi:1.22 #ops>:0.32 #opti:0.14 #opul:-4.43 #opy>:-4.43 "
    "#oram:-4.43 #ord>:-0.02 #ordi:-0.26 #ords:-4.43 #ore>:0.43 #ores:6.08 #orge:0.82 "
    "#orgo:-4.43 #ork>:0.07 #orke:-0.76 #orki:-0.26 #orks:0.82 #orm>:-0.94 #orma:-0.26 "
    "#orms:-4.43 #orne:1.51 #orni:0.45 #orph:6.08 #orre:-4.43 #orri:-4.43 #orry:-0.55 "
    "#ors>:-0.02 #orse:0.42 #orst:-0.55 #ort>:0.16 #orta:0.14 #orte:-0.66 #orth:0.14 "
    "#orti:-4.43 #ortn:0.82 #orts:-0.26 #ortu:-4.43 #orum:0.82 #orwa:0.14 #ory>:-0.55 "
    "#ose>:-0.2 #osed:0.14 #oses:-4.43 #osin:0.14 #osis:0.42 #ospi:-0.55 #oss>:1.91 "
    "#ossi:-4.43 #ost>:0.42 #ostl:6.08 #osts:0.14 #otba:-4.43 #ote>:0.14 #otes:-4.43 "
    "#oth>:0.82 #othe:1.03 #othi:-0.83 #otic:0.42 #oto>:-4.43 #otos:0.82 #ots>:-4.43 "
    "#otte:0.14 #otti:-4.43 #oubl:1.73 #ouch:0.14 #oud>:0.82 #ough:1.04 #ould:-0.64 "
    "#ounc:-1.56 #ound:1.15 #oung:-0.57 #ount:0.58 #oup>:0.54 #oups:-4.43 #our>:-0.21 "
    "#oure:0.14 #ourn:0.14 #ours:-0.38 #ourt:0.82 #ous>:-1.22 #ousa:6.08 #ouse:2.12 "
    "#ousi:0.42 #ousl:-4.43 #out>:0.35 #outc:-1.22 #oute:-0.76 #outh:-1.22 #outi:6.08 "
    "#outs:0.82 #ove>:0.14 #oved:1.91 #ovel:-1.22 #ovem:-4.43 #over:0.44 #oves:-4.43 "
    "#ovid:-4.43 #owan:-4.43 #owe>:6.08 #owed:2.06 #owen:-4.43 #ower:0.82 #owhe:-4.43 "
    "#owin:0.82 #own>:-0.04 #owne:6.08 #owns:6.08 #ows>:0.64 #oyer:-0.26 #oyfr:2.97 "
    "#oyin:-4.43 #oys>:1.51 #oze>:-4.43 #ozen:-4.43 #pace:0.54 #paci:-4.43 #pack:-0.94 "
    "#pad>:6.08 #page:-1.52 #paid:0.07 #pair:2.41 #pals:-4.43 #pane:-4.43 #pano:-4.43 "
    "#pany:-4.43 #pape:-0.55 #para:-0.26 #pare:-0.55 #park:-4.43 #part:1.51 #pas>:-4.43 "
    "#pass:0.37 #past:-0.26 #path:-0.26 #pati:-1.43 #paul:-4.43 #pay>:0.6 #payd:6.08 "
    "#payi:-4.43 #paym:-1.09 #payr:-4.43 #pboa:6.08 #pdat:-4.43 #peak:-0.26 #peal:-4.43 "
    "#peat:0.82 #pec>:-4.43 #peci:-0.26 #pect:-4.43 #ped>:0.45 #peer:0.14 #pen>:0.14 "
    "#pend:-0.26 #pene:0.14 #peni:-0.55 #penn:6.08 #pens:0.32 #peop:-0.67 #per>:-0.15 "
    "#pera:0.42 #perf:-4.43 #peri:0.82 #perl:0.14 #perm:-4.43 #pers:-1.3 #pes>:6.08 "
    "#petr:0.82 #pful:0.82 #phar:-4.43 #phew:6.08 #phin:6.08 #phon:0.71 #phot:-0.94 "
    "#pic>:-4.43 #pick:1.22 #pict:-0.94 #pid>:6.08 #pies:-4.43 #pili:6.08 #pill:6.08 "
    "#pin>:1.51 #ping:1.3 #pip>:-0.55 #pita:-0.55 #pite:-1.22 #plac:-0.61 #plai:-0.99 "
    "#plan:-1.48 #plas:0.14 #plat:0.82 #play:0.42 #ple>:-0.55 #plea:-0.42 #plet:-4.43 "
    "#plie:-4.43 #ploy:-0.26 #ply>:-4.43 #poin:0.14 #poli:-0.66 #polo:-4.43 #pons:-4.43 "
    "#pool:-4.43 #pop>:0.14 #popu:-4.43 #port:0.16 #pose:1.73 #poss:-4.43 #post:1.51 "
    "#pot>:-4.43 #pott:-0.55 #poun:6.08 #powe:1.51 #ppa>:-4.43 #ppar:-4.43 #ppea:-4.43 "
    "#pped:0.73 #ppen:-0.76 #ppin:1.37 #pply:-4.43 #ppoi:-0.94 #ppor:0.51 #ppos:1.51 "
    "#ppro:-4.43 #ppy>:-0.26 #pres:6.08 #pril:-4.43 #prin:-4.43 #priv:-4.43 #priy:-4.43 "
    "#prob:0.54 #proc:-4.43 #prom:-4.43 #prop:-0.44 #prot:-4.43 #prou:1.51 #prov:-4.43 "
    "#pset:0.14 #psta:6.08 #ptem:-4.43 #ptio:-0.15 #ptop:-4.43 #pty>:6.08 #pub>:-4.43 "
    "#publ:0.14 #pula:-4.43 #pull:1.33 #punc:6.08 #push:0.54 #put>:0.94 #pute:1.51 "
    "#puts:-4.43 #putt:1.51 #puty:-4.43 #ques:0.6 #quic:0.14 #quie:1.15 #rabb:2.58 "
    "#rabl:-4.43 #race:-4.43 #rack:0.82 #ract:-1.75 #raff:-4.43 #raig:2.41 #rail:0.82 "
    "#rain:-1.26 #rais:-4.43 #ral>:-4.43 #rals:-4.43 #rama:-4.43 #ramm:-4.43 #ramp:0.82 "
    "#ranc:0.42 #rand:1.73 #rang:-0.26 #rans:-1.22 #raph:-4.43 #rapi:-4.43 #rari:0.82 "
    "#rary:0.92 #rash:0.14 #ratc:1.51 #rate:0.54 #rath:0.82 #rati:-0.26 #rave:-0.55 "
    "#rawe:6.08 #rch>:0.02 #rcus:-4.43 #rday:1.51 #rden:6.08 #rder:0.54 #rdin:-1.09 "
    "#rds>:-0.61 #rea>:-4.43 #reab:-0.42 #reac:0.82 #read:0.18 #reak:-0.21 #real:0.14 "
    "#ream:0.42 #reas:-0.55 #reat:-0.34 #rece:0.14 #reco:0.14 #rect:-1.33 #red>:0.23 "
    "#redi:0.82 #ree>:-0.16 #reed:-4.43 #reen:-4.43 #reet:0.82 #reez:6.08 #refe:-1.52 "
    "#refu:-0.55 #regi:-4.43 #regu:6.08 #rela:-4.43 #reme:-0.26 #ren>:-4.43 #renc:-4.43 "
    "#rend:1.91 #rene:-4.43 #rens:-4.43 #rent:-0.46 #repa:1.73 #repe:0.82 #repl:-4.43 "
    "#repo:-0.42 #rer>:0.62 #rers:-0.17 #res>:1.11 #resc:0.82 #rese:0.82 #resi:-0.94 "
    "#resp:-1.93 #ress:0.54 #ret>:-4.43 #retu:1.51 #revi:-0.71 #rew>:1.51 #rfec:-4.43 "
    "#rful:0.14 #rgar:-4.43 #rge>:-0.83 #rged:-1.02 #rgen:-0.76 #rger:-4.43 #rges:-0.55 "
    "#rget:-4.43 #rgin:-4.43 #rgot:-4.43 #rhym:0.82 #ria>:-4.43 #rian:0.82 #ribu:-4.43 "
    "#ric>:6.08 #rict:1.51 #rida:1 #ridg:0.14 #ried:2.19 #rien:0.97 #rier:-4.43 #ries:0.82 "
    "#rifi:-0.08 #rigg:-4.43 #righ:0.54 #rike:-4.43 #ril>:-4.43 #rill:-4.43 #rimi:-4.43 "
    "#ring:0.3 #rink:2.41 #rint:-4.43 #riou:0.14 #rip>:-0.26 #rips:0.82 #ript:0.82 "
    "#risi:-1.22 #risk:-4.43 #rist:1.51 #rite:-4.43 #ritt:0.14 #rity:-4.43 #riva:-4.43 "
    "#rive:0.82 #rivi:0.14 #riya:-4.43 #rked:-4.43 #rker:-0.66 #rkin:-0.86 #rks>:2.06 "
    "#rlfr:6.08 #rlie:-4.43 #rly>:-0.61 #rmac:-4.43 #rmal:0.14 #rmat:-0.94 #rms>:0.57 "
    "#rned:-0.37 #rner:0.82 #rney:0.49 #rnig:-0.42 #rnin:0.5 #rnme:-4.43 #rnoo:-0.76 "
    "#rns>:0.42 #rnt>:-4.43 #road:0.14 #roba:6.08 #robb:-4.43 #robl:-0.55 #roce:-4.43 "
    "#roke:0.42 #rol>:0.14 #roll:-4.43 #rom>:0.5 #romi:-4.43 #rong:-0.46 #ront:0.49 "
    "#roof:6.08 #room:1.87 #rop>:-0.94 #rope:-0.15 #ropp:0.14 #rops:6.08 #ross:1.51 "
    "#rote:-4.43 #roth:1.79 #roub:2.41 #roud:1.51 #roug:1.22 #roun:0.89 #roup:-0.04 "
    "#rout:-4.43 #rove:-4.43 #rovi:-4.43 #rown:-4.43 #rows:6.08 #roze:-4.43 #rphi:6.08 "
    "#rral:-4.43 #rran:-0.26 #rrec:-4.43 #rred:-4.43 #rren:-4.43 #rrie:-0.26 #rrif:-0.08 "
    "#rriv:6.08 #rry>:-0.65 #rryi:6.08 #rsal:-4.43 #rsat:-4.43 #rsda:0.14 #rse>:0.46 "
    "#rsel:6.08 #rser:-4.43 #rses:-4.43 #rsh>:-4.43 #rson:-1.6 #rspe:-4.43 #rst>:-0.89 "
    "#rsta:-4.43 #rted:1.07 #rth>:0.14 #rthd:0.14 #rtin:0.42 #rtne:6.08 #rtni:0.82 "
    "#rts>:-1.09 #rtun:-4.43 #rty>:0.82 #ruar:-4.43 #rue>:-4.43 #rugg:-4.43 #ruis:1.91 "
    "#run>:-0.26 #rung:-4.43 #runn:-4.43 #rush:-4.43 #rust:-0.55 #rvic:-0.8 #rvin:0.82 "
    "#rwar:-0.76 #ryin:1.33 #ryon:-0.7 #ryth:-0.33 #sabi:-0.08 #sabl:-1.43 #safe:-0.26 "
    "#sage:6.08 #sagi:6.08 #said:2.04 #sal>:-4.43 #same:0.34 #sand:2.58 #sani:-4.43 "
    "#sat>:-4.43 #sati:-4.43 #satu:0.42 #save:-0.55 #savi:1.91 #saw>:1.91 #say>:1.54 "
    "#sayi:1.22 #says:2.01 #sban:0.76 #scal:-0.76 #scam:-4.43 #scan:-4.43 #scar:0.69 "
    "#scha:-0.71 #sche:-4.43 #scho:-0.21 #sclo:-4.43 #scor:0.82 #scra:0.82 #scre:0.14 "
    "#scri:0.14 #sday:0.37 #seco:0.82 #sed>:-0.55 #see>:0.02 #seei:2.19 #seen:1.51 "
    "#sefu:-4.43 #self:0.99 #sell:0.42 #send:-0.55 #seng:0.14 #sens:-4.43 #sent:-0.26 "
    "#sepa:0.14 #sept:-4.43 #ser>:0.14 #seri:0.82 #serv:-0.84 #sery:-4.43 #ses>:-0.9 "
    "#sess:-1.75 #set>:-4.43 #sett:6.08 #seve:1.51 #sgra:-4.43 #shak:0.14 #shap:-4.43 "
    "#shar:-0.08 #shco:-4.43 #she>:1.34 #shed:0.82 #shel:6.08 #shes:2.33 #shin:2.19 "
    "#ship:-4.43 #shoc:-4.43 #shoo:6.08 #shop:0.82 #shor:-1.43 #shou:-0.53 #show:2.19 "
    "#shut:0.82 #sibi:-4.43 #sibl:-4.43 #sic>:-4.43 #sica:1.51 #sick:0.82 #side:0.32 "
    "#sier:1.91 #sign:-0.12 #simp:-4.43 #sinc:1.68 #sine:0.14 #sing:0.14 #sion:-0.45 "
    "#sis>:-0.46 #sist:0.94 #sit>:0.92 #site:-4.43 #siti:-0.26 #sito:0.82 #sits:1.22 "
    "#sitt:-0.26 #sive:-4.43 #six>:-0.08 #sked:0.42 #skin:1.22 #sks>:2.41 #slee:3.12 "
    "#slep:6.08 #slid:-4.43 #slig:-4.43 #slow:0.82 #sly>:-4.43 #smal:-4.43 #smas:1.51 "
    "#smel:6.08 #smen:-2.34 #smok:-4.43 #snt>:0.82 #soci:-4.43 #sofa:0.82 #sol>:1.51 "
    "#soli:-4.43 #solu:-4.43 #some:0.05 #son>:0.14 #sona:-0.08 #sons:-0.06 #sore:6.08 "
    "#sorr:-0.62 #sort:0.06 #soun:-0.55 #spac:0.82 #spea:-0.26 #spec:-1.68 #spen:0.14 "
    "#sper:6.08 #spit:-0.72 #spon:-4.43 #spor:-0.46 #spot:-4.43 #sque:0.82 #ssag:6.08 "
    "#ssed:-0.86 #ssen:0.14 #sses:-1.9 #ssib:-4.43 #ssin:0.82 #ssio:-0.7 #ssiv:-4.43 "
    "#ssme:-2.34 #sson:0.82 #sspo:1.51 #ssue:-4.43 #ssum:-4.43 #sswo:-4.43 #stab:6.08 "
    "#staf:0.05 #stag:0.82 #stai:2.19 #stan:-1.22 #star:0.88 #stat:1.33 #stay:1.69 #stea:1.22 "
    "#sted:-4.43 #stem:-4.43 #sten:-0.08 #step:0.82 #ster:0.76 #stic:-1.52 #stig:-4.43 "
    "#stil:0.5 #stin:-0.76 #stio:0.54 #stly:0.73 #stma:1.22 #stoc:6.08 #stom:-4.43 "
    "#ston:-0.26 #stop:0.62 #stor:-4.43 #stra:1.22 #stre:-0.66 #stri:0.42 #stro:0.14 "
    "#stru:-4.43 #sts>:-0.08 #stuc:-4.43 #stud:-4.43 #stuf:2.19 #stup:6.08 #subm:-0.26 "
    "#sudd:-4.43 #sue>:-4.43 #sult:-4.43 #summ:1.51 #sump:-4.43 #sund:2.19 #supe:-4.43 "
    "#supp:0.76 #sura:-4.43 #sure:0.47 #surg:-4.43 #susp:-4.43 #swer:0.42 #swim:1.51 "
    "#swor:0.14 #syst:-4.43 #tabl:1.22 #tack:-4.43 #tact:-1.22 #taff:0.05 #tage:-4.43 "
    "#tail:0.14 #tair:2.19 #take:0.92 #taki:0.54 #tal>:-0.5 #talk:-2.12 #tand:-1.22 "
    "#tant:0.82 #targ:-4.43 #tart:0.95 #tate:0.54 #tati:0.82 #tax>:-4.43 #taxi:-4.43 "
    "#tay>:2.41 #taye:0.82 #tayi:1.73 #tays:0.82 #tbal:-4.43 #tbh>:1.51 #tch>:-4.43 "
    "#tche:2.58 #tchi:1.91 #tcom:-1.22 #tea>:2.41 #teac:1.51 #tead:1.91 #team:-0.86 "
    "#ted>:-0.2 #tee>:0.82 #teen:0.82 #teer:0.67 #tell:0.97 #tely:-1.33 #tem>:-4.43 "
    "#temb:-4.43 #teme:6.08 #temp:0.82 #ten>:0.29 #tena:0.42 #tend:-4.43 #tene:1.29 "
    "#teni:0.42 #tens:-4.43 #tent:0.82 #tep>:0.54 #ter>:0.28 #terd:2.58 #tere:-4.43 "
    "#teri:-0.55 #term:-4.43 #tern:-0.42 #terr:-0.08 #ters:0.56 #terw:-4.43 #tery:0.82 "
    "#tes>:-0.44 #test:-0.26 #teth:0.82 #text:0.42 #than:-0.42 #that:-0.69 #thda:0.14 "
    "#the>:0.13 #thei:-0.37 #them:0.14 #then:-0.33 #theo:0.82 #ther:0.73 #thes:0.64 "
    "#thet:6.08 #they:-0.05 #thin:0.39 #thir:-0.26 #this:0.02 #thly:-4.43 #thos:-4.43 "
    "#thou:0.75 #thre:0.32 #thro:0.92 #ths>:-0.99 #thur:0.14 #thwa:-0.94 #tia>:-0.13 "
    "#tial:-4.43 #tic>:-0.86 #tice:0.42 #tick:-4.43 #tie>:6.08 #tien:-1.43 #ties:0.82 "
    "#tiga:-4.43 #til>:1.98 #till:0.55 #time:0.19 #tin>:6.08 #ting:-0.11 #tinu:0.14 "
    "#tion:-0.53 #tire:0.32 #tist:-1.09 #tive:-0.86 #tivi:0.14 #tle>:1 #tlem:6.08 #tly>:0.22 "
    "#tmar:-4.43 #tmas:1.22 #tmen:-1.09 #tner:6.08 #tnig:0.82 #toas:0.82 #tock:6.08 "
    "#toda:-1.6 #todd:0.82 #toes:0.82 #toge:0.14 #toil:-0.08 #told:0.6 #tom>:1.51 #toma:-4.43 "
    "#tome:-4.43 #ton>:0.14 #tonb:-4.43 #tone:0.14 #toni:0.82 #too>:0.45 #took:0.82 "
    "#top>:0.56 #topi:-4.43 #topp:0.62 #tops:-4.43 #tor>:0.02 #torn:1.51 #tors:-4.43 "
    "#tory:-4.43 #tos>:0.82 #touc:0.82 #town:-4.43 #tra>:0.14 #trac:-1.52 #traf:-4.43 "
    "#trai:-0.4 #tran:-0.66 #trav:-0.55 #tre>:-0.35 #trea:-4.43 #tree:0.82 #tres:-0.94 "
    "#trib:-4.43 #tric:1.51 #trie:0.82 #trig:-4.43 #trik:-4.43 #trip:-0.55 #trol:0.42 "
    "#tron:0.82 #trou:2.41 #true:-4.43 #trug:-4.43 #trus:-0.26 #try>:-4.43 #tryi:-0.26 "
    "#ttac:-4.43 #tted:-4.43 #tten:-0.55 #tter:0.2 #ttin:0.22 #ttle:1.15 #tton:0.14 "
    "#ttor:1.51 #tual:-1.71 #tuck:-4.43 #tude:-4.43 #tues:-0.02 #tuff:2.19 #tune:-4.43 "
    "#tupi:6.08 #turd:0.42 #ture:-0.42 #turn:0.19 #tuto:-0.26 #twee:0.42 #twic:0.14 "
    "#two>:-0.39 #type:-4.43 #tysh:-4.43 #uage:-4.43 #ual>:0.14 #uall:-2.2 #uard:-4.43 "
    "#uary:-4.43 #uble:1.73 #ubli:0.14 #ubmi:-0.26 #ubs>:0.42 #ucat:-4.43 #uch>:0.82 "
    "#uche:0.82 #uck>:-4.43 #udde:-4.43 #uddl:6.08 #ude>:-4.43 #uden:-4.43 #udge:-4.43 "
    "#uel>:-4.43 #ues>:0.82 #uesd:-0.02 #uest:0.54 #uff>:2.19 #uggl:-4.43 #ugh>:0.89 "
    "#ught:0.55 #ugus:-4.43 #uick:0.14 #uiet:1.15 #uild:-4.43 #uine:-4.43 #uise:1.91 "
    "#uity:0.14 #ular:0.82 #uld>:-0.75 #uldn:0.49 #ull>:-0.26 #ulls:6.08 #ully:6.08 "
    "#ult>:-0.76 #ulta:-4.43 #ulti:0.82 #ults:-1.33 #umbe:0.42 #umme:2.19 #umpt:-4.43 "
    "#ums>:0.77 #unal:-4.43 #unch:1.22 #unci:-1.56 #uncl:6.08 #und>:0.86 #unda:2.41 "
    "#unde:-1.09 #undi:-4.43 #undr:0.82 #unds:0.82 #une>:-0.94 #ung>:-0.76 #unge:-0.26 "
    "#unif:0.82 #unit:-1.22 #univ:-4.43 #unle:0.82 #unni:-4.43 #unny:-4.43 #unpa:-4.43 "
    "#unt>:1.51 #unte:0.54 #unti:1.69 #untr:-4.43 #unts:-0.55 #upbo:6.08 #upda:-4.43 "
    "#uper:-4.43 #upid:6.08 #uppa:-4.43 #uppo:0.76 #ups>:-4.43 #upse:0.14 #upst:6.08 "
    "#urch:1.51 #urda:0.42 #urde:-0.55 #ure>:-0.15 #ures:0.6 #urge:-0.94 #urin:0.82 "
    "#urn>:1.73 #urne:-0.33 #urni:1.22 #urns:0.6 #urre:-4.43 #urs>:-0.47 #ursd:0.14 "
    "#urt>:0.42 #urti:6.08 #ury>:-4.43 #usan:6.08 #usba:0.76 #use>:0.82 #used:0.14 "
    "#usef:-4.43 #uses:-0.76 #ush>:-0.26 #ushe:0.14 #ushi:0.82 #usic:-4.43 #usin:0.67 "
    "#usio:-4.43 #usly:-4.43 #uspe:-4.43 #uss>:6.08 #ust>:0.37 #uste:-4.43 #usti:-4.43 "
    "#usto:-4.43 #usy>:0.82 #utco:-1.22 #ute>:-4.43 #uted:-0.76 #utel:-4.43 #uter:1.51 "
    "#utes:-1.09 #uth>:-1.22 #utin:6.08 #utio:-4.43 #utis:-1.09 #utor:-0.26 #uts>:0.32 "
    "#utti:0.42 #utto:0.14 #uty>:-4.43 #utys:-4.43 #van>:6.08 #vant:-4.43 #vate:-4.43 "
    "#ved>:1.26 #vel>:-0.55 #vely:-1.22 #vemb:-4.43 #ven>:0.82 #veni:0.82 #vent:0.82 "
    "#ver>:0.66 #vern:-1.09 #vers:-1.6 #vert:-4.43 #very:0.28 #ves>:1.51 #vest:-4.43 "
    "#vice:-0.87 #vid>:0.82 #vide:-4.43 #view:-0.71 #vill:-4.43 #ving:0.42 #viou:-4.43 "
    "#vise:0.14 #visi:0.32 #vity:0.82 #voic:-0.55 #volu:0.67 #vry>:6.08 #wage:0.42 "
    "#wait:-2.08 #wake:2.58 #wal>:-4.43 #walk:0.49 #wall:1.11 #wanc:-4.43 #wand:0.82 "
    "#want:-0.46 #ward:-0.39 #warm:0.14 #warn:-4.43 #was>:-0.52 #wash:1.04 #wasn:1.51 "
    "#wast:0.82 #watc:-0.26 #wate:6.08 #ways:1.91 #wear:1.51 #webs:-4.43 #wed>:0.14 "
    "#wedn:1.91 #weed:0.82 #week:0.6 #ween:0.42 #weig:6.08 #welc:0.82 #well:-1.09 #wen>:-4.43 "
    "#went:0.14 #wer>:0.54 #were:-0.06 #wers:0.82 #wet>:6.08 #weve:-0.66 #wful:-0.26 "
    "#what:-0.39 #when:1.07 #wher:0.14 #whet:0.32 #whic:0.27 #whil:0.97 #whis:1.91 #who>:0.17 "
    "#whoe:-4.43 #whol:-0.15 #whos:-4.43 #why>:-0.76 #wice:0.14 #wich:1.51 #wide:6.08 "
    "#wife:0.32 #wifi:-4.43 #will:-1.48 #wimm:1.51 #wind:1.51 #wing:0.82 #wint:-4.43 "
    "#with:0.26 #woma:2.19 #wome:-0.26 #won>:0.82 #wond:-0.94 #wont:2.19 #word:-1.68 "
    "#work:-0.3 #worr:-0.26 #wors:0.14 #wort:0.82 #woul:-0.47 #writ:-0.26 #wron:-0.86 "
    "#wrot:-4.43 #xact:-4.43 #xam>:-4.43 #xclu:-4.43 #xed>:-4.43 #xhau:-4.43 #xibl:-4.43 "
    "#xiou:-4.43 #xpla:-1.93 #xtra:0.14 #xts>:0.82 #ybe>:-4.43 #yday:6.08 #year:-0.05 "
    "#yed>:-0.26 #yer>:0.82 #yers:-4.43 #yes>:0.27 #yest:2.58 #yet>:-4.43 #yfri:2.86 "
    "#ying:0.67 #ylig:-4.43 #yme>:0.82 #ymen:-1.22 #ymor:6.08 #yone:-0.42 #you>:-0.86 "
    "#youn:-0.46 #your:-0.66 #yout:-1.09 #ype>:-4.43 #yre>:-0.2 #yrol:-4.43 #ysel:1.51 "
    "#yshi:-4.43 #yste:-4.43 #ythi:0.47 #yve>:-0.55 #yway:1.11 #ywhe:0.42 #zen>:-4.43 "
    "#zing:6.08 000:2.19 1:-0.26 10:6.08 10pm:0.82 11:-4.43 12:1.22 13:1.51 14:0.36 "
    "14_and:0.82 14_for:0.82 14_year:6.08 15:0.82 15_and:6.08 15_minute:0.82 16:-0.66 "
    "16_and:0.14 17:-0.08 17_and:-4.43 17_year:0.82 18:-0.26 180:-4.43 18_and:0.82 "
    "18_everyth:-4.43 18_her:0.82 19:0.14 1_to:0.14 2:0.14 20:0.54 22:0.82 25:0.14 2_000:6.08 "
    "2am:0.82 3:-0.76 30:0.82 300:-4.43 3_day:0.82 3am:1.22 3am_and:0.82 4:-0.02 40:-4.43 "
    "40_page:-4.43 42:-4.43 42_on:-4.43 48:-4.43 4_000:0.82 5:-4.43 50:0.14 58:-4.43 6:-0.26 "
    "7:-0.55 8:0.82 80:-4.43 81:1.51 81_and:6.08 88:0.82 88_and:0.14 8am:-4.43 9:-0.08 "
    "90:0.14 91:6.08 999:0.82 9_and:0.82 9_month:-4.43 9pm:0.82 a_befriender:0.14 a_bit:-0.26 "
    "a_black:1.91 a_break:-4.43 a_call:-4.43 a_car:1.51 a_card:-4.43 a_care:-4.43 "
    "a_carer:-4.43 a_chang:-4.43 a_clear:-4.43 a_crisis:-4.43 a_cuppa:-4.43 a_day:-0.42 "
    "a_dementia:0.82 a_diagnosis:-4.43 a_disgrace:-4.43 a_door:-4.43 a_dp:0.14 a_drink:1.22 "
    "a_e:-0.76 a_fall:0.82 a_few:0.82 a_flat:1.51 a_formal:-4.43 a_fortune:-4.43 "
    "a_fraction:-4.43 a_friday:0.14 a_friend:6.08 a_full:0.14 a_fuss:6.08 a_gentleman:6.08 "
    "a_good:0.32 a_gp:-4.43 a_hoist:-4.43 a_home:0.54 a_joke:-0.55 a_key:6.08 a_leaflet:-4.43 "
    "a_learn:6.08 a_learner:0.82 a_letter:0.32 a_lifeline:-4.43 a_long:-4.43 a_lot:0.97 "
    "a_man:6.08 a_manager:-4.43 a_massive:-4.43 a_meet:-4.43 a_month:-4.43 a_named:-4.43 "
    "a_national:-4.43 a_new:0.54 a_nightmare:-4.43 a_pa:0.14 a_page:-4.43 a_paper:-4.43 "
    "a_parent:-4.43 a_passenger:0.14 a_person:-4.43 a_phone:-4.43 a_photo:-4.43 "
    "a_picture:-4.43 a_pillow:6.08 a_plan:-4.43 a_policy:-4.43 a_proper:-4.43 "
    "a_question:-4.43 a_quick:0.82 a_quiet:-0.76 a_real:0.14 a_refund:-4.43 a_risk:-4.43 "
    "a_roofer:6.08 a_safe:0.82 a_safeguard:-4.43 a_scandal:-4.43 a_second:1.51 a_shar:-4.43 "
    "a_short:-4.43 a_sitt:-4.43 a_smell:6.08 a_support:0.82 a_temper:6.08 a_tin:6.08 "
    "a_transition:-4.43 a_video:-4.43 a_ward:-4.43 a_way:-4.43 a_week:0.29 a_woman:1.51 "
    "a_year:0.14 a_young:1.22 able:-4.43 able_to:-4.43 about:-0.2 about_a:-0.55 "
    "about_carer:-4.43 about_feel:0.82 about_it:0.32 about_money:0.82 about_mum:-4.43 "
    "about_my:0.82 about_scam:-4.43 about_that:-4.43 about_the:-0.26 about_what:-4.43 "
    "about_whether:-4.43 abroad:6.08 abroad_she:6.08 absolutely:-4.43 abus:0.82 abuse:-4.43 "
    "abuse_of:-4.43 abuse_so:-4.43 academy:-4.43 academy_are:-4.43 accept:0.82 accident:-4.43 "
    "account:0.95 account_and:0.82 account_since:0.82 act:-4.43 activity:0.14 "
    "activity_at:0.82 actual:-0.55 actually:-2.2 actually_do:-4.43 actually_enjoy:-4.43 "
    "add:0.82 address:0.14 adult:-0.76 adult_social:-4.43 adult_team:-4.43 advert:-4.43 "
    "advice:-4.43 adviser:0.14 after:0.54 after_a:0.82 after_her:0.82 after_him:0.82 "
    "after_my:2.19 after_school:-4.43 after_the:0.14 after_two:-4.43 afternoon:-0.76 "
    "afterward:-4.43 again:0.76 again_and:1.91 again_hell:6.08 again_i:1.51 again_last:6.08 "
    "again_please:-4.43 again_that:-4.43 against:6.08 against_the:6.08 age:-4.43 agency:-0.02 "
    "agency_carer:6.08 agenda:-4.43 agitat:-4.43 ago:-4.43 ago_and:-4.43 ago_she:-4.43 "
    "agre:-4.43 agree:-4.43 agree_with:-4.43 aid:-4.43 aid_and:-4.43 all:0.35 all_day:2.19 "
    "all_goe:-4.43 all_have:-4.43 all_her:6.08 all_i:0.82 all_marcus:-4.43 all_my:6.08 "
    "all_of:0.14 all_the:0.82 alloc:-4.43 allocat:-4.43 allow:6.08 allow_to:6.08 "
    "allowance:-4.43 allowance_is:-4.43 allowance_should:-4.43 alone:1.04 already:-4.43 "
    "also:6.08 alway:1.79 am:1.15 am_asleep:6.08 am_i:-0.26 am_not:0.82 an_actual:-4.43 "
    "an_answer:-4.43 an_apology:-4.43 an_explan:-4.43 an_hour:-1.33 an_insult:-4.43 "
    "an_older:6.08 and_a:0.27 and_about:0.82 and_an:-4.43 and_ask:6.08 and_call:0.82 "
    "and_came:6.08 and_dad:6.08 and_doesnt:0.82 and_for:-4.43 and_get:-4.43 and_go:1.51 "
    "and_got:-4.43 and_has:1.91 and_have:0.82 and_he:3.39 and_heard:-4.43 and_her:6.08 "
    "and_hes:6.08 and_his:2.06 and_i:1.35 and_id:0.82 and_if:1.51 and_ill:6.08 and_im:1.33 "
    "and_it:-4.43 and_its:0.14 and_ive:1.79 and_keep:6.08 and_last:6.08 and_leave:6.08 "
    "and_live:1.51 and_make:6.08 and_me:6.08 and_mum:0.82 and_my:1.73 and_no:1.11 "
    "and_nobody:-0.44 and_not:0.64 and_now:1.02 and_said:1.51 and_say:3.51 and_she:1.81 "
    "and_someone:-4.43 and_sometime:0.82 and_sort:0.82 and_still:-4.43 and_that:-4.43 "
    "and_the:0.06 and_then:-0.26 and_there:2.19 and_they:1.91 and_theyre:-0.26 and_this:0.82 "
    "and_those:-4.43 and_threw:6.08 and_told:6.08 and_train:-4.43 and_we:-0.55 "
    "and_weekend:-4.43 and_were:0.82 and_weve:-4.43 and_what:-4.43 and_when:1.51 "
    "and_wont:6.08 and_yesterday:6.08 angry:1.51 anne:-4.43 another:-1.09 answer:0.42 "
    "answer_the:-0.26 anxious:-4.43 any:0.29 any_food:6.08 any_more:0.82 any_of:0.14 "
    "anymore:6.08 anyone:-0.35 anyone_at:-4.43 anyone_because:6.08 anyone_else:-4.43 "
    "anyone_going:-4.43 anyone_hear:-4.43 anyone_help:6.08 anyone_here:-4.43 anyone_in:-4.43 "
    "anyone_know:-4.43 anyone_read:-4.43 anyone_see:-0.55 anyone_that:6.08 anyone_watch:-4.43 "
    "anyth:1.62 anyth_just:6.08 anyway:1.11 anywhere:0.82 apology:-4.43 apology_and:-4.43 "
    "app:-0.26 apparently:-4.43 appeal:-4.43 apply:-4.43 apply_for:-4.43 appointment:-4.43 "
    "april:-4.43 are_a:-4.43 are_at:0.14 are_being:-4.43 are_going:0.14 are_lovely:-4.43 "
    "are_on:-4.43 are_people:0.82 are_struggl:-4.43 are_the:-4.43 area:-4.43 arent:-0.76 "
    "arm:3.39 arm_and:0.82 arm_with:6.08 around:1.91 arrang:-4.43 arriv:6.08 art:-4.43 "
    "as_a:-0.86 as_an:-4.43 ashcombe:-4.43 ashcombe_general:-4.43 ask:0.76 ask_about:1.22 "
    "ask_for:0.82 ask_how:0.82 ask_if:0.82 asked:0.42 asked_for:0.82 asked_him:-4.43 "
    "asked_if:1.22 asked_me:-0.26 asking:1.22 asking_me:6.08 asleep:6.08 asleep_in:6.08 "
    "assess:-4.43 assessment:-2.24 assessment_by:-4.43 assessment_should:-4.43 "
    "assessment_was:-4.43 assumption:-4.43 at_10pm:0.82 at_11:-4.43 at_14:-4.43 at_16:-4.43 "
    "at_17:-4.43 at_18:-0.26 at_2am:0.14 at_3:-4.43 at_3am:1.51 at_a:0.82 at_all:0.14 "
    "at_break:0.14 at_by:-4.43 at_christma:6.08 at_drop:-4.43 at_half:-4.43 at_her:6.08 "
    "at_him:6.08 at_his:6.08 at_home:0.24 at_homework:6.08 at_least:0.14 at_lunchtime:0.14 "
    "at_me:2.19 at_midnight:-4.43 at_my:1.22 at_night:3.25 at_our:0.82 at_some:0.82 "
    "at_st:-4.43 at_the:0.14 at_weekend:0.14 at_work:0.82 attendance:-4.43 attorney:1.51 "
    "attorney_and:6.08 august:-4.43 autistic:-0.94 autistic_and:-4.43 away:-4.43 awful:-0.26 "
    "b:0.82 baby:0.82 back:0.6 back_and:0.82 back_from:0.42 back_i:0.82 back_in:0.82 "
    "back_now:-4.43 back_on:-0.26 back_to:-0.26 back_with:6.08 bad:1.33 badge:0.14 bag:-0.55 "
    "bang:6.08 bang_on:6.08 bank:2.58 bank_and:6.08 bank_app:0.82 bank_card:6.08 "
    "bank_staff:-4.43 bann:-4.43 barrier:-4.43 basically:1.51 bathroom:2.41 battle:-4.43 "
    "be_a:-0.26 be_an:-4.43 be_bann:-4.43 be_doing:-4.43 be_good:0.14 be_honest:6.08 "
    "be_in:0.82 be_kinder:6.08 be_on:1.51 be_part:-4.43 be_really:-4.43 be_sent:-4.43 "
    "be_the:-4.43 be_there:-4.43 because:1.01 because_he:1.73 because_his:6.08 because_i:1.79 "
    "because_id:0.82 because_im:6.08 because_it:0.82 because_my:6.08 because_nobody:-4.43 "
    "because_of:-4.43 because_she:0.82 because_staff:-4.43 because_that:0.82 "
    "because_the:-4.43 because_they:0.82 because_you:6.08 become:-4.43 bed:1.59 bed_now:0.82 "
    "bed_since:6.08 bedroom:6.08 bedroom_and:6.08 bedroom_when:6.08 been:1.12 been_a:0.82 "
    "been_allocat:-4.43 been_arrang:-4.43 been_at:0.82 been_giving:6.08 been_in:1.51 "
    "been_keep:6.08 been_making:6.08 been_off:0.82 been_on:0.14 been_out:0.82 been_paid:0.42 "
    "been_round:6.08 been_sleep:6.08 been_stay:6.08 been_through:-4.43 been_told:-4.43 "
    "been_turn:0.82 been_wait:-4.43 before:0.08 before_and:0.82 before_anyone:-4.43 "
    "before_he:-4.43 before_hes:-4.43 before_i:0.82 befriender:-0.55 befriender_in:-4.43 "
    "begg:6.08 begg_me:6.08 beginner:-4.43 behind:0.14 being:-0.68 being_done:-4.43 "
    "being_funny:-4.43 being_late:-4.43 benefit:0.82 best:-4.43 best_day:-4.43 better:0.27 "
    "better_than:0.82 between:0.42 between_you:6.08 big:-4.43 big_thing:-4.43 bigger:0.14 "
    "biggest:-4.43 bill:-4.43 bill_for:-4.43 bin:0.14 birthday:0.14 bit:-0.46 bit_of:-4.43 "
    "bit_the:0.82 black:1.22 black_eye:6.08 blind:1.51 bloke:6.08 blue:0.14 blue_badge:-4.43 "
    "book:-1.52 book_for:-4.43 both:0.82 bother:0.82 box:0.14 boyfriend:2.86 "
    "boyfriend_is:6.08 branch:0.14 brb:-4.43 brb_need:-4.43 break:-0.33 break_at:-4.43 "
    "break_is:-4.43 break_my:0.82 break_point:-4.43 breakfast:0.82 brilliant:-4.43 "
    "bring:-0.76 broken:0.14 brother:1.79 brother_and:0.82 brother_moved:6.08 brought:6.08 "
    "bruise:1.91 budget:-4.43 build:-4.43 burn:6.08 burn_on:6.08 bus:0.82 bus_driver:-4.43 "
    "bus_pass:-0.26 bus_station:6.08 bus_stop:6.08 buse:-4.43 business:0.82 busy:0.82 "
    "but:0.21 but_doe:-4.43 but_hes:6.08 but_i:-1.22 but_im:1.51 but_it:-4.43 but_its:0.82 "
    "but_ive:1.51 but_my:1.33 but_nobody:-4.43 but_our:-4.43 but_she:1.22 but_the:-0.55 "
    "but_there:6.08 but_theyre:-4.43 but_when:1.51 button:0.14 buy:6.08 by_a:-0.26 "
    "by_accident:-4.43 by_the:0.95 by_then:-4.43 cafe:-0.04 cafe_and:-4.43 cafe_could:-4.43 "
    "call:0.09 call_and:0.82 call_back:-4.43 call_from:1.51 call_me:-0.26 calm:6.08 came:0.73 "
    "came_back:1.51 came_home:1.91 came_in:0.82 came_to:0.82 camera:0.82 camh:-4.43 can:-0.8 "
    "can_anyone:-4.43 can_everyone:-4.43 can_explain:0.82 can_find:-4.43 can_get:-4.43 "
    "can_go:6.08 can_i:0.32 can_see:-4.43 can_someone:-4.43 can_the:0.14 can_we:-0.94 "
    "can_you:-4.43 cancel:-4.43 cancell:-1.43 cannot:-4.43 cant:0.76 cant_come:6.08 "
    "cant_do:0.14 cant_get:-0.26 cant_go:0.82 cant_leave:0.82 cant_remember:-4.43 "
    "cant_see:6.08 capacity:-4.43 car:1.07 car_after:0.82 car_fail:-4.43 car_park:-4.43 "
    "car_wash:6.08 card:1.76 card_and:6.08 card_i:6.08 care:-0.55 care_act:-4.43 "
    "care_and:1.51 care_coordinator:0.82 care_for:-4.43 care_home:-0.26 care_i:-4.43 "
    "care_package:-4.43 care_worker:-4.43 cared:-4.43 cared_for:-4.43 carer:0.07 "
    "carer_allowance:-4.43 carer_and:-4.43 carer_are:0.14 carer_assessment:-4.43 "
    "carer_budget:-4.43 carer_for:-4.43 carer_in:-4.43 carer_is:6.08 carer_keep:6.08 "
    "carer_need:-4.43 carer_they:0.82 carer_to:0.82 carer_told:1.91 carer_who:0.82 "
    "carer_worker:0.82 caring:0.82 caring_for:1.51 carry:0.42 carry_on:0.82 case:0.42 "
    "case_it:6.08 cash:2.73 cash_and:6.08 cash_machine:6.08 cat:1.51 catch:-4.43 "
    "catch_up:-4.43 centre:-0.4 centre_and:-4.43 centre_i:6.08 chair:2.19 chair_all:0.82 "
    "chair_from:6.08 chang:-0.66 chang_place:-4.43 change:1.22 charg:-4.43 charg_for:-4.43 "
    "charg_policy:-4.43 charg_us:-4.43 charge:-4.43 charity:-4.43 chas:-4.43 chas_it:-4.43 "
    "chase:-4.43 chat:-4.43 check:0.82 check_my:0.82 check_on:1.51 checklist:-4.43 "
    "chemist:-4.43 cheque:0.82 child:-4.43 children:-4.43 choose:-4.43 christma:1.22 "
    "church:1.51 church_has:6.08 class:1.51 clear:-0.94 clear_plan:-4.43 climb:0.82 "
    "clinic:-0.55 clos:-0.94 close:0.82 clothe:2.19 club:0.14 club_but:0.82 club_the:-4.43 "
    "coach:0.82 coat:6.08 coffee:-0.26 cold:1.51 collect:0.82 collect_her:0.82 college:0.54 "
    "come:1.33 come_and:0.82 come_at:6.08 come_back:1.51 come_home:6.08 come_i:-4.43 "
    "come_in:2.97 come_round:6.08 come_to:1.79 come_up:-4.43 come_when:0.14 coming:1.73 "
    "coming_and:6.08 coming_back:6.08 coming_from:6.08 coming_home:6.08 coming_in:0.14 "
    "comment:0.82 commode:-4.43 community:-0.76 community_option:0.82 company:-4.43 "
    "compens:-4.43 complain:-0.55 complain_about:0.82 complaint:0.14 completely:-4.43 "
    "computer:1.51 concern:-4.43 confus:-4.43 contact:-1.22 continuity:0.14 contract:-4.43 "
    "contract_should:-4.43 contractor:-0.55 contribution:-4.43 convers:-4.43 cook:-4.43 "
    "cook_and:-4.43 cookery:0.82 cookery_course:0.82 coordinator:0.82 cope:-4.43 copy:-4.43 "
    "copy_of:-4.43 cord:0.82 correct:-4.43 cost:-0.26 could:-0.2 could_cope:-4.43 "
    "could_someone:-0.76 could_take:0.82 could_the:-0.26 could_there:-4.43 could_we:0.82 "
    "couldnt:0.42 couldnt_get:0.82 couldnt_manage:-4.43 council:-1.56 council_look:-4.43 "
    "council_page:0.82 council_tax:-4.43 count:0.82 country:-4.43 course:-0.18 "
    "course_now:0.82 course_would:-4.43 court:0.82 cover:-1.22 cover_spott:-4.43 "
    "cover_what:-4.43 cover_when:0.82 credit:0.82 cried:6.08 criminal:-4.43 crisis:-1.22 "
    "crisis_line:-4.43 criteria:-4.43 cross:6.08 cry:6.08 crying:6.08 cup:0.82 cup_of:0.82 "
    "cupboard:6.08 cuppa:-4.43 current:-4.43 customer:-4.43 customer_with:-4.43 cut:-1.09 "
    "cut_from:-4.43 cut_the:-4.43 cutt:-4.43 dad:0.65 dad_came:0.82 dad_care:-4.43 "
    "dad_had:6.08 dad_has:0.14 dad_he:6.08 dad_i:0.82 dad_keep:6.08 dad_to:0.82 "
    "dad_transport:-4.43 dad_was:-0.26 damp:0.82 damp_in:0.82 dark:6.08 dash:-4.43 date:-4.43 "
    "date_please:-4.43 daughter:0.39 daughter_room:0.82 daughter_want:-4.43 "
    "daughter_was:-4.43 day:0.54 day_a:6.08 day_after:-4.43 day_and:1.66 day_are:0.82 "
    "day_at:-4.43 day_before:-4.43 day_centre:0.42 day_for:-4.43 day_he:0.82 day_i:0.42 "
    "day_my:-4.43 day_not:0.82 day_notice:-4.43 day_now:1.91 day_of:-4.43 day_out:-4.43 "
    "day_service:0.82 day_the:6.08 day_wed:-4.43 day_when:-4.43 daylight:-4.43 "
    "daylight_robbery:-4.43 deal:0.82 deal_with:0.82 dealt:-4.43 dealt_with:-4.43 debt:0.82 "
    "decid:0.42 decide:6.08 decision:-4.43 delay:-4.43 delivery:6.08 dementia:-0.13 "
    "dementia_adviser:0.82 dementia_and:0.32 dementia_friendly:-0.55 dementia_is:-4.43 "
    "deputyship:-4.43 design:-4.43 detail:0.14 detail_to:0.14 diagnos:-4.43 diagnosis:0.42 "
    "did:-1.22 did_anyone:-4.43 did_i:-4.43 did_it:1.51 didnt:-0.12 didnt_come:-4.43 "
    "didnt_get:0.82 didnt_know:-0.26 die:0.82 died:-0.76 died_the:-4.43 different:-0.55 "
    "different_carer:-4.43 digital:-4.43 direct:-4.43 direct_payment:-4.43 disability:-0.08 "
    "disability_and:6.08 disabl:-1.43 disabl_kid:-4.43 disabl_people:-4.43 discharg:-0.08 "
    "discharg_with:-4.43 discharge:-1.09 discharge_checklist:-4.43 discharge_letter:0.82 "
    "discharge_lounge:-4.43 discharge_should:-4.43 disclose:-4.43 disgrace:-4.43 "
    "distress:-4.43 district:6.08 district_nurse:6.08 do:-0.11 do_all:0.82 do_everyth:-4.43 "
    "do_i:-1.09 do_if:-4.43 do_my:1.51 do_someth:0.82 do_that:-4.43 do_the:-0.26 "
    "do_they:-4.43 do_thing:0.82 do_we:-0.55 do_you:-4.43 doe:0.19 doe_a:-4.43 "
    "doe_anyone:-4.43 doe_my:6.08 doesnt:1.51 doesnt_know:0.42 doesnt_want:6.08 doing:0.67 "
    "doing_one:-4.43 domestic:-4.43 domestic_abuse:-4.43 done:-0.94 done_about:-4.43 "
    "dont:1.33 dont_eat:6.08 dont_feel:0.14 dont_get:1.91 dont_have:0.82 dont_know:1.51 "
    "dont_like:1.91 dont_make:0.82 dont_really:6.08 dont_say:6.08 dont_tell:6.08 "
    "dont_want:1.04 door:1.6 door_at:6.08 door_because:0.82 door_but:0.82 door_im:6.08 "
    "door_in:6.08 door_to:0.82 down:0.82 dp:0.14 dp_for:0.82 drawer:6.08 dress:6.08 "
    "drink:2.41 drink_and:6.08 driv:-4.43 drive:1.91 driver:0.27 drop:0.42 drop_in:0.82 "
    "drop_off:-4.43 dropp:0.82 due:0.14 during:0.82 during_school:0.82 dust:-4.43 duty:-4.43 "
    "duty_team:-4.43 dying:-4.43 dying_to:-4.43 e:-1.09 e_g:-4.43 e_was:-4.43 each:0.42 "
    "earlier:-4.43 early:-4.43 early_help:-4.43 easier:1.91 easy:-1.09 easy_read:-0.76 "
    "eat:1.91 eaten:6.08 eaten_since:6.08 eating:6.08 ehcp:-4.43 elderly:-4.43 election:-4.43 "
    "electric:6.08 eleven:-4.43 eligible:-4.43 else:0.24 email:-0.46 email_my:0.82 "
    "email_who:-4.43 emergency:-0.26 employ:0.82 employer:-0.26 employer_what:0.82 empty:6.08 "
    "end:0.36 end_of:1.51 end_their:-4.43 end_up:0.14 ended:0.82 english:-4.43 enjoy:-4.43 "
    "enough:0.54 enough_to:-4.43 esa:0.82 escalat:0.82 escalate:-4.43 escalate_this:-4.43 "
    "escort:0.82 esol:1.51 even:0.99 even_and:-0.26 ever:-1.22 every:0.66 every_day:0.82 "
    "every_month:0.82 every_night:6.08 every_single:-4.43 every_time:0.14 every_week:1.51 "
    "everyone:-0.7 everyone_hear:-4.43 everyth:-0.33 everyth_i:0.82 evry:6.08 evry_day:6.08 "
    "ex:1.91 ex_still:6.08 exactly:-4.43 exam:0.14 exclusion:-4.43 exclusion_at:-4.43 "
    "exhaust:-4.43 explain:-1.6 explain_how:-4.43 explain_what:-4.43 explan:-4.43 "
    "explan_and:-4.43 extra:0.14 eye:6.08 face:0.32 face_every:-4.43 facebook:-0.26 "
    "fail:-4.43 fail_its:-4.43 fair:0.14 fake:-4.43 fall:0.97 fall_the:0.82 family:-0.22 "
    "family_learn:0.82 far:-0.55 far_too:-4.43 fast:0.82 father:0.14 february:-4.43 fed:0.82 "
    "fee:6.08 feel:0.42 feel_like:1.51 feel_safe:-0.08 fell:-0.55 fella:6.08 felt:-4.43 "
    "felt_like:-4.43 few:0.82 fight:0.14 file:-4.43 fill:-0.55 fill_it:-4.43 finance:0.82 "
    "financial:-4.43 financial_abuse:-4.43 find:-1.43 find_out:-4.43 fine:1.04 fine_but:0.82 "
    "finger:6.08 finger_mark:6.08 finish:0.82 firm:-4.43 first:-1.02 first_aid:-4.43 "
    "first_time:-4.43 first_week:-0.26 five:-0.55 five_day:-4.43 five_time:-4.43 fix:0.14 "
    "fix_the:0.82 fixed:-4.43 flat:2.08 flat_and:6.08 flat_evry:6.08 flat_in:0.82 "
    "flat_she:0.82 flexible:-4.43 flinche:6.08 flinche_when:6.08 floor:1.73 follow:-0.26 "
    "follow_the:-4.43 follow_up:0.82 food:2.19 food_and:6.08 food_in:1.51 football:-4.43 "
    "for_a:-0.26 for_being:-4.43 for_carer:0.82 for_dad:-4.43 for_day:1.91 for_disabl:-4.43 "
    "for_help:1.51 for_her:1.51 for_it:0.14 for_me:-0.08 for_month:0.42 for_more:0.82 "
    "for_mum:0.14 for_my:-0.76 for_nine:0.82 for_one:-4.43 for_our:-4.43 for_parent:-4.43 "
    "for_people:-4.43 for_safekeep:6.08 for_send:-4.43 for_six:-4.43 for_someone:1.51 "
    "for_the:0.4 for_their:-4.43 for_them:1.91 for_this:0.82 for_those:-4.43 for_three:0.82 "
    "for_two:-4.43 for_week:1.91 for_what:0.82 for_when:-4.43 for_work:0.82 for_young:-4.43 "
    "form:-2.03 form_is:-4.43 formal:-4.43 formal_complaint:-4.43 fortnight:0.82 "
    "fortune:-4.43 forum:0.82 forward:0.14 forward_to:0.82 found:1.6 found_a:6.08 "
    "found_it:-4.43 found_out:0.42 four:-0.26 four_month:0.14 four_time:-0.08 fraction:-4.43 "
    "free:-4.43 freez:6.08 frend:6.08 friday:1 friday_and:1.22 fridge:0.82 friend:1.04 "
    "friendly:-0.55 frighten:1.51 frighten_of:1.22 frighten_to:6.08 from_a:0.14 "
    "from_day:-4.43 from_her:6.08 from_his:-4.43 from_hospital:-4.43 from_my:1.51 "
    "from_the:0.76 front:0.49 front_door:1.22 front_of:-0.08 froze:-4.43 frozen:-4.43 "
    "fuel:-4.43 fuel_payment:-4.43 full:-1.33 full_stop:-4.43 fund:-4.43 funny:-4.43 "
    "funny_but:-4.43 fuss:6.08 fuss_but:6.08 g:-4.43 game:0.82 gap:0.82 garden:6.08 gas:6.08 "
    "gave:0.82 gave_me:0.14 gave_my:-4.43 general:-4.43 general_is:-4.43 gentleman:6.08 "
    "genuinely:-4.43 get:0.07 get_a:-4.43 get_bad:6.08 get_help:-4.43 get_her:6.08 "
    "get_in:0.42 get_it:1.73 get_my:-4.43 get_out:0.82 get_paid:0.14 get_scar:-4.43 "
    "get_the:-0.76 get_there:0.82 get_tired:-4.43 get_to:-4.43 get_too:6.08 get_up:0.82 "
    "gett:0.47 girl:2.73 girl_who:6.08 girlfriend:6.08 girlfriend_who:6.08 give:1.22 "
    "give_him:6.08 give_me:1.51 given:1.51 given_the:6.08 giving:6.08 giving_my:6.08 "
    "glasse:0.14 glastonbury:-4.43 go:1.44 go_and:6.08 go_back:0.14 go_in:6.08 go_on:0.82 "
    "go_out:1.22 go_through:0.14 go_to:3.16 goe:1.59 goe_on:1.51 goe_out:6.08 "
    "goe_straight:6.08 goe_wrong:-4.43 going:0.55 going_and:0.82 going_home:1.51 "
    "going_into:0.82 going_on:6.08 going_to:-0.76 going_up:-4.43 gone:1.79 gone_very:6.08 "
    "good:0.09 good_break:0.82 good_day:-0.55 good_idea:0.82 google:-4.43 got:0.14 got_a:0.82 "
    "got_home:0.14 got_it:-4.43 got_kick:0.82 got_lost:-4.43 got_me:-4.43 got_sore:6.08 "
    "got_the:-4.43 got_there:1.51 government:-4.43 government_need:-4.43 gp:-1.6 "
    "gp_appointment:-4.43 gp_receptionist:-4.43 gp_surgery:-4.43 grab:0.82 grabb:2.58 "
    "grabb_him:6.08 grabb_his:6.08 grandkid:0.82 grandson:6.08 great:0.6 great_but:0.82 "
    "group:-0.04 guy:6.08 gym:-4.43 gym_and:-4.43 had:0.54 had_a:0.82 had_any:0.82 "
    "had_his:0.82 had_my:1.51 had_no:0.14 had_nobody:-4.43 had_the:-4.43 had_to:-0.26 "
    "hadnt:1.22 hadnt_eaten:6.08 half:0.36 half_of:0.82 half_our:-4.43 half_past:-4.43 "
    "half_the:1.51 hand:1.91 handle:0.82 hang:-0.26 happen:-0.71 happen_if:-4.43 "
    "happen_to:0.14 happen_when:0.82 happen_with:-4.43 happy:-0.26 happy_and:0.82 hard:6.08 "
    "harder:6.08 harder_than:6.08 harm:-4.43 has:0.9 has_a:1.37 has_anyone:-4.43 "
    "has_been:1.33 has_dementia:-0.08 has_had:6.08 has_her:6.08 has_his:6.08 has_moved:6.08 "
    "has_my:6.08 has_new:6.08 has_no:6.08 has_start:6.08 has_taken:0.82 has_to:-0.18 "
    "hasnt:0.69 hasnt_been:1.11 hasnt_had:0.14 have:0.37 have_a:0.27 have_been:0.82 "
    "have_chang:-4.43 have_the:0.82 have_to:1.15 havent:1.04 havent_been:0.14 having:-4.43 "
    "he:2.06 he_came:0.82 he_cant:6.08 he_come:6.08 he_cried:6.08 he_doesnt:6.08 he_get:-4.43 "
    "he_go:6.08 he_goe:6.08 he_got:0.82 he_has:1.91 he_is:6.08 he_just:0.82 he_keep:6.08 "
    "he_moved:0.82 he_ring:6.08 he_said:2.41 he_saw:6.08 he_say:6.08 he_still:1.51 "
    "he_take:6.08 he_told:6.08 he_turn:0.82 he_want:2.19 he_was:0.82 he_wont:6.08 "
    "he_wouldnt:6.08 head:0.82 health:-0.26 hear:-0.66 hear_aid:-4.43 hear_me:-4.43 "
    "heard:-4.43 heard_noth:-4.43 heart:0.82 heat:1.33 heat_off:0.82 hed:0.82 hed_be:-4.43 "
    "hell:6.08 hell_put:6.08 hello:-0.55 hello_everyone:-4.43 help:-0.14 help_a:-4.43 "
    "help_at:0.82 help_but:6.08 help_family:-4.43 help_for:-4.43 help_her:1.22 help_him:6.08 "
    "help_is:-4.43 help_me:0.14 help_people:0.82 help_with:1.51 helpful:0.82 her:1.58 "
    "her_and:6.08 her_arm:1.51 her_at:0.82 her_bank:6.08 her_dad:6.08 her_dementia:0.82 "
    "her_door:6.08 her_family:0.82 her_friend:6.08 her_husband:6.08 her_i:-4.43 her_in:2.06 "
    "her_med:6.08 her_money:6.08 her_nephew:6.08 her_nightie:6.08 her_not:6.08 her_own:-0.26 "
    "her_pa:0.82 her_passport:6.08 her_pension:1.91 her_ring:6.08 her_room:6.08 "
    "her_sleep:6.08 her_son:6.08 her_tablet:0.14 her_to:1.91 her_up:6.08 here:-0.57 "
    "here_and:0.82 here_but:-4.43 here_i:0.14 here_is:-4.43 here_one:6.08 here_the:-4.43 "
    "herself:6.08 hes:2.26 hes_alway:6.08 hes_been:2.97 hes_got:6.08 hes_had:6.08 hes_in:6.08 "
    "hes_lost:6.08 hes_told:6.08 hi:-0.94 hi_all:-0.26 hidden:6.08 hide:6.08 hiding:6.08 "
    "high:-4.43 him:1.85 him_before:6.08 him_by:6.08 him_for:6.08 him_he:0.14 him_in:1.91 "
    "him_money:6.08 him_not:6.08 him_on:6.08 him_over:6.08 him_she:6.08 him_to:6.08 "
    "him_until:6.08 himself:6.08 his:1.51 his_arm:6.08 his_bag:-4.43 his_bank:6.08 "
    "his_carer:6.08 his_chair:6.08 his_daughter:0.82 his_face:6.08 his_flat:6.08 "
    "his_friend:1.51 his_mate:6.08 his_mum:1.51 his_own:1.51 his_phone:6.08 his_room:0.82 "
    "his_support:0.82 hit:1.11 hiya:-4.43 hiya_sorry:-4.43 hoard:0.82 hoist:-4.43 "
    "hoist_and:-4.43 hold:1.11 hold_her:6.08 hold_to:-4.43 hole:1.51 hole_in:6.08 "
    "holiday:-0.26 holiday_scheme:-4.43 home:0.57 home_after:6.08 home_and:-0.55 "
    "home_arent:0.82 home_at:-0.55 home_dad:0.82 home_for:6.08 home_is:-0.26 home_last:-4.43 "
    "home_library:0.42 home_my:6.08 home_not:-4.43 home_on:0.82 home_she:0.82 "
    "home_should:0.14 home_the:0.82 home_to:6.08 home_with:2.41 home_without:-4.43 "
    "homework:1.51 homework_club:1.51 honest:6.08 honest_ive:6.08 honestly:0.42 "
    "honestly_dont:6.08 honestly_the:0.42 hope:6.08 hospital:-0.55 hospital_and:0.14 "
    "hospital_is:-4.43 hospital_transport:-4.43 hot:6.08 hour:-0.48 hour_a:-0.26 hour_in:1.51 "
    "hour_on:-4.43 hour_to:-4.43 hous:-0.26 house:2.41 house_and:6.08 how:-0.1 how_do:-4.43 "
    "how_is:-4.43 how_it:0.82 how_long:-4.43 how_many:0.82 how_to:0.82 how_would:0.82 "
    "hub:-0.76 hundr:0.82 hurt:1.22 husband:0.76 husband_died:-4.43 husband_has:6.08 "
    "husband_is:0.14 husband_was:-4.43 i:0.64 i_already:-4.43 i_am:1.35 i_ask:6.08 "
    "i_asked:-4.43 i_can:1.73 i_cant:1.91 i_care:-4.43 i_come:1.51 i_could:0.14 "
    "i_couldnt:6.08 i_didnt:1.11 i_do:1.73 i_dont:2.19 i_escalate:-4.43 i_feel:-4.43 "
    "i_fill:-4.43 i_found:0.82 i_genuinely:-4.43 i_get:0.42 i_go:6.08 i_got:0.6 i_grabb:6.08 "
    "i_had:-0.94 i_have:3.16 i_havent:6.08 i_help:6.08 i_hide:6.08 i_honestly:6.08 i_just:2.1 "
    "i_keep:6.08 i_knew:0.14 i_know:1.22 i_left:6.08 i_like:-0.55 i_look:6.08 i_love:-4.43 "
    "i_made:-4.43 i_manage:0.82 i_meant:1.51 i_miss:-4.43 i_need:-0.42 i_never:1.51 "
    "i_owe:6.08 i_put:6.08 i_report:-4.43 i_say:6.08 i_see:-4.43 i_send:0.14 i_should:1.91 "
    "i_sit:6.08 i_sleep:0.82 i_speak:-4.43 i_stay:6.08 i_still:0.14 i_take:0.82 i_tell:6.08 "
    "i_think:1.51 i_told:0.82 i_volunteer:6.08 i_want:-1.87 i_was:-0.4 i_went:-0.26 "
    "i_wont:6.08 i_work:-0.55 i_would:0.82 id:-0.3 id_be:0.82 id_been:0.82 id_had:-4.43 "
    "id_like:-1.81 id_love:0.82 id_never:0.82 id_rather:1.51 id_want:-4.43 idea:1.11 idk:6.08 "
    "if:0.24 if_a:-4.43 if_carer:-4.43 if_he:6.08 if_i:1.97 if_im:1.51 if_she:2.19 "
    "if_someone:-4.43 if_the:-1.09 if_there:-4.43 if_they:-0.26 if_we:0.14 if_wed:-4.43 "
    "if_you:-4.43 ill:1.51 ill_be:6.08 ill_do:6.08 ill_have:1.51 im:1.1 im_14:0.82 im_16:0.82 "
    "im_81:6.08 im_a:0.82 im_alway:6.08 im_at:6.08 im_doing:6.08 im_frighten:6.08 "
    "im_going:6.08 im_here:-4.43 im_in:0.82 im_late:-4.43 im_not:2.58 im_on:6.08 "
    "im_still:0.14 im_tired:0.82 im_to:6.08 impossible:-4.43 in_a:0.75 in_and:1.73 "
    "in_april:-4.43 in_august:-4.43 in_bed:2.19 in_care:0.82 in_case:6.08 in_crisis:0.14 "
    "in_every:0.82 in_flat:6.08 in_for:0.82 in_four:0.82 in_front:-0.08 in_her:1.33 "
    "in_hes:6.08 in_his:2.01 in_hospital:0.14 in_january:-4.43 in_june:-4.43 in_law:6.08 "
    "in_march:-0.08 in_may:-0.26 in_my:1.43 in_place:-4.43 in_school:-0.55 in_september:-4.43 "
    "in_the:0.68 in_there:6.08 in_this:1.22 in_three:6.08 in_to:2.19 in_town:-4.43 "
    "in_trouble:1.51 in_week:6.08 in_when:6.08 in_with:6.08 include:-4.43 inform:-0.76 "
    "instead:1.91 instead_of:1.51 insult:-4.43 into:0.34 into_his:6.08 into_hospital:6.08 "
    "into_it:-4.43 into_my:0.82 into_the:-0.26 into_why:-4.43 invoice:-4.43 "
    "invoice_cancell:-4.43 is_a:-1.98 is_about:-4.43 is_actually:-4.43 is_alway:0.82 "
    "is_an:-4.43 is_and:-4.43 is_anyone:-4.43 is_being:0.14 is_better:0.14 is_clos:-4.43 "
    "is_daylight:-4.43 is_for:0.82 is_going:-0.76 is_impossible:-4.43 is_in:0.82 is_it:0.14 "
    "is_like:-4.43 is_look:6.08 is_lovely:1.51 is_my:-4.43 is_nice:6.08 is_nine:-4.43 "
    "is_no:0.82 is_nobody:-4.43 is_not:0.14 is_now:0.82 is_on:-4.43 is_responsible:-4.43 "
    "is_rough:6.08 is_scar:0.82 is_shock:-4.43 is_so:-4.43 is_taking:-4.43 is_that:0.42 "
    "is_the:-0.04 is_there:-4.43 is_this:1.51 is_threaten:-4.43 is_too:-0.26 is_very:0.82 "
    "is_what:-4.43 is_when:0.82 isnt:-0.15 isnt_work:0.82 issue:-4.43 it_all:0.42 it_and:0.14 "
    "it_back:6.08 it_correct:-4.43 it_cost:0.82 it_down:-4.43 it_for:0.82 it_get:1.91 "
    "it_happen:-4.43 it_hes:6.08 it_i:6.08 it_in:0.14 it_is:0.82 it_look:-4.43 it_not:-4.43 "
    "it_off:1.22 it_out:-4.43 it_should:0.82 it_the:0.82 it_three:-4.43 it_to:0.14 "
    "it_was:-1.09 it_when:-4.43 it_would:0.82 its:0.19 its_a:0.42 its_been:-0.55 "
    "its_easier:6.08 its_for:6.08 its_full:-4.43 its_mot:-4.43 its_not:-0.26 its_the:0.14 "
    "ive:1.12 ive_been:2.19 ive_chas:-4.43 ive_email:-4.43 ive_got:0.14 ive_had:1.11 "
    "ive_heard:-4.43 ive_never:0.82 ive_not:6.08 ive_rung:-4.43 ive_start:6.08 ive_stopp:6.08 "
    "ive_thought:6.08 ive_told:0.82 ive_written:0.14 jake:-4.43 january:-4.43 jean:6.08 "
    "jo:-4.43 joan:-0.26 job:0.14 join:1.51 joke:-0.55 journey:0.14 june:-0.55 june_and:-4.43 "
    "just:0.45 just_dont:1.91 just_got:-4.43 just_in:0.82 just_know:0.82 just_need:0.82 "
    "just_somewhere:6.08 just_stopp:-4.43 just_the:0.82 just_to:0.14 just_want:0.82 keep:1.63 "
    "keep_asking:6.08 keep_coming:6.08 keep_cutt:-4.43 keep_fall:0.82 keep_gett:1.51 "
    "keep_going:6.08 keep_her:6.08 keep_it:6.08 keep_my:6.08 keep_putt:0.82 keep_saying:6.08 "
    "keep_the:0.32 kept:0.82 kev:6.08 key:1.66 key_and:6.08 key_worker:0.82 kick:1.33 "
    "kick_off:1.91 kick_out:0.82 kid:0.14 kid_actually:-4.43 kid_and:0.82 kid_are:-4.43 "
    "kill:-4.43 kill_me:-4.43 kill_the:-4.43 kind:-4.43 kinder:6.08 kitchen:2.58 "
    "kitchen_floor:1.51 knew:0.14 knock:1.51 know:-0.13 know_a:-4.43 know_how:-0.76 "
    "know_if:-0.76 know_theyre:6.08 know_what:0.14 know_when:-4.43 know_where:0.82 "
    "know_who:-0.15 known:-4.43 la:-4.43 lack:-4.43 lad:2.3 lad_i:0.82 lad_who:6.08 lady:1.91 "
    "land:0.82 language:-4.43 laptop:-4.43 lash:6.08 lash_out:6.08 last:0.7 last_night:1.29 "
    "last_time:1.51 last_week:1.11 last_year:-0.55 late:-0.42 late_every:-4.43 late_the:-4.43 "
    "lately:0.82 later:-0.26 laugh:6.08 law:6.08 law_has:6.08 lead:-4.43 lead_and:-4.43 "
    "leaflet:-4.43 leaflet_in:-4.43 leak:0.82 learn:0.54 learn_disability:0.14 learn_to:0.82 "
    "learner:0.82 learnt:-4.43 least:0.82 leav:-4.43 leave:1.22 leave_her:6.08 leave_him:6.08 "
    "leave_i:-4.43 leave_the:6.08 left:0.47 left_him:0.82 left_in:0.14 left_on:6.08 leg:1.91 "
    "leisure:-4.43 leisure_centre:-4.43 lend:6.08 lend_him:6.08 less:-0.76 less_likely:-4.43 "
    "lesson:0.82 let:2.01 let_anyone:6.08 let_her:6.08 let_me:-4.43 let_the:1.51 letter:-0.04 "
    "letter_about:0.82 letter_came:-4.43 letter_saying:0.14 library:0.92 library_is:6.08 "
    "library_service:0.14 life:-0.55 lifeline:-4.43 lift:1.91 light:0.82 like:-0.06 "
    "like_a:-0.04 like_an:-4.43 like_going:-4.43 like_him:-4.43 like_it:0.82 like_me:0.82 "
    "like_my:-4.43 like_someone:-4.43 like_that:0.42 like_the:1.91 like_this:1.51 "
    "like_to:0.14 likely:-4.43 likely_to:-4.43 line:-0.42 link:-4.43 link_for:-4.43 "
    "link_in:-4.43 link_to:-4.43 lip:6.08 list:-4.43 list_for:-4.43 list_is:-4.43 listen:0.14 "
    "listen_to:0.14 little:1.33 little_brother:6.08 little_sister:0.82 live:2.06 "
    "live_alone:1.51 live_in:0.82 lived:0.14 lived_on:0.82 living:-0.26 living_in:1.51 "
    "load:-4.43 local:-4.43 local_offer:-4.43 lock:6.08 lock_her:6.08 lock_him:6.08 "
    "lock_the:6.08 lol:-0.26 lonely:-4.43 long:-0.7 long_is:-4.43 long_sleeve:6.08 "
    "long_term:-4.43 longer:6.08 loo:-4.43 look:0.57 look_after:1.33 look_at:-0.42 "
    "look_forward:0.82 look_into:-4.43 look_up:6.08 lose:0.82 lose_the:-4.43 lost:-0.26 "
    "lost_a:6.08 lost_my:-4.43 lost_the:-4.43 lot:0.21 lot_of:0.24 loud:0.14 lounge:-4.43 "
    "love:-0.42 love_that:-4.43 love_the:-4.43 lovely:-1.16 lovely_but:-0.55 lovely_to:-4.43 "
    "luck:-4.43 lunchtime:0.14 machine:0.82 made:0.14 made_it:0.82 mainstream:-4.43 make:1.15 "
    "make_a:1.91 make_her:0.82 make_it:-4.43 make_me:1.73 make_the:0.82 making:0.42 man:3.25 "
    "man_at:6.08 man_from:6.08 man_he:6.08 man_keep:6.08 man_on:6.08 man_who:6.08 manag:-4.43 "
    "manage:0.54 manage_her:-4.43 manage_the:0.82 manager:-0.08 manager_to:-4.43 many:0.14 "
    "march:-0.42 march_and:-4.43 march_i:0.82 marcus:-4.43 margaret:-4.43 margaret_here:-4.43 "
    "mark:6.08 mark_on:6.08 massive:-4.43 match:-4.43 mate:1.11 mate_are:6.08 math:-4.43 "
    "matter:-0.26 matter_because:6.08 matter_to:-4.43 may:-0.76 may_and:-4.43 maybe:-4.43 "
    "maybe_a:-4.43 me:0.84 me_a:1.91 me_about:6.08 me_again:0.82 me_an:0.82 me_and:1.51 "
    "me_as:0.82 me_back:-4.43 me_but:0.82 me_down:0.82 me_he:6.08 me_her:6.08 me_i:-4.43 "
    "me_if:1.51 me_im:6.08 me_in:2.19 me_is:-4.43 me_it:0.14 me_my:0.14 me_not:6.08 "
    "me_now:-4.43 me_on:6.08 me_out:0.14 me_she:6.08 me_some:1.51 me_the:0.14 me_there:6.08 "
    "me_to:1.51 me_today:-4.43 me_what:-4.43 me_when:1.73 me_why:-4.43 meal:2.19 "
    "meal_for:0.82 mean:0.14 meant:1.51 meant_to:1.51 meanwhile:-4.43 measure:0.14 med:1.51 "
    "med_and:6.08 medic:-0.94 meet:-1.52 meet_with:-4.43 memory:-1.09 memory_clinic:-4.43 "
    "memory_is:0.82 men:6.08 mental:0.82 mental_health:0.82 mention:6.08 messag:6.08 "
    "message:6.08 mic:-4.43 midnight:-4.43 might:0.82 might_be:0.82 mine:0.14 minibus:0.82 "
    "minute:-1.33 miss:-0.94 moan:0.82 moment:-4.43 monday:2.19 money:1.25 money_and:1.91 "
    "money_for:1.73 month:-0.38 month_and:0.42 month_can:0.82 month_round:-4.43 "
    "month_she:0.82 monthly:-4.43 more:0.19 more_i:6.08 more_of:-0.26 morn:0.45 "
    "morn_all:-4.43 morn_because:0.82 morn_call:6.08 morn_i:6.08 morn_is:6.08 morn_of:-4.43 "
    "morn_with:-4.43 morphine:6.08 most:0.27 most_day:0.82 most_night:6.08 most_useful:-4.43 "
    "mostly:6.08 mot:-4.43 mother:0.42 mother_she:0.82 mould:0.82 move:0.82 move_to:-4.43 "
    "moved:2.19 moved_back:6.08 moved_in:6.08 mr:6.08 mrs:6.08 much:0.92 much_for:-4.43 "
    "much_longer:6.08 mum:0.73 mum_about:0.82 mum_and:1.51 mum_at:6.08 mum_been:1.51 "
    "mum_boyfriend:6.08 mum_care:1.51 mum_carer:6.08 mum_had:-4.43 mum_in:6.08 mum_is:0.14 "
    "mum_new:6.08 mum_on:0.14 mum_pension:0.82 mum_personal:0.82 mum_take:6.08 mum_was:-4.43 "
    "mum_when:6.08 mum_who:-4.43 mum_would:0.82 murder:-4.43 music:-4.43 muted:-4.43 my:0.68 "
    "my_14:6.08 my_account:-0.26 my_arm:6.08 my_bank:6.08 my_boyfriend:6.08 my_brother:1.91 "
    "my_car:0.82 my_card:6.08 my_carer:0.82 my_dad:0.67 my_daughter:0.02 my_door:6.08 "
    "my_ex:6.08 my_father:0.14 my_flat:1.51 my_form:-4.43 my_friend:-4.43 my_grandson:6.08 "
    "my_head:0.82 my_home:-4.43 my_husband:0.3 my_last:0.14 my_leg:6.08 my_little:1.91 "
    "my_mate:0.14 my_money:6.08 my_mother:-0.26 my_mum:0.29 my_neighbour:1.22 my_new:0.82 "
    "my_own:-0.76 my_pa:0.14 my_partner:6.08 my_phone:1.33 my_post:6.08 my_review:-0.08 "
    "my_room:2.41 my_sanity:-4.43 my_shopp:6.08 my_sister:1.37 my_son:-0.01 my_support:1.51 "
    "my_tablet:6.08 my_tether:0.82 my_uncle:6.08 my_wife:0.36 myself:1.51 name:-0.08 "
    "name_of:-4.43 named:-4.43 named_person:-4.43 nan:6.08 national:-4.43 nearly:-4.43 "
    "neck:6.08 need:-1.05 need_a:-1.52 need_an:-4.43 need_at:-4.43 need_look:-4.43 "
    "need_more:-4.43 need_proper:-4.43 need_someone:1.51 need_the:1.51 need_to:-1.75 "
    "need_train:-4.43 neglect:-4.43 neighbour:1.37 nephew:6.08 nephew_has:6.08 never:0.51 "
    "never_have:-4.43 never_remember:0.82 never_see:0.82 new:0.58 new_carer:6.08 "
    "new_contract:-4.43 new_fella:6.08 new_frend:6.08 new_friend:6.08 new_girlfriend:6.08 "
    "new_service:-0.55 new_trainer:6.08 next:0.95 next_door:6.08 next_month:-4.43 "
    "next_time:1.51 next_to:6.08 nhs:-4.43 nice:6.08 nice_mostly:6.08 night:2.1 night_a:-4.43 "
    "night_and:6.08 night_i:6.08 night_man:6.08 night_now:6.08 night_she:6.08 night_so:6.08 "
    "night_that:0.82 night_the:0.82 nightie:6.08 nightmare:-4.43 nine:-0.55 nine_month:-4.43 "
    "nine_year:0.82 no:0.66 no_food:1.51 no_heat:1.51 no_more:6.08 no_one:2.58 no_warn:-4.43 "
    "no_wonder:-4.43 nobody:-0.14 nobody_ask:0.14 nobody_asked:0.14 nobody_been:0.82 "
    "nobody_can:-0.26 nobody_come:0.82 nobody_ever:-4.43 nobody_explain:-4.43 "
    "nobody_from:-4.43 nobody_has:-0.76 nobody_is:0.14 nobody_on:0.14 nobody_told:-4.43 "
    "nobody_turn:6.08 nobody_will:-4.43 nobody_would:6.08 noisy:-4.43 none:-4.43 "
    "none_of:-4.43 normal:1.51 not:0.75 not_a:-0.76 not_allow:6.08 not_at:6.08 not_been:1.91 "
    "not_being:-4.43 not_enough:0.82 not_had:6.08 not_in:-0.55 not_just:-0.76 not_much:6.08 "
    "not_my:0.82 not_on:-4.43 not_once:-4.43 not_proud:6.08 not_really:-4.43 not_sure:6.08 "
    "not_their:-4.43 not_to:3.16 not_wake:6.08 note:-0.55 noth:-0.83 noth_for:-4.43 "
    "noth_i:-4.43 noth_please:-4.43 noth_to:0.82 notic:1.51 notice:-0.08 november:-4.43 "
    "now:0.55 now_and:6.08 now_because:6.08 now_has:6.08 now_he:6.08 now_i:-4.43 now_in:-4.43 "
    "now_it:-4.43 now_its:-4.43 now_my:1.91 now_say:-4.43 now_she:1.51 now_they:0.82 "
    "now_weve:-4.43 nowhere:-4.43 number:0.42 nurse:0.82 nurse_here:6.08 nursery:-4.43 "
    "oclock:0.82 of_attorney:1.51 of_bed:6.08 of_carer:-4.43 of_change:0.82 of_her:1.51 "
    "of_him:6.08 of_his:0.82 of_hour:-4.43 of_it:1.22 of_me:1.22 of_mum:0.14 of_my:0.82 "
    "of_our:1.51 of_people:-4.43 of_scam:-4.43 of_tablet:0.82 of_tea:0.82 of_that:-4.43 "
    "of_the:0.56 of_them:-0.26 of_these:-0.55 of_thing:1.51 of_this:0.82 of_us:-4.43 "
    "of_weight:6.08 of_what:0.14 off:0.44 off_a:-4.43 off_and:6.08 off_at:-4.43 off_for:0.82 "
    "off_her:0.82 off_me:6.08 off_my:-4.43 off_the:-4.43 off_topic:-4.43 offer:-4.43 "
    "office:1.22 officer:0.82 often:-0.55 often_dont:-4.43 oh:-4.43 oh_brilliant:-4.43 "
    "oh_yes:-4.43 ok:-4.43 okafor:6.08 old:0.69 older:0.82 older_lad:6.08 older_people:-4.43 "
    "on_a:0.27 on_and:1.51 on_both:6.08 on_facebook:0.14 on_friday:6.08 on_her:1.51 "
    "on_his:2.3 on_hold:-4.43 on_in:6.08 on_it:-0.55 on_me:0.14 on_monday:1.91 on_my:0.82 "
    "on_one:-4.43 on_our:0.82 on_saturday:-4.43 on_sunday:2.19 on_the:0.66 on_their:0.82 "
    "on_thursday:0.82 on_toast:0.14 on_wednesday:6.08 on_what:-4.43 on_with:0.82 once:-1.22 "
    "once_and:0.14 one:0.65 one_has:0.82 one_in:0.82 one_my:-4.43 one_of:1.29 online:0.47 "
    "online_and:0.82 online_form:-0.55 only:0.51 only_ask:0.82 only_thing:0.82 open:0.97 "
    "open_the:1.51 operative:-0.26 option:0.14 or_anyth:6.08 or_is:0.82 ot:-4.43 "
    "ot_visit:-4.43 other:0.6 other_language:-4.43 our:-0.38 our_church:0.82 "
    "our_daughter:0.82 our_is:-4.43 our_road:-4.43 our_short:-4.43 our_solicitor:-4.43 "
    "our_son:0.14 out:0.85 out_about:-4.43 out_and:1.51 out_as:0.82 out_at:6.08 out_he:1.91 "
    "out_i:0.82 out_in:-4.43 out_loud:-4.43 out_of:1.07 out_on:0.82 out_the:0.82 out_to:0.82 "
    "out_when:0.82 outcome:-1.22 over:1.91 over_his:6.08 over_the:6.08 over_to:1.51 "
    "overnight:-0.42 owe:6.08 owen:-4.43 own:0.02 own_now:-4.43 own_with:0.82 pa:0.62 "
    "pa_is:-0.08 pa_she:0.82 package:-0.76 pad:6.08 page:-1.52 page_about:-4.43 page_is:-4.43 "
    "paid:0.29 paid_for:0.14 paid_him:6.08 paid_since:0.82 pal:-4.43 panel:-4.43 "
    "panorama:-4.43 panorama_on:-4.43 paper:-0.55 parent:-0.76 park:-4.43 park_at:-4.43 "
    "park_charge:-4.43 part:-0.08 part_of:0.14 partner:6.08 partner_check:6.08 pas:-4.43 "
    "pass:0.14 passenger:0.14 passenger_has:0.82 passport:1.51 password:-4.43 past:-0.26 "
    "pathway:-0.94 patience:-4.43 patient:-1.22 patient_and:-4.43 paul:-4.43 pay:0.42 "
    "pay_a:0.82 pay_for:0.82 pay_it:0.82 payday:6.08 payday_and:6.08 paying:-4.43 "
    "payment:-0.94 payroll:-4.43 peer:0.14 peer_support:0.14 penny:6.08 pension:1.04 "
    "people:-0.67 people_and:0.82 people_end:-4.43 people_get:-4.43 people_like:-0.26 "
    "people_on:-0.55 people_who:-4.43 people_with:-1.09 people_would:-4.43 per:-4.43 "
    "perfect:-4.43 perfectly:-4.43 person:-4.43 person_they:-4.43 personal:-0.08 "
    "personal_care:0.82 perspective:-4.43 petrol:0.82 pharmacy:-4.43 phone:0.76 "
    "phone_and:6.08 phone_call:-0.55 phone_line:0.82 phone_off:6.08 phone_who:0.82 "
    "phone_would:-4.43 photo:-0.76 photo_of:0.14 pick:1.22 pick_up:0.82 picture:-0.94 "
    "picture_and:-4.43 pill:6.08 pillow:6.08 pillow_over:6.08 pin:1.51 pip:-0.55 "
    "pip_reassessment:-4.43 place:-0.26 place_to:0.82 placement:-4.43 plan:-4.43 "
    "plan_for:-4.43 plan_in:-4.43 plan_is:-4.43 plann:0.14 play:0.42 play_up:0.82 "
    "please:-0.42 please_and:-4.43 please_can:-0.55 please_dont:0.6 please_keep:-0.55 "
    "please_look:0.82 please_put:-4.43 point:0.32 point_of:1.51 point_the:-4.43 police:0.14 "
    "policy:-4.43 policy_is:-4.43 pool:-4.43 pop:0.14 popular:-4.43 post:2.58 pound:6.08 "
    "power:1.51 power_of:1.51 print:-4.43 private:-4.43 privately:-4.43 priya:-4.43 "
    "probably:6.08 problem:-0.55 process:-4.43 promis:-4.43 promis_a:-4.43 proper:-0.76 "
    "properly:0.14 proud:1.51 proud_of:1.51 provider:-4.43 pub:-4.43 public:0.14 pull:1.33 "
    "pull_up:6.08 push:0.54 put:0.72 put_a:1.51 put_her:1.51 put_me:6.08 putt:1.51 "
    "question:0.54 question_about:0.82 quick:0.82 quiet:1 quiet_and:6.08 quiet_hour:-4.43 "
    "quiet_room:-0.26 raise:-4.43 raise_this:-4.43 ramp:0.82 rang:0.14 rather:0.82 "
    "rather_not:6.08 rather_than:-4.43 reablement:-0.42 reach:2.19 reach_people:1.51 "
    "read:0.21 read_about:-4.43 read_the:-4.43 ready:0.42 real:-0.55 really:0.51 "
    "really_for:0.82 really_help:-4.43 really_rough:6.08 really_useful:-4.43 reason:0.82 "
    "reason_im:0.82 reassessment:-4.43 receptionist:-4.43 recognise:6.08 record:-4.43 "
    "red:0.82 refer:0.82 referr:-4.43 referral:-4.43 referral_to:-4.43 refund:-4.43 "
    "refus:6.08 register:-4.43 regular:6.08 relative:-4.43 remember:-0.26 remember_what:-4.43 "
    "renewal:-4.43 rent:1.51 rent_and:6.08 repair:2.41 repeat:0.82 replac:-4.43 "
    "replac_and:-4.43 replace:-4.43 repli:-4.43 repli_to:-4.43 report:-0.42 report_it:-0.26 "
    "report_the:0.82 resident:-0.55 respite:-1.22 respite_book:-4.43 responsibility:-4.43 "
    "responsible:-4.43 responsible_for:-4.43 return:1.51 review:-0.66 review_is:-4.43 "
    "review_letter:-4.43 review_they:0.82 rhyme:0.82 rhyme_time:0.82 right:-0.94 "
    "right_now:-4.43 ring:0.7 ring_anyone:6.08 ring_me:-0.76 ring_the:6.08 risk:-4.43 "
    "risk_to:-4.43 rn:1.51 road:-0.76 robbery:-4.43 ron:6.08 roofer:6.08 room:1.51 "
    "room_and:6.08 room_at:1.51 room_i:0.82 room_is:0.14 room_when:6.08 rough:6.08 "
    "rough_when:6.08 rough_with:6.08 round:0.73 round_here:-4.43 round_the:6.08 route:-4.43 "
    "run:-0.26 rung:-4.43 rung_the:-4.43 runn:-4.43 rush:-4.43 safe:-0.02 safe_at:-4.43 "
    "safe_i:6.08 safeguard:-4.43 safeguard_concern:-4.43 safeguard_lead:-4.43 "
    "safeguard_train:-4.43 safekeep:6.08 said:2.04 said_he:1.51 said_her:6.08 said_his:6.08 "
    "said_if:6.08 said_its:0.82 said_she:6.08 said_they:6.08 same:0.34 same_carer:6.08 "
    "same_clothe:6.08 same_day:-4.43 same_face:-4.43 sandwich:0.82 sanity:-4.43 sat:-4.43 "
    "saturday:0.42 save:0.14 save_and:0.82 saved:-4.43 saved_my:-4.43 saving:1.91 saw:1.91 "
    "say:1.66 say_anyth:6.08 say_he:6.08 say_hell:6.08 say_hes:6.08 say_i:2.97 say_if:1.51 "
    "say_im:0.82 say_it:0.82 say_its:1.51 say_no:6.08 say_she:6.08 say_that:-0.26 "
    "say_the:6.08 say_there:0.82 say_they:-4.43 say_what:-4.43 say_where:6.08 say_who:6.08 "
    "saying:1.22 saying_hes:6.08 scam:-4.43 scam_and:-4.43 scandal:-4.43 scar:0.67 "
    "scar_of:1.51 scar_to:0.82 scare:0.82 scheme:-4.43 school:-0.21 school_hour:0.82 "
    "scratch:1.51 scratch_my:6.08 scream:6.08 screen:-4.43 second:0.82 see:-0.03 see_the:0.32 "
    "seeing:2.19 seeing_the:6.08 seen:1.51 self:-4.43 self_harm:-4.43 self_service:-4.43 "
    "sell:0.82 send:-0.55 send_the:-4.43 sent:-0.46 sent_40:-4.43 sent_him:0.82 "
    "sent_home:-0.26 sent_my:-4.43 september:-4.43 september_and:-4.43 service:-0.8 "
    "service_for:-4.43 service_has:-4.43 service_need:-4.43 service_should:-4.43 "
    "session:-0.94 session_for:-4.43 set:-4.43 seven:1.51 seven_day:6.08 shape:-4.43 "
    "shape_the:-4.43 shar:-4.43 she:1.44 she_asked:6.08 she_been:6.08 she_came:-4.43 "
    "she_didnt:0.82 she_doesnt:2.19 she_frighten:6.08 she_get:0.42 she_goe:6.08 she_gone:0.82 "
    "she_got:1.91 she_had:1.91 she_has:6.08 she_hasnt:1.51 she_is:0.82 she_lost:6.08 "
    "she_paid:6.08 she_said:6.08 she_say:6.08 she_start:6.08 she_think:6.08 she_told:6.08 "
    "she_too:6.08 she_turn:0.14 she_want:0.82 she_was:0.14 she_wont:6.08 she_work:0.82 "
    "shed:1.51 shell:6.08 shell_stop:6.08 shock:-4.43 shook:6.08 shop:-0.76 shop_and:0.82 "
    "shopp:1.91 shopp_and:6.08 shopp_with:6.08 short:-1.43 short_break:-4.43 should:-1.14 "
    "should_ask:-0.55 should_be:-2.03 should_cover:-4.43 should_get:-4.43 should_have:-0.02 "
    "should_say:0.14 should_start:-4.43 shouldnt:-4.43 shouldnt_be:-4.43 shout:1.62 "
    "shout_at:1.22 shout_i:6.08 show:1.91 show_me:6.08 shut:0.82 shut_for:-4.43 shut_the:0.82 "
    "sick:0.82 side:0.82 side_and:6.08 sign:0.64 sign_up:-4.43 signpost:-4.43 simple:-4.43 "
    "since:1.68 since_august:-4.43 since_he:6.08 since_i:6.08 since_jean:6.08 "
    "since_march:-4.43 since_mum:0.82 since_my:2.41 since_the:2.19 since_then:6.08 sing:-4.43 "
    "single:-4.43 sister:1.07 sit:1.66 sit_in:1.51 sit_with:0.82 site:-4.43 sitt:0.14 "
    "sitt_in:6.08 sitt_service:-4.43 sitter:-4.43 six:-0.08 six_time:0.14 six_week:-0.26 "
    "sleep:2.66 sleep_and:6.08 sleep_in:6.08 sleep_on:6.08 sleep_tablet:6.08 sleeve:6.08 "
    "slept:6.08 slide:-4.43 slightly:-4.43 slightly_off:-4.43 slow:6.08 small:-4.43 "
    "smash:1.51 smash_my:0.82 smell:6.08 smell_and:6.08 smell_coming:6.08 so:0.16 so_he:1.51 "
    "so_i:1.79 so_many:-4.43 so_much:-4.43 so_people:-4.43 so_she:6.08 so_the:0.42 "
    "so_they:-4.43 social:-4.43 social_care:-4.43 social_worker:-4.43 sofa:0.82 "
    "solicitor:-4.43 solicitor_say:-4.43 some:1.62 some_day:1.73 some_night:6.08 "
    "some_older:6.08 somebody:-0.26 somebody_to:-4.43 someone:-1.48 someone_check:-4.43 "
    "someone_else:-0.26 someone_from:-4.43 someone_in:-4.43 someone_is:-4.43 someone_on:-4.43 "
    "someone_please:0.82 someone_ring:-4.43 someone_say:-4.43 someone_sort:-4.43 "
    "someone_tell:-4.43 someone_to:-2.03 someone_will:-4.43 someth:1 someth_about:0.82 "
    "someth_wrong:-4.43 sometime:1.79 sometime_i:6.08 sometime_mum:6.08 sometime_you:-4.43 "
    "somewhere:0.82 somewhere_else:0.82 son:0.32 son_autistic:-4.43 son_been:0.14 "
    "son_came:0.82 son_has:0.82 son_in:-0.26 son_is:-4.43 son_moved:6.08 son_was:-4.43 "
    "son_who:0.82 sore:6.08 sore_on:6.08 sorry:-0.62 sorry_im:-4.43 sorry_lost:-4.43 "
    "sorry_my:-4.43 sorry_that:-4.43 sorry_to:0.14 sort:0.06 sort_it:-4.43 sort_my:-4.43 "
    "sort_of:6.08 sort_out:0.82 sound:-0.55 sound_great:0.82 space:0.82 speak:-0.26 "
    "speak_to:-0.02 spec:-4.43 spec_point:-4.43 special:-4.43 special_school:-4.43 spot:-4.43 "
    "spott:-4.43 spott_scam:-4.43 st:-4.43 st_anne:-4.43 staff:0.05 staff_and:-4.43 "
    "staff_are:0.14 staff_at:-4.43 staff_didnt:0.82 staff_need:-4.43 staff_should:-4.43 "
    "staff_shout:6.08 staff_wont:0.82 stair:0.82 standard:-0.76 start:0.95 start_at:-4.43 "
    "start_lash:6.08 start_lock:6.08 start_scratch:6.08 start_with:-4.43 state:-4.43 "
    "statement:6.08 station:1.51 stay:1.6 stay_at:6.08 stay_in:1.91 stay_safe:-4.43 step:0.82 "
    "still:0.5 still_has:6.08 still_hasnt:-4.43 still_in:0.82 still_noth:-4.43 still_on:1.51 "
    "still_there:6.08 still_think:-4.43 stop:0.62 stop_at:-4.43 stop_coming:6.08 stop_my:0.82 "
    "stop_shout:6.08 stopp:0.62 stopp_in:0.82 stopp_open:0.82 story:-4.43 straight:2.19 "
    "straight_to:6.08 stranger:0.14 street:0.82 stress:0.82 strike:-4.43 struggl:-4.43 "
    "stuck:-4.43 student:-4.43 stuff:2.19 stuff_and:6.08 stuff_at:6.08 stuff_out:0.82 "
    "stupid:6.08 submit:0.82 submitt:-4.43 suddenly:-4.43 summer:2.19 summer_and:0.82 "
    "sunday:2.19 sunday_i:6.08 support:0.58 support_for:6.08 support_has:0.82 "
    "support_hour:0.82 support_service:1.51 support_worker:0.82 suppos:2.19 suppos_to:2.19 "
    "sure:1.51 sure_the:-4.43 surgery:-4.43 swimm:1.51 system:-4.43 system_and:-4.43 "
    "tablet:1.57 tablet_and:1.91 tablet_at:6.08 tablet_in:0.14 tablet_on:6.08 take:1.22 "
    "take_all:6.08 take_her:6.08 take_it:0.82 take_me:6.08 take_my:1.51 take_the:6.08 "
    "taken:-0.26 taken_off:-4.43 taken_over:6.08 taking:0.54 talk:-2.12 talk_about:-1.33 "
    "talk_therapy:-4.43 talk_to:-4.43 target:-4.43 tax:-4.43 tax_bill:-4.43 taxi:-4.43 "
    "tbh:1.51 tbh_i:6.08 tea:2.41 teacher:0.82 team:-0.86 tell:1.02 tell_anyone:1.91 "
    "tell_me:0.14 tell_my:2.19 tell_staff:0.82 tell_the:6.08 tell_us:0.82 tell_you:-0.26 "
    "temper:6.08 ten:0.14 ten_minute:-4.43 tenant:-0.26 term:-4.43 term_outcome:-4.43 "
    "terrifi:-0.08 terrifi_of:0.82 test:-0.26 tether:0.82 text:0.42 text_me:6.08 than:0.54 "
    "than_i:6.08 thank:-4.43 thank_all:-4.43 thank_you:-4.43 that_a:-4.43 that_again:-4.43 "
    "that_decision:-4.43 that_happen:-4.43 that_help:-4.43 that_i:-4.43 that_is:-4.43 "
    "that_matter:-4.43 that_not:-4.43 that_shed:0.82 that_should:-4.43 that_the:-0.94 "
    "that_they:-4.43 that_was:-4.43 that_what:-0.26 that_when:1.51 that_where:-4.43 "
    "that_young:-4.43 the_42:-4.43 the_account:-4.43 the_adult:-4.43 the_agency:-0.08 "
    "the_assessment:0.14 the_back:6.08 the_bank:2.41 the_bathroom:6.08 the_bed:6.08 "
    "the_bedroom:6.08 the_beginner:-4.43 the_best:-4.43 the_big:-4.43 the_biggest:-4.43 "
    "the_bin:-4.43 the_broken:0.82 the_bus:1.11 the_cafe:0.42 the_car:1.51 the_care:-0.94 "
    "the_carer:0.32 the_cash:6.08 the_cat:6.08 the_centre:-0.18 the_chair:6.08 "
    "the_change:6.08 the_charg:-4.43 the_charity:-4.43 the_chat:-4.43 the_children:-4.43 "
    "the_club:0.82 the_cold:0.82 the_college:-4.43 the_computer:0.82 the_contact:-4.43 "
    "the_contractor:0.82 the_council:-1.93 the_course:0.82 the_crisis:-4.43 "
    "the_criteria:-4.43 the_cupboard:6.08 the_current:-4.43 the_damp:6.08 the_dark:6.08 "
    "the_day:0.49 the_dementia:6.08 the_discharge:-4.43 the_door:1.29 the_driver:1.22 "
    "the_duty:-4.43 the_early:-4.43 the_easy:-4.43 the_email:-4.43 the_end:1.51 "
    "the_escort:1.51 the_even:1.22 the_exclusion:-4.43 the_family:-0.94 the_first:-1.09 "
    "the_flat:0.82 the_floor:0.82 the_football:-4.43 the_form:-0.55 the_friday:0.82 "
    "the_fridge:0.82 the_friend:0.82 the_front:1.51 the_garden:6.08 the_gas:6.08 "
    "the_girl:2.19 the_government:-4.43 the_gp:-0.76 the_grandkid:0.82 the_group:0.14 "
    "the_gym:-4.43 the_heat:0.82 the_holiday:-4.43 the_home:1.73 the_hospital:-4.43 "
    "the_hous:0.14 the_house:3.16 the_hub:-0.55 the_inform:-4.43 the_invoice:-4.43 "
    "the_journey:0.42 the_kid:0.82 the_kitchen:2.41 the_lad:1.73 the_lady:1.51 the_last:0.42 "
    "the_leak:0.82 the_library:1.51 the_link:-4.43 the_local:-4.43 the_loo:-4.43 the_man:6.08 "
    "the_manager:0.82 the_memory:-4.43 the_minibus:0.82 the_moment:-4.43 the_morn:1.22 "
    "the_music:-4.43 the_name:-4.43 the_national:-4.43 the_new:-0.12 the_nhs:-4.43 "
    "the_night:6.08 the_note:-4.43 the_nurse:-4.43 the_office:1.22 the_old:-4.43 "
    "the_older:-4.43 the_one:1.51 the_online:-0.26 the_only:1.51 the_operative:0.82 "
    "the_other:6.08 the_outcome:-4.43 the_pa:6.08 the_paper:-4.43 the_pathway:-0.55 "
    "the_patient:-0.55 the_people:-4.43 the_person:-4.43 the_phone:0.36 the_plan:-4.43 "
    "the_point:6.08 the_police:0.14 the_post:6.08 the_pub:-4.43 the_ramp:0.82 the_real:-4.43 "
    "the_repair:6.08 the_resident:-4.43 the_respite:-4.43 the_room:2.19 the_same:0.24 "
    "the_school:-0.26 the_self:-4.43 the_service:-4.43 the_shop:-0.26 the_side:6.08 "
    "the_slide:-4.43 the_social:-4.43 the_sort:6.08 the_sound:-4.43 the_spec:-4.43 "
    "the_staff:-1.09 the_stair:0.82 the_standard:-0.55 the_step:6.08 the_summer:2.19 "
    "the_support:0.42 the_system:-4.43 the_tablet:1.51 the_thing:-4.43 the_thursday:-4.43 "
    "the_time:1.51 the_toilet:0.42 the_top:-4.43 the_town:-4.43 the_traffic:-4.43 "
    "the_transport:0.82 the_trip:-4.43 the_tuesday:-4.43 the_village:-4.43 the_volunteer:1.51 "
    "the_wait:-4.43 the_wall:6.08 the_ward:0.42 the_warm:1.51 the_way:1.51 the_week:1.51 "
    "the_whole:-1.22 the_window:1.51 the_winter:-4.43 the_word:-4.43 the_worst:-0.26 "
    "the_wrong:-4.43 the_young:-0.08 the_youth:-0.26 their:-0.37 their_life:-4.43 "
    "their_money:0.82 their_own:0.42 them:0.17 them_and:0.82 them_in:-4.43 them_replac:-4.43 "
    "then:-0.33 then_i:-4.43 theory:0.82 theory_of:0.82 therapy:-4.43 there:0.82 there_a:0.82 "
    "there_all:6.08 there_and:1.22 there_are:6.08 there_be:-4.43 there_has:-4.43 "
    "there_help:0.82 there_i:0.82 there_is:6.08 there_isnt:0.82 there_no:1.22 there_not:6.08 "
    "there_was:0.14 there_when:6.08 these:-0.76 they:-0.07 they_are:0.14 they_can:-4.43 "
    "they_cancell:-4.43 they_come:0.82 they_feel:-4.43 they_get:-4.43 they_had:-4.43 "
    "they_keep:0.82 they_know:0.14 they_lock:6.08 they_need:-4.43 they_never:0.82 "
    "they_only:0.82 they_ring:-4.43 they_said:1.51 they_say:0.82 they_sent:-4.43 "
    "they_should:-4.43 they_tell:-4.43 they_use:6.08 they_want:-0.94 they_were:6.08 "
    "they_work:-4.43 theyre:-0.2 theyre_not:-4.43 theyre_there:6.08 theyve:-0.55 "
    "theyve_cut:-4.43 thing:0.06 thing_in:6.08 thing_is:-4.43 thing_that:-0.55 thing_the:1.51 "
    "think:1.37 think_about:6.08 think_ill:6.08 think_it:6.08 think_the:-4.43 third:0.14 "
    "this_in:0.82 this_is:-4.43 this_month:0.42 this_morn:0.82 this_the:1.51 this_to:-4.43 "
    "this_up:-4.43 this_week:2.19 this_year:-4.43 those:-4.43 though:1.91 thought:0.42 "
    "thought_it:6.08 thousand:6.08 threaten:-4.43 threaten_to:-4.43 three:0.24 three_day:0.14 "
    "three_night:0.82 three_time:-0.94 three_week:0.82 threw:6.08 through:0.14 "
    "through_a:-4.43 through_it:0.14 through_the:6.08 throw:6.08 throw_stuff:6.08 "
    "thursday:0.14 tick:-4.43 ticket:-4.43 ticket_for:-4.43 til:6.08 til_i:6.08 till:0.67 "
    "till_3am:0.82 till_she:0.82 till_the:1.91 time:-0.02 time_a:6.08 time_and:0.42 "
    "time_can:-4.43 time_i:1.51 time_id:-4.43 time_in:-4.43 time_on:-4.43 time_this:-4.43 "
    "tin:6.08 tired:0.54 tired_of:6.08 to_25:-4.43 to_a:0.82 to_actually:-0.55 to_adult:-4.43 "
    "to_answer:0.14 to_ask:0.32 to_be:0.14 to_bed:0.82 to_bring:-4.43 to_call:-4.43 "
    "to_cancel:-4.43 to_check:-4.43 to_come:0.82 to_cook:-4.43 to_dash:-4.43 to_do:-0.15 "
    "to_drop:-4.43 to_end:0.14 to_explain:-4.43 to_find:-4.43 to_get:0.82 to_give:0.82 "
    "to_go:1.51 to_have:0.14 to_help:1.51 to_her:1.51 to_him:1.91 to_his:0.82 to_it:-0.26 "
    "to_keep:1.91 to_know:-0.42 to_leave:0.14 to_lend:6.08 to_look:1.51 to_lose:6.08 "
    "to_make:0.82 to_me:1.91 to_mention:6.08 to_move:0.14 to_my:1 to_pay:0.82 to_people:0.82 "
    "to_pick:0.82 to_raise:-4.43 to_read:1.51 to_replace:-4.43 to_report:0.82 to_ring:-0.66 "
    "to_say:1.79 to_see:-0.55 to_sleep:6.08 to_someone:-4.43 to_sort:-4.43 to_speak:0.82 "
    "to_start:-4.43 to_stay:0.82 to_stop:0.42 to_take:0.42 to_talk:-4.43 to_tell:0.54 "
    "to_that:-4.43 to_the:0.4 to_them:-4.43 to_trust:0.82 to_us:-4.43 to_work:0.82 toast:0.82 "
    "toast_for:0.82 today:-1.6 toddler:0.82 together:0.82 toilet:-0.08 toilet_and:1.51 "
    "toilet_with:-4.43 told:0.6 told_her:1.51 told_him:6.08 told_me:1.27 told_my:0.32 "
    "told_she:0.82 told_the:1.51 told_them:-4.43 told_us:-0.76 tom:1.51 tonight:0.82 too:0.45 "
    "too_many:0.82 too_much:1.04 took:0.82 took_it:0.82 took_my:6.08 top:-0.26 top_of:-4.43 "
    "topic:-4.43 topic_but:-4.43 touch:0.82 town:-4.43 town_centre:-4.43 traffic:-4.43 "
    "traffic_was:-4.43 train:-2.12 train_and:0.14 train_for:-4.43 train_on:-4.43 "
    "train_was:-4.43 trainer:1.51 transition:-0.55 transition_assessment:-4.43 "
    "transition_worker:-4.43 transport:-1.43 transport_home:-4.43 transport_is:-4.43 "
    "travel:-0.55 travel_train:-0.26 treat:-4.43 treat_like:-4.43 tribunal:-4.43 "
    "trigger:-4.43 trip:-0.55 trolley:-4.43 trouble:2.41 true:-4.43 trust:-0.26 "
    "trust_adult:-4.43 try:-4.43 trying:-0.26 trying_to:-0.26 tuesday:-0.02 tuesday_and:6.08 "
    "turn:0.02 turn_18:0.14 turn_down:0.82 turn_up:-0.26 tutor:-0.26 twice:0.14 "
    "twice_this:6.08 two:-0.39 two_day:-4.43 two_hour:0.82 two_week:-4.43 type:-4.43 um:1.51 "
    "uncle:6.08 understand:-4.43 uniform:0.82 unit:-4.43 universal:-4.43 unless:0.82 "
    "unless_she:0.82 unpaid:-4.43 unpaid_leave:-4.43 until:1.82 up:0.28 up_a:-4.43 "
    "up_again:-4.43 up_and:1.51 up_at:0.82 up_for:-4.43 up_from:0.82 up_i:0.82 up_in:-0.76 "
    "up_late:0.82 up_on:-4.43 up_one:0.82 up_the:0.42 up_to:-0.26 update:-4.43 upset:0.14 "
    "upstair:6.08 urgent:-4.43 us:-0.4 us_for:0.82 us_my:-4.43 us_the:-4.43 us_what:0.14 "
    "use:0.82 use_the:0.14 used:0.32 used_to:1.51 useful:-4.43 useful_thing:-4.43 using:0.82 "
    "using_the:0.82 van:6.08 very:0.82 very_quiet:6.08 video:-4.43 village:-4.43 visit:0.51 "
    "visit_not:0.82 visitor:0.82 voice:0.82 volunteer:0.67 volunteer_need:-4.43 wage:0.42 "
    "wait:-2.08 wait_for:-4.43 wait_in:-4.43 wait_list:-4.43 wait_on:0.82 wait_since:-4.43 "
    "wake:6.08 wake_up:6.08 walk:0.27 walk_in:0.14 wall:2.19 wall_until:6.08 wander:0.82 "
    "want:-0.46 want_a:-1.6 want_an:-4.43 want_it:-4.43 want_me:1.91 want_my:-0.26 "
    "want_someone:-4.43 want_that:-4.43 want_the:-4.43 want_them:-4.43 want_this:-4.43 "
    "want_to:0.18 ward:-0.08 ward_and:-4.43 ward_asked:-4.43 warm:0.14 warm_space:0.42 "
    "warn:-4.43 was_a:-0.26 was_all:-4.43 was_brilliant:-4.43 was_cancell:-4.43 "
    "was_charg:-4.43 was_coming:-4.43 was_discharg:-0.76 was_done:-4.43 was_in:-0.08 "
    "was_just:-4.43 was_left:-4.43 was_murder:-4.43 was_on:1.22 was_promis:-4.43 "
    "was_really:0.82 was_referr:-4.43 was_scar:0.14 was_sent:0.14 was_shut:-4.43 was_so:-4.43 "
    "was_someone:-4.43 was_terrifi:-4.43 was_the:-1.09 was_told:-4.43 was_treat:-4.43 "
    "was_wait:-4.43 wash:0.82 wasnt:1.51 watch:-0.26 watch_the:-4.43 water:6.08 way:0.14 "
    "way_to:-0.76 we:-0.39 we_are:1.51 we_do:0.82 we_dont:0.82 we_found:0.82 we_get:-4.43 "
    "we_got:-4.43 we_had:-0.08 we_have:-4.43 we_help:0.82 we_need:-0.08 we_should:-4.43 "
    "we_talk:-0.55 we_wait:-4.43 we_went:0.82 we_were:-4.43 wear:1.51 wear_the:0.82 "
    "website:-4.43 wed:-4.43 wednesday:1.91 weed:0.82 weed_and:0.82 week:0.62 week_ago:-4.43 "
    "week_and:1.51 week_because:6.08 week_but:0.82 week_for:0.82 week_he:6.08 week_i:1.51 "
    "week_id:0.82 week_is:-4.43 week_of:-4.43 week_on:-4.43 week_the:1.51 week_we:6.08 "
    "week_when:0.14 weekend:0.42 weekend_he:6.08 weight:6.08 weight_and:6.08 well:-0.55 "
    "wellbe:-4.43 went:0.21 went_home:0.82 went_miss:-4.43 went_to:-4.43 went_up:-4.43 "
    "were_charg:-4.43 were_on:-4.43 were_told:-4.43 wet:6.08 weve:-0.66 weve_been:-0.55 "
    "weve_got:0.14 weve_had:-4.43 what:-0.39 what_a:-0.26 what_about:-4.43 what_are:-4.43 "
    "what_been:-4.43 what_being:-4.43 what_did:-4.43 what_goe:0.82 what_happen:-0.15 "
    "what_i:-0.26 what_ill:6.08 what_im:0.82 what_it:0.82 what_she:0.82 what_should:-4.43 "
    "what_the:-0.76 what_to:-0.76 what_would:-4.43 what_you:0.14 when:1.02 when_a:0.14 "
    "when_dad:0.82 when_he:3.16 when_her:6.08 when_hes:6.08 when_his:6.08 when_i:2.45 "
    "when_im:6.08 when_it:0.14 when_its:0.42 when_mum:0.82 when_my:-0.15 when_one:0.82 "
    "when_she:1.04 when_someone:-4.43 when_the:-0.26 when_they:0.82 when_we:0.82 "
    "whenever:6.08 where:0.06 where_i:6.08 where_it:-4.43 where_the:-0.26 whether:0.32 "
    "whether_i:0.82 whether_someone:-4.43 which:0.27 which_is:0.14 while:1.37 while_he:0.82 "
    "while_i:6.08 while_she:6.08 while_were:-4.43 whisper:6.08 who:0.04 who_are:-4.43 "
    "who_at:-4.43 who_can:-4.43 who_cant:-4.43 who_come:1.91 who_do:-4.43 who_doe:6.08 "
    "who_has:1.51 who_is:-4.43 who_know:-4.43 who_live:1.51 who_look:1.91 who_need:-4.43 "
    "who_say:6.08 who_they:-4.43 who_to:1.22 who_turn:-4.43 who_was:-4.43 whoever:-4.43 "
    "whole:-0.55 why:-0.76 why_dad:-4.43 why_i:0.14 why_im:0.82 wide:6.08 wide_open:6.08 "
    "wife:0.32 wife_died:-4.43 wife_she:6.08 wifi:-4.43 will:-1.43 will_be:-4.43 "
    "will_come:-4.43 will_take:-4.43 will_the:-4.43 will_there:-4.43 window:1.51 winter:-4.43 "
    "winter_fuel:-4.43 with_a:0.24 with_cash:6.08 with_dementia:-1.22 with_her:1.91 "
    "with_him:2.58 with_his:0.82 with_it:-4.43 with_me:2.19 with_murder:-4.43 with_my:0.54 "
    "with_new:6.08 with_no:-4.43 with_noth:0.82 with_picture:-4.43 with_the:0.42 "
    "with_you:-4.43 within:-0.76 within_a:0.14 without:-0.08 without_a:0.82 without_me:0.82 "
    "without_the:-4.43 woman:2.19 women:-0.26 won:0.82 wonder:-0.55 wonderful:-4.43 wont:2.19 "
    "wont_be:1.51 wont_let:6.08 wont_say:6.08 wont_take:0.82 word:-1.52 word_and:-4.43 "
    "word_carer:-4.43 word_of:-4.43 work:-0.06 work_at:0.82 work_for:-4.43 work_he:6.08 "
    "work_i:1.51 work_in:0.82 worker:-0.66 worker_has:-4.43 worker_need:-4.43 worker_on:-4.43 "
    "worker_told:-4.43 worker_who:-4.43 worry:0.14 worse:0.42 worst:-0.26 worth:0.82 "
    "would:-0.76 would_be:-0.34 would_find:-4.43 would_get:0.14 would_have:-4.43 "
    "would_help:-4.43 wouldnt:1.22 wouldnt_stop:6.08 written:0.14 wrong:-0.86 wrong_on:-4.43 "
    "wrote:-4.43 year:-0.05 year_ago:-4.43 year_and:-0.26 year_old:1.22 year_the:-4.43 "
    "yes:-0.02 yesterday:2.58 yet:-4.43 you:-0.86 you_and:1.51 you_apply:-4.43 you_can:-4.43 "
    "you_cant:-4.43 you_do:-4.43 you_dont:-4.43 you_for:-4.43 you_need:0.82 you_say:-4.43 "
    "you_the:-4.43 young:-0.65 young_adult:0.82 young_carer:-1.6 young_man:6.08 "
    "young_people:-4.43 young_person:-4.43 younger:1.51 your:-1.09 your_mum:-4.43 youre:0.14 "
    "youth:-1.09 youth_worker:-4.43 "
)
# END MODEL
