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
MODEL_PRIOR = -0.616
MODEL_WEIGHTS = (
    "#000>:1.71 #2am>:0.21 #300>:-0.49 #3am>:0.61 #999>:0.61 #<000:1.71 #<10>:1.71 "
    "#<11>:-0.49 #<12>:0.21 #<13>:1.02 #<14>:1.02 #<15>:0.61 #<16>:-0.08 #<17>:0.61 #<18>:-1 "
    "#<20>:-1 #<25>:0.61 #<2am:0.21 #<300:-0.49 #<3am:0.61 #<40>:-1.18 #<50>:0.61 #<88>:0.61 "
    "#<90>:-0.49 #<999:0.61 #<abl:-0.78 #<abo:-0.31 #<abu:-1 #<aca:-0.49 #<acc:0.46 "
    "#<act:-1.69 #<add:0.9 #<adu:-0.37 #<adv:-0.78 #<aft:0.04 #<aga:0.98 #<age:-1.47 "
    "#<agi:-0.49 #<ago:-0.78 #<agr:-0.78 #<aid:-0.78 #<all:0.1 #<alo:0.39 #<alr:-0.49 "
    "#<alw:1.53 #<am>:1.17 #<an>:-0.73 #<and:0.87 #<ang:0.61 #<ano:0.61 #<ans:0.61 "
    "#<anx:-0.78 #<any:0.02 #<apo:-1 #<app:-1.09 #<are:-0.6 #<arm:3.01 #<aro:1.02 #<as>:-1.33 "
    "#<ask:0.99 #<asl:1.71 #<ass:-2.28 #<at>:0.71 #<att:0.21 #<aug:-0.49 #<aut:-0.64 "
    "#<awa:-0.78 #<bab:1.02 #<bac:0.54 #<bad:-0.31 #<ban:1.62 #<bar:1.02 #<bas:0.32 "
    "#<bat:1.12 #<be>:-0.97 #<bec:0.74 #<bed:1.53 #<bee:1.1 #<bef:0.32 #<beg:0.21 #<beh:-0.08 "
    "#<bei:0.05 #<ben:0.61 #<bet:-0.49 #<big:-1.18 #<bil:-1 #<bin:0.21 #<bit:-1.33 #<bla:0.61 "
    "#<bli:0.61 #<blo:1.3 #<blu:0.61 #<boo:-0.31 #<bot:1.71 #<box:-0.78 #<boy:2.56 "
    "#<brb:-0.78 #<bre:-0.37 #<bri:-1.18 #<bro:1.23 #<bru:1.71 #<bud:-1 #<bur:2.22 #<bus:0.77 "
    "#<but:0.23 #<buy:1.71 #<by>:0.46 #<cal:0.52 #<cam:0.25 #<can:-0.13 #<car:0.04 #<cas:1.08 "
    "#<cat:0.21 #<cen:-0.08 #<cha:-0.2 #<che:0.02 #<chi:-1.47 #<cla:0.61 #<cle:-0.78 "
    "#<clo:0.46 #<clu:0.02 #<coa:0.61 #<cof:0.21 #<col:1.12 #<com:0.88 #<con:-1.26 #<coo:0.21 "
    "#<cop:-0.78 #<cor:0.61 #<cos:0.21 #<cou:-0.39 #<cov:-1 #<cra:1.02 #<cre:0.61 #<cri:-0.24 "
    "#<cry:1.71 #<cup:0.61 #<cur:-0.49 #<cut:-0.78 #<dad:0.79 #<dam:0.61 #<dan:-0.49 "
    "#<dar:1.71 #<dat:-0.49 #<dau:0.17 #<day:0.92 #<dea:1.02 #<deb:-0.08 #<dec:-0.78 "
    "#<del:1.71 #<dem:0.27 #<des:-0.78 #<det:-0.49 #<dia:-0.49 #<did:-0.34 #<die:0.1 "
    "#<dif:1.02 #<dig:-0.49 #<dir:-0.49 #<dis:-1.43 #<do>:-0.31 #<doe:0.41 #<doi:0.79 "
    "#<dom:-0.49 #<don:0.74 #<doo:1.3 #<dow:1.71 #<dri:1.15 #<dro:0.43 #<dur:0.61 #<dus:-0.49 "
    "#<dut:-1 #<dyi:-0.49 #<eac:0.21 #<ear:-1.59 #<eas:-1 #<eat:2 #<edu:-0.49 #<ele:-0.49 "
    "#<eli:-0.49 #<els:0.21 #<ema:-0.08 #<eme:-0.08 #<emp:1.71 #<end:1.53 #<eng:-0.78 "
    "#<enj:-0.49 #<eno:-0.08 #<ent:0.61 #<esc:0.1 #<eso:1.02 #<eve:0.49 #<ex>:1.02 "
    "#<exa:-0.78 #<exc:0.21 #<exh:-0.49 #<exi:1.71 #<exp:-0.31 #<ext:0.61 #<fac:0.21 #<fai:-1 "
    "#<fal:0.1 #<fam:-0.49 #<far:-0.49 #<fas:0.61 #<fat:0.61 #<fee:0.49 #<fel:0.32 "
    "#<few:-0.08 #<fil:-0.08 #<fin:0.39 #<fir:-0.89 #<fiv:-0.78 #<fix:0.61 #<fla:2 "
    "#<fle:-0.49 #<fli:1.71 #<flo:1.02 #<foo:1.3 #<for:-0.31 #<fou:0.61 #<fre:0.61 #<fri:1.12 "
    "#<fro:0.58 #<ful:-0.08 #<fun:-0.78 #<fur:0.61 #<fus:1.71 #<gar:2 #<gas:1.71 #<gav:0.39 "
    "#<gen:-0.31 #<get:-0.11 #<gir:2.22 #<giv:1.91 #<go>:1.37 #<goe:1.71 #<goi:0.32 "
    "#<goo:-0.57 #<got:0.18 #<gov:-1 #<gp>:-1.47 #<gra:1.02 #<gre:0.1 #<gro:-0.08 #<guy:1.71 "
    "#<had:0.48 #<hal:0.61 #<han:0.32 #<hap:0.05 #<har:0.39 #<has:0.83 #<hav:0.1 #<he>:2.2 "
    "#<hea:0.21 #<hed:1.02 #<hel:-0.01 #<her:0.99 #<hes:3.1 #<hi>:-0.49 #<hid:2.69 #<him:2.25 "
    "#<his:1.71 #<hit:0.21 #<hiy:-0.78 #<hoa:0.61 #<hol:0.43 #<hom:0.72 #<hon:0.9 #<hos:-0.49 "
    "#<hou:0.37 #<how:0.25 #<hub:-0.49 #<hur:1.71 #<hus:1.02 #<id>:-0.31 #<ide:0.21 "
    "#<if>:0.09 #<ill:0.61 #<im>:1.17 #<in>:0.74 #<inc:-0.78 #<inf:-1 #<ins:0.21 #<int:0.1 "
    "#<is>:-0.5 #<isn:-0.78 #<it>:0.11 #<its:-0.28 #<ive:1.3 #<joi:1.71 #<jok:-0.08 "
    "#<jou:0.05 #<jus:0.11 #<kee:1.42 #<key:1.53 #<kic:0.83 #<kid:-0.16 #<kil:-1.47 "
    "#<kit:1.53 #<kne:1.02 #<kno:0.07 #<lad:1.53 #<lan:0.21 #<las:0.52 #<lat:-0.08 #<law:1.71 "
    "#<lea:0.34 #<lef:0.27 #<leg:1.02 #<lei:-0.49 #<len:2 #<les:-0.49 #<let:0.86 #<lib:1.02 "
    "#<lif:-0.08 #<lik:-0.21 #<lin:-0.89 #<lip:1.71 #<lis:-1.47 #<lit:1.71 #<liv:0.9 "
    "#<loc:1.71 #<lol:-0.49 #<lon:-0.26 #<loo:0.21 #<los:-0.49 #<lot:-0.86 #<lou:0.61 "
    "#<lov:-0.49 #<lun:0.21 #<mac:1.02 #<mad:0.1 #<mai:-0.49 #<mak:0.9 #<man:1.24 #<mar:0.61 "
    "#<mas:-0.49 #<mat:-0.31 #<may:-0.78 #<me>:0.83 #<mea:-0.08 #<med:0.32 #<mee:-1 "
    "#<mem:0.61 #<men:0.32 #<mes:2 #<mic:-0.49 #<mid:-0.49 #<mig:0.21 #<mil:-0.08 #<min:-0.78 "
    "#<mis:-0.08 #<mom:-0.49 #<mon:0.81 #<mor:0.32 #<mos:0.39 #<mot:0.32 #<mou:0.21 "
    "#<mov:1.82 #<mrs:2 #<muc:1.02 #<mum:0.8 #<mur:-0.49 #<mus:0.21 #<my>:0.52 #<mys:0.61 "
    "#<nam:-1 #<nan:1.71 #<nat:-0.49 #<nea:-0.78 #<nec:1.71 #<nee:-1.33 #<neg:-0.49 "
    "#<nei:1.02 #<nep:2 #<nev:0.77 #<new:0.32 #<nex:0.61 #<nhs:-0.49 #<nic:1.71 #<nig:1.75 "
    "#<no>:1.2 #<nob:0.02 #<non:0.61 #<not:0.37 #<nov:-0.78 #<now:0.44 #<num:0.61 #<of>:0.33 "
    "#<off:0.03 #<oft:-0.08 #<old:0.83 #<on>:0.29 #<onc:-0.49 #<one:0.48 #<onl:0.24 "
    "#<ope:0.32 #<opt:-0.49 #<or>:0.14 #<ot>:-0.49 #<oth:1.3 #<our:-0.33 #<out:0.3 #<ove:0.52 "
    "#<owe:2 #<own:0.46 #<pa>:-0.49 #<pac:0.21 #<pag:-1.09 #<pai:0.27 #<pan:-1 #<par:0.17 "
    "#<pas:0.29 #<pat:0.1 #<pay:0.79 #<pee:-0.78 #<pen:2.4 #<peo:-1 #<per:-1.09 #<pho:0.21 "
    "#<pic:0.39 #<pil:2.22 #<pla:-0.24 #<ple:-0.64 #<poi:0.05 #<pol:-0.64 #<poo:-0.49 "
    "#<pop:-1 #<pos:1.53 #<pot:1.02 #<pri:-0.64 #<pro:-0.78 #<pub:0.61 #<pul:1.3 #<pun:1.71 "
    "#<pus:0.1 #<put:1.02 #<que:-0.08 #<qui:1.02 #<rai:-0.31 #<ram:0.21 #<ran:-0.78 "
    "#<rat:0.61 #<rea:0.03 #<rec:-0.08 #<red:0.32 #<ref:-0.93 #<reg:0.61 #<rel:-0.49 "
    "#<ren:-0.08 #<rep:0.07 #<res:-0.78 #<ret:0.32 #<rev:-1.18 #<rhy:0.61 #<rig:-1 #<rin:0.61 "
    "#<ris:-1 #<rn>:1.02 #<roa:-1 #<roo:1.49 #<rou:0.81 #<run:-0.08 #<saf:-0.49 #<sai:1.89 "
    "#<sam:-0.08 #<san:-0.78 #<sat:-0.08 #<sav:-0.31 #<saw:1.71 #<say:1.65 #<sca:0.36 "
    "#<sch:-1.06 #<scr:0.61 #<sec:0.32 #<see:0.29 #<sel:-0.37 #<sen:-0.08 #<sep:-1 "
    "#<ser:-0.84 #<ses:-0.59 #<set:0.21 #<sev:1.71 #<sha:0.61 #<she:1.81 #<sho:-0.73 "
    "#<shu:0.61 #<sid:0.61 #<sig:-0.31 #<sin:1.12 #<sis:1.3 #<sit:0.01 #<six:0.32 #<sle:2 "
    "#<sli:-1 #<slo:0.61 #<sma:0.32 #<sme:2 #<smo:-0.49 #<so>:0.21 #<soc:-1.33 #<som:0.17 "
    "#<son:0.32 #<sor:-0.33 #<spa:0.61 #<spe:-0.34 #<spo:-0.78 #<sta:1.03 #<ste:1.12 "
    "#<sti:0.61 #<sto:0.93 #<str:0.25 #<stu:1.17 #<sub:-0.08 #<sud:-0.49 #<sum:-0.49 #<sun:2 "
    "#<sup:0.1 #<sur:-0.31 #<sus:-0.49 #<swa:-0.49 #<sys:-1.33 #<tab:1.82 #<tak:0.71 "
    "#<tal:-1.79 #<tar:-0.49 #<tax:-1.33 #<tbh:0.9 #<tea:0.73 #<tee:1.71 #<tel:0.73 "
    "#<tem:0.61 #<ten:0.39 #<ter:-0.24 #<tes:-0.49 #<tex:0.21 #<tha:-0.86 #<the:0.08 "
    "#<thi:0.28 #<tho:0.21 #<thr:0.36 #<thu:-0.49 #<tic:-0.49 #<til:0.83 #<tim:-0.31 "
    "#<tin:0.61 #<tir:1.71 #<to>:0.29 #<toa:0.61 #<tod:-0.64 #<toi:0.61 #<tol:0.61 #<tom:1.02 "
    "#<ton:0.61 #<too:0.54 #<top:-1 #<tra:-0.84 #<tri:-0.64 #<tro:1.02 #<tru:-0.31 "
    "#<try:-0.08 #<tue:0.21 #<tur:0.14 #<tut:-0.08 #<twi:-0.49 #<two:-0.64 #<typ:-0.49 "
    "#<unc:1.71 #<und:0.21 #<uni:-0.49 #<unp:-0.49 #<unt:2.56 #<up>:0.01 #<upd:-0.49 #<ups:2 "
    "#<us>:-0.08 #<use:-0.08 #<ven:-0.49 #<ver:0.9 #<vis:0.14 #<vol:0.39 #<wag:1.02 "
    "#<wai:-0.89 #<wak:1.71 #<wal:1.3 #<wan:-0.46 #<war:-0.31 #<was:-0.28 #<wat:0.61 "
    "#<way:0.21 #<we>:-0.28 #<web:-0.78 #<wed:-0.49 #<wee:0.8 #<wei:1.71 #<wel:-0.31 "
    "#<wen:-0.64 #<wer:-0.18 #<wet:1.71 #<wev:-0.64 #<wha:-0.15 #<whe:0.64 #<whi:0.73 "
    "#<who:-0.23 #<why:0.21 #<wif:0.21 #<wil:-0.93 #<win:1.71 #<wit:0.3 #<wom:0.79 #<won:1.3 "
    "#<wor:-0.52 #<wou:-0.37 #<wri:0.61 #<wro:-1.59 #<yea:-0.15 #<yes:0.83 #<yet:-0.49 "
    "#<you:-0.8 #abbe:2.56 #abil:0.61 #able:0.18 #abou:-0.31 #abus:-1 #acad:-0.49 #acco:0.61 "
    "#ace>:0.21 #aces:-0.08 #ach>:-0.08 #ache:1.02 #achi:1.02 #ack>:0.43 #acka:0.61 "
    "#acke:-0.78 #act>:-0.64 #acti:-1 #acto:-0.31 #acts:-0.49 #actu:-1.59 #adde:0.61 "
    "#addr:0.61 #ade>:0.61 #adem:-0.49 #adge:-0.49 #adin:1.02 #ads>:1.24 #adul:-0.37 "
    "#advi:-0.78 #ady>:1.12 #afe>:0.61 #afeg:-1.79 #aff>:0.32 #affi:-0.49 #afle:-0.78 "
    "#afte:0.04 #agai:0.98 #age>:-1.09 #agen:-1 #ager:0.32 #ages:-0.26 #agin:1.02 #agit:-0.49 "
    "#agno:-0.49 #ago>:-0.78 #agre:-0.78 #aid>:0.93 #ail>:0.27 #aile:-1 #ails:-0.78 "
    "#ain>:0.39 #aine:0.61 #aini:-0.49 #ains:1.3 #aint:0.61 #air>:2 #airs:1.46 #aise:-0.49 "
    "#aiti:-1.33 #ake>:0.78 #aken:-0.31 #akes:1.08 #akin:0.79 #aks>:-0.37 #alat:-0.49 "
    "#alf>:0.79 #alk>:-0.78 #alke:-1 #alki:0.61 #all>:0.22 #alli:1.02 #allo:-0.08 #alls:0.61 "
    "#ally:-0.64 #alon:0.39 #alre:-0.49 #als>:-1 #alth:-0.49 #alwa:1.53 #ama>:-0.49 "
    "#ame>:0.32 #amed:0.21 #amhs:-0.78 #amil:-0.49 #amp>:0.9 #ams>:-1 #anag:-0.64 #anat:-0.78 "
    "#ance:-0.86 #anci:-0.49 #and>:0.84 #andi:0.21 #andk:0.61 #andl:-0.49 #ands:2.56 "
    "#anel:-0.49 #ang>:-0.31 #ange:0.39 #angi:0.21 #angr:0.61 #anic:-0.49 #anit:0.21 "
    "#ank>:1.59 #anks:-1.33 #anor:-0.49 #anot:0.61 #ans>:0.61 #ansp:-0.31 #answ:0.61 "
    "#ant>:-0.08 #ante:0.61 #anti:-0.49 #ants:0.21 #anwh:-0.49 #anxi:-0.78 #any>:0.61 "
    "#anym:2.4 #anyo:-0.68 #anyt:1.3 #anyw:-0.49 #apol:-1 #app>:-0.08 #appe:-0.08 #appl:-0.49 "
    "#appo:-0.78 #appr:-0.49 #arat:-0.49 #arch:-0.49 #ard>:0.01 #arde:2.22 #ardi:-1.09 "
    "#ards:0.9 #are>:-0.55 #area:-0.49 #ared:0.46 #aren:-0.49 #arer:-0.49 #arge:-2.1 "
    "#argi:-0.49 #arin:0.9 #ark>:1.02 #arki:-0.78 #arks:2 #arli:-1 #arly:-1.47 #arm>:0.77 "
    "#arms:2.4 #arne:1.02 #arni:0.83 #arou:1.02 #arry:0.21 #ars>:0.05 #art>:0.39 #arte:2.22 "
    "#artn:2.4 #ary>:0.9 #ase>:-0.49 #ased:-0.49 #ash>:0.74 #ashe:0.9 #asic:0.61 #ask>:0.21 "
    "#aske:0.95 #aski:1.12 #asks:1.71 #asle:1.71 #asnt:0.95 #ass>:1.17 #asse:-1 #assi:-0.78 "
    "#assp:1.71 #assu:-0.78 #assw:-0.49 #ast>:0.61 #aste:-0.49 #asur:-0.31 #asy>:-0.49 "
    "#atch:0.05 #ate>:-0.84 #ated:-1.69 #atel:0.21 #ater:0.61 #ates:0.39 #athe:0.9 #athr:1.53 "
    "#aths:-0.49 #atie:-0.49 #atin:0.61 #atio:-1.69 #ativ:-0.31 #ats>:-0.64 #atte:-1.33 "
    "#atur:0.32 #augh:0.14 #augu:-0.49 #ause:0.88 #aust:-0.49 #auti:-0.49 #ave>:0.1 "
    "#aved:-0.49 #avel:0.21 #aven:0.61 #aves:2.22 #avin:-1.18 #aybe:-0.49 #ayin:1.12 "
    "#ayme:-0.78 #ays>:1.8 #baby:1.71 #back:0.54 #bad>:0.21 #badg:-0.49 #band:0.9 #bang:1.02 "
    "#bank:2.12 #basi:0.61 #bath:1.53 #bbed:2.56 #beca:0.88 #beco:-0.49 #bed>:1.57 #bedr:2 "
    "#been:1.1 #befo:0.32 #begi:-0.49 #behi:0.21 #bein:-0.2 #bene:0.61 #ber>:0.14 #bers:0.61 "
    "#bett:-1 #betw:0.61 #big>:-0.49 #bigg:-0.78 #bili:0.21 #bill:-1 #bins:-0.49 #bit>:-1.47 "
    "#blac:0.21 #ble>:-0.71 #bled:-0.89 #blem:-0.49 #blet:1.82 #blic:0.61 #blin:0.21 #blok:2 "
    "#blue:0.21 #bmit:-0.08 #body:0.21 #book:-0.49 #both:1.71 #bour:0.83 #bout:-0.31 "
    "#box>:-0.49 #boyf:2.4 #brar:1.02 #brb>:-0.78 #brea:-0.31 #bril:-0.49 #brin:-0.78 "
    "#broa:0.61 #brok:0.61 #brot:1.42 #brui:1.71 #bsit:-0.78 #budg:-1 #burn:2 #bus>:1.02 "
    "#buse:-1.09 #but>:0.31 #butt:0.21 #cade:-0.49 #cala:-0.49 #call:0.32 #calm:1.71 "
    "#came:0.77 #camh:-0.78 #cams:-0.78 #can>:-0.64 #canc:-1.59 #cant:1.1 #car>:0.95 "
    "#card:1.17 #care:-0.2 #cari:1.02 #carr:0.21 #case:0.32 #cash:1.71 #catc:-0.49 "
    "#cate:-0.78 #cati:-1.18 #caus:0.88 #ccou:0.61 #ced>:-0.49 #cel>:-0.49 #cell:-1.47 "
    "#cent:-0.18 #cept:0.61 #cer>:0.61 #cern:-0.78 #ces>:0.39 #cess:-1 #chai:1.3 #chan:0.48 "
    "#char:-2.03 #chas:-1 #chat:-1.18 #chec:-0.24 #ched:0.61 #chem:-1 #chen:2.22 #cheq:0.61 "
    "#cher:0.21 #ches:2.22 #chil:-1.47 #chin:1.71 #choo:-0.93 #chti:0.21 #cial:-1.79 "
    "#cide:0.21 #cies:-0.49 #cil>:-1 #cisi:-0.78 #ckag:0.61 #cked:0.9 #cker:-0.49 #ckin:0.05 "
    "#cks>:1.12 #clas:0.61 #cle>:0.61 #clea:-0.78 #clos:-0.37 #clot:1.3 #club:0.14 "
    "#clud:-0.49 #clus:-0.78 #coff:0.21 #coll:0.9 #come:0.91 #comi:1.53 #comm:-0.78 "
    "#comp:0.39 #conc:-0.78 #cond:0.21 #conf:-1 #cont:-0.84 #cook:0.21 #cope:-0.49 #cord:0.21 "
    "#cort:0.61 #cost:0.21 #coul:-0.2 #coun:-0.4 #cour:0.01 #cove:-1 #cras:0.61 #crat:1.02 "
    "#crea:1.02 #cree:-0.49 #crie:1.71 #crim:-0.49 #cris:-0.49 #crit:-0.49 #cros:0.61 "
    "#cted:0.21 #ctio:-1.18 #ctiv:-0.78 #ctor:-0.49 #cts>:0.21 #ctua:-1.59 #ctur:-0.49 "
    "#curr:-0.49 #cus>:-0.49 #cut>:-0.49 #cutt:-0.49 #dad>:0.92 #dads:1.08 #dal>:-0.49 "
    "#damp:0.61 #dang:-0.49 #dark:1.71 #date:-0.78 #daug:0.17 #day>:0.35 #days:1.44 "
    "#dden:0.61 #ddle:0.21 #ddre:0.61 #dea>:0.61 #deal:1.02 #debt:0.61 #deci:-0.49 #ded>:0.02 "
    "#deli:1.71 #deme:0.43 #demi:-0.49 #den>:2.4 #denc:-0.78 #denl:-0.49 #dent:-0.78 "
    "#der>:0.44 #deri:0.61 #desi:-0.78 #deta:-0.49 #dge>:-0.31 #dget:-1 #diag:-0.49 "
    "#dica:-0.49 #did>:-0.08 #didn:-0.37 #die>:0.61 #died:-0.08 #diff:1.02 #digi:-0.49 "
    "#ding:-0.2 #dire:0.21 #disa:-0.69 #disc:-1 #disg:-1.18 #dist:-0.49 #dkid:0.61 #dler:0.61 "
    "#dlin:-0.49 #dnt>:-0.08 #does:0.41 #doin:0.79 #dome:-0.49 #done:-0.08 #dont:0.9 "
    "#door:1.3 #dow>:1.02 #down:1.3 #dren:-0.78 #dres:0.9 #drin:2.4 #driv:0.61 #droo:2 "
    "#drop:0.43 #dson:1.71 #duca:-0.49 #dult:-0.37 #duri:0.61 #dust:-0.49 #duty:-1 "
    "#dvic:-0.49 #dyin:-0.49 #dys>:0.61 #each:0.36 #ead>:-0.4 #eadi:1.02 #eady:0.61 "
    "#eafl:-0.78 #eak>:-0.16 #eaki:-0.49 #eaks:-0.37 #eal>:0.39 #eall:-0.26 #eals:-0.49 "
    "#ealt:-0.49 #eam>:-0.49 #ean>:0.21 #eant:1.02 #eanw:-0.49 #ear>:-0.15 #eard:-1 "
    "#eari:0.61 #earl:-1.87 #earn:1.17 #ears:0.05 #eas>:0.61 #ease:-0.64 #east:0.21 "
    "#easu:-0.31 #easy:-0.49 #eat>:0.61 #eate:0.61 #eati:0.9 #eave:0.86 #eavi:-1 #ebsi:-0.78 "
    "#ebt>:0.61 #ecau:0.88 #ecia:-0.49 #ecid:0.21 #ecis:-0.78 #eck>:0.1 #ecks:1.02 "
    "#ecom:-0.78 #econ:0.21 #ect>:-1.47 #ecte:0.61 #ecti:-1.18 #eded:0.61 #edic:-0.49 #edro:2 "
    "#eds>:-0.55 #educ:-0.78 #eed>:-1.15 #eede:0.61 #eeds:-1.06 #eein:0.61 #eek>:0.61 "
    "#eeke:0.61 #eeks:0.97 #eel>:0.21 #eeli:0.21 #eels:0.61 #een>:1 #eep>:1.89 #eepi:1.02 "
    "#eeps:1.44 #eer>:0.61 #eers:-1 #ees>:1.71 #eet>:0.61 #eeti:-0.78 #eeve:1.71 #eezi:1.71 "
    "#efer:-0.78 #efit:0.61 #efor:0.32 #eft>:0.27 #eful:-0.49 #efun:-1.33 #egin:-0.49 "
    "#egle:-0.49 #egs>:0.61 #egua:-1.79 #ehin:0.21 #eigh:1.17 #eing:-0.08 #eir>:-0.2 "
    "#eisu:-0.49 #eith:0.61 #eken:0.61 #eks>:0.97 #eld>:-0.08 #elev:-0.49 #elf>:0.51 "
    "#elig:-0.49 #elin:-0.31 #eliv:1.71 #ell>:0.78 #ella:1.02 #ellb:-0.49 #elle:-1.47 "
    "#elli:0.9 #ello:-1 #ells:1.02 #elp>:-0.03 #elpe:-0.78 #elpi:-0.49 #elps:0.61 #els>:-0.08 "
    "#else:0.21 #ely>:-0.93 #emai:-0.08 #eman:0.61 #embe:-0.31 #eme>:-0.78 #emen:0.46 "
    "#emer:-0.08 #emie:-0.49 #empt:1.71 #ems>:-0.49 #enan:-0.08 #ence:-1.33 #ency:-0.49 "
    "#end>:1.3 #enda:-0.49 #ende:0.61 #ends:0.61 #ened:0.74 #enef:0.61 #ener:0.21 #enew:-1 "
    "#enge:0.1 #engl:-0.49 #enin:0.21 #enjo:-0.49 #enly:-0.49 #enou:-0.08 #ens>:-0.08 "
    "#ensa:-0.49 #ensi:1.53 #ent>:-0.58 #enti:-0.08 #entr:0.01 #ents:-0.26 #enui:-0.49 "
    "#eone:-1.79 #eopl:-1 #eory:0.21 #epai:1.71 #epar:-0.49 #ephe:2 #epin:1.02 #epla:-0.49 "
    "#epor:0.1 #eps>:1.3 #ept>:2 #epte:-0.49 #eque:0.61 #eral:-0.49 #erat:-0.08 #erda:1.53 "
    "#ere>:-0.31 #ered:0.61 #eren:0.21 #eres:1.2 #erge:-0.08 #eria:-0.49 #erie:0.21 "
    "#erin:0.61 #erly:-0.08 #erm>:-1 #ern>:-0.49 #erni:-0.37 #ernm:-1 #erra:-0.08 #erre:-0.49 "
    "#erri:0.61 #ers>:-0.47 #ersa:-0.49 #erse:2.22 #erso:-0.78 #ervi:-1.12 #erwa:-0.49 "
    "#ery>:1.02 #eryo:-0.78 #eryt:-0.08 #esca:-0.49 #esco:0.61 #esda:0.21 #ese>:-0.78 "
    "#esid:-0.49 #esig:-0.78 #esnt:0.83 #esol:1.02 #espi:0.21 #espo:-0.49 #ess>:-0.16 #essa:2 "
    "#esse:-0.31 #essi:-0.4 #essm:-2.03 #est>:-0.49 #este:1.12 #esti:-0.64 #estl:0.77 "
    "#etai:-0.49 #eted:-0.78 #ethe:0.21 #ethi:0.39 #etim:1.02 #etin:-1 #ets>:0.48 #ette:-0.2 "
    "#etti:1.02 #etur:1.02 #etwe:0.61 #eve>:-0.24 #even:0.71 #ever:0.41 #eves:1.71 "
    "#evie:-0.78 #ewal:-0.78 #ewed:-0.78 #ewhe:0.61 #ewor:1.02 #exam:-0.49 #excl:-0.49 "
    "#exha:-0.49 #exib:-0.49 #expl:-0.31 #ext>:0.39 #extr:0.61 #eyre:-0.49 #eys>:0.21 "
    "#eyve:0.21 #ezin:1.71 #face:0.21 #fail:-1 #fall:0.1 #fami:-0.49 #far>:-0.49 #fast:1.02 "
    "#fee>:0.61 #feel:0.21 #fegu:-1.79 #feli:-0.49 #fell:0.61 #fer>:-0.08 #fere:-0.08 "
    "#ferr:-1.18 #few>:0.21 #ffee:0.21 #ffer:-0.64 #ffic:0.9 #fice:1.02 #fide:-0.49 "
    "#fied:0.61 #fiel:-0.78 #fill:-0.31 #fina:0.21 #find:-0.49 #fine:0.61 #fing:1.02 "
    "#firm:-0.49 #firs:-0.64 #five:-0.78 #flat:2 #flet:-0.78 #flex:-0.49 #flin:1.71 "
    "#floo:1.02 #food:1.71 #for>:-0.2 #fore:0.32 #form:-1.69 #fort:-0.49 #forw:0.21 "
    "#foun:1.02 #four:-0.08 #free:0.61 #frid:1.3 #frie:1.38 #frig:1.3 #from:0.65 #fron:0.21 "
    "#ften:-0.08 #fter:0.04 #ful>:-0.08 #full:0.61 #fund:-1.59 #fuss:1.71 #gain:0.98 "
    "#gard:1.71 #gas>:1.71 #gave:0.39 #ged>:-0.69 #genc:-0.64 #gene:-0.49 #gent:0.61 "
    "#genu:-0.49 #ger>:0.52 #gers:0.1 #ges>:-0.08 #gest:-0.78 #get>:-0.42 #gete:-0.49 "
    "#geth:-0.49 #gets:0.01 #gett:0.83 #gged:0.61 #gger:-0.78 #gges:-0.49 #ggli:-1 #ghbo:0.83 "
    "#ght>:1.12 #ghte:0.55 #ghti:2 #ghtl:-0.49 #ghtm:-0.49 #ghts:0.74 #ging:0.43 #ginn:-0.49 "
    "#girl:2.22 #gita:-1 #give:1.3 #givi:2.4 #gle>:-0.78 #glec:-0.49 #glin:-1 #gnos:-0.49 "
    "#gnpo:-0.49 #gns>:-0.49 #goes:1.71 #goin:0.32 #good:-0.4 #goog:-0.49 #got>:0.18 #gove:-1 "
    "#grab:1.3 #grac:-1 #gran:0.61 #grea:0.32 #gree:-0.78 #grou:-0.08 #gry>:0.61 #guar:-1.79 "
    "#gust:-0.78 #had>:0.48 #hair:1.3 #half:0.79 #han>:0.61 #hand:0.21 #hang:0.61 #hank:-1.47 "
    "#happ:0.05 #hard:2 #harg:-2.03 #harm:-1 #has>:0.79 #hase:-0.78 #hasn:1.02 #hat>:-0.5 "
    "#hats:-0.57 #haus:-0.49 #have:0.13 #havi:-0.49 #hbou:0.83 #heal:-0.49 #hear:-0.08 "
    "#heat:0.9 #heck:-0.24 #hed>:1.17 #heir:-0.2 #hell:1.02 #help:-0.21 #hem>:0.07 "
    "#heme:-0.78 #hen>:0.61 #heor:0.21 #hequ:0.61 #her>:1.42 #here:0.08 #hers:1.3 #hes>:3.3 "
    "#hese:-0.78 #heth:0.61 #heti:0.61 #hew>:2 #hey>:0.44 #heyr:-0.49 #heyv:0.21 #hich:0.32 "
    "#hidd:1.71 #hide:2.22 #hild:-1.47 #hile:0.43 #him>:2.22 #hims:1.71 #hin>:0.1 #hind:0.21 "
    "#hine:1.3 #hing:0.54 #hink:1.46 #his>:1.07 #hisp:1.71 #hit>:-0.49 #hiya:-0.78 #hoar:0.61 "
    "#hock:-1 #hoev:-0.49 #hold:0.32 #hole:-0.08 #holi:-0.49 #home:0.72 #hone:0.67 "
    "#hool:-0.86 #hopp:0.21 #hort:-1.33 #hos>:-1.33 #hose:-0.49 #hosp:-0.49 #hoto:-1 "
    "#houg:-0.08 #houl:-2.06 #hour:-0.64 #hous:1.46 #hout:0.48 #how>:0.25 #howe:1.71 "
    "#hree:0.16 #hroo:1.53 #hrou:0.27 #hten:1.3 #hter:0.27 #htie:1.71 #htim:0.21 #htly:-0.49 "
    "#htma:-0.49 #hts>:0.74 #hub>:-0.49 #hurs:-0.49 #hurt:1.71 #husb:1.02 #hut>:0.61 "
    "#hyme:0.61 #iagn:-0.49 #ial>:-1.87 #iant:-0.49 #ible:-1.33 #ibra:1.02 #ibus:0.61 "
    "#ical:1.02 #icat:-0.78 #ice>:-0.4 #icer:0.61 #ich>:-0.08 #ick>:0.43 #icke:0.21 "
    "#icki:1.02 #ics>:0.21 #ictu:-0.49 #icy>:-1 #iday:0.32 #idde:1.71 #ide>:1.46 #idea:0.21 "
    "#ided:0.21 #iden:-0.89 #ider:-1 #idge:0.61 #idnt:-0.37 #ids>:-0.08 #ied>:0.46 "
    "#ield:-0.78 #iend:1.38 #ient:-0.49 #ier>:-1.18 #ies>:-0.67 #iet>:0.9 #iew>:-0.49 "
    "#iewe:-0.49 #ife>:0.43 #ifel:-0.49 #iffe:0.61 #ifi>:-0.49 #ifie:0.61 #ift>:0.21 "
    "#igge:-1.33 #ighb:0.83 #ight:1.08 #igib:-0.49 #igit:-0.49 #ign>:0.21 #ignp:-0.49 "
    "#igns:-0.49 #ike>:-0.13 #ikel:-0.49 #ild>:-1 #ildr:-0.78 #ile>:0.27 #iled:-1 #ilet:0.61 "
    "#ilie:-1.47 #ilin:2 #ilit:0.21 #ill>:-0.02 #ille:-1.18 #illi:-0.64 #ills:0.32 "
    "#ils>:-0.78 #ily>:0.39 #ime>:-0.25 #imes:0.21 #imse:1.71 #inan:0.21 #ince:1.37 "
    "#inch:1.71 #incl:-0.78 #ind>:-0.89 #indo:1.71 #ine>:0.21 #ined:-0.49 #inel:-0.49 "
    "#ines:-0.78 #info:-1 #ing>:0.19 #inge:1.71 #ings:0.87 #inib:0.61 #inin:-0.49 #ink>:0.77 "
    "#inki:1.3 #inks:1.71 #inne:-0.49 #ins>:-1.18 #insp:-0.49 #inst:0.79 #int>:-0.2 "
    "#inte:-0.49 #intm:-0.78 #into:0.32 #inui:-0.49 #inut:-1.33 #iny>:-0.49 #ion>:-1.18 "
    "#iona:-0.49 #ioni:-0.49 #ions:0.1 #ious:-0.08 #ips>:0.21 #ird>:0.61 #irec:0.21 "
    "#ired:0.61 #irl>:1.71 #irs>:1.46 #irst:-0.78 #isab:-0.59 #isch:-0.49 #iscl:-0.49 "
    "#ise>:-0.49 #ised:-0.49 #ises:1.71 #isgr:-1 #ish>:-0.08 #isin:-0.49 #isio:-1.18 "
    "#isis:-0.49 #isit:0.14 #isk>:-0.78 #isnt:-0.78 #ispe:1.71 #isse:-0.49 #ist>:-0.49 "
    "#iste:0.46 #isti:-0.08 #istr:-0.49 #isur:-0.49 #ital:-0.78 #itat:-0.49 #itch:2.22 "
    "#ite>:-0.37 #iter:-0.49 #ith>:0.41 #ithi:-0.31 #itho:-0.08 #itin:-1.47 #itor:0.61 "
    "#its>:0.14 #itte:-0.78 #itti:-0.31 #ittl:1.71 #ity>:-1.09 #ivat:-0.49 #ive>:0.95 "
    "#ived:0.61 #iven:0.61 #iver:0.61 #ives:0.61 #ivin:0.9 #ivit:-0.49 #iya>:-1.18 #join:1.71 "
    "#joke:-0.08 #jour:0.05 #just:0.11 #kage:0.61 #ked>:0.53 #keep:1.42 #kely:-0.49 "
    "#ken>:-0.24 #kend:0.61 #ker>:-0.37 #kers:-1 #kery:0.61 #kes>:1.2 #key>:1.3 #kick:0.83 "
    "#kids:-0.08 #kill:-1.47 #king:0.19 #kitc:2.22 #knew:0.61 #knoc:1.02 #know:-0.04 "
    "#lace:0.14 #lack:0.21 #lade:0.61 #lads:1.46 #lady:1.71 #lain:0.39 #lan>:-1.18 "
    "#lana:-0.78 #land:-0.08 #lar>:0.61 #lass:0.61 #last:0.44 #lat>:2.22 #late:-0.57 "
    "#lati:-0.49 #law>:1.71 #layi:-0.49 #lbei:-0.49 #lder:0.77 #ldnt:0.21 #ldre:-0.78 "
    "#lds>:0.61 #lead:-0.78 #leaf:-0.78 #leak:0.61 #lean:-0.49 #lear:0.49 #leas:-0.49 "
    "#leav:0.29 #lect:-0.49 #led>:-1.91 #leep:1.91 #leev:1.71 #left:0.27 #legs:1.02 "
    "#leis:-0.49 #lend:1.71 #ler>:0.21 #les>:0.39 #less:-0.24 #let>:1.3 #lete:-0.49 "
    "#lets:1.08 #lett:0.39 #lexi:-0.49 #lian:-0.49 #libr:1.02 #lic>:0.61 #licy:-1 #lida:-0.49 "
    "#lier:-1 #lies:-1.47 #life:-1 #lift:1.02 #ligh:0.21 #ligi:-0.49 #like:-0.21 #linc:1.71 "
    "#lind:0.61 #line:-0.37 #ling:0.14 #link:-1 #lip>:0.61 #lish:-0.49 #list:-1.59 #litt:1.71 "
    "#lity:0.21 #live:1.59 #livi:0.32 #lked:-1 #lkin:0.61 #lla>:1.71 #llbe:-0.49 #llec:0.21 "
    "#lled:-1.95 #llia:-0.49 #llin:0.61 #llo>:-0.78 #lloc:-0.78 #llow:0.43 #lls>:0.72 "
    "#lly>:-0.42 #load:-0.49 #loca:-1 #lock:1.86 #logy:-1 #loke:2 #lol>:-0.49 #lone:0.21 "
    "#long:-0.18 #look:0.21 #loor:1.71 #lose:-0.78 #losi:0.61 #lost:-0.31 #lot>:-0.37 "
    "#loth:1.3 #lots:-1.33 #loud:0.61 #love:-0.49 #low>:1.71 #lowa:-0.78 #lowe:0.61 "
    "#lped:-0.78 #lpin:-0.49 #lps>:0.61 #lrea:-0.49 #lse>:0.61 #lses:-0.49 #lth>:-0.49 "
    "#lts>:-0.49 #lub>:0.43 #lubs:-0.78 #lude:-0.49 #lue>:0.21 #lunc:0.21 #lunt:0.61 "
    "#lusi:-0.78 #lves:-0.49 #lway:1.71 #mach:1.02 #made:0.32 #mail:-0.08 #main:-0.49 "
    "#make:0.97 #maki:1.02 #mall:-0.49 #man>:2.81 #mana:-0.64 #many:0.61 #marc:-0.78 "
    "#mare:-0.49 #mark:2 #mash:1.02 #mass:-0.49 #mate:0.9 #math:-0.49 #mati:-1.18 #matt:-1.18 "
    "#mayb:-0.49 #mber:0.21 #meal:0.61 #mean:0.1 #meas:-0.31 #med>:0.39 #medi:-0.49 "
    "#meds:1.02 #meet:-1 #mell:2 #memb:0.61 #men>:0.9 #ment:-0.97 #meon:-1.79 #merg:-0.08 "
    "#mes>:0.61 #mess:2 #mest:-0.49 #meth:0.39 #meti:1.02 #mewh:0.61 #mewo:1.02 #mhs>:-0.78 "
    "#mies:-0.49 #migh:0.21 #mili:-1.47 #mill:-0.78 #mily:0.39 #mine:0.21 #ming:1.46 "
    "#mini:0.21 #mins:-0.49 #minu:-1.33 #mise:-0.49 #miss:-0.08 #mist:-0.49 #mit>:0.21 "
    "#mitt:-0.78 #mmen:0.61 #mmun:-0.78 #mome:-0.49 #mond:0.61 #mone:1.93 #mont:0.05 "
    "#more:0.93 #morn:0.21 #most:0.61 #mot>:-0.49 #moth:0.61 #moul:0.61 #move:1.82 "
    "#mpen:-0.49 #mpla:0.1 #mple:-0.78 #mpti:-0.49 #mpty:1.71 #mput:1.12 #mrs>:2 #msel:1.02 "
    "#much:1.02 #mum>:0.24 #mums:1.3 #muni:-0.78 #murd:-0.49 #musi:-0.49 #myse:0.9 "
    "#nack:-0.49 #nage:-0.08 #nal>:-0.24 #name:-1 #nanc:0.21 #nant:-0.08 #nati:-1.18 "
    "#nce>:0.44 #ncel:-1.59 #ncer:-0.78 #nche:2 #ncht:0.21 #ncia:-0.49 #ncil:-1 #ncle:1.71 "
    "#nclu:-0.78 #ncy>:-0.31 #nday:1.53 #nded:-0.08 #nder:0.61 #ndin:0.21 #ndki:0.61 "
    "#ndli:-0.49 #ndow:1.71 #nds>:1.22 #ndso:1.71 #near:-0.78 #neck:1.71 #ned>:0.44 "
    "#need:-1.33 #nefi:0.61 #negl:-0.49 #neig:0.83 #nely:-0.78 #neph:2 #ner>:1.42 #nera:-0.78 "
    "#ners:0.21 #nes>:-0.64 #nest:0.9 #neve:0.9 #new>:0.52 #newa:-0.78 #next:0.61 #ney>:1.48 "
    "#neys:-0.49 #nfid:-0.49 #nfor:-1 #nge>:1.12 #nged:-0.08 #nger:0.51 #nges:0.61 #ngin:0.61 "
    "#ngla:-0.49 #ngry:0.61 #ngs>:0.95 #nhs>:-0.49 #nibu:0.61 #nic>:-0.49 #nice:1.71 "
    "#nigh:1.34 #ning:0.17 #nity:-1.18 #njoy:-0.49 #nkin:1.53 #nks>:-0.24 #nlin:-0.08 "
    "#nly>:0.25 #nmen:-1 #nner:0.21 #nny>:0.61 #nobo:0.02 #nock:1.02 #nora:-0.49 #not>:0.57 "
    "#note:-0.78 #noth:-0.2 #noti:0.61 #noug:-0.08 #nove:-0.78 #now>:0.14 #nows:0.32 "
    "#npai:-0.49 #npos:-0.49 #nsat:-0.49 #nsio:1.53 #nspe:-0.49 #nspo:-0.31 #nst>:2 #nsta:2 "
    "#nste:-0.49 #nstr:-0.49 #nswe:0.61 #ntac:-0.64 #nted:0.61 #ntee:0.39 #nter:-0.49 "
    "#nth>:0.27 #nths:0.05 #ntia:0.14 #ntil:2.56 #ntin:-1.18 #ntle:1.71 #ntme:-0.78 "
    "#nto>:0.32 #ntra:-0.37 #ntre:-0.08 #nts>:-0.14 #nuin:-0.49 #nuit:-0.49 #numb:0.61 "
    "#nute:-1.33 #nwhi:-0.49 #nxio:-0.49 #nymo:2.4 #nyon:-0.68 #nyth:1.3 #nywa:-0.78 "
    "#nywh:0.21 #oad>:-0.49 #oard:1.02 #oast:0.61 #oat>:1.71 #oble:-0.49 #obod:0.02 "
    "#ocat:-0.78 #oces:-0.78 #ocia:-1.33 #ock>:0.83 #ocke:1.71 #ocki:-0.31 #oday:-1.18 "
    "#oddl:0.61 #ody>:0.14 #odys:0.61 #oes>:1.05 #oesn:0.83 #oeve:-0.49 #off>:0.15 "
    "#offe:-0.78 #offi:1.02 #ofte:-0.08 #oget:-0.49 #ogle:-0.49 #ogy>:-1 #oile:0.21 "
    "#oin>:1.71 #oing:0.48 #oint:-0.31 #oke>:0.43 #oked:-0.49 #oken:0.21 #oker:0.61 "
    "#okin:-1.18 #oks>:0.9 #old>:0.51 #olde:0.95 #olds:0.61 #ole>:-0.24 #oles:0.61 "
    "#olic:-1.18 #olid:-0.49 #olle:0.61 #olog:-1 #ols>:-0.08 #olun:0.39 #oman:1.53 #ome>:0.93 "
    "#omen:-0.49 #omeo:-1.79 #omes:0.81 #omet:0.73 #omew:0.9 #omin:1.53 #omis:-0.78 "
    "#omme:0.61 #ommi:-0.49 #ommu:-0.78 #ompe:-0.49 #ompl:-0.08 #ompu:1.12 #oms>:0.61 "
    "#onal:-0.08 #once:-1.18 #ond>:0.21 #onda:0.61 #onde:0.61 #one>:-0.41 #ones:0.61 "
    "#oney:1.93 #onfi:-0.78 #ong>:-0.78 #onge:1.71 #onig:1.02 #onis:-0.49 #onli:-0.08 "
    "#only:0.48 #ons>:-0.35 #ont>:0.9 #onta:-0.64 #onth:0.05 #onti:-0.49 #ontr:-0.49 "
    "#ood>:0.41 #oogl:-0.49 #ook>:0.53 #ooke:-0.08 #ooki:-1 #ooks:0.9 #ool>:-0.86 #ools:-0.78 "
    "#oom>:1.71 #oor>:1.37 #oors:1.3 #ope>:0.61 #open:0.61 #oper:-0.4 #opic:-0.78 #ople:-1 "
    "#oppe:1.17 #oppi:-0.31 #ops>:0.61 #opti:-0.49 #opul:-0.49 #oram:-0.49 #ord>:-0.08 "
    "#ords:-1 #ore>:0.68 #ork>:0.77 #orke:-0.69 #orki:-1.18 #orks:0.61 #orm>:-1.09 "
    "#orma:-1.33 #orms:-0.78 #orni:0.21 #orry:-0.93 #ors>:0.21 #orse:-0.08 #orst:-0.78 "
    "#ort>:-0.31 #orte:-0.08 #orth:0.61 #orts:0.21 #ortu:-0.49 #orwa:0.21 #ory>:-0.31 "
    "#ose>:-0.08 #osed:0.43 #oses:-0.78 #osin:0.61 #ospi:-0.49 #oss>:1.02 #ost>:0.39 "
    "#osts:0.61 #otes:-0.78 #othe:1.5 #othi:-0.37 #otic:0.61 #oto>:-0.49 #ots>:-1.47 "
    "#otte:0.61 #otti:-0.49 #oubl:1.02 #ouch:0.61 #oud>:1.3 #ough:0.35 #ould:-0.81 #ounc:-1 "
    "#ound:0.88 #oung:-0.54 #ount:0.46 #oup>:0.27 #oups:-0.78 #our>:-0.28 #oure:0.61 "
    "#ourn:0.05 #ours:-0.49 #ourt:0.61 #ous>:-0.31 #ousa:1.71 #ouse:1.62 #ousi:0.21 "
    "#out>:0.17 #outc:-1.18 #oute:-0.78 #outh:-0.64 #outs:1.3 #ove>:-0.24 #oved:1.71 "
    "#ovel:-0.31 #ovem:-0.49 #over:0.01 #ovid:-1 #owan:-0.78 #owe>:2 #owed:1.3 #ower:0.61 "
    "#owin:0.61 #own>:0.51 #ows>:0.83 #oyfr:2.4 #oys>:0.61 #pace:0.61 #pack:0.21 #page:-1.09 "
    "#paid:-0.2 #pair:1.71 #pane:-0.49 #pano:-0.49 #para:-0.49 #pare:-0.78 #park:-1 "
    "#part:1.71 #pass:0.49 #past:0.21 #path:0.61 #pati:-0.49 #pay>:1.12 #paym:-0.78 "
    "#pdat:-0.49 #peak:0.05 #pec>:-0.78 #peci:-0.49 #pect:-0.78 #ped>:0.61 #peer:-0.78 "
    "#pen>:0.61 #pend:0.61 #pene:0.9 #peni:0.21 #pens:0.61 #peop:-1 #per>:0.05 #pera:-0.08 "
    "#perl:0.1 #pers:-0.89 #phew:2 #phon:0.52 #phot:-1 #pic>:-0.78 #pick:0.61 #pict:-0.49 "
    "#pili:1.71 #pill:2 #ping:0.29 #pita:-0.49 #pite:0.21 #plac:0.14 #plai:0.39 #plan:-1.59 "
    "#plas:0.61 #play:-0.49 #ple>:-0.84 #plea:-0.64 #plet:-0.49 #ply>:-0.78 #poin:-0.31 "
    "#poli:-0.64 #polo:-1 #pop>:-0.49 #popu:-0.49 #port:-0.33 #pose:1.71 #post:0.83 "
    "#pott:0.21 #pped:1.17 #ppen:0.05 #ppin:0.1 #pply:-0.49 #ppoi:-0.78 #ppor:-1 #ppos:1.53 "
    "#ppro:-0.49 #pres:1.71 #prin:-0.49 #priv:-0.49 #priy:-0.49 #prob:0.21 #proc:-1 "
    "#prom:-0.78 #prop:-0.69 #prou:1.71 #prov:-1.33 #psta:1.71 #ptem:-0.49 #ptio:-1.18 "
    "#pty>:1.71 #publ:0.61 #pula:-0.49 #pull:1.3 #punc:1.71 #push:0.1 #put>:1.17 #pute:1.12 "
    "#puts:-0.49 #putt:1.71 #ques:0.1 #quic:0.61 #quie:1.12 #rabb:1.71 #rabl:-0.49 #race:-1 "
    "#ract:-1 #raig:1.71 #rain:-0.86 #rais:-0.49 #ral>:-1 #rama:-0.49 #ramp:0.61 #rand:1.12 "
    "#rang:-0.64 #rans:-0.49 #rari:0.61 #rary:1.06 #rash:0.21 #ratc:1.02 #rate:-0.78 "
    "#rath:1.02 #rati:-0.08 #rave:0.21 #rch>:0.21 #rday:0.95 #rden:2 #rder:0.61 #rdin:-1.09 "
    "#rds>:0.05 #rea>:-0.49 #reac:0.1 #read:0.29 #reak:-0.42 #real:-0.55 #ream:1.02 #reat:0.1 "
    "#reco:0.21 #rect:0.21 #red>:0.61 #ree>:-0.08 #reed:-0.49 #reen:-0.49 #reez:1.71 "
    "#refe:-0.78 #refu:-0.64 #ren>:-0.78 #renc:-0.49 #rene:-1 #rent:-0.08 #repa:1.71 #repl:-1 "
    "#repo:0.1 #rer>:0.49 #rers:-1.15 #res>:1.15 #resi:-0.49 #resp:-0.31 #ress:0.61 "
    "#retu:1.02 #revi:-1 #rew>:0.61 #rge>:-1 #rged:-1.33 #rgen:-0.31 #rges:0.21 #rget:-0.49 "
    "#rgin:-0.49 #rhym:0.61 #ria>:-0.49 #ribu:-0.49 #rida:1.02 #ridg:0.61 #ried:1.71 "
    "#rien:1.38 #ries:0.1 #rifi:0.61 #rigg:-0.49 #righ:0.46 #rill:-0.49 #ring:0.37 #rink:2.4 "
    "#rint:-0.49 #riou:0.61 #risi:-0.49 #risk:-0.78 #rist:1.71 #rite:-0.49 #ritt:0.21 "
    "#riva:-0.49 #rive:0.77 #rivi:-0.49 #riya:-0.49 #rker:-0.69 #rkin:-1.59 #rks>:1.53 "
    "#rlie:-1 #rly>:-0.93 #rmal:-0.49 #rmat:-1.18 #rms>:1.02 #rned:0.61 #rner:0.61 #rney:0.27 "
    "#rnig:-0.37 #rnin:0.53 #rnme:-1 #rns>:0.21 #road:-0.49 #robl:-0.49 #roce:-1 #roke:0.32 "
    "#rol>:0.61 #rom>:0.65 #romi:-0.78 #rong:-0.78 #ront:0.21 #room:1.71 #rop>:-1 #rope:-0.2 "
    "#ropp:0.21 #rops:2 #ross:0.61 #rote:-0.49 #roth:1.42 #roub:1.02 #roud:1.71 #roug:0.86 "
    "#roun:0.72 #roup:-0.08 #rovi:-1.18 #rows:2 #rral:-0.78 #rran:0.61 #rred:-0.49 "
    "#rren:-0.49 #rrif:0.61 #rry>:-1.06 #rsda:-0.49 #rse>:0.01 #rsel:2 #rses:-0.78 "
    "#rson:-0.78 #rst>:-1 #rted:1.4 #rth>:0.61 #rtne:2.4 #rts>:0.21 #rugg:-1 #ruis:1.71 "
    "#run>:0.61 #rung:-0.49 #rust:-0.78 #rvic:-1.12 #rwar:-0.31 #ryin:0.61 #ryon:-0.78 "
    "#ryth:-0.08 #sabi:0.61 #sabl:-0.89 #safe:-0.49 #sagi:1.71 #said:1.89 #same:0.1 "
    "#sand:1.02 #sani:-0.49 #sat>:-0.49 #sati:-0.78 #satu:0.32 #save:-0.31 #saw>:1.71 "
    "#say>:1.38 #sayi:1.3 #says:1.93 #sban:1.02 #scal:-0.49 #scam:-0.78 #scar:0.95 "
    "#scha:-0.49 #sche:-1 #scho:-0.86 #sclo:-0.49 #scor:0.61 #scra:1.02 #scre:0.61 "
    "#scri:-0.49 #sday:-0.31 #seco:0.21 #sed>:-0.24 #see>:0.1 #seei:0.61 #sefu:-0.49 "
    "#self:0.51 #sell:0.61 #send:0.32 #seng:0.1 #sent:0.32 #sepa:-0.49 #sept:-0.49 "
    "#serv:-1.12 #ses>:-0.93 #sess:-1.47 #set>:-0.49 #seve:1.71 #sgra:-1 #shak:0.61 #she>:1.3 "
    "#shed:1.12 #shes:3.56 #shin:1.02 #shoc:-1 #shop:-0.08 #shor:-1.33 #shou:-1.03 #show:2 "
    "#shut:0.61 #sibl:-1 #sic>:-0.49 #sica:1.02 #side:-0.24 #sign:-0.89 #sinc:1.37 "
    "#sing:-0.08 #sion:-0.2 #sis>:-0.78 #sist:1.3 #sit>:0.61 #site:-1.18 #sito:0.61 #sits:0.9 "
    "#sitt:-0.49 #sive:-0.78 #six>:0.32 #sked:0.95 #skin:1.12 #sks>:1.71 #slee:2.08 "
    "#slig:-0.49 #smas:1.02 #smel:2 #smen:-2.03 #smok:-0.49 #snt>:0.61 #soci:-1.33 #sol>:1.02 "
    "#some:0.17 #son>:0.68 #sona:0.61 #sons:-0.69 #sorr:-0.86 #sort:0.21 #spac:0.61 "
    "#spea:0.05 #spec:-1.59 #spen:0.21 #sper:1.71 #spit:-0.37 #spon:-0.49 #spor:0.39 "
    "#spot:-0.78 #sque:0.61 #ssag:2 #ssed:-0.37 #ssen:0.1 #sses:-2.1 #ssib:-0.49 #ssio:-0.4 "
    "#ssiv:-0.49 #ssme:-2.03 #sspo:1.71 #ssum:-0.78 #sswo:-0.49 #stab:1.71 #staf:0.24 "
    "#stag:0.61 #stai:2 #star:1.62 #stat:0.61 #stay:1.82 #sted:-1.47 #stem:-1.33 #sten:-0.78 "
    "#step:0.83 #ster:0.61 #stic:-0.78 #stil:0.61 #stin:-0.08 #stio:-0.08 #stly:0.9 "
    "#ston:-0.49 #stop:0.97 #stra:0.9 #stre:-0.08 #stro:0.21 #stru:-1.18 #sts>:0.21 #stuf:1.3 "
    "#subm:-0.08 #sudd:-0.49 #sue>:-0.49 #summ:-0.49 #sump:-0.49 #sund:2 #supp:0.1 "
    "#sure:-0.37 #susp:-0.49 #swer:0.61 #swor:0.21 #syst:-1.33 #tabl:1.3 #tact:-0.64 "
    "#taff:0.24 #tail:-0.49 #tair:2 #take:0.51 #taki:1.02 #tal>:-0.89 #talk:-1.79 #targ:-0.49 "
    "#tart:1.82 #tate:-0.08 #tati:0.61 #tax>:-1.18 #tay>:1.53 #tayi:1.53 #tbh>:0.9 "
    "#tch>:-1.33 #tche:2.22 #tchi:2 #tcom:-1.18 #tea>:2.22 #teac:1.3 #team:-0.49 #ted>:-0.29 "
    "#teer:0.39 #tell:0.73 #tely:-1 #tem>:-1.33 #temb:-0.49 #temp:0.61 #ten>:-0.08 "
    "#tena:-0.08 #tene:0.79 #tep>:0.61 #ter>:-0.08 #terd:1.53 #tere:-0.49 #teri:-0.78 "
    "#term:-1 #terr:0.61 #ters:0.83 #terw:-0.49 #tes>:-0.57 #test:-0.49 #text:0.21 #than:-0.4 "
    "#that:-0.82 #the>:0.1 #thei:-0.2 #them:-0.01 #then:-0.69 #theo:0.21 #ther:0.74 "
    "#thes:0.39 #they:0.15 #thin:0.34 #thir:-0.49 #this:0.13 #thos:-0.49 #thou:0.21 "
    "#thre:0.21 #thro:0.93 #ths>:-0.31 #thur:-0.49 #tia>:0.43 #tial:-0.49 #tic>:-0.37 "
    "#tice:0.61 #tick:-0.49 #tie>:1.71 #tien:-0.49 #ties:1.02 #til>:2.69 #till:0.71 "
    "#time:-0.11 #ting:-0.08 #tinu:-0.49 #tion:-1.5 #tire:1.02 #tist:-0.31 #tive:-0.64 "
    "#tivi:-0.49 #tle>:1.3 #tly>:0.61 #tmar:-0.49 #tmen:-0.78 #tner:2.4 #toas:0.61 "
    "#toda:-1.18 #todd:0.61 #toge:-0.49 #toil:0.61 #told:0.61 #tom>:0.61 #ton>:0.21 "
    "#tone:-0.49 #toni:1.02 #too>:0.41 #took:1.3 #top>:0.83 #topi:-0.78 #topp:1.02 "
    "#tops:-0.49 #tor>:0.21 #tors:-1.18 #tra>:0.61 #trac:-0.89 #trai:-0.4 #tran:-0.08 "
    "#trav:0.21 #tre>:-0.08 #trea:-0.49 #tres:-0.08 #trib:-0.49 #trie:0.61 #trig:-0.49 "
    "#trip:-0.49 #trol:1.71 #tron:0.61 #trou:1.02 #trug:-1 #trus:-0.78 #tryi:-0.08 "
    "#tted:-0.49 #tten:-0.31 #tter:-0.49 #ttin:0.32 #ttle:1.3 #tton:0.21 #tual:-1.59 "
    "#tues:0.21 #tuff:1.3 #turd:0.32 #ture:-0.08 #turn:0.36 #tuto:-0.08 #twee:0.61 "
    "#twic:-0.08 #two>:-0.64 #type:-0.49 #ual>:-0.78 #uall:-1.4 #uard:-1.79 #uary:-0.49 "
    "#uble:1.02 #ubli:0.61 #ubmi:-0.08 #ubs>:-0.78 #ucat:-0.49 #uch>:1.02 #uche:0.61 "
    "#udde:-0.49 #udge:-1 #ues>:0.61 #uesd:0.21 #uest:-0.08 #uff>:1.3 #uggl:-1 #ugh>:0.29 "
    "#ught:0.12 #ugus:-0.49 #uick:0.61 #uiet:1.12 #uine:-0.49 #uise:1.71 #uity:-0.49 "
    "#ular:0.21 #uld>:-0.98 #uldn:0.21 #ull>:0.43 #ulls:1.71 #ully:1.71 #ult>:-0.24 "
    "#ults:-0.49 #umbe:0.61 #umpt:-0.49 #ums>:1.3 #unch:0.9 #unci:-1 #uncl:1.71 #und>:0.61 "
    "#unda:2 #unde:-0.49 #undi:-0.49 #unds:0.61 #ung>:-0.95 #unge:0.61 #unit:-1 #unpa:-0.49 "
    "#unt>:0.95 #unte:0.39 #unti:1.86 #upda:-0.49 #uppo:0.1 #ups>:-0.78 #upst:1.71 #urda:0.32 "
    "#urde:0.21 #ure>:-0.49 #ures:0.21 #urge:-0.49 #urin:0.61 #urn>:1.3 #urne:0.02 #urni:1.3 "
    "#urns:0.39 #urre:-0.49 #urs>:-0.71 #ursd:-0.49 #urse:-0.18 #urt>:1.02 #usan:1.71 "
    "#usba:1.02 #use>:0.57 #used:0.1 #usef:-0.49 #uses:-0.78 #ush>:-0.78 #ushi:0.61 "
    "#usic:-0.49 #usin:0.32 #usio:-0.49 #uspe:-0.49 #uss>:1.71 #ust>:-0.01 #uste:-1 "
    "#usti:-0.49 #utco:-1.18 #ute>:-0.49 #uted:-0.49 #uter:1.12 #utes:-1.18 #uth>:-0.64 "
    "#utis:-0.49 #utor:-0.08 #uts>:0.61 #utti:0.61 #utto:0.21 #uty>:-1 #vate:-0.49 #ved>:1.12 "
    "#vel>:0.21 #vely:-0.31 #vemb:-0.49 #ven>:1.08 #veni:0.27 #vent:0.43 #ver>:0.9 "
    "#vern:-0.78 #vers:-0.89 #very:0.45 #ves>:0.93 #vice:-1.23 #vide:-1.33 #view:-1 "
    "#ving:0.41 #visi:-0.08 #volu:0.39 #wage:1.02 #wait:-0.89 #wake:1.02 #wal>:-0.78 "
    "#walk:0.9 #wall:1.12 #wanc:-0.78 #want:-0.54 #ward:-0.49 #warm:0.61 #warn:-0.49 "
    "#was>:-0.36 #wash:-0.08 #wasn:0.61 #watc:0.21 #way>:-0.4 #ways:1.71 #webs:-0.78 "
    "#wed>:0.32 #weed:0.61 #week:0.81 #ween:0.61 #well:-1.18 #went:-0.64 #wer>:0.1 #were:0.01 "
    "#weve:-0.64 #what:-0.15 #when:0.77 #wher:-0.08 #whet:0.61 #whic:0.32 #whil:0.43 "
    "#whis:1.02 #who>:0.04 #whoe:-0.49 #whol:-0.49 #whos:-1.33 #why>:0.21 #wice:-0.08 "
    "#wife:0.61 #wifi:-0.49 #will:-1 #wind:1.71 #wing:0.61 #with:0.3 #woma:1.53 #wome:-0.08 "
    "#wond:0.61 #wont:1.3 #word:-1.59 #work:-0.18 #wors:-0.49 #woul:-0.49 #writ:0.21 "
    "#wron:-1.47 #xam>:-0.49 #xclu:-0.49 #xhau:-0.49 #xibl:-0.49 #xiou:-0.49 #xpla:-0.31 "
    "#xtra:0.61 #ybe>:-0.49 #year:-0.08 #yes>:-0.49 #yest:1.53 #yet>:-0.49 #yfri:2.4 "
    "#ying:0.83 #yme>:0.61 #ymen:-0.78 #ymor:2.4 #yone:-0.78 #you>:-1.05 #youn:-0.54 "
    "#your:-0.64 #yout:-0.49 #yre>:-0.49 #ysel:0.9 #yste:-1.47 #ythi:0.51 #yve>:0.21 "
    "#yway:-0.78 #ywhe:-0.08 #zing:1.71 000:1.71 1:-0.08 10:1.71 11:-0.49 12:0.21 13:1.02 "
    "14:1.02 14_and:0.61 14_for:0.61 14_year:2 15:0.61 15_and:1.71 16:-0.08 17:0.61 18:-1 "
    "1_to:0.21 2:-0.08 20:-1 25:0.61 2am:0.21 3:-0.49 300:-0.49 3am:0.61 3am_and:0.61 4:0.61 "
    "40:-1.18 40_page:-0.49 5:-0.78 50:0.61 6:-0.08 7:0.21 8:0.61 88:0.61 88_and:0.61 9:0.21 "
    "90:-0.49 999:0.61 9_and:0.61 a_black:0.61 a_break:-1 a_car:1.71 a_carer:-1 a_clear:-1 "
    "a_day:-0.78 a_disgrace:-1 a_drink:1.71 a_fall:-0.49 a_few:0.21 a_full:0.61 a_fuss:1.71 "
    "a_good:-0.37 a_joke:-0.08 a_learner:0.61 a_letter:0.32 a_lifeline:-0.49 a_long:-0.49 "
    "a_lot:-0.08 a_man:2.4 a_manager:-0.78 a_massive:-0.49 a_named:-0.49 a_nightmare:-0.49 "
    "a_page:-0.49 a_parent:-0.49 a_passenger:0.21 a_person:-0.49 a_policy:-0.49 "
    "a_proper:-0.78 a_quick:0.61 a_quiet:-0.49 a_refund:-0.49 a_safeguard:-0.49 a_second:0.61 "
    "a_short:-0.49 a_way:-0.49 a_week:0.05 a_woman:1.02 a_year:-0.49 a_young:0.61 able:-0.78 "
    "able_to:-0.78 about:-0.31 about_carer:-0.49 about_feel:0.61 about_it:0.9 about_my:0.21 "
    "about_that:-0.78 about_the:-0.08 abus:0.61 abuse:-1.59 abuse_of:-0.49 academy:-0.49 "
    "account:0.79 account_and:0.61 activity:-0.49 actual:-0.78 actually:-1.4 "
    "actually_enjoy:-0.49 address:0.61 adult:-0.37 advice:-0.49 after:0.17 after_a:0.61 "
    "afterward:-0.49 again:0.72 again_and:0.61 again_hell:2 again_i:1.71 again_please:-0.49 "
    "against:2 against_the:1.71 age:-0.78 agency:-0.78 agitat:-0.49 ago:-0.78 ago_and:-0.49 "
    "agre:-0.49 aid:-0.78 all:0.23 all_have:-0.49 all_i:0.61 all_of:0.61 all_the:0.61 "
    "alloc:-0.49 allow:2 allow_to:1.71 allowance:-0.78 alone:0.39 already:-0.49 alway:1.53 "
    "am:1.17 am_i:0.21 an_actual:-0.49 an_apology:-1 an_explan:-0.49 an_hour:-0.49 "
    "an_older:1.71 and_a:0.61 and_an:-0.78 and_came:1.71 and_for:-0.49 and_get:-0.78 "
    "and_got:-0.78 and_has:1.3 and_he:2.22 and_her:2 and_hes:2.4 and_his:0.61 and_i:1.49 "
    "and_im:1.71 and_its:-0.78 and_ive:0.61 and_keep:2 and_make:1.71 and_my:0.83 and_no:2.22 "
    "and_nobody:0.02 and_not:0.21 and_now:1.08 and_said:1.71 and_say:2.81 and_she:2.12 "
    "and_sometime:0.61 and_the:0.41 and_then:0.32 and_there:1.02 and_they:2 and_told:1.71 "
    "and_wont:2 angry:0.61 another:0.61 answer:0.61 answer_the:-0.49 anxious:-0.49 any:0.61 "
    "any_food:1.71 any_of:0.61 anymore:2.4 anyone:-0.68 anyone_else:-0.78 anyone_in:-0.49 "
    "anyone_know:-1.59 anyone_see:-0.08 anyone_watch:-0.49 anyth:1.3 anyway:-0.78 "
    "anywhere:0.21 apology:-1 app:-0.08 apply:-0.49 appointment:-0.78 are_a:-1 are_at:-0.49 "
    "are_going:0.61 are_struggl:-0.49 area:-0.49 arent:-0.08 arm:3.01 arm_with:1.71 "
    "around:1.02 as_a:-1.33 as_an:-0.49 ask:0.61 ask_for:0.21 asked:0.95 asked_if:0.61 "
    "asked_me:0.61 asking:1.12 asking_me:1.71 asleep:1.71 assessment:-2.03 "
    "assessment_was:-0.49 assumption:-0.49 at_11:-0.49 at_3am:0.61 at_a:0.32 at_all:-0.49 "
    "at_break:-0.49 at_drop:-0.49 at_her:1.71 at_home:0.61 at_homework:1.71 at_lunchtime:0.21 "
    "at_me:2 at_my:1.53 at_night:2.12 at_some:0.61 at_the:0.29 at_weekend:0.61 august:-0.49 "
    "autistic:-0.31 autistic_and:-0.78 baby:0.61 back:0.61 back_and:0.61 back_from:0.61 "
    "back_now:-0.49 back_on:-0.49 back_with:1.71 bad:0.21 badge:-0.49 bang:1.71 bang_on:1.71 "
    "bank:2.12 bank_app:0.61 bank_card:2 basically:1.02 bathroom:1.53 be_a:-0.49 be_an:-0.49 "
    "be_in:0.61 be_really:-0.49 because:0.88 because_he:1.53 because_i:1.71 because_it:0.61 "
    "because_of:-0.49 because_the:-0.78 become:-0.49 bed:1.17 bed_now:0.61 bedroom:2 "
    "bedroom_and:1.71 been:1.1 been_giving:2.22 been_making:1.71 been_on:1.02 been_out:0.61 "
    "been_paid:0.61 been_round:1.71 been_sleep:2 been_stay:1.71 been_through:-0.49 "
    "been_turn:0.61 before:0.32 before_i:0.21 beginner:-0.49 behind:0.21 being:0.05 "
    "benefit:0.61 better:-1 between:0.61 big:-0.49 biggest:-0.49 bill:-1 bin:0.21 bit:-1.33 "
    "bit_of:-0.49 black:0.21 blind:0.61 bloke:2 blue:0.21 blue_badge:-0.49 book:-0.31 "
    "boyfriend:2.4 boyfriend_is:1.71 brb:-0.78 break:-0.64 break_at:-0.49 break_is:-0.49 "
    "break_point:-0.49 brilliant:-0.49 bring:-0.78 broken:0.21 brother:1.42 brother_moved:2 "
    "bruise:1.71 budget:-1 burn:2 burn_on:1.71 bus:1.05 bus_pass:0.61 bus_stop:1.71 "
    "buse:-0.49 but:0.31 but_doe:-0.49 but_i:-0.78 but_im:1.02 but_my:1.3 but_she:1.02 "
    "but_the:-0.31 but_there:1.71 button:0.21 by_a:-0.08 by_the:1.17 call:0.16 call_and:0.61 "
    "call_from:1.71 call_me:-0.08 calm:1.71 came:0.95 came_back:1.02 came_home:1.02 "
    "camh:-0.78 can:-0.64 can_i:0.61 can_see:-0.49 can_someone:-1.33 can_we:-0.08 "
    "can_you:-1.18 cancel:-0.49 cancell:-1.47 cant:1.1 cant_come:1.71 cant_do:0.61 "
    "cant_get:-0.49 cant_leave:0.61 car:0.95 car_after:0.61 car_fail:-0.49 card:1.17 "
    "card_and:2 care:-0.28 care_for:-0.78 care_home:-0.08 care_worker:-0.49 cared:-0.49 "
    "cared_for:-0.49 carer:-0.49 carer_allowance:-0.78 carer_are:0.21 carer_assessment:-0.78 "
    "carer_budget:-0.49 carer_need:-0.49 carer_who:0.61 caring:1.02 caring_for:0.61 "
    "carry:0.21 carry_on:0.21 case:0.32 case_it:1.71 cash:1.71 cash_machine:1.71 catch:-0.49 "
    "catch_up:-0.49 centre:-0.08 chair:2.4 chair_from:1.71 chang:-0.31 change:1.3 charg:-1.47 "
    "charg_for:-0.78 charge:-1 chas:-0.49 chase:-0.49 chat:-1 check:-0.08 check_my:0.21 "
    "cheque:0.61 child:-1 children:-0.78 class:1.12 clear:-0.31 clear_plan:-0.49 clos:-0.49 "
    "clothe:1.3 club:0.14 club_but:0.61 club_the:-0.49 coffee:0.21 collect:0.61 come:1.4 "
    "come_at:1.71 come_back:1.53 come_i:-0.49 come_in:1.53 come_round:1.71 come_to:1.86 "
    "come_when:0.61 coming:1.53 coming_in:0.61 community:-0.49 complain:0.21 "
    "complain_about:0.61 complaint:0.61 computer:1.12 concern:-0.78 contact:-0.64 "
    "continuity:-0.49 contract:-0.78 contractor:-0.31 cook:-0.49 cookery:0.61 "
    "cookery_course:0.61 cope:-0.49 cord:0.61 cost:0.21 could:-0.31 could_someone:-0.08 "
    "could_the:0.21 couldnt:0.32 council:-1 council_page:0.61 council_tax:-1.18 course:-0.08 "
    "course_now:0.61 course_would:-0.49 court:0.61 cover:-1 cover_spott:-0.49 crisis:-0.49 "
    "criteria:-0.49 cry:1.71 current:-0.49 cut:-0.49 cutt:-0.49 dad:0.79 dad_care:-0.49 "
    "damp:0.61 damp_in:0.61 dark:1.71 daughter:0.17 daughter_room:0.61 daughter_was:-0.49 "
    "day:0.92 day_a:1.71 day_and:0.61 day_centre:1.71 day_i:1.02 deal:1.02 deal_with:1.02 "
    "debt:0.61 decid:0.21 decision:-0.78 delivery:1.71 dementia:0.43 dementia_and:0.61 "
    "design:-0.49 detail:-0.49 detail_to:-0.49 did:-0.08 did_anyone:-1.18 did_it:1.71 "
    "didnt:-0.37 didnt_know:0.61 die:0.61 died:-0.08 digital:-0.49 direct:-0.49 "
    "disability:0.61 disabl:-0.89 disabl_kid:-0.78 disclose:-0.49 disgrace:-1 distress:-0.49 "
    "do:-0.31 do_i:-0.89 do_if:-1.33 do_someth:0.61 do_that:-0.49 do_the:0.21 do_we:-0.49 "
    "doe:0.14 doe_anyone:-1.33 doe_my:1.71 doesnt:0.83 doesnt_know:0.61 doing:0.79 "
    "domestic:-0.49 domestic_abuse:-0.49 done:-0.08 dont:0.9 dont_feel:0.61 dont_get:1.02 "
    "dont_know:1.02 dont_make:0.61 dont_want:0.61 door:1.44 door_at:1.71 door_in:1.71 "
    "down:1.53 drink:2.4 driv:-0.49 drive:1.71 driver:0.61 drop:0.39 drop_off:-0.49 "
    "dropp:0.61 during:0.61 during_school:0.61 dust:-0.49 duty:-1 duty_team:-0.49 dying:-0.49 "
    "e:-0.78 e_g:-0.49 each:0.21 earlier:-1 early:-1 early_help:-1 easy:-0.49 easy_read:-0.49 "
    "else:0.21 email:-0.08 email_my:0.61 emergency:-0.08 empty:1.71 end:1.3 end_up:0.61 "
    "enjoy:-0.49 enough:-0.08 escalate:-0.49 escort:0.61 esol:1.02 even:0.61 even_and:0.61 "
    "ever:0.21 every:1.05 every_day:1.02 every_night:2.4 every_time:0.32 every_week:1.71 "
    "everyone:-0.78 everyth:-0.08 everyth_i:0.61 ex:1.02 exam:-0.49 exhaust:-0.49 "
    "explain:0.61 explan:-0.78 explan_and:-0.49 extra:0.61 face:0.61 fail:-1 fail_its:-0.49 "
    "fall:0.1 family:-0.49 family_learn:0.61 far:-0.49 far_too:-0.49 fee:1.71 feel:0.21 "
    "feel_like:0.21 feel_safe:0.61 fell:-0.49 fella:1.71 few:0.21 fill:-0.31 fill_it:-0.49 "
    "financial:-0.49 financial_abuse:-0.49 find:-0.49 find_out:-0.49 fine:0.61 finger:1.71 "
    "first:-0.64 first_aid:-0.49 first_time:-0.78 five:-0.78 flat:1.93 flat_and:2 "
    "flat_in:0.61 flexible:-0.49 flinche:1.71 flinche_when:1.71 floor:1.71 food:1.71 "
    "for_a:-1.09 for_being:-0.49 for_day:2 for_help:1.02 for_her:0.61 for_it:0.21 "
    "for_me:-1.18 for_month:0.61 for_more:0.61 for_mum:0.61 for_my:-0.64 for_one:-0.49 "
    "for_our:-0.78 for_people:-0.78 for_the:-0.02 for_them:1.3 for_three:0.61 for_week:1.3 "
    "for_what:0.61 for_when:-0.49 for_young:-0.49 form:-1.33 forward:0.21 forward_to:0.61 "
    "found:1.02 found_out:0.21 four:-0.08 four_month:0.61 free:-0.49 freez:1.71 friday:1.02 "
    "friday_and:1.02 friend:0.77 frighten:1.3 frighten_of:0.61 frighten_to:2 from_a:0.32 "
    "from_her:1.71 from_the:0.7 front:0.21 front_door:0.61 front_of:-0.08 full:-0.08 "
    "fund:-0.49 fuss:1.71 g:-0.49 garden:1.71 gas:1.71 gave:0.39 gave_me:0.21 gave_my:-0.49 "
    "genuinely:-0.49 get:-0.26 get_a:-0.49 get_help:-0.49 get_in:0.61 get_it:0.21 "
    "get_scar:-0.49 get_the:-0.31 get_there:0.61 get_too:1.71 gett:0.83 girl:2 give:1.53 "
    "give_him:1.71 given:0.61 giving:2.4 giving_my:1.71 go:1.37 go_and:1.71 go_out:1.02 "
    "go_through:0.61 go_to:2.4 goe:1.71 goe_on:1.02 goe_out:1.71 goe_wrong:-0.49 going:0.32 "
    "going_to:-0.31 going_up:-0.49 good:-0.31 good_break:0.61 google:-0.49 got:0.18 "
    "got_a:0.61 got_it:-0.49 got_kick:0.61 government:-1 government_need:-0.49 gp:-1.47 "
    "grabb:1.71 grabb_his:1.71 grandkid:0.61 grandson:1.71 great:0.32 group:-0.08 guy:1.71 "
    "had:0.48 had_a:0.05 had_his:0.61 had_my:0.61 had_no:0.61 had_to:0.32 half:0.79 "
    "half_our:-0.49 half_the:1.02 hand:0.61 hang:0.61 happen:0.05 happen_to:0.61 harder:1.71 "
    "harder_than:1.71 harm:-0.78 has:0.79 has_a:0.83 has_anyone:-0.78 has_been:1.17 "
    "has_dementia:-0.08 has_had:1.71 has_new:1.71 has_no:2 has_start:1.71 has_to:0.39 "
    "hasnt:1.02 hasnt_been:1.3 have:0.03 have_a:-0.49 have_been:0.61 have_chang:-0.49 "
    "have_to:0.79 havent:0.61 havent_been:0.21 he:2.2 he_cant:1.71 he_come:2.4 he_goe:2 "
    "he_has:1.71 he_keep:1.71 he_said:2 he_saw:1.71 he_want:2 he_was:1.53 health:-0.49 "
    "hear:0.32 hear_me:-0.49 heard:-1 heard_noth:-0.49 heat:0.9 hed:1.02 hell:2.22 "
    "hell_put:1.71 hello:-0.78 hello_everyone:-0.49 help:-0.17 help_a:-0.49 help_but:1.71 "
    "help_family:-0.49 help_for:-0.49 help_her:1.02 help_him:1.71 help_people:0.61 "
    "help_with:0.61 her:1.76 her_and:1.71 her_arm:1.71 her_at:0.61 her_dad:1.71 her_door:1.71 "
    "her_in:1.02 her_nightie:1.71 her_passport:1.71 her_pension:1.71 her_room:1.71 her_son:2 "
    "her_tablet:0.61 her_to:1.71 here:-0.89 here_but:-0.49 herself:2 hes:3.1 hes_been:2.56 "
    "hes_got:2 hes_in:2 hi:-0.49 hidden:1.71 hide:2.22 him:2.22 him_before:2 him_by:1.71 "
    "him_for:1.71 him_he:0.61 him_money:1.71 him_not:1.71 him_to:1.71 himself:1.71 his:1.71 "
    "his_arm:1.71 his_chair:1.71 his_friend:0.61 his_mate:1.71 his_phone:1.71 his_room:0.61 "
    "hit:0.21 hiya:-0.78 hoard:0.61 hold:0.61 hole:1.02 hole_in:1.71 holiday:-0.49 "
    "holiday_scheme:-0.49 home:0.67 home_arent:0.61 home_at:-0.49 home_is:0.61 "
    "home_library:0.32 home_should:-0.49 home_with:2 homework:1.02 homework_club:1.02 "
    "honestly:0.77 honestly_the:0.21 hospital:-0.49 hour:-0.64 hous:0.21 house:1.91 "
    "house_and:1.71 how:0.25 how_long:-0.49 how_to:0.9 hub:-0.49 hurt:1.71 husband:1.02 "
    "husband_is:0.61 i:0.56 i_am:1.71 i_can:1.12 i_cant:1.91 i_care:-0.49 i_could:0.21 "
    "i_didnt:0.21 i_do:1.53 i_dont:2 i_feel:-0.49 i_fill:-0.49 i_found:0.61 i_genuinely:-0.49 "
    "i_get:0.32 i_go:2 i_got:-0.08 i_grabb:1.71 i_had:-0.49 i_have:2.69 i_havent:1.71 "
    "i_hide:1.71 i_just:2 i_keep:2 i_knew:0.61 i_know:0.21 i_like:-0.49 i_made:-0.49 "
    "i_meant:1.02 i_need:0.1 i_owe:1.71 i_report:-0.49 i_send:0.61 i_should:0.61 i_sit:2 "
    "i_sleep:0.61 i_speak:-0.78 i_stay:1.71 i_think:0.61 i_told:0.61 i_want:-2.03 i_was:-0.08 "
    "i_work:0.61 id:-0.31 id_been:0.61 id_like:-1.33 id_love:0.61 id_rather:1.71 "
    "id_want:-0.49 idea:0.21 if:0.09 if_a:-0.78 if_i:1.2 if_im:0.61 if_she:1.71 if_the:-0.49 "
    "if_wed:-0.49 ill:0.61 ill_be:1.71 im:1.17 im_a:0.61 im_doing:1.71 im_going:1.71 "
    "im_here:-0.49 im_late:-0.78 im_not:2 im_still:0.61 im_to:1.71 in_a:1.08 in_and:2 "
    "in_bed:0.61 in_case:1.71 in_flat:1.71 in_for:0.21 in_front:-0.08 in_her:2.4 in_his:2.4 "
    "in_hospital:0.61 in_law:1.71 in_my:1.02 in_school:-0.78 in_the:1.04 in_there:1.71 "
    "in_this:2 in_three:1.71 in_to:1.53 in_trouble:0.61 in_week:1.71 inform:-1 into:0.32 "
    "into_his:1.71 into_my:0.61 into_the:0.61 is_a:-1.59 is_anyone:-1.18 is_clos:-0.49 "
    "is_going:-0.49 is_it:-0.49 is_my:-1 is_scar:0.61 is_shock:-0.49 is_the:0.14 "
    "is_there:-0.49 is_this:0.61 is_too:0.61 is_what:-0.49 isnt:-0.78 it_all:0.32 it_and:0.61 "
    "it_back:1.71 it_get:1.71 it_hes:1.71 it_in:0.21 it_not:-0.49 it_was:-0.78 its:-0.24 "
    "its_a:0.21 its_been:-0.49 its_mot:-0.49 its_the:0.61 ive:1.3 ive_been:3.1 ive_got:0.61 "
    "ive_had:0.21 ive_heard:-0.49 ive_rung:-0.49 ive_start:2.22 ive_stopp:1.71 join:1.71 "
    "joke:-0.08 journey:0.05 just:0.11 just_got:-0.49 just_want:1.71 keep:1.42 "
    "keep_asking:1.71 keep_cutt:-0.49 keep_fall:0.61 keep_gett:1.02 keep_her:1.71 "
    "keep_my:1.71 keep_the:-1.18 key:1.53 kick:0.83 kick_off:1.02 kick_out:0.61 kid:-0.16 "
    "kid_actually:-0.49 kill:-1.47 kill_me:-0.78 kill_the:-0.49 kitchen:2.22 knew:0.61 "
    "knock:1.02 know:-0.04 know_a:-1 know_how:-0.08 know_if:-1 know_what:0.61 know_where:1.02 "
    "know_who:-0.08 lad:1.59 lad_who:1.71 lady:1.71 land:0.61 last:0.52 last_night:0.32 "
    "last_week:0.83 late:-0.08 late_the:-0.49 later:0.21 law:1.71 lead:-0.78 lead_and:-0.49 "
    "leaflet:-0.78 leaflet_in:-0.49 leak:0.61 learn:1.71 learner:0.61 leav:-1 leave:0.74 "
    "leave_her:1.71 leave_i:-0.49 leave_the:2 left:0.27 left_in:0.61 leg:1.02 leisure:-0.49 "
    "leisure_centre:-0.49 lend:1.71 lend_him:1.71 less:-0.49 less_likely:-0.49 let:1.71 "
    "let_anyone:1.71 let_the:0.61 letter:0.39 letter_saying:0.61 library:0.93 library_is:1.71 "
    "library_service:0.21 life:-0.49 lifeline:-0.49 lift:1.02 like:-0.13 like_a:-0.37 "
    "like_an:-0.49 like_me:0.61 like_my:-0.78 like_that:1.02 like_this:1.71 likely:-0.49 "
    "likely_to:-0.49 line:-0.31 link:-1 link_in:-0.49 lip:1.71 list:-1 listen:-0.78 "
    "listen_to:-0.49 little:1.71 live:1.53 live_alone:0.61 lived:0.61 living:0.61 "
    "living_in:1.71 lock:2.4 lol:-0.49 long:-0.69 long_sleeve:1.71 long_term:-0.78 "
    "longer:1.71 look:0.21 look_after:0.32 look_at:-0.08 look_forward:0.61 look_into:-1 "
    "lost:-0.31 lot:-0.86 lot_of:-0.49 loud:0.61 love:-0.49 love_the:-0.49 lovely:-0.08 "
    "lovely_but:0.61 lunchtime:0.21 machine:1.02 made:0.32 made_it:0.61 make:0.97 make_a:1.02 "
    "make_me:1.53 making:1.02 man:3.18 man_at:1.71 man_who:2.22 manage:-0.49 manage_her:-0.49 "
    "manager:-0.08 manager_to:-0.49 many:0.61 march:-0.49 mark:2 massive:-0.49 mate:1.3 "
    "math:-0.49 matter:-1.18 maybe:-0.49 maybe_a:-0.49 me:0.83 me_a:1.3 me_about:1.71 "
    "me_and:1.02 me_back:-0.78 me_but:0.61 me_if:1.02 me_im:1.71 me_in:1.71 me_it:-0.49 "
    "me_my:0.21 me_on:1.71 me_out:0.21 me_the:-0.49 me_to:1.71 me_today:-0.78 me_when:1.3 "
    "meal:0.61 meal_for:0.61 mean:-0.49 meant:1.02 meant_to:1.02 meanwhile:-0.49 "
    "measure:-0.08 med:1.02 medic:-0.49 meet:-1 men:1.71 messag:1.71 mic:-0.49 might:0.21 "
    "mine:0.21 minibus:0.61 minute:-1.33 miss:0.21 moment:-0.49 monday:0.61 money:1.93 "
    "money_and:1.3 money_for:1.12 month:0.13 month_and:1.02 more:0.32 morn:0.21 "
    "morn_all:-0.49 morn_call:1.71 morn_of:-0.49 morn_with:-0.49 most:0.32 most_day:0.61 "
    "mot:-0.49 mother:0.61 mould:0.61 move:0.61 moved:2.12 moved_in:2.4 mrs:2 much:1.02 "
    "much_for:-0.49 much_longer:1.71 mum:0.8 mum_about:0.61 mum_boyfriend:1.71 mum_carer:1.71 "
    "mum_is:-0.49 mum_new:2 mum_who:-0.49 murder:-0.49 music:-0.49 my:0.52 my_14:2 "
    "my_account:0.21 my_arm:2 my_bank:2.22 my_boyfriend:1.71 my_brother:1.86 my_car:0.61 "
    "my_card:1.71 my_carer:0.61 my_dad:0.43 my_daughter:-0.26 my_door:1.71 my_ex:1.71 "
    "my_friend:-0.78 my_grandson:1.71 my_home:-0.49 my_husband:0.73 my_mate:0.61 "
    "my_money:1.71 my_mum:0.32 my_neighbour:0.83 my_own:0.1 my_partner:2.4 my_phone:0.83 "
    "my_post:1.71 my_room:1.02 my_sanity:-0.49 my_sister:1.71 my_son:-0.08 my_tablet:2 "
    "my_uncle:1.71 my_wife:0.61 myself:0.9 name:-0.49 named:-0.49 nan:1.71 national:-0.49 "
    "nearly:-0.49 neck:1.71 need:-1.33 need_a:-1.33 need_someone:0.61 need_the:1.71 "
    "need_to:-1.12 neglect:-0.49 neighbour:0.83 nephew:2 nephew_has:1.71 never:0.77 "
    "never_see:0.61 new:0.32 new_contract:-0.49 new_fella:1.71 new_friend:1.71 "
    "new_service:-0.08 next:0.61 next_month:-0.49 next_to:1.71 nhs:-0.49 nice:1.71 night:1.96 "
    "night_and:2.56 night_i:2.22 night_so:1.71 night_that:0.61 night_the:0.61 nightie:1.71 "
    "nightmare:-0.49 no:1.2 no_heat:0.61 no_one:2.4 no_warn:-0.49 nobody:0.02 "
    "nobody_been:0.61 nobody_ever:-0.49 nobody_has:-0.78 nobody_would:1.71 not:0.57 "
    "not_a:0.21 not_allow:1.71 not_been:1.71 not_had:1.71 not_in:-0.49 not_just:-0.78 "
    "not_proud:1.71 not_really:-0.49 not_to:1.71 note:-0.78 noth:-0.37 noth_for:-0.49 "
    "notice:0.61 november:-0.49 now:0.49 now_and:1.71 now_he:1.71 now_its:-0.49 now_my:1.71 "
    "now_she:0.61 now_they:1.71 now_weve:-0.49 number:0.61 of_bed:1.71 of_carer:-0.49 "
    "of_change:0.61 of_her:1.02 of_him:1.71 of_his:-0.49 of_hour:-0.49 of_it:1.3 of_my:1.12 "
    "of_people:-0.78 of_the:0.39 of_these:-0.49 of_us:-0.49 of_what:1.02 off:0.15 off_and:2 "
    "off_at:-0.49 off_her:0.61 off_me:2 off_my:-0.78 off_topic:-0.78 offer:-1.18 officer:0.61 "
    "often:-0.08 old:0.83 older:0.95 older_lad:1.71 older_people:-0.49 on_a:0.1 on_and:0.61 "
    "on_her:1.02 on_his:2.56 on_in:1.71 on_it:-0.49 on_me:0.21 on_monday:0.61 on_my:0.61 "
    "on_our:0.61 on_saturday:-0.49 on_sunday:2 on_the:0.61 on_toast:0.61 once:-0.49 one:0.48 "
    "one_has:0.61 one_my:-0.49 one_of:0.9 online:-0.08 online_and:0.61 online_form:-0.31 "
    "only:0.48 only_thing:0.61 open:0.83 operative:-0.08 option:-0.49 ot:-0.49 other:1.3 "
    "our:-0.33 our_daughter:0.61 our_is:-0.49 our_short:-0.49 our_son:0.61 out:0.56 "
    "out_about:-0.49 out_as:0.61 out_at:1.71 out_of:0.83 out_on:0.61 out_the:0.61 "
    "outcome:-1.18 over:2 over_his:2 overnight:-0.37 owe:2 own:0.27 pa:-0.49 package:0.61 "
    "page:-1.09 page_about:-0.49 page_is:-0.78 paid:0.05 panel:-0.49 panorama:-0.49 "
    "panorama_on:-0.49 parent:-0.78 park:-1 park_charge:-0.49 part:0.21 part_of:0.61 "
    "partner:2.4 pass:0.61 passenger:0.1 passenger_has:0.61 passport:1.71 password:-0.49 "
    "past:0.21 patient:-0.49 pay:1.12 pay_a:0.61 pay_it:0.61 payment:-0.49 peer:-0.78 "
    "pension:2.22 people:-1 people_and:0.61 people_get:-1 people_like:0.61 people_who:-1 "
    "people_with:0.21 per:-0.49 person:-1.33 personal:0.61 phone:0.61 phone_and:1.71 "
    "phone_call:0.61 phone_off:1.71 photo:-0.78 pick:0.61 picture:-0.49 pill:1.71 place:0.61 "
    "plan:-1.18 plan_for:-0.49 play:-0.49 please:-0.64 please_can:0.61 please_dont:-0.31 "
    "please_keep:-1 please_look:0.61 point:-0.24 point_of:0.61 policy:-1 policy_is:-0.49 "
    "pop:-0.49 popular:-0.49 post:1.53 print:-0.49 priya:-0.49 problem:-0.49 process:-0.78 "
    "promis:-0.78 proper:-1 properly:0.1 proud:1.71 proud_of:1.71 provider:-1 public:0.61 "
    "pull:1.3 pull_up:1.71 push:0.1 put:0.77 put_her:0.61 putt:1.71 question:-0.08 quick:0.61 "
    "quiet:0.9 raise:-0.49 ramp:0.61 rang:-0.78 rather:1.02 reach:1.02 reach_people:0.61 "
    "read:0.27 ready:1.71 real:-0.78 really:-0.26 really_rough:1.71 really_useful:-0.49 "
    "refer:0.61 referr:-0.49 referral:-0.78 referral_to:-0.78 refund:-1.33 renewal:-0.78 "
    "rent:1.02 rent_and:1.71 repair:1.71 replac:-0.49 report:0.1 report_it:0.61 "
    "report_the:0.61 resident:-0.31 respite:0.21 return:1.02 review:-0.78 rhyme:0.61 "
    "rhyme_time:0.61 right:-1 right_now:-0.49 ring:0.61 ring_anyone:1.71 ring_me:-0.31 "
    "risk:-0.78 rn:1.02 road:-1 room:1.4 room_is:0.61 room_when:2 rough:2 rough_with:1.71 "
    "round:0.61 round_here:-1 round_the:1.71 run:0.61 rung:-0.49 safe:0.39 safeguard:-1.79 "
    "safeguard_concern:-0.49 safeguard_lead:-0.49 safeguard_train:-0.78 said:1.89 "
    "said_he:0.61 said_her:2 said_if:2 said_she:1.71 same:0.1 same_clothe:1.71 sanity:-0.49 "
    "sat:-0.49 saturday:0.32 save:0.21 save_and:0.61 saved:-0.49 saved_my:-0.49 saw:1.71 "
    "say:1.67 say_anyth:1.71 say_hes:1.71 say_i:1.71 say_its:1.71 say_no:2.22 saying:1.3 "
    "saying_hes:1.71 scam:-0.78 scar:0.79 scar_of:1.3 scar_to:0.61 scheme:-0.78 school:-0.86 "
    "school_hour:0.61 scratch:1.02 scratch_my:1.71 scream:1.71 screen:-0.49 second:0.21 "
    "see:0.1 see_the:0.1 seeing:0.61 self:-1.33 self_harm:-0.78 sell:1.02 send:0.32 "
    "sent:-0.08 sent_him:0.61 september:-0.49 september_and:-0.49 service:-1.12 "
    "service_has:-0.49 service_should:-0.78 session:-0.59 session_for:-0.49 set:-0.49 "
    "seven:1.71 seven_day:1.71 she:1.77 she_asked:1.71 she_get:-0.49 she_goe:2 she_said:1.71 "
    "she_say:1.71 she_told:2 she_too:1.71 she_was:0.61 shock:-1 shopp:0.21 short:-1.33 "
    "short_break:-1.18 should:-1.99 should_be:-1.59 should_have:-1.18 shouldnt:-0.49 "
    "shout:1.12 shout_at:1.12 show:2 show_me:1.71 shut:0.61 shut_the:0.61 side:0.61 sign:0.61 "
    "signpost:-0.49 since:1.37 since_i:1.71 since_my:2.22 since_the:2 sister:1.3 sit:1.12 "
    "sit_in:1.3 site:-0.78 sitt:-0.08 sitt_service:-0.49 sitter:-0.49 six:0.32 six_time:0.21 "
    "sleep:1.59 sleep_and:1.71 sleep_in:1.71 sleeve:1.71 slightly:-0.49 slightly_off:-0.49 "
    "smash:1.02 smash_my:0.61 smell:2 smell_and:1.71 so:0.21 so_he:1.71 so_i:1.02 "
    "so_much:-0.49 so_people:-0.49 social:-1.33 social_care:-0.49 social_worker:-0.78 "
    "some:1.93 some_day:2 some_older:1.71 someone:-1.79 someone_from:-0.49 "
    "someone_please:0.61 someone_ring:-0.49 someone_to:-0.64 someone_will:-0.49 someth:0.39 "
    "someth_wrong:-0.49 sometime:1.02 sometime_i:1.71 sometime_you:-0.49 somewhere:0.61 "
    "son:0.32 son_came:0.61 son_has:0.61 son_in:0.21 son_is:-0.49 son_who:0.61 sorry:-0.86 "
    "sorry_im:-0.78 sorry_lost:-0.49 sorry_my:-0.49 sorry_to:0.61 sort:0.21 sort_it:-0.49 "
    "sort_out:0.61 space:0.61 speak:0.05 speak_to:-0.08 spec:-0.78 special:-0.49 spott:-0.49 "
    "staff:0.24 staff_are:0.61 staff_need:-0.49 start:1.82 start_scratch:1.71 station:0.61 "
    "stay:1.82 stay_at:2 stay_in:1.02 step:0.9 still:0.61 stop:0.83 stop_my:0.61 stopp:1.02 "
    "stranger:0.21 stress:0.61 struggl:-1 stuff:1.3 stuff_at:1.71 stuff_out:0.61 submit:0.61 "
    "submitt:-0.49 suddenly:-0.49 sunday:2 sunday_i:1.71 support:-0.89 support_worker:0.61 "
    "suppos:2.22 suppos_to:2.22 sure:0.21 sure_the:-0.49 system:-1.33 tablet:1.82 "
    "tablet_and:1.71 take:1.08 take_her:1.71 take_me:1.71 taken:-0.31 taken_off:-0.49 "
    "taking:1.02 talk:-1.79 talk_about:-1.33 talk_to:-0.49 target:-0.49 tax:-1.18 "
    "tax_bill:-0.49 tbh:0.9 tea:2.22 teacher:0.61 team:-0.49 tell:0.73 tell_anyone:0.61 "
    "tell_me:0.61 tell_us:0.61 tenant:-0.08 term:-1 term_outcome:-0.49 terrifi:0.61 "
    "terrifi_of:0.61 test:-0.49 text:0.21 than:0.61 than_i:2 thank:-1.47 thank_all:-0.49 "
    "that_a:-0.49 that_decision:-0.49 that_help:-0.49 that_the:0.21 that_where:-0.49 "
    "that_young:-0.49 the_adult:-0.78 the_bank:1.3 the_bathroom:2.22 the_beginner:-0.49 "
    "the_biggest:-0.49 the_bin:-0.49 the_broken:0.61 the_bus:1.22 the_care:0.21 "
    "the_carer:-0.18 the_cash:1.71 the_centre:0.32 the_chat:-0.49 the_computer:0.61 "
    "the_contact:-0.49 the_contractor:0.61 the_council:-1 the_course:0.61 the_criteria:-0.49 "
    "the_current:-0.49 the_damp:1.71 the_day:1.71 the_door:1.3 the_driver:1.3 the_duty:-0.49 "
    "the_early:-0.49 the_email:-0.49 the_escort:1.02 the_even:0.61 the_family:0.21 "
    "the_flat:0.61 the_form:0.61 the_front:0.61 the_garden:1.71 the_government:-1 "
    "the_gp:-0.78 the_grandkid:0.61 the_group:0.21 the_heat:0.61 the_holiday:-0.49 "
    "the_home:1.12 the_hospital:-0.49 the_hous:0.61 the_house:2.12 the_hub:-0.31 "
    "the_inform:-0.78 the_journey:0.32 the_kid:0.43 the_kitchen:2 the_lad:0.9 the_last:0.61 "
    "the_leak:0.61 the_library:2 the_man:2.22 the_minibus:0.61 the_morn:0.9 the_new:-0.49 "
    "the_night:2.4 the_note:-0.78 the_older:-0.49 the_online:-0.08 the_only:1.53 "
    "the_operative:0.61 the_other:1.71 the_phone:-0.31 the_point:1.71 the_ramp:0.61 "
    "the_real:-0.49 the_repair:2.4 the_resident:-0.49 the_room:1.71 the_same:0.21 "
    "the_self:-0.49 the_service:-1 the_social:-0.49 the_spec:-0.49 the_staff:0.61 "
    "the_step:1.71 the_support:-0.49 the_thing:-0.49 the_time:0.9 the_toilet:0.61 "
    "the_transport:0.61 the_volunteer:0.61 the_wall:1.71 the_way:1.02 the_whole:-0.49 "
    "the_window:1.71 the_word:-0.78 the_worst:-0.49 the_youth:0.21 their:-0.2 them:0.07 "
    "then:-0.69 then_i:-0.78 theory:0.21 theory_of:0.61 there:0.61 there_a:1.3 there_all:1.71 "
    "there_be:-0.78 there_no:1.02 these:-0.78 they:0.44 they_are:0.61 they_cancell:-0.49 "
    "they_come:0.61 they_keep:1.71 they_know:0.61 they_want:0.21 they_were:1.71 theyre:-0.49 "
    "theyve:0.21 thing:0.29 thing_that:0.21 think:1.46 think_about:1.71 think_ill:1.71 "
    "this_is:-1 this_month:0.61 this_morn:0.61 this_the:0.61 this_up:-0.49 this_year:-0.49 "
    "those:-0.49 thought:0.21 thousand:1.71 three:0.16 three_day:0.61 three_time:-0.08 "
    "three_week:0.9 through:0.27 through_a:-0.49 through_it:0.61 through_the:2 thursday:-0.49 "
    "till:0.9 till_3am:0.61 time:-0.26 time_and:-0.08 time_i:1.02 time_this:-0.49 tired:1.71 "
    "to_a:-0.78 to_actually:0.61 to_answer:0.61 to_ask:0.61 to_be:0.14 to_bed:0.61 "
    "to_call:-0.78 to_check:-0.49 to_come:2 to_do:-0.08 to_get:-0.08 to_go:1.46 to_have:0.61 "
    "to_help:2.22 to_her:0.61 to_him:1.71 to_it:-0.49 to_keep:2 to_know:0.32 to_leave:-0.08 "
    "to_lend:1.71 to_look:1.02 to_make:0.61 to_me:1.71 to_my:0.21 to_pay:1.02 to_pick:0.61 "
    "to_raise:-0.49 to_report:0.61 to_ring:0.32 to_say:1.46 to_see:0.61 to_someone:-0.49 "
    "to_sort:-0.78 to_speak:1.02 to_stay:0.61 to_stop:0.61 to_take:0.61 to_talk:-0.78 "
    "to_tell:0.39 to_the:1.02 to_them:-0.49 toast:0.61 today:-1.18 toddler:0.61 toilet:0.61 "
    "told:0.61 told_him:1.71 told_me:1.08 told_my:0.21 tom:1.02 tonight:1.02 too:0.41 "
    "too_much:1.53 took:1.3 took_my:1.71 topic:-0.78 topic_but:-0.78 train:-1.09 "
    "train_and:0.61 transport:-0.31 transport_is:-0.49 travel:0.21 travel_train:0.21 "
    "trigger:-0.49 trip:-0.49 trouble:1.02 trust:-0.78 trust_adult:-0.49 trying:-0.08 "
    "trying_to:-0.08 tuesday:0.21 turn:0.14 turn_down:0.61 turn_up:0.21 tutor:-0.08 "
    "twice:-0.08 two:-0.64 uncle:1.71 unpaid:-0.49 unpaid_leave:-0.49 until:2.56 up:0.01 "
    "up_a:-0.49 up_and:0.61 up_at:0.61 up_i:0.61 up_in:0.61 up_on:-0.49 up_the:0.61 "
    "up_to:0.21 update:-0.49 upstair:1.71 us:-0.08 use:0.61 use_the:0.21 used:0.21 "
    "useful:-0.49 very:0.61 visit:0.05 visitor:0.61 volunteer:0.39 wage:1.02 wait:-0.89 "
    "wait_for:-0.49 wait_list:-0.78 wait_on:0.61 wake:1.71 wake_up:1.71 walk:0.9 walk_in:0.61 "
    "wall:2.22 wall_until:1.71 want:-0.54 want_a:-0.64 want_an:-0.78 want_me:1.71 "
    "want_someone:-0.78 want_that:-0.49 want_the:-0.49 want_to:0.1 warm:0.61 warm_space:0.61 "
    "warn:-0.49 was_cancell:-0.49 was_done:-0.78 was_in:1.02 was_just:-0.49 was_really:0.61 "
    "was_referr:-0.49 was_shut:-0.49 was_someone:-0.49 was_the:-0.49 was_told:-0.49 "
    "wash:-0.08 wasnt:0.61 watch:0.21 way:0.21 way_to:0.21 we:-0.28 we_do:0.61 we_had:1.02 "
    "we_need:-0.49 we_talk:-0.78 we_were:-0.78 website:-0.78 wed:-0.49 weed:0.61 "
    "weed_and:0.61 week:0.83 week_and:1.3 week_because:1.71 week_he:1.71 week_is:-0.78 "
    "week_the:1.71 weekend:0.61 well:-0.49 wellbe:-0.49 went:-0.64 went_to:-0.49 "
    "went_up:-0.78 were_charg:-0.49 weve:-0.64 weve_been:-0.08 weve_got:-0.49 what:-0.15 "
    "what_a:0.21 what_about:-0.78 what_goe:0.61 what_happen:-0.08 what_i:1.02 what_im:0.61 "
    "what_the:0.21 what_to:-0.08 when:0.74 when_he:2.69 when_her:1.71 when_hes:1.71 "
    "when_his:1.71 when_i:1.2 when_it:0.61 when_my:-0.24 when_she:0.61 when_someone:-0.49 "
    "when_the:-0.24 when_they:0.61 where:0.05 where_i:1.71 where_it:-0.49 whether:0.61 "
    "whether_i:0.61 which:0.32 which_is:0.61 while:0.83 while_i:1.71 whisper:1.71 who:-0.11 "
    "who_are:-0.78 who_at:-0.49 who_come:1.71 who_do:-1.33 who_has:0.61 who_is:-0.49 "
    "who_live:1.02 who_look:0.61 whoever:-0.49 whole:-0.49 why:0.21 why_i:0.61 wife:0.61 "
    "wife_died:-0.49 wifi:-0.49 will:-0.93 will_come:-0.49 will_the:-0.49 window:1.71 "
    "with_a:0.79 with_dementia:0.61 with_him:2.4 with_my:1.3 with_no:-0.78 with_the:0.1 "
    "with_you:-0.49 within:-0.31 within_a:0.61 without:-0.08 woman:1.53 women:-0.08 "
    "wonder:0.61 wont:1.3 wont_let:2 wont_say:2 wont_take:0.61 word:-1.33 word_carer:-0.49 "
    "work:0.1 work_i:0.61 work_in:1.71 worker:-0.69 worker_who:-0.49 worse:-0.08 worst:-0.49 "
    "would:-0.87 would_be:-1.69 would_have:-0.78 would_help:-1.18 wouldnt:0.61 written:0.21 "
    "wrong:-1.47 wrong_on:-0.49 year:-0.08 year_ago:-0.49 year_and:-0.49 year_old:1.12 "
    "yes:-0.49 yesterday:1.53 yet:-0.49 you:-1.05 you_and:0.61 you_the:-0.49 young:-0.84 "
    "young_carer:-1 young_people:-1.95 younger:1.02 your:-1.18 youre:0.61 youth:-0.49 "
    "youth_worker:-0.49 "
)
# END MODEL
