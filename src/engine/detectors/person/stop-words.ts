/**
 * Capitalised words that are not a person's name where a name could stand: after a greeting
 * (`Hi Team`), in a name field (`Name: String`), or in the surname slot after a first name
 * (`Julia Language`, `Austin Texas`). Lower-case, space-separated, read once at module load.
 * Common surnames that are also English words (Baker, Brown, King, Long, Young) are left out on
 * purpose: they are names far more often than not in the slots this list guards.
 */

const FUNCTION_WORDS = `
a an the this that these those there here it its i i'm i've i'd i'll me my mine myself we us our ours you your yours
he him his she her hers they them their theirs one ones who whom whose which what whatever when where why how
and or nor but so yet if then else than as at by for from in into of off on onto out over to up upon with within without
about above across after against along among around before behind below beneath beside besides between beyond during
except inside near outside past per since through throughout till toward towards under underneath unlike until via
also just only not no yes all any both each either every few many more most much neither none other others another
some such same own very too quite rather really almost already always never ever often sometimes still again even
now then soon later today tomorrow tonight yesterday once twice here hence thus therefore however although though
while whereas because unless whether whenever wherever meanwhile moreover furthermore otherwise instead anyway indeed
is are was were be been being am do does did done doing have has had having can could will would shall should may might
must let lets let's get gets got getting go goes went gone going make makes made making take takes took taken see sees
saw seen say says said tell tells told ask asks asked give gives gave given keep keeps kept put puts come comes came
please thanks thank thx ty hello hi hey hiya howdy dear greetings welcome ok okay sure well oh ah wow yeah yep nope hmm
sorry pardon cheers regards best sincerely cordially respectfully kind kindest warm warmest warmly truly faithfully yours
`;

const SENTENCE_WORDS = `
new old first last next previous final other same different main general special certain whole entire full empty true
false null none nil undefined unknown default optional required custom generic simple basic advanced good great bad
better worse big small large medium little long short high low top bottom left right up down inner outer upper lower
early late current recent latest modern classic legacy public private internal external local remote global open
closed active inactive pending approved rejected failed failure success successful complete completed incomplete
running stopped started finished ready available unavailable online offline enabled disabled valid invalid important
urgent critical major minor normal regular standard premium free paid plus pro max ultra lite mini nano micro mega
flash turbo preview beta alpha stable experimental deprecated unstable nightly canary
add added adding apply approve assign attach build built call called cancel change changed check checked choose click
close clone commit compare configure confirm connect continue copy create created debug define delete deleted deploy
deployed describe disable download drop edit enable ensure enter exit expect explain export fail fetch fill filter find
fix fixed follow force fork generate handle hide ignore implement import include install installed launch load log login
logout look merge migrate move need needs note notice open order parse paste pick ping post prefer print pull push read
receive refer refresh register reload remove removed rename render replace reply report request require reset resolve
restart restore retry return review run save scan schedule search select send sent set setup share show sign skip sort
start stop submit support switch sync test tested track train trigger try turn type update updated upgrade upload use
used using validate verify view visit wait want warn watch write wrote written
`;

const TECH_WORDS = `
api apis sdk cli ui ux app apps application applications service services server servers client clients system systems
platform platforms cloud clouds web website site sites page pages portal dashboard console terminal shell script scripts
code source file files folder folders directory path paths url link links endpoint endpoints route routes router request
requests response responses status error errors warning warnings info debug trace traces span spans fatal exception
exceptions event events log logs logger metric metrics alert alerts monitor monitoring incident incidents outage
database databases db cache caches queue queues worker workers job jobs task tasks function functions method methods
class classes object objects string strings number numbers boolean booleans integer int float double decimal char byte
bytes array arrays list lists map maps set sets dict dictionary record records tuple enum struct interface type types
date dates time times timestamp datetime duration value values key keys token tokens id ids uuid hash json xml yaml csv
html css http https rest graphql grpc sql nosql query queries table tables column columns row rows index field fields
schema model models prompt prompts message messages chat chats conversation conversations assistant assistants agent
agents tool tools bot bots chatbot completion completions embedding embeddings vector vectors context input inputs
output outputs result results summary description title name names label labels tag tags category categories comment
comments section sections chapter step steps part parts item items figure table example examples sample samples demo
overview introduction conclusion background details detail notes feature features bug bugs issue issues ticket tickets
pull branch branches master main dev prod production staging test tests testing spec specs unit integration e2e mock
template templates config configuration settings setting options option preferences preference profile profiles
account accounts user users admin admins administrator member members role roles group groups team teams org
organization organizations project projects product products package packages module modules plugin plugins extension
extensions library libraries framework frameworks engine engines driver drivers runtime runtimes container containers
cluster clusters node nodes pod pods instance instances region regions zone zones network networks proxy gateway
balancer load storage bucket buckets volume volumes disk memory cpu gpu core cores thread threads process processes
pipeline pipelines workflow workflows build builds release releases version versions changelog readme license docs
documentation guide guides tutorial tutorials reference manual faq blog news home about help contact pricing plan plans
billing invoice invoices payment payments refund refunds subscription subscriptions trial order orders cart checkout
shipping delivery customer customers support sales marketing security privacy compliance legal terms policy policies
login signup password username email emails phone address addresses street avenue road city state country zip postcode
hub lab labs kit kits studio studios suite store shop market pay wallet maps drive docs sheets slides mail calendar meet
analytics ads play music video videos photo photos image images audio voice speech vision language languages
computing compute runner runners server serverless lambda function functions edge cdn dns tls ssl ssh vpn iam sso auth
oauth jwt saml ldap webhook webhooks socket sockets stream streams topic topics broker brokers consumer producer
spy spies stub stubs mock mocks matcher matchers fixture fixtures robot robots
`;

const PRODUCT_WORDS = `
google amazon microsoft apple meta facebook instagram whatsapp twitter linkedin youtube netflix uber airbnb tesla nvidia
intel amd arm oracle ibm salesforce adobe cisco samsung sony huawei xiaomi alibaba baidu tencent bytedance tiktok spotify
slack zoom teams outlook gmail excel word powerpoint office onedrive sharepoint windows linux ubuntu debian fedora centos
redhat alpine android ios macos chrome chromium firefox safari opera brave azure aws gcp firebase supabase vercel
netlify heroku cloudflare fastly akamai digitalocean linode docker podman kubernetes helm terraform pulumi ansible
vagrant consul nomad vault packer git github gitlab bitbucket jira confluence trello asana notion figma miro postman
insomnia mongo mongodb postgres postgresql mysql mariadb sqlite redis memcached kafka rabbitmq nats pulsar elastic
elasticsearch opensearch kibana logstash grafana prometheus loki tempo mimir datadog sentry jaeger zipkin honeycomb
splunk dynatrace newrelic otel opentelemetry langfuse langsmith langchain langgraph llamaindex helicone braintrust
arize weave traceloop openllmetry node nodejs deno bun react native vue angular svelte next nuxt remix astro vite
webpack rollup esbuild babel jest vitest mocha chai karma cypress playwright puppeteer selenium express fastify nest
nestjs koa hapi django flask fastapi rails laravel symfony spring boot quarkus micronaut dotnet python java javascript
typescript rust golang kotlin swift scala haskell elixir erlang clojure perl php dart flutter lua bash zsh powershell
visual xcode intellij pycharm webstorm eclipse vim neovim emacs sublime vscode cursor windsurf copilot codex openai
anthropic claude sonnet opus haiku gemini gemma bard palm llama mistral mixtral codestral pixtral ministral magistral
devstral qwen deepseek grok cohere command falcon phi gpt chatgpt whisper dall sora midjourney stable diffusion hugging
face ollama bedrock vertex sagemaker titan guard instruct embed omni realtime mini turbo alexa siri cortana bixby
nova kinesis dynamo dynamodb redshift fargate cognito amplify lightsail cloudwatch cloudfront cloudtrail
route athena glue sns sqs ecs eks ec2 s3 rds emr iot
`;

const ORG_WORDS = `
inc incorporated corp corporation ltd limited llc llp plc gmbh ag sa sas sarl bv nv srl spa oy ab as kk co company
companies industries group holdings partners ventures capital bank banks trust fund funds foundation institute
university universite universität college school schools academy hospital hospitals clinic clinics center centre
centers agency agencies associates consulting consultants networks media studios games motors airlines airways
energy pharma pharmaceuticals health healthcare insurance logistics foods brands international worldwide enterprises
enterprise business businesses council committee board department ministry office bureau authority commission
association society club union church hotel hotels restaurant cafe mall technologies technology tech systems solutions
software hardware electronics telecom communications labs laboratories research development engineering operations
finance accounting procurement recruiting hiring people talent resources human staff crew squad desk helpdesk
`;

const ROLE_AND_ADDRESS_WORDS = `
sir madam madame ma'am mesdames messieurs ladies gentlemen everyone everybody anyone anybody someone somebody all folks
guys gals friends friend colleagues colleague peers reader readers viewers listeners community world there again
manager managers director directors lead leads head chief officer officers president vice senior junior principal
intern interns engineer engineers developer developers analyst analysts consultant specialist coordinator
representative associate founder founders owner owners partner employee employees candidate candidates applicant
recruiter reviewer reviewers maintainer maintainers contributor contributors sponsor sponsors valued hiring
patient patients doctor nurse teacher student students parent parents guest guests visitor visitors caller
mom dad mum mother father brother sister son daughter husband wife baby kid kids boy girl man woman men women person
male female other unspecified anonymous redacted masked hidden placeholder tbd n/a na
`;

const CALENDAR_WORDS = `
monday tuesday wednesday thursday friday saturday sunday mon tue tues wed thu thur thurs fri sat sun weekday weekend
january february march april may june july august september october november december jan feb mar apr jun jul aug
sep sept oct nov dec spring summer autumn fall winter christmas easter thanksgiving halloween ramadan diwali hanukkah
eid new year morning afternoon evening night noon midnight week month quarter
`;

const PLACE_WORDS = `
america americas american europe european asia asian africa african australia australian oceania antarctica arctic
canada canadian mexico mexican brazil brazilian argentina chile peru colombia venezuela ecuador bolivia uruguay
paraguay cuba jamaica haiti china chinese japan japanese korea korean taiwan hong kong singapore malaysia thailand
vietnam philippines indonesia india indian pakistan bangladesh nepal sri lanka afghanistan iran iraq syria lebanon
israel palestine saudi arabia emirates uae qatar kuwait oman yemen egypt morocco algeria tunisia libya nigeria ghana
kenya ethiopia tanzania uganda rwanda senegal cameroon angola zambia zimbabwe namibia botswana germany german france
french spain spanish portugal portuguese italy italian netherlands dutch belgium switzerland swiss austria austrian
sweden swedish norway norwegian denmark danish finland finnish iceland ireland irish england english britain british
scotland scottish wales welsh poland polish russia russian ukraine ukrainian belarus czech czechia slovakia hungary
romania bulgaria serbia croatia slovenia bosnia greece greek turkey turkish cyprus malta luxembourg estonia latvia
lithuania moldova georgia armenia azerbaijan kazakhstan uzbekistan mongolia
alabama alaska arizona arkansas california colorado connecticut delaware florida hawaii idaho illinois indiana iowa
kansas kentucky louisiana maine maryland massachusetts michigan minnesota mississippi missouri montana nebraska nevada
hampshire jersey ohio oklahoma oregon pennsylvania rhode tennessee texas utah vermont wisconsin wyoming ontario quebec
alberta columbia manitoba saskatchewan scotia bavaria bayern
chicago seattle portland atlanta miami detroit philadelphia manhattan toronto vancouver montreal melbourne dublin
amsterdam madrid barcelona rome munich hamburg frankfurt berlin cologne vienna zurich geneva stockholm oslo copenhagen
helsinki warsaw prague budapest moscow istanbul dubai mumbai delhi bangalore bengaluru hyderabad chennai kolkata pune
beijing shanghai shenzhen seoul tokyo osaka kyoto jakarta manila bangkok lagos nairobi cairo johannesburg lisbon porto
brussels london paris york angeles vegas
north south east west northern southern eastern western central northeast northwest southeast southwest midwest
mountain mountains mount valley valleys river rivers lake lakes beach beaches bay harbor harbour island islands coast
falls hills heights springs shores woods
ocean sea gulf desert forest park parks garden gardens square plaza tower towers bridge station airport port terminal
county city town village district province region territory state states kingdom republic empire federation
united great greater saint santa san los las fort cape rio
`;

/** Words never taken as a name (nor as the surname after a first name). */
export const NOT_NAME_WORDS = [
  FUNCTION_WORDS,
  SENTENCE_WORDS,
  TECH_WORDS,
  PRODUCT_WORDS,
  ORG_WORDS,
  ROLE_AND_ADDRESS_WORDS,
  CALENDAR_WORDS,
  PLACE_WORDS,
].join(' ');

/** Words that turn a capitalised run into an organisation: `Acme Corp`, `Globex Industries`. */
export const ORGANISATION_WORDS = ORG_WORDS;

/**
 * Place-name heads: the next capitalised word is part of a place, not a person
 * (`San Diego`, `Santa Monica`, `St. Louis`, `Port Elizabeth`, `São Paulo`).
 */
export const PLACE_PREFIXES =
  'san santa santo são sao saint st ste los las fort ft port porto puerto mount mt lake cape new el rio del';

/**
 * Common surnames that are also words in the lists above (`Helen Park`, `Jimmy Page`, `Tiger
 * Woods`): after a first name or a cue they stay part of the name.
 */
export const SURNAME_WORDS = 'park page woods banks fields field west hill rivers';

/**
 * First names that are also well-known places or products: `Austin was founded …`, `Florence, a
 * city in Tuscany`, `Python, Ruby, Julia.`. They still start a name with a surname (`Austin
 * Miller`), but a lone one followed by `was` or next to a comma is not taken for a person.
 */
export const THING_FIRST_NAMES = `
austin florence charlotte victoria jordan chelsea madison savannah orlando eugene adelaide alexandria regina lorraine
helena chester marion santiago sofia virginia carolina dakota siena milan quincy julia cassandra ada travis
`;
