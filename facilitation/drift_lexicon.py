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
        r"(?:i'?m|i am|being|feel like|feels like|she'?s|he'?s) (?:just )?(?:a|such a) (?:burden|nuisance|waste of space)|(?:won'?t|will not) be (?:a|your) (?:problem|burden|bother) (?:much |for )?(?:longer|long)",
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
    r"reconsidered|overturned|reinstated|refunded|escalated|put right)",
    r"(?:can|could|will|would|please|can't|won't)(?: \w+)?(?: someone| somebody| anyone| anybody|"
    r" you| a manager)(?: from (?:the )?(?:council|team|la|local authority)| here)?(?: please)?"
    r" (?:actually |just )?(?:ring|call|phone|chase|check|look into|look at|sort|find out|pick|"
    r"get back|contact|email|follow up|explain why|get in touch|help me with my|fix)",
    r"(?:ring|call|phone|email|contact) me (?:back|today|now|asap|urgently|tomorrow)",
    r"(?:get|got) back to me",
    r"who (?:do|can|should|would) (?:i|we) (?:speak|talk|complain|escalate|contact|go|write|"
    r"ask|ring|call|email|get)",
    r"who (?:deals|is dealing|handles|is responsible|is accountable|manages|decided|made th|"
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
    r"a named person",
    r"(?:i|we) need help (?:now|today|urgently)",
    r"give my details",
    r"get someone (?:assigned|allocated|to)",
    r"get (?:her|him|them|someone|somebody|a manager) to (?:ring|call|contact|email|phone|get back)"
    r" (?:me|us|to me|to us)",
    r"(?:tell|explain to) me why",
    r"someone to do something",
    r"(?:my|our|his|her) (?:case|file) (?:reviewed|looked at|re-?opened)",
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
        r"\b(?:football|the match|the game|england game|world cup|euros|premier league|"
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
NOT_CHATTER = r"\b(?:should|must|needs? to (?!go|leave|head|dash|nip|pop|step|get|collect|pick)|would (?:help|be)|the new|could (?:we|the|there))\b"

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
MODEL_PRIOR = -0.518
MODEL_WEIGHTS = (
    "#000>:1.9 #2am>:0.11 #300>:-0.58 #3am>:0.51 #999>:0.51 #<000:1.61 #<10>:1.61 #<11>:-0.58 "
    "#<12>:0.11 #<13>:0.92 #<14>:0.92 #<15>:0.8 #<16>:-0.18 #<17>:0.51 #<18>:-1.09 #<20>:-0.4 "
    "#<25>:0.51 #<2am:0.11 #<300:-0.58 #<3am:0.51 #<40>:-1.28 #<50>:0.51 #<88>:0.11 "
    "#<90>:-0.58 #<91>:1.61 #<999:0.51 #<abl:-0.87 #<abo:-0.43 #<abu:-1.28 #<aca:-0.58 "
    "#<acc:0.51 #<act:-1.79 #<add:0.8 #<adu:-0.47 #<adv:-0.87 #<aft:-0.12 #<aga:1.09 "
    "#<age:-0.99 #<agi:-0.58 #<ago:-0.87 #<agr:-0.87 #<aid:-0.87 #<all:-0.08 #<alo:0.51 "
    "#<alr:-0.58 #<alw:1.43 #<am>:1.43 #<an>:-0.87 #<and:0.83 #<ang:0.51 #<ano:0.51 "
    "#<ans:0.29 #<anx:-0.87 #<any:-0.11 #<apo:-1.28 #<app:-1.19 #<apr:-0.58 #<are:-0.78 "
    "#<arm:3.08 #<aro:0.92 #<as>:-1.43 #<ask:0.89 #<asl:1.9 #<ass:-2.43 #<at>:0.67 #<att:0.11 "
    "#<aug:-0.58 #<aut:-0.74 #<awa:-0.87 #<bab:0.92 #<bac:0.4 #<bad:-0.4 #<ban:1.77 "
    "#<bar:0.92 #<bas:0.23 #<bat:1.03 #<be>:-1.07 #<bec:0.57 #<bed:1.69 #<bee:1.18 #<beg:0.11 "
    "#<beh:-0.18 #<bei:-0.05 #<ben:0.51 #<bet:0.11 #<big:-1.28 #<bil:-1.09 #<bin:0.11 "
    "#<bit:-0.74 #<bla:0.8 #<bli:0.51 #<blo:1.21 #<blu:0.51 #<boo:-0.87 #<bot:2.12 "
    "#<box:-0.87 #<boy:2.71 #<bra:0.51 #<brb:-0.87 #<bre:-0.31 #<bri:-1.28 #<bro:1.21 "
    "#<bru:1.9 #<bud:-1.09 #<bur:2.12 #<bus:0.66 #<but:0.25 #<buy:1.9 #<by>:0.36 #<cal:0.18 "
    "#<cam:0.16 #<can:-0.36 #<car:0.11 #<cas:0.98 #<cat:0.11 #<cen:-0.18 #<cha:-0.18 "
    "#<chi:-1.56 #<cla:0.51 #<cle:-0.87 #<clo:0.36 #<clu:-0.07 #<coa:0.51 #<cof:0.11 "
    "#<col:1.03 #<com:0.88 #<con:-1.36 #<coo:0.11 #<cop:-1.09 #<cor:0.51 #<cos:0.11 "
    "#<cou:-0.43 #<cov:-1.09 #<cra:0.92 #<cre:0.51 #<cri:-0.33 #<cry:1.61 #<cup:0.11 "
    "#<cur:-0.58 #<cut:-0.87 #<dad:0.85 #<dam:0.51 #<dan:-0.58 #<dar:1.9 #<dat:-0.87 "
    "#<dau:0.18 #<day:0.94 #<dea:0.8 #<deb:-0.18 #<dec:-0.87 #<del:1.61 #<dem:0.18 "
    "#<des:-0.87 #<det:-0.58 #<dia:-0.58 #<did:-0.52 #<die:-0.18 #<dif:0.92 #<dig:-0.58 "
    "#<dir:-0.58 #<dis:-1.52 #<do>:-0.27 #<doe:0.18 #<doi:0.7 #<dom:-0.58 #<don:1.06 "
    "#<doo:1.33 #<dow:1.61 #<dri:1.13 #<dro:0.33 #<due:-0.58 #<dur:0.8 #<dus:-0.58 "
    "#<dut:-1.09 #<dyi:-0.58 #<eac:0.51 #<ear:-1.68 #<eas:-1.28 #<eat:1.9 #<edu:-0.58 "
    "#<ele:0.11 #<eli:-0.58 #<els:0.11 #<ema:-0.18 #<eme:-0.18 #<emp:1.61 #<end:1.61 "
    "#<eng:-0.87 #<enj:-0.58 #<eno:-0.18 #<ent:0.51 #<eso:0.92 #<eve:0.37 #<ex>:0.92 "
    "#<exa:-0.87 #<exc:0.11 #<exh:-0.87 #<exi:1.61 #<exp:-0.58 #<ext:0.51 #<fac:0.51 "
    "#<fai:-1.28 #<fal:0.51 #<fam:-0.58 #<far:-0.58 #<fas:0.51 #<fat:0.51 #<fee:0.4 "
    "#<few:0.23 #<fil:-0.18 #<fin:0.41 #<fir:-0.99 #<fiv:-0.87 #<fix:0.51 #<fla:1.96 "
    "#<fle:-0.58 #<fli:1.61 #<flo:1.43 #<fol:-0.58 #<foo:1.36 #<for:-0.39 #<fou:0.74 "
    "#<fre:0.8 #<fri:1.15 #<fro:0.55 #<ful:-0.4 #<fun:-0.87 #<fur:0.51 #<fus:1.9 #<gar:1.9 "
    "#<gas:1.61 #<gav:0.29 #<gen:-0.4 #<get:-0.16 #<gir:2.46 #<giv:1.81 #<go>:1.27 #<goe:1.39 "
    "#<goi:0.35 #<gon:0.51 #<goo:-0.44 #<got:0.33 #<gov:-1.09 #<gp>:-1.56 #<gra:1.03 "
    "#<gro:-0.18 #<guy:1.61 #<had:0.74 #<hal:0.51 #<hap:-0.3 #<har:0.7 #<has:0.84 #<hav:0.08 "
    "#<he>:2.22 #<hea:0.07 #<hed:0.92 #<hel:-0.12 #<her:1 #<hes:3.12 #<hi>:-0.58 #<hid:2.71 "
    "#<him:2.28 #<his:1.68 #<hit:0.8 #<hiy:-1.09 #<hoa:0.51 #<hol:0.33 #<hom:0.7 #<hon:0.8 "
    "#<hos:-0.58 #<hot:1.61 #<hou:0.24 #<how:0.06 #<hub:-0.58 #<hur:0.92 #<hus:0.8 "
    "#<id>:-0.47 #<ide:0.11 #<if>:-0.03 #<ill:0.7 #<im>:1 #<in>:0.71 #<inc:-1.09 #<inf:-1.09 "
    "#<ins:0.11 #<int:0.16 #<is>:-0.58 #<isn:-1.09 #<it>:0.03 #<its:-0.36 #<ive:1.31 "
    "#<jan:-0.58 #<jea:1.61 #<jo>:-0.58 #<joi:1.61 #<jok:-0.18 #<jou:-0.05 #<jus:0.11 "
    "#<kee:1.38 #<kev:1.61 #<key:1.61 #<kic:0.92 #<kid:-0.26 #<kil:-1.56 #<kit:1.77 "
    "#<kne:0.92 #<kno:-0.04 #<lad:1.53 #<lan:0.11 #<las:0.59 #<lat:0.11 #<law:1.9 #<lea:0.27 "
    "#<lef:0.36 #<leg:0.92 #<lei:-0.58 #<len:1.9 #<les:-0.58 #<let:0.63 #<lib:0.8 #<lif:-0.05 "
    "#<lik:-0.18 #<lin:-1.19 #<lip:1.61 #<lis:-1.56 #<lit:1.61 #<liv:0.8 #<loc:1.77 "
    "#<lol:-0.58 #<lon:-0.52 #<loo:0.11 #<los:-0.58 #<lot:-0.95 #<lou:0.51 #<lov:-0.78 "
    "#<lun:0.11 #<mac:0.92 #<mad:-0.18 #<mai:-0.58 #<mak:0.85 #<man:1.36 #<mar:0.85 "
    "#<mas:-0.58 #<mat:-0.4 #<may:-1.09 #<me>:0.7 #<med:0.23 #<mee:-1.28 #<mem:0.92 "
    "#<men:0.23 #<mes:1.9 #<mic:-0.58 #<mid:-0.58 #<mig:0.11 #<mil:0.23 #<min:-0.87 "
    "#<mis:-0.4 #<mom:-0.58 #<mon:0.71 #<mor:0.39 #<mos:0.29 #<mot:0.23 #<mou:0.11 #<mov:1.98 "
    "#<mrs:1.9 #<muc:1.03 #<mum:0.8 #<mur:-0.58 #<mus:0.11 #<my>:0.52 #<mys:0.51 #<nam:-1.09 "
    "#<nan:1.61 #<nat:-0.58 #<nea:-0.87 #<nec:1.61 #<nee:-1.48 #<neg:-0.58 #<nei:0.92 "
    "#<nep:2.12 #<nev:0.67 #<new:0.51 #<nex:0.92 #<nhs:-0.58 #<nic:1.9 #<nig:1.74 #<no>:1.16 "
    "#<nob:-0.08 #<non:0.51 #<not:0.54 #<nov:-0.87 #<now:0.36 #<num:0.51 #<of>:0.28 "
    "#<off:0.13 #<oft:-0.18 #<old:0.62 #<on>:0.32 #<onc:-0.58 #<one:0.32 #<onl:0.14 "
    "#<ope:0.23 #<opt:0.11 #<or>:0.04 #<ot>:-0.58 #<oth:1.21 #<our:-0.42 #<out:0.27 "
    "#<ove:0.59 #<owe:1.9 #<own:0.23 #<pa>:-0.58 #<pac:0.11 #<pag:-1.19 #<pai:0.18 "
    "#<pan:-1.09 #<par:0.07 #<pas:0.11 #<pay:0.51 #<pee:-0.87 #<pen:2.46 #<peo:-1.09 "
    "#<per:-1.28 #<pho:0.14 #<pic:0.33 #<pil:2.12 #<pla:-0.05 #<ple:-0.68 #<poi:0.18 "
    "#<pol:-0.74 #<poo:-0.58 #<pop:-1.09 #<pos:1.61 #<pot:0.92 #<pou:1.61 #<pri:-0.74 "
    "#<pro:-0.95 #<pub:0.51 #<pul:1.21 #<pun:1.61 #<pus:0.29 #<put:1.03 #<que:-0.18 #<qui:0.7 "
    "#<rai:-0.4 #<ram:0.11 #<ran:0.23 #<rat:0.51 #<rea:-0.04 #<rec:-0.18 #<red:0.23 "
    "#<ref:-0.81 #<reg:0.51 #<rel:-0.58 #<ren:-0.18 #<rep:-0.02 #<res:-1.03 #<ret:0.23 "
    "#<rev:-1.97 #<rhy:0.51 #<rig:-1.09 #<rin:0.43 #<ris:-1.09 #<rn>:0.92 #<roa:-0.4 "
    "#<ron:1.61 #<roo:1.36 #<rou:0.8 #<run:-0.18 #<saf:-0.64 #<sai:1.85 #<sam:-0.33 "
    "#<san:-0.87 #<sat:-0.18 #<sav:0.29 #<saw:1.61 #<say:1.59 #<sca:0.2 #<sch:-1.16 "
    "#<scr:0.51 #<sec:0.23 #<see:0.31 #<sel:-0.47 #<sen:0.04 #<sep:-1.09 #<ser:-0.99 "
    "#<ses:-0.69 #<set:0.11 #<sev:1.61 #<sha:0.8 #<she:1.92 #<sho:-0.63 #<shu:0.51 #<sid:0.51 "
    "#<sig:0.29 #<sin:1.1 #<sis:1.07 #<sit:-0.02 #<six:0.23 #<sle:2.25 #<sli:-1.09 #<slo:0.11 "
    "#<sma:0.23 #<sme:1.9 #<smo:-0.58 #<so>:0.14 #<soc:-1.43 #<som:-0.02 #<son:0.41 "
    "#<sor:-0.13 #<sou:-0.58 #<spa:-0.18 #<spe:-0.52 #<spo:-1.09 #<sta:0.99 #<ste:1.03 "
    "#<sti:0.51 #<sto:0.88 #<str:0.16 #<stu:1.33 #<sub:-0.18 #<sud:-0.58 #<sum:-0.58 "
    "#<sun:1.9 #<sur:-0.4 #<sus:-0.58 #<swa:-0.58 #<sys:-1.43 #<tab:1.81 #<tak:0.78 "
    "#<tal:-1.97 #<tar:-0.58 #<tax:-1.43 #<tbh:0.8 #<tea:0.63 #<tee:1.61 #<tel:0.88 "
    "#<tem:0.51 #<ten:0.29 #<ter:-0.33 #<tes:-0.58 #<tex:-0.18 #<tha:-0.89 #<the:0.09 "
    "#<thi:0.25 #<tho:-0.18 #<thr:0.34 #<thu:0.11 #<tic:-0.58 #<til:1.21 #<tim:-0.42 "
    "#<tin:0.51 #<tir:0.92 #<to>:0.25 #<toa:0.51 #<tod:-0.74 #<toi:0.51 #<tol:0.51 #<tom:0.92 "
    "#<ton:0.51 #<too:0.51 #<top:-0.4 #<tra:-0.77 #<tri:-0.74 #<tro:1.43 #<tru:-0.4 "
    "#<try:-0.18 #<tue:0.51 #<tur:0.23 #<tut:-0.18 #<twi:-0.18 #<two:-0.18 #<typ:-0.58 "
    "#<unc:1.61 #<und:0.11 #<uni:-0.58 #<unp:-0.58 #<unt:2.46 #<up>:0.15 #<upd:-0.58 "
    "#<ups:1.21 #<us>:-0.4 #<use:-0.09 #<van:1.61 #<ven:-0.58 #<ver:0.51 #<vis:-0.07 "
    "#<voi:0.51 #<vol:0.11 #<wag:0.92 #<wai:-0.99 #<wak:2.12 #<wal:1.33 #<wan:-0.33 "
    "#<war:-0.74 #<was:-0.39 #<wat:0.51 #<way:0.33 #<we>:-0.38 #<web:-0.87 #<wed:-0.58 "
    "#<wee:0.83 #<wei:1.61 #<wel:-0.4 #<wen:-0.33 #<wer:-0.27 #<wet:1.9 #<wev:-0.87 "
    "#<wha:-0.21 #<whe:0.63 #<whi:0.63 #<who:-0.27 #<why:0.11 #<wif:0.18 #<wil:-1.03 "
    "#<win:0.92 #<wit:0.29 #<wom:0.7 #<won:1.36 #<wor:-0.71 #<wou:-0.55 #<wri:0.51 "
    "#<wro:-1.09 #<yea:-0.11 #<yes:0.74 #<yet:-0.58 #<you:-0.81 #abbe:2.59 #abil:0.51 "
    "#able:0.17 #abou:-0.36 #abus:-1.28 #acad:-0.58 #acco:0.67 #ace>:-0.09 #aceb:0.51 "
    "#aces:-0.18 #ache:0.92 #achi:0.92 #ack>:0.36 #acka:0.51 #acke:-0.87 #act>:-0.74 "
    "#acti:-1.09 #acto:-0.4 #acts:-0.58 #actu:-1.68 #adde:0.51 #addr:0.51 #ade>:0.51 "
    "#adem:-0.58 #adge:-0.58 #adin:0.92 #ads>:1.21 #adul:-0.47 #advi:-0.87 #ady>:1.03 "
    "#afe>:0.23 #afeg:-1.97 #aff>:0.18 #affi:-0.58 #afle:-0.87 #afte:-0.12 #agai:1.09 "
    "#age>:-0.78 #agen:-0.58 #ager:0.51 #ages:-0.36 #agin:0.92 #agit:-0.58 #agno:-0.58 "
    "#ago>:-0.87 #agre:-0.87 #aid>:0.88 #ail>:0.18 #aile:-1.09 #ails:-0.87 #ain>:0.51 "
    "#aine:0.92 #aini:-0.69 #ains:1.21 #aint:0.11 #air>:2.02 #airs:1.36 #aise:-0.58 "
    "#aiti:-1.43 #ake>:0.8 #akes:1.21 #akin:0.7 #aks>:-0.47 #alat:-0.58 #alf>:0.7 #alk>:-0.99 "
    "#alke:-1.09 #alki:0.51 #all>:0.08 #alli:0.92 #allo:-0.3 #alls:0.51 #ally:-0.66 "
    "#alon:0.29 #alre:-0.58 #als>:-1.09 #alth:-0.58 #alwa:1.43 #ama>:-0.58 #ame>:0.15 "
    "#amed:0.11 #amhs:-0.87 #amil:-0.58 #amme:0.51 #amp>:0.8 #ams>:-1.28 #anag:-0.05 "
    "#anat:-0.87 #ance:-1.09 #anci:-0.58 #and>:0.79 #andi:0.11 #andk:0.51 #andl:-0.58 "
    "#ands:2.46 #anel:-0.58 #ang>:0.11 #ange:0.41 #angi:0.11 #angr:0.51 #anic:-0.58 "
    "#anit:0.11 #ank>:1.3 #anks:-1.43 #anor:-0.58 #anot:0.51 #ans>:0.51 #ansp:-0.4 #answ:0.29 "
    "#ant>:-0.14 #ante:0.51 #anti:-0.58 #ants:0.51 #anua:-0.58 #anwh:-0.58 #anxi:-0.87 "
    "#any>:0.36 #anym:2.31 #anyo:-0.72 #anyt:1.21 #anyw:-0.58 #apol:-1.28 #app>:-0.18 "
    "#appe:-0.3 #appl:-0.58 #appo:-0.87 #appr:-0.58 #apri:-0.58 #arat:-0.58 #arch:-0.18 "
    "#ard>:0.23 #arde:2.31 #ardi:-1.28 #ards:0.8 #are>:-0.66 #area:-0.58 #ared:0.38 "
    "#aren:-0.58 #arer:-0.47 #arge:-2.19 #argi:-0.58 #arin:0.51 #ark>:1.43 #arki:-0.87 "
    "#arks:2.12 #arli:-1.09 #arly:-1.56 #arm>:0.51 #arms:2.46 #arne:0.92 #arni:0.74 "
    "#arou:0.92 #arri:0.51 #arry:0.51 #ars>:-0.05 #art>:0.29 #arte:2.22 #artn:2.31 #ary>:0.6 "
    "#ase>:-0.55 #ased:-0.87 #ash>:0.65 #ashe:1.03 #ashi:1.61 #asic:0.51 #ask>:0.11 "
    "#aske:0.85 #aski:1.03 #asks:1.61 #asle:1.9 #asnt:0.85 #ass>:0.85 #asse:-1.14 #assi:-0.87 "
    "#assp:1.61 #assu:-0.87 #assw:-0.58 #ast>:0.64 #aste:-0.58 #asur:-0.4 #asy>:-0.87 "
    "#atch:-0.05 #ate>:-0.64 #ated:-1.79 #atel:0.51 #ater:0.51 #ates:0.29 #athe:0.8 "
    "#athr:1.43 #aths:-0.58 #atie:-0.58 #atin:0.51 #atio:-1.38 #ativ:-0.4 #ats>:-0.87 "
    "#atte:-1.43 #atur:0.23 #augh:0.14 #augu:-0.58 #ause:0.77 #aust:-0.87 #auti:-0.58 "
    "#ave>:0.11 #aved:-0.58 #avel:0.11 #aven:0.51 #aves:2.31 #avin:-0.18 #aybe:-0.58 "
    "#ayin:1.29 #ayme:-1.09 #ays>:1.64 #baby:1.61 #back:0.4 #bad>:0.11 #badg:-0.58 #band:0.7 "
    "#bang:0.92 #bank:2.31 #basi:0.51 #bath:1.43 #bbed:2.59 #beca:0.77 #beco:-0.87 #bed>:1.74 "
    "#bedr:1.9 #been:1.18 #befo:0.23 #befr:-0.58 #begi:-0.58 #behi:0.11 #bein:-0.3 #bene:0.51 "
    "#ber>:0.04 #bers:0.51 #bett:-0.4 #betw:0.92 #big>:-0.58 #bigg:-0.87 #bili:0.11 "
    "#bill:-1.09 #bins:-0.58 #bit>:-0.87 #blac:0.51 #ble>:-0.4 #bled:-0.99 #blem:-0.58 "
    "#blet:1.81 #blic:0.51 #blin:0.11 #blok:1.9 #blue:0.11 #bmit:-0.18 #body:0.08 #book:-0.58 "
    "#both:1.9 #bour:0.74 #bout:-0.36 #box>:-0.58 #boyf:2.59 #brar:0.8 #brb>:-0.87 #brea:-0.4 "
    "#bril:-0.58 #brin:-0.87 #broa:0.51 #brok:0.51 #brot:1.43 #brui:1.9 #bsit:-0.87 "
    "#budg:-1.09 #burn:1.9 #bus>:0.89 #buse:-1.36 #but>:0.33 #butt:0.11 #buy>:1.61 "
    "#cade:-0.58 #cala:-0.58 #calm:1.61 #came:0.67 #camh:-0.87 #cams:-1.09 #can>:-0.84 "
    "#canc:-1.79 #cant:0.78 #car>:0.98 #card:1.33 #care:-0.2 #cari:0.51 #carr:0.8 #case:0.23 "
    "#cash:1.61 #catc:-0.58 #cate:-0.87 #cati:-1.28 #caus:0.77 #ccou:0.67 #cebo:0.51 "
    "#ced>:-0.58 #cel>:-0.87 #cell:-1.56 #cent:-0.27 #cept:0.51 #cer>:0.51 #cern:-0.87 "
    "#ces>:0.29 #cess:-1.09 #chai:1.36 #chan:0.51 #char:-2.12 #chas:-1.28 #chat:-1.28 "
    "#chec:-0.18 #ched:0.51 #chem:-1.09 #chen:2.46 #cheq:0.51 #cher:0.11 #ches:2.12 "
    "#chil:-1.56 #chin:1.61 #choo:-1.03 #chti:0.11 #cial:-1.88 #cide:0.11 #cies:-0.58 "
    "#cil>:-1.09 #cisi:-0.87 #ckag:0.51 #cked:1.03 #cker:-0.58 #ckin:-0.05 #cks>:0.92 "
    "#clas:0.51 #cle>:0.51 #clea:-0.87 #clos:-0.47 #clot:1.21 #club:0.04 #clud:-0.87 "
    "#clus:-0.87 #coff:0.11 #coll:0.8 #come:0.84 #comi:1.77 #comm:-0.47 #comp:0.29 "
    "#conc:-0.87 #cond:0.11 #conf:-1.09 #cont:-0.93 #cook:0.11 #cope:-0.87 #cord:0.11 "
    "#cort:0.51 #cost:0.11 #coul:-0.18 #coun:-0.38 #cour:-0.09 #cove:-1.09 #cras:0.51 "
    "#crat:0.92 #crea:0.92 #cree:-0.58 #crie:1.61 #crim:-0.58 #cris:-0.58 #crit:-0.58 "
    "#cros:0.51 #cted:0.11 #ctio:-1.28 #ctiv:-0.87 #ctly:-0.58 #ctor:-0.58 #cts>:0.11 "
    "#ctua:-1.68 #ctur:-0.18 #cupp:-0.58 #curr:-0.58 #cus>:-0.58 #cut>:-0.58 #cutt:-0.58 "
    "#dad>:0.95 #dads:1.1 #dal>:-0.58 #damp:0.51 #dang:-0.58 #dark:1.9 #date:-1.09 #daug:0.18 "
    "#day>:0.42 #days:1.4 #dden:0.51 #ddle:0.51 #ddre:0.51 #dea>:0.51 #deal:0.92 #debt:0.51 "
    "#deci:-0.58 #ded>:-0.07 #deli:1.61 #deme:0.33 #demi:-0.58 #den>:2.31 #denc:-0.87 "
    "#denl:-0.58 #dent:-0.87 #der>:0.29 #deri:0.51 #desi:-0.87 #deta:-0.58 #dge>:-0.4 "
    "#dget:-1.09 #diag:-0.58 #dica:-0.58 #did>:-0.33 #didn:-0.47 #die>:0.51 #died:-0.4 "
    "#diff:0.92 #digi:-0.58 #ding:-0.28 #dire:0.11 #disa:-0.78 #disc:-1.09 #disg:-1.28 "
    "#dist:-0.58 #dkid:0.51 #dler:0.51 #dlin:-0.58 #dnt>:-0.06 #does:0.18 #doin:0.7 "
    "#dome:-0.58 #done:-0.18 #dont:1.25 #door:1.33 #dow>:0.92 #down:1.21 #dren:-0.87 "
    "#dres:0.8 #drin:2.46 #driv:0.51 #droo:1.9 #drop:0.33 #dson:1.61 #duca:-0.58 #due>:-0.58 "
    "#dult:-0.47 #duri:0.51 #dust:-0.58 #duty:-1.09 #dvic:-0.58 #dyin:-0.58 #dys>:0.23 "
    "#each:0.4 #ead>:-0.18 #eadi:0.92 #eady:0.51 #eafl:-0.87 #eak>:-0.33 #eaki:-0.58 "
    "#eaks:-0.47 #eal>:0.51 #eall:-0.26 #eals:-0.58 #ealt:-0.58 #eam>:-0.58 #ean>:0.51 "
    "#eant:0.92 #eanw:-0.58 #ear>:-0.24 #eard:-1.28 #eari:0.51 #earl:-1.97 #earn:0.85 "
    "#ears:-0.05 #eas>:0.51 #ease:-0.68 #east:0.11 #easu:-0.4 #easy:-0.87 #eat>:0.7 "
    "#eate:0.51 #eati:0.8 #eave:0.97 #eavi:-1.09 #eboo:0.51 #ebsi:-0.87 #ebt>:0.51 #ecau:0.77 "
    "#ecia:-0.58 #ecid:0.11 #ecis:-0.87 #ecks:0.8 #ecom:-0.87 #econ:0.11 #ect>:-1.56 "
    "#ecte:0.51 #ecti:-1.28 #eded:0.51 #edic:-0.58 #edro:1.9 #eds>:-0.71 #educ:-0.87 "
    "#eed>:-1.28 #eede:0.51 #eeds:-1.22 #eein:0.51 #eek>:0.68 #eeke:0.51 #eeks:0.97 "
    "#eel>:0.11 #eeli:0.11 #eels:0.51 #een>:1.12 #eep>:1.81 #eepi:1.21 #eeps:1.51 #eer>:0.51 "
    "#eers:-1.28 #ees>:1.61 #eet>:0.51 #eeti:-1.09 #eeve:1.61 #eezi:1.61 #efer:-0.87 "
    "#efit:0.51 #efor:0.23 #efri:-0.58 #eft>:0.36 #eful:-0.58 #efun:-1.56 #efus:1.61 "
    "#egin:-0.58 #egle:-0.58 #egs>:0.51 #egua:-1.97 #ehin:0.11 #eigh:1.07 #eing:-0.18 "
    "#eir>:-0.3 #eisu:-0.58 #eith:0.51 #eken:0.51 #eks>:0.97 #eld>:-0.18 #elec:0.51 "
    "#elev:-0.58 #elf>:0.41 #elig:-0.58 #elin:-0.58 #eliv:1.61 #ell>:0.92 #ella:0.92 "
    "#ellb:-0.58 #elle:-1.56 #elli:0.8 #ello:-1.09 #ells:0.92 #elp>:-0.23 #elpe:-0.18 "
    "#elpi:-0.58 #elps:-0.18 #els>:-0.18 #else:0.11 #elt>:-0.58 #ely>:-0.93 #emai:-0.18 "
    "#eman:0.51 #embe:-0.4 #eme>:-0.87 #emen:0.51 #emer:-0.18 #emie:-0.58 #emor:0.51 "
    "#empt:1.61 #ems>:-0.58 #enan:-0.18 #ence:-1.43 #ency:-0.33 #end>:1.41 #enda:-0.58 "
    "#ende:0.11 #endi:0.51 #ends:0.7 #ened:0.87 #enef:0.51 #ener:0.11 #enew:-1.09 #engl:-0.58 "
    "#enin:0.11 #enjo:-0.58 #enly:-0.58 #enou:-0.18 #ens>:-0.33 #ensa:-0.58 #ensi:1.61 "
    "#ent>:-0.52 #enti:-0.18 #entr:-0.09 #ents:-0.36 #enui:-0.58 #eone:-2.05 #eopl:-1.09 "
    "#eory:0.11 #epai:1.61 #epar:-0.58 #ephe:2.12 #epin:1.21 #epla:-0.58 #eps>:1.38 "
    "#ept>:2.12 #epte:-0.58 #eque:0.51 #eral:-0.58 #erat:-0.18 #erda:1.43 #ere>:-0.34 "
    "#ered:0.51 #eren:0.11 #eres:1.21 #erge:-0.18 #eria:-0.58 #erie:0.11 #erin:0.51 "
    "#erly:-0.18 #erm>:-1.09 #ern>:-0.58 #erni:-0.47 #ernm:-1.09 #erra:-0.18 #erre:-0.58 "
    "#erri:0.51 #ers>:-0.51 #ersa:-0.58 #erse:2.12 #erso:-0.87 #ervi:-1.28 #erwa:-0.58 "
    "#ery>:0.9 #eryo:-1.09 #eryt:-0.18 #esca:-0.58 #esco:0.51 #esda:0.51 #ese>:-0.87 "
    "#esid:-0.58 #esig:-0.87 #esnt:0.74 #esol:0.92 #espi:-0.4 #espo:-0.58 #ess>:-0.26 "
    "#essa:1.9 #esse:-0.4 #essi:-0.5 #essm:-2.19 #est>:-0.58 #este:1.03 #esti:-0.74 "
    "#estl:0.67 #etai:-0.58 #eted:-0.87 #ethe:0.33 #ethi:0.51 #etim:0.92 #etin:-1.28 "
    "#ets>:0.39 #ette:-0.18 #etti:0.67 #etur:0.92 #etwe:0.92 #eve>:-0.47 #even:0.61 "
    "#ever:0.29 #eves:1.61 #evie:-1.79 #ewal:-0.87 #ewed:-0.87 #ewhe:0.51 #ewor:0.92 "
    "#exam:-0.58 #excl:-0.58 #exha:-0.87 #exib:-0.58 #expl:-0.58 #ext>:0.51 #extr:0.51 "
    "#eyre:-0.58 #eys>:0.11 #eyve:0.11 #ezin:1.61 #face:0.51 #fail:-1.09 #fall:0.51 "
    "#fami:-0.58 #far>:-0.58 #fast:1.21 #fee>:0.51 #feel:0.11 #fegu:-1.97 #feli:-0.87 "
    "#fell:0.51 #felt:-0.58 #fer>:-0.18 #fere:-0.18 #ferr:-1.28 #few>:0.51 #ffee:0.11 "
    "#ffer:-0.74 #ffic:1.03 #fice:1.21 #fide:-0.58 #fied:0.51 #fiel:-0.87 #fill:-0.4 "
    "#fina:0.11 #find:-0.58 #fine:0.51 #fing:1.21 #firm:-0.58 #firs:-0.74 #five:-0.87 "
    "#flat:1.96 #flet:-0.87 #flex:-0.58 #flin:1.61 #floo:1.43 #food:1.77 #for>:-0.28 "
    "#fore:0.23 #form:-1.84 #fort:-0.58 #forw:0.11 #foun:1.33 #four:-0.4 #free:0.51 "
    "#fren:1.61 #frid:1.21 #frie:1.14 #frig:1.5 #from:0.63 #fron:0.11 #ften:-0.18 #fter:-0.12 "
    "#ful>:-0.18 #full:0.29 #fund:-1.79 #fusi:1.61 #fuss:1.9 #gain:1.09 #gard:1.61 #gas>:1.61 "
    "#gave:0.29 #ged>:-0.78 #genc:-0.47 #gene:-0.58 #gent:0.51 #genu:-0.58 #ger>:0.6 "
    "#ges>:-0.18 #gest:-0.87 #get>:-0.34 #gete:-0.58 #geth:-0.58 #gets:-0.18 #gett:0.51 "
    "#gged:0.51 #gger:-0.87 #gges:-0.58 #ggli:-1.09 #ghbo:0.74 #ght>:1.21 #ghte:0.63 "
    "#ghti:1.9 #ghtl:-0.58 #ghtm:-0.58 #ghts:0.51 #ging:0.33 #ginn:-0.58 #girl:2.46 "
    "#gita:-1.09 #give:1.21 #givi:2.31 #gle>:-0.87 #glec:-0.58 #glin:-1.09 #gnos:-0.58 "
    "#gnpo:-0.58 #gns>:0.11 #goes:1.39 #goin:0.35 #gone:0.51 #good:-0.27 #goog:-0.58 "
    "#got>:0.33 #gove:-1.09 #grab:1.36 #grac:-1.09 #gran:0.51 #grea:0.23 #gree:-0.87 "
    "#grou:-0.18 #gry>:0.51 #guar:-1.97 #gust:-0.87 #had>:0.74 #hair:1.36 #half:0.7 "
    "#han>:0.92 #hand:0.11 #hang:0.51 #hank:-1.79 #happ:-0.3 #hard:2.31 #harg:-2.12 "
    "#harm:-1.09 #has>:0.81 #hase:-1.09 #hasn:0.92 #hat>:-0.57 #hats:-0.81 #haus:-0.87 "
    "#have:0.11 #havi:-0.58 #hbou:0.74 #head:1.61 #heal:-0.58 #hear:-0.4 #heat:0.8 "
    "#heck:-0.18 #hed>:1.07 #heir:-0.3 #hell:1.21 #help:-0.37 #hem>:-0.02 #heme:-0.87 "
    "#hen>:0.63 #heor:0.11 #hequ:0.51 #her>:1.45 #here:0.07 #hers:1.21 #hes>:3.42 #hese:-0.87 "
    "#heth:0.51 #heti:0.51 #hew>:2.12 #hey>:0.31 #heyr:-0.58 #heyv:0.11 #hich:0.23 #hidd:1.61 "
    "#hide:2.12 #hidi:1.61 #hild:-1.56 #hile:0.33 #him>:2.26 #hims:1.61 #hind:0.11 #hine:1.43 "
    "#hing:0.48 #hink:1.36 #his>:1.04 #hisp:1.61 #hit>:0.11 #hits:1.61 #hiya:-1.09 #hoar:0.51 "
    "#hock:-1.09 #hoev:-0.58 #hold:0.23 #hole:-0.18 #holi:-0.58 #home:0.7 #hone:0.57 "
    "#hool:-0.95 #hopp:0.51 #hort:-0.87 #hos>:-1.43 #hose:-1.09 #hosp:-0.58 #hot>:1.61 "
    "#hoto:-1.09 #houg:-0.18 #houl:-1.88 #hour:-0.65 #hous:1.36 #hout:0.51 #how>:0.06 "
    "#howe:1.61 #hree:0.11 #hrew:1.61 #hroo:1.43 #hrou:0.18 #hten:1.5 #hter:0.27 #htie:1.61 "
    "#htim:0.11 #htly:-0.58 #htma:-0.58 #hts>:0.51 #hub>:-0.58 #hurs:0.11 #hurt:0.92 "
    "#husb:0.8 #hut>:0.51 #hyme:0.51 #iagn:-0.58 #ial>:-1.97 #iant:-0.58 #ible:-1.43 "
    "#ibra:0.8 #ibus:0.51 #ical:0.92 #icat:-0.87 #ice>:-0.18 #icer:0.51 #ich>:-0.18 "
    "#ick>:0.33 #icke:0.51 #icki:0.92 #ics>:0.11 #ictu:-0.18 #icy>:-1.09 #iday:0.23 "
    "#idde:1.61 #ide>:1.36 #idea:0.11 #ided:0.11 #iden:-0.99 #ider:-1.09 #idge:0.51 "
    "#idin:1.61 #idnt:-0.47 #ids>:-0.18 #ied>:0.23 #ield:-0.87 #iend:1.14 #ient:-0.58 "
    "#ier>:-1.28 #ies>:-0.77 #iet>:0.51 #iew>:-1.68 #iewe:-0.58 #ife>:0.36 #ifel:-0.87 "
    "#iffe:0.51 #ifi>:-0.58 #ifie:0.51 #ift>:0.51 #igge:-1.43 #ighb:0.74 #ight:1.13 "
    "#igib:-0.58 #igit:-0.58 #ign>:0.51 #ignp:-0.58 #igns:0.11 #ike>:-0.1 #ikel:-0.58 "
    "#ild>:-1.09 #ildr:-0.87 #ile>:0.18 #iled:-1.09 #ilet:0.51 #ilie:-1.56 #ilin:1.9 "
    "#ilit:0.11 #ill>:0.04 #ille:-1.28 #illi:-0.74 #ills:0.23 #ils>:-0.87 #ily>:0.29 "
    "#ime>:-0.23 #imes:-0.11 #imse:1.61 #inan:0.11 #ince:1.33 #inch:1.61 #incl:-1.09 "
    "#ind>:-0.99 #indo:1.61 #ine>:0.03 #ined:-0.58 #inel:-0.58 #iner:1.61 #ines:-0.87 "
    "#info:-1.09 #ing>:0.13 #inge:1.9 #ings:0.78 #inib:0.51 #inin:-0.69 #ink>:0.8 #inki:1.21 "
    "#inks:1.61 #inne:-0.58 #ins>:-1.28 #insp:-0.58 #inst:0.7 #int>:-0.18 #inte:-0.87 "
    "#intm:-0.87 #into:0.38 #inui:-0.58 #inut:-1.43 #iny>:-0.58 #ion>:-0.87 #iona:-0.58 "
    "#ioni:-0.58 #ious:-0.18 #ips>:0.11 #ird>:0.51 #irec:0.11 #ired:0.23 #irl>:1.9 #irlf:1.61 "
    "#irs>:1.36 #irst:-0.87 #isab:-0.69 #isch:-0.58 #iscl:-0.58 #ise>:-0.18 #ised:-0.87 "
    "#ises:1.61 #isgr:-1.09 #ish>:-0.18 #isin:-0.58 #isio:-1.28 #isis:-0.58 #isit:-0.07 "
    "#isk>:-0.87 #isnt:-1.09 #ispe:1.61 #isse:-0.87 #ist>:-0.58 #iste:0.38 #isti:-0.18 "
    "#istr:-0.58 #isur:-0.58 #ital:-0.87 #itat:-0.58 #itch:2.46 #ite>:-0.69 #iter:-0.58 "
    "#ith>:0.4 #ithi:-0.4 #itho:-0.18 #itin:-1.56 #itor:0.51 #its>:0.16 #itte:-0.87 "
    "#itti:-0.58 #ittl:1.61 #ity>:-1.19 #ivat:-0.58 #ive>:0.96 #ived:0.51 #iven:0.51 "
    "#iver:0.51 #ives:0.51 #ivin:0.8 #ivit:-0.58 #iya>:-1.43 #janu:-0.58 #jean:1.61 "
    "#join:1.61 #joke:-0.18 #jour:-0.05 #just:0.11 #kage:0.51 #ked>:0.44 #keep:1.38 "
    "#kely:-0.58 #ken>:-0.05 #kend:0.51 #ker>:-0.47 #kers:-1.09 #kery:0.51 #kes>:1.3 "
    "#kev>:1.61 #key>:1.43 #kfas:1.61 #kick:0.92 #kids:-0.18 #kill:-1.56 #king:0.06 "
    "#kitc:2.46 #knew:0.51 #knoc:0.92 #know:-0.14 #lace:0.04 #lack:0.51 #lad>:1.61 #lade:0.51 "
    "#lads:1.36 #lady:1.61 #lain:0.29 #lan>:-1.28 #lana:-0.87 #land:-0.18 #lar>:0.51 "
    "#lash:1.61 #lass:0.51 #last:0.44 #lat>:2.19 #late:-0.18 #lati:-0.58 #law>:1.9 #layi:0.11 "
    "#lbei:-0.58 #lder:0.51 #ldnt:0.26 #ldre:-0.87 #lds>:0.51 #lead:-1.09 #leaf:-0.87 "
    "#leak:0.51 #lean:-0.58 #lear:0.29 #leas:-0.54 #leav:0.42 #lect:-0.18 #led>:-1.61 "
    "#leep:2.19 #leev:1.61 #left:0.36 #legs:0.92 #leis:-0.58 #lend:1.61 #lept:1.61 #ler>:0.11 "
    "#les>:0.29 #less:-0.33 #let>:1.21 #lete:-0.58 #lets:1.1 #lett:0.11 #lexi:-0.58 "
    "#lfri:1.61 #lian:-0.58 #libr:0.8 #lic>:0.51 #licy:-1.09 #lida:-0.58 #lier:-1.09 "
    "#lies:-1.56 #life:-1.28 #lift:1.21 #ligh:0.11 #ligi:-0.58 #like:-0.18 #linc:1.61 "
    "#lind:0.51 #line:-0.64 #ling:0.04 #link:-1.09 #lip>:0.51 #lish:-0.58 #list:-1.68 "
    "#litt:1.61 #lity:0.11 #live:1.5 #livi:0.23 #lked:-1.09 #lkin:0.51 #lla>:1.61 #llbe:-0.58 "
    "#llec:0.11 #lled:-2.05 #llia:-0.58 #llin:0.51 #llo>:-0.87 #lloc:-0.87 #llow:0.18 "
    "#lls>:0.62 #lly>:-0.45 #load:-0.58 #loca:-1.09 #lock:1.9 #logy:-1.28 #loke:1.9 "
    "#lol>:-0.58 #lone:-0.05 #long:-0.44 #look:0.11 #loor:2.12 #lose:-0.87 #losi:0.51 "
    "#lost:-0.4 #lot>:-0.47 #loth:1.21 #lots:-1.43 #loud:0.92 #love:-0.78 #low>:1.61 "
    "#lowa:-1.09 #lowe:0.51 #lped:-0.18 #lpin:-0.58 #lps>:-0.18 #lrea:-0.58 #lse>:0.51 "
    "#lses:-0.58 #lth>:-0.58 #lts>:-0.58 #lub>:0.33 #lubs:-0.87 #lude:-0.87 #lue>:0.11 "
    "#lunc:0.11 #lunt:0.33 #lusi:-0.87 #lves:-0.58 #lway:1.61 #mach:0.92 #made:0.23 "
    "#mail:-0.18 #main:-0.58 #make:0.92 #maki:0.92 #mal>:0.51 #mall:-0.58 #man>:2.55 "
    "#mana:-0.05 #many:0.51 #marc:-0.4 #mare:-0.58 #mark:2.31 #mas>:1.61 #mash:0.92 "
    "#mass:-0.58 #mate:0.8 #math:-0.58 #mati:-1.28 #matt:-1.28 #may>:-0.58 #mayb:-0.58 "
    "#mber:0.11 #meal:0.92 #meas:-0.4 #med>:0.51 #medi:-0.58 #meds:0.92 #meet:-1.28 #mell:1.9 "
    "#memb:0.51 #memo:0.51 #men>:0.8 #ment:-0.99 #meon:-2.05 #merg:-0.18 #mes>:0.37 #mess:1.9 "
    "#mest:-0.58 #meth:0.51 #meti:0.92 #mewh:0.51 #mewo:0.92 #mhs>:-0.87 #mies:-0.58 "
    "#migh:0.11 #mili:-1.56 #milk:1.61 #mill:-0.87 #mily:0.29 #mine:0.11 #ming:1.61 "
    "#mini:0.11 #mins:-0.58 #minu:-1.43 #mise:-0.87 #miss:-0.4 #mist:-0.58 #mit>:0.11 "
    "#mitt:-0.87 #mmed:0.51 #mmen:0.51 #mmun:-0.87 #mome:-0.58 #mond:0.51 #mone:1.9 "
    "#mont:-0.11 #more:0.8 #morn:0.26 #morp:1.61 #mory:0.51 #most:0.51 #mot>:-0.58 #moth:0.51 "
    "#moul:0.51 #move:1.98 #mpen:-0.58 #mple:-0.87 #mpti:-0.58 #mpty:1.61 #mput:1.03 "
    "#mrs>:1.9 #msel:0.92 #much:1.03 #mum>:0.43 #mums:1.1 #muni:-0.87 #murd:-0.58 #musi:-0.58 "
    "#myse:0.8 #nack:-0.58 #nage:0.33 #nal>:-0.33 #name:-1.09 #nanc:0.11 #nant:-0.18 "
    "#nati:-1.28 #nce>:0.41 #ncel:-1.79 #ncer:-0.87 #nch>:1.61 #nche:1.9 #ncht:0.11 "
    "#ncia:-0.58 #ncil:-1.09 #ncle:1.61 #nclu:-1.09 #ncy>:-0.18 #nday:1.43 #nded:-0.18 "
    "#nder:0.29 #ndin:-0.05 #ndki:0.51 #ndli:-0.58 #ndow:1.61 #nds>:1.21 #ndso:1.61 "
    "#near:-0.87 #neck:1.61 #ned>:0.44 #need:-1.48 #nefi:0.51 #negl:-0.58 #neig:0.74 "
    "#nely:-1.09 #neph:2.12 #ner>:1.33 #nera:-0.87 #ners:0.51 #nes>:-0.33 #nest:0.8 #neve:0.8 "
    "#new>:0.67 #newa:-0.87 #next:0.92 #ney>:1.43 #neys:-0.58 #nfid:-0.58 #nfor:-1.09 "
    "#nge>:1.21 #nged:-0.18 #nger:0.51 #nges:0.51 #ngin:0.51 #ngla:-0.58 #ngry:0.51 "
    "#ngs>:0.84 #nhs>:-0.58 #nibu:0.51 #nic>:-0.58 #nice:1.9 #nigh:1.35 #ning:0.14 "
    "#nity:-1.28 #njoy:-0.58 #nkin:1.43 #nks>:-0.33 #nlin:-0.18 #nly>:0.16 #nmen:-1.09 "
    "#nner:0.11 #nnin:0.51 #nny>:0.51 #nobo:-0.08 #nock:0.92 #nora:-0.58 #not>:0.75 "
    "#note:-0.18 #noth:-0.3 #noti:0.51 #noug:-0.18 #nove:-0.87 #now>:0.06 #nows:0.23 "
    "#npai:-0.58 #npos:-0.58 #nsat:-0.58 #nsio:1.61 #nspe:-0.58 #nspo:-0.4 #nst>:1.9 "
    "#nsta:1.9 #nste:-0.58 #nstr:-0.58 #nswe:0.29 #ntac:-0.74 #nted:0.51 #ntee:0.11 "
    "#nter:-0.87 #nth>:0.04 #nths:-0.05 #ntia:0.04 #ntil:2.46 #ntin:-1.28 #ntle:1.61 "
    "#ntme:-0.87 #nto>:0.38 #ntra:-0.47 #ntre:-0.18 #nts>:-0.02 #nuar:-0.58 #nuin:-0.58 "
    "#nuit:-0.58 #numb:0.51 #nute:-1.43 #nwhi:-0.58 #nxio:-0.58 #nymo:2.31 #nyon:-0.72 "
    "#nyth:1.21 #nywa:-0.87 #nywh:0.11 #oad>:-0.18 #oard:0.92 #oast:0.51 #oat>:1.61 "
    "#oble:-0.58 #obod:-0.08 #ocat:-0.87 #oces:-0.87 #ocia:-1.43 #ock>:0.92 #ocke:1.61 "
    "#ocki:-0.4 #oday:-1.28 #oddl:0.51 #ody>:0.08 #odys:0.23 #oes>:0.77 #oesn:0.74 "
    "#oeve:-0.58 #off>:0.21 #offe:-0.87 #offi:1.21 #ofte:-0.18 #oget:-0.58 #ogle:-0.58 "
    "#ogy>:-1.28 #oice:0.51 #oile:0.11 #oin>:1.61 #oing:0.45 #oint:-0.18 #oke>:0.33 "
    "#oked:-0.87 #oken:0.11 #oker:0.51 #okin:-1.43 #oks>:0.51 #old>:0.41 #olde:0.67 "
    "#olds:0.51 #ole>:-0.33 #oles:0.51 #olic:-1.28 #olid:-0.58 #olle:0.51 #olog:-1.28 "
    "#ols>:-0.18 #olun:0.11 #oman:1.43 #ome>:0.89 #omen:-0.58 #omeo:-2.05 #omes:0.7 "
    "#omet:0.74 #omew:0.8 #omin:1.77 #omis:-1.09 #omme:0.51 #ommi:-0.58 #ommu:-0.87 "
    "#ompe:-0.58 #ompl:-0.18 #ompu:1.03 #oms>:0.51 #onal:-0.18 #once:-1.28 #ond>:0.11 "
    "#onda:0.51 #onde:0.51 #one>:-0.61 #onel:-0.58 #ones:0.62 #oney:1.9 #onfi:-0.87 "
    "#ong>:-0.82 #onge:1.61 #onig:0.92 #onis:-0.58 #onli:-0.18 #only:0.38 #ons>:-0.18 "
    "#ont>:1.13 #onta:-0.74 #onth:-0.11 #onti:-0.58 #ontr:-0.58 #ood>:0.51 #oogl:-0.58 "
    "#ook>:0.51 #ooke:-0.4 #ooki:-1.28 #ooks:0.51 #ool>:-0.95 #ools:-0.87 #oom>:1.56 "
    "#oor>:1.51 #oors:1.21 #ope>:0.23 #open:0.51 #oper:-0.58 #opic:-0.87 #ople:-1.09 "
    "#oppe:1.21 #ops>:0.51 #opti:0.11 #opul:-0.58 #oram:-0.58 #ord>:-0.33 #ords:-1.28 "
    "#ore>:0.58 #ores:1.61 #ork>:0.67 #orke:-0.78 #orki:-1.28 #orks:0.51 #orm>:-1.19 "
    "#orma:-0.74 #orms:-1.09 #orni:0.26 #orph:1.61 #orry:-0.65 #ors>:0.11 #orse:-0.18 "
    "#orst:-0.87 #ort>:-0.35 #orte:-0.18 #orth:0.51 #orts:0.11 #ortu:-0.58 #orwa:0.11 "
    "#ose>:-0.47 #osed:0.33 #oses:-0.87 #osin:0.51 #ospi:-0.58 #oss>:0.92 #ost>:0.41 "
    "#osts:0.51 #ote>:0.51 #otes:-0.87 #oth>:1.61 #othe:1.46 #othi:-0.47 #otic:0.51 "
    "#oto>:-0.58 #ots>:-1.56 #otte:0.51 #otti:-0.58 #oubl:1.43 #ouch:0.51 #oud>:1.43 "
    "#ough:0.35 #ould:-0.87 #ounc:-1.09 #ound:0.92 #oung:-0.48 #ount:0.51 #oup>:0.18 "
    "#oups:-0.87 #our>:-0.4 #oure:0.51 #ourn:-0.05 #ours:-0.55 #ourt:0.51 #ous>:-0.4 "
    "#ousa:1.61 #ouse:1.53 #ousi:0.11 #out>:0.15 #outc:-1.28 #oute:-0.87 #outh:-0.74 "
    "#outs:1.21 #ove>:-0.05 #oved:1.81 #ovel:-0.74 #ovem:-0.58 #over:0.08 #ovid:-1.09 "
    "#owan:-1.09 #owe>:1.9 #owed:1.21 #ower:0.51 #owin:0.51 #own>:0.31 #ows>:0.74 #oyfr:2.59 "
    "#oys>:0.51 #pace:-0.18 #pack:0.11 #page:-1.19 #paid:-0.3 #pair:1.61 #pane:-0.58 "
    "#pano:-0.58 #para:-0.58 #pare:-0.87 #park:-1.09 #part:1.61 #pass:0.29 #past:0.11 "
    "#path:0.51 #pati:-0.58 #pay>:1.03 #paym:-1.09 #pdat:-0.58 #peak:-0.18 #pec>:-0.87 "
    "#peci:-0.58 #pect:-0.87 #ped>:0.77 #peer:-0.87 #pen>:0.51 #pend:0.51 #pene:0.8 "
    "#peni:0.11 #pens:0.51 #peop:-1.09 #per>:-0.18 #pera:-0.18 #pers:-0.99 #phew:2.12 "
    "#phin:1.61 #phon:0.43 #phot:-1.09 #pic>:-0.87 #pick:0.51 #pict:-0.18 #pili:1.61 "
    "#pill:1.9 #ping:0.51 #pita:-0.58 #pite:-0.4 #plac:0.04 #plai:0.29 #plan:-1.79 #plas:0.51 "
    "#plat:0.51 #play:0.11 #ple>:-0.93 #plea:-0.68 #plet:-0.58 #ply>:-0.87 #poin:-0.18 "
    "#poli:-0.74 #polo:-1.28 #pop>:-0.58 #popu:-0.58 #port:-0.43 #pose:1.61 #post:0.92 "
    "#pot>:-0.58 #pott:0.11 #poun:1.61 #ppa>:-0.58 #pped:1.21 #ppen:-0.18 #ppin:0.29 "
    "#pply:-0.58 #ppoi:-0.87 #ppor:-1.09 #ppos:1.43 #ppro:-0.58 #pres:1.61 #pril:-0.58 "
    "#prin:-0.58 #priv:-0.58 #priy:-0.58 #prob:0.11 #proc:-1.09 #prom:-1.09 #prop:-0.87 "
    "#prou:1.61 #prov:-1.43 #pset:0.51 #psta:1.61 #ptem:-0.58 #ptio:-0.58 #pty>:1.61 "
    "#publ:0.51 #pula:-0.58 #pull:1.21 #punc:1.61 #push:0.29 #put>:1.21 #pute:1.03 "
    "#puts:-0.58 #putt:1.61 #quic:0.51 #quie:0.74 #rabb:1.77 #rabl:-0.58 #race:-1.09 "
    "#ract:-1.09 #raig:1.61 #rain:-0.74 #rais:-0.58 #ral>:-1.09 #rama:-0.58 #ramp:0.51 "
    "#ranc:1.61 #rand:1.03 #rang:-0.05 #rans:-0.58 #rari:0.51 #rary:0.83 #rash:0.11 "
    "#ratc:0.92 #rate:-0.87 #rath:0.92 #rati:-0.18 #rave:0.11 #rch>:0.23 #rday:0.85 #rden:1.9 "
    "#rder:0.8 #rdin:-1.28 #rds>:-0.18 #rea>:-0.58 #read:0.2 #reak:-0.52 #real:-0.53 "
    "#ream:0.92 #reco:0.11 #rect:0.11 #red>:0.44 #ree>:-0.11 #reed:-0.58 #reen:-0.58 "
    "#reez:1.61 #refe:-0.87 #refu:-0.47 #ren>:-0.87 #renc:-0.58 #rend:1.61 #rene:-1.09 "
    "#rent:-0.18 #repa:1.61 #repl:-1.09 #rer>:0.51 #rers:-1.16 #res>:1.14 #resi:-0.58 "
    "#resp:-0.74 #ress:0.51 #retu:0.92 #revi:-1.88 #rew>:0.92 #rge>:-1.09 #rged:-1.43 "
    "#rgen:-0.4 #rges:0.11 #rget:-0.58 #rgin:-0.58 #rhym:0.51 #ria>:-0.58 #ribu:-0.58 "
    "#rida:0.92 #ridg:0.51 #ried:1.61 #rien:1.14 #rifi:0.51 #rigg:-0.58 #righ:0.65 "
    "#ril>:-0.58 #rill:-0.58 #ring:0.21 #rink:2.46 #rint:-0.58 #riou:0.51 #risi:-0.58 "
    "#risk:-0.87 #rist:1.61 #rite:-0.58 #ritt:0.11 #riva:-0.58 #rive:0.67 #rivi:-0.58 "
    "#riya:-0.58 #rker:-0.78 #rkin:-1.68 #rks>:1.61 #rlfr:1.61 #rlie:-1.09 #rly>:-1.03 "
    "#rmal:0.11 #rmat:-1.28 #rms>:0.85 #rned:0.51 #rner:0.51 #rney:0.18 #rnig:-0.47 "
    "#rnin:0.51 #rnme:-1.09 #rns>:0.33 #road:-0.18 #robl:-0.58 #roce:-1.09 #roke:0.23 "
    "#rol>:0.51 #rom>:0.63 #romi:-1.09 #rong:-0.58 #ront:0.11 #room:1.56 #rop>:-1.09 "
    "#rope:-0.4 #ropp:0.11 #rops:1.9 #ross:0.51 #rote:-0.58 #roth:1.43 #roub:1.43 #roud:1.61 "
    "#roug:0.87 #roun:0.62 #roup:-0.18 #rovi:-1.28 #rows:1.9 #rphi:1.61 #rral:-0.87 "
    "#rran:0.51 #rred:-0.58 #rren:-0.58 #rrif:0.51 #rry>:-0.77 #rryi:1.61 #rsda:0.11 "
    "#rse>:-0.09 #rsel:1.9 #rses:-0.87 #rson:-0.87 #rst>:-1.09 #rted:1.39 #rth>:0.51 "
    "#rtne:2.31 #rts>:0.11 #rugg:-1.09 #ruis:1.9 #run>:0.51 #rung:-0.58 #rust:-0.87 "
    "#rvic:-1.28 #rwar:-0.4 #ryin:0.74 #ryon:-1.09 #ryth:-0.18 #sabi:0.51 #sabl:-0.99 "
    "#safe:-0.64 #sagi:1.61 #said:1.85 #same:-0.18 #sand:0.92 #sani:-0.58 #sat>:-0.58 "
    "#sati:-0.87 #satu:0.23 #save:-0.4 #savi:1.61 #saw>:1.61 #say>:1.51 #sayi:1.36 #says:1.61 "
    "#sban:0.8 #scal:-0.58 #scam:-1.09 #scar:0.8 #scha:-0.58 #sche:-1.09 #scho:-0.95 "
    "#sclo:-0.58 #scor:0.51 #scra:0.92 #scre:0.51 #scri:-0.58 #seco:0.11 #sed>:-0.47 "
    "#seei:0.51 #sefu:-0.58 #self:0.41 #sell:0.51 #send:0.23 #sent:0.51 #sepa:-0.58 "
    "#sept:-0.58 #serv:-1.28 #ses>:-1.03 #sess:-1.61 #set>:-0.87 #seve:1.61 #sgra:-1.09 "
    "#shak:0.51 #she>:1.45 #shed:1.03 #shel:1.61 #shes:3.81 #shin:1.21 #shoc:-1.09 #shop:0.23 "
    "#shor:-0.87 #shou:-0.96 #show:1.9 #shut:0.51 #sibl:-1.09 #sic>:-0.58 #sica:0.92 "
    "#side:-0.33 #sign:-0.3 #sinc:1.33 #sion:-0.18 #sis>:-0.87 #sist:1.07 #sit>:0.51 "
    "#site:-1.28 #sito:0.51 #sits:0.74 #sitt:-0.74 #sive:-0.87 #six>:0.23 #sked:0.85 "
    "#skin:1.03 #sks>:1.61 #slee:2.31 #slep:1.61 #slig:-0.58 #slow:0.51 #smas:0.92 #smel:1.9 "
    "#smen:-2.19 #smok:-0.58 #snt>:0.43 #soci:-1.43 #sol>:0.92 #some:-0.02 #son>:0.64 "
    "#sona:0.51 #sons:-0.27 #sore:1.61 #sorr:-0.52 #sort:0.11 #spac:-0.18 #spea:-0.18 "
    "#spec:-1.68 #spen:0.11 #sper:1.61 #spit:-0.69 #spon:-0.58 #spor:0.29 #spot:-1.09 "
    "#sque:0.51 #ssag:1.9 #ssed:-0.58 #sses:-2.26 #ssib:-0.58 #ssio:-0.5 #ssiv:-0.58 "
    "#ssme:-2.19 #sspo:1.61 #ssum:-0.87 #sswo:-0.58 #stab:1.61 #staf:0.11 #stag:0.51 "
    "#stai:1.9 #star:1.61 #stat:1.03 #stay:1.81 #sted:-1.68 #stem:-1.43 #sten:-0.87 "
    "#step:0.74 #ster:0.51 #stic:-0.87 #stil:0.51 #stin:-0.18 #stio:-0.18 #stly:0.8 "
    "#ston:-0.58 #stop:0.92 #stra:0.8 #stre:-0.18 #stro:0.11 #stru:-1.28 #sts>:0.11 "
    "#stuf:1.36 #subm:-0.18 #sudd:-0.58 #sue>:-0.58 #summ:-0.58 #sump:-0.58 #sund:1.9 "
    "#sure:-0.47 #susp:-0.58 #swer:0.29 #swor:0.11 #syst:-1.43 #tabl:1.3 #tact:-0.74 "
    "#taff:0.11 #tail:-0.58 #tair:1.9 #take:0.61 #taki:0.92 #tal>:-0.99 #talk:-1.97 "
    "#targ:-0.58 #tart:1.81 #tate:0.23 #tati:0.92 #tax>:-1.28 #tay>:1.43 #tayi:1.61 #tbh>:0.8 "
    "#tch>:-1.43 #tche:2.46 #tchi:1.9 #tcom:-1.28 #tea>:2.12 #teac:1.21 #team:-0.58 "
    "#ted>:-0.34 #teer:0.11 #tell:0.88 #tely:-0.4 #tem>:-1.43 #temb:-0.58 #temp:0.51 "
    "#ten>:-0.18 #tena:-0.18 #tene:0.98 #tep>:0.51 #ter>:-0.14 #terd:1.43 #tere:-0.58 "
    "#teri:-0.87 #term:-1.09 #tern:-0.58 #terr:0.51 #ters:0.72 #terw:-0.58 #tes>:-0.66 "
    "#test:-0.58 #text:-0.18 #than:-0.26 #that:-0.99 #the>:0.12 #thei:-0.3 #them:-0.1 "
    "#then:-0.78 #theo:0.11 #ther:0.75 #thes:0.29 #they:0.06 #thin:0.26 #thir:-0.58 "
    "#this:0.18 #thos:-1.09 #thou:0.11 #thre:0.25 #thro:0.83 #ths>:-0.4 #thur:0.11 #tia>:0.33 "
    "#tial:-0.58 #tic>:-0.47 #tice:0.51 #tick:-0.58 #tie>:1.9 #tien:-0.58 #ties:0.92 "
    "#til>:2.71 #till:0.78 #time:-0.24 #ting:-0.24 #tinu:-0.58 #tion:-1.19 #tire:0.51 "
    "#tist:-0.4 #tive:-0.74 #tivi:-0.58 #tle>:1.21 #tly>:0.41 #tmar:-0.58 #tmen:-0.87 "
    "#tner:2.31 #toas:0.51 #toda:-1.28 #todd:0.51 #toge:-0.58 #toil:0.51 #told:0.51 "
    "#tom>:0.92 #ton>:0.11 #tone:-0.58 #toni:0.92 #too>:0.42 #took:1.21 #top>:0.85 "
    "#topi:-0.87 #topp:1.07 #tops:-0.58 #tor>:0.11 #tors:-1.28 #tra>:0.51 #trac:-0.99 "
    "#trai:-0.36 #tran:-0.18 #trav:0.11 #tre>:-0.18 #trea:-0.58 #tres:-0.18 #trib:-0.58 "
    "#trie:0.51 #trig:-0.58 #trip:-0.58 #trol:1.61 #tron:0.51 #trou:1.43 #trug:-1.09 "
    "#trus:-0.87 #tryi:-0.18 #tted:-0.58 #tten:-0.4 #tter:-0.47 #ttin:0.11 #ttle:1.21 "
    "#tton:0.11 #tual:-1.68 #tues:0.51 #tuff:1.36 #turd:0.23 #turn:0.4 #tuto:-0.18 #twee:0.92 "
    "#twic:0.23 #two>:-0.18 #type:-0.58 #ual>:-0.18 #uall:-1.5 #uard:-1.97 #uary:-0.87 "
    "#uble:1.43 #ubli:0.51 #ubmi:-0.18 #ubs>:-0.18 #ucat:-0.58 #uch>:1.03 #uche:0.51 "
    "#udde:-0.58 #ude>:-0.58 #udge:-1.09 #ues>:0.51 #uesd:0.51 #uest:-0.18 #uff>:1.36 "
    "#uggl:-1.09 #ugh>:0.31 #ught:0.11 #ugus:-0.58 #uick:0.51 #uiet:0.74 #uine:-0.58 "
    "#uise:1.9 #uity:-0.58 #ular:0.11 #uld>:-1.09 #uldn:0.26 #ull>:0.18 #ulls:1.61 #ully:1.61 "
    "#ult>:-0.33 #ults:-0.58 #umbe:0.51 #umpt:-0.58 #ums>:1.1 #unch:0.8 #unci:-1.09 "
    "#uncl:1.61 #und>:0.62 #unda:1.9 #unde:-0.58 #undi:-0.58 #unds:0.51 #ung>:-0.82 "
    "#unge:0.51 #unit:-1.09 #unpa:-0.58 #unt>:0.98 #unte:0.11 #unti:1.9 #upda:-0.58 "
    "#uppa:-0.58 #ups>:-0.87 #upse:0.51 #upst:1.61 #urda:0.23 #urde:0.11 #ure>:-0.58 "
    "#ures:0.23 #urge:-0.58 #urin:0.51 #urn>:1.21 #urne:-0.07 #urni:1.21 #urns:0.51 "
    "#urre:-0.58 #urs>:-0.71 #ursd:0.11 #urse:-0.27 #urt>:0.51 #usan:1.61 #usba:0.8 "
    "#use>:0.41 #usef:-0.58 #uses:-0.87 #ush>:-0.18 #ushi:0.51 #usic:-0.58 #usin:0.51 "
    "#usio:-0.58 #uspe:-0.58 #uss>:1.9 #ust>:-0.02 #uste:-1.28 #usti:-0.58 #utco:-1.28 "
    "#ute>:-0.58 #uted:-0.58 #uter:1.03 #utes:-1.28 #uth>:-0.74 #utis:-0.58 #utor:-0.18 "
    "#uts>:0.51 #utti:0.51 #utto:0.11 #uty>:-1.09 #van>:1.61 #vate:-0.58 #ved>:1.21 "
    "#vel>:0.11 #vely:-0.74 #vemb:-0.58 #ven>:0.98 #veni:0.18 #vent:0.33 #ver>:0.9 "
    "#vern:-0.87 #vers:-0.99 #very:0.29 #ves>:0.92 #vice:-1.38 #vide:-1.43 #view:-1.88 "
    "#ving:0.51 #visi:-0.27 #voic:0.51 #volu:0.11 #wage:0.92 #wait:-0.99 #wake:1.43 "
    "#wal>:-0.87 #walk:1.03 #wall:1.03 #wanc:-1.09 #want:-0.39 #ward:-0.58 #warm:-0.18 "
    "#warn:-0.58 #was>:-0.54 #wash:0.23 #wasn:0.51 #watc:0.11 #way>:-0.09 #ways:1.61 "
    "#webs:-0.87 #wed>:0.23 #weed:0.51 #week:0.84 #ween:0.92 #well:-1.28 #went:-0.33 "
    "#wer>:-0.18 #were:-0.09 #wet>:1.61 #weve:-0.87 #what:-0.21 #when:0.74 #wher:-0.02 "
    "#whet:0.51 #whic:0.23 #whil:0.33 #whis:0.92 #who>:-0.02 #whoe:-0.58 #whol:-0.58 "
    "#whos:-1.43 #why>:0.11 #wice:0.23 #wife:0.51 #wifi:-0.58 #will:-1.09 #wind:1.61 "
    "#wing:0.51 #with:0.29 #woma:1.43 #wome:-0.18 #wond:0.51 #wont:1.39 #word:-1.88 "
    "#work:-0.27 #worr:-0.58 #wors:-0.58 #woul:-0.66 #writ:0.11 #wron:-0.99 #xam>:-0.58 "
    "#xclu:-0.58 #xhau:-0.87 #xibl:-0.58 #xiou:-0.58 #xpla:-0.58 #xtra:0.51 #ybe>:-0.58 "
    "#year:-0.05 #yes>:-0.58 #yest:1.43 #yet>:-0.58 #yfri:2.46 #ying:0.92 #yme>:0.51 "
    "#ymen:-1.09 #ymor:2.31 #yone:-0.87 #you>:-1.09 #youn:-0.48 #your:-0.74 #yout:-0.58 "
    "#yre>:-0.58 #ysel:0.8 #yste:-1.56 #ythi:0.41 #yve>:0.11 #yway:-0.87 #ywhe:-0.18 "
    "#zing:1.61 000:1.61 1:-0.18 10:1.61 11:-0.58 12:0.11 13:0.92 14:0.92 14_and:0.51 "
    "14_for:0.51 14_year:1.9 15:0.8 15_and:1.61 16:-0.18 17:0.51 18:-1.09 1_to:0.11 2:-0.4 "
    "20:-0.4 25:0.51 2am:0.11 3:-0.33 300:-0.58 3am:0.51 3am_and:0.51 4:0.51 40:-1.28 "
    "40_page:-0.58 5:-0.87 50:0.51 6:-0.18 7:0.11 8:0.51 88:0.11 88_and:0.11 9:0.11 90:-0.58 "
    "91:1.61 999:0.51 9_and:0.51 a_bit:0.51 a_black:0.92 a_break:-1.09 a_call:-0.58 "
    "a_car:1.61 a_carer:-1.28 a_clear:-1.09 a_cuppa:-0.58 a_day:-0.87 a_disgrace:-1.09 "
    "a_drink:1.61 a_fall:0.51 a_few:0.51 a_full:0.51 a_fuss:1.9 a_good:-0.18 a_home:0.51 "
    "a_joke:-0.18 a_learner:0.51 a_letter:0.23 a_lifeline:-0.87 a_long:-0.58 a_lot:-0.18 "
    "a_man:2.31 a_manager:-0.87 a_massive:-0.58 a_named:-0.58 a_nightmare:-0.58 a_page:-0.58 "
    "a_parent:-0.58 a_passenger:0.11 a_person:-0.58 a_phone:-0.58 a_policy:-0.58 "
    "a_proper:-0.87 a_quick:0.51 a_quiet:-0.87 a_refund:-0.87 a_safeguard:-0.87 a_second:0.51 "
    "a_short:-0.58 a_sitt:-0.58 a_way:-0.58 a_week:0.18 a_woman:0.92 a_year:0.11 a_young:0.51 "
    "able:-0.87 able_to:-0.87 about:-0.43 about_carer:-0.58 about_feel:0.51 about_it:0.8 "
    "about_my:0.11 about_that:-0.87 about_the:-0.18 abus:0.51 abuse:-1.88 abuse_of:-0.58 "
    "abuse_so:-0.58 academy:-0.58 account:0.85 account_and:0.51 activity:-0.58 actual:-0.87 "
    "actually:-1.5 actually_enjoy:-0.58 address:0.51 adult:-0.47 advice:-0.58 after:0.07 "
    "after_a:0.51 afterward:-0.58 again:0.88 again_and:0.92 again_hell:1.9 again_i:1.61 "
    "again_please:-0.58 against:1.9 against_the:1.61 age:-0.87 agency:-0.4 agitat:-0.58 "
    "ago:-0.87 ago_and:-0.58 agre:-0.58 aid:-0.87 all:0.06 all_day:1.61 all_have:-0.58 "
    "all_i:0.51 all_of:0.51 all_the:0.29 alloc:-0.58 allow:1.9 allow_to:1.61 allowance:-1.09 "
    "alone:0.29 already:-0.58 alway:1.43 am:1.43 am_asleep:1.61 am_i:0.11 an_actual:-0.58 "
    "an_apology:-1.28 an_explan:-0.58 an_hour:-0.58 an_older:1.61 and_a:0.18 and_an:-0.87 "
    "and_came:1.61 and_for:-0.58 and_get:-0.87 and_got:-0.87 and_has:1.21 and_he:2.12 "
    "and_her:1.9 and_hes:2.46 and_his:0.51 and_i:1.47 and_im:1.9 and_its:-0.87 and_ive:0.8 "
    "and_keep:1.9 and_leave:1.61 and_make:1.61 and_me:1.61 and_my:0.74 and_no:2.12 "
    "and_nobody:-0.09 and_not:0.8 and_now:0.98 and_said:1.61 and_say:2.22 and_she:2.22 "
    "and_sometime:0.51 and_the:0.23 and_then:0.23 and_there:0.92 and_they:1.9 and_threw:1.61 "
    "and_told:1.61 and_wont:2.12 angry:0.51 another:0.51 answer:0.29 answer_the:-0.58 "
    "anxious:-0.58 any:0.33 any_food:1.61 any_more:0.51 any_of:0.51 anymore:2.31 anyone:-0.72 "
    "anyone_else:-0.87 anyone_in:-0.58 anyone_know:-1.88 anyone_see:-0.18 anyone_watch:-0.58 "
    "anyth:1.21 anyway:-0.87 anywhere:0.11 apology:-1.28 apology_and:-0.58 app:-0.18 "
    "apply:-0.58 appointment:-0.87 april:-0.58 are_a:-1.09 are_at:-0.58 are_going:0.51 "
    "are_lovely:-0.58 are_struggl:-0.58 area:-0.58 arent:-0.18 arm:3.08 arm_with:1.61 "
    "around:0.92 as_a:-1.43 as_an:-0.58 ask:0.51 ask_for:0.11 asked:0.85 asked_if:0.51 "
    "asked_me:0.51 asking:1.03 asking_me:1.61 asleep:1.9 assessment:-2.19 "
    "assessment_was:-0.87 assumption:-0.58 at_11:-0.58 at_3am:0.51 at_a:0.23 at_all:-0.58 "
    "at_break:-0.58 at_drop:-0.58 at_her:1.9 at_home:0.51 at_homework:1.61 at_lunchtime:0.11 "
    "at_me:2.12 at_my:0.74 at_night:2.31 at_some:0.51 at_the:0.23 at_weekend:0.51 "
    "august:-0.58 autistic:-0.4 autistic_and:-0.87 baby:0.51 back:0.45 back_and:0.51 "
    "back_from:0.51 back_i:0.51 back_now:-0.58 back_on:-0.58 back_with:1.61 bad:0.11 "
    "badge:-0.58 bang:1.61 bang_on:1.61 bank:2.31 bank_app:0.51 bank_card:2.12 basically:0.92 "
    "bathroom:1.43 be_a:-0.58 be_an:-0.58 be_in:0.51 be_really:-0.58 because:0.77 "
    "because_he:1.43 because_i:1.77 because_it:0.51 because_of:-0.58 because_the:-0.87 "
    "become:-0.58 bed:1.43 bed_now:0.51 bedroom:1.9 bedroom_and:1.61 been:1.18 been_a:0.51 "
    "been_giving:2.12 been_making:1.61 been_on:0.92 been_out:0.51 been_paid:0.51 "
    "been_round:1.61 been_sleep:2.12 been_stay:1.61 been_through:-0.58 been_turn:0.51 "
    "before:0.23 before_i:0.11 beginner:-0.58 behind:0.11 being:-0.05 benefit:0.51 "
    "better:-0.4 between:0.92 between_you:1.61 big:-0.58 biggest:-0.58 bill:-1.09 bin:0.11 "
    "bit:-0.74 bit_of:-0.58 black:0.51 blind:0.51 bloke:1.9 blue:0.11 blue_badge:-0.58 "
    "book:-0.87 both:1.61 boyfriend:2.46 boyfriend_is:1.61 brb:-0.87 break:-0.74 "
    "break_at:-0.58 break_is:-0.58 break_point:-0.58 brilliant:-0.58 bring:-0.87 broken:0.11 "
    "brother:1.43 brother_moved:1.9 bruise:1.9 budget:-1.09 burn:1.9 burn_on:1.61 bus:0.92 "
    "bus_pass:0.11 bus_station:1.61 bus_stop:1.61 buse:-0.58 but:0.33 but_doe:-0.58 "
    "but_i:-0.87 but_im:0.92 but_ive:1.61 but_my:1.21 but_she:0.92 but_there:1.61 "
    "but_when:0.51 button:0.11 buy:1.61 by_a:-0.18 by_the:1.07 call:-0.18 call_and:0.51 "
    "call_back:-0.58 call_from:1.61 call_me:-0.4 calm:1.61 came:0.85 came_back:0.92 "
    "came_home:0.92 camh:-0.87 can:-0.84 can_i:0.51 can_see:-0.58 can_someone:-1.56 "
    "can_we:-0.18 can_you:-1.56 cancel:-0.87 cancell:-1.56 cant:0.78 cant_come:1.61 "
    "cant_do:0.51 cant_get:-0.87 cant_leave:0.51 car:0.98 car_after:0.51 car_fail:-0.58 "
    "card:1.33 card_and:1.9 card_i:1.61 care:-0.3 care_for:-0.87 care_worker:-0.58 "
    "cared:-0.58 cared_for:-0.58 carer:-0.47 carer_allowance:-1.09 carer_are:0.11 "
    "carer_assessment:-1.09 carer_budget:-0.58 carer_is:1.61 carer_need:-0.58 carer_told:1.61 "
    "carer_who:0.51 caring:0.51 caring_for:0.51 carry:0.51 carry_on:0.51 case:0.23 "
    "case_it:1.61 cash:1.61 cash_machine:1.61 catch:-0.58 catch_up:-0.58 centre:-0.18 "
    "chair:2.46 chair_from:1.61 chang:-0.4 change:1.36 charg:-1.56 charg_for:-0.87 "
    "charge:-1.09 chas:-0.87 chase:-0.58 chat:-1.09 check:-0.05 check_my:0.11 cheque:0.51 "
    "child:-1.09 children:-0.87 class:1.03 clear:-0.4 clear_plan:-0.58 clos:-0.58 clothe:1.21 "
    "club:0.04 club_but:0.51 club_the:-0.58 coffee:0.11 collect:0.51 come:1.29 come_at:1.61 "
    "come_back:1.43 come_i:-0.58 come_in:1.61 come_round:1.61 come_to:1.9 come_when:0.51 "
    "coming:1.77 coming_home:1.61 coming_in:0.51 community:-0.58 complain:0.11 "
    "complain_about:0.51 complaint:0.51 computer:1.03 concern:-0.87 contact:-0.74 "
    "continuity:-0.58 contract:-0.87 contractor:-0.4 cook:-0.58 cookery:0.51 "
    "cookery_course:0.51 cope:-0.87 cord:0.51 cost:0.11 could:-0.4 could_someone:-0.18 "
    "could_the:0.11 couldnt:0.51 council:-1.09 council_page:0.51 council_tax:-1.28 "
    "course:-0.18 course_now:0.51 course_would:-0.58 court:0.51 cover:-1.09 cover_spott:-0.58 "
    "crisis:-0.58 criteria:-0.58 cry:1.61 cuppa:-0.58 current:-0.58 cut:-0.58 cutt:-0.58 "
    "dad:0.85 dad_care:-0.58 dad_i:0.51 dad_keep:1.61 damp:0.51 damp_in:0.51 dark:1.9 "
    "date:-0.58 daughter:0.18 daughter_room:0.51 daughter_was:-0.58 day:0.94 day_a:1.61 "
    "day_and:0.51 day_centre:1.61 day_i:0.92 day_now:1.61 deal:0.92 deal_with:0.92 debt:0.51 "
    "decid:0.11 decision:-0.87 delivery:1.61 dementia:0.33 dementia_and:0.51 design:-0.58 "
    "detail:-0.58 detail_to:-0.58 did:-0.33 did_anyone:-1.28 did_it:1.61 didnt:-0.47 "
    "didnt_know:0.51 die:0.51 died:-0.4 died_the:-0.58 digital:-0.58 direct:-0.58 "
    "disability:0.51 disabl:-0.99 disabl_kid:-0.87 disclose:-0.58 disgrace:-1.09 "
    "distress:-0.58 do:-0.27 do_i:-0.69 do_if:-1.56 do_someth:0.51 do_that:-0.58 do_the:0.11 "
    "do_they:-0.58 do_we:-0.58 doe:-0.09 doe_anyone:-1.68 doe_my:1.9 doesnt:0.74 "
    "doesnt_know:0.51 doing:0.7 domestic:-0.58 domestic_abuse:-0.58 done:-0.18 dont:1.25 "
    "dont_feel:0.51 dont_get:1.21 dont_know:1.21 dont_like:1.61 dont_make:0.51 dont_tell:1.61 "
    "dont_want:1.03 door:1.46 door_at:1.61 door_in:1.61 door_to:0.51 down:1.43 drink:2.46 "
    "driv:-0.58 drive:1.61 driver:0.51 drop:0.29 drop_off:-0.58 dropp:0.51 due:-0.58 "
    "during:0.51 during_school:0.51 dust:-0.58 duty:-1.09 duty_team:-0.58 dying:-0.58 e:-0.87 "
    "e_g:-0.58 each:0.51 earlier:-1.09 early:-1.09 early_help:-1.09 easy:-0.87 "
    "easy_read:-0.58 else:0.11 email:-0.18 email_my:0.51 emergency:-0.18 empty:1.61 end:1.43 "
    "end_of:1.61 end_up:0.51 enjoy:-0.58 enough:-0.18 escalate:-0.58 escort:0.51 esol:0.92 "
    "even:0.51 even_and:0.51 ever:0.11 every:1.01 every_day:1.21 every_night:2.31 "
    "every_time:0.23 every_week:1.61 everyone:-1.09 everyth:-0.18 everyth_i:0.51 ex:0.92 "
    "exam:-0.58 exhaust:-0.87 explain:0.51 explan:-1.09 explan_and:-0.58 extra:0.51 face:0.51 "
    "facebook:0.51 fail:-1.09 fail_its:-0.58 fall:0.51 family:-0.58 family_learn:0.51 "
    "far:-0.58 far_too:-0.58 fee:1.61 feel:0.11 feel_like:0.11 feel_safe:0.51 fell:-0.58 "
    "fella:1.61 felt:-0.58 few:0.51 fill:-0.4 fill_it:-0.58 financial:-0.58 "
    "financial_abuse:-0.58 find:-0.58 find_out:-0.58 fine:0.51 finger:1.9 finger_mark:1.61 "
    "first:-0.74 first_aid:-0.58 first_time:-0.87 five:-0.87 flat:1.9 flat_and:1.9 "
    "flat_in:0.51 flexible:-0.58 flinche:1.61 flinche_when:1.61 floor:2.12 food:1.77 "
    "for_a:-0.78 for_being:-0.58 for_day:1.9 for_help:0.92 for_her:0.51 for_it:0.11 "
    "for_me:-1.43 for_month:0.51 for_more:0.51 for_mum:0.51 for_my:-0.74 for_one:-0.58 "
    "for_our:-0.87 for_people:-0.87 for_the:-0.11 for_them:1.21 for_those:-0.58 "
    "for_three:0.51 for_week:1.21 for_what:0.51 for_when:-0.58 for_young:-0.58 form:-1.5 "
    "forward:0.11 forward_to:0.51 found:1.33 found_out:0.11 four:-0.4 four_month:0.51 "
    "four_time:-0.58 free:-0.58 freez:1.61 friday:0.92 friday_and:0.92 friend:0.67 "
    "frighten:1.5 frighten_of:0.92 frighten_to:1.9 from_a:0.23 from_her:1.61 from_the:0.76 "
    "front:0.11 front_door:0.51 front_of:-0.18 full:-0.4 full_stop:-0.58 fund:-0.58 fuss:1.9 "
    "fuss_but:1.61 g:-0.58 garden:1.61 gas:1.61 gave:0.29 gave_me:0.11 gave_my:-0.58 "
    "genuinely:-0.58 get:-0.28 get_a:-0.87 get_help:-0.58 get_her:1.61 get_in:0.51 get_it:0.8 "
    "get_my:-0.58 get_scar:-0.58 get_the:-0.4 get_there:0.51 get_too:1.61 gett:0.51 girl:2.12 "
    "girl_who:1.61 girlfriend:1.61 give:1.43 give_him:1.61 given:0.51 giving:2.31 "
    "giving_my:1.61 go:1.27 go_and:1.61 go_out:0.92 go_through:0.51 go_to:2.59 goe:1.39 "
    "goe_on:0.92 goe_out:1.61 goe_wrong:-0.58 going:0.35 going_and:0.51 going_to:-0.4 "
    "going_up:-0.87 gone:0.51 good:-0.18 good_break:0.51 google:-0.58 got:0.33 got_a:1.21 "
    "got_it:-0.58 got_kick:0.51 got_sore:1.61 got_there:0.51 government:-1.09 "
    "government_need:-0.58 gp:-1.56 grabb:1.77 grabb_him:1.61 grabb_his:1.61 grandkid:0.51 "
    "grandson:1.61 great:0.23 group:-0.18 guy:1.61 had:0.74 had_a:0.77 had_his:0.51 "
    "had_my:0.92 had_no:0.51 had_to:0.23 half:0.7 half_our:-0.58 half_the:0.92 hand:0.51 "
    "hang:0.11 happen:-0.18 happen_if:-0.58 happen_to:0.51 harder:1.9 harder_than:1.9 "
    "harm:-0.87 has:0.81 has_a:0.74 has_anyone:-0.87 has_been:1.21 has_dementia:-0.18 "
    "has_had:1.61 has_my:1.61 has_new:1.61 has_no:1.9 has_start:1.61 has_taken:0.51 "
    "has_to:0.29 hasnt:0.92 hasnt_been:1.21 have:0.03 have_a:-0.74 have_been:0.51 "
    "have_chang:-0.58 have_to:0.7 havent:0.51 havent_been:0.11 he:2.22 he_cant:1.61 "
    "he_come:2.46 he_goe:1.9 he_has:1.61 he_keep:1.61 he_ring:1.61 he_said:1.9 he_saw:1.61 "
    "he_say:1.61 he_want:1.9 he_was:1.43 head:1.61 health:-0.58 hear_me:-0.58 heard:-1.28 "
    "heard_noth:-0.58 heat:0.8 hed:0.92 hell:2.31 hell_put:1.9 hello:-0.87 "
    "hello_everyone:-0.58 help:-0.33 help_a:-0.58 help_but:1.61 help_family:-0.58 "
    "help_for:-0.58 help_her:0.92 help_him:1.61 help_me:0.11 help_people:0.51 help_with:0.51 "
    "her:1.77 her_and:1.9 her_arm:1.61 her_at:0.51 her_dad:1.61 her_door:1.61 her_in:1.43 "
    "her_nephew:1.61 her_nightie:1.61 her_passport:1.61 her_pension:1.9 her_room:1.61 "
    "her_son:1.9 her_tablet:0.51 her_to:1.61 here:-1.04 here_but:-0.58 herself:1.9 hes:3.12 "
    "hes_been:2.59 hes_got:1.9 hes_in:1.9 hi:-0.58 hidden:1.61 hide:2.12 hiding:1.61 him:2.26 "
    "him_before:1.9 him_by:1.61 him_for:1.61 him_he:0.51 him_money:1.61 him_not:1.61 "
    "him_on:1.9 him_to:1.9 himself:1.61 his:1.68 his_arm:1.61 his_chair:1.61 his_friend:0.51 "
    "his_mate:1.61 his_phone:1.61 his_room:0.51 hit:0.8 hiya:-1.09 hoard:0.51 hold:0.51 "
    "hole:0.92 hole_in:1.61 holiday:-0.58 holiday_scheme:-0.58 home:0.66 home_arent:0.51 "
    "home_at:-0.58 home_is:0.51 home_library:0.23 home_my:1.61 home_should:-0.58 "
    "home_with:2.12 homework:0.92 homework_club:0.92 honestly:0.67 honestly_the:0.11 "
    "hospital:-0.58 hot:1.61 hour:-0.65 hour_in:1.61 hous:0.11 house:1.81 house_and:1.61 "
    "how:0.06 how_long:-0.58 how_to:0.51 hub:-0.58 hurt:0.92 husband:0.8 husband_is:0.51 "
    "i:0.61 i_am:2.02 i_can:1.03 i_cant:1.81 i_care:-0.58 i_could:0.11 i_couldnt:1.61 "
    "i_didnt:0.11 i_do:1.61 i_dont:2.31 i_feel:-0.58 i_fill:-0.58 i_found:0.8 "
    "i_genuinely:-0.58 i_get:0.33 i_go:1.9 i_got:0.51 i_grabb:1.9 i_had:-0.58 i_have:2.71 "
    "i_havent:1.61 i_hide:1.61 i_just:1.61 i_keep:2.12 i_knew:0.51 i_know:0.11 i_left:1.61 "
    "i_like:-0.58 i_made:-0.58 i_meant:0.92 i_owe:1.61 i_report:-0.58 i_say:1.61 i_send:0.51 "
    "i_should:0.92 i_sit:1.9 i_sleep:0.51 i_speak:-0.87 i_stay:1.61 i_think:0.51 i_told:0.51 "
    "i_want:-1.82 i_was:-0.25 i_work:0.51 id:-0.47 id_been:0.51 id_like:-1.56 id_love:0.51 "
    "id_rather:1.61 id_want:-0.58 idea:0.11 if:-0.03 if_a:-1.09 if_carer:-0.58 if_i:1.21 "
    "if_im:0.51 if_she:1.9 if_someone:-0.87 if_the:-0.58 if_wed:-0.58 ill:0.7 ill_be:1.61 "
    "ill_do:1.61 im:1 im_a:0.51 im_at:1.61 im_doing:1.61 im_frighten:1.61 im_going:1.61 "
    "im_here:-0.58 im_late:-0.87 im_not:1.9 im_still:0.51 im_to:1.61 in_a:1.21 in_and:1.9 "
    "in_april:-0.58 in_bed:1.21 in_care:0.51 in_case:1.61 in_flat:1.61 in_for:0.11 "
    "in_front:-0.18 in_her:1.61 in_his:2.46 in_hospital:0.51 in_january:-0.58 in_law:1.9 "
    "in_march:0.11 in_my:1.21 in_school:-0.87 in_the:1.05 in_there:1.61 in_this:1.9 "
    "in_three:1.61 in_to:1.43 in_trouble:0.51 in_week:1.9 include:-0.58 inform:-1.09 "
    "into:0.38 into_his:1.61 into_my:0.51 into_the:0.51 is_a:-1.79 is_anyone:-1.28 "
    "is_clos:-0.58 is_going:-0.18 is_it:-0.58 is_my:-1.09 is_scar:0.51 is_shock:-0.58 "
    "is_the:-0.07 is_there:-0.58 is_this:0.51 is_too:0.51 is_what:-0.58 isnt:-1.09 "
    "it_and:0.51 it_back:1.9 it_get:1.61 it_hes:1.61 it_in:0.11 it_not:-0.58 it_three:-0.58 "
    "it_was:-0.87 its:-0.32 its_a:-0.18 its_been:-0.58 its_mot:-0.58 its_the:0.51 ive:1.31 "
    "ive_been:3.15 ive_got:0.51 ive_had:0.51 ive_heard:-0.58 ive_not:1.9 ive_rung:-0.58 "
    "ive_start:2.12 ive_stopp:1.61 january:-0.58 jean:1.61 jo:-0.58 join:1.61 joke:-0.18 "
    "journey:-0.05 just:0.11 just_got:-0.58 just_want:0.92 keep:1.38 keep_asking:1.61 "
    "keep_cutt:-0.58 keep_fall:0.51 keep_gett:0.92 keep_going:1.61 keep_her:1.61 keep_my:1.61 "
    "keep_saying:1.61 keep_the:-0.58 kev:1.61 key:1.61 key_and:1.61 kick:0.92 kick_off:1.21 "
    "kick_out:0.51 kid:-0.26 kid_actually:-0.58 kill:-1.56 kill_me:-0.87 kill_the:-0.58 "
    "kitchen:2.46 kitchen_floor:1.61 knew:0.51 knock:0.92 know:-0.14 know_a:-1.09 "
    "know_how:-0.18 know_if:-1.28 know_what:0.51 know_when:-0.58 know_where:0.92 "
    "know_who:0.23 lad:1.61 lad_who:1.61 lady:1.61 land:0.51 lash:1.61 lash_out:1.61 "
    "last:0.51 last_night:0.74 last_week:0.74 late:-0.05 late_the:-0.58 later:0.11 law:1.9 "
    "law_has:1.61 lead:-1.09 lead_and:-0.87 leaflet:-0.87 leaflet_in:-0.58 leak:0.51 "
    "learn:1.21 learner:0.51 leav:-1.09 leave:0.87 leave_her:2.12 leave_i:-0.58 leave_the:1.9 "
    "left:0.36 left_in:0.51 leg:0.92 leisure:-0.58 leisure_centre:-0.58 lend:1.61 "
    "lend_him:1.61 less:-0.58 less_likely:-0.58 let:1.61 let_anyone:1.61 let_the:0.51 "
    "letter:0.11 letter_saying:0.51 library:0.72 library_is:1.61 library_service:0.11 "
    "life:-0.58 lifeline:-0.87 lift:1.21 like:-0.1 like_a:-0.47 like_an:-0.58 like_me:0.51 "
    "like_my:-0.87 like_that:0.92 like_the:1.61 like_this:1.61 like_to:0.51 likely:-0.58 "
    "likely_to:-0.58 line:-0.74 link:-1.09 link_in:-0.58 lip:1.61 list:-1.09 listen:-0.87 "
    "listen_to:-0.58 little:1.61 live:1.43 live_alone:0.51 lived:0.51 living:0.51 "
    "living_in:1.61 lock:2.46 lock_the:1.61 lol:-0.58 lonely:-0.58 long:-0.95 "
    "long_sleeve:1.61 long_term:-0.87 longer:1.61 look:0.11 look_after:0.23 look_at:-0.18 "
    "look_forward:0.51 look_into:-1.09 lost:-0.4 lot:-0.95 lot_of:-0.58 loud:0.51 love:-0.58 "
    "love_the:-0.58 lovely:-0.58 lovely_but:0.51 lunchtime:0.11 machine:0.92 made:0.23 "
    "made_it:0.51 make:0.92 make_a:1.21 make_me:1.21 making:0.92 man:2.65 man_at:1.61 "
    "man_he:1.61 man_who:2.12 manage:0.11 manage_her:-0.58 manager:0.23 manager_to:-0.58 "
    "many:0.51 march:-0.18 march_i:0.51 mark:2.31 mark_on:1.61 massive:-0.58 mate:1.21 "
    "math:-0.58 matter:-1.28 may:-0.58 maybe:-0.58 maybe_a:-0.58 me:0.7 me_a:1.21 "
    "me_about:1.61 me_and:0.92 me_back:-1.28 me_but:0.51 me_he:1.61 me_i:-0.58 me_if:0.92 "
    "me_im:1.61 me_in:2.12 me_it:-0.58 me_my:0.11 me_on:1.61 me_out:0.11 me_the:0.11 "
    "me_to:1.61 me_today:-0.87 me_when:1.43 meal:0.92 meal_for:0.51 mean:-0.58 meant:0.92 "
    "meant_to:0.92 meanwhile:-0.58 measure:-0.18 med:0.92 medic:-0.58 meet:-1.28 memory:0.51 "
    "memory_is:0.51 men:1.61 messag:1.61 mic:-0.58 might:0.11 mine:0.11 minibus:0.51 "
    "minute:-1.43 miss:-0.18 moment:-0.58 monday:0.51 money:1.9 money_and:1.21 money_for:1.03 "
    "month:-0.05 month_and:0.92 more:0.26 morn:0.26 morn_all:-0.58 morn_call:1.61 morn_i:1.61 "
    "morn_of:-0.58 morn_with:-0.58 morphine:1.61 most:0.23 most_day:0.51 mot:-0.58 "
    "mother:0.51 mould:0.51 move:0.92 moved:2.22 moved_back:1.61 moved_in:2.46 mrs:1.9 "
    "much:1.03 much_for:-0.58 much_longer:1.61 mum:0.8 mum_about:0.51 mum_boyfriend:1.9 "
    "mum_care:1.61 mum_carer:1.61 mum_is:-0.58 mum_new:1.9 mum_who:-0.58 murder:-0.58 "
    "music:-0.58 my:0.52 my_14:1.9 my_account:0.11 my_arm:2.12 my_bank:2.31 my_boyfriend:1.61 "
    "my_brother:1.9 my_car:0.51 my_card:1.61 my_carer:0.23 my_dad:0.33 my_daughter:-0.18 "
    "my_door:1.61 my_ex:1.61 my_flat:0.51 my_friend:-0.87 my_grandson:1.61 my_home:-0.58 "
    "my_husband:0.51 my_last:-0.58 my_mate:0.51 my_money:1.9 my_mum:0.23 my_neighbour:0.74 "
    "my_own:-0.18 my_partner:2.31 my_phone:0.74 my_post:1.61 my_review:-0.58 my_room:1.43 "
    "my_sanity:-0.58 my_shopp:1.61 my_sister:1.36 my_son:0.02 my_tablet:1.9 my_uncle:1.61 "
    "my_wife:0.8 myself:0.8 name:-0.58 named:-0.58 nan:1.61 national:-0.58 nearly:-0.58 "
    "neck:1.61 need:-1.48 need_a:-1.43 need_someone:0.51 need_the:1.61 need_to:-1.28 "
    "neglect:-0.58 neighbour:0.74 nephew:2.12 nephew_has:1.9 never:0.67 never_see:0.51 "
    "new:0.51 new_contract:-0.58 new_fella:1.61 new_friend:1.61 new_girlfriend:1.61 "
    "new_service:-0.18 new_trainer:1.61 next:0.92 next_door:1.61 next_month:-0.58 "
    "next_time:0.51 next_to:1.61 nhs:-0.58 nice:1.9 night:1.93 night_a:-0.58 night_and:2.46 "
    "night_i:2.31 night_man:1.61 night_she:1.61 night_so:1.61 night_that:0.51 night_the:0.51 "
    "nightie:1.61 nightmare:-0.58 no:1.16 no_heat:0.51 no_one:2.31 no_warn:-0.58 nobody:-0.08 "
    "nobody_been:0.51 nobody_come:0.51 nobody_ever:-0.58 nobody_has:-0.87 nobody_told:-0.58 "
    "nobody_turn:1.61 nobody_would:1.61 not:0.75 not_a:0.11 not_allow:1.61 not_been:1.61 "
    "not_had:1.9 not_in:-0.58 not_just:-0.87 not_much:1.61 not_proud:1.61 not_really:-0.58 "
    "not_to:1.77 not_wake:1.9 note:-0.18 noth:-0.47 noth_for:-0.58 notice:0.51 november:-0.58 "
    "now:0.41 now_and:1.9 now_he:1.61 now_its:-0.58 now_my:1.61 now_she:0.51 now_they:1.61 "
    "now_weve:-0.58 number:0.51 of_bed:1.61 of_carer:-0.58 of_change:0.51 of_her:0.92 "
    "of_him:1.9 of_his:0.11 of_hour:-0.87 of_it:0.92 of_my:1.21 of_people:-0.87 of_the:0.29 "
    "of_these:-0.58 of_us:-0.87 of_what:0.92 off:0.21 off_and:1.9 off_at:-0.58 off_her:0.51 "
    "off_me:1.9 off_my:-0.87 off_topic:-0.87 offer:-1.28 office:1.61 officer:0.51 often:-0.18 "
    "old:0.74 older:0.67 older_lad:1.61 older_people:-0.58 on_and:0.51 on_both:1.61 "
    "on_her:1.21 on_his:2.46 on_in:1.61 on_it:-0.58 on_me:0.11 on_monday:0.51 on_my:0.51 "
    "on_our:0.51 on_saturday:-0.58 on_sunday:1.9 on_the:0.68 on_toast:0.51 once:-0.58 "
    "one:0.32 one_has:0.51 one_my:-0.58 one_of:0.8 online:-0.18 online_and:0.51 "
    "online_form:-0.4 only:0.38 only_thing:0.51 open:0.74 operative:-0.18 option:0.11 "
    "ot:-0.58 other:1.21 our:-0.42 our_daughter:0.51 our_is:-0.58 our_short:-0.58 "
    "our_son:0.51 out:0.51 out_about:-0.58 out_as:0.51 out_at:1.9 out_of:0.7 out_on:0.51 "
    "out_the:0.51 outcome:-1.28 over:2.12 over_his:1.9 over_the:1.61 overnight:-0.47 owe:1.9 "
    "own:0.04 pa:-0.58 package:0.51 page:-1.19 page_about:-0.58 page_is:-0.87 paid:-0.05 "
    "panel:-0.58 panorama:-0.58 panorama_on:-0.58 parent:-0.87 park:-1.09 park_charge:-0.58 "
    "part:0.11 part_of:0.51 partner:2.31 pass:0.23 passenger_has:0.51 passport:1.61 "
    "password:-0.58 past:0.11 patient:-0.58 pay:1.03 pay_a:0.51 pay_it:0.51 payment:-0.87 "
    "peer:-0.87 pension:2.31 people:-1.09 people_and:0.51 people_get:-1.09 people_like:0.51 "
    "people_who:-1.09 people_with:0.11 per:-0.58 person:-1.43 personal:0.51 phone:0.51 "
    "phone_and:1.61 phone_call:0.11 phone_off:1.61 photo:-0.87 pick:0.51 picture:-0.18 "
    "pill:1.61 place:0.51 plan:-1.28 plan_for:-0.58 play:0.11 play_up:0.51 please:-0.68 "
    "please_can:0.51 please_keep:-1.09 please_look:0.51 point:-0.05 point_of:0.51 "
    "policy:-1.09 policy_is:-0.58 pop:-0.58 popular:-0.58 post:1.61 pound:1.61 print:-0.58 "
    "priya:-0.58 problem:-0.58 process:-0.87 promis:-1.09 promis_a:-0.58 proper:-1.28 "
    "proud:1.61 proud_of:1.61 provider:-1.09 public:0.51 pull:1.21 pull_up:1.61 push:0.29 "
    "put:0.8 put_her:0.51 put_me:1.61 putt:1.61 question:-0.18 quick:0.51 quiet:0.51 "
    "quiet_room:-0.58 raise:-0.58 ramp:0.51 rang:0.23 rather:0.92 reach:0.92 "
    "reach_people:0.51 read:0.18 ready:1.61 real:-0.87 really:-0.26 really_help:-0.58 "
    "really_rough:1.61 really_useful:-0.58 refer:0.51 referr:-0.58 referral:-0.87 "
    "referral_to:-0.87 refund:-1.56 refus:1.61 renewal:-0.87 rent:0.92 rent_and:1.61 "
    "repair:1.61 replac:-0.58 report_it:0.51 report_the:0.51 resident:-0.4 respite:-0.4 "
    "respite_book:-0.58 return:0.92 review:-1.79 rhyme:0.51 rhyme_time:0.51 right:-1.09 "
    "right_now:-0.58 ring:0.43 ring_anyone:1.61 ring_me:-0.74 ring_the:1.61 risk:-0.87 "
    "rn:0.92 road:-0.4 ron:1.61 room:1.29 room_is:0.51 room_when:2.12 rough:2.12 "
    "rough_when:1.61 rough_with:1.61 round:0.51 round_here:-1.09 round_the:1.61 run:0.51 "
    "rung:-0.58 safe:0.04 safe_at:-0.58 safeguard:-1.97 safeguard_concern:-0.58 "
    "safeguard_lead:-0.87 safeguard_train:-0.87 said:1.85 said_he:0.92 said_her:1.9 "
    "said_if:1.9 said_she:1.61 same:-0.18 same_clothe:1.61 sanity:-0.58 sat:-0.58 "
    "saturday:0.23 save:0.11 save_and:0.51 saved:-0.58 saved_my:-0.58 saving:1.61 saw:1.61 "
    "say:1.58 say_anyth:1.61 say_hes:1.61 say_i:1.77 say_im:0.51 say_its:1.9 say_no:2.12 "
    "say_she:1.61 say_where:1.61 saying:1.36 saying_hes:1.61 scam:-1.09 scar:0.67 "
    "scar_of:1.43 scar_to:0.51 scheme:-0.87 school:-0.95 school_hour:0.51 scratch:0.92 "
    "scratch_my:1.61 scream:1.61 screen:-0.58 second:0.11 seeing:0.51 self:-1.43 "
    "self_harm:-0.87 sell:0.92 send:0.23 sent:0.23 sent_him:0.51 september:-0.58 "
    "september_and:-0.58 service:-1.28 service_has:-0.58 service_should:-0.87 session:-0.69 "
    "session_for:-0.58 set:-0.58 seven:1.61 seven_day:1.61 she:1.9 she_asked:1.61 "
    "she_been:1.61 she_frighten:1.61 she_get:-0.58 she_goe:1.9 she_got:1.9 she_had:1.61 "
    "she_said:1.9 she_say:2.12 she_told:1.9 she_too:1.61 she_want:0.51 she_was:0.51 "
    "shock:-1.09 shopp:0.51 short:-0.87 short_break:-1.28 should:-1.82 should_be:-1.68 "
    "should_get:-0.58 should_have:-0.74 shouldnt:-0.58 shout:1.21 shout_at:1.21 show:1.9 "
    "show_me:1.61 shut:0.51 shut_the:0.51 side:0.51 sign:1.21 signpost:-0.58 since:1.33 "
    "since_i:1.61 since_jean:1.61 since_my:1.43 since_the:2.12 sister:1.07 sit:1.21 "
    "sit_in:1.43 site:-0.87 sitt:-0.4 sitt_service:-0.87 sitter:-0.58 six:0.23 six_time:0.11 "
    "sleep:1.9 sleep_and:2.12 sleep_in:1.9 sleeve:1.61 slept:1.61 slightly:-0.58 "
    "slightly_off:-0.58 smash:0.92 smash_my:0.51 smell:1.9 smell_and:1.61 so:0.14 so_he:1.61 "
    "so_i:1.07 so_much:-0.58 so_people:-0.58 so_they:-0.58 social:-1.43 social_care:-0.58 "
    "social_worker:-0.87 some:1.84 some_day:1.9 some_older:1.61 someone:-2.05 "
    "someone_from:-0.58 someone_please:0.51 someone_ring:-0.58 someone_to:-1.09 "
    "someone_will:-0.58 someth:0.51 someth_wrong:-0.58 sometime:0.92 sometime_i:1.61 "
    "sometime_you:-0.58 somewhere:0.51 son:0.41 son_been:0.51 son_came:0.51 son_has:0.51 "
    "son_in:0.11 son_is:-0.58 son_who:0.51 sore:1.61 sore_on:1.61 sorry:-0.52 sorry_im:-0.87 "
    "sorry_lost:-0.58 sorry_my:-0.58 sorry_to:0.92 sort:0.11 sort_it:-0.58 sort_out:0.51 "
    "space:-0.18 speak:-0.18 speak_to:-0.18 spec:-0.87 special:-0.58 spot:-0.58 spott:-0.58 "
    "staff:0.11 staff_are:0.11 staff_need:-0.58 staff_should:-0.58 staff_shout:1.61 "
    "start:1.81 start_lash:1.61 start_scratch:1.61 station:0.92 stay:1.72 stay_at:1.9 "
    "stay_in:0.92 step:0.8 still:0.51 stop:0.7 stop_my:0.51 stopp:1.07 stopp_in:0.51 "
    "stranger:0.11 stress:0.51 struggl:-1.09 stuff:1.36 stuff_and:1.61 stuff_at:1.61 "
    "stuff_out:0.51 submit:0.51 submitt:-0.58 suddenly:-0.58 sunday:1.9 sunday_i:1.61 "
    "support:-0.99 support_worker:0.51 suppos:2.12 suppos_to:2.12 sure:0.11 sure_the:-0.58 "
    "system:-1.43 tablet:1.81 tablet_and:1.61 take:1.1 take_her:1.9 take_me:1.61 "
    "taken_off:-0.58 taken_over:1.61 taking:0.92 talk:-1.97 talk_about:-1.43 talk_to:-0.58 "
    "target:-0.58 tax:-1.28 tax_bill:-0.58 tbh:0.8 tea:2.12 teacher:0.51 team:-0.58 tell:0.88 "
    "tell_anyone:0.51 tell_me:0.51 tell_my:1.61 tell_the:1.61 tell_us:0.51 tenant:-0.18 "
    "term:-1.09 term_outcome:-0.58 terrifi:0.51 terrifi_of:0.51 test:-0.58 text:-0.18 "
    "than:0.92 than_i:2.12 thank:-1.79 thank_all:-0.58 thank_you:-0.87 that_a:-0.58 "
    "that_decision:-0.58 that_help:-0.58 that_the:0.11 that_when:0.51 that_where:-0.58 "
    "that_young:-0.58 the_adult:-0.87 the_agency:0.11 the_bank:1.43 the_bathroom:2.12 "
    "the_bed:1.61 the_beginner:-0.58 the_biggest:-0.58 the_bin:-0.58 the_broken:0.51 "
    "the_bus:1.21 the_care:0.11 the_carer:-0.09 the_cash:1.61 the_centre:0.23 the_chair:1.61 "
    "the_change:1.61 the_chat:-0.58 the_computer:0.51 the_contact:-0.58 the_contractor:0.51 "
    "the_council:-1.09 the_course:0.51 the_criteria:-0.58 the_current:-0.58 the_damp:1.61 "
    "the_dark:1.61 the_day:1.61 the_door:1.36 the_driver:1.21 the_duty:-0.58 the_early:-0.58 "
    "the_email:-0.58 the_end:1.61 the_escort:0.92 the_even:0.51 the_family:0.11 the_flat:0.51 "
    "the_form:0.11 the_front:0.51 the_garden:1.61 the_girl:1.61 the_government:-1.09 "
    "the_gp:-0.87 the_grandkid:0.51 the_group:0.11 the_heat:0.51 the_holiday:-0.58 "
    "the_home:1.21 the_hospital:-0.58 the_hous:0.51 the_house:2.02 the_hub:-0.4 "
    "the_inform:-0.87 the_journey:0.23 the_kid:0.33 the_kitchen:2.31 the_lad:1.03 "
    "the_last:0.51 the_leak:0.51 the_library:1.5 the_man:2.12 the_manager:1.61 "
    "the_minibus:0.51 the_morn:0.8 the_new:-0.3 the_night:2.46 the_note:-0.87 the_office:1.61 "
    "the_older:-0.58 the_online:-0.18 the_only:1.43 the_operative:0.51 the_other:1.61 "
    "the_phone:-0.4 the_point:1.61 the_post:1.61 the_ramp:0.51 the_real:-0.58 the_repair:2.31 "
    "the_resident:-0.58 the_room:1.61 the_same:-0.18 the_self:-0.58 the_service:-1.09 "
    "the_social:-0.58 the_spec:-0.58 the_staff:0.11 the_step:1.61 the_support:-0.58 "
    "the_thing:-0.58 the_time:0.8 the_toilet:0.51 the_transport:0.51 the_volunteer:0.51 "
    "the_wall:1.61 the_warm:0.51 the_way:0.92 the_whole:-0.58 the_window:1.61 the_word:-1.09 "
    "the_worst:-0.58 the_youth:0.11 their:-0.3 them:-0.02 then:-0.78 then_i:-0.87 theory:0.11 "
    "theory_of:0.51 there:0.62 there_a:1.43 there_all:1.61 there_be:-0.87 there_no:0.92 "
    "these:-0.87 they:0.31 they_are:0.11 they_cancell:-0.58 they_come:0.51 they_get:-0.58 "
    "they_keep:0.92 they_know:0.51 they_lock:1.61 they_use:1.61 they_want:0.11 they_were:1.61 "
    "theyre:-0.58 theyve:0.11 thing:0.15 thing_in:1.61 thing_that:0.11 think:1.36 "
    "think_about:1.61 think_ill:1.61 this_is:-1.09 this_month:0.51 this_morn:0.92 "
    "this_the:0.51 this_up:-0.58 this_year:-0.58 those:-1.09 thought:0.11 thousand:1.61 "
    "three:0.11 three_day:0.51 three_time:-0.4 three_week:0.8 threw:1.61 through:0.18 "
    "through_a:-0.58 through_it:0.51 through_the:1.9 thursday:0.11 til:1.61 til_i:1.61 "
    "till:1.21 till_3am:0.51 till_the:1.61 time:-0.38 time_and:-0.18 time_i:0.51 "
    "time_this:-0.58 tired:0.92 to_a:-0.18 to_actually:0.51 to_answer:0.11 to_ask:0.51 "
    "to_be:0.04 to_bed:0.51 to_call:-0.87 to_check:-0.58 to_come:1.9 to_do:-0.18 to_get:0.23 "
    "to_go:1.61 to_have:0.51 to_help:2.12 to_her:0.51 to_him:1.61 to_it:-0.58 to_keep:1.9 "
    "to_know:0.23 to_leave:-0.18 to_lend:1.61 to_look:0.92 to_make:0.51 to_me:1.61 to_my:0.8 "
    "to_pay:0.92 to_pick:0.51 to_raise:-0.58 to_report:0.51 to_ring:-0.18 to_say:1.5 "
    "to_see:0.51 to_sleep:1.9 to_someone:-0.58 to_sort:-0.87 to_speak:0.92 to_stay:0.51 "
    "to_stop:0.51 to_take:0.51 to_talk:-1.09 to_tell:0.7 to_the:1 to_them:-0.58 toast:0.51 "
    "today:-1.28 toddler:0.51 toilet:0.51 told:0.51 told_him:1.61 told_me:0.8 told_my:0.11 "
    "tom:0.92 tonight:0.92 too:0.42 too_much:1.43 took:1.21 took_my:1.61 top:0.51 topic:-0.87 "
    "topic_but:-0.87 train:-1.28 train_and:0.51 train_on:-0.58 trainer:1.61 transport:-0.4 "
    "transport_is:-0.58 travel:0.11 travel_train:0.11 trigger:-0.58 trip:-0.58 trouble:1.43 "
    "trust:-0.87 trust_adult:-0.58 trying:-0.18 trying_to:-0.18 tuesday:0.51 tuesday_and:1.61 "
    "turn:0.23 turn_down:0.51 turn_up:0.11 tutor:-0.18 twice:0.23 twice_this:1.61 two:-0.18 "
    "uncle:1.61 unpaid:-0.58 unpaid_leave:-0.58 until:2.46 up:0.15 up_a:-0.58 up_and:0.92 "
    "up_at:0.51 up_i:0.51 up_in:0.11 up_late:0.51 up_on:-0.58 up_the:0.51 up_to:0.11 "
    "update:-0.58 upset:0.51 upstair:1.61 us:-0.4 use:0.51 use_the:0.11 used:0.11 "
    "useful:-0.58 van:1.61 very:0.23 visit:-0.18 visitor:0.51 voice:0.51 volunteer:0.11 "
    "wage:0.92 wait:-0.99 wait_for:-0.58 wait_list:-0.87 wait_on:0.51 wake:2.12 wake_up:2.12 "
    "walk:0.8 walk_in:0.51 wall:2.12 wall_until:1.61 want:-0.39 want_a:-0.74 want_an:-1.09 "
    "want_me:1.61 want_my:-0.58 want_someone:-1.28 want_that:-0.58 want_the:-0.58 "
    "want_to:0.41 warm:-0.18 warm_space:-0.18 warn:-0.58 was_cancell:-0.58 was_done:-0.87 "
    "was_in:0.92 was_just:-0.58 was_promis:-0.58 was_really:0.51 was_referr:-0.58 "
    "was_shut:-0.58 was_someone:-0.58 was_the:-0.58 was_told:-0.58 wash:-0.18 wasnt:0.51 "
    "watch:0.11 way:0.33 way_to:0.11 we:-0.38 we_do:0.51 we_had:0.92 we_need:-0.58 "
    "we_talk:-0.87 we_were:-0.87 website:-0.87 wed:-0.58 weed:0.51 weed_and:0.51 week:0.88 "
    "week_and:1.43 week_because:1.61 week_he:1.61 week_is:-0.87 week_the:1.61 weekend:0.51 "
    "well:-0.58 wellbe:-0.58 went:-0.33 went_to:-0.58 went_up:-0.87 were_charg:-0.58 wet:1.61 "
    "weve:-0.87 weve_been:-0.18 weve_got:-0.58 what:-0.21 what_a:0.11 what_about:-0.87 "
    "what_goe:0.51 what_happen:-0.33 what_i:0.92 what_im:0.51 what_the:0.11 what_to:-0.18 "
    "what_would:-0.58 when:0.71 when_he:2.59 when_her:1.61 when_hes:1.9 when_his:1.61 "
    "when_i:1.47 when_it:0.51 when_my:-0.33 when_she:0.92 when_someone:-0.58 when_the:-0.47 "
    "when_they:0.51 where:0.18 where_i:1.61 where_it:-0.58 whether:0.51 whether_i:0.51 "
    "which:0.23 which_is:0.51 while:0.74 while_i:1.61 whisper:1.61 who:-0.15 who_are:-0.87 "
    "who_at:-0.58 who_cant:-0.58 who_come:1.61 who_do:-1.56 who_doe:1.61 who_has:0.51 "
    "who_is:-0.58 who_live:0.92 who_look:0.51 who_to:0.51 whoever:-0.58 whole:-0.58 why:0.11 "
    "why_i:0.51 wife:0.51 wife_died:-0.58 wifi:-0.58 will:-1.03 will_come:-0.58 "
    "will_the:-0.58 window:1.61 with_a:0.36 with_dementia:0.51 with_him:2.31 with_my:1.21 "
    "with_new:1.61 with_no:-0.87 with_the:0.29 with_you:-0.58 within:-0.4 within_a:0.51 "
    "without:-0.18 woman:1.43 women:-0.18 wonder:0.51 wont:1.39 wont_let:1.9 wont_say:2.12 "
    "wont_take:0.51 word:-1.68 word_carer:-0.58 work_i:0.51 work_in:1.61 worker:-0.78 "
    "worker_who:-0.58 worry:-0.58 worse:-0.18 worst:-0.58 would:-1.05 would_be:-1.79 "
    "would_have:-0.87 would_help:-1.43 wouldnt:0.51 written:0.11 wrong:-0.99 wrong_on:-0.58 "
    "year:-0.05 year_ago:-0.58 year_and:-0.58 year_old:1.03 yes:-0.58 yesterday:1.43 "
    "yet:-0.58 you:-1.09 you_and:0.92 you_the:-0.58 young:-0.71 young_carer:-1.09 "
    "young_people:-2.05 younger:0.92 your:-1.28 youre:0.51 youth:-0.58 youth_worker:-0.58 "
)
# END MODEL
