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
    r"(?:it|that|this|tills?|machines?|computers?|phones?|apps?|forms?|crosswords?|maths|"
    r"courses?|classes|stairs|buses|websites?|puzzles?|exams?|tests?|technology) "
    r"(?:beats?|beat|defeats?|defeated|gets? the better of) me(?! up)",
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
        "at a place to end it",
        2.0,
        r"(?:sat|sitting|sit|stood|standing|stand|went|go|going|been|walked|walking|stayed) "
        r"(?:up )?(?:on|at|to|by|onto|near) (?:the |a )?(?:bridge(?! club| game| night)|"
        r"cliffs?|cliff edge|train tracks?|railway line|railway bridge|tracks|car park roof|"
        r"multi-?storey roof|roof of)",
        "self",
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
    "at a place to end it": "bridge cliff cliffs tracks railway roof",
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
    r"(?:i|we)(?: want| would like|'d like| need) (?:my|our|his|her|their|the|that|this) "
    r"(?:\w+ ){0,2}back\b",
    r"(?:i|we)(?: want| need| would like|'d like) (?:somebody|someone|anybody|anyone)"
    r"(?: \w+){0,2}? (?:to )?(?:explain|fix|sort|look|call|ring|tell|correct|check|contact|"
    r"phone|email|get back)",
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
    r"(?:waiting|waited|been waiting) (?:for )?(?:\w+ ){0,2}?(?:\d+|a|two|three|four|five|six|"
    r"seven|eight|nine|ten|eleven|twelve|many|several) (?:days|weeks|months|years)",
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
    r"(?:nobody|no one|they) (?:has|have|haven'?t|hasn'?t)? ?(?:given|paid|sent) (?:me|us) "
    r"(?:the|my|our) (?:money|fee|deposit|refund|payment) back",
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
MODEL_PRIOR = -0.841
MODEL_WEIGHTS = (
    "#000>:1.74 #0pm>:0.83 #10pm:0.83 #180>:-4.46 #2am>:0.83 #300>:-4.46 #3am>:1.23 "
    "#8am>:-4.46 #999>:0.83 #9pm>:0.83 #<000:2.2 #<10>:6.13 #<10p:0.83 #<11>:-4.46 #<12>:1.23 "
    "#<13>:1.52 #<14>:0.55 #<15>:0.61 #<16>:-0.65 #<17>:-0.07 #<180:-4.46 #<18>:-0.25 "
    "#<19>:0.15 #<20>:0.55 #<22>:0.83 #<25>:0.15 #<2am:0.83 #<300:-4.46 #<30>:0.83 #<3am:1.23 "
    "#<40>:-4.46 #<42>:-4.46 #<48>:-4.46 #<50>:0.15 #<58>:-4.46 #<80>:-4.46 #<81>:1.52 "
    "#<88>:0.83 #<8am:-4.46 #<90>:0.15 #<91>:6.13 #<999:0.83 #<9pm:0.83 #<abl:-4.46 "
    "#<abo:-0.21 #<abr:6.13 #<abs:-4.46 #<abu:-1.6 #<aca:-4.46 #<acc:0.5 #<act:-1.48 "
    "#<add:0.61 #<adu:-0.75 #<adv:-1.21 #<aff:0.83 #<aft:0.26 #<aga:0.88 #<age:-0.41 "
    "#<agi:-4.46 #<ago:-4.46 #<agr:-4.46 #<aid:-4.46 #<all:0.15 #<alo:1.38 #<alr:-4.46 "
    "#<als:6.13 #<alt:-4.46 #<alw:1.8 #<am>:1.16 #<an>:-0.87 #<and:0.77 #<ang:1.52 "
    "#<ann:-4.46 #<ano:-1.08 #<ans:0.43 #<anx:-4.46 #<any:0.26 #<apo:-4.46 #<app:-1.47 "
    "#<apr:-4.46 #<are:-0.23 #<arm:3.47 #<aro:1.92 #<arr:1.52 #<art:-4.46 #<as>:-0.63 "
    "#<ash:-4.46 #<ask:0.74 #<asl:6.13 #<ass:-2.49 #<at>:0.52 #<att:-0.07 #<aug:-4.46 "
    "#<aun:1.52 #<aut:-1.21 #<awa:-1.32 #<awf:-0.25 #<bab:1.92 #<bac:0.47 #<bad:1.16 "
    "#<bag:-0.54 #<ban:2.07 #<bar:0.83 #<bas:0.43 #<bat:1.52 #<be>:-0.27 #<bea:-4.46 "
    "#<bec:0.95 #<bed:2.11 #<bee:1.09 #<bef:0.05 #<beg:1.52 #<beh:-0.25 #<bei:-0.75 "
    "#<ben:0.83 #<bes:-4.46 #<bet:0.33 #<big:-1.51 #<bil:-4.46 #<bin:-0.25 #<bir:0.15 "
    "#<bit:-0.45 #<bla:1.52 #<bli:1.52 #<blo:1.23 #<blu:0.83 #<boo:-1.6 #<bor:6.13 #<bot:1.34 "
    "#<bou:6.13 #<box:-0.54 #<boy:3.09 #<bra:-0.25 #<brb:-4.46 #<bre:-0.02 #<bri:-1.15 "
    "#<bro:1.61 #<bru:1.92 #<bud:-0.75 #<bui:-4.46 #<bur:6.13 #<bus:0.62 #<but:0.2 #<buy:6.13 "
    "#<by>:0.3 #<caf:-0.11 #<cal:0.31 #<cam:0.4 #<can:-0.34 #<cap:-4.46 #<car:0.26 #<cas:1.63 "
    "#<cat:0.55 #<cei:0.83 #<cen:-0.39 #<cha:-0.33 #<che:0.59 #<chi:-4.46 #<cho:-4.46 "
    "#<chr:1.23 #<chu:1.52 #<cla:1.05 #<cle:-1.42 #<cli:-0.01 #<clo:0.48 #<clu:0.05 "
    "#<coa:1.92 #<cof:-0.25 #<col:0.71 #<com:0.81 #<con:-1.49 #<coo:-0.54 #<cop:-1.21 "
    "#<cor:-0.93 #<cos:-0.25 #<cou:-0.31 #<cov:-1.21 #<cra:1.23 #<cre:0.15 #<cri:-0.19 "
    "#<cro:6.13 #<cry:6.13 #<cup:0.83 #<cur:0.15 #<cus:-4.46 #<cut:-1.42 #<dad:0.6 #<dam:0.83 "
    "#<dan:-4.46 #<dar:1.92 #<das:-4.46 #<dat:-4.46 #<dau:0.36 #<day:0.5 #<dea:-0.01 "
    "#<deb:-0.25 #<dec:-0.36 #<del:1.23 #<dem:-0.17 #<dep:-0.54 #<des:-0.54 #<det:-0.25 "
    "#<dia:-0.25 #<did:-0.51 #<die:-0.41 #<dif:-0.41 #<dig:-4.46 #<dir:-4.46 #<dis:-0.86 "
    "#<do>:-0.09 #<doe:0.62 #<doi:0.68 #<dom:0.15 #<don:1.19 #<doo:1.6 #<dow:0.83 #<dp>:0.15 "
    "#<dra:1.52 #<dre:1.92 #<dri:1.23 #<dro:0.33 #<due:0.15 #<dur:1.23 #<dus:-4.46 "
    "#<dut:-4.46 #<dyi:-4.46 #<eac:0.43 #<ear:-4.46 #<eas:-0.33 #<eat:2.87 #<edu:-4.46 "
    "#<ehc:-4.46 #<eig:0.15 #<eld:-4.46 #<ele:-0.25 #<eli:-4.46 #<els:0.25 #<ema:-0.54 "
    "#<eme:-0.25 #<emp:1.12 #<end:0.23 #<eng:-0.93 #<enj:-4.46 #<eno:0.55 #<ent:0.83 "
    "#<esa:0.83 #<esc:-0.01 #<eso:1.52 #<eve:0.31 #<evr:6.13 #<ex>:1.92 #<exa:0.15 "
    "#<exc:-0.25 #<exh:-4.46 #<exi:1.52 #<exp:-2.07 #<ext:0.15 #<eye:6.13 #<fac:0.03 "
    "#<fai:-0.65 #<fak:-4.46 #<fal:0.98 #<fam:-0.43 #<far:-0.75 #<fas:-0.25 #<fat:0.83 "
    "#<feb:-4.46 #<fed:0.83 #<fee:0.59 #<fel:-0.01 #<few:0.83 #<fif:0.15 #<fig:0.15 "
    "#<fil:-0.14 #<fin:0.23 #<fir:-1.21 #<fit:-4.46 #<fiv:-0.54 #<fix:-0.75 #<fla:1.87 "
    "#<fle:-4.46 #<fli:6.13 #<flo:1.52 #<fol:-0.54 #<foo:1.36 #<for:-0.12 #<fou:0.64 "
    "#<fra:-4.46 #<fre:0.28 #<fri:1 #<fro:0.4 #<fue:-4.46 #<ful:-1.32 #<fun:-4.46 #<fur:0.83 "
    "#<fus:6.13 #<gam:1.52 #<gap:0.83 #<gar:6.13 #<gas:6.13 #<gav:0.83 #<gen:0.15 #<get:0.12 "
    "#<gir:3.09 #<giv:1.65 #<gla:-0.75 #<go>:1.43 #<goe:1.6 #<goi:0.56 #<gon:1.8 #<goo:0.15 "
    "#<got:0.12 #<gov:-4.46 #<gp>:-1.67 #<gra:1.61 #<gre:0.28 #<gro:0.07 #<gut:0.83 "
    "#<guy:6.13 #<gym:-4.46 #<had:0.57 #<hal:0.15 #<han:0.5 #<hap:-0.67 #<har:1.41 #<has:0.87 "
    "#<hav:0.37 #<he>:2.13 #<hea:0.03 #<hed:1.05 #<hel:0.11 #<her:0.94 #<hes:2.29 #<hi>:-1.08 "
    "#<hid:6.13 #<hig:-4.46 #<him:1.9 #<his:1.46 #<hit:1.12 #<hiy:-4.46 #<hoa:0.83 "
    "#<hoi:-4.46 #<hol:0.83 #<hom:0.59 #<hon:0.91 #<hop:6.13 #<hos:-0.6 #<hot:6.13 #<hou:0.42 "
    "#<how:-0.16 #<hub:0.28 #<hun:0.15 #<hur:1.23 #<hus:0.83 #<id>:-0.32 #<ide:1.34 "
    "#<idk:6.13 #<if>:0.26 #<ign:0.83 #<ill:1.52 #<im>:1.12 #<imp:-0.75 #<in>:0.57 "
    "#<ina:-4.46 #<inc:-4.46 #<ind:-4.46 #<inf:-0.75 #<ins:0.68 #<int:0.09 #<inv:-4.46 "
    "#<is>:-0.29 #<isn:-0.14 #<iss:-4.46 #<it>:0.18 #<its:0.15 #<ive:1.2 #<jak:-4.46 "
    "#<jan:-4.46 #<jea:6.13 #<jo>:-4.46 #<joa:-0.25 #<job:0.15 #<joi:0.83 #<jok:-0.75 "
    "#<jou:-0.01 #<jun:-0.54 #<jus:0.44 #<kee:1.56 #<kep:0.83 #<kev:6.13 #<key:1.67 "
    "#<kic:1.34 #<kid:0.28 #<kil:-4.46 #<kin:0.83 #<kit:1.52 #<kne:0.83 #<kno:-0.05 "
    "#<la>:-4.46 #<lac:-4.46 #<lad:2 #<lan:-0.54 #<lap:-4.46 #<las:0.9 #<lat:-0.25 #<lau:1.52 "
    "#<law:6.13 #<lea:0.24 #<lef:0.61 #<leg:1.92 #<lei:-4.46 #<len:6.13 #<les:-0.25 "
    "#<let:0.89 #<lib:1.01 #<lif:0.03 #<lig:1.52 #<lik:-0.08 #<lim:-4.46 #<lin:-1.08 "
    "#<lip:6.13 #<lis:-1.21 #<lit:1.34 #<liv:0.65 #<loa:-4.46 #<loc:2 #<lol:-0.25 #<lon:-0.32 "
    "#<loo:0.43 #<los:0.15 #<lot:0.08 #<lou:-0.41 #<lov:-0.89 #<luc:-4.46 #<lun:0.15 "
    "#<mac:0.43 #<mad:0.15 #<mai:-4.46 #<mak:1.02 #<man:1.35 #<mar:0.65 #<mas:-4.46 "
    "#<mat:-0.05 #<may:-1.08 #<me>:0.84 #<mea:0.63 #<med:0.43 #<mee:-1.6 #<mem:-0.01 "
    "#<men:1.23 #<mes:2.42 #<mic:-0.25 #<mid:-4.46 #<mig:0.83 #<mil:0.15 #<min:-0.65 "
    "#<mis:-1.01 #<moa:0.83 #<mom:-4.46 #<mon:0.37 #<mor:0.24 #<mos:0.95 #<mot:0.33 "
    "#<mou:0.83 #<mov:1.74 #<mp>:-4.46 #<mr>:6.13 #<mrs:6.13 #<muc:0.93 #<mud:6.13 #<mum:0.72 "
    "#<mur:-4.46 #<mus:-0.54 #<mut:-4.46 #<my>:0.68 #<mys:1.23 #<nam:-0.54 #<nan:6.13 "
    "#<nat:-4.46 #<nea:-4.46 #<nec:6.13 #<nee:-1.02 #<neg:-4.46 #<nei:1.63 #<nep:6.13 "
    "#<nev:0.43 #<new:0.6 #<nex:0.96 #<nhs:-4.46 #<nic:6.13 #<nig:2 #<nin:-0.54 #<no>:0.56 "
    "#<nob:-0.22 #<noi:-4.46 #<non:-0.25 #<nor:1.52 #<not:0.56 #<nov:-4.46 #<now:0.51 "
    "#<num:0.43 #<nur:0.33 #<obv:0.83 #<ocl:0.83 #<of>:0.38 #<off:0.26 #<oft:-0.54 "
    "#<oh>:-4.46 #<ok>:-4.46 #<oka:1.52 #<old:0.69 #<on>:0.5 #<onc:-1.21 #<one:0.66 "
    "#<onl:0.45 #<ope:0.74 #<opp:-4.46 #<opt:0.15 #<or>:-0.05 #<ot>:-4.46 #<oth:0.61 "
    "#<our:-0.37 #<out:0.63 #<ove:1 #<owe:1.52 #<own:0.25 #<pa>:0.63 #<pac:-1.21 #<pad:6.13 "
    "#<pag:-1.51 #<pai:0.35 #<pal:-4.46 #<pan:-4.46 #<pap:-0.75 #<par:0.18 #<pas:0.03 "
    "#<pat:-0.49 #<pau:-4.46 #<pay:0.01 #<pee:-0.07 #<pen:1.38 #<peo:-0.66 #<per:-1.89 "
    "#<pet:0.83 #<pha:-4.46 #<pho:0.47 #<pic:0.37 #<pil:6.13 #<pin:1.92 #<pip:-0.54 "
    "#<pla:-0.43 #<ple:-0.39 #<poi:0.22 #<pol:-0.65 #<poo:-4.46 #<pop:-0.54 #<pos:1.52 "
    "#<pot:0.83 #<pou:6.13 #<pow:1.52 #<pre:1.92 #<pri:-1.42 #<pro:-0.73 #<pub:-0.54 "
    "#<pul:1.34 #<pun:1.52 #<pur:6.13 #<pus:0.55 #<put:0.83 #<qua:-4.46 #<que:-0.01 "
    "#<qui:0.83 #<rai:-1.08 #<ram:0.15 #<ran:-0.07 #<rat:0.43 #<rea:0.22 #<rec:0.43 "
    "#<red:0.15 #<ref:-1.08 #<reg:0.83 #<rel:-4.46 #<rem:0.43 #<ren:-0.07 #<rep:-0.17 "
    "#<res:-1.71 #<ret:0.43 #<rev:-0.75 #<rhy:0.15 #<rig:-0.93 #<rin:0.71 #<ris:-4.46 "
    "#<rn>:1.52 #<roa:-0.75 #<rob:-4.46 #<ron:6.13 #<roo:1.47 #<rou:1.02 #<run:-1.42 "
    "#<rus:-4.46 #<saf:-0.25 #<sai:2.05 #<sam:0.21 #<san:0.43 #<sat:0.15 #<sav:0.61 #<saw:2.2 "
    "#<say:1.65 #<sca:-0.16 #<sch:-0.45 #<sco:0.83 #<scr:0.28 #<sec:0.83 #<see:0.41 "
    "#<sel:-0.65 #<sen:-0.67 #<sep:-1.21 #<ser:-0.69 #<ses:-0.93 #<set:0.43 #<sev:1.52 "
    "#<sha:-0.07 #<she:1.46 #<sho:-0.23 #<shu:1.05 #<sic:0.83 #<sid:0.83 #<sig:0.15 "
    "#<sim:-4.46 #<sin:1.35 #<sis:1.08 #<sit:0.47 #<six:-0.07 #<sle:2.98 #<sli:-4.46 "
    "#<slo:0.15 #<sma:0.15 #<sme:6.13 #<smo:-4.46 #<so>:0.15 #<soc:-4.46 #<sof:1.52 "
    "#<sol:-4.46 #<som:0.01 #<son:0.34 #<sor:-0.25 #<sou:0.33 #<spa:0.83 #<spe:-0.63 "
    "#<spo:-4.46 #<spr:-4.46 #<squ:6.13 #<st>:-4.46 #<sta:0.72 #<ste:0.83 #<sti:0.46 "
    "#<sto:0.7 #<str:0.39 #<stu:1.6 #<sub:-0.25 #<sud:-4.46 #<sum:1.52 #<sun:2.2 #<sup:0.71 "
    "#<sur:0.28 #<sus:-4.46 #<swa:-4.46 #<swi:1.52 #<sys:-4.46 #<tab:1.58 #<tak:0.92 "
    "#<tal:-2.2 #<tar:-4.46 #<tax:-4.46 #<tbh:1.52 #<tea:0.55 #<tee:6.13 #<tel:1.06 "
    "#<tem:0.83 #<ten:0.5 #<ter:-0.75 #<tes:-0.25 #<tet:0.83 #<tex:0.15 #<tha:-0.66 "
    "#<the:0.12 #<thi:0.2 #<tho:0.74 #<thr:0.37 #<thu:0.15 #<tic:-4.46 #<til:0.83 #<tim:-0.15 "
    "#<tin:1.52 #<tir:0.55 #<to>:0.27 #<toa:0.83 #<tod:-1.01 #<tog:0.15 #<toi:-0.07 "
    "#<tol:0.61 #<tom:0.43 #<ton:0.43 #<too:0.47 #<top:-0.93 #<tou:0.83 #<tow:-4.46 "
    "#<tra:-0.91 #<tre:-4.46 #<tri:-0.75 #<tro:1.34 #<tru:-0.07 #<try:0.15 #<tue:-0.01 "
    "#<tur:-0.07 #<tut:-0.25 #<twe:-4.46 #<twi:-0.07 #<two:-0.49 #<typ:-4.46 #<um>:1.52 "
    "#<unc:6.13 #<und:-0.54 #<uni:-0.75 #<unl:0.43 #<unp:-4.46 #<unt:1.52 #<up>:0.26 "
    "#<upd:-4.46 #<ups:1.23 #<urg:0.15 #<us>:-0.43 #<use:0.15 #<usi:0.83 #<van:6.13 "
    "#<ven:-4.46 #<ver:0.83 #<vid:-4.46 #<vil:-4.46 #<vis:0.39 #<voi:0.83 #<vol:0.68 "
    "#<wag:0.43 #<wai:-1.51 #<wak:6.13 #<wal:0.83 #<wan:-0.42 #<war:-0.2 #<was:-0.29 "
    "#<wat:0.83 #<way:0.15 #<we>:-0.4 #<wea:0.83 #<web:-4.46 #<wed:-0.01 #<wee:0.63 "
    "#<wei:6.13 #<wel:-0.41 #<wen:0.28 #<wer:-0.21 #<wet:6.13 #<wev:-0.65 #<wha:-0.41 "
    "#<whe:0.92 #<whi:0.9 #<who:-0.01 #<why:-0.82 #<wid:6.13 #<wif:0.15 #<wil:-1.03 "
    "#<win:0.15 #<wit:0.21 #<wom:1.05 #<won:1.43 #<wor:-0.33 #<wou:-0.43 #<wri:0.65 "
    "#<wro:-1.01 #<yea:-0.17 #<yes:0.95 #<yet:-4.46 #<you:-0.64 #abbe:6.13 #abil:-0.07 "
    "#able:0.21 #ably:6.13 #abou:-0.17 #abro:6.13 #abso:-4.46 #abus:-1.6 #abys:6.13 "
    "#acad:-4.46 #acce:-0.25 #acci:-4.46 #acco:0.83 #ace>:0.15 #aceb:-0.25 #aced:-4.46 "
    "#acem:-4.46 #aces:-1.42 #ach>:0.48 #ache:1.23 #achi:1.23 #acit:-4.46 #ack>:0.48 "
    "#acka:-0.93 #acke:-0.25 #act>:-1.74 #acti:-0.93 #actl:-4.46 #acto:-0.54 #acts:-4.46 "
    "#actu:-1.74 #acy>:-4.46 #add>:0.83 #adde:0.83 #addr:0.15 #ade>:0.55 #adem:-4.46 "
    "#adge:0.15 #adin:0.83 #adnt:1.23 #ads>:0.88 #adul:-0.75 #adva:-4.46 #adve:-4.46 "
    "#advi:-0.54 #ady>:0.5 #afe>:-0.02 #afeg:-4.46 #afek:6.13 #aff>:0.11 #affi:-4.46 "
    "#afle:-4.46 #afor:6.13 #afte:0.26 #agai:0.88 #age>:-0.85 #aged:0.83 #agen:-0.07 "
    "#ager:0.33 #ages:-0.19 #agin:1.52 #agit:-4.46 #agno:-0.07 #ago>:-4.46 #agra:0.83 "
    "#agre:-4.46 #aid>:1.07 #aids:-4.46 #aigh:2.2 #ail>:0.03 #aile:-4.46 #ails:-0.75 "
    "#ain>:0.2 #aine:-0.54 #aini:-1.32 #ains:1.05 #aint:-0.25 #air>:1.43 #airs:0.71 "
    "#aise:-4.46 #ait>:-4.46 #aite:-4.46 #aiti:-4.46 #aits:6.13 #ake>:1 #aken:-0.41 "
    "#akes:1.67 #akfa:0.83 #akin:0.15 #aks>:-0.75 #alat:-0.75 #alf>:0.37 #alif:-4.46 "
    "#alin:-4.46 #alk>:-1.92 #alke:-0.93 #alki:-0.01 #all>:0.13 #alle:-4.46 #alli:1.12 "
    "#allo:-0.11 #alls:1.12 #ally:-0.19 #alm>:6.13 #alon:1.23 #alre:-4.46 #als>:-0.65 "
    "#also:6.13 #alt>:-4.46 #alth:-0.75 #alwa:1.8 #ama>:-4.46 #ame>:0.35 #amed:-0.75 "
    "#amer:0.83 #ames:1.92 #amhs:-4.46 #amil:-0.43 #amin:6.13 #amme:0.15 #amp>:1.23 "
    "#ams>:-1.51 #anag:-0.03 #anat:-4.46 #ance:-1.05 #anch:0.15 #anci:-4.46 #and>:0.74 "
    "#anda:-1.21 #ande:0.83 #andi:-0.54 #andk:0.83 #andl:-0.25 #ands:2.2 #andw:1.52 "
    "#anel:-4.46 #ang>:-0.01 #ange:0.33 #angi:-0.93 #angr:1.52 #angu:-4.46 #anic:-4.46 "
    "#anit:0.15 #ank>:1.46 #anki:6.13 #anks:-4.46 #anne:-4.46 #anni:0.15 #anno:-4.46 "
    "#anor:-4.46 #anot:-1.08 #ans>:-0.54 #ansf:0.83 #ansi:-0.54 #ansp:-1.42 #answ:0.43 "
    "#ant>:-0.14 #anta:-4.46 #ante:0.83 #anti:-4.46 #ants:0.33 #anua:-4.46 #anwh:-4.46 "
    "#anxi:-4.46 #any>:-0.05 #anym:6.13 #anyo:-0.41 #anyt:1.83 #anyw:1.01 #apac:-4.46 "
    "#ape>:-4.46 #aper:-0.75 #apie:-4.46 #apol:-4.46 #app>:-0.25 #appa:-4.46 #appe:-0.85 "
    "#appl:-4.46 #appo:-1.21 #appr:-4.46 #appy:-0.25 #apri:-4.46 #apto:-4.46 #arat:0.15 "
    "#arch:-0.54 #arcu:-4.46 #ard>:0.71 #arde:6.13 #ardi:-1.6 #ardl:6.13 #ards:0.15 "
    "#are>:-0.36 #area:-4.46 #ared:0.3 #aren:-0.75 #arer:0.07 #ares:0.83 #aret:0.15 "
    "#arga:-4.46 #arge:-1.37 #argi:-4.46 #arie:0.83 #arin:0.03 #arit:-4.46 #ark>:1.34 "
    "#arki:-4.46 #arks:6.13 #arli:-4.46 #arly:-4.46 #arm>:0.83 #arma:-4.46 #arms:6.13 "
    "#arn>:-0.25 #arne:1.52 #arni:0.37 #arnt:-4.46 #arou:1.92 #arra:-4.46 #arri:1.92 "
    "#arry:0.43 #ars>:-0.25 #arsh:-4.46 #art>:-0.25 #arte:2.2 #arti:0.83 #artn:6.13 "
    "#arts:-4.46 #arvi:0.83 #ary>:0.38 #ase>:-0.34 #ased:-4.46 #ash>:1.15 #ashc:-4.46 "
    "#ashe:1.74 #ashi:6.13 #asic:0.83 #asie:1.92 #ask>:0.46 #aske:0.28 #aski:1.01 #asks:1.92 "
    "#asle:6.13 #asnt:0.94 #ason:0.83 #ass>:1.16 #asse:-1.16 #assi:-4.46 #assp:1.92 "
    "#assu:-4.46 #assw:-4.46 #ast>:0.8 #aste:-0.25 #astf:-4.46 #asti:-4.46 #asto:-4.46 "
    "#asur:-0.01 #asy>:-1.08 #atch:-0.36 #ate>:-0.81 #ated:-1.32 #atel:0.15 #atem:6.13 "
    "#aten:1.23 #ater:0.83 #ates:0.28 #athe:0.83 #athr:2.42 #aths:-4.46 #athw:-0.93 "
    "#atie:-1.42 #atin:1.01 #atio:-1.19 #ativ:-1.21 #atoe:0.83 #ator:0.15 #ats>:-0.47 "
    "#atta:-4.46 #atte:-0.17 #attl:-4.46 #atto:1.52 #atur:0.43 #augh:0.37 #augu:-4.46 "
    "#aul>:-4.46 #aunt:1.52 #ause:1.05 #aust:-4.46 #auti:-1.08 #ave>:0.48 #aved:-4.46 "
    "#avel:-0.54 #aven:0.83 #aves:6.13 #avin:-0.14 #away:-0.93 #awer:6.13 #awfu:-0.25 "
    "#axi>:-4.46 #aybe:-4.46 #ayda:6.13 #ayed:0.15 #ayin:0.91 #ayli:-4.46 #ayme:-1.08 "
    "#ayro:-4.46 #ays>:1.36 #babl:6.13 #baby:6.13 #back:0.47 #bad>:1.52 #badg:0.15 "
    "#bag>:-0.54 #ball:-4.46 #band:0.77 #bang:1.52 #bank:2.65 #bann:-4.46 #barr:-4.46 "
    "#basi:0.83 #bath:2.59 #batt:-4.46 #bbed:6.13 #bber:-4.46 #beat:-4.46 #beca:1.08 "
    "#beco:-4.46 #bed>:2.25 #bedr:6.13 #beds:0.15 #been:1.11 #befo:0.2 #befr:-0.75 #begg:6.13 "
    "#begi:-4.46 #behi:0.15 #bein:-0.83 #bene:0.83 #ber>:-0.14 #bers:0.83 #bery:-4.46 "
    "#best:-4.46 #bett:0.28 #betw:0.43 #big>:-4.46 #bigg:-0.75 #bili:-0.54 #bill:-4.46 "
    "#bing:-4.46 #bins:-4.46 #birt:0.15 #bit>:-0.54 #blac:1.23 #ble>:-0.65 #bled:-1.42 "
    "#blem:-0.54 #blet:1.58 #blic:0.15 #blin:0.83 #blok:6.13 #blue:0.15 #bly>:6.13 "
    "#bmit:-0.25 #boar:6.13 #body:-0.17 #book:-1.15 #borr:6.13 #both:0.83 #bott:6.13 "
    "#boun:1.52 #bour:1.52 #bout:-0.17 #box>:0.43 #boyf:2.98 #bran:0.15 #brar:1.01 "
    "#brb>:-4.46 #brea:-0.1 #bril:-4.46 #brin:-0.75 #broa:1.52 #brok:0.43 #brot:1.8 "
    "#brou:6.13 #brua:-4.46 #brui:1.92 #bsit:-4.46 #bsol:-4.46 #budg:-0.75 #buil:-4.46 "
    "#buna:-4.46 #burn:6.13 #bury:-4.46 #bus>:0.83 #buse:-1.8 #busi:0.15 #busy:0.83 "
    "#but>:0.23 #buti:-4.46 #butt:0.15 #buy>:6.13 #cade:-4.46 #cafe:-0.03 #cal>:-4.46 "
    "#cala:-0.75 #call:0.07 #calm:6.13 #came:0.75 #camh:-4.46 #cams:-4.46 #can>:-0.74 "
    "#canc:-1.8 #cand:-4.46 #cann:-4.46 #cant:0.67 #capa:-4.46 #car>:1.08 #card:1.85 "
    "#care:-0.04 #cari:0.83 #carr:0.83 #case:0.43 #cash:2.74 #cat>:1.52 #catc:-4.46 "
    "#cate:-4.46 #cati:-0.75 #caus:1.05 #ccep:0.15 #cces:0.83 #ccid:-4.46 #ccou:0.95 "
    "#cebo:-0.25 #ced>:-0.25 #ceil:0.83 #cel>:-4.46 #cell:-1.51 #ceme:-4.46 #cent:-0.43 "
    "#cept:0.15 #cer>:0.15 #cern:-4.46 #ces>:-0.54 #cess:-0.54 #chai:1.3 #chan:0.28 "
    "#char:-1.45 #chas:-4.46 #chat:-4.46 #chec:0.63 #ched:0.83 #chem:-4.46 #chen:2.59 "
    "#cheq:0.83 #cher:0.43 #ches:6.13 #chil:-4.46 #chin:1.52 #choo:-0.36 #chos:-4.46 "
    "#chri:1.23 #chti:0.15 #chur:1.52 #chy>:-4.46 #cial:-2.23 #cide:0.55 #cies:-0.25 "
    "#cil>:-1.56 #cine:0.83 #cisi:-4.46 #cito:-4.46 #city:-4.46 #ckag:-0.93 #cked:1.8 "
    "#cker:-4.46 #cket:0.15 #ckin:0.37 #ckli:-4.46 #cks>:2.2 #clas:1.05 #cle>:0.83 "
    "#clea:-1.42 #cles:6.13 #clim:0.83 #clin:-0.75 #cloc:0.15 #clos:-0.36 #clot:2.2 "
    "#club:0.15 #clud:-4.46 #clus:-4.46 #coac:0.83 #coat:6.13 #coff:-0.25 #cogn:6.13 "
    "#cold:1.52 #coll:0.55 #comb:-4.46 #come:0.96 #comf:-4.46 #comi:1.52 #comm:-0.75 "
    "#comp:-0.02 #conc:-4.46 #cond:1.23 #conf:-4.46 #cons:-4.46 #cont:-1.01 #conv:-4.46 "
    "#cook:-0.75 #coor:-0.25 #cope:-0.54 #copi:0.83 #copy:-4.46 #cord:-0.54 #corr:-4.46 "
    "#cort:0.83 #cost:-0.25 #coul:-0.12 #coun:-0.13 #cour:-0.32 #cove:-1.21 #cras:0.83 "
    "#crat:1.52 #crea:1.52 #cred:0.83 #cree:-4.46 #crie:6.13 #crim:-4.46 #crip:0.83 "
    "#cris:-1.32 #crit:-4.46 #cros:1.52 #cryi:6.13 #cted:-0.75 #ctio:-1.42 #ctiv:-0.75 "
    "#ctly:-4.46 #ctor:-0.93 #ctri:6.13 #cts>:0.15 #ctua:-1.74 #ctur:-0.93 #cult:0.83 "
    "#cup>:0.83 #cupb:6.13 #cupp:-4.46 #curr:-4.46 #cus>:-4.46 #cust:-4.46 #cut>:-1.21 "
    "#cutt:-4.46 #dad>:0.83 #dads:0.69 #dal>:-4.46 #damp:0.83 #danc:-4.46 #dang:-4.46 "
    "#dard:-0.75 #dark:6.13 #dash:-4.46 #date:-4.46 #daug:0.36 #day>:0.35 #dayl:-4.46 "
    "#days:0.92 #dden:0.83 #ddle:1.23 #ddre:0.15 #dea>:1.74 #deal:-0.07 #debt:0.83 "
    "#deci:-0.14 #ded>:-0.03 #dela:-4.46 #deli:6.13 #deme:-0.12 #demi:-4.46 #den>:6.13 "
    "#denc:-4.46 #denl:-4.46 #dent:-1.6 #deo>:-4.46 #depe:-4.46 #depu:-4.46 #der>:0.26 "
    "#derf:-4.46 #deri:0.15 #derl:-4.46 #ders:-4.46 #des>:0.43 #desi:-4.46 #deta:0.15 "
    "#dge>:-0.07 #dget:-4.46 #diag:-0.07 #dica:-1.08 #did>:-1.32 #didn:0.07 #die>:0.83 "
    "#died:-0.93 #diff:-0.41 #digi:-4.46 #dina:-0.25 #ding:-0.36 #dire:-0.75 #disa:-0.82 "
    "#disc:-0.85 #disg:-4.46 #dist:0.15 #dit>:0.15 #dkid:0.83 #dle>:0.83 #dler:0.83 "
    "#dlin:-4.46 #dly>:0.55 #dnes:0.83 #dnig:-4.46 #dnt>:0.39 #does:0.62 #doin:0.68 "
    "#dome:-4.46 #done:-1.08 #dont:1.41 #door:1.6 #dow>:0.83 #down:0.71 #draw:6.13 #drea:0.83 "
    "#dred:0.83 #dren:-4.46 #dres:0.83 #drin:2.42 #driv:0.61 #droo:6.13 #drop:0.37 #drow:0.83 "
    "#dson:6.13 #duca:-4.46 #due>:0.15 #dult:-0.75 #duri:0.83 #dust:-4.46 #duty:-4.46 "
    "#dvan:-4.46 #dver:-4.46 #dvic:-4.46 #dvis:0.15 #dwic:1.52 #dyin:-4.46 #dys>:0.43 "
    "#eabl:-0.41 #each:0.83 #ead>:0.4 #eadi:0.83 #eady:-0.25 #eafl:-4.46 #eak>:0.03 "
    "#eakf:0.83 #eaki:-4.46 #eaks:-0.75 #eal>:0.58 #eali:-4.46 #eall:0.52 #eals:0.15 "
    "#ealt:-1.21 #eam>:-0.54 #eams:-4.46 #ean>:1.12 #eans:-4.46 #eant:1.52 #eanw:-4.46 "
    "#ear>:-0.22 #eard:-4.46 #eari:-0.54 #earl:-4.46 #earn:0.43 #ears:-0.25 #eart:0.83 "
    "#eas>:0.83 #ease:-0.39 #easi:1.23 #easo:0.83 #eass:-4.46 #east:-0.25 #easu:-0.01 "
    "#easy:-1.08 #eat>:0.83 #eate:-0.01 #eati:1.23 #eave:1.31 #eavi:-4.46 #ebod:-0.25 "
    "#eboo:-0.25 #ebru:-4.46 #ebsi:-4.46 #ebt>:0.83 #ecau:1.05 #ecep:-4.46 #ecia:-0.25 "
    "#ecid:0.83 #ecis:-4.46 #eck>:0.33 #ecke:0.15 #eckl:-4.46 #ecks:2.07 #ecog:6.13 "
    "#ecom:-4.46 #econ:1.23 #ecor:-4.46 #ect>:-1.74 #ecte:-0.54 #ecti:-4.46 #ectl:-4.46 "
    "#ectr:6.13 #eded:0.15 #edic:-0.41 #edit:0.83 #edne:1.23 #edro:6.13 #eds>:-0.7 "
    "#educ:-4.46 #eed>:-0.85 #eede:0.15 #eeds:-1.15 #eein:2.2 #eek>:0.8 #eeke:0.43 #eeks:0.24 "
    "#eel>:0.43 #eeli:0.15 #eels:1.52 #een>:0.99 #eep>:1.88 #eepi:1.78 #eeps:1.88 #eepy:6.13 "
    "#eer>:1.16 #eers:-0.93 #ees>:1.52 #eet>:0.43 #eeti:-4.46 #eeve:6.13 #eeze:6.13 "
    "#eezi:1.52 #efer:-1.51 #efit:0.83 #efor:0.15 #efri:-0.75 #eft>:0.48 #eful:-0.75 "
    "#efun:-4.46 #efus:6.13 #ege>:0.55 #egge:6.13 #egin:-4.46 #egis:-4.46 #egle:-4.46 "
    "#egs>:1.23 #egua:-4.46 #egul:6.13 #ehcp:-4.46 #ehin:0.15 #eigh:1.52 #eili:0.83 "
    "#eing:-0.29 #eir>:-0.36 #eisu:-4.46 #eith:0.83 #ekee:6.13 #eken:0.43 #eks>:0.24 "
    "#elat:-4.46 #elay:-4.46 #elco:0.83 #eld>:-0.54 #elde:-4.46 #elec:0.83 #eles:-4.46 "
    "#elev:-4.46 #elf>:1 #elig:-4.46 #elin:-0.93 #eliv:6.13 #ell>:1.16 #ella:1.52 #ellb:-4.46 "
    "#elle:-1.51 #elli:1.74 #ello:-0.93 #ells:0.33 #elp>:-0.02 #elpe:-1.08 #elpf:0.83 "
    "#elpi:-4.46 #elps:0.15 #els>:0.83 #else:0.25 #elt>:-4.46 #elve:-4.46 #ely>:-1.21 "
    "#emai:-0.54 #eman:2.2 #embe:-0.36 #eme>:-4.46 #emem:-0.25 #emer:-0.25 #emie:-4.46 "
    "#emis:-4.46 #emor:-0.41 #empe:6.13 #empl:-0.54 #empt:6.13 #ems>:-4.46 #enan:0.15 "
    "#ence:-4.46 #enci:0.83 #ency:0.15 #end>:1.08 #enda:-4.46 #ende:-0.25 #endi:-0.25 "
    "#endl:-0.75 #ends:0.61 #ened:0.83 #enef:0.83 #ener:-0.75 #enev:6.13 #enew:-4.46 "
    "#enge:0.15 #engl:-0.75 #enin:0.55 #enio:-4.46 #enjo:-4.46 #enly:-4.46 #enny:6.13 "
    "#enou:0.55 #ens>:-0.33 #ensa:-4.46 #ensi:0.83 #ent>:-0.54 #enta:0.15 #enti:-0.19 "
    "#entl:1.52 #entr:-0.29 #ents:-0.16 #enui:-4.46 #eone:-1.53 #eopl:-0.66 #eory:0.83 "
    "#epai:1.01 #epar:-0.25 #epea:0.83 #epen:-4.46 #ephe:6.13 #epin:1.78 #epla:-4.46 "
    "#epli:-4.46 #eply:-4.46 #epor:-0.54 #eps>:1.78 #ept>:2.42 #epte:-4.46 #epti:-4.46 "
    "#eput:-4.46 #epy>:6.13 #eque:0.83 #equi:-4.46 #era>:0.15 #eral:-4.46 #erap:-4.46 "
    "#erat:0.15 #erda:2.59 #ere>:0.02 #ered:0.61 #eren:-1.21 #eres:1.34 #erfe:-4.46 "
    "#erfu:0.15 #erge:-0.25 #eria:-4.46 #erie:-0.54 #erin:0.55 #erio:0.83 #erly:-0.14 "
    "#erm>:-4.46 #ern>:0.15 #erne:-4.46 #erni:-0.41 #ernm:-4.46 #erno:-0.75 #erpa:-4.46 "
    "#erpr:0.83 #erra:-0.75 #erre:-4.46 #erri:-0.07 #ers>:-0.11 #ersa:-4.46 #erse:6.13 "
    "#erso:-1.6 #ersp:-4.46 #erst:-4.46 #ert>:-4.46 #ervi:-0.86 #erwa:-4.46 #ery>:0.5 "
    "#eryo:-0.88 #eryt:-0.32 #esa>:0.83 #esca:-0.75 #esco:0.83 #esda:0.55 #ese>:-0.75 "
    "#eshi:-4.46 #esid:-0.93 #esig:-4.46 #esnt:1.36 #esol:1.52 #espe:1.52 #espi:-1.21 "
    "#espo:-4.46 #ess>:0.1 #essa:6.13 #esse:-1.08 #essi:-0.41 #essm:-2.34 #esso:0.15 "
    "#est>:-0.17 #este:1.92 #esti:-0.36 #estl:0.55 #etai:0.15 #eted:-4.46 #etel:-4.46 "
    "#eter:0.15 #ethe:0.25 #ethi:1.01 #etic:0.83 #etim:1.8 #etin:-1.6 #etro:0.83 #ets>:0.66 "
    "#ette:0.33 #etti:0.61 #ettl:1.52 #etur:1.52 #etwe:0.43 #ety>:0.15 #eue>:-4.46 "
    "#eve>:-0.25 #even:0.89 #ever:0.11 #eves:6.13 #evie:-0.65 #evry:6.13 #ewal:-4.46 "
    "#ewed:-4.46 #ewhe:0.61 #ewor:0.83 #ews>:1.52 #exac:-4.46 #exam:0.83 #excl:-4.46 "
    "#exha:-4.46 #exib:-4.46 #exis:0.83 #expe:-4.46 #expl:-1.97 #ext>:0.61 #extr:0.15 "
    "#exts:0.83 #eye>:6.13 #eyre:-0.25 #eys>:-0.25 #eyve:-0.54 #ezin:1.52 #face:0.03 "
    "#fail:-4.46 #fair:0.15 #fake:-4.46 #fall:0.98 #fami:-0.43 #far>:-0.75 #fast:0.55 "
    "#fath:0.15 #febr:-4.46 #fect:-4.46 #fed>:0.83 #fee>:0.15 #feel:0.43 #fegu:-4.46 "
    "#feke:6.13 #feli:-4.46 #fell:0.55 #felt:-4.46 #fer>:0.15 #fere:-1.51 #ferr:-4.46 "
    "#few>:1.12 #ffee:-0.25 #ffer:-1.8 #ffic:0.5 #fic>:-4.46 #fice:0.83 #ficu:0.83 "
    "#fide:-4.46 #fied:-0.07 #fiel:-4.46 #fift:0.15 #figh:0.15 #file:-4.46 #fill:-0.54 "
    "#fina:-0.93 #find:-1.51 #fine:1.23 #fing:1.92 #fini:0.83 #firm:-4.46 #firs:-1.01 "
    "#fit>:-4.46 #five:-0.54 #fix>:0.15 #fixe:-4.46 #flat:2.02 #flet:-4.46 #flex:-4.46 "
    "#flin:6.13 #floo:1.52 #foll:-0.25 #food:2.2 #foot:-4.46 #for>:-0.02 #fore:0.15 "
    "#forg:-4.46 #form:-1.45 #fort:-1.08 #foru:0.83 #forw:0.15 #foun:1.43 #four:-0.25 "
    "#frac:-4.46 #free:-0.25 #fren:6.13 #frid:0.98 #frie:1.07 #frig:1.52 #from:0.44 #fron:0.5 "
    "#froz:-4.46 #ftee:-4.46 #ften:-0.54 #fter:0.26 #fts>:0.83 #fuel:-4.46 #ful>:-0.45 "
    "#full:-0.25 #fund:-4.46 #funn:-4.46 #fuse:-4.46 #fusi:1.52 #fuss:6.13 #gage:0.83 "
    "#gain:0.88 #game:0.83 #gap>:0.83 #gard:6.13 #gare:0.15 #gas>:6.13 #gate:-4.46 #gave:0.83 "
    "#ged>:-0.33 #genc:0.05 #gend:-4.46 #gene:-4.46 #gent:1.52 #genu:-4.46 #ger>:0.61 "
    "#gers:0.15 #gery:-4.46 #ges>:-0.02 #gest:-4.46 #get>:0.02 #gete:-4.46 #geth:-0.25 "
    "#gets:0.2 #gett:0.48 #gged:0.83 #gger:-0.75 #gges:-4.46 #ggli:-4.46 #ghbo:1.52 "
    "#ghin:0.83 #ght>:1.25 #ghte:0.7 #ghti:1.52 #ghtl:-4.46 #ghtm:-4.46 #ghts:1.27 "
    "#gibl:-4.46 #gies:-4.46 #ging:0.15 #ginn:-4.46 #girl:3.09 #gist:-4.46 #gita:-4.46 "
    "#give:1.28 #givi:6.13 #glad:-4.46 #glas:-0.54 #gle>:-4.46 #glec:-4.46 #glin:-4.46 "
    "#glis:-0.54 #gned:-4.46 #gnis:6.13 #gnor:0.83 #gnos:-0.07 #gnpo:-4.46 #gns>:0.43 "
    "#goes:1.6 #goin:0.56 #gone:1.8 #good:0.23 #goog:-4.46 #got>:0.09 #gove:-4.46 #grab:2.07 "
    "#grac:-4.46 #gram:0.83 #gran:1.12 #grap:-4.46 #grea:0.43 #gree:-4.46 #grou:0.07 "
    "#gry>:1.52 #guag:-4.46 #guar:-4.46 #gula:6.13 #gust:-4.46 #gym>:-4.46 #had>:0.52 "
    "#hadn:1.23 #hair:1.3 #half:0.37 #han>:0.43 #hand:0.83 #hang:0.26 #hank:-4.46 #hape:-4.46 "
    "#happ:-0.67 #hard:6.13 #hare:-4.46 #harg:-1.4 #hari:-4.46 #harm:-4.46 #harp:6.13 "
    "#has>:0.87 #hase:-4.46 #hasn:0.83 #hat>:-0.57 #hats:-0.44 #haus:-4.46 #have:0.41 "
    "#havi:-4.46 #hbou:1.52 #hcom:-4.46 #hcp>:-4.46 #hday:0.15 #head:1.23 #heal:-0.75 "
    "#hear:-0.6 #heat:1.34 #heck:0.63 #hed>:1.03 #heel:0.83 #heir:-0.36 #hell:1.74 "
    "#help:-0.14 #hem>:0.15 #heme:-4.46 #hemi:-4.46 #hen>:0.97 #hene:6.13 #heor:0.83 "
    "#hequ:0.83 #her>:1.2 #hera:-4.46 #here:0.36 #hers:1.3 #hes>:2.26 #hese:-0.75 #heth:0.33 "
    "#heti:0.83 #hew>:6.13 #hey>:-0.09 #heyr:-0.25 #heyv:-0.54 #hich:0.28 #hidd:6.13 "
    "#hide:6.13 #hidi:6.13 #high:-4.46 #hild:-4.46 #hile:0.83 #him>:1.86 #hims:6.13 "
    "#hin>:-0.07 #hind:0.15 #hine:1.52 #hing:0.46 #hink:1.27 #hip>:-0.54 #hips:-4.46 "
    "#hird:0.15 #his>:0.85 #hisp:6.13 #hist:-4.46 #hit>:0.43 #hits:6.13 #hiya:-4.46 "
    "#hly>:-4.46 #hoar:0.83 #hock:-4.46 #hoev:-4.46 #hois:-4.46 #hold:0.83 #hole:-0.17 "
    "#holi:-0.25 #home:0.59 #hone:0.77 #hook:6.13 #hool:-0.2 #hoos:-4.46 #hop>:-0.25 "
    "#hope:6.13 #hopp:2.07 #hops:-4.46 #hort:-1.42 #hos>:-4.46 #hose:-4.46 #hosp:-0.6 "
    "#hot>:6.13 #hoto:-0.93 #houg:1.23 #houl:-1.15 #hour:-0.36 #hous:1.74 #hout:0.76 "
    "#how>:-0.22 #howe:6.13 #hrea:-4.46 #hree:0.1 #hrew:6.13 #hris:1.23 #hroo:2.42 #hrou:0.15 "
    "#hrow:1.52 #hten:1.52 #hter:0.43 #htie:6.13 #htim:0.15 #htin:0.83 #htly:-4.46 "
    "#htma:-4.46 #hts>:1.27 #hub>:-0.01 #hund:0.83 #hurc:1.52 #hurs:0.15 #hurt:1.23 "
    "#husb:0.83 #hut>:0.83 #hway:-0.93 #hyme:0.83 #iagn:-0.07 #ial>:-4.46 #ian>:0.15 "
    "#iant:-4.46 #ibil:-4.46 #ible:-4.46 #ibra:1.01 #ibun:-4.46 #ibus:0.83 #ibut:-4.46 "
    "#ical:0.83 #icat:-1.21 #ice>:0.01 #iced:1.52 #icer:0.83 #ices:-4.46 #ich>:0.25 "
    "#icit:-4.46 #ick>:0.28 #icke:0.15 #icki:0.83 #icks:6.13 #ics>:-0.25 #ict>:6.13 "
    "#ictu:-0.93 #icul:0.15 #icy>:-4.46 #iday:0.7 #idde:6.13 #ide>:1.44 #idea:1.34 #ided:0.83 "
    "#iden:-1.51 #ideo:-4.46 #ider:-4.46 #ides:0.43 #idge:0.83 #idin:1.52 #idk>:6.13 "
    "#idni:-4.46 #idnt:0.07 #ids>:0.2 #ied>:0.08 #ield:-4.46 #ienc:-4.46 #iend:1.07 "
    "#ient:-0.54 #ier>:-0.01 #ies>:-0.25 #iet>:1.01 #iety:-4.46 #iew>:-1.01 #iewe:-4.46 "
    "#iews:6.13 #ife>:0.28 #ifel:-4.46 #iffe:-0.93 #iffi:0.83 #ifi>:-4.46 #ifie:-0.07 "
    "#ifor:0.83 #ift>:0.43 #ifte:-4.46 #igat:-4.46 #igge:-1.21 #igh>:-4.46 #ighb:1.52 "
    "#ight:1.17 #igib:-4.46 #igit:-4.46 #ign>:0.55 #igne:-4.46 #igni:0.83 #igno:0.83 "
    "#ignp:-4.46 #igns:0.43 #ike>:-0.12 #ikel:-4.46 #ikes:0.83 #ild>:-4.46 #ildi:-4.46 "
    "#ildr:-4.46 #ile>:0.38 #iled:-4.46 #iles:-4.46 #ilet:-0.07 #ilie:-4.46 #ilin:2.2 "
    "#ilit:-0.54 #ill>:0.28 #illa:-4.46 #ille:-4.46 #illi:-1.67 #illo:6.13 #ills:-0.07 "
    "#ils>:-0.75 #ily>:0.15 #ime>:0.11 #imed:-4.46 #imer:-4.46 #imes:0.28 #imin:-4.46 "
    "#immi:1.52 #impl:-4.46 #impo:-0.75 #imse:6.13 #inal:-4.46 #inan:-0.75 #inat:-0.25 "
    "#ince:1.65 #inch:6.13 #incl:-4.46 #ind>:-1.08 #inde:1.52 #indi:0.83 #indo:1.52 "
    "#inds:0.15 #ine>:0.46 #ined:-4.46 #inel:-4.46 #iner:1.52 #ines:-0.93 #info:-0.75 "
    "#ing>:0.18 #inge:6.13 #ingi:1.52 #ingl:-4.46 #ings:0.79 #inib:0.83 #inic:-0.75 "
    "#inin:-1.37 #inis:0.83 #ink>:0.83 #inki:1.52 #inks:6.13 #inne:-4.46 #ins>:-1.21 "
    "#insp:-4.46 #inst:1.41 #insu:0.15 #int>:0.08 #inte:-0.65 #intm:-4.46 #into:0.35 "
    "#ints:-4.46 #inui:-0.25 #inut:-1.42 #inve:-4.46 #invo:-4.46 #iny>:-4.46 #ion>:-0.62 "
    "#iona:-4.46 #ione:0.83 #ioni:-4.46 #ions:0.03 #ior>:-4.46 #ious:-0.75 #ips>:0.15 "
    "#ird>:0.83 #irec:-0.75 #ired:0.15 #irl>:2.59 #irlf:6.13 #irm>:-4.46 #irs>:0.71 "
    "#irst:-1.08 #irth:0.15 #isab:-0.75 #isch:-0.75 #iscl:-4.46 #ise>:-0.01 #ised:-4.46 "
    "#iser:0.15 #ises:1.52 #isgr:-4.46 #ish>:-0.41 #isin:-4.46 #isio:-4.46 #isis:-1.32 "
    "#isit:0.39 #isk>:-4.46 #isnt:-0.14 #ispe:6.13 #iss>:-0.93 #isse:-4.46 #issi:-0.54 "
    "#issu:-4.46 #ist>:-2.07 #iste:0.67 #isti:-0.41 #istm:1.23 #istr:0.15 #ists:-4.46 "
    "#isur:-4.46 #isy>:-4.46 #ital:-0.7 #itat:-4.46 #itch:2.59 #ite>:-0.54 #ited:-4.46 "
    "#iter:-4.46 #ith>:0.28 #ithi:-0.75 #itho:-0.17 #itie:-4.46 #itin:-4.46 #itio:-0.75 "
    "#itor:-0.54 #its>:0.47 #itte:-0.36 #itti:-0.07 #ittl:1.34 #ity>:-0.67 #ivat:-4.46 "
    "#ive>:0.87 #ived:0.83 #iven:1.34 #iver:0.33 #ives:1.43 #ivin:0.71 #ivit:0.15 #ixed:-4.46 "
    "#iya>:-4.46 #jake:-4.46 #janu:-4.46 #jean:6.13 #joan:-0.25 #job>:0.15 #join:0.83 "
    "#joke:-0.75 #jour:-0.01 #june:-0.54 #just:0.44 #kafo:6.13 #kage:-0.93 #ked>:0.22 "
    "#keep:1.63 #kely:-4.46 #ken>:-0.54 #kend:0.43 #kept:0.83 #ker>:-0.58 #kers:-1.32 "
    "#kery:0.83 #kes>:1.65 #ket>:0.83 #kets:-4.46 #kev>:6.13 #key>:1.52 #kfas:1.52 #kick:1.34 "
    "#kids:0.33 #kill:-4.46 #kind:0.83 #king:0.22 #kitc:2.59 #kitt:-4.46 #klis:-4.46 "
    "#knew:0.15 #knoc:1.92 #know:-0.18 #lace:-0.6 #lack:0.55 #lad>:1.92 #lade:0.83 #lads:1.92 "
    "#lady:1.92 #lage:-4.46 #lain:-1.08 #lan>:-4.46 #lana:-4.46 #land:-0.25 #lang:-4.46 "
    "#lann:0.15 #lapt:-4.46 #lar>:1.23 #lash:6.13 #lass:0.83 #last:0.73 #lat>:2.15 "
    "#late:-0.33 #lati:-4.46 #laug:1.52 #law>:6.13 #lay>:6.13 #layi:-0.25 #lbei:-4.46 "
    "#lcom:0.83 #lder:0.33 #ldin:-0.25 #ldnt:0.5 #ldre:-4.46 #lds>:0.15 #lead:-4.46 "
    "#leaf:-4.46 #leak:0.15 #lean:-4.46 #lear:0.04 #leas:-0.3 #leav:0.75 #lect:0.28 "
    "#led>:-1.21 #leed:0.83 #leep:3.04 #leev:6.13 #left:0.61 #lege:0.33 #legs:1.92 "
    "#leis:-4.46 #lem>:0.15 #lema:6.13 #leme:-0.41 #lems:-4.46 #lend:6.13 #lept:6.13 "
    "#ler>:0.15 #les>:0.83 #less:0.05 #let>:0.83 #lete:-0.54 #lets:1.2 #lett:0.22 #leve:-4.46 "
    "#lexi:-4.46 #lfri:6.13 #lian:-4.46 #libr:1.01 #lic>:0.15 #lice:0.15 #lici:-4.46 "
    "#licy:-4.46 #lida:-0.25 #lide:-4.46 #lied:-4.46 #lier:-4.46 #lies:-1.6 #life:-1.08 "
    "#lift:1.23 #ligh:0.33 #ligi:-4.46 #like:-0.08 #limb:0.15 #linc:6.13 #lind:1.52 "
    "#line:-0.1 #ling:0.27 #lini:-0.75 #link:-4.46 #lip>:0.83 #lish:-0.75 #list:-1.37 "
    "#liti:-4.46 #litt:1.34 #lity:-0.25 #live:1.52 #livi:-0.41 #lked:-0.93 #lkin:-0.01 "
    "#lks>:0.83 #lla>:6.13 #llag:-4.46 #llbe:-4.46 #llec:0.43 #lled:-1.92 #lleg:0.33 "
    "#lley:-4.46 #llia:-4.46 #llin:0.83 #llo>:-0.54 #lloc:-4.46 #llou:0.83 #llow:0.61 "
    "#lls>:0.7 #lly>:-0.09 #load:-4.46 #loca:-1.32 #lock:2.28 #logi:-4.46 #logy:-4.46 "
    "#loke:6.13 #lol>:-0.25 #lone:0.5 #long:-0.01 #loo>:-4.46 #lood:-4.46 #look:0.58 "
    "#loor:1.92 #lose:0.05 #losi:0.83 #lost:-0.25 #lot>:0.58 #loth:2.2 #lots:-4.46 "
    "#lott:-4.46 #loud:0.83 #loun:-0.75 #lous:-4.46 #love:-0.89 #low>:1.74 #lowa:-4.46 "
    "#lowe:1.05 #loye:-0.25 #lped:-1.08 #lpfu:0.83 #lpin:-4.46 #lps>:0.15 #lrea:-4.46 "
    "#lse>:0.65 #lses:-4.46 #lso>:6.13 #ltat:-4.46 #lth>:-0.54 #lts>:-1.32 #lub>:0.15 "
    "#lubs:-0.25 #luck:-4.46 #lude:-4.46 #lue>:0.15 #lunc:0.15 #lunt:0.83 #lusi:-4.46 "
    "#lute:-4.46 #lved:-4.46 #lves:-4.46 #lway:1.92 #mach:0.83 #maci:-4.46 #macy:-4.46 "
    "#mad>:0.83 #made:0.15 #mail:-0.54 #main:-4.46 #make:1.23 #maki:0.43 #mal>:0.43 "
    "#mall:-4.46 #man>:3.2 #mana:-0.03 #many:-0.07 #marc:-0.65 #mare:-4.46 #marg:-4.46 "
    "#mark:2.74 #mas>:1.52 #mash:1.52 #mass:-4.46 #matc:-4.46 #mate:0.83 #math:-4.46 "
    "#mati:-0.93 #matt:-0.25 #may>:-0.75 #mayb:-4.46 #mbe>:-4.46 #mber:0.01 #mbin:-4.46 "
    "#meal:1.52 #mean:0.68 #meas:-0.01 #mebo:-0.25 #med>:0.15 #medi:-0.41 #meds:1.52 "
    "#meet:-1.6 #mell:6.13 #memb:0.83 #memo:-1.08 #men>:1.23 #ment:-0.62 #meon:-1.53 "
    "#mer>:1.34 #mera:0.83 #merg:-0.25 #mers:-4.46 #mes>:0.67 #mess:2.42 #mest:-4.46 "
    "#meth:1.01 #meti:1.8 #mewh:0.61 #mewo:0.83 #mhs>:-4.46 #mic>:-4.46 #midn:-4.46 "
    "#mies:-4.46 #migh:0.83 #mili:-4.46 #milk:6.13 #mill:-4.46 #mily:0.3 #mina:-4.46 "
    "#mine:0.15 #ming:1.46 #mini:0.15 #mins:-4.46 #minu:-1.42 #mise:-4.46 #miss:-1.08 "
    "#mist:-4.46 #mit>:0.15 #mitt:-4.46 #mmed:0.83 #mmen:0.15 #mmer:2.2 #mmin:1.52 "
    "#mmod:-4.46 #mmun:-1.08 #moan:0.83 #mode:-4.46 #mome:-4.46 #mond:1.52 #mone:1.05 "
    "#mont:-0.47 #more:0.43 #morn:0.46 #morp:6.13 #mort:0.83 #mory:-1.08 #most:1.08 "
    "#mot>:-4.46 #moth:0.43 #moul:1.52 #move:1.74 #mpan:-4.46 #mpen:-4.46 #mper:6.13 "
    "#mpla:-0.41 #mple:-1.08 #mplo:-0.25 #mpor:0.83 #mpos:-4.46 #mpti:-4.46 #mpty:6.13 "
    "#mput:1.12 #mrs>:6.13 #msel:1.92 #much:0.93 #mudd:6.13 #mum>:0.75 #mums:0.74 #muni:-0.93 "
    "#murd:-4.46 #musi:-4.46 #mute:-4.46 #myse:1.52 #nack:-4.46 #nage:0.23 #nal>:-0.93 "
    "#name:-0.54 #nan>:6.13 #nanc:-0.07 #nant:-0.54 #nati:-4.46 #nato:0.15 #nbur:-4.46 "
    "#nce>:0.63 #ncel:-1.74 #ncer:-4.46 #nch>:1.23 #nche:6.13 #ncht:0.15 #ncia:-4.46 "
    "#ncie:0.83 #ncil:-1.56 #ncle:6.13 #nclu:-4.46 #ncy>:0.43 #nda>:-4.46 #ndal:-4.46 "
    "#ndan:-4.46 #ndar:-0.07 #nday:1.8 #nded:-0.75 #nder:-0.01 #ndin:-0.61 #ndki:0.83 "
    "#ndle:0.15 #ndli:-4.46 #ndly:-0.54 #ndow:1.52 #ndre:0.83 #nds>:1.01 #ndso:6.13 "
    "#ndwi:1.52 #near:-4.46 #neck:6.13 #need:-1.02 #nefi:0.83 #negl:-4.46 #neig:1.52 "
    "#nely:-4.46 #neph:6.13 #ner>:2.11 #nera:-4.46 #ners:0.15 #nes>:-0.47 #nesd:1.23 "
    "#ness:-0.25 #nest:0.91 #net>:-4.46 #neve:0.75 #new>:0.65 #newa:-4.46 #next:0.96 "
    "#ney>:0.92 #neys:-4.46 #nfid:-4.46 #nfor:-0.75 #nfus:-4.46 #nge>:0.43 #nged:-0.41 "
    "#nger:0.83 #nges:0.83 #ngin:-0.01 #ngla:-4.46 #ngle:-4.46 #ngli:-0.54 #ngry:1.52 "
    "#ngs>:0.83 #ngua:-4.46 #nhs>:-4.46 #nibu:0.83 #nic>:-1.08 #nice:6.13 #nifo:0.83 "
    "#nigh:1.54 #nine:-0.54 #ning:0.24 #nior:-4.46 #nise:6.13 #nish:0.83 #nist:-4.46 "
    "#nit>:-4.46 #nity:-1.32 #nive:-4.46 #njoy:-4.46 #nkin:1.92 #nks>:0.15 #nles:0.83 "
    "#nlin:0.38 #nly>:0.39 #nmen:-4.46 #nned:-4.46 #nner:-0.25 #nnes:-4.46 #nnin:0.15 "
    "#nnot:-4.46 #nny>:0.43 #nobo:-0.22 #nock:1.92 #nois:-4.46 #none:-4.46 #noon:-0.75 "
    "#nora:-4.46 #nore:0.83 #norm:1.52 #nose:-4.46 #nosi:0.43 #not>:0.76 #note:-0.54 "
    "#noth:-0.89 #noti:0.43 #noug:0.55 #nove:-4.46 #now>:0.23 #nowh:-4.46 #nowi:-0.25 "
    "#nown:-4.46 #nows:-0.25 #npai:-4.46 #npos:-4.46 #nsat:-4.46 #nse>:-4.46 #nsen:-4.46 "
    "#nsfe:0.83 #nsib:-4.46 #nsio:0.83 #nsit:-0.54 #nspe:-4.46 #nspo:-1.42 #nst>:6.13 "
    "#nsta:6.13 #nste:1.23 #nstr:-4.46 #nsul:-0.75 #nswe:0.43 #ntac:-1.32 #ntal:0.15 "
    "#nted:0.15 #ntee:0.83 #nter:-1.32 #nth>:-0.03 #nthl:-4.46 #nths:-0.82 #ntia:-0.21 "
    "#ntil:1.92 #ntin:-0.93 #ntio:1.92 #ntle:6.13 #ntly:-4.46 #ntme:-4.46 #nto>:0.35 "
    "#ntra:-0.85 #ntre:-0.39 #ntri:-4.46 #ntro:0.83 #ntry:-4.46 #nts>:-0.15 #nuar:-4.46 "
    "#nuin:-4.46 #nuit:0.15 #numb:0.43 #nurs:0.33 #nute:-1.42 #nver:-4.46 #nves:-4.46 "
    "#nvoi:-4.46 #nwhi:-4.46 #nxie:-4.46 #nxio:-4.46 #nymo:6.13 #nyon:-0.41 #nyth:1.83 "
    "#nywa:1.12 #nywh:0.83 #oach:0.83 #oad>:0.15 #oads:-4.46 #oan>:-0.25 #oard:2.2 #oast:0.83 "
    "#oat>:6.13 #obab:6.13 #obbe:-4.46 #oble:-0.75 #obod:-0.22 #ocal:-4.46 #ocat:-0.75 "
    "#oces:-4.46 #ocia:-4.46 #ock>:1.16 #ocke:6.13 #ocki:0.55 #ocks:6.13 #oclo:0.83 "
    "#octo:-4.46 #oday:-1.6 #oddl:0.83 #ode>:-4.46 #ody>:-0.22 #odys:0.43 #oes>:0.83 "
    "#oesn:1.36 #oeve:-4.46 #ofa>:0.83 #ofer:6.13 #off>:0.45 #offe:-1.6 #offi:0.83 "
    "#ofte:-0.54 #oget:-0.25 #ogie:-4.46 #ogle:-4.46 #ogni:6.13 #ogra:-4.46 #ogy>:-4.46 "
    "#oice:-0.75 #oile:-0.25 #oin>:6.13 #oing:0.55 #oint:-0.17 #oist:-4.46 #oisy:-4.46 "
    "#okaf:6.13 #oke>:0.28 #oked:-0.85 #oken:-0.54 #oker:0.83 #okin:-0.65 #oks>:1.12 "
    "#old>:0.63 #olde:0.68 #olds:0.15 #ole>:-0.54 #oles:0.83 #olic:-1.51 #olid:-0.25 "
    "#oll>:0.15 #olle:0.05 #ollo:-0.25 #olog:-4.46 #ols>:-0.25 #olun:0.68 #olut:-4.46 "
    "#olve:-4.46 #oman:2.2 #omat:-4.46 #ombe:-4.46 #ome>:0.8 #omeb:-0.25 #omen:-0.93 "
    "#omeo:-1.53 #omer:-4.46 #omes:0.83 #omet:1.38 #omew:0.83 #omin:1.6 #omis:-4.46 "
    "#omme:0.15 #ommi:-4.46 #ommo:-4.46 #ommu:-1.08 #ompa:0.83 #ompe:-4.46 #ompl:-0.75 "
    "#ompu:1.12 #oms>:0.15 #onal:-0.85 #onbu:-4.46 #once:-1.51 #ond>:1.23 #onda:1.52 "
    "#onde:-0.93 #one>:-0.21 #oned:0.83 #onel:-4.46 #ones:0.62 #oney:1.05 #onfi:-4.46 "
    "#onfu:-4.46 #ong>:-0.34 #onge:6.13 #onig:0.83 #onis:-4.46 #onli:0.38 #only:0.55 "
    "#ons>:0.03 #onse:-4.46 #onsi:-4.46 #onsu:-4.46 #ont>:1.45 #onta:-1.32 #onth:-0.47 "
    "#onti:-0.25 #ontr:-1.08 #onve:-4.46 #ood>:0.63 #oofe:6.13 #oogl:-4.46 #ook>:0.47 "
    "#ooke:-0.54 #ooki:-0.54 #ooks:1.12 #ool>:-0.25 #ools:-4.46 #oom>:1.74 #ooms:-4.46 "
    "#oon>:0.15 #oor>:1.6 #oord:-0.25 #oors:1.92 #oose:-4.46 #ootb:-4.46 #ope>:0.55 "
    "#open:1.08 #oper:-0.36 #opic:-4.46 #ople:-0.66 #oppe:0.83 #oppi:1.16 #ops>:0.33 "
    "#opti:0.15 #opul:-4.46 #opy>:-4.46 #oram:-4.46 #ord>:-0.01 #ordi:-0.54 #ords:-4.46 "
    "#ore>:0.38 #ores:6.13 #orge:0.83 #orgo:-4.46 #ork>:0.08 #orke:-0.79 #orki:-0.25 "
    "#orks:0.83 #orm>:-1.01 #orma:-0.25 #orms:-4.46 #orne:1.52 #orni:0.46 #orph:6.13 "
    "#orre:-4.46 #orri:-4.46 #orro:6.13 #orry:-0.57 #ors>:-0.14 #orse:0.43 #orst:0.15 "
    "#ort>:0.21 #orta:0.15 #orte:-0.93 #orth:0.15 #orti:-4.46 #ortn:0.15 #orts:-0.25 "
    "#ortu:-4.46 #orum:0.83 #orwa:0.15 #ory>:-0.54 #ose>:-0.01 #osed:0.15 #oses:-4.46 "
    "#osin:0.15 #osis:0.43 #ospi:-0.6 #oss>:1.92 #ossi:-4.46 #ost>:0.62 #ostl:6.13 #osts:0.15 "
    "#otba:-4.46 #ote>:0.15 #otes:-4.46 #oth>:0.83 #othe:1.04 #othi:-0.88 #otic:0.43 "
    "#oto>:-4.46 #otos:0.83 #ots>:-4.46 #otte:-0.54 #otti:-4.46 #oubl:1.74 #ouch:0.15 "
    "#oud>:0.61 #ough:1.15 #ould:-0.62 #ounc:-1.56 #ound:1.19 #oung:-0.49 #ount:0.68 "
    "#oup>:0.58 #oups:-4.46 #our>:-0.11 #oure:0.15 #ourn:-0.01 #ours:-0.47 #ourt:0.83 "
    "#ous>:-1.21 #ousa:6.13 #ouse:1.92 #ousi:0.43 #ousl:-4.46 #out>:0.34 #outc:-1.21 "
    "#oute:-0.75 #outh:-1.21 #outi:6.13 #outs:1.12 #ove>:0.15 #oved:1.92 #ovel:-1.27 "
    "#ovem:-4.46 #over:0.41 #oves:-4.46 #ovid:-4.46 #owan:-4.46 #owe>:6.13 #owed:2.07 "
    "#owen:-4.46 #ower:0.83 #owhe:-4.46 #owin:0.83 #own>:-0.02 #owne:6.13 #owns:6.13 "
    "#ows>:0.83 #oyer:-0.25 #oyfr:2.98 #oyin:-4.46 #oys>:1.52 #oze>:-4.46 #ozen:-4.46 "
    "#pace:0.55 #paci:-4.46 #pack:-1.08 #pad>:6.13 #page:-1.51 #paid:0.01 #pair:1.01 "
    "#pals:-4.46 #pane:-4.46 #pano:-4.46 #pany:-4.46 #pape:-0.75 #para:-0.25 #pare:-0.54 "
    "#pari:-4.46 #park:-4.46 #part:1.61 #pas>:-4.46 #pass:0.52 #past:-0.25 #path:-0.25 "
    "#pati:-1.42 #paul:-4.46 #pay>:0.61 #payd:6.13 #payi:-4.46 #paym:-1.08 #payr:-4.46 "
    "#pboa:6.13 #pdat:-4.46 #peak:-0.33 #peal:-4.46 #peat:0.83 #pec>:-4.46 #peci:-0.25 "
    "#pect:-4.46 #ped>:0.49 #peer:-0.07 #pen>:0.37 #pend:-0.25 #pene:0.43 #peni:-0.54 "
    "#penn:6.13 #pens:0.26 #peop:-0.66 #per>:-0.25 #pera:0.15 #perf:-4.46 #peri:0.15 "
    "#perl:0.15 #perm:-4.46 #pers:-1.29 #pes>:6.13 #petr:0.83 #pful:0.83 #phar:-4.46 "
    "#phew:6.13 #phin:6.13 #phon:0.67 #phot:-0.93 #pic>:-4.46 #pick:1.23 #pict:-0.93 "
    "#pid>:6.13 #pies:-4.46 #pili:6.13 #pill:6.13 #pin>:1.52 #ping:1.28 #pip>:-0.54 "
    "#pita:-0.6 #pite:-1.21 #plac:-0.6 #plai:-1.08 #plan:-1.51 #plas:0.15 #plat:0.83 "
    "#play:0.43 #ple>:-0.47 #plea:-0.39 #plet:-4.46 #plie:-4.46 #ploy:-0.25 #ply>:-4.46 "
    "#poin:-0.12 #poli:-0.65 #polo:-4.46 #pons:-4.46 #pool:-4.46 #pop>:0.15 #popu:-4.46 "
    "#port:0.2 #pose:1.74 #poss:-4.46 #post:1.38 #pot>:-4.46 #pott:-0.75 #poun:6.13 "
    "#powe:1.52 #ppa>:-4.46 #ppar:-4.46 #ppea:-4.46 #pped:0.83 #ppen:-0.75 #ppin:1.3 "
    "#pply:-4.46 #ppoi:-1.21 #ppor:0.52 #ppos:1.52 #ppro:-4.46 #ppy>:-0.25 #pres:6.13 "
    "#pret:0.83 #pril:-4.46 #prin:-4.46 #priv:-4.46 #priy:-4.46 #prob:0.33 #proc:-4.46 "
    "#prom:-4.46 #prop:-0.49 #prot:-4.46 #prou:1.52 #prov:-4.46 #pset:0.15 #psta:6.13 "
    "#ptem:-4.46 #ptio:-0.14 #ptop:-4.46 #pty>:6.13 #pub>:-4.46 #publ:0.15 #pula:-4.46 "
    "#pull:1.34 #punc:6.13 #purp:6.13 #push:0.55 #put>:0.95 #pute:1.12 #puts:-4.46 #putt:1.52 "
    "#puty:-4.46 #qual:-4.46 #quee:6.13 #ques:0.43 #queu:-4.46 #quic:0.15 #quie:1.16 "
    "#rabb:2.59 #rabl:-4.46 #race:-4.46 #rack:0.83 #ract:-1.74 #raff:-4.46 #raig:2.42 "
    "#rail:0.83 #rain:-1.25 #rais:-4.46 #ral>:-4.46 #rals:-4.46 #rama:-4.46 #ramm:-4.46 "
    "#ramp:0.83 #ranc:0.43 #rand:1.74 #rang:-0.36 #rans:-0.82 #raph:-4.46 #rapi:-4.46 "
    "#rari:0.83 #rary:0.93 #rash:0.15 #ratc:1.52 #rate:0.33 #rath:0.83 #rati:-0.54 "
    "#rave:-0.54 #rawe:6.13 #rch>:0.03 #rcus:-4.46 #rday:1.52 #rden:6.13 #rder:0.55 "
    "#rdin:-1.15 #rdly:6.13 #rds>:-0.6 #rea>:-4.46 #reab:-0.41 #reac:0.83 #read:0.19 "
    "#reak:-0.2 #real:0.22 #ream:0.43 #reas:-0.07 #reat:-0.41 #rece:0.15 #reco:0.15 "
    "#rect:-1.32 #red>:0.24 #redi:0.83 #ree>:-0.25 #reed:-4.46 #reen:-4.46 #reet:0.83 "
    "#reez:1.52 #refe:-1.51 #refu:-0.65 #regi:-4.46 #regu:6.13 #rela:-4.46 #reme:-0.25 "
    "#ren>:-4.46 #renc:-4.46 #rend:1.92 #rene:-4.46 #rens:-4.46 #rent:-0.54 #repa:0.83 "
    "#repe:0.83 #repl:-4.46 #repo:-0.54 #rer>:0.64 #rers:-0.2 #res>:1.21 #resc:0.83 "
    "#rese:0.83 #resi:-1.08 #resp:-1.92 #ress:0.7 #ret>:-4.46 #reti:0.83 #retu:1.52 "
    "#revi:-0.7 #rew>:1.92 #rfec:-4.46 #rful:0.15 #rgar:-4.46 #rge>:-0.88 #rged:-1.15 "
    "#rgen:-0.75 #rger:-4.46 #rges:-0.54 #rget:-4.46 #rgin:-4.46 #rgot:-4.46 #rhym:0.83 "
    "#ria>:-4.46 #rian:0.83 #ribu:-4.46 #ric>:6.13 #rict:1.52 #rida:1.01 #ridg:0.83 #ried:2.2 "
    "#rien:0.97 #rier:-4.46 #ries:0.61 #rifi:-0.07 #rigg:-4.46 #righ:0.55 #rike:-4.46 "
    "#ril>:-4.46 #rill:-4.46 #rimi:-4.46 #ring:0.31 #rink:2.42 #rint:-4.46 #riou:0.15 "
    "#rip>:-0.25 #rips:0.83 #ript:0.83 #risi:-1.32 #risk:-4.46 #rist:1.52 #rite:-0.54 "
    "#ritt:0.55 #rity:-4.46 #riva:-4.46 #rive:1.03 #rivi:0.15 #riya:-4.46 #rked:-4.46 "
    "#rker:-0.69 #rkin:-0.85 #rks>:2.07 #rlfr:6.13 #rlie:-4.46 #rly>:-0.7 #rmac:-4.46 "
    "#rmal:0.15 #rmat:-0.93 #rms>:0.58 #rned:-0.45 #rner:0.83 #rnet:-4.46 #rney:0.37 "
    "#rnig:-0.41 #rnin:0.47 #rnme:-4.46 #rnoo:-0.75 #rns>:0.43 #rnt>:-4.46 #road:0.15 "
    "#roba:6.13 #robb:-4.46 #robl:-0.75 #roce:-4.46 #roke:0.15 #rol>:0.15 #roll:-4.46 "
    "#rom>:0.44 #romi:-4.46 #rong:-0.45 #ront:0.5 #roof:6.13 #room:1.74 #rop>:-0.93 "
    "#rope:-0.2 #ropp:-0.25 #rops:6.13 #ross:1.52 #rote:-4.46 #roth:1.8 #roub:2.42 #roud:1.52 "
    "#roug:1.31 #roun:0.9 #roup:0.07 #rout:-4.46 #rove:-4.46 #rovi:-4.46 #rown:-4.46 "
    "#rows:6.13 #roze:-4.46 #rphi:6.13 #rpre:0.83 #rral:-4.46 #rran:-0.25 #rrec:-4.46 "
    "#rred:-4.46 #rren:-4.46 #rrie:-0.54 #rrif:-0.07 #rriv:6.13 #rrow:6.13 #rry>:-0.67 "
    "#rryi:6.13 #rsal:-4.46 #rsat:-4.46 #rsda:0.15 #rse>:0.26 #rsel:6.13 #rser:-4.46 "
    "#rses:-4.46 #rsh>:-4.46 #rson:-1.6 #rspe:-4.46 #rst>:-0.6 #rsta:-4.46 #rted:0.89 "
    "#rth>:0.15 #rthd:0.15 #rtin:0.43 #rtne:6.13 #rtni:0.15 #rts>:-1.08 #rtun:-4.46 "
    "#rty>:0.83 #ruar:-4.46 #rue>:-4.46 #rugg:-4.46 #ruis:1.92 #run>:-0.25 #rung:-4.46 "
    "#runn:-4.46 #rush:-4.46 #rust:-0.54 #rvic:-0.83 #rvin:0.83 #rwar:-0.75 #ryin:1.34 "
    "#ryon:-0.88 #ryth:-0.32 #sabi:-0.07 #sabl:-1.42 #safe:-0.25 #sage:6.13 #sagi:6.13 "
    "#said:2.05 #sal>:-4.46 #same:0.28 #sand:2.59 #sani:-4.46 #sat>:-0.25 #sati:-4.46 "
    "#satu:0.43 #save:-0.54 #savi:1.92 #saw>:2.2 #say>:1.58 #sayi:1.38 #says:2.01 #sban:0.83 "
    "#scal:-0.75 #scam:-4.46 #scan:-4.46 #scar:0.7 #scha:-0.75 #sche:-4.46 #scho:-0.2 "
    "#sclo:-4.46 #scor:0.83 #scra:0.83 #scre:0.15 #scri:0.15 #sday:0.3 #seco:1.23 #sed>:-0.54 "
    "#see>:-0.07 #seei:2.2 #seen:1.52 #sefu:-4.46 #self:1 #sell:0.43 #send:-0.54 #seng:0.15 "
    "#seni:-4.46 #sens:-4.46 #sent:-0.25 #sepa:0.15 #sept:-4.46 #ser>:0.15 #seri:0.83 "
    "#serv:-0.86 #sery:-4.46 #ses>:-0.93 #sess:-1.76 #set>:-4.46 #sett:6.13 #seve:1.52 "
    "#sfer:0.83 #sgra:-4.46 #shak:0.15 #shap:-4.46 #shar:-0.07 #shco:-4.46 #she>:1.34 "
    "#shed:0.83 #shel:6.13 #shes:2.39 #shin:2.2 #ship:-4.46 #shoc:-4.46 #shoo:6.13 #shop:0.96 "
    "#shor:-1.42 #shou:-0.48 #show:1.52 #shut:0.83 #sibi:-4.46 #sibl:-4.46 #sic>:-4.46 "
    "#sica:1.52 #sick:0.83 #side:0.38 #sier:1.92 #sign:-0.19 #simp:-4.46 #sinc:1.65 "
    "#sine:0.15 #sing:0.15 #sion:-0.44 #sis>:-0.54 #sist:0.95 #sit>:0.83 #site:-4.46 "
    "#siti:-0.25 #sito:0.83 #sits:0.83 #sitt:-0.25 #sive:-4.46 #six>:-0.07 #sked:0.28 "
    "#skin:1.01 #sks>:1.92 #slee:3.13 #slep:6.13 #slid:-4.46 #slig:-4.46 #slot:-4.46 "
    "#slow:0.83 #sly>:-4.46 #smal:-4.46 #smas:1.52 #smel:6.13 #smen:-2.34 #smok:-4.46 "
    "#snt>:0.83 #soci:-4.46 #sofa:0.83 #sol>:1.52 #soli:-4.46 #solu:-4.46 #some:0.01 "
    "#son>:0.19 #sona:-0.07 #sons:-0.05 #sore:6.13 #sorr:-0.65 #sort:-0.07 #soun:0.15 "
    "#spac:0.83 #spea:-0.33 #spec:-1.67 #spen:0.15 #sper:6.13 #spit:-0.75 #spon:-4.46 "
    "#spor:-0.17 #spot:-4.46 #sque:1.52 #ssag:6.13 #ssed:-0.85 #ssen:0.15 #sses:-1.92 "
    "#ssib:-4.46 #ssin:0.83 #ssio:-0.69 #ssiv:-4.46 #ssme:-2.34 #sson:0.83 #sspo:1.92 "
    "#ssue:-4.46 #ssum:-4.46 #sswo:-4.46 #stab:6.13 #staf:0.07 #stag:0.83 #stai:2.2 "
    "#stan:-1.21 #star:0.89 #stat:1.34 #stay:1.78 #stea:1.23 #sted:-4.46 #stem:-4.46 "
    "#sten:-0.07 #step:0.83 #ster:0.71 #stfi:-4.46 #stic:-1.6 #stig:-4.46 #stil:0.51 "
    "#stin:-0.75 #stio:0.33 #stly:0.83 #stma:1.23 #stoc:6.13 #stom:-4.46 #ston:-0.25 "
    "#stop:0.69 #stor:-4.46 #stra:1.23 #stre:-0.65 #stri:0.43 #stro:0.15 #stru:-4.46 "
    "#sts>:-0.07 #stuc:-4.46 #stud:-4.46 #stuf:2.31 #stup:6.13 #subm:-0.25 #sudd:-4.46 "
    "#sue>:-4.46 #sult:-4.46 #summ:1.52 #sump:-4.46 #sund:2.2 #supe:-4.46 #supp:0.77 "
    "#sura:-4.46 #sure:0.48 #surg:-4.46 #susp:-4.46 #swer:0.43 #swim:1.52 #swor:0.15 "
    "#syst:-4.46 #tabl:1.23 #tack:-4.46 #tact:-1.32 #taff:0.07 #tage:-4.46 #tail:0.15 "
    "#tair:2.2 #take:0.94 #taki:0.55 #tal>:-0.58 #talk:-2.2 #tand:-1.21 #tant:0.83 "
    "#targ:-4.46 #tart:0.96 #tate:0.55 #tati:0.43 #tax>:-4.46 #taxi:-4.46 #tay>:2.42 "
    "#taye:0.83 #tayi:1.74 #tays:1.52 #tbal:-4.46 #tbh>:1.52 #tch>:-4.46 #tche:2.59 "
    "#tchi:1.92 #tcom:-1.21 #tea>:2.42 #teac:1.52 #tead:1.92 #team:-0.54 #ted>:-0.24 "
    "#tee>:0.83 #teen:0.15 #teer:0.68 #tell:1.06 #tely:-1.32 #tem>:-4.46 #temb:-4.46 "
    "#teme:6.13 #temp:0.83 #ten>:0.35 #tena:0.15 #tend:-4.46 #tene:1.3 #teni:0.43 #tens:-4.46 "
    "#tent:0.83 #tep>:0.55 #ter>:0.24 #terd:2.59 #tere:-4.46 #teri:-0.54 #term:-4.46 "
    "#tern:-0.54 #terp:0.83 #terr:-0.07 #ters:0.53 #terw:-4.46 #tery:-0.25 #tes>:-0.43 "
    "#test:-0.25 #teth:0.83 #text:0.15 #tfie:-4.46 #than:-0.49 #that:-0.66 #thda:0.15 "
    "#the>:0.14 #thei:-0.36 #them:0.11 #then:-0.32 #theo:0.83 #ther:0.75 #thes:0.65 "
    "#thet:6.13 #they:-0.07 #thin:0.42 #thir:-0.25 #this:0.02 #thly:-4.46 #thos:-4.46 "
    "#thou:0.76 #thre:0.27 #thro:0.93 #ths>:-1.03 #thur:0.15 #thwa:-0.93 #tia>:-0.12 "
    "#tial:-4.46 #tic>:-0.93 #tice:0.28 #tick:-4.46 #tie>:6.13 #tien:-1.42 #ties:0.83 "
    "#tiga:-4.46 #til>:2.07 #till:0.56 #time:0.16 #tin>:6.13 #ting:-0.1 #tinu:-0.25 "
    "#tion:-0.6 #tire:0.33 #tist:-1.08 #tive:-0.93 #tivi:0.15 #tle>:0.98 #tlem:6.13 "
    "#tly>:0.31 #tmar:-4.46 #tmas:1.23 #tmen:-1.32 #tner:6.13 #tnig:0.15 #toas:0.83 "
    "#tock:6.13 #toda:-1.6 #todd:0.83 #toes:0.83 #toge:-0.25 #toil:-0.07 #told:0.61 "
    "#tom>:0.83 #toma:-4.46 #tome:-4.46 #ton>:0.15 #tonb:-4.46 #tone:0.15 #toni:0.83 "
    "#too>:0.46 #took:0.83 #top>:0.57 #topi:-4.46 #topp:0.74 #tops:-4.46 #tor>:-0.07 "
    "#torn:1.52 #tors:-4.46 #tory:-4.46 #tos>:0.83 #touc:0.83 #town:-4.46 #tra>:0.15 "
    "#trac:-1.51 #traf:-4.46 #trai:-0.39 #tran:-0.43 #trav:-0.54 #tre>:-0.34 #trea:-4.46 "
    "#tree:0.83 #tres:-0.93 #trib:-4.46 #tric:1.52 #trie:0.83 #trig:-4.46 #trik:-4.46 "
    "#trip:-0.54 #trol:0.15 #tron:0.83 #trou:2.42 #true:-4.46 #trug:-4.46 #trus:-0.25 "
    "#try>:-0.54 #tryi:-0.25 #tsid:0.83 #ttac:-4.46 #tted:-4.46 #tten:-0.14 #tter:0.18 "
    "#ttin:0.23 #ttle:1.12 #tton:0.15 #ttor:1.52 #tual:-1.74 #tuck:-4.46 #tude:-4.46 "
    "#tues:-0.01 #tuff:2.31 #tune:-4.46 #tupi:6.13 #turd:0.43 #ture:-0.41 #turn:0.1 "
    "#tuto:-0.25 #twee:0.43 #twic:0.15 #two>:-0.49 #type:-4.46 #tysh:-4.46 #uage:-4.46 "
    "#ual>:0.15 #uali:-4.46 #uall:-2.23 #uard:-4.46 #uary:-4.46 #uble:1.74 #ubli:0.15 "
    "#ubmi:-0.25 #ubs>:0.83 #ucat:-4.46 #uch>:0.83 #uche:0.83 #uck>:-4.46 #udde:-4.46 "
    "#uddl:6.13 #ude>:-4.46 #uden:-4.46 #udge:-4.46 #ueez:6.13 #uel>:-4.46 #ues>:0.83 "
    "#uesd:-0.01 #uest:0.33 #ueue:-4.46 #uff>:2.31 #uggl:-4.46 #ugh>:1.04 #ughi:0.83 "
    "#ught:0.52 #ugus:-4.46 #uick:0.15 #uiet:1.16 #uild:-4.46 #uine:-4.46 #uise:1.92 "
    "#uity:0.15 #ular:0.83 #uld>:-0.72 #uldn:0.5 #ull>:-0.25 #ulls:6.13 #ully:6.13 "
    "#ult>:-0.75 #ulta:-4.46 #ulti:0.83 #ults:-1.32 #umbe:0.43 #umme:2.2 #umpt:-4.46 "
    "#ums>:0.79 #unal:-4.46 #unch:1.23 #unci:-1.56 #uncl:6.13 #und>:0.87 #unda:2.42 "
    "#unde:-1.21 #undi:-4.46 #undr:0.83 #unds:1.12 #une>:-0.93 #ung>:-0.78 #unge:-0.01 "
    "#unif:0.83 #unit:-1.21 #univ:-4.46 #unle:0.83 #unni:-4.46 #unny:-4.46 #unpa:-4.46 "
    "#unt>:1.44 #unte:0.55 #unti:1.78 #untr:-4.46 #unts:-0.54 #upbo:6.13 #upda:-4.46 "
    "#uper:-4.46 #upid:6.13 #uppa:-4.46 #uppo:0.77 #ups>:-4.46 #upse:0.15 #upst:6.13 "
    "#urch:1.52 #urda:0.43 #urde:-0.54 #ure>:-0.14 #ures:0.61 #urge:-0.93 #urin:0.83 "
    "#urn>:1.34 #urne:-0.43 #urni:1.23 #urns:0.61 #urre:-4.46 #urs>:-0.46 #ursd:0.15 "
    "#urse:-0.21 #urt>:0.43 #urti:6.13 #ury>:-4.46 #usan:6.13 #usba:0.83 #use>:0.83 "
    "#used:0.15 #usef:-4.46 #uses:-0.75 #ush>:-0.25 #ushe:0.15 #ushi:0.83 #usic:-4.46 "
    "#usin:0.68 #usio:-4.46 #usly:-4.46 #uspe:-4.46 #uss>:6.13 #ust>:0.36 #uste:-4.46 "
    "#usti:-4.46 #usto:-4.46 #usy>:0.83 #utco:-1.21 #ute>:-4.46 #uted:-0.93 #utel:-4.46 "
    "#uter:1.12 #utes:-1.08 #uth>:-1.21 #utin:6.13 #utio:-4.46 #utis:-1.08 #utor:-0.25 "
    "#uts>:0.33 #utsi:0.83 #utti:0.43 #utto:0.15 #uty>:-4.46 #utys:-4.46 #van>:6.13 "
    "#vant:-4.46 #vate:-4.46 #ved>:1.14 #vel>:-0.54 #vely:-1.27 #vemb:-4.46 #ven>:0.91 "
    "#veni:0.95 #vent:0.83 #ver>:0.62 #vern:-1.15 #vers:-1.6 #vert:-4.46 #very:0.25 "
    "#ves>:1.47 #vest:-4.46 #vice:-0.9 #vid>:0.83 #vide:-4.46 #view:-0.7 #vill:-4.46 "
    "#ving:0.43 #viou:-4.46 #vise:0.15 #visi:0.2 #vity:0.83 #voic:-0.54 #volu:0.68 "
    "#volv:-4.46 #vry>:6.13 #wage:0.43 #wait:-1.51 #wake:2.59 #wal>:-4.46 #walk:0.5 "
    "#wall:1.12 #wanc:-4.46 #wand:0.83 #want:-0.46 #ward:-0.43 #warm:0.15 #warn:-4.46 "
    "#was>:-0.57 #wash:1.23 #wasn:1.52 #wast:0.83 #watc:-0.25 #wate:6.13 #way>:0.1 #ways:1.92 "
    "#wear:1.52 #webs:-4.46 #wed>:0.15 #wedn:1.23 #weed:0.83 #week:0.61 #ween:0.43 #weig:6.13 "
    "#welc:0.83 #well:-1.08 #wen>:-4.46 #went:0.21 #wer>:0.55 #were:-0.1 #wers:0.83 "
    "#wet>:6.13 #weve:-0.65 #wful:-0.25 #what:-0.41 #when:1.12 #wher:0.06 #whet:0.33 "
    "#whic:0.28 #whil:0.83 #whis:1.92 #who>:0.24 #whoe:-4.46 #whol:-0.25 #whos:-4.46 "
    "#why>:-0.82 #wice:0.15 #wich:1.52 #wide:6.13 #wife:0.33 #wifi:-4.46 #will:-1.08 "
    "#wimm:1.52 #wind:1.52 #wing:0.83 #wint:-4.46 #with:0.21 #woma:2.2 #wome:-0.25 #won>:0.83 "
    "#wond:-0.93 #wont:2.2 #word:-1.67 #work:-0.31 #worr:-0.54 #wors:0.43 #wort:0.83 "
    "#woul:-0.5 #writ:0.43 #wron:-0.85 #wrot:-4.46 #xact:-4.46 #xam>:-4.46 #xclu:-4.46 "
    "#xed>:-4.46 #xhau:-4.46 #xibl:-4.46 #xiet:-4.46 #xiou:-4.46 #xist:0.83 #xper:-4.46 "
    "#xpla:-1.97 #xtra:0.15 #xts>:0.83 #ybe>:-4.46 #yday:6.13 #year:-0.14 #yed>:-0.25 "
    "#yer>:0.83 #yers:-4.46 #yes>:0.28 #yest:2.59 #yet>:-4.46 #yfri:2.87 #ying:0.73 "
    "#ylig:-4.46 #yme>:0.83 #ymen:-1.21 #ymor:6.13 #yone:-0.51 #you>:-0.87 #youd:-4.46 "
    "#youn:-0.45 #your:-0.65 #yout:-1.08 #ype>:-4.46 #yre>:-0.25 #yrol:-4.46 #ysel:1.52 "
    "#yshi:-4.46 #yste:-4.46 #ythi:0.61 #yve>:-0.54 #yway:1.12 #ywhe:0.43 #zen>:-4.46 "
    "#zing:1.52 000:2.2 1:-0.75 10:6.13 10pm:0.83 11:-4.46 12:1.23 13:1.52 14:0.55 "
    "14_and:0.83 14_for:0.83 14_year:6.13 15:0.61 15_and:6.13 15_minute:0.83 16:-0.65 "
    "16_and:0.15 17:-0.07 17_and:-4.46 17_year:0.83 18:-0.25 180:-4.46 18_and:0.83 "
    "18_everyth:-4.46 18_her:0.83 19:0.15 1_to:0.15 2:-0.25 20:0.55 22:0.83 25:0.15 "
    "2_000:6.13 2am:0.83 3:-0.93 30:0.83 300:-4.46 3_day:0.83 3am:1.23 3am_and:0.83 4:0.28 "
    "40:-4.46 40_a:-4.46 40_page:-4.46 42:-4.46 42_on:-4.46 48:-4.46 4_000:0.83 5:-4.46 "
    "50:0.15 58:-4.46 6:-0.25 7:-0.54 8:0.83 80:-4.46 81:1.52 81_and:6.13 88:0.83 88_and:0.15 "
    "8am:-4.46 8am_phone:-4.46 9:-0.07 90:0.15 91:6.13 999:0.83 9_and:0.83 9_month:-4.46 "
    "9pm:0.83 a_befriender:0.15 a_bit:-0.25 a_black:1.92 a_break:-4.46 a_call:-4.46 "
    "a_car:1.52 a_card:-4.46 a_care:-4.46 a_carer:-4.46 a_chang:-4.46 a_clear:-4.46 "
    "a_crisis:-4.46 a_cuppa:-4.46 a_date:-4.46 a_day:-0.41 a_dementia:0.83 a_diagnosis:-4.46 "
    "a_disgrace:-4.46 a_door:-4.46 a_dp:0.15 a_drink:1.23 a_e:-0.75 a_fall:0.83 a_few:1.23 "
    "a_flat:1.52 a_formal:-4.46 a_fortnight:-4.46 a_fortune:-4.46 a_fraction:-4.46 "
    "a_friday:0.15 a_friend:6.13 a_full:0.15 a_fuss:6.13 a_gentleman:6.13 a_good:0.33 "
    "a_gp:-4.46 a_hoist:-4.46 a_home:0.55 a_joke:-0.75 a_key:6.13 a_leaflet:-4.46 "
    "a_learn:6.13 a_learner:0.83 a_letter:0.33 a_lifeline:-4.46 a_long:-4.46 a_lot:0.98 "
    "a_man:6.13 a_manager:-4.46 a_massive:-4.46 a_meet:-4.46 a_month:-4.46 a_named:-4.46 "
    "a_national:-4.46 a_new:0.83 a_nightmare:-4.46 a_pa:0.15 a_page:-4.46 a_paper:-4.46 "
    "a_parent:-4.46 a_passenger:0.15 a_person:-4.46 a_phone:-4.46 a_photo:-4.46 "
    "a_picture:-4.46 a_pillow:6.13 a_plan:-4.46 a_policy:-4.46 a_private:-4.46 a_proper:-4.46 "
    "a_question:-4.46 a_quick:0.83 a_quiet:-0.75 a_real:0.15 a_refund:-4.46 a_risk:-4.46 "
    "a_roofer:6.13 a_safe:0.83 a_safeguard:-4.46 a_scandal:-4.46 a_second:1.52 a_shar:-4.46 "
    "a_short:-4.46 a_sitt:-4.46 a_smell:6.13 a_support:0.83 a_temper:6.13 a_text:-4.46 "
    "a_tin:6.13 a_transition:-4.46 a_video:-4.46 a_ward:-4.46 a_way:-4.46 a_week:0.3 "
    "a_woman:1.52 a_year:0.15 a_young:1.23 able:-4.46 able_to:-4.46 about:-0.21 about_a:-0.54 "
    "about_carer:-4.46 about_dad:-4.46 about_feel:0.83 about_it:0.61 about_money:0.15 "
    "about_mum:-4.46 about_my:0.83 about_scam:-4.46 about_that:-4.46 about_the:-0.25 "
    "about_what:-4.46 about_whether:-4.46 abroad:6.13 abroad_she:6.13 absolutely:-4.46 "
    "abus:0.83 abuse:-4.46 abuse_of:-4.46 abuse_so:-4.46 academy:-4.46 academy_are:-4.46 "
    "accept:0.83 accident:-4.46 account:1.08 account_and:0.83 account_since:0.83 act:-4.46 "
    "activity:0.15 activity_at:0.83 actual:-0.54 actually:-2.23 actually_do:-4.46 "
    "actually_enjoy:-4.46 add:0.83 address:0.15 adult:-0.75 adult_social:-4.46 "
    "adult_team:-4.46 advert:-4.46 advice:-4.46 adviser:0.15 after:0.47 after_a:0.83 "
    "after_her:0.83 after_him:0.83 after_my:2.2 after_school:-4.46 after_the:0.15 "
    "after_two:-4.46 afternoon:-0.75 afterward:-4.46 again:0.67 again_and:1.92 "
    "again_hell:6.13 again_i:1.52 again_last:6.13 again_please:-4.46 again_that:-4.46 "
    "again_this:-4.46 against:6.13 against_the:6.13 age:-4.46 agency:0.15 agency_and:0.83 "
    "agency_carer:1.52 agenda:-4.46 agitat:-4.46 ago:-4.46 ago_and:-4.46 ago_she:-4.46 "
    "agre:-4.46 agree:-4.46 agree_with:-4.46 aid:-4.46 aid_and:-4.46 all:0.28 all_day:1.52 "
    "all_goe:-4.46 all_have:-4.46 all_her:6.13 all_i:0.83 all_marcus:-4.46 all_my:6.13 "
    "all_of:0.15 all_sort:0.83 all_the:0.83 alloc:-4.46 allocat:-4.46 allow:6.13 "
    "allow_to:6.13 allowance:-4.46 allowance_is:-4.46 allowance_should:-4.46 alone:1.05 "
    "already:-4.46 also:6.13 alway:1.8 am:1.16 am_asleep:6.13 am_i:-0.25 am_not:0.83 "
    "an_actual:-4.46 an_agency:0.83 an_answer:-4.46 an_apology:-4.46 an_explan:-4.46 "
    "an_hour:-0.65 an_insult:-4.46 an_older:6.13 and_a:0.09 and_about:0.83 and_an:-4.46 "
    "and_ask:6.13 and_call:0.83 and_came:6.13 and_dad:6.13 and_doesnt:0.83 and_for:-4.46 "
    "and_get:-4.46 and_go:1.52 and_got:-4.46 and_has:1.92 and_have:0.83 and_he:3.47 "
    "and_heard:-4.46 and_her:6.13 and_hes:6.13 and_his:2.2 and_i:1.23 and_id:0.83 and_if:1.52 "
    "and_ill:6.13 and_im:1.34 and_it:-4.46 and_its:0.15 and_ive:1.8 and_keep:6.13 "
    "and_last:6.13 and_leave:6.13 and_live:1.52 and_make:6.13 and_me:6.13 and_mum:0.83 "
    "and_my:1.52 and_no:1.12 and_nobody:-0.58 and_not:0.83 and_now:1.12 and_said:1.52 "
    "and_say:3.58 and_she:1.87 and_since:6.13 and_someone:-4.46 and_sometime:0.83 "
    "and_sort:0.83 and_still:-4.46 and_that:-4.46 and_the:-0.01 and_then:-0.25 and_there:2.42 "
    "and_they:1.92 and_theyre:-0.25 and_this:0.83 and_those:-4.46 and_threw:6.13 "
    "and_told:6.13 and_train:-4.46 and_we:-0.54 and_weekend:-4.46 and_were:0.83 "
    "and_weve:-4.46 and_what:-4.46 and_when:1.52 and_wont:6.13 and_written:6.13 "
    "and_yesterday:6.13 angry:1.52 anne:-4.46 another:-1.08 answer:0.43 answer_the:-0.25 "
    "anxiety:-4.46 anxious:-4.46 any:0.08 any_food:6.13 any_more:0.55 any_of:-0.25 "
    "anymore:6.13 anyone:-0.41 anyone_at:-4.46 anyone_because:6.13 anyone_else:-4.46 "
    "anyone_going:-4.46 anyone_hear:-4.46 anyone_help:6.13 anyone_here:-4.46 anyone_in:-4.46 "
    "anyone_know:-4.46 anyone_read:-4.46 anyone_see:-0.54 anyone_that:6.13 anyone_watch:-4.46 "
    "anyth:1.83 anyth_in:6.13 anyth_just:6.13 anyway:1.12 anywhere:0.83 apology:-4.46 "
    "apology_and:-4.46 app:-0.25 apparently:-4.46 appeal:-4.46 apply:-4.46 apply_for:-4.46 "
    "appointment:-4.46 appointment_and:-4.46 april:-4.46 are_a:-4.46 are_at:0.15 "
    "are_being:-4.46 are_going:0.15 are_lovely:-4.46 are_on:-4.46 are_people:0.83 "
    "are_struggl:-4.46 are_the:-0.54 area:-4.46 arent:-0.75 arm:3.47 arm_and:0.83 "
    "arm_with:6.13 around:1.92 arrang:-4.46 arriv:6.13 art:-4.46 as_a:-0.85 as_an:-4.46 "
    "as_someone:-4.46 ashcombe:-4.46 ashcombe_general:-4.46 ask:0.77 ask_about:1.23 "
    "ask_for:0.83 ask_how:0.83 ask_if:0.83 ask_me:0.83 asked:0.28 asked_for:0.83 "
    "asked_him:-4.46 asked_if:1.23 asked_me:-0.25 asking:1.01 asking_me:6.13 asking_us:-4.46 "
    "asleep:6.13 asleep_in:6.13 assess:-4.46 assessment:-2.23 assessment_by:-4.46 "
    "assessment_should:-4.46 assessment_was:-4.46 assumption:-4.46 at_10pm:0.83 at_11:-4.46 "
    "at_14:0.15 at_16:-4.46 at_17:-4.46 at_18:-0.25 at_2am:0.15 at_3:-4.46 at_3am:1.52 "
    "at_a:0.83 at_all:0.15 at_break:0.15 at_by:-4.46 at_christma:6.13 at_drop:-4.46 "
    "at_half:-4.46 at_her:6.13 at_him:6.13 at_his:6.13 at_home:0.15 at_homework:6.13 "
    "at_least:0.15 at_lunchtime:0.15 at_me:2.42 at_midnight:-4.46 at_my:1.23 at_night:3.26 "
    "at_our:0.83 at_some:0.83 at_st:-4.46 at_the:0.21 at_weekend:0.15 at_work:0.83 "
    "attendance:-4.46 attorney:1.52 attorney_and:6.13 august:-4.46 aunt:0.83 autistic:-0.93 "
    "autistic_and:-4.46 away:-0.93 awful:-0.25 b:0.83 baby:1.52 back:0.53 back_and:0.15 "
    "back_from:0.43 back_i:0.15 back_in:0.83 back_now:-4.46 back_on:-0.25 back_to:-0.25 "
    "back_with:6.13 bad:1.52 bad_but:6.13 badge:0.15 bag:-0.54 bang:6.13 bang_on:6.13 "
    "bank:2.65 bank_and:6.13 bank_app:0.83 bank_card:6.13 bank_staff:-4.46 bann:-4.46 "
    "barrier:-4.46 basically:1.52 bathroom:2.42 battle:-4.46 be_a:-0.36 be_an:-4.46 "
    "be_bann:-4.46 be_doing:-4.46 be_good:0.15 be_here:6.13 be_honest:6.13 be_in:0.83 "
    "be_kinder:6.13 be_on:1.52 be_open:0.83 be_part:-4.46 be_really:-4.46 be_sent:-4.46 "
    "be_somewhere:-4.46 be_the:-4.46 be_there:-4.46 beat:-4.46 beat_me:-4.46 because:1.05 "
    "because_he:1.92 because_his:6.13 because_i:1.8 because_id:0.83 because_im:6.13 "
    "because_it:0.83 because_my:6.13 because_nobody:-4.46 because_of:-4.46 because_she:0.83 "
    "because_staff:-4.46 because_that:0.83 because_the:-4.46 because_they:0.83 "
    "because_you:6.13 become:-4.46 bed:1.67 bed_now:0.83 bed_since:6.13 bedroom:6.13 "
    "bedroom_and:6.13 bedroom_when:6.13 been:1.11 been_a:0.83 been_allocat:-4.46 "
    "been_arrang:-4.46 been_at:0.83 been_broken:-4.46 been_giving:6.13 been_in:1.52 "
    "been_keep:6.13 been_making:6.13 been_off:0.83 been_on:0.15 been_out:0.83 been_paid:0.43 "
    "been_round:6.13 been_sleep:6.13 been_stay:6.13 been_through:-4.46 been_told:-4.46 "
    "been_turn:0.83 been_wait:-4.46 before:0.2 before_and:0.83 before_anyone:-4.46 "
    "before_he:-0.25 before_hes:-4.46 before_i:0.83 befriender:-0.54 befriender_in:-4.46 "
    "begg:6.13 begg_me:6.13 beginner:-4.46 behind:0.15 being:-0.75 being_done:-4.46 "
    "being_funny:-4.46 being_late:-4.46 benefit:0.83 best:-4.46 best_day:-4.46 better:0.28 "
    "better_than:0.83 between:0.43 between_you:6.13 big:-4.46 big_thing:-4.46 bigger:-0.25 "
    "biggest:-4.46 bill:-4.46 bill_for:-4.46 bin:0.15 birthday:0.15 bit:-0.45 bit_of:-4.46 "
    "bit_the:0.83 black:1.23 black_eye:6.13 blind:1.52 bloke:6.13 blue:0.15 blue_badge:-4.46 "
    "book:-1.6 book_for:-4.46 borrow:6.13 borrow_her:6.13 both:0.83 bother:0.83 box:0.15 "
    "boyfriend:2.87 boyfriend_is:6.13 branch:0.15 brb:-4.46 brb_need:-4.46 break:-0.32 "
    "break_at:-4.46 break_is:-4.46 break_my:0.83 break_point:-4.46 breakfast:0.83 "
    "brilliant:-4.46 brilliant_my:-4.46 bring:-0.75 broken:-0.25 brother:1.8 brother_and:0.83 "
    "brother_moved:6.13 brought:6.13 bruise:1.92 budget:-4.46 build:-4.46 burn:6.13 "
    "burn_on:6.13 bus:0.83 bus_driver:-4.46 bus_pass:-0.25 bus_station:6.13 bus_stop:6.13 "
    "buse:-4.46 business:0.83 busy:0.83 but:0.23 but_doe:-4.46 but_hes:6.13 but_i:-1.21 "
    "but_im:0.83 but_it:-4.46 but_its:0.15 but_ive:1.52 but_my:1.34 but_nobody:-4.46 "
    "but_our:-4.46 but_she:1.23 but_that:0.83 but_the:-0.14 but_there:6.13 but_theyre:-4.46 "
    "but_when:1.52 button:0.15 buy:6.13 by_a:-0.25 by_accident:-4.46 by_the:0.96 "
    "by_then:-4.46 cafe:-0.03 cafe_and:-4.46 cafe_could:-4.46 call:0.02 call_and:0.83 "
    "call_back:-4.46 call_from:1.52 call_me:-0.25 calm:6.13 came:0.65 came_back:1.52 "
    "came_home:1.92 came_in:0.83 came_to:0.83 camera:0.83 camh:-4.46 can:-0.74 "
    "can_anyone:-4.46 can_everyone:-4.46 can_explain:0.83 can_find:-4.46 can_get:-4.46 "
    "can_go:6.13 can_i:0.33 can_only:0.83 can_see:-4.46 can_someone:-4.46 can_the:0.15 "
    "can_we:-1.08 can_you:-4.46 cancel:-4.46 cancell:-1.51 cancell_after:-4.46 cannot:-4.46 "
    "cant:0.67 cant_come:6.13 cant_do:0.15 cant_get:-0.25 cant_go:0.83 cant_leave:0.83 "
    "cant_remember:-4.46 cant_see:1.52 capacity:-4.46 car:1.08 car_after:0.83 car_fail:-4.46 "
    "car_park:-4.46 car_wash:6.13 card:1.85 card_and:6.13 card_i:6.13 care:-0.59 "
    "care_act:-4.46 care_and:1.52 care_coordinator:0.15 care_for:-4.46 care_home:-0.25 "
    "care_i:-4.46 care_package:-4.46 care_worker:-4.46 cared:-4.46 cared_for:-4.46 carer:0.07 "
    "carer_allowance:-4.46 carer_and:-4.46 carer_are:0.15 carer_assessment:-4.46 "
    "carer_budget:-4.46 carer_for:-4.46 carer_in:-4.46 carer_is:6.13 carer_keep:6.13 "
    "carer_need:-4.46 carer_they:0.83 carer_to:0.83 carer_told:1.92 carer_who:0.83 "
    "carer_worker:0.83 caring:0.83 caring_for:1.52 carry:0.43 carry_on:0.83 case:0.43 "
    "case_it:6.13 cash:2.74 cash_and:6.13 cash_machine:6.13 cat:1.52 catch:-4.46 "
    "catch_up:-4.46 ceil:0.83 centre:-0.39 centre_and:-4.46 centre_i:6.13 chair:1.8 "
    "chair_all:0.83 chair_from:6.13 chang:-0.65 chang_place:-4.46 change:1.23 charg:-4.46 "
    "charg_for:-4.46 charg_policy:-4.46 charg_us:-4.46 charge:-4.46 charity:-4.46 chas:-4.46 "
    "chas_it:-4.46 chase:-4.46 chat:-4.46 check:0.95 check_my:0.83 check_on:1.52 "
    "checklist:-4.46 chemist:-4.46 cheque:0.83 child:-4.46 children:-4.46 choose:-4.46 "
    "christma:1.23 church:1.52 church_has:6.13 class:1.74 clear:-1.08 clear_plan:-4.46 "
    "climb:0.83 clinic:-0.54 clos:-0.93 close:0.83 clothe:2.2 club:0.15 club_but:0.83 "
    "club_the:-4.46 coach:0.83 coat:6.13 coffee:-0.25 cold:1.52 collect:0.83 collect_her:0.83 "
    "college:0.33 come:1.32 come_and:0.83 come_at:6.13 come_back:1.52 come_home:6.13 "
    "come_i:-4.46 come_in:2.98 come_round:6.13 come_to:1.92 come_up:-4.46 come_when:0.15 "
    "coming:1.7 coming_and:6.13 coming_back:6.13 coming_from:6.13 coming_home:6.13 "
    "coming_in:0.15 comment:0.83 commode:-4.46 community:-0.75 community_option:0.83 "
    "company:-4.46 compens:-4.46 compens_and:-4.46 complain:-0.54 complain_about:0.83 "
    "complaint:0.15 completely:-4.46 computer:1.12 concern:-4.46 confus:-4.46 consult:-4.46 "
    "consult_is:-4.46 contact:-1.32 continuity:0.15 contract:-4.46 contract_should:-4.46 "
    "contractor:-0.54 contribution:-4.46 convers:-4.46 cook:-4.46 cook_and:-4.46 cookery:0.83 "
    "cookery_course:0.83 coordinator:0.15 cope:-4.46 copy:-4.46 copy_of:-4.46 cord:0.83 "
    "correct:-4.46 cost:-0.25 could:-0.19 could_cope:-4.46 could_someone:-0.75 "
    "could_take:0.83 could_the:-0.25 could_there:-4.46 could_we:0.83 couldnt:0.43 "
    "couldnt_get:0.83 couldnt_manage:-4.46 council:-1.56 council_look:-4.46 council_page:0.83 "
    "council_tax:-4.46 count:0.83 country:-4.46 course:-0.47 course_and:-4.46 course_now:0.83 "
    "course_would:-4.46 court:0.83 cover:-1.21 cover_spott:-4.46 cover_what:-4.46 "
    "cover_when:0.83 credit:0.83 cried:6.13 criminal:-4.46 crisis:-1.32 crisis_line:-4.46 "
    "crisis_team:-4.46 criteria:-4.46 cross:6.13 cry:6.13 crying:6.13 cup:0.83 cup_of:0.83 "
    "cupboard:6.13 cuppa:-4.46 current:-4.46 customer:-4.46 customer_with:-4.46 cut:-1.21 "
    "cut_from:-4.46 cut_the:-4.46 cutt:-4.46 dad:0.6 dad_came:0.83 dad_care:-4.46 "
    "dad_had:6.13 dad_has:0.15 dad_he:6.13 dad_i:0.83 dad_keep:6.13 dad_to:0.83 "
    "dad_transport:-4.46 dad_was:-0.25 damp:0.83 damp_in:0.83 dark:6.13 dash:-4.46 date:-4.46 "
    "date_please:-4.46 daughter:0.36 daughter_room:0.83 daughter_want:-4.46 "
    "daughter_was:-4.46 day:0.53 day_a:6.13 day_after:-4.46 day_and:1.67 day_are:0.83 "
    "day_at:-4.46 day_before:-4.46 day_centre:0.43 day_for:-4.46 day_he:0.83 day_i:0.43 "
    "day_my:-4.46 day_not:0.83 day_notice:-4.46 day_now:1.92 day_of:-4.46 day_out:-4.46 "
    "day_service:0.83 day_the:6.13 day_wed:-4.46 day_when:-4.46 daylight:-4.46 "
    "daylight_robbery:-4.46 deal:0.83 deal_with:0.83 dealt:-4.46 dealt_with:-4.46 debt:0.83 "
    "decid:0.43 decide:6.13 decision:-4.46 delay:-4.46 delivery:6.13 dementia:-0.12 "
    "dementia_adviser:0.83 dementia_and:0.33 dementia_friendly:-0.54 dementia_is:-4.46 "
    "deputyship:-4.46 design:-4.46 detail:0.15 detail_to:0.15 diagnos:-4.46 diagnosis:0.43 "
    "did:-1.32 did_anyone:-4.46 did_i:-4.46 did_it:1.52 didnt:0.07 didnt_come:-4.46 "
    "didnt_get:0.83 didnt_know:-0.25 die:0.83 died:-0.93 died_the:-4.46 different:-0.75 "
    "different_carer:-4.46 digital:-4.46 direct:-4.46 direct_payment:-4.46 disability:-0.07 "
    "disability_and:6.13 disabl:-1.42 disabl_kid:-4.46 disabl_people:-4.46 discharg:-0.25 "
    "discharg_with:-4.46 discharge:-1.08 discharge_checklist:-4.46 discharge_letter:0.83 "
    "discharge_lounge:-4.46 discharge_should:-4.46 disclose:-4.46 disgrace:-4.46 "
    "distress:-4.46 district:6.13 district_nurse:6.13 do:-0.09 do_all:0.83 do_anyth:6.13 "
    "do_computer:0.83 do_everyth:-4.46 do_i:-1.08 do_if:-4.46 do_my:1.52 do_someth:0.83 "
    "do_that:-4.46 do_the:-0.25 do_they:-4.46 do_thing:0.83 do_we:-0.54 do_you:-4.46 doe:0.2 "
    "doe_a:-4.46 doe_anyone:-4.46 doe_her:6.13 doe_my:6.13 doesnt:1.36 doesnt_know:0.43 "
    "doesnt_want:6.13 doing:0.68 doing_one:-4.46 domestic:-4.46 domestic_abuse:-4.46 "
    "done:-0.93 done_about:-4.46 dont:1.41 dont_eat:6.13 dont_feel:0.15 dont_get:1.92 "
    "dont_have:0.83 dont_know:1.52 dont_like:2.2 dont_make:0.83 dont_need:0.83 "
    "dont_really:6.13 dont_say:6.13 dont_tell:6.13 dont_want:1.23 door:1.7 door_at:6.13 "
    "door_because:0.83 door_but:0.83 door_im:6.13 door_in:6.13 door_to:1.52 down:0.7 "
    "down_to:6.13 dp:0.15 dp_for:0.83 drawer:6.13 dress:6.13 drink:2.42 drink_and:6.13 "
    "driv:-4.46 drive:2.2 drive_me:6.13 driver:0.28 drop:0.43 drop_in:0.83 drop_off:-4.46 "
    "dropp:0.15 due:0.15 during:0.83 during_school:0.83 dust:-4.46 duty:-4.46 duty_team:-4.46 "
    "dying:-4.46 dying_to:-4.46 e:-1.08 e_g:-4.46 e_was:-4.46 each:0.43 earlier:-4.46 "
    "early:-4.46 early_help:-4.46 easier:1.92 eastfield:-4.46 easy:-1.08 easy_read:-0.75 "
    "eat:1.92 eaten:6.13 eaten_since:6.13 eating:6.13 ehcp:-4.46 eight:0.83 elderly:-4.46 "
    "election:-4.46 electric:6.13 eleven:-4.46 eligible:-4.46 else:0.25 email:-0.54 "
    "email_my:0.83 email_who:-4.46 emergency:-0.25 employ:0.83 employer:-0.25 "
    "employer_what:0.83 empty:6.13 end:0.25 end_of:1.52 end_their:-4.46 end_up:0.15 "
    "ended:0.83 english:-0.54 enjoy:-4.46 enough:0.55 enough_to:-4.46 esa:0.83 escalat:0.83 "
    "escalate:-4.46 escalate_this:-4.46 escort:0.83 esol:1.52 even:1.14 even_and:-0.25 "
    "even_when:6.13 ever:-1.32 every:0.67 every_day:0.83 every_month:0.83 every_night:6.13 "
    "every_single:-4.46 every_time:0.15 every_week:1.52 everyone:-0.88 everyone_can:-4.46 "
    "everyone_hear:-4.46 everyth:-0.32 everyth_i:0.83 evry:6.13 evry_day:6.13 ex:1.92 "
    "ex_still:6.13 exactly:-4.46 exam:0.15 exclusion:-4.46 exclusion_at:-4.46 exhaust:-4.46 "
    "exist:0.83 experience:-4.46 explain:-1.67 explain_how:-4.46 explain_what:-4.46 "
    "explan:-4.46 explan_and:-4.46 extra:0.15 eye:6.13 face:0.15 face_every:-4.46 "
    "facebook:-0.25 fail:-4.46 fail_its:-4.46 fair:-0.25 fake:-4.46 fall:0.98 fall_the:0.83 "
    "family:-0.39 family_learn:0.15 far:-0.75 far_more:-4.46 far_too:-4.46 fast:0.83 "
    "faster:-4.46 father:0.15 february:-4.46 fed:0.83 fee:1.52 feel:0.43 feel_like:1.52 "
    "feel_safe:-0.07 fell:-0.54 fella:6.13 felt:-4.46 felt_like:-4.46 few:1.12 fifteen:-4.46 "
    "fifteen_minute:-4.46 fight:0.15 file:-4.46 fill:-0.54 fill_it:-4.46 finance:0.83 "
    "financial:-4.46 financial_abuse:-4.46 find:-1.51 find_out:-4.46 fine:1.23 fine_but:0.83 "
    "finger:6.13 finger_mark:6.13 finish:0.83 firm:-4.46 first:-1.01 first_aid:-4.46 "
    "first_time:-4.46 first_week:-0.25 five:-0.54 five_day:-4.46 five_time:-4.46 fix:0.15 "
    "fix_the:0.83 fixed:-4.46 flat:1.97 flat_and:6.13 flat_evry:6.13 flat_in:0.83 "
    "flat_she:0.83 flexible:-4.46 flinche:6.13 flinche_when:6.13 floor:1.92 follow:-0.25 "
    "follow_the:-4.46 follow_up:0.83 food:2.2 food_and:6.13 food_in:1.52 football:-4.46 "
    "for_a:-0.38 for_an:0.83 for_anyone:0.83 for_being:-4.46 for_carer:0.83 for_dad:-4.46 "
    "for_day:1.92 for_disabl:-4.46 for_help:1.52 for_her:1.52 for_in:-4.46 for_it:0.15 "
    "for_me:-0.07 for_month:0.43 for_more:0.83 for_mum:0.15 for_my:-0.75 for_nine:0.83 "
    "for_one:-4.46 for_our:-4.46 for_parent:-4.46 for_people:-4.46 for_safekeep:6.13 "
    "for_send:-4.46 for_six:-4.46 for_someone:1.52 for_the:0.34 for_their:-4.46 for_them:1.92 "
    "for_this:0.83 for_those:-4.46 for_three:0.55 for_two:-4.46 for_week:2.2 for_what:0.83 "
    "for_when:-4.46 for_work:0.83 for_young:-4.46 form:-2.07 form_asked:-4.46 form_is:-4.46 "
    "formal:-4.46 formal_complaint:-4.46 fortnight:0.15 fortune:-4.46 forum:0.83 forward:0.15 "
    "forward_to:0.83 found:1.61 found_a:6.13 found_it:-4.46 found_out:0.43 four:-0.25 "
    "four_month:0.15 four_time:-0.07 fraction:-4.46 free:-4.46 freez:1.52 frend:6.13 "
    "friday:1.01 friday_and:1.23 fridge:0.83 friend:1.15 friend_who:6.13 friendly:-0.54 "
    "frighten:1.52 frighten_of:1.23 frighten_to:6.13 from_a:0.15 from_day:-4.46 from_her:6.13 "
    "from_his:-4.46 from_hospital:-4.46 from_me:-4.46 from_my:0.83 from_the:0.73 front:0.5 "
    "front_door:1.23 front_of:-0.07 froze:-4.46 frozen:-4.46 fuel:-4.46 fuel_payment:-4.46 "
    "full:-1.32 full_stop:-4.46 fund:-4.46 funny:-4.46 funny_but:-4.46 fuss:6.13 "
    "fuss_but:6.13 g:-4.46 game:0.83 gap:0.83 garden:6.13 gas:6.13 gave:0.83 gave_me:0.15 "
    "gave_my:-4.46 general:-4.46 general_is:-4.46 gentleman:6.13 genuinely:-4.46 get:0.06 "
    "get_a:-4.46 get_bad:6.13 get_help:-4.46 get_her:6.13 get_in:0.43 get_it:1.74 "
    "get_my:-4.46 get_out:0.83 get_paid:0.15 get_scar:-4.46 get_the:-0.75 get_there:0.83 "
    "get_tired:-4.46 get_to:-4.46 get_too:6.13 get_up:0.83 gett:0.48 girl:2.74 girl_who:6.13 "
    "girlfriend:6.13 girlfriend_who:6.13 give:1.23 give_him:6.13 give_me:1.52 given:1.34 "
    "given_the:6.13 giving:6.13 giving_my:6.13 glasse:0.15 glastonbury:-4.46 go:1.43 "
    "go_and:6.13 go_back:0.15 go_in:6.13 go_on:0.83 go_out:1.23 go_through:0.15 go_to:3.26 "
    "goe:1.6 goe_on:1.52 goe_out:6.13 goe_straight:6.13 goe_wrong:-4.46 going:0.56 "
    "going_and:0.83 going_home:1.52 going_into:0.83 going_on:6.13 going_to:-0.75 "
    "going_up:-4.46 gone:1.8 gone_very:6.13 good:0.19 good_break:0.83 good_day:-0.54 "
    "good_idea:0.83 good_though:6.13 google:-4.46 got:0.12 got_a:0.83 got_home:0.15 "
    "got_it:-4.46 got_kick:0.83 got_lost:-4.46 got_me:-4.46 got_sore:6.13 got_the:-4.46 "
    "got_there:1.52 government:-4.46 government_need:-4.46 gp:-1.67 gp_appointment:-4.46 "
    "gp_receptionist:-4.46 gp_surgery:-4.46 grab:0.83 grabb:2.59 grabb_him:6.13 "
    "grabb_his:6.13 grandkid:0.83 grandson:6.13 great:0.43 great_but:0.83 group:0.07 guy:6.13 "
    "gym:-4.46 gym_and:-4.46 had:0.52 had_a:0.83 had_any:0.83 had_his:0.83 had_my:1.52 "
    "had_no:0.15 had_nobody:-4.46 had_the:-4.46 had_to:-0.25 hadnt:1.23 hadnt_eaten:6.13 "
    "half:0.37 half_of:0.83 half_our:-4.46 half_past:-4.46 half_the:1.52 hand:1.92 "
    "handle:0.83 hang:-0.25 happen:-0.7 happen_if:-4.46 happen_to:0.15 happen_when:0.83 "
    "happen_with:-4.46 happy:-0.25 happy_and:0.83 hard:6.13 harder:6.13 harder_than:6.13 "
    "hardly:6.13 harm:-4.46 has:0.87 has_a:1.52 has_anyone:-4.46 has_been:1.18 has_come:-4.46 "
    "has_dementia:-0.07 has_given:0.83 has_had:6.13 has_her:6.13 has_his:6.13 has_moved:6.13 "
    "has_my:6.13 has_new:6.13 has_no:6.13 has_start:6.13 has_taken:0.83 has_to:-0.17 "
    "hasnt:0.83 hasnt_been:1.12 hasnt_had:0.15 hasnt_open:6.13 have:0.34 have_a:0.37 "
    "have_been:0.83 have_chang:-4.46 have_help:-4.46 have_the:0.83 have_to:1.16 havent:1.05 "
    "havent_been:0.15 having:-4.46 he:2.13 he_came:0.83 he_cant:6.13 he_come:6.13 "
    "he_cried:6.13 he_doesnt:6.13 he_get:-4.46 he_go:6.13 he_goe:6.13 he_got:0.83 he_has:2.07 "
    "he_is:6.13 he_just:0.83 he_keep:6.13 he_moved:0.83 he_ring:6.13 he_said:2.42 he_saw:6.13 "
    "he_say:6.13 he_still:1.52 he_take:6.13 he_told:6.13 he_turn:0.83 he_wait:6.13 "
    "he_want:2.2 he_was:0.83 he_will:6.13 he_wont:6.13 he_wouldnt:6.13 head:0.83 health:-0.54 "
    "hear:-0.65 hear_aid:-4.46 hear_me:-4.46 heard:-4.46 heard_noth:-4.46 heart:0.83 "
    "heat:1.34 heat_off:0.83 hed:1.05 hed_be:-4.46 hell:6.13 hell_put:6.13 hello:-0.54 "
    "hello_everyone:-4.46 help:-0.15 help_a:-4.46 help_at:0.83 help_but:6.13 "
    "help_family:-4.46 help_for:-4.46 help_her:1.23 help_him:6.13 help_is:-4.46 help_me:-0.25 "
    "help_people:0.83 help_with:1.52 helpful:0.83 her:1.6 her_account:6.13 her_and:6.13 "
    "her_arm:1.92 her_at:0.83 her_bank:6.13 her_care:-4.46 her_dad:6.13 her_dementia:0.83 "
    "her_door:6.13 her_family:0.83 her_friend:6.13 her_husband:6.13 her_i:-4.46 her_in:2.07 "
    "her_med:6.13 her_money:6.13 her_nephew:6.13 her_nightie:6.13 her_not:6.13 her_own:-0.25 "
    "her_pa:0.83 her_passport:6.13 her_pension:1.92 her_ring:6.13 her_room:6.13 "
    "her_shopp:6.13 her_sleep:6.13 her_son:6.13 her_tablet:0.15 her_to:1.92 her_up:6.13 "
    "here:-0.49 here_and:0.83 here_but:-4.46 here_from:-4.46 here_i:0.15 here_is:-4.46 "
    "here_one:6.13 here_the:-4.46 herself:6.13 hes:2.29 hes_alway:6.13 hes_been:2.98 "
    "hes_got:6.13 hes_had:6.13 hes_in:6.13 hes_lost:6.13 hes_told:6.13 hi:-1.08 hi_all:-0.54 "
    "hidden:6.13 hide:6.13 hiding:6.13 high:-4.46 him:1.86 him_before:6.13 him_by:6.13 "
    "him_for:6.13 him_he:0.15 him_in:1.92 him_money:6.13 him_not:6.13 him_on:6.13 "
    "him_over:6.13 him_she:6.13 him_to:6.13 him_until:6.13 himself:6.13 his:1.5 his_arm:6.13 "
    "his_bag:-4.46 his_bank:6.13 his_carer:6.13 his_chair:6.13 his_daughter:0.83 "
    "his_face:6.13 his_flat:6.13 his_friend:1.52 his_mate:6.13 his_mum:1.52 his_own:1.52 "
    "his_phone:6.13 his_room:0.83 his_support:0.83 hit:1.12 hiya:-4.46 hiya_sorry:-4.46 "
    "hoard:0.83 hoist:-4.46 hoist_and:-4.46 hold:1.12 hold_her:6.13 hold_to:-4.46 hole:1.52 "
    "hole_in:6.13 holiday:-0.25 holiday_scheme:-4.46 home:0.56 home_after:6.13 home_and:-0.54 "
    "home_arent:0.83 home_at:-0.54 home_dad:0.83 home_for:6.13 home_is:-0.25 home_last:-4.46 "
    "home_library:0.43 home_my:6.13 home_not:-4.46 home_on:0.83 home_she:0.83 "
    "home_should:0.15 home_the:0.83 home_to:6.13 home_with:2.42 home_without:-4.46 "
    "homework:1.52 homework_club:1.52 honest:6.13 honest_ive:6.13 honestly:0.55 "
    "honestly_dont:6.13 honestly_ive:6.13 honestly_the:0.43 hope:6.13 hospital:-0.6 "
    "hospital_and:0.15 hospital_is:-4.46 hospital_transport:-4.46 hot:6.13 hour:-0.36 "
    "hour_a:-0.25 hour_in:1.52 hour_on:-4.46 hour_to:-4.46 hous:-0.25 house:2.14 "
    "house_and:6.13 house_is:0.83 how:-0.16 how_do:-4.46 how_is:-4.46 how_it:0.83 "
    "how_long:-4.46 how_many:0.83 how_to:0.83 how_would:0.83 hub:0.28 hundr:0.83 hurt:1.23 "
    "husband:0.83 husband_died:-4.46 husband_has:6.13 husband_is:0.15 husband_was:-4.46 "
    "i:0.62 i_already:-4.46 i_am:1.36 i_ask:6.13 i_asked:-4.46 i_can:1.92 i_cant:1.52 "
    "i_care:-4.46 i_come:1.52 i_could:0.15 i_couldnt:6.13 i_did:-4.46 i_didnt:1.12 i_do:1.74 "
    "i_dont:2.31 i_escalate:-4.46 i_feel:-4.46 i_fill:-4.46 i_found:0.83 i_genuinely:-4.46 "
    "i_get:0.43 i_go:6.13 i_got:0.61 i_grabb:6.13 i_had:-0.93 i_have:3.18 i_havent:6.13 "
    "i_help:6.13 i_hide:6.13 i_honestly:6.13 i_just:2.11 i_keep:6.13 i_knew:0.15 i_know:1.23 "
    "i_left:6.13 i_like:-0.54 i_look:6.13 i_love:-4.46 i_made:-4.46 i_manage:0.83 "
    "i_meant:1.52 i_miss:-4.46 i_need:-0.54 i_never:0.83 i_owe:6.13 i_paid:-4.46 i_put:6.13 "
    "i_report:-4.46 i_say:6.13 i_see:-4.46 i_send:0.15 i_should:1.92 i_sign:-4.46 i_sit:6.13 "
    "i_sleep:0.83 i_speak:-4.46 i_stay:6.13 i_still:0.15 i_take:0.83 i_tell:6.13 i_think:1.23 "
    "i_told:0.83 i_try:0.83 i_volunteer:6.13 i_want:-1.7 i_was:-0.46 i_went:-0.25 i_wont:6.13 "
    "i_work:-0.54 i_would:0.15 id:-0.32 id_be:0.83 id_been:0.83 id_had:-4.46 id_like:-1.86 "
    "id_love:0.83 id_never:0.83 id_rather:1.52 id_want:-4.46 idea:1.34 idk:6.13 if:0.26 "
    "if_a:-4.46 if_carer:-4.46 if_he:6.13 if_i:1.98 if_im:1.52 if_my:0.83 if_she:2.2 "
    "if_someone:-4.46 if_the:-1.21 if_there:-4.46 if_they:-0.54 if_we:0.15 if_wed:-4.46 "
    "if_you:-4.46 ill:1.52 ill_be:6.13 ill_do:6.13 ill_have:1.52 im:1.12 im_14:0.83 "
    "im_16:0.83 im_81:6.13 im_a:1.52 im_alway:6.13 im_at:6.13 im_doing:6.13 im_frighten:6.13 "
    "im_going:6.13 im_here:-4.46 im_in:0.83 im_late:-4.46 im_not:2.59 im_on:6.13 "
    "im_still:0.15 im_tired:0.83 im_to:6.13 impossible:-4.46 in_a:0.76 in_and:1.74 "
    "in_april:-4.46 in_august:-4.46 in_bed:2.2 in_care:0.83 in_case:6.13 in_crisis:0.15 "
    "in_every:0.83 in_flat:6.13 in_for:0.83 in_four:0.83 in_front:-0.07 in_her:1.52 "
    "in_hes:6.13 in_his:2.02 in_hospital:-0.07 in_january:-4.46 in_june:-4.46 in_law:6.13 "
    "in_march:-0.07 in_may:-0.25 in_my:1.44 in_place:-4.46 in_school:-0.54 in_september:-4.46 "
    "in_the:0.67 in_there:6.13 in_this:0.83 in_three:6.13 in_to:2.2 in_town:-4.46 "
    "in_trouble:1.52 in_week:6.13 in_when:6.13 in_with:6.13 include:-4.46 inform:-0.75 "
    "instead:1.92 instead_of:1.52 insult:-4.46 internet:-4.46 internet_keep:-4.46 into:0.35 "
    "into_his:6.13 into_hospital:6.13 into_it:-4.46 into_my:0.83 into_the:-0.25 "
    "into_why:-4.46 invoice:-4.46 invoice_cancell:-4.46 is_a:-2.07 is_about:-4.46 "
    "is_actually:-4.46 is_alway:0.83 is_an:-4.46 is_and:-4.46 is_anyone:-4.46 is_bad:6.13 "
    "is_being:0.15 is_better:0.15 is_clos:-4.46 is_daylight:-4.46 is_for:0.83 is_going:-0.75 "
    "is_impossible:-4.46 is_in:0.83 is_it:0.15 is_kill:-4.46 is_like:-4.46 is_look:6.13 "
    "is_lovely:1.52 is_my:-4.46 is_nice:6.13 is_nine:-4.46 is_no:0.83 is_nobody:-4.46 "
    "is_not:0.15 is_now:0.83 is_on:-4.46 is_responsible:-4.46 is_rough:6.13 is_scar:0.83 "
    "is_shock:-4.46 is_so:-4.46 is_taking:-4.46 is_that:0.15 is_the:-0.03 is_there:-4.46 "
    "is_this:1.52 is_threaten:-4.46 is_too:-0.25 is_very:0.83 is_what:-4.46 is_when:0.83 "
    "isnt:-0.14 isnt_work:0.83 issue:-4.46 it_all:0.43 it_and:0.15 it_back:6.13 "
    "it_correct:-4.46 it_cost:0.83 it_down:-4.46 it_even:6.13 it_for:0.83 it_get:1.92 "
    "it_happen:-4.46 it_hes:6.13 it_i:6.13 it_in:0.15 it_is:0.83 it_look:-4.46 it_not:-4.46 "
    "it_off:1.23 it_out:-4.46 it_should:0.83 it_the:1.52 it_three:-4.46 it_to:0.15 "
    "it_was:-1.27 it_when:-4.46 it_would:0.83 its:0.17 its_a:0.43 its_been:-0.54 "
    "its_easier:6.13 its_for:1.52 its_full:-4.46 its_mot:-4.46 its_not:-0.25 its_the:0.15 "
    "ive:1.2 ive_been:2.2 ive_chas:-4.46 ive_email:-4.46 ive_given:6.13 ive_got:0.15 "
    "ive_had:1.12 ive_heard:-4.46 ive_never:0.83 ive_not:6.13 ive_rung:-4.46 ive_start:6.13 "
    "ive_stopp:6.13 ive_thought:6.13 ive_told:0.83 ive_written:0.15 jake:-4.46 january:-4.46 "
    "jean:6.13 jo:-4.46 joan:-0.25 job:0.15 join:1.52 joke:-0.75 journey:-0.01 june:-0.54 "
    "june_and:-4.46 just:0.44 just_dont:1.92 just_got:-4.46 just_in:0.83 just_know:0.83 "
    "just_need:0.83 just_somewhere:6.13 just_stopp:-4.46 just_the:0.83 just_to:0.15 "
    "just_want:0.83 keep:1.61 keep_asking:6.13 keep_coming:6.13 keep_cutt:-4.46 "
    "keep_dropp:-4.46 keep_fall:0.83 keep_gett:1.52 keep_going:6.13 keep_her:6.13 "
    "keep_it:6.13 keep_my:6.13 keep_putt:0.83 keep_saying:6.13 keep_the:0.33 kept:0.83 "
    "kev:6.13 key:1.67 key_and:6.13 key_worker:0.83 kick:1.34 kick_off:1.92 kick_out:0.83 "
    "kid:0.28 kid_actually:-4.46 kid_and:0.83 kid_are:-4.46 kill:-4.46 kill_me:-4.46 "
    "kill_the:-4.46 kind:-4.46 kinder:6.13 kitchen:2.59 kitchen_floor:1.52 knew:0.15 "
    "knock:1.92 know:-0.16 know_a:-4.46 know_how:-0.75 know_if:-0.93 know_theyre:6.13 "
    "know_what:0.15 know_when:-4.46 know_where:0.83 know_who:-0.25 known:-4.46 la:-4.46 "
    "lack:-4.46 lad:2.31 lad_i:0.83 lad_who:6.13 lady:2.2 lady_who:0.83 land:0.83 "
    "language:-4.46 laptop:-4.46 lash:6.13 lash_out:6.13 last:0.83 last_night:1.52 "
    "last_time:1.52 last_week:1.23 last_year:-0.54 late:-0.41 late_every:-4.46 late_the:-4.46 "
    "lately:0.83 later:-0.25 laugh:1.52 law:6.13 law_has:6.13 lead:-4.46 lead_and:-4.46 "
    "leaflet:-4.46 leaflet_in:-4.46 leak:0.15 learn:0.58 learn_disability:0.15 learn_to:0.83 "
    "learner:0.83 learnt:-4.46 least:0.83 leav:-4.46 leave:1.23 leave_her:6.13 leave_him:6.13 "
    "leave_i:-4.46 leave_the:6.13 left:0.48 left_him:0.83 left_in:0.15 left_on:6.13 leg:1.92 "
    "leisure:-4.46 leisure_centre:-4.46 lend:6.13 lend_him:6.13 less:-0.75 less_likely:-4.46 "
    "lesson:0.83 let:2.11 let_anyone:6.13 let_her:6.13 let_me:0.15 let_the:1.52 letter:0.07 "
    "letter_about:0.83 letter_came:-4.46 letter_saying:0.15 library:0.93 library_is:6.13 "
    "library_service:0.15 life:-0.54 lifeline:-4.46 lift:1.23 light:0.83 like:-0.04 "
    "like_a:-0.03 like_an:-4.46 like_going:-4.46 like_him:-4.46 like_it:0.83 like_me:0.83 "
    "like_my:-4.46 like_someone:-4.46 like_that:0.43 like_the:1.92 like_this:1.52 "
    "like_to:0.83 likely:-4.46 likely_to:-4.46 line:-0.41 link:-4.46 link_for:-4.46 "
    "link_in:-4.46 link_to:-4.46 lip:6.13 list:-4.46 list_for:-4.46 list_is:-4.46 listen:0.15 "
    "listen_to:0.15 little:1.34 little_brother:6.13 little_sister:0.83 live:2.07 "
    "live_alone:1.52 live_in:0.83 lived:-0.25 lived_on:0.83 living:-0.25 living_in:1.52 "
    "load:-4.46 local:-4.46 local_offer:-4.46 lock:6.13 lock_her:6.13 lock_him:6.13 "
    "lock_the:6.13 lol:-0.25 lonely:-4.46 long:-0.69 long_is:-4.46 long_sleeve:6.13 "
    "long_term:-4.46 longer:6.13 loo:-4.46 look:0.58 look_after:1.34 look_at:-0.41 "
    "look_forward:0.83 look_into:-4.46 look_up:6.13 lose:1.23 lose_the:0.15 lost:-0.25 "
    "lost_a:6.13 lost_my:-4.46 lost_the:-4.46 lot:0.22 lot_of:0.25 lottery:-4.46 loud:0.15 "
    "lounge:-0.75 lounge_and:0.83 love:-0.41 love_that:-4.46 love_the:-4.46 lovely:-1.21 "
    "lovely_but:-0.54 lovely_to:-4.46 luck:-4.46 lunchtime:0.15 machine:0.83 mad:0.83 "
    "made:0.15 made_it:0.83 mainstream:-4.46 make:1.23 make_a:2.2 make_her:0.83 make_it:-4.46 "
    "make_me:1.74 make_the:0.83 making:0.43 man:3.3 man_at:6.13 man_from:6.13 man_he:6.13 "
    "man_keep:6.13 man_on:6.13 man_who:6.13 manag:-4.46 manage:0.55 manage_her:-4.46 "
    "manage_the:0.83 manager:-0.07 manager_to:-4.46 many:-0.07 march:-0.41 march_and:-4.46 "
    "march_i:0.83 marcus:-4.46 margaret:-4.46 margaret_here:-4.46 mark:6.13 mark_on:6.13 "
    "massive:-4.46 match:-4.46 mate:1.12 mate_are:6.13 math:-4.46 math_course:-4.46 "
    "matter:-0.25 matter_because:6.13 matter_to:-4.46 may:-0.75 may_and:-4.46 maybe:-4.46 "
    "maybe_a:-4.46 me:0.84 me_1:-4.46 me_a:1.92 me_about:1.52 me_again:0.83 me_an:0.83 "
    "me_and:1.74 me_as:0.83 me_back:-4.46 me_but:0.83 me_down:0.83 me_for:0.83 me_he:6.13 "
    "me_her:6.13 me_i:-4.46 me_if:1.52 me_im:6.13 me_in:2.2 me_is:-4.46 me_it:0.15 "
    "me_last:6.13 me_my:0.15 me_not:2.2 me_now:-4.46 me_on:6.13 me_out:0.15 me_she:6.13 "
    "me_some:1.52 me_the:-0.07 me_there:6.13 me_to:1.52 me_today:-4.46 me_what:-4.46 "
    "me_when:1.74 me_why:-4.46 meal:1.52 meal_for:0.83 mean:0.15 meant:1.52 meant_to:1.52 "
    "meanwhile:-4.46 measure:0.15 med:1.52 med_and:6.13 medic:-0.93 meet:-1.6 meet_with:-4.46 "
    "member:6.13 memory:-1.08 memory_clinic:-4.46 memory_is:0.83 men:6.13 mental:0.15 "
    "mental_health:0.15 mention:6.13 messag:6.13 message:6.13 mic:-4.46 midnight:-4.46 "
    "might:0.83 might_be:0.83 min:-4.46 mine:0.15 minibus:0.83 minute:-1.42 minute_call:-4.46 "
    "miss:-0.93 moan:0.83 moment:-4.46 monday:1.52 monday_and:0.83 money:1.05 money_and:1.92 "
    "money_back:-4.46 money_for:1.74 money_or:-4.46 month:-0.41 month_and:0.43 month_can:0.83 "
    "month_round:-4.46 month_she:0.83 monthly:-4.46 more:-0.01 more_i:6.13 more_of:-0.54 "
    "more_than:0.83 morn:0.46 morn_all:-4.46 morn_because:0.83 morn_call:6.13 morn_i:6.13 "
    "morn_is:6.13 morn_of:-4.46 morn_with:-4.46 morphine:6.13 most:0.68 most_day:0.83 "
    "most_night:6.13 most_of:0.83 most_useful:-4.46 mostly:6.13 mot:-4.46 mother:0.43 "
    "mother_she:0.83 mould:1.52 move:0.83 move_to:-4.46 moved:2.2 moved_back:6.13 "
    "moved_in:6.13 mp:-4.46 mr:6.13 mrs:6.13 much:0.93 much_for:-4.46 much_longer:6.13 "
    "mum:0.72 mum_about:0.83 mum_and:1.52 mum_at:6.13 mum_been:1.52 mum_boyfriend:6.13 "
    "mum_care:1.52 mum_carer:6.13 mum_had:-4.46 mum_in:6.13 mum_is:0.15 mum_new:6.13 "
    "mum_on:0.15 mum_pension:0.83 mum_personal:0.83 mum_take:6.13 mum_to:-4.46 mum_was:-4.46 "
    "mum_when:6.13 mum_who:-4.46 mum_would:0.83 murder:-4.46 music:-4.46 muted:-4.46 my:0.68 "
    "my_14:6.13 my_account:-0.25 my_arm:6.13 my_aunt:0.83 my_bank:6.13 my_boyfriend:6.13 "
    "my_brother:1.92 my_car:0.83 my_card:6.13 my_care:-4.46 my_carer:0.83 my_dad:0.55 "
    "my_daughter:-0.02 my_door:6.13 my_email:-4.46 my_ex:6.13 my_father:0.15 my_flat:1.52 "
    "my_form:-4.46 my_friend:-4.46 my_grandson:6.13 my_head:0.83 my_home:-4.46 my_husband:0.4 "
    "my_internet:-4.46 my_last:0.15 my_leg:6.13 my_little:1.92 my_mate:0.15 my_money:6.13 "
    "my_mother:-0.25 my_mum:0.3 my_neighbour:1.38 my_new:0.83 my_own:-0.75 my_pa:0.15 "
    "my_partner:6.13 my_phone:1.34 my_post:6.13 my_review:-0.07 my_room:2.42 my_sanity:-4.46 "
    "my_shopp:6.13 my_sister:1.38 my_son:-0.03 my_stuff:6.13 my_support:1.52 my_tablet:6.13 "
    "my_tether:0.83 my_uncle:6.13 my_wife:0.37 myself:1.52 name:-0.01 name_of:-4.46 "
    "named:-4.46 named_person:-4.46 nan:6.13 national:-4.46 nearly:-4.46 neck:6.13 need:-1.02 "
    "need_a:-1.51 need_an:-4.46 need_at:-4.46 need_look:-4.46 need_more:-4.46 "
    "need_proper:-4.46 need_someone:0.83 need_the:1.52 need_to:-1.45 need_train:-4.46 "
    "neglect:-4.46 neighbour:1.52 nephew:6.13 nephew_has:6.13 never:0.43 never_had:0.83 "
    "never_have:-4.46 never_remember:0.83 never_see:0.83 new:0.6 new_carer:6.13 "
    "new_contract:-4.46 new_fella:6.13 new_frend:6.13 new_friend:6.13 new_girlfriend:6.13 "
    "new_service:-0.54 new_trainer:6.13 next:0.96 next_door:6.13 next_month:-4.46 "
    "next_time:1.52 next_to:6.13 nhs:-4.46 nice:6.13 nice_mostly:6.13 night:2.2 night_a:-4.46 "
    "night_and:6.13 night_i:6.13 night_man:6.13 night_now:6.13 night_she:6.13 night_so:6.13 "
    "night_staff:6.13 night_that:0.83 night_the:0.83 nightie:6.13 nightmare:-4.46 nine:-0.54 "
    "nine_month:-4.46 nine_year:0.83 no:0.56 no_call:-4.46 no_food:1.52 no_heat:1.52 "
    "no_more:6.13 no_one:2.59 no_warn:-4.46 no_wonder:-4.46 nobody:-0.22 nobody_ask:0.15 "
    "nobody_asked:0.15 nobody_been:0.83 nobody_can:-0.25 nobody_come:0.83 nobody_ever:-4.46 "
    "nobody_explain:-4.46 nobody_from:-4.46 nobody_has:-1.08 nobody_is:0.15 nobody_on:0.15 "
    "nobody_told:-4.46 nobody_turn:1.52 nobody_will:-4.46 nobody_would:6.13 noisy:-4.46 "
    "none:-4.46 none_of:-4.46 normal:1.52 not:0.8 not_a:-0.75 not_allow:6.13 not_at:6.13 "
    "not_been:1.92 not_being:-4.46 not_enough:0.83 not_everyone:-4.46 not_had:6.13 "
    "not_in:-0.54 not_just:-0.93 not_much:6.13 not_my:0.83 not_on:-4.46 not_once:-4.46 "
    "not_proud:6.13 not_really:-4.46 not_sure:6.13 not_their:-4.46 not_to:3.4 not_wake:6.13 "
    "note:-0.54 noth:-0.88 noth_for:-4.46 noth_i:-4.46 noth_please:-4.46 noth_to:0.83 "
    "notic:1.52 notice:-0.07 november:-4.46 now:0.55 now_and:6.13 now_because:6.13 "
    "now_has:6.13 now_he:6.13 now_i:-0.75 now_in:-4.46 now_it:-4.46 now_its:-4.46 now_my:1.92 "
    "now_say:-4.46 now_she:1.52 now_they:0.83 now_weve:-4.46 nowhere:-4.46 number:0.43 "
    "nurse:0.83 nurse_here:6.13 nursery:-4.46 oclock:0.83 of_attorney:1.52 of_bed:6.13 "
    "of_carer:-4.46 of_change:0.83 of_her:1.52 of_him:6.13 of_his:0.83 of_hour:-4.46 "
    "of_it:1.23 of_me:1.23 of_mum:0.15 of_my:1.01 of_our:1.52 of_people:-4.46 of_scam:-4.46 "
    "of_tablet:0.83 of_tea:0.83 of_that:-4.46 of_the:0.57 of_them:-0.54 of_these:-0.54 "
    "of_thing:1.52 of_this:0.83 of_us:-4.46 of_weight:6.13 of_what:0.15 off:0.45 off_a:-4.46 "
    "off_and:6.13 off_at:-4.46 off_for:0.83 off_her:0.83 off_me:6.13 off_my:-4.46 "
    "off_the:-4.46 off_topic:-4.46 offer:-4.46 office:0.83 officer:0.83 often:-0.54 "
    "often_dont:-4.46 oh:-4.46 oh_brilliant:-4.46 oh_yes:-4.46 ok:-4.46 okafor:6.13 old:0.83 "
    "old_man:0.83 older:0.68 older_lad:6.13 older_people:-4.46 on_a:0.28 on_and:1.52 "
    "on_both:6.13 on_facebook:0.15 on_friday:6.13 on_her:1.52 on_his:2.31 on_hold:-4.46 "
    "on_in:6.13 on_it:-0.54 on_me:0.15 on_monday:1.92 on_my:0.83 on_one:-4.46 on_our:0.83 "
    "on_saturday:-4.46 on_sunday:2.2 on_the:0.74 on_their:0.83 on_thursday:0.83 on_toast:0.15 "
    "on_wednesday:6.13 on_what:-4.46 on_with:0.83 once:-1.21 once_and:0.15 one:0.66 "
    "one_has:0.83 one_in:0.83 one_my:-4.46 one_of:1.3 online:0.38 online_and:0.83 "
    "online_form:-0.54 only:0.55 only_ask:0.83 only_come:0.83 only_thing:0.83 open:1.23 "
    "open_the:1.52 operative:-0.54 option:0.15 or_anyth:6.13 or_is:0.83 ot:-4.46 "
    "ot_visit:-4.46 other:0.61 other_language:-4.46 our:-0.37 our_church:0.83 "
    "our_daughter:0.83 our_is:-4.46 our_road:-4.46 our_short:-4.46 our_solicitor:-4.46 "
    "our_son:0.15 out:0.83 out_about:-4.46 out_and:1.52 out_as:0.83 out_at:6.13 out_he:1.92 "
    "out_i:0.83 out_in:-4.46 out_loud:-4.46 out_of:0.95 out_on:0.83 out_the:0.83 out_to:0.83 "
    "out_when:0.83 outcome:-1.21 outside:0.83 over:1.92 over_his:6.13 over_the:6.13 "
    "over_to:1.52 overnight:-0.41 owe:6.13 owen:-4.46 own:0.03 own_now:-4.46 own_with:0.83 "
    "pa:0.63 pa_is:-0.07 pa_she:0.83 package:-0.93 pad:6.13 page:-1.51 page_about:-4.46 "
    "page_is:-4.46 paid:0.22 paid_for:0.15 paid_him:6.13 paid_since:0.83 pal:-4.46 "
    "panel:-4.46 panorama:-4.46 panorama_on:-4.46 paper:-0.75 parent:-0.75 park:-4.46 "
    "park_at:-4.46 park_charge:-4.46 part:-0.07 part_of:0.15 partner:6.13 partner_check:6.13 "
    "pas:-4.46 pass:0.15 passenger:0.15 passenger_has:0.83 passport:1.92 passport_and:6.13 "
    "password:-4.46 past:-0.25 pathway:-0.93 patience:-4.46 patient:-1.21 patient_and:-4.46 "
    "paul:-4.46 pay:0.43 pay_a:0.83 pay_for:0.83 pay_it:0.83 payday:6.13 payday_and:6.13 "
    "paying:-4.46 payment:-0.93 payroll:-4.46 peer:-0.07 peer_support:0.15 peer_worker:0.83 "
    "penny:6.13 pension:1.05 people:-0.66 people_and:0.83 people_end:-4.46 people_get:-4.46 "
    "people_like:-0.25 people_on:-0.54 people_who:-4.46 people_with:-1.08 people_would:-4.46 "
    "per:-4.46 perfect:-4.46 perfectly:-4.46 person:-4.46 person_they:-4.46 personal:-0.07 "
    "personal_care:0.83 perspective:-4.46 petrol:0.83 pharmacy:-4.46 phone:0.72 "
    "phone_and:6.13 phone_call:-0.54 phone_line:0.83 phone_off:6.13 phone_who:0.83 "
    "phone_would:-4.46 photo:-0.75 photo_of:0.15 pick:1.23 pick_up:0.83 picture:-0.93 "
    "picture_and:-4.46 piling:6.13 piling_up:6.13 pill:6.13 pillow:6.13 pillow_over:6.13 "
    "pin:1.52 pip:-0.54 pip_reassessment:-4.46 place:-0.25 place_to:0.83 placement:-4.46 "
    "plain:-4.46 plan:-4.46 plan_for:-4.46 plan_in:-4.46 plan_is:-4.46 plann:0.15 play:0.43 "
    "play_up:0.83 please:-0.39 please_and:-4.46 please_can:-0.54 please_dont:0.83 "
    "please_keep:-0.54 please_look:0.83 please_put:-4.46 point:0.07 point_from:-4.46 "
    "point_of:1.52 point_the:-4.46 police:0.15 policy:-4.46 policy_is:-4.46 pool:-4.46 "
    "pop:0.15 popular:-4.46 possible:-4.46 post:2.74 pottery:0.83 pottery_course:0.83 "
    "pound:6.13 power:1.52 power_of:1.52 print:-4.46 private:-4.46 privately:-4.46 "
    "priya:-4.46 probably:6.13 problem:-0.75 process:-4.46 promis:-4.46 promis_a:-4.46 "
    "proper:-0.85 properly:0.15 proud:1.52 proud_of:1.52 provider:-4.46 pub:-4.46 public:0.15 "
    "pull:1.34 pull_up:6.13 push:0.55 put:0.73 put_a:1.52 put_her:1.52 put_me:6.13 putt:1.52 "
    "question:0.33 question_about:0.83 queue:-4.46 quick:0.83 quiet:1.01 quiet_and:6.13 "
    "quiet_hour:-4.46 quiet_room:-0.25 raise:-4.46 raise_this:-4.46 ramp:0.83 rang:-0.07 "
    "rate:-4.46 rather:0.83 rather_not:6.13 rather_than:-4.46 reablement:-0.41 reach:2.2 "
    "reach_people:1.52 read:0.22 read_about:-4.46 read_the:-4.46 ready:0.43 real:-0.14 "
    "really:0.52 really_for:0.83 really_help:-4.46 really_rough:6.13 really_useful:-4.46 "
    "reason:0.83 reason_im:0.83 reassessment:-4.46 receptionist:-4.46 recognise:6.13 "
    "record:-4.46 red:0.83 refer:0.83 referr:-4.46 referral:-4.46 referral_to:-4.46 "
    "refund:-4.46 refus:6.13 register:-4.46 regular:6.13 relative:-4.46 remember:-0.25 "
    "remember_what:-4.46 renewal:-4.46 rent:1.52 rent_and:6.13 repair:1.01 repair_team:6.13 "
    "repeat:0.83 replac:-4.46 replac_and:-4.46 replace:-4.46 repli:-4.46 repli_to:-4.46 "
    "reply:-4.46 report:-0.54 report_it:-0.25 report_the:0.15 resident:-0.75 respite:-1.21 "
    "respite_book:-4.46 responsibility:-4.46 responsible:-4.46 responsible_for:-4.46 "
    "return:1.52 review:-0.65 review_is:-4.46 review_letter:-4.46 review_they:0.83 rhyme:0.83 "
    "rhyme_time:0.83 right:-0.93 right_now:-4.46 ring:0.71 ring_anyone:6.13 ring_me:-0.75 "
    "ring_the:6.13 risk:-4.46 risk_to:-4.46 rn:1.52 road:-0.75 robbery:-4.46 ron:6.13 "
    "roofer:6.13 room:1.37 room_and:6.13 room_at:1.52 room_i:0.83 room_is:0.83 room_when:6.13 "
    "rough:6.13 rough_when:6.13 rough_with:6.13 round:0.75 round_here:-4.46 round_the:6.13 "
    "route:-4.46 run:-0.25 rung:-4.46 rung_the:-4.46 runn:-4.46 rush:-4.46 safe:-0.01 "
    "safe_at:-4.46 safe_i:6.13 safeguard:-4.46 safeguard_concern:-4.46 safeguard_lead:-4.46 "
    "safeguard_train:-4.46 safekeep:6.13 said:2.05 said_he:1.52 said_her:6.13 said_his:6.13 "
    "said_if:6.13 said_its:0.83 said_she:6.13 said_they:6.13 same:0.28 same_carer:6.13 "
    "same_clothe:6.13 same_day:-4.46 same_face:-4.46 sandwich:0.83 sanity:-4.46 sat:-0.25 "
    "saturday:0.43 save:0.15 save_and:0.83 saved:-4.46 saved_my:-4.46 saving:1.92 saw:2.2 "
    "say:1.7 say_anyth:6.13 say_but:0.83 say_he:6.13 say_hell:6.13 say_hes:6.13 say_i:3.09 "
    "say_if:1.52 say_im:0.83 say_it:0.83 say_its:1.74 say_no:6.13 say_she:6.13 say_that:-0.25 "
    "say_the:6.13 say_there:0.83 say_they:-4.46 say_theyre:0.83 say_what:-4.46 say_where:6.13 "
    "say_who:6.13 saying:1.38 saying_hes:6.13 saying_the:6.13 scam:-4.46 scam_and:-4.46 "
    "scandal:-4.46 scar:0.68 scar_of:1.52 scar_to:0.83 scare:0.83 scheme:-4.46 school:-0.2 "
    "school_hour:0.83 scratch:1.52 scratch_my:6.13 scream:6.13 screen:-4.46 second:1.23 "
    "see:-0.12 see_the:0.15 see_who:-4.46 seeing:2.2 seeing_the:6.13 seen:1.52 self:-4.46 "
    "self_harm:-4.46 self_service:-4.46 sell:0.83 send:-0.54 send_the:-4.46 senior:-4.46 "
    "sent:-0.45 sent_40:-4.46 sent_him:0.83 sent_home:-0.25 sent_my:-4.46 september:-4.46 "
    "september_and:-4.46 service:-0.83 service_charge:-4.46 service_for:-4.46 "
    "service_has:-4.46 service_need:-4.46 service_should:-4.46 session:-0.93 "
    "session_for:-4.46 set:-4.46 seven:1.52 seven_day:6.13 shape:-4.46 shape_the:-4.46 "
    "shar:-4.46 she:1.45 she_asked:6.13 she_been:6.13 she_came:-4.46 she_didnt:0.83 "
    "she_doesnt:2.2 she_frighten:6.13 she_get:0.43 she_goe:6.13 she_gone:0.83 she_got:1.92 "
    "she_had:1.92 she_has:6.13 she_hasnt:1.52 she_is:0.83 she_lost:6.13 she_paid:6.13 "
    "she_said:6.13 she_say:6.13 she_start:6.13 she_stopp:0.83 she_think:6.13 she_told:6.13 "
    "she_too:6.13 she_turn:0.15 she_want:0.83 she_was:-0.07 she_wont:6.13 she_work:0.83 "
    "shed:1.52 shell:6.13 shell_stop:6.13 shock:-4.46 shook:6.13 shop:-0.75 shop_and:0.83 "
    "shopp:2.07 shopp_and:6.13 shopp_with:6.13 short:-1.42 short_break:-4.46 should:-1.1 "
    "should_ask:-0.75 should_be:-2.02 should_cover:-4.46 should_get:-4.46 should_have:0.15 "
    "should_say:0.15 should_start:-4.46 shouldnt:-4.46 shouldnt_be:-4.46 shout:1.74 "
    "shout_at:1.38 shout_i:6.13 show:1.23 show_me:1.52 shut:0.83 shut_for:-4.46 shut_the:0.83 "
    "sick:0.83 side:0.83 side_and:6.13 sign:0.5 sign_up:-4.46 signpost:-4.46 simple:-4.46 "
    "since:1.65 since_august:-4.46 since_he:6.13 since_i:1.92 since_jean:6.13 "
    "since_march:-4.46 since_mum:0.83 since_my:2.42 since_the:2.2 since_then:6.13 sing:-4.46 "
    "single:-4.46 sister:1.08 sit:1.38 sit_in:1.52 sit_with:0.83 site:-4.46 sitt:0.15 "
    "sitt_in:6.13 sitt_service:-4.46 sitter:-4.46 six:-0.07 six_time:0.15 six_week:-0.25 "
    "sleep:2.67 sleep_and:6.13 sleep_in:6.13 sleep_on:6.13 sleep_tablet:6.13 sleeve:6.13 "
    "slept:6.13 slide:-4.46 slightly:-4.46 slightly_off:-4.46 slot:-4.46 slow:6.13 "
    "small:-4.46 smash:1.52 smash_my:0.83 smell:6.13 smell_and:6.13 smell_coming:6.13 so:0.15 "
    "so_he:1.52 so_i:1.8 so_many:-4.46 so_much:-4.46 so_people:-4.46 so_she:6.13 so_the:0.43 "
    "so_they:-4.46 social:-4.46 social_care:-4.46 social_worker:-4.46 sofa:0.83 "
    "solicitor:-4.46 solicitor_say:-4.46 some:1.63 some_day:1.74 some_night:6.13 "
    "some_older:6.13 somebody:-0.25 somebody_to:-4.46 someone:-1.53 someone_check:-4.46 "
    "someone_else:-0.25 someone_from:-4.46 someone_in:-4.46 someone_is:-4.46 someone_on:-4.46 "
    "someone_please:0.83 someone_ring:-4.46 someone_say:-4.46 someone_senior:-4.46 "
    "someone_sort:-4.46 someone_tell:-4.46 someone_to:-2.02 someone_will:-4.46 someth:1.01 "
    "someth_about:0.83 someth_wrong:-4.46 sometime:1.8 sometime_i:6.13 sometime_mum:6.13 "
    "sometime_you:-4.46 somewhere:0.61 somewhere_else:0.83 son:0.34 son_autistic:-4.46 "
    "son_been:0.15 son_came:0.83 son_has:0.83 son_in:-0.25 son_is:-4.46 son_moved:6.13 "
    "son_was:-4.46 son_who:0.83 sore:6.13 sore_on:6.13 sorry:-0.65 sorry_im:-4.46 "
    "sorry_lost:-4.46 sorry_my:-4.46 sorry_that:-4.46 sorry_to:0.15 sort:-0.07 sort_it:-4.46 "
    "sort_my:-4.46 sort_of:6.13 sort_out:0.83 sort_this:-4.46 sound:0.15 sound_great:0.83 "
    "space:0.83 speak:-0.33 speak_to:-0.01 spec:-4.46 spec_point:-4.46 special:-4.46 "
    "special_school:-4.46 spot:-4.46 spott:-4.46 spott_scam:-4.46 st:-4.46 st_anne:-4.46 "
    "staff:0.07 staff_and:-4.46 staff_are:0.15 staff_at:-4.46 staff_didnt:0.83 "
    "staff_member:6.13 staff_need:-4.46 staff_should:-4.46 staff_shout:6.13 staff_wont:0.83 "
    "stair:0.83 standard:-0.75 start:0.96 start_at:-4.46 start_lash:6.13 start_lock:6.13 "
    "start_scratch:6.13 start_with:-4.46 state:-4.46 statement:6.13 station:1.52 stay:1.7 "
    "stay_at:6.13 stay_in:1.92 stay_safe:-4.46 step:0.83 still:0.51 still_has:6.13 "
    "still_hasnt:-4.46 still_in:0.83 still_noth:-4.46 still_on:1.52 still_there:6.13 "
    "still_think:-4.46 stop:0.63 stop_at:-4.46 stop_coming:6.13 stop_my:0.83 stop_shout:6.13 "
    "stopp:0.74 stopp_in:0.83 stopp_open:0.83 story:-4.46 straight:2.2 straight_to:6.13 "
    "stranger:0.15 street:0.83 stress:0.83 strike:-4.46 struggl:-4.46 stuck:-4.46 "
    "student:-4.46 stuff:2.31 stuff_and:6.13 stuff_at:6.13 stuff_out:0.83 stupid:6.13 "
    "submit:0.83 submitt:-4.46 suddenly:-4.46 summer:2.2 summer_and:0.83 sunday:2.2 "
    "sunday_i:6.13 support:0.59 support_for:6.13 support_has:0.83 support_hour:0.83 "
    "support_service:1.52 support_worker:0.83 suppos:2.2 suppos_to:2.2 sure:1.52 "
    "sure_the:-4.46 surgery:-4.46 swimm:1.52 system:-4.46 system_and:-4.46 tablet:1.58 "
    "tablet_and:1.92 tablet_at:6.13 tablet_in:0.15 tablet_on:6.13 take:1.23 take_all:6.13 "
    "take_her:6.13 take_it:0.83 take_me:6.13 take_my:1.52 take_the:6.13 taken:-0.25 "
    "taken_off:-4.46 taken_over:6.13 taking:0.55 talk:-2.2 talk_about:-1.51 "
    "talk_therapy:-4.46 talk_to:-4.46 target:-4.46 tax:-4.46 tax_bill:-4.46 taxi:-4.46 "
    "tbh:1.52 tbh_i:6.13 tea:2.42 teacher:0.83 team:-0.54 tell:1.12 tell_anyone:1.92 "
    "tell_her:6.13 tell_me:0.43 tell_my:2.2 tell_staff:0.83 tell_the:6.13 tell_us:0.83 "
    "tell_you:-0.25 temper:6.13 ten:-0.25 ten_minute:-4.46 tenant:-0.54 term:-4.46 "
    "term_outcome:-4.46 terrifi:-0.07 terrifi_of:0.83 test:-0.25 tether:0.83 text:0.15 "
    "text_me:6.13 than:0.43 than_i:6.13 thank:-4.46 thank_all:-4.46 thank_everyone:-4.46 "
    "thank_you:-4.46 that_a:-4.46 that_again:-4.46 that_decision:-4.46 that_fair:-4.46 "
    "that_happen:-4.46 that_help:-4.46 that_i:-4.46 that_is:-4.46 that_matter:-4.46 "
    "that_not:-0.25 that_please:-4.46 that_shed:0.83 that_should:-4.46 that_the:-0.93 "
    "that_they:-4.46 that_was:-4.46 that_what:-0.25 that_when:1.52 that_where:-4.46 "
    "that_young:-4.46 the_42:-4.46 the_account:-4.46 the_adult:-4.46 the_agency:0.33 "
    "the_assessment:0.15 the_baby:6.13 the_back:6.13 the_bank:2.42 the_bathroom:6.13 "
    "the_bed:6.13 the_bedroom:6.13 the_beginner:-4.46 the_best:-4.46 the_big:-4.46 "
    "the_biggest:-4.46 the_bin:-4.46 the_broken:0.83 the_bus:1.12 the_cafe:0.43 the_car:1.52 "
    "the_care:-0.93 the_carer:0.43 the_cash:6.13 the_cat:6.13 the_ceil:0.83 the_centre:-0.17 "
    "the_chair:6.13 the_change:6.13 the_charg:-4.46 the_charity:-4.46 the_chat:-4.46 "
    "the_children:-4.46 the_club:0.83 the_cold:0.83 the_college:-4.46 the_computer:0.83 "
    "the_contact:-4.46 the_contractor:0.83 the_council:-1.92 the_course:0.83 the_crisis:-4.46 "
    "the_criteria:-4.46 the_cupboard:6.13 the_current:-4.46 the_damp:6.13 the_dark:6.13 "
    "the_day:0.5 the_dementia:6.13 the_discharge:-4.46 the_door:1.3 the_driver:1.23 "
    "the_duty:-4.46 the_early:-4.46 the_eastfield:-4.46 the_easy:-4.46 the_email:-4.46 "
    "the_end:0.83 the_english:0.83 the_escort:1.52 the_even:1.52 the_exclusion:-4.46 "
    "the_family:-0.93 the_first:-1.08 the_flat:1.23 the_floor:0.83 the_football:-4.46 "
    "the_form:-0.75 the_friday:0.83 the_fridge:0.83 the_friend:0.83 the_front:1.52 "
    "the_garden:6.13 the_gas:6.13 the_girl:2.2 the_government:-4.46 the_gp:-0.75 "
    "the_grandkid:0.83 the_group:0.15 the_gym:-4.46 the_heat:0.83 the_holiday:-4.46 "
    "the_home:1.74 the_hospital:-4.46 the_hous:0.15 the_house:3.18 the_hub:0.55 "
    "the_inform:-4.46 the_invoice:-4.46 the_journey:0.43 the_kid:1.01 the_kitchen:2.42 "
    "the_lad:1.74 the_lady:1.92 the_last:0.43 the_leak:0.15 the_library:1.52 the_lift:0.83 "
    "the_link:-4.46 the_local:-4.46 the_loo:-4.46 the_lounge:0.83 the_man:6.13 "
    "the_manager:0.83 the_memory:-4.46 the_minibus:0.83 the_moment:-4.46 the_money:0.15 "
    "the_morn:1.23 the_mould:6.13 the_music:-4.46 the_name:-4.46 the_national:-4.46 "
    "the_new:-0.11 the_nhs:-4.46 the_night:6.13 the_note:-4.46 the_nurse:-4.46 "
    "the_office:0.83 the_old:-0.25 the_older:-4.46 the_one:1.52 the_online:-0.54 "
    "the_only:1.52 the_operative:0.15 the_other:6.13 the_outcome:-4.46 the_pa:6.13 "
    "the_paper:-4.46 the_pathway:-0.54 the_patient:-0.54 the_people:-4.46 the_person:-4.46 "
    "the_phone:0.37 the_plan:-4.46 the_point:6.13 the_police:0.15 the_post:6.13 "
    "the_pottery:0.83 the_pub:-4.46 the_ramp:0.83 the_real:-0.25 the_repair:2.59 "
    "the_resident:-4.46 the_respite:-4.46 the_room:1.52 the_same:0.25 the_scheme:-4.46 "
    "the_school:-0.25 the_self:-4.46 the_service:-4.46 the_shop:-0.25 the_side:6.13 "
    "the_slide:-4.46 the_social:-4.46 the_sort:6.13 the_sound:-4.46 the_spec:-4.46 "
    "the_staff:-1.21 the_stair:0.83 the_standard:-0.54 the_step:6.13 the_summer:2.2 "
    "the_support:0.43 the_system:-4.46 the_tablet:1.52 the_thing:-4.46 the_thursday:-4.46 "
    "the_time:1.52 the_toilet:0.43 the_top:-4.46 the_town:-4.46 the_traffic:-4.46 "
    "the_transport:0.83 the_trip:-4.46 the_tuesday:-4.46 the_village:-4.46 the_volunteer:1.52 "
    "the_wait:-4.46 the_wall:6.13 the_ward:0.43 the_warm:1.52 the_way:1.52 the_week:1.52 "
    "the_whole:-1.21 the_window:1.52 the_winter:-4.46 the_word:-4.46 the_worst:0.43 "
    "the_wrong:-4.46 the_young:-0.07 the_youth:-0.25 their:-0.36 their_life:-4.46 "
    "their_money:0.83 their_own:0.43 them:0.15 them_and:0.83 them_in:-4.46 them_replac:-4.46 "
    "then:-0.32 then_i:-4.46 theory:0.83 theory_of:0.83 therapy:-4.46 there:0.86 there_a:1.01 "
    "there_all:6.13 there_and:1.23 there_are:6.13 there_be:-4.46 there_hardly:6.13 "
    "there_has:-4.46 there_help:0.83 there_i:0.83 there_is:6.13 there_isnt:0.83 there_no:1.23 "
    "there_not:6.13 there_was:0.15 there_when:6.13 these:-0.75 they:-0.07 they_are:0.15 "
    "they_can:-4.46 they_cancell:-4.46 they_come:0.83 they_feel:-4.46 they_get:-4.46 "
    "they_had:-4.46 they_keep:0.83 they_know:0.15 they_lock:6.13 they_need:-4.46 "
    "they_never:0.83 they_only:0.83 they_ring:-4.46 they_said:1.52 they_say:0.83 "
    "they_sent:-4.46 they_should:-4.46 they_tell:-4.46 they_use:6.13 they_want:-0.93 "
    "they_were:6.13 they_work:-4.46 theyre:-0.25 theyre_being:-4.46 theyre_not:-4.46 "
    "theyre_there:6.13 theyve:-0.54 theyve_cut:-4.46 thing:0.07 thing_in:6.13 thing_is:-4.46 "
    "thing_that:-0.54 thing_the:1.52 think:1.27 think_about:6.13 think_ill:6.13 think_it:6.13 "
    "think_the:-4.46 third:0.15 this_in:0.83 this_is:-4.46 this_month:0.43 this_morn:0.83 "
    "this_the:1.92 this_to:-4.46 this_up:-4.46 this_week:1.34 this_year:-4.46 those:-4.46 "
    "though:2.2 thought:0.43 thought_it:6.13 thousand:6.13 threaten:-4.46 threaten_to:-4.46 "
    "three:0.1 three_day:0.15 three_different:-4.46 three_night:0.83 three_time:-0.93 "
    "three_week:0.55 threw:6.13 through:0.15 through_a:-4.46 through_it:0.15 through_the:6.13 "
    "throw:6.13 throw_stuff:6.13 thursday:0.15 tick:-4.46 ticket:-4.46 ticket_for:-4.46 "
    "til:6.13 til_i:6.13 till:0.68 till_3am:0.83 till_she:0.83 till_the:1.92 time:-0.06 "
    "time_a:6.13 time_and:0.43 time_can:-4.46 time_i:1.52 time_id:-4.46 time_in:-4.46 "
    "time_on:-4.46 time_this:-4.46 time_to:-4.46 tin:6.13 tired:0.55 tired_of:6.13 "
    "to_25:-4.46 to_a:0.83 to_actually:-0.54 to_adult:-4.46 to_answer:0.15 to_ask:0.33 "
    "to_be:0.09 to_bed:0.83 to_bring:-4.46 to_call:-4.46 to_cancel:-4.46 to_check:-4.46 "
    "to_come:0.83 to_contact:0.83 to_cook:-4.46 to_dash:-4.46 to_do:-0.14 to_drop:-4.46 "
    "to_end:0.15 to_explain:-4.46 to_find:-4.46 to_get:0.83 to_give:0.83 to_go:1.52 "
    "to_have:0.15 to_help:1.52 to_her:1.52 to_him:1.92 to_his:0.83 to_it:-0.25 to_keep:1.92 "
    "to_know:-0.54 to_learn:0.83 to_leave:0.15 to_lend:6.13 to_look:1.52 to_lose:6.13 "
    "to_make:1.23 to_me:1.92 to_mention:6.13 to_move:0.15 to_my:1.01 to_pay:0.83 "
    "to_people:0.83 to_pick:0.83 to_raise:-4.46 to_read:1.52 to_replace:-4.46 to_report:0.83 "
    "to_ring:-0.65 to_say:1.92 to_see:-0.54 to_sit:-4.46 to_sleep:6.13 to_someone:-4.46 "
    "to_sort:-4.46 to_speak:0.83 to_start:-4.46 to_stay:0.83 to_stop:0.43 to_take:0.43 "
    "to_talk:-4.46 to_tell:0.7 to_that:-4.46 to_the:0.57 to_them:-4.46 to_trust:0.83 "
    "to_us:-4.46 to_work:0.83 toast:0.83 toast_for:0.83 today:-1.6 toddler:0.83 together:0.15 "
    "toilet:-0.07 toilet_and:1.52 toilet_with:-4.46 told:0.61 told_her:1.52 told_him:6.13 "
    "told_me:1.28 told_my:0.33 told_she:0.83 told_the:1.52 told_them:-4.46 told_us:-0.75 "
    "tom:0.83 tonight:0.83 too:0.46 too_many:0.83 too_much:1.05 took:0.83 took_it:0.83 "
    "took_my:6.13 top:-0.25 top_of:-4.46 topic:-4.46 topic_but:-4.46 touch:0.83 town:-4.46 "
    "town_centre:-4.46 traffic:-4.46 traffic_was:-4.46 train:-2.11 train_and:0.15 "
    "train_for:-4.46 train_on:-4.46 train_was:-4.46 trainer:1.52 transition:-0.54 "
    "transition_assessment:-4.46 transition_worker:-4.46 transport:-1.42 transport_home:-4.46 "
    "transport_is:-4.46 travel:-0.54 travel_train:-0.25 treat:-4.46 treat_like:-4.46 "
    "tribunal:-4.46 trigger:-4.46 trip:-0.54 trolley:-4.46 trouble:2.42 true:-4.46 "
    "trust:-0.25 trust_adult:-4.46 try:0.15 trying:-0.25 trying_to:-0.25 tuesday:-0.01 "
    "tuesday_and:6.13 turn:-0.07 turn_18:0.15 turn_down:0.83 turn_up:-0.36 tutor:-0.25 "
    "twice:0.15 twice_this:6.13 two:-0.49 two_day:-4.46 two_hour:0.83 two_week:-4.46 "
    "type:-4.46 um:1.52 uncle:6.13 understand:-4.46 uniform:0.83 unit:-4.46 universal:-4.46 "
    "unless:0.83 unless_she:0.83 unpaid:-4.46 unpaid_leave:-4.46 until:1.92 up:0.26 "
    "up_a:-4.46 up_again:-4.46 up_and:1.52 up_at:0.83 up_for:-4.46 up_from:0.83 up_i:0.83 "
    "up_in:-0.75 up_late:0.83 up_on:-4.46 up_one:0.83 up_the:0.43 up_to:-0.54 update:-4.46 "
    "upset:0.15 upstair:6.13 urgent:-4.46 us:-0.43 us_for:0.83 us_my:-4.46 us_the:-4.46 "
    "us_what:0.15 use:0.83 use_the:0.15 used:0.33 used_to:1.52 useful:-4.46 "
    "useful_thing:-4.46 using:0.83 using_the:0.83 van:6.13 very:0.83 very_quiet:6.13 "
    "video:-4.46 village:-4.46 visit:0.35 visit_not:0.83 visitor:0.83 voice:0.83 "
    "volunteer:0.68 volunteer_need:-4.46 wage:0.43 wait:-1.51 wait_for:-4.46 wait_in:-4.46 "
    "wait_list:-4.46 wait_on:0.83 wait_since:-4.46 wake:6.13 wake_up:6.13 walk:0.28 "
    "walk_in:0.15 wall:2.2 wall_until:6.13 wander:0.83 want:-0.46 want_a:-0.93 want_an:-4.46 "
    "want_compens:-4.46 want_it:-4.46 want_me:1.92 want_my:-0.25 want_someone:-4.46 "
    "want_that:-4.46 want_the:-4.46 want_them:-4.46 want_this:-4.46 want_to:0.18 ward:-0.17 "
    "ward_and:-4.46 ward_asked:-4.46 warm:0.15 warm_space:0.43 warn:-4.46 was_a:-0.25 "
    "was_all:-4.46 was_brilliant:-4.46 was_cancell:-4.46 was_charg:-4.46 was_coming:-4.46 "
    "was_dealt:-4.46 was_discharg:-0.93 was_done:-4.46 was_in:-0.25 was_just:-4.46 "
    "was_left:-4.46 was_murder:-4.46 was_on:1.23 was_promis:-4.46 was_really:0.83 "
    "was_referr:-4.46 was_scar:0.15 was_sent:0.15 was_shut:-4.46 was_so:-4.46 "
    "was_someone:-4.46 was_terrifi:-4.46 was_the:-1.08 was_told:-4.46 was_treat:-4.46 "
    "was_wait:-4.46 wash:0.83 washe:6.13 wasnt:1.52 watch:-0.25 watch_the:-4.46 water:6.13 "
    "way:0.15 way_to:-0.75 we:-0.4 we_are:1.52 we_do:0.83 we_dont:0.83 we_found:0.83 "
    "we_get:-4.46 we_got:-4.46 we_had:-0.07 we_have:-4.46 we_help:0.83 we_need:-0.07 "
    "we_should:-4.46 we_talk:-0.75 we_wait:-4.46 we_went:0.83 we_were:-4.46 wear:1.52 "
    "wear_the:0.83 website:-4.46 wed:-4.46 wednesday:1.23 weed:0.83 weed_and:0.83 week:0.63 "
    "week_ago:-4.46 week_and:1.63 week_because:6.13 week_but:0.83 week_for:0.83 week_he:6.13 "
    "week_i:0.83 week_id:0.83 week_is:-4.46 week_of:-4.46 week_on:-4.46 week_the:1.52 "
    "week_we:6.13 week_when:0.15 weekend:0.43 weekend_he:6.13 weight:6.13 weight_and:6.13 "
    "well:-0.54 wellbe:-4.46 went:0.28 went_home:0.83 went_miss:-4.46 went_to:-4.46 "
    "went_up:-4.46 were_charg:-4.46 were_on:-4.46 were_told:-4.46 wet:6.13 wet_the:6.13 "
    "weve:-0.65 weve_been:-0.54 weve_got:0.15 weve_had:-4.46 what:-0.41 what_a:-0.25 "
    "what_about:-4.46 what_are:-4.46 what_been:-4.46 what_being:-4.46 what_did:-4.46 "
    "what_goe:0.83 what_happen:-0.14 what_i:-0.25 what_ill:6.13 what_im:0.83 what_it:0.83 "
    "what_she:0.83 what_should:-4.46 what_the:-0.75 what_to:-0.75 what_would:-4.46 "
    "what_you:0.15 when:1.07 when_a:0.15 when_dad:0.83 when_he:3.26 when_her:6.13 "
    "when_hes:6.13 when_his:6.13 when_i:2.55 when_im:6.13 when_it:0.15 when_its:0.43 "
    "when_mum:0.83 when_my:-0.14 when_one:0.83 when_she:1.05 when_someone:-4.46 "
    "when_the:-0.33 when_they:0.83 when_we:0.83 whenever:6.13 where:-0.01 where_i:6.13 "
    "where_it:-4.46 where_the:-0.25 whether:0.33 whether_i:0.83 whether_someone:-4.46 "
    "which:0.28 which_is:0.15 while:1.16 while_he:0.83 while_i:1.92 while_she:6.13 "
    "while_were:-4.46 whisper:6.13 who:0.1 who_are:-4.46 who_at:-4.46 who_can:-4.46 "
    "who_cant:-4.46 who_come:1.92 who_do:-4.46 who_doe:6.13 who_has:1.52 who_is:-4.46 "
    "who_know:-4.46 who_live:1.52 who_look:1.92 who_need:-4.46 who_say:6.13 who_speak:-4.46 "
    "who_they:-4.46 who_to:1.23 who_turn:-4.46 who_was:-4.46 whoever:-4.46 whole:-0.65 "
    "why:-0.82 why_dad:-4.46 why_i:-0.25 why_im:0.83 wide:6.13 wide_open:6.13 wife:0.33 "
    "wife_died:-4.46 wife_she:6.13 wifi:-4.46 will:-1.03 will_be:-4.46 will_come:-4.46 "
    "will_take:-4.46 will_the:-4.46 will_there:-4.46 window:1.52 winter:-4.46 "
    "winter_fuel:-4.46 with_a:0.15 with_cash:6.13 with_dementia:-1.21 with_her:1.92 "
    "with_him:2.59 with_his:0.83 with_it:-4.46 with_me:2.2 with_murder:-4.46 with_my:0.55 "
    "with_new:6.13 with_no:-4.46 with_noth:0.83 with_picture:-4.46 with_the:0.43 "
    "with_you:-4.46 within:-0.75 within_a:0.15 without:-0.17 without_a:0.83 without_me:0.83 "
    "without_the:-4.46 woman:2.2 women:-0.25 won:0.83 wonder:-0.54 wonderful:-4.46 wont:2.2 "
    "wont_be:1.52 wont_let:6.13 wont_say:6.13 wont_take:0.83 word:-1.51 word_and:-4.46 "
    "word_carer:-4.46 word_of:-4.46 work:-0.05 work_at:0.83 work_for:-4.46 work_he:6.13 "
    "work_i:1.52 work_in:0.83 worker:-0.69 worker_has:-4.46 worker_need:-4.46 worker_on:-4.46 "
    "worker_told:-4.46 worker_who:-4.46 worry:-0.25 worry_about:-4.46 worse:0.43 worst:0.43 "
    "worth:0.83 would:-0.8 would_be:-0.33 would_find:-4.46 would_get:0.15 would_have:-4.46 "
    "would_help:-4.46 wouldnt:1.23 wouldnt_stop:6.13 write:0.83 written:0.55 written_a:6.13 "
    "wrong:-0.85 wrong_on:-4.46 wrote:-4.46 year:-0.14 year_ago:-4.46 year_and:-0.25 "
    "year_old:1.23 year_the:-4.46 yes:-0.01 yesterday:2.59 yet:-4.46 you:-0.87 you_and:1.52 "
    "you_apply:-4.46 you_can:-4.46 you_cant:-4.46 you_do:-4.46 you_dont:-4.46 you_for:-4.46 "
    "you_need:0.83 you_say:-4.46 you_the:-4.46 youd:-4.46 young:-0.64 young_adult:0.83 "
    "young_carer:-1.6 young_man:6.13 young_people:-4.46 young_person:-4.46 younger:1.52 "
    "your:-1.08 your_mum:-4.46 youre:0.15 youth:-1.08 youth_worker:-4.46 "
)
# END MODEL
