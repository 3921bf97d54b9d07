/**
 * First names for the dictionary cue. Lower-case, space-separated, split once at module load.
 *
 * Sources: the most frequent US given names since 1940 (Social Security Administration
 * baby-name counts, public domain), plus common given names from Spanish, Portuguese, German,
 * French, Italian, Slavic, Nordic, Dutch, Indian, Chinese (pinyin), Japanese, Korean, Vietnamese,
 * Nigerian and other African, Arabic, Persian and Turkish naming traditions.
 */

/**
 * Names that are rarely anything else: a capitalised one followed by a capitalised surname is
 * reported even without a cue (`... forwarded it to Maria Gonzalez yesterday`). 4481 entries.
 */
export const FIRST_NAMES = `
aakash aaliyah aarav aaron aarti abbie abbigail abby abdallah abdelrahman abdul abdullah abdullahi abdulrahman abe
abel abena abhinav abhishek abigail abraham abram abril abubakar achieng ada adaeze adaline adalyn adalynn adam adan
adaobi adaora addie addilyn addison addisyn addyson adebayo adebola adel adela adelaide adele adelina adeline adelyn
adelynn aden adeola adewale adeyemi aditi aditya adnan adolfo adonis adrian adriana adrianna adrianne adriel adrien
adrienne adrián adwoa afia afolabi afonso agathe agnes agnieszka agus agustin agustina agustín ahmad ahmed ahmet
aida aidan aiden aileen ailsa aimee ainhoa ainsley aisha aishwarya aisling aitana aitor aiyana aja ajay ajit akari
akash akiko akintunde akinwale akinyi akira akosua akshay akua alaia alain alaina alan alana alani alanna alasdair
alastair alaya alayah alayna alba albert alberta alberto alden aldo aleah alec alecia aleena alejandra alejandro
aleksandar aleksandra aleksei aleksey alena alesha alesia alessandra alessandro alessia alessio alex alexander
alexandra alexandre alexandrea alexandria alexei alexey alexia alexis alexus alfonso alfred alfredo ali alia aliana
alice alicia alijah alina aline alireza alisa alisha alison alissa alistair alivia aliya aliyah aliza alla allan
allen allie allison allyson alma alok alondra alonso alonzo alora alphonso althea alton alva alvaro alvin alycia
alyona alysha alysia alyson alyssa alícia ama amaia amaka amal amalia amanda amani amar amara amari amaris amaya
amelia amelie ami amie amin amina aminu amir amira amirah amit amitabh amiya amiyah amora amos amr amy amya amélie
ana anabel anabelle anahi anais anand ananya anas anastasia anatoli anatoly anaya anaïs ander anders anderson andi
andra andre andrea andreas andrei andres andrew andrey andria andrii andriy andrzej andrés andy angela angelia
angelica angelika angelina angeline angelique angelita angelo angie angus anh anika anil anirudh anissa anita aniya
aniyah anja anjali anke ankit ann anna annabel annabella annabelle annalise annamarie anne annegret annemarie
annemieke annette annie annika annmarie anouk anshul ansley anthony antionette antoine antoinette anton antonella
antonia antonio antony antwan anuj anupam anurag anusha anya aoi aoife aoki apolline april arabella araceli aracely
araminta arash archana archie arden arely ari ariah arian ariana arianna aric ariel ariella arielle ariyah arjun
arkadiusz arkady arleen arlene arlo armand armando arnaud arne arnel arnold aron arron artem arthur arti arturo
artyom arun arvind arya aryan aryanna asa asha ashanti asher ashish ashlee ashleigh ashley ashlie ashly ashlyn
ashlynn ashok ashton ashtyn ashwin asier asli aslı asma astrid asuka atieno atticus atul aubree aubrey aubrie audra
audrey audrina augustine augustus aurelia aurelie aurelien aurélie aurélien austen austin austyn ava averi averie
avery aviana avianna axel aya ayaan ayaka ayana ayanna ayden ayesha ayla aylin ayman ayo ayodele ayomide ayoub ayse
ayu ayumi ayşe azadeh azariah babak babatunde badr bahar bai bailee bailey bambang bamidele baptiste baraka barbara
barbora baris barney barrett barry bart bartosz barış bashir basma bassam bastien baylee baylor beata beatrice
beatrix beatriz beckett beckham becky behnam belen belinda bella bello ben benedetta benedikt benicio benita benito
benjamin benjamín bennett bennie benny benoit benoît benson benton benício berk bernadette bernadine bernard
bernardo bernd bernice bert bertha bessie beth bethan bethany betsy bette bettie betty bettye beulah beverley
beverly bharat bhavna bhavya bianca bilal biljana billie billy birgit birgitta bisola bjorn björn blaine blair
blaise blake blakely blanca blanche bobbi bobbie bobby bodhi bogdan bojan bolaji bonita bonnie boris bowen boyd
bozena bożena brad braden bradford bradley bradly brady braeden braelyn braelynn braiden bram branden brandi brandie
brandon branko branson brant brantley braxton brayan brayden braydon braylen braylon breana breanna breanne bree
brenda brendan brenden brendon brenna brennan brennen brent brenton bret brett bria brian briana brianna brianne
brice bridget bridgett bridgette briella brielle briggs brigitte briley brinley brisa britney brittani brittany
brittney britton brock broderick brodie brody bronson brooke brooks bruce bruna bruno bryan bryanna bryant bryce
brycen brylee bryn brynlee brynn bryon bryson budi bui bukola burak burton busra byron büşra cade caden cai caiden
caio caitlin caitlyn cale caleb cali callan callen callie callum calum calvin cameron camila camilla camille camilo
campbell camron camryn candace candela candice cao caoimhe capucine cara caren carey cari carina carissa carl carla
carlee carlene carley carli carlie carlo carlos carlton carly carmela carmella carmelo carmen carol carole carolina
caroline carolyn carrie carroll carson carter cary caryn casandra casey cason cassandra cassidy cassie cassius
cataleya catalina catarina caterina cathal catherine cathleen cathryn cathy catrina catriona caua cauã cayden cayla
caylee cecelia cecil cecilia cecily cedric celeste celia celina celine cem ceren cerys cesar chad chadwick chaim
chana chandan chandler chandra channing chantal chantel charla charlee charleigh charlene charles charley charli
charlie charlotte charmaine chasity chauncey chaya chaz chebet chelsea chelsey chelsie chen cheng cheri cherie
cheryl chester chetan cheyanne cheyenne chiamaka chiara chidi chidinma chihiro chika chinedu chinonso chinwe chioma
chisom chitra chloe chloé chris christa christal christi christian christiana christiane christie christin christina
christine christophe christopher christy chrystal chuck chukwudi chukwuemeka cian ciara ciaran ciarán ciera cierra
cindi cindy cinzia claire clara clare clarence clarice clarissa clark claudette claudia claudio clayton clemence
clement clementine cleo clifford clifton clint clinton clive clodagh clyde cláudia clémence clément coby cody cohen
colby cole coleen coleman colette colin colleen collin collins colm colson colten colter colton conceicao conceição
concepcion concepción conner connie connor conor conrad constance consuelo cora corbin cordelia cordell corey cori
corina corinne cornelia cornelius cornell corrie corrine cortez cortney cory costanza courtney craig cristal
cristian cristina cristobal cristopher cristy cristóbal cui cullen curtis cynthia cyrus cédric céline daan dafydd
daiki daisuke dakota dale daleyza dalia dalton damaris damian damien damilola damion damon dan dana dandan dandre
dane danette dang dangelo dani dania danial danica daniel daniela daniele daniella danielle danika danita danna
dannie danny dante danuta daphne daquan dara darby darcy daren daria darian dariel darien darin dario darion darius
dariush dariusz darko darla darlene darnell daron darragh darrel darrell darren darrick darrin darrius darryl
darshan darwin darya daryl dashawn dave davi david davide davin davina davion davon dawid dawson dax daxton dayana
dayna dayo dayton deana deandre deangelo deann deanna deanne debbie debby debora deborah debra declan dee deena
deepa deepak deepika deidra deidre deirdre deja dejan delaney delbert dele delia delilah della delores deloris
delphine demarcus demetria demetrius demi dena deng denice denis denise deniz dennis denny denzel deon deonte dereck
derek derick derrick derya deshawn desirae desiree desmond destinee destiney destini detlef devante deven devin
devon devonte devyn dewayne dewey dewi dexter dhruv diana diane diann dianna dianne didier diego dieter dilek dillon
dimas dimitri dina dinah dinesh dino diogo dion dionne dirk divya dixie dmitri dmitrii dmitry dmytro doerte dolores
domenic domenico domingo dominic dominick dominik dominique dona donal donald donatella donavan dong dongwook donna
donnell donnie donny donovan donte dora doreen dorian doris dorota dorothea dorothy doug douglas doyle doyun dragan
dragana drake draven duan duane duarte duc dulce duncan duong dustin dwayne dwight dylan débora dónal dörte eamon
eamonn earlene earnestine easton ebba ebru ebuka ebunoluwa eddie eddy eden edgar edison edith edmond edmund edna
edoardo eduardo edward edwin edwina efrain efren efua eileen eilidh eimear einar eirik ejike ekaterina eko elaina
elaine elana elbert eldon eleanor elena eli elia elian eliana elianna elias eliezer elif elijah elin eliot elisa
elisabeth elise eliseo elisha elissa eliza elizabeth elke ella elle ellen elliana ellie elliot elliott ellis ellison
elmer elodie eloise elora elsa elsie elton elva elvin elvira elvis elyse elzbieta elżbieta emanuel emanuela emanuele
emeka emelia emely emerson emersyn emery emiko emil emile emilee emilia emiliano emilie emilio emily emine emma
emmalee emmalyn emmanuel emmett emmitt emmy emory emre emyr endo eniola enoch enrico enrique enzo eoin eren eric
erica erich erick ericka erik erika erin erma ernest ernestine ernesto ernie ernst errol ervin erwin eryn esi esme
esmee esmeralda esperanza esra essie esteban estefania estefanía estela estella estelle estevan esther estrella
ethan ethel etta euan eugene eugenia eula eunice eunji eva evan evangelina evangeline evelyn evelynn everett
everleigh everly evgeny evie ewa ewan eze ezekiel ezequiel ezra fabian fabio fabiola fabrice facundo fadi faisal
fajar fallon fangfang fannie farah farhad farid farrah fatima fatma fay faye federica federico fedor felecia felicia
felipe felix femi femke feng fergus fermin fermín fernanda fernando ffion fidel filipa filippo finley finn finnegan
finnley fiona fionn fletcher fleur flor florence florencia florent florian floris floyd folake forrest frances
francesca francesco francine francis francisca francisco franco francois francoise frankie franziska françois
françoise fraser frauke fred freda freddie freddy frederic frederick frederik fredrick freja freya frida frieda
friedrich frédéric fujita funke funmilayo fyodor fábio fátima gabriel gabriela gabriele gabriella gabrielle gael
gaelle gail galen galilea galina gamze ganesh gao garba gareth garret garrett garry garth gary gaspar gaston gaurav
gautam gavin gayla gayle gaël gaëlle gbenga geeta gemma gena geneva genevieve geneviève gennady geoffrey george
georgette georgia georgina geraint gerald geraldine gerard gerardo gerd gerhard geri gerry gert gertrud gertrude
gethin ghada ghassan gia giana giancarlo gianluca gianna gianni gideon gijs gilbert gilberto giles gilles gillian
gina ginette ginevra gino giorgia giorgio giovani giovanna giovanni girish gisela giselle gisselle gita giulia
giuliana giuseppe gladys glenda glenn glenna gloria glyn goldie golnar goncalo gonzalo gonçalo gopal goran gordon
goto govind graca gracelyn gracelynn gracie graciela grady graham grainne grayson grazyna graça grażyna greg gregg
gregorio gregory greta gretchen greyson griffin grigory griselda grover grzegorz gráinne guido guilan guilherme
guillaume guillermo guiying gul gunnar gunter guo guohua guoqiang gus gustav gustavo gwen gwendolyn gwenllian gérard
gül günter günther haakon habib habiba hadassah hadi hadiza hadley hailee hailey hal hala haleigh haley halina halle
hallie halyna hamed hamid hamish hampus hamza han hana hank hanna hannah hans hao haoran haoyu harini harish harlan
harlee harlow harold harper harriet harrison harry hartmut haruka haruto harvey hasan hasegawa hashimoto hassan
hatice hattie hauwa hayashi hayato hayden hayes haylee hayley haylie heather heba hector hedda heidi heike heiko
heinrich heitor helen helena helene helga helmut heloisa heloise heloísa hema hemant hendra hendrik hendrix henk
henley henri henrietta henrik henrique henry herbert heriberto herman hermann herve hervé hezekiah hiba hieu hilary
hilda hildegard hillary hina hiram hiroki hiroko hiroshi hisham hitesh hoa hoang holden holger holli hollie hollis
homer hong horace horst hossein hou howard huang hubert huda hugh hugo hui huihui humberto huong husain huseyin
hussein huw huy hyejin hyun hyunwoo håkon héctor héloïse hélène hüseyin iain ian ibrahim ibukun ichiro ida idris
iesha ieuan ife ifeanyi ifeoma ignacio igor ihor ijeoma ikechukwu ikeda iker ila ilaria ilene iliana imad iman imani
imke imogen ina indah indira ines inez inge ingeborg ingo ingrid inigo inmaculada inna inoue inès inês ira irene
irina irma irmgard irvin irving irwan iryna isa isaac isabel isabela isabell isabella isabelle isadora isaiah isaias
isha ishaan ishan ishikawa isiah isis isla ismael ismail issa issac ito itzel itziar iva ivan ivana ivanna ivette
ivica iván iwan iwona izabella izaiah jaap jabari jace jacek jacey jackie jacklyn jaclyn jacob jacoby jacquelin
jacqueline jacquelyn jacques jada jaden jadon jadwiga jadyn jael jaelyn jaelynn jagdish jagger jaida jaiden jaidyn
jaime jaimie jairo jake jakob jakub jalal jalen jaliyah jamaal jamal jamar jamari jamarion jamel james jameson jamey
jami jamie jamil jamila jamir jamison jana janae jane janel janell janelle janessa janet janette janice janie janina
janine janis janiya janiyah janna jannik janusz jaquan jaqueline jared jarle jarod jaromir jaromír jaron jaroslav
jarrett jarrod jase jasiah jasmin jasmine jason jasper jatin javier javon jawad jax jaxon jaxson jaxton jaya jayant
jayce jaycee jayceon jayda jayde jayden jaydon jayla jaylah jaylee jayleen jaylen jaylene jaylin jaylon jaylynn
jayme jayne jayson jaziel jazlyn jazlynn jazmin jazmine jazmyn jean jeana jeanette jeanie jeanine jeanna jeanne
jeannette jeannie jeannine jed jedidiah jeff jeffery jeffrey jeffry jelagat jelena jemima jemma jena jenifer jenna
jennie jennifer jenny jens jensen jerald jeremiah jeremy jeri jericho jermaine jeroen jerome jerri jerrod jerry
jerzy jesper jess jesse jessi jessica jessie jesus jesús jett jewell jia jiahao jiajia jian jiang jianguo jianhua
jianjun jianping jiayi jide jie jiho jihoon jill jillian jim jimena jimmie jimmy jin jing jingjing jinhua jiri jiro
jisoo jitendra jitka jiwon jiwoo jiyeon jiří joachim joan joana joann joanna joanne joao joaquim joaquin joaquín
jocelyn jochen jodi jodie jody joe joel joelle joerg joesph joey johan johanna john johnathan johnathon johnna
johnnie johnny joko jolene jolie jomar jon jonah jonas jonathan jonathon jonel joni joost jordan jorden jordon
jordyn jorge joris jose josef josefina joselyn joseph josephine josh joshua josiah josiane josie joslyn josue josé
journee jovan jovana joyce joão juan juana juanita judah jude judi judith judson judy juergen jules julia julian
juliana julianna julianne julie julien juliet julieta juliette julio julissa julius julián juma jumoke jun june
junho junjie jurgen justin justina justine justus justyna jutta jyoti jérôme jörg júlio jürgen kaan kacey kaci kacie
kade kaden kadence kaelyn kai kaia kaiden kaila kailani kailee kailey kailyn kairo kaitlin kaitlyn kaitlynn kaito
kaiya kajal kala kalani kaleb kaleigh kaley kali kaliyah kallie kalpana kalyn kamal kamari kamau kamden kameron kami
kamil kamila kamran kamron kamryn kane kaori kapil kara karan kareem karen kari karim karin karina karissa karl
karla karlee karley karli karlie karly karol karolina karon karrie karson karsyn karter karthik kartik karyn
kasandra kasen kasey kash kason kasper kassandra kassidy katalina katarina katarzyna kate katelin katelyn katelynn
katerina kateryna kateřina katharina katharine katherine katheryn kathi kathie kathleen kathrine kathryn kathy katie
katina katlyn kato katrin katrina katy katya kaveh kavita kavya kay kaya kaycee kayden kaydence kaye kayla kaylani
kaylee kayleen kayleigh kaylen kayley kaylie kaylin kaylyn kaylynn kayode kayson kazimierz kazuki keagan keanu
keaton keegan keely keenan keerthi kees kehinde kehlani keiko keira keisha keith kelechi kellan kellen kelley kelli
kellie kelly kelsey kelsi kelsie kelvin kemal kemi ken kendal kendall kendrick kenia kenichi kenji kenley kenna
kennedi kenneth kennith kenny kensley kent kenta kenton kenyatta kenyon kenzie keon keri kermit kerri kerrie kerry
kerstin keven kevin keyla khadija khaled khalid khalil khloe khoa khrystyna kia kian kiana kianna kiara kiera kieran
kierra kiersten kiley killian kim kimber kimberlee kimberley kimberly kimora kimura kingsley kinley kinsey kinsley
kip kiplagat kiprop kira kiran kirby kirill kirk kirsteen kirsten kirstin kirsty kishore kittisak kjetil klara klaus
knox knut kobayashi kody koen kofi kohei kojo kolby kole kolton komal kondo konstantin kora korbin korey kori kory
kourosh kourtney kris krishna krista kristal kristen kristi kristian kristie kristin kristina kristine kristofer
kristopher kristy kristyn kristyna kristýna krystal krystle krystyna krzysztof ksenia kseniya kumiko kunal kunle
kurt kurtis kwabena kwaku kwame kwesi kyla kylan kyle kylee kyleigh kyler kylian kylie kyra kyree kyrie kyson kyung
lacey lachlan laci lacie ladonna laetitia laide laila lainey lakeisha laken lakesha lakisha lakshmi lalit lamar
lamont lana landen landon landry landyn laney lanny lanre lara larisa larissa larry lars lashawn lashonda lata
latanya latasha latifa latisha latonya latoya latrice laura lauren laurence laurent lauri laurie lauryn lavanya
lavern laverne lavonne lawal lawanda lawrence lawson layla layne layton laëtitia lea leah leandro leann leanna
leanne lee leeann leela leia leif leigh leighton leila leilani leire lela leland lena lenka lennon lennox lenny
lenora lenore leo leon leona leonard leonardo leonel leonid leonidas leonie leonor leroy lesa lesley leslie lesly
lester leszek leticia letitia letícia levi lewis lexi lexie leyla lia liam liana liang liao libby lidia lieke lila
lilah lili lilia lilian liliana lilianna lilith liliya lillian lilliana lillie lilly lily lilyana lin lina linda
lindsay lindsey lindy lingling linh linnea linus linwood lionel lisa lisette lissette liu liudmyla liv livia liz
liza lizbeth lizeth lizette lizzie lloyd llyr logan loic lois lokesh lola londyn lonnie lora loraine lorcan loredana
lorelai lorelei loren lorena lorene lorenzo loretta lori lorie lorna lorraine lorri lorrie lotte lottie lou louie
louis louisa louise louna lowell lowri loyd loïc luana luann luanne lubna luc luca lucas lucca lucero lucia lucian
luciana luciano lucie lucille lucinda lucy lucía ludmila ludovica ludwig luigi luis luisa luka lukas lukasz luke
lukáš lula lulu luna luo lupe luther luuk luz lydia lyla lylah lyle lyn lynda lyndon lyndsey lynette lynn lynne
lynnette lyudmila léa léo lívia maarten mabel mable macarena macey maci maciej mack mackenzie macy madalyn madalynn
maddison maddox madeleine madeline madelyn madelynn madhav madhavi madhu madilyn madilynn madison madisyn mads
madyson mae maegan maelle maeve magdalena maggie magnus maha mahendra mahesh mahmoud mahsa mai maia maike mair
maisie maja majid makai makayla makenna makenzie makoto maksim malachi malakai malaya malcolm maleah malee
malgorzata malia malik malin malinda malini malissa maliyah mallory mamie mamta mandi mandy manfred manish manisha
manoj manon mansour manuel manuela mara maranda marc marcel marcela marcella marcellus marcelo marci marcia marcie
marcin marco marcos marcus marcy marek maren margaret margarita margaux margherita margie margo margot marguerite
mari maria mariah mariam marian mariana marianna marianne mariano maribel maricel maricela marie marieke mariela
marietta marija marilyn marilynn marina mario marion marisa marisela marisol marissa marit marites maritza marjorie
marketa marko markus markéta marla marlee marlena marlene marley marlin marlo marlon marques marquita marsha
marshall marta martha martin martina martine marty martín marva marvin marwan mary maryam maryann maryanne marybeth
maryellen maryjane marylou maría masato mason masoud massimo mateo mateus mateusz mathew mathias mathieu mathilda
mathilde mathis matias matilda matilde matsumoto matt matteo matthew matthias matthieu mattia mattias mattie maud
maura maureen maurice mauricio maurizio mavis maxime maximilian maximiliano maximo maximus maxine maxwell maya
mayank mayra maysa mayumi mazen maëlle małgorzata mckayla mckenna mckenzie mckinley meagan meaghan meena meera megan
meghan megumi mehdi mehmet mei meike meimei meirion mekhi melanie melany melba melina melinda melisa melissa melodie
melvin meng merce mercè meredith merle merlin merve mhairi mia miah micaela micah michael michaela michal michał
micheal michel michele michell michelle michiko mickey miguel mika mikael mikaela mikayla mike mikel mikhail mikkel
mila milagros milan milana milani mildred milena miley milica millie milo milos miloš milton mina minato mindy
minerva ming minh minji minjun minnie mio mira miranda mireille mireya miriam mirjana miroslav miroslaw mirosław
misael misaki misti mitchel mitchell mitzi miya miyu mladen mohamed mohammad mohammed mohan mohsen moira moises moji
mojisola mollie molly momoko mona monica monika monique monroe monserrat monte montserrat monty morag morenikeji
mori moriah moritz morris morten morteza moses moshe mostafa moussa muhammad mukesh murad murakami murat murdo
muriel murilo murphy murray musa mustafa mwangi mya myah mykhailo mykola myla myles myra myrna myron nabil nada
nader nadezhda nadia nadine najwa nakamura nakia nakul namrata nanami nancy nandini nanette naoki naoko naomi
narendra naresh nash nasir nasrin nasser nastya natalee natalia natalie nataliia nataly natalya natasa natasha
nataša nathalie nathaly nathan nathanael nathanial nathaniel natsumi nattapong naveen navin nayeli neal ned neelam
neema negin neha nehemiah neil nelda nellie nelson nenad nerea nerys nestor nettie neva nevaeh nga ngo ngozi ngozika
nguyen nia niall niamh nicholas nichole nick nickolas nicky nico nicola nicolas nicole nicolette nicolás nidhi niels
nigel nikhil nikita nikki niklas niko nikola nikolai nikolas nikolay nilesh niloufar nils nima nina nisha nisreen
nita nitin niyi nizar njeri nkechi nnamdi nneka noa noah noe noelia noelle noemi noemie nola nolan noor nora norah
norbert noreen noriko norma norman norris nour noé noémie nuno nur nuria nyla nylah núria oakley oaklynn obiageli
obinna oceane octavia octavio océane odell odhiambo odile odin ogawa ogechi oguz oisin oisín okada okechukwu oksana
oladele olaf olamide olawale ole oleg oleksandr oleksiy olena olga oliver olivia olivier ollie olof olufemi olumide
olusegun oluwadamilare oluwafemi oluwakemi oluwaseun oluwatobi oluwatoyin omar omari omer omid omkar omolara ondrej
ondřej onur onyeka opeyemi ophelia ora orion orla orlando orville osama oscar oskar osman osvaldo otavio otieno otis
ottavio otto otávio owain owen ozlem oğuz pablo padma padraig paige paislee pallavi palmer paloma pam pamela pankaj
paola paolo paras parisa parker parvati parviz patrica patrice patricia patrick patrizia patryk patrícia patsy patti
paul paula paulette paulina pauline paulo pavel pawan pawel paweł paxton payal payam payton pedro peggy penelope
peng percy perla perry pete peter petr petra petro peyman peyton pham phan phil philip philipp philippa philippe
phillip phoebe phuong phyllis pierce pierluigi piero pierre pieter pietro pilar pinar piotr pippa polina pooja
poonam portia pradeep prakash pramod pranav pranee prasad prashant prateek pratik praveen preeti presley preston
princeton priscila priscilla priya priyanka przemyslaw przemysław puneet putri pádraig pınar qasim qiang qin qiu
quang quentin quincy quinn quinten quintin quinton rachael racheal rachel rachelle radek radha radoslaw radosław rae
raegan raelyn raelynn rafael rafaela rafal rafał raffaele raffaella rafiq raghav raghu ragnhild raheem rahul raiden
raina rainer rajat rajeev rajendra rajesh rajiv rakesh ralf ralph ramesh rami ramin ramiro ramon ramona ramsey ramya
ramzi rana randal randall randell randi randolph randy rania ranjit raphael raphaël raquel rasha rashad rasheed
rashid rashmi rasmus ratan raul ravi rawan rayan raymond raymundo rayna rayne raúl reagan reba rebeca rebecca
rebekah reece reem reena reese regan reggie regina reginald regis rehema reid reilly reina reinhard rekha remi
remington remy ren rena renae renata renate renato rene renee rené reuben reva revathi rex rey reyna reynaldo reza
rhea rhett rhian rhiannon rhoda rhodri rhonda rhys rian ricardo riccardo richard richelle rick rickey rickie ricky
rico rigoberto rikki riku riley rima rin rina rita ritesh ritu rivka riya riyad rizky robbie robbin robby robert
roberta roberto robin robyn rocco rochelle rocio rocío rodel roderick rodger rodney rodolfo rodrick rodrigo rogelio
roger rohan rohit roisin roland rolando romain romeo romina ron ronald ronan ronda ronin ronke ronnie ronny
roosevelt rory rosa rosalee rosalia rosalie rosalind rosalinda rosalyn rosanna rosanne rosario roscoe roseann
roselyn rosemarie rosetta rosie roslyn ross rossella rowan rowen rowena roxana roxann roxanna roxanne roxie roy roya
ruaidhri ruairi ruairí ruaridh ruben rubi rubén rudolph rudy ruediger rufus rui rula rupa rupert rupesh ruslan
russel russell rustam ruth ruthie ryan ryann ryder ryker rylan ryland rylee ryleigh rylie ryo ryota ryszard régis
róisín rüdiger saad sabine sabrina sachiko sachin sade sadhana sadie sadiq saeed sagar sahar sahil saige saito
sakamoto sakura salah sallie sally salma salman salvador salvatore sam samantha samara sameer sami samir samira
sammie sammy samson samuel samuele sana sandeep sander sandi sandra sandrine sanford sangeeta sani sanja sanjay
sanjeev sanna sanne santana santiago santino santosh saoirse sapna sara sarah sarahi sarai saranya sariah sarina
sarita sasaki sasha satish satoshi saul saundra saurabh savanah savannah savita sawsan saylor scarlett scot scott
scottie scotty seamus sean sebastian sebastien sebastián seema segolene segun selah selena selene selim selin selina
sem semaj semyon seojun seoyeon sepideh seren serena sergei sergey sergio serhiy serkan setareh seth seun sevgi
shadi shae shaima shaina shakira shalini shana shanda shane shania shanice shankar shanna shannon shantel shanti
shari sharif sharlene sharon sharron shashank shaun shauna shawn shawna shay shayla shayna shayne shea sheena
sheetal sheila shekhar shelby sheldon shelia shelley shellie shelly shelton shen sheree sheri sheridan sherlyn
sherman sherri sherrie sherry sheryl shi shiloh shilpa shimizu shinji shirin shirley shivam sho shobha shola shota
shreya shruti shuang shunsuke shweta shyam shyanne shyla sian siddharth sidharth sidney siegfried siena sienna
sierra sigrid sigurd silas silje silke silvia silvio simeon simon simona simone sina sinead sinéad siobhan sion
siriporn sita siti siân sjoerd skye skyla skylar skyler slawomir sloan sloane slobodan smita sneha snezana snežana
sofia sofya sofía sola soledad solene solomiia solomon solveig solène somchai sompong somporn somsak somtochukwu
sonal sondra songül sonia sonja sonny sonya sophia sophie soraya soren soroush sota souad sowmya soyeon spencer
srikanth srinivas sriram stacey staci stacia stacie stacy stan stanislav stanislaw stanisław stanley starla starr
stefan stefania stefanie stefano steffen stella stephan stephane stephanie stephany stephen stephon stetson steve
steven stevie stewart stian stijn struan stuart stéphane stéphanie subhash suda sudha sudhir suha suja sujata
suleiman sullivan sulochana suman sumit sunaina sunghoon sunil sunita sunniva supaporn surendra suresh susan susana
susanna susanne sushil sushma susie sutton suzan suzanna suzanne suzette suzuki sven svenja svetlana svitlana swapna
swati sybil sydnee sylas sylvain sylvester sylvia sylvie sylwia szymon séamus sébastien ségolène sérgio sónia søren
sławomir tabatha tabitha tadeusz tadhg taeyang tahmineh taiwo takahashi takashi takeshi takumi talal talia taliyah
tamara tameka tamera tami tamia tamika tammi tammie tammy tamra tamsin tana tanaka tania tanisha tanvi tanya tao
tara taras tarek tariq tarun taryn tasha tate tatiana tatsuya tatum tatyana tayler taylor tayo teagan ted teddy
tegan teguh temitope tera terence teresa tereza teri terra terrance terrell terrence terri terrie terry tess tessa
tetiana tevin thaddeus thais thalia thanh thao thaís thea thelma theo theodora theodore theresa therese theron
thiago thierry thijs thomas thor thorsten thurman thuy théo tia tiago tian tiana tianna tierra tiffani tiffanie
tiffany tijana tim timmy timo timothee timothy timothée timur tina tingting tisha titus tobi tobias toby tochukwu
tod todd tolga tolu tom tomas tomasz tomislav tommaso tommie tommy tomoko tomoya tomás tomáš toni tonia tony tonya
tope tori torsten tory tracey traci tracie tracy tran trang travis trent trenton trevon trevor trey tricia trina
tripp trisha trista tristan tristen tristian tristin triston troy trudy truman trung tsubasa tuan tucker tunde tuong
tushar tuva twila tyler tylor tyra tyree tyrell tyrese tyron tyrone tyson tânia uche uchechi uday udo ugo ulises
ulrich ulysses umar umberto umesh unai uriah uriel ursula urszula usha usman ute uwe uzoma vaclav vahid vaibhav
vaishali valarie valentin valentina valentino valeria valerie valery valérie vance vandana vanessa varun vasant
vasco vasily vasyl vaughn veda velma venkat venkatesh venus vera verna vernon veronica veronika veronique verónica
vesna vicente vicki vickie vicky victor victoria vidya vijay vikas vikram viktor vinay vince vincent vincenzo vinh
vinicius vinod vinícius viola violeta vipin virgil virginia virginie vishal vishnu vitaliy vito vitoria vittoria
vittorio vitória vivaan vivek vivian viviana vivienne vladan vladimir vladislav vojtech vojtěch volkan volker
volodymyr vonda vuk vyacheslav václav véronique wael wahyu waleed walid wallace walter wambui wanda wang wanjiku
wanjiru warda warren watanabe waylon wayne wei weiwei wendell wendi wendy werner weronika wesley westley weston
whitley whitney wichai widad wiebke wieslawa wiesława wilbert wilbur wiley wilfred wilfredo wilhelm wilhelmina willa
willard willem william willie willis wilma winifred winnie winston witold wojciech wolfgang woodrow wouter wumi
wyatt wynter xabier xander xavier xia xiao xiaobo xiaodong xiaofeng xiaogang xiaohong xiaojun xiaoli xiaoling
xiaolong xiaomei xiaoming xiaoqing xiaowei xiaoxia xiaoyan xiaoyu xie ximena xin xinyi xiomara xiong xiulan xiumei
xiuying xue xzavier yaa yadira yael yahir yakubu yamada yamaguchi yamamoto yamato yamazaki yamini yan yana yang yann
yannick yanyan yao yara yareli yaretzi yaritza yaroslav yasaman yasemin yash yasir yasmin yasmine yasser yazmin
yehuda yekaterina yelena yemi yesenia yetunde yevgeny yichen yifan yigit yin ying yinka yiyi yiğit yogesh yoko
yolanda yong yosef yoshida yoshiro younes yousef youssef yuan yudi yuhang yui yuka yuki yuko yulan yulia yuliya yumi
yuna yuri yuriy yury yusuf yusuke yuta yuto yutong yuxuan yuying yves yvette yvonne zachariah zachary zachery
zackary zackery zahra zaid zaiden zain zainab zaire zander zane zaneta zara zaria zariah zawadi zayden zayed zayn
zayne zbigniew zdenek zdeněk zechariah zeina zeinab zeke zelda zeljko zeng zeynep zhang zhao zheng zhenyu zhihao
zhiqiang zhiwei zhong zhou zhu ziad ziba zihan zion zixuan zoe zoey zofia zoie zoran zou zoya zoé zuri zuzana zyaire
álvaro ángela élodie émile émilie éric íñigo óscar ömer özlem łukasz żaneta željko
`;

/**
 * Names that are also common words, places, brands or product names (`Will`, `May`, `Mark`,
 * `Grace`, `Chase`, `Paris`, `Aurora`, `Sage`), plus every one- or two-letter name. Reported only
 * after a cue (greeting, title, name field, signature, self-introduction). 324 entries.
 */
export const AMBIGUOUS_FIRST_NAMES = `
abbey ace al ally amber america angel ante apollo archer aria armani asia aspen athena atlas august aurora autumn
azalea beau bentley bill blaze bo bob boston brandy briar bristol brook brooklyn brooklynn buddy cadence cairo
camden can candy cannon carmine case cash chance chanel charity chase chastity cherish cherry christen clay
cleveland cliff colt cooper coral coy crew cruz crystal curt dahlia daisy dallas davis dawn deacon dean denver
destiny dev devan diamond dick ding do dolly don dream drew du duke dung dusty earl earnest ebony ed ember emerald
emir essence ester eve faith fan fang fares felicity fern flora ford forest foster frank franklin fu gage gale
garland garrison gay gene genesis german ginger glen grace grant guadalupe gunner guy hari harley harmony harris
harsh haven hazel he heath heaven ho holland holly hope houston hu hudson hung hunter india iris israel ivory ivy
jack jackson jade jan jarred jarvis jay jefferson jewel jo journey joy juniper justice kale kendra kennedy kenya
king kingston kitty kobe lacy lan lance lane laurel le legacy legend lei li liberty lincoln london long lourdes
lovely lu ly lyric ma mac macie madden magnolia major malaysia mark marquis marquise maverick max maxim may meadow
melody memphis mercedes mercy merry messiah miles miller min miracle misty montana morgan myrtle na nam noel nova
ocean olive onyx opal paisley pan paris pascal pat patience patty pearl penny per phoenix piper polly poppy porter
precious prince princess pär queen raleigh rani raven ray reed reign river rob rocky rod roman rose rosemary royal
royce ruby rusty saga sage sai said saki salem sandy santos savanna sawyer scarlet serenity sincere sky song sri
star sterling stormy su sue sultan summer sun sunny sydney talon tamer tan tang tanner taro tiara tor trace treasure
trinity tuba turner ty uma unique valencia van violet vu wade wale walker ward wilder will willow wilson winter wren
wu xu yaw ye yu ángel
`;
