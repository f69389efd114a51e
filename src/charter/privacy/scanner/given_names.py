"""Common given names, for telling a person's name from a product's, a place's or a team's.

Several thousand given names from the languages Charter's users write in (English, Irish,
Welsh and Scottish; German, Dutch and Nordic; French; Spanish, Catalan, Basque and Latin
American; Italian; Portuguese and Brazilian; Polish, Czech, South and East Slavic;
Hungarian, Romanian and Greek; Hebrew; Turkish; Arabic; Persian and Kurdish; South Asian;
Chinese, Korean, Japanese, Vietnamese, Thai, Indonesian and Filipino in Latin letters;
Yoruba, Igbo, Hausa, Akan, Swahili, Kikuyu, Amharic, Somali, Zulu, Shona and Wolof), folded
(lower case, no accents: `given("Inès")` looks up "ines").

Some given names are also common words, months, places or brands ("Grace", "Will",
"April", "Jordan", "Mercedes", "Dolores", "Victoria", "Long", "Van"): `given` answers
WORDLIKE for them, and callers ask for more evidence before they call such a word a name.
"""

from __future__ import annotations

from typing import Final

from charter.privacy.scanner.normalize import fold

UNKNOWN: Final = 0
WORDLIKE: Final = 1  # a given name that is also a common word, place or brand
GIVEN: Final = 2

_BLOCKS: Final = (
    # ukrainian georgian central asian korean vietnamese arabic turkish persian african
    # south asian chinese: more of the names people write in Latin letters
    """
    dmytro bohdan andriy andrii oleksandr oleksii oleksiy serhii serhiy yurii vasyl
    volodymyr mykhailo petro ostap yevhen yevheniia halyna nataliia iryna tetiana yuliia
    svitlana liudmyla mariia anastasiia viktoriia khrystyna solomiia zoriana bohdana larysa
    valentyna orysia giorgi levan zurab tamuna ketevan davit irakli shota nodar lasha natia
    tornike aigerim nurlan aizhan askar yerlan dauren aruzhan dinara nursultan bakhyt
    farrukh dilnoza gulnara zarina shakhzod jasur bekzod sardor hyun jihoon jiho minji
    seoyeon soyeon eunji hyejin sungmin taeyang donghyun jaehyun seungho junho youngjae
    hyunwoo jiwon sooah haeun dayeon huong trang phuong thao tuan hieu khanh nhung ngoc
    abdullah abdulrahman abdelkader youssef yousef mostafa khaled walid tarek hamza bilal
    nabil rania noura nour khadija zainab hanan samira rasha ghada mehmet ahmet emre burak
    oguz serkan kerem baris zeynep ayse esra merve busra gizem ozlem selin ebru derya
    dariush kourosh babak behrouz bijan mehrdad saeed hossein mehdi navid omid payam pouya
    roya nasrin niloufar azadeh golnaz mahsa chinedu chukwuemeka emeka obinna ifeanyi
    nnamdi uchenna adaeze chiamaka ifeoma nkechi funmilayo folake adebayo babatunde olumide
    temitope tunde kwabena kwame kofi akosua abena wanjiru wanjiku njeri kamau otieno
    achieng akinyi tendai tatenda farai thabo sipho thandiwe nomvula lerato aarav vihaan
    arjun rohan rahul vikram sanjay suresh ramesh rajesh anil sunil deepak manoj pradeep
    harpreet gurpreet jaspreet manpreet simran navjot baljit kuldeep ananya aditi kavya
    ishaan neha pooja shreya sneha divya lakshmi meena zhiwei xiaoyu yuxuan zihan haoran
    junjie jiayi xinyi yiming yutong jianhua xiaohong shelby sota aldrin dilan maelys
    """,
    # english us uk irish scottish welsh australian
    """
    aaliyah aaron abbie abby abigail ada adam adeline adrian adrienne agnes aidan aiden ailbhe
    ailsa ainsley aisling alan alana alasdair alastair albert alberta alec alexa alexander
    alexandra alexis alfie alfred alfreda alice alicia alison alistair allan allison ally alyssa
    amanda amari amelia amelie amos amy andrea andrew andy angela angelina angharad angie anita
    ann anna annabel annabelle anne annette annie anthony antonia aoife april archibald archie
    arlene arnold arthur ashley ashton audrey austin ava avery barbara barnaby barney barry
    bartholomew basil beatrice beatrix becky belinda ben benedict benjamin bernadette bernard
    bernie beryl beth bethan bethany betty beverley beverly billie billy blair blake blathnaid
    bonnie boris brad bradley brandon braxton brayden brenda brendan brett brian briana brianna
    brid bridget bridie brittany bronwen brooke brooklyn bruce bryan bryony cade caitlin
    caitriona caleb callie callum calum cameron camilla candice caoimhe cara carl carla carly
    carmel carol carole caroline carolyn carrie carson carys casey cassandra cassidy catherine
    cathy catriona cecil cecilia cecily cedric celia cerys chad charity charlene charles charlie
    charlotte chelsea cheryl chester chloe chris christian christina christine christopher
    christy ciara cillian cindy claire clara clare clarence clarissa claude claudia clayton
    cliff clifford clint clinton clive clodagh cody colette colin colleen colton connie connor
    conor conrad constance cooper cora corey courtney craig cynthia cyril dafydd daisy dakota
    dale dallas damian damien dan dana daniel daniella danielle danny daphne dara darcy darius
    darla darlene darnell darragh darren darryl daryl dave david dawson dean deandre debbie
    deborah debra declan deirdre delia denis denise dennis dequan derek dermot deshawn desmond
    devon devonte diana diane dianne dolly dominic dominique donald donna donovan doreen doris
    dorothy doug douglas duane duncan dwayne dwight dylan eamon eamonn easton edgar edith edmund
    edna edward edwin eileen eilidh eimear eithne elaine eleanor elena eli elijah elinor eliot
    elisa elise eliza elizabeth ella ellen ellie elliot elliott eloise elsie elspeth eluned
    emerson emery emil emily emma emmett emrys enid eoin eric erica erin ernest ernie esme
    esther ethan ethel eugene eunice evan evangeline evelyn everett everly ewan fenella fergal
    fergus fern fiachra fiona fionnuala florence floyd frances francesca francis fraser freda
    freddie freddy frederick gabriel gabriella gabrielle gail gareth garrett gary gavin gemma
    gene geoff geoffrey george georgia georgina gerald geraldine gerard gerry gertrude gethin
    gideon gilbert gillian gina ginny gladys glen glenda glenn gloria glyn gordon graeme graham
    grainne grant greg gregory greyson gruffydd gwen gwendolyn gwilym gwyneth hailey haley
    hamish hannah harold harper harriet harrison harry harvey hayden hayley heath hector heidi
    helen helena henrietta henry herbert hilary hilda hollie howard hudson hugh hugo humphrey
    iain ian iestyn ifan imogen ingrid iolo irene isaac isabel isabella isabelle isadora isla
    isobel ivan ivor jack jackie jackson jacob jacqueline jaden jake jalen jamal jamar jamarcus
    james jamie jan jane janet janice jared jasmine jason jaxon jay jayden jayla jean jeanette
    jeff jeffrey jemima jenna jennifer jenny jeremy jermaine jerome jerry jess jessica jill jim
    jimmy jo joan joanna joanne jocelyn jodie joe joel joey johanna john johnny jon jonathan
    jordan joseph josephine josh joshua josie joy joyce judith judy julia julian julie juliet
    june justin kaden kaitlyn kameron karen kate katharine katherine kathleen kathryn kathy
    katie katrina kay kayden kayla keira keisha keith kelly kelvin ken kendall kendra kennedy
    kenneth kenya kenzie kerry keshawn keshia kevin kiana kiera kieran kim kimberly kirsten
    kirstie kirsty kristen kristin kyle labhaoise lachlan lakisha lamar lance laquisha lashonda
    latasha latisha latoya laura lauren laurence lawrence leah lee leigh leila leon leonard
    leroy lesley leslie lewis liam lillian lily linda lindsay lindsey lionel lisa liz lizzie
    llewelyn lloyd logan lois lola lorna lorraine lottie louis louisa louise lowri lucas lucinda
    lucy luke lydia lynda lynn lynne mabel mackenzie madeleine madeline madison maeve maggie
    maire mairead maisie malcolm malik mandy marcia marcus margaret margery margot maria marian
    marianne marie marilyn marion marjorie marlene marquis martha martin marvin mary matilda
    matt matthew maureen maurice mavis maxine mckenzie megan meghan meirion melanie melinda
    melissa melody meredith meryl mhairi mia michael michaela michelle mick mickey mildred miles
    millie milo miranda miriam moira molly monica morag morgan morris morven muireann murdo
    muriel myles myra nadine nancy naomi natalie natasha nathan nathaniel neil nell nellie nessa
    nevaeh neville nia niall niamh nichola nicholas nicky nicola nicole nigel noah noel noreen
    norma norman nuala oisin oliver olivia ollie oonagh orla orlaith oscar owain owen padraic
    padraig paige paisley pamela patricia patrick paul paula pauline peadar pearce peggy
    penelope penny percy perry peter petra peyton phil philip philippa phillip phoebe phyllis
    polly poppy priscilla quentin rachael rachel raelynn ralph randall randy rashad raymond
    rebecca reggie regina reginald rhiannon rhodri rhydian rhys richard rick ricky rita robert
    roberta robin robyn rodney roger roisin ronald ronan ronnie rory rosalind rosamund rosemary
    rosie ross rowan roxanne roy ruairi ruaridh rupert russell ruth ryan sabrina sadhbh sage
    sally samantha samuel sandra saoirse sara sarah scarlett scott seamus sean seb sebastian
    seosamh serena shameka shane shanice shaniqua shannon sharon shaun shauna shawn sheena
    sheila shelley sheryl shirley sian sidney simon sinead siobhan sioned skyler sonia sophia
    sophie sorcha stacey stanley stella stephanie stephen steve steven stewart struan stuart
    susan susanna suzanne sylvia tabitha tadhg tamika tamsin tanisha tanya tara tasha ted teddy
    terence teresa terrell terry tess tessa theo theodore theresa thomas tiana tiffany tim
    timothy tina toby todd tom tommy tomos tony tracey tracy tremaine trevon trevor tristan troy
    tyler tyrese tyrone una ursula valerie vanessa vaughan vera vernon veronica vicky victor
    vincent violet virginia vivian vivienne wallace walter wanda warren wayne wendy wesley
    wilfred william willie winifred wyatt xavier yvonne zachary zara zion zoe zoey
    """,
    # german austrian swiss
    """
    katrin dominik franziska finn moritz veronique noelia idoia
    adelheid adolf agathe albrecht alfons alois andreas angelika anja anke annegret annelie
    anneliese annemarie antje anton arndt arne arno astrid axel barbel bastian beate benedikt
    benno bernd bernhard berthold bettina birgit bjorn bodo brigitte burkhard carola carsten
    christa christel christiane christoph cornelia dagmar daniela detlef dieter dietmar dietrich
    dirk dorothea dorte eberhard eckhard edeltraud egon ekkehard elfriede elke elmar enno erich
    erika erwin frieda friederike friedhelm friedrich gabriele gerda gerhard gerlinde gernot
    gertrud gisela gottfried gudrun guenter gunter gunther gustav hannelore hannes hans hansjorg
    harald hartmut hedwig heike heiko heiner heinrich heinz helga helmut helmuth henning hermann
    hildegard holger horst hubert ilse ines inge ingeborg ingo irmgard jana janina jannik jens
    joachim jochen johann johannes jonas jorg jorn josef jurgen jutta kai karin karl karlheinz
    karsten katharina kathrin katja kerstin klaus knut konrad kornelia kristina kurt lars lena
    leni lennart liesel lieselotte lothar ludwig luise lukas lutz maik malte manfred manuela
    mareike margarete margit marko markus marlies martina mathias matthias maximilian meike
    monika niklas nils norbert olaf ortrud ottilie ottmar paulina philipp rainer ralf reinhard
    reinhold renate roland rolf rudiger rudolf sabine sascha siegfried sieglinde sigrid silke
    simone sonja stefan stefanie steffen susanne svenja swen thilo thorsten tilo tobias torsten
    udo ulf ulla ulrich ulrike uta ute uwe valentin veronika volker walther waltraud werner
    wiebke wilfried wilhelm wilhelmine willi wolfgang
    """,
    # dutch flemish
    """
    aad annemieke anouk arjen bart bas bram bregje cas cornelis daan dieuwke dirk-jan douwe
    eelco eline evert femke femmie floor floris frits geert gerrit gert-jan hanneke hein hendrik
    henk ineke jaap jacobus jan-willem jeroen joke joost joris kees klaas koen lieke lieve lotte
    luuk maarten marijke marjolein marloes mees mieke niels nienke piet pieter roel roos ruud
    sanne saskia sietske sjoerd stijn teun thijs tjeerd willemijn wilma wim wouter ymke yvette
    """,
    # nordic
    """
    aase agnetha aino aki aleksi anders anneli annika antti arvid asa asbjorn bengt birgitta
    bjarne bo bodil borje dag eero eila einar eirik eivind elin erik espen eva fredrik freja
    frida frode gudmund gunhild gunnar haakon hakan halvard hanne hedda heikki helge henrik
    hilde hjalmar ingmar ingvar jarl jesper johan jorunn juha jukka kaisa kaj kalle kari kimmo
    kjell lauri leena leif liisa linnea liv magnus malin marjatta markku mats matti mattias
    mikael mikko minna morten niina oddvar ola olav ole olli olof oskar paivi pekka pentti per
    pernille ragnar ragnhild rasmus riikka risto runa rune sami sanna seppo sigurd sirpa siv
    solveig stig sune svein sven tage tapio tarja teemu terje thor tor torbjorn tove trond
    tuomas turid tuula vidar viggo vilhelm ville ylva
    """,
    # french belgian swiss-french quebec
    """
    adele adrien aime alain albane alexandre aline amandine amaury anais andre anne-laure anne-
    marie anne-sophie antoine armand arnaud aude augustin aurelie aurelien axelle baptiste
    bastien benedicte benoit berenice blandine brice bruno camille capucine cecile celine
    chantal christelle christophe clemence clementine clotilde coralie corentin cyrille delphine
    didier elodie eloi emeline emilie emmanuel emmanuelle enzo estelle etienne eugenie fabien
    fabienne fabrice fanny florent florian francois francoise frederic frederique gael gaelle
    gaetan gaspard genevieve geoffroy gilles ginette gisele guillaume guy gwenaelle helene henri
    herve honore hortense hugues jacques jean-baptiste jean-claude jean-francois jean-luc jean-
    marc jean-marie jean-paul jean-pierre jeanne jeannine joelle josette josiane jules julien
    juliette justine laetitia laure laurent lea leonie loic lou-anne luc lucie lucien ludovic
    lydie maelle maeva manon marc marcel marcelle margaux marie-christine marie-claire marie-
    france marie-helene marie-laure marie-pierre marielle marin marine marius martine mathieu
    mathilde mathis matthieu maxence maxens maxime michel micheline mireille monique morgane
    nadege nathalie nicolas noe noemie nolan oceane odette odile olivier pascal pascale patrice
    paulette perrine philippe pierre pierre-yves raphael raphaelle regis remi remy renaud rene
    romain romane rosalie roselyne sacha sandrine sebastien segolene serge severine solange
    solene stephane sylvain sylvie tanguy thibault thibaut thierry timeo timothee virginie yanis
    yann yannick yves
    """,
    # spanish latin american basque catalan galician
    """
    abril adolfo agustin agustina ainhoa aitana aitor alba alberto aldo alejandra alejandro
    alfonso alfredo alondra alvaro amaia amaya amparo ana anahi ander andres ane anibal
    antonella antonio araceli arantxa ariadna aritz arturo ascension asier aurora beatriz begona
    benito bernardo berta borja brayan camila candela carles carlos carmen carolina catalina
    cayetana celeste cesar citlali concha conchita consuelo cristian cristina cristobal
    cuauhtemoc daiana dario diego dolores dulce eduardo edurne ekaitz eloy elvira emiliano
    emilio encarnacion eneko enrique esperanza esteban estefania estela eugenia fabiola facundo
    federico felipe fermin fernanda fernando fidel florencia francisca francisco fuensanta
    gabriela gaizka garazi gaston gerardo german gilberto gonzalo gorka graciela guadalupe
    guillem guillermo gustavo heriberto hernan horacio ibai ignacio igor iker imanol inaki
    inmaculada iria itxaso itzel itziar jacinto jaime javier jazmin jesus jimena joaquin jordi
    jorge jose joseba josefa josefina josu juan juana julio karla koldo laia lautaro leire
    leonel leonor leticia lidia lorena lorenzo lourdes lucia luciana ludmila luis luisa lupita
    macarena maite manuel marcela marcelo marco marcos margarita mariana mariano maribel marina
    mario marisa marisol marta mateo matias mauricio mayra mercedes miguel mikel milagros mireia
    miren montserrat nahia nahuel naiara nerea nestor norberto nuria octavio oihane olga oriol
    osvaldo pablo paloma patricio pedro pilar quim rafael ramiro ramon raquel raul rebeca
    refugio remedios renata ricardo rigoberto roberto rocio rodolfo rodrigo rogelio rolando
    ruben salvador santiago sergio silvia sofia susana thiago tiago tomas unai uriel urko uxue
    valentina valeria vicente wilfredo xabier xiana ximena yadira yahir yamila yeray yesenia
    yolanda zurine
    """,
    # italian
    """
    agnese alessandra alessandro alessia alessio angelo annalisa arianna armando benedetta
    bianca carlo carlotta carmela caterina cesare chiara claudio concetta corrado davide debora
    domenico donatella edoardo eleonora elisabetta emanuele enrico ettore fabio fabrizio
    federica filippo fiorella flavia flavio francesco franco gaetano gennaro giacomo giada
    gianluca gianni gino giorgia giorgio giovanna giovanni giulia giuliana giulio giuseppe
    giuseppina graziella greta guido ilaria jacopo lara leonardo letizia luca luciano luigi
    marcello margherita mariangela massimo matteo mattia maurizio michela michele mirko nadia
    nicoletta noemi ornella paola paolo patrizia pietro raffaele raffaella riccardo rocco
    rosanna rosaria rossella salvatore samuele silvana simona stefania stefano tiziana tommaso
    umberto valerio vincenzo vittoria vittorio
    """,
    # portuguese brazilian
    """
    adriana afonso augusto bruna caio catarina conceicao cristiano diogo duarte edson eduarda
    emanuel fabiana fatima filipa goncalo graca guilherme heloisa henrique isabela joana joao
    joaquim juliana larissa leandro luiza margarida mateus matheus murilo natalia nuno otavio
    paulo priscila rafaela raimundo renato rogerio rosana rui sebastiao tatiana vinicius vitor
    vitoria wagner washington wellington yasmin
    """,
    # polish czech slovak slovenian croatian serbian bosnian ukrainian russian bulgarian
    """
    agata agnieszka aleksander aleksandra aleksei alena ales alexei alicja alina alisa alla amir
    amra anastasia anatoly andrei andriy andrzej aneta aniela ante antoni anya arkady artem
    artyom bartek bartlomiej beata blazenka bogdan bogdana bogumila boguslaw bohumil bohuslav
    bozena bozhidar branka branko bronislaw cezary czeslaw dagmara dalibor danuta daria dariusz
    darko darya dawid dimitar dmitri dmitriy dmitry dominika dorota dragan dragana drazen edyta
    egor ekaterina eliska elzbieta emilia emina emir evgenia evgeny ewa ewelina filip franciszek
    frantisek fyodor galina gennady georgi goran gordana grazyna grigory grzegorz halina hana
    hanna haris henryk hristo ilona ilya inna irena irina ivana ivaylo ivica iwona izabela jacek
    jadwiga jakub janusz jarmila jaroslaw jasmin jasmina jelena jerzy jindrich jiri jolanta
    josip jozef justyna kacper kalina kamil kamila karel karol karolina katarzyna katerina
    kateryna kazimierz kinga kirill klaudia konstantin kresimir krystyna krzysztof ksenia
    ladislav larisa lenka leonid leszek lev libor ljiljana lubomir lucja luka lukasz lyubomir
    lyudmila maciej magdalena maksim malgorzata marcin marek marija mariusz marketa marzena
    mateusz maxim michal mikhail milan milena milica milos miloslav miroslav miroslaw mirza
    mladen mykhailo mykola nada nadezhda natalya nebojsa nermin nikita nikola nikolai nikolay
    nina oksana oleg oleksandr oleksiy olena oliwer oliwia ondrej pavel pavla pawel petr piotr
    plamen polina predrag premysl przemyslaw pyotr radek radka radoslaw radostina rafal ranko
    roman rositsa ruslan ryszard samir sanja selma senad sergei sergey sergiy slavica slawomir
    slobodan snezana srdjan stanislav stanislava stanislaw stjepan stoyan svatopluk svetlana
    szymon tadeusz tanja taras tatyana tereza timur tomasz tomislav tsvetan urszula vaclav vadim
    valery vasily vasyl velichko vesna viktor viktoria vit vitaly vladimir vladislav vlasta
    vojtech volodymyr vsevolod weronika wieslaw wiktor wiktoria witold wladyslaw wojciech yana
    yaroslav yaroslava yekaterina yelena yevgeny yordan yulia yuliya yuri yury zbigniew zdenek
    zdenka zdravko zdzislaw zeljko zhanna zhivko zofia zoran zorica zuzanna zvonimir
    """,
    # hungarian romanian greek
    """
    alexandru anastasios anca andras andreea angeliki aniko athanasios attila balazs bence
    catalin christos claudiu cosmin csaba dimitra dimitrios dora dorin dragos eleni erzsebet
    eszter evangelos ferenc florin gabor georgios gergely gheorghe gyorgy gyula ildiko imre
    ioana ioannis ion ionut istvan iulia janos jozsef judit kalliopi katalin konstantinos kostas
    krisztina laszlo laurentiu levente loredana madalina marton matyas mihaela mihai miklos
    mircea nicoleta nikolaos nora orsolya ovidiu panagiotis paraskevi petru radu raluca razvan
    reka sandor sorin spyridon spyros stavros szabolcs tamas teodora theodoros tibor tudor
    vasile vasileios vasiliki viorel yannis yiannis zoltan zsofia zsolt zsuzsanna
    """,
    # hebrew
    """
    ariel avi avraham ayelet chaim dov efrat eitan eliezer gila hadas ilan itai lior meir moshe
    noa ofer oren rivka shira shlomo tamar uri yael yehuda yitzhak yosef zvi
    """,
    # turkish azerbaijani
    """
    ahmet ali alper arda aylin ayse aysegul aysel baris batuhan berk berkay betul birol burak
    burcu busra can cansu cem cemal cengiz dilek ebru ece ecem elif emel emine emre enes engin
    erdem erdogan eren ergun erkan esra ezgi fadime fatih fatma ferhat feyza filiz gamze gizem
    gokhan gul gulay gulsen halil hande hasan hatice havva huseyin ibrahim ilker irem ismail
    kaan kadir kemal kerem koray kubra levent mehmet melek melike meltem mert merve mesut metin
    murat mustafa necati nesrin nihat nur nuray oguz oguzhan okan omer onur orhan ozan ozge
    ozlem pinar recep riza sabri seda selim selin sema semra serkan sevgi sevim seyma sibel
    sinan sukru tarik tugba tuncay turgut ugur umut volkan yasemin yavuz yildiz yilmaz yunus
    yusuf zehra zeynep
    """,
    # arabic north african levantine gulf
    """
    abbas abdallah abdel abdelaziz abdelhak abdelkader abdul abdulaziz abdullah abdulrahman adel
    adnan ahmad ahmed aicha aisha akram ala amal amani amina amine amira ammar anas anwar asma
    ayman aziz basma bassam bilal bushra chadi dalia dina djamel fadi fahad faisal farah farid
    faris fatiha firas ghada hadi hafsa haifa hamid hamza hani hassan hatem haytham hazem hiba
    hicham hind hisham hossam houda hussein imad iman imane issam jamila jawad kamal karim
    karima khadija khaled khalid khalil latifa layla lina loubna lubna mahmoud majid malak
    malika manal mansour marwa marwan maryam meriem mohamed mohammad mohammed mounir mourad
    moussa muhammad mustapha nabil nadir naima najat najib nasser nawal nizar noor nour nourdine
    omar osama oussama rachid rahma rami rania rasha rashid reem rida rim saad sabah said saida
    salah saleh salim salma samia samira sanaa sawsan sofiane souad soufiane sultan tarek tariq
    wael wafa walid yacine yahya yasmina yassin yassine yazid younes yousef youssef zahra zainab
    zakaria zayd zeinab ziad zineb zoubir
    """,
    # persian afghan kurdish
    """
    arash ardalan armin arya azadeh babak bahar bahram bijan dariush ehsan elham farhad farnaz
    farzaneh fereshteh ghazal golnar hamed hawre hossein kambiz kamran kaveh kian leyla mahnaz
    mahsa masoud mehdi mehran mehrdad mina mitra mohsen mojgan morteza nader nasrin navid negar
    niloufar nima parisa parviz payam pegah reza rojda rojin roya saeed sahar saman sanaz
    shahram shirin siamak sirwan soheil sohrab tahmineh vahid yasaman zilan
    """,
    # indian pakistani bangladeshi sri lankan nepali
    """
    aadhya aakash aarav aarti abhay abhishek aditi aditya ajay akash akshay alok amandeep amit
    amita amrita anand ananya anil anisur anjali ankit ankita anu anupam anuradha arjun arun
    aruna arvind asha ashish ashok avinash ayan ayesha baljit bhavna bikash chandra chathura
    chetan deepa deepak deepika devika dhruv dilani dilshan dinesh divya farhan gaurav gauri
    geeta gita gopal govind gurpreet habib hari harish harpreet harsh hema hemant imran indira
    irfan ishaan jahid jaspreet jaya junaid jyoti kabir kajal kamala karan kartik kashif kavita
    kiran krishna kuldeep kumara kunal lakshmi lalita madhu mahbub mahesh manish manoj manpreet
    meena meera mohan mukesh nadeem nandini navdeep naveed naveen neha nikhil nilesh nimal nisha
    nitin nusrat padma pallavi pankaj parminder parvati pooja pradeep prakash prakriti pranav
    prashant pratik praveen preeti priya priyanka rafiq rahul raj rajat rajesh rajinder rajiv
    rakesh ramesh ranjit ravi rekha ritu rizwan rohan rohit rumana ruwan sabin sachin sadia
    sahil saima sajid sameer sana sanath sandeep sanjay sanjeev santosh sarita saurabh seema
    shafiq shahid shakil shalini shanti sharmila shazia shilpa shiva shreya shruti siddharth
    simran smita sneha sonal sonali sudha sujata sukhwinder sumaiya suman sumit sunil sunita
    suresh sushil swati tahir tahmina tanvi tanvir tarun tasnim thilini uma usha usman varun
    vidya vijay vikram vinay vinod vishal vivek waqar yash yogesh zeeshan zubair
    """,
    # Chinese (pinyin, Cantonese), Korean, Japanese, Vietnamese, Thai, Indonesian, Malay,
    # Filipino
    """
    agus ai aileen akiko akira anh anong apinya arnel arthit ayaka ayu ayumi bao bin binh budi
    chaiya chang chao chau chen cheng chi chiaki chun chun-kit chunhua cuong daichi daiki dewi
    dong dong-hyun duc dung duong eko emi eri eun-ji fang faridah fei feng fitri gang giang
    guang guiying ha-eun haeun hafiz hai haiyan hanh hao haoran haruka haruki haruto hendra hien
    hieu hikari hina hiroki hiroko hiroshi hitomi ho hoa hoai hoang hoi hong hua huan hui hung
    huong huy huyen hye-jin hyun-woo indah jae-hyun jericho jessa ji-hoon ji-hye ji-won ji-woo
    jia jiahao jian jiang jianguo jianhua jiayi jie jihoon jin jin-woo jing jisoo jiwoo joko jun
    jun-ho junjie junko ka-ming ka-wai ka-yan kaito kanya kaori kartika kazuki kazuo keiko kenji
    kenta khanh khoa koji kumiko kwok kyung-soo lan lei lestari li lian liang lihua lin ling
    linh lixin loan long mai malee mami man-yee maricel marites mayumi megumi mei meili meiling
    meng michiko miki min min-ji min-jun min-seo ming mingyu minh minji minjun minoru misaki
    mitsuko miyuki my na nam nan naoki natsuki nga ngoc nhung ning niran nobuo nok noriko nurul
    peng phong phuong pim ping putri qian qiang qing quan quang quoc ren riku rin rini rodel
    rong rowena ruoxi ryo ryota sakura sang-woo sari satoshi sayaka seo-jun seo-yeon seojun
    seoyeon shan shinji shiyu shota shu shuang si siti siu somchai somsak son soo-ah soo-jin
    sora sri suda sumin sung-min sunisa supachai syafiq takashi takeshi tam tao taro thanawat
    thanh thao thi thu thuy tianyu tien ting tomoko tomoya trang trinh trung tuan tuyet uyen van
    vinh vy wahyu wai-ling wei weiming wen wenjing wichai wing wulan xia xian xiang xiao
    xiaohong xiaoming xiaoyan xin xing xinyi xiu xiuying xu xuan yan yang yanping ye-jin yen yi
    yichen yin ying yoko yong yoon yoshiko young-ho yu yuan yudi yue yui yuki yuko yumi yun yuna
    yusuke yuta yuto yutong yuxuan zhen zheng zhi zhiwei zhong zhou zihan zixuan zulkifli
    """,
    # African: Yoruba, Igbo, Hausa, Akan, Swahili, Kikuyu, Amharic, Somali, Zulu, Xhosa,
    # Shona, Wolof
    """
    abdirahman abdiwali abdoulaye abebe abena abimbola abiodun adaeze adaku adama adebayo
    adebola adedayo adeola adesuwa adetola adewale adeyemi adjoa adwoa afia afolabi afua
    aissatou akinwale akinyi akosua akua akwasi alemayehu ama amadou amaka amanuel amara aminata
    aminu auma awa ayaan ayanda ayodele ayomide babacar bankole baraka bashir berhane bethlehem
    bineta bisi bolaji bongani boubacar bukola cheikh chiamaka chidi chidinma chidubem chijioke
    chika chike chimamanda chinedu chinonso chinwe chinyere chioma chipo chukwudi chukwuemeka
    damilola danjuma dawit dayo ebere ebuka efua ejike ekene emeka enitan esi eyerusalem farai
    fatou fatoumata femi fikre folake folasade funke funmilayo girma habiba hadiza haile halima
    hibaaq hodan ibrahima ifeanyi ifeoma ikechukwu ikenna imani issa jabari jelani juma kabiru
    kamau khadra khady kidist kioko kipchoge kofi kojo kwabena kwadwo kwaku kwame kwasi kwesi
    lamine lawal lindiwe lwazi makena mamadou mandla mariama mekdes meseret mohamud moustapha
    mumbua musa mwangi nandi nasiru ndeye neema ngozi njeri nkechi nkem nkiru nnamdi nneka
    nokuthula nomvula nyambura obinna ogechi olabisi oladele olamide olawale olu oluchi olufemi
    olumide oluseun oluwadamilare oluwaseun oluwatobi onyeka otieno oumar ousmane penda rehema
    rudo sani segun selam senait seun seydou sibusiso sipho sola solomon souleymane tadesse
    tafadzwa tapiwa tatenda tayo tekle temitope tendai tesfaye thabo thandeka themba thulani
    tigist tobi tochukwu toyin tumaini tunde uche uchenna ugochi umaru wairimu wambui wanjiru
    warsame yaa yacouba yakubu yaw yawa yemi yetunde yohannes yonas zanele zawadi zodwa zuwaira
    """,
    # more given names of the same languages
    """
    anselmo baltasar celestino cirilo clemente crisanto dionisio eleuterio eusebio evaristo
    faustino feliciano florencio gregorio hilario honorio inocencio isidro jeronimo leoncio lisandro
    marcelino maximino melchor nazario olegario pascual placido prudencio regino rosendo rufino
    sabino saturnino serafin severino silvestre teodoro tiburcio ulises venancio wenceslao zacarias
    amalia aurelia casilda clotilde custodia eulalia filomena genoveva herminia hortensia jacinta
    leocadia leonor matilde obdulia petronila primitiva purificacion rufina sagrario teodora
    virtudes
    bertrand clement dorian edouard emile felix gaspard ghislain gonzague hippolyte jordane leandre
    lucas lucien marceau maurice octave philibert prosper serge theophile valery victorien
    annick armelle brigitte clarisse edwige gwendoline heloise irene josephine lucille maryse
    mathilde nadia odile rolande sidonie yolande
    burkhard detlev eckart gebhard gunnar hartwig ingolf jost kuno leopold lorenz mathis
    meinhard ortwin otto quirin rainald reimund roderich rupprecht sigmund theobald volkmar wendelin
    adelgunde almut annelore bertha brunhilde dietlinde edelgard erdmute gesine hannah hiltrud
    irmela liselotte marlene mechthild notburga rosemarie rotraud swantje traudl waltraut wilma
    abigail alastair barnaby benedict bertram clement cornelius crispin dominic ebenezer fitzgerald
    gilbert godfrey horace ignatius jasper lancelot leopold montgomery mortimer nigel percival
    quentin reuben roderick rufus sebastian silas thaddeus tobias ulysses wilfred
    agatha araminta beatrice cressida drusilla eugenia henrietta hermione hyacinth imogen
    jemima leticia lucinda marguerite octavia ophelia perpetua rosalind tabitha wilhelmina
    aleksandar bogomil borislav branimir dobromir dragomir jaroslav ljubomir miroslava radomir
    stanimir svetozar velimir vojislav zdravka
    kemal kenan mahir mehmet necdet nedim sedat serdar suat taner tayfun tolga yusuf zafer
    aylin banu cigdem derya deniz duygu esin gonca hulya inci leyla nazli nilufer oya sevda tulin
    """,
    # given names that are not in the blocks above only because they are also words
    """
    amber angel art asuncion autumn bill blanca blanche carter chance concepcion cruz dawn deniz
    destiny don drew encarnacion ernst estrella eve faith fleur frank gene grace harmony hazel
    heaven holly honor hope hunter iris ivy jade luz mark mason max mercy natividad olive olivia
    parker pat patience paz pearl prudence ray rich rod rosa rosario rose ruby savannah sky skye
    socorro soledad storm sue summer sunny sydney taylor trinidad trinity victoria will wolf
    """,
)

# Given names that are also common words (English, German, French, Spanish, Dutch), months,
# titles, places or brands: "Grace period", "Will Smith" and "Will Do" alike, "Jordan Air",
# "Mercedes Benz", "Victoria Station", "Dolores" (pains), "Nur" (only), "Long Island".
_WORDLIKE: Final = frozenset(
    """
    abril adel ai alba alexa amber amparo angel angeles april art ascension asuncion aurora
    austin autumn basil bethlehem bill bin blanca blanche bo brooklyn can candela carol carolina
    carter celeste chad chance charity cheikh chelsea chi christian clementine conceicao
    concepcion constance consuelo cooper cruz crystal dag daisy dakota dale dallas dawn dean
    destiny devon dolly dolores don dong drew duc dulce dung emir encarnacion ernst esperanza
    estrella eve faith fang fanny fern fleur floor florence franco frank funke gang gene georgia
    german glen gloria graca grace grant guy hai harmony harper harsh hazel heath heaven hind ho
    hoi holly hong honor hope horst hung hunter inmaculada iris ivy jade jasmine jericho jesus
    joke jordan joy june kennedy kenya lan lance li lieve lily loan long lourdes luz macarena
    madison mai margarita marina marine mark marquis mason mats max melody mercedes mercy
    milagros milan miles min montserrat my na nada nadir nam nan natividad noel nur olive
    paisley paloma parker pascal pat patience paz pearl penny per pilar ping poppy prudence
    randy ray refugio regina remedios reyes rich rim rocio rod roman rosa rosario rose rosemary
    ruby rune sage said salvador santiago sari savannah segun si sky skye socorro sola soledad
    son sri storm sue sultan summer sunny sydney tage tam tao taro taylor teddy thu ting tor
    trinidad trinity van victoria violet virginia vitoria washington wellington will wing wolf
    xu yang yaw yen yi yin yu yuan zion
""".split()
)

# Letters that NFKD does not decompose: without these, "Łukasz" would fold to "ukasz".
_LETTERS: Final = str.maketrans(
    {"\u0142": "l", "\u0141": "L", "\u0131": "i", "\u0111": "d", "\u0110": "D"}
)

_KIND: Final[dict[str, int]] = {
    name: WORDLIKE if name in _WORDLIKE else GIVEN for block in _BLOCKS for name in block.split()
}
_KIND.update(dict.fromkeys(_WORDLIKE, WORDLIKE))


def fold_name(word: str) -> str:
    """`word` folded as the gazetteer spells it: "Łukasz" -> "lukasz", "Yildiz" -> "yildiz"
    (a dotless i too)."""
    if not word.isascii():
        word = word.translate(_LETTERS)
    return fold(word)


def given(word: str) -> int:
    """GIVEN, WORDLIKE or UNKNOWN for one word (a hyphenated "Jean-Pierre" counts as one)."""
    folded = fold_name(word)
    found = _KIND.get(folded)
    if found is not None:
        return found
    if "-" in folded:  # "Marie-Josée", "Ana-Maria": the first part decides
        return _KIND.get(folded.split("-", 1)[0], UNKNOWN)
    return UNKNOWN


def known(folded: str) -> int:
    """`given` for a word already folded with `fold_name` (one dict lookup)."""
    return _KIND.get(folded, UNKNOWN)
