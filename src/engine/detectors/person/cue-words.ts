/**
 * Words that announce a name, lower-case and space-separated. Multi-word phrases are matched
 * by their last word plus a check on the word before (see `cues.ts`).
 */

/** Courtesy and academic titles; the name after them is reported, the title is kept. */
export const TITLES = `
mr mrs ms mx miss dr prof sir dame herr frau mme mlle sr sra srta dra dott ing madame monsieur mademoiselle signora
signore signor signorina señor señora señorita senor senora senorita senhor senhora senhorita doña shri smt shrimati
mevrouw mevr dhr meneer rev revd capt sgt
`;

/**
 * Titles still read in lower case: `señora Pérez`, `senhor Costa`, `madame Leroy`, `mr smith`.
 * Not `dr` (`5 Main dr`), `ms` (milliseconds) or `miss` (a verb).
 */
export const LOWER_CASE_TITLES = `
mr mrs señor señora señorita senor senora senorita senhor senhora senhorita signora signore signor signorina madame
monsieur mademoiselle doña herr frau mme mlle sra srta
`;

export const GREETINGS = `
hi hello hey hiya howdy dear greetings welcome congrats congratulations bye goodbye hallo hola olá ola ciao salut
bonjour bonsoir servus moin hej hei liebe lieber querido querida caro cara cher chère estimado estimada prezado prezada
`;

/** `Good morning Sarah`, `Guten Morgen Anna`, `Buenos días Ana`: these greet only after a head. */
export const GREETING_TAILS = 'morning afternoon evening morgen abend tag días dias tardes noches dia tarde noite';
export const GREETING_HEADS = 'good guten buenos buenas bom boa';

/** Last word of a sign-off: `Best regards,\nJohn Smith`, `Cheers, Tom`, `Mit freundlichen Grüßen\nAnna`. */
export const CLOSINGS = `
regards wishes best cheers thanks thx sincerely truly faithfully respectfully cordially care soon love xoxo rgds
grüße grüßen grüsse gruß gruss lg vg mfg cordialement amitiés amicalement saludos saludo atentamente cordiales abrazos
abraços atenciosamente cumprimentos saluti
`;

/** Sign-offs that may also address someone on the same line without a comma: `Thanks Sarah!`. */
export const DIRECT_CLOSINGS = 'thanks thx cheers';

/** `Thank you,` / `Thanks again,` / `Thanks so much,`: closing only after the word in `CLOSING_HEADS`. */
export const CLOSING_TAILS = 'you again much';
export const CLOSING_HEADS = 'thank thanks so very';

/** Self-introductions that need nothing more: `Ich heiße Anna`, `me llamo Ana`, `My name's Jo`. */
export const STRONG_INTRODUCTIONS = "heiße heisse llamo appelle m'appelle chamo chiamo name's";

/** Self-introductions that need a dictionary first name: `I'm Jane Doe`, `soy Carlos`. */
export const WEAK_INTRODUCTIONS = "i'm im soy sou sono named";

/** Verbs linking a head to the name: `my name is`, `I am`, `this is`, `call me`, `mi nombre es`. */
export const INTRODUCTION_LINKS = 'is es é è est ist am bin suis me';

/** Heads that make the link a strong cue when a possessive precedes them: `my name is`. */
export const NAME_NOUNS = 'name nombre nome nom';

/** `call me Ishmael`. */
export const CALL_VERBS = 'call';

/**
 * Verbs that take a person as object: `contact Mark Jensen at …`, `ping Grace Liu`, `cc Will Smith`.
 * A weak cue: an ambiguous first name needs a surname after it.
 */
export const CONTACT_VERBS = `
contact contacted ask asking cc cc'd bcc ping pinged email emailed message messaged tell telling text texted dm dm'd
notify notified remind reminded invite invited thank thanked meet met call calling phone phoned page paging loop
`;

/**
 * Heads that make `to`/`with` a weak cue: `talk to Mark Jensen`, `reach out to …`, `hand it over to …`,
 * `spoke with …`. The link word itself is in `TO_LINKS`.
 */
export const TO_HEADS = `
talk talked talking speak spoke speaking chat chatted out over forward forwarded send sent assign assigned escalate
escalated reply replied write wrote introduce introduced refer referred report reported meeting met married
`;
export const TO_LINKS = 'to with';

/**
 * Words that start a reply and may then address someone: `Claro, Lucía.`, `Sure, Tom!`, `Yes, Maria,`.
 */
export const INTERJECTIONS = `
yes yeah yep yup no nope sure ok okay alright right well sorry perfect great absolutely certainly course indeed
understood noted done claro vale bueno perfecto gracias entendido sí si oui ja genau klar natürlich certo bene
d'accord parfait merci danke grazie obrigado obrigada desculpe perdón disculpa lo siento hmm ah oh
`;

/**
 * Words in a label before `:` that make the value a person: `Primary on-call this week: Grace Liu`,
 * `Escalation owner (EU): …`. Compared with hyphens ignored (`on-call` is `oncall`).
 */
export const ROLE_LABELS = `
oncall owner owners manager lead assignee assignees reporter approver approvers reviewer reviewers contact contacts
parent parents guardian spouse doctor physician technician engineer responsible attendee attendees participant
participants interviewer interviewee representative rep agent driver courier landlord tenant ansprechpartner
verantwortlich responsable encargado
`;

/**
 * Suffixes that honour the name before them: `Rahul ji`, `Sharma-ji`, `Tanaka-san`, `Tanaka san`.
 * Japanese ones (`さん`, `様`, `氏`) are matched by `honorifics.ts` directly.
 */
export const HONORIFICS = 'ji jee sahab saheb sahib bhai didi garu san sama kun chan sensei senpai dono';

/** Possessives before a name noun: `my`, `her`, `mi`, `mon`, `meu`, `mein`. */
export const POSSESSIVES = 'my his her their your mi mon ma meu minha mio mein meine sein ihr';

/** Heads that make the link a weak cue: `I am`, `this is`, `ich bin`, `je suis`. */
export const WEAK_HEADS = 'i this ich je';

/** Who someone is to the writer: `my manager Sarah`, `our customer Jane Doe`. */
export const RELATIONS = `
manager boss colleague colleagues coworker co-worker teammate friend wife husband partner son daughter mom mum mother dad
father brother sister aunt uncle cousin grandma grandpa grandmother grandfather niece nephew girlfriend boyfriend fiancé
fiancée fiance fiancee neighbor neighbour roommate flatmate tenant landlord client customer patient user student teacher
child kid kids stepson stepdaughter stepmother stepfather parent guardian spouse grandson granddaughter
doctor nurse lawyer attorney intern employee candidate applicant recruiter supervisor ceo cto cfo coo founder cofounder
co-founder mentor tutor coach therapist dentist surgeon physician caregiver caller sender recipient
`;

/** What a person does right after their name: `Sarah said`, `Priya wrote`, `Ahmed asked`. */
export const PERSON_VERBS = `
said says asked asks wrote writes replied replies mentioned mentions told tells called calls emailed emails messaged
texted reported reports confirmed confirms suggested suggests explained explains noted notes thinks thought wants
wanted needs needed agreed agrees approved approves joined joins left leaves signed signs sent sends shared shares
`;

/**
 * Verbs a person does but a place may too: `Isabella was born`, `Austin was founded`. Enough after
 * a first name that is not also a place or product (see `THING_FIRST_NAMES`).
 */
export const LIFE_VERBS = `
was has had hasn't wasn't lives lived works worked went gave got took made did loves loved likes liked knows knew met
celebrated celebrates graduated bought booked ordered paid visited moved started finished lost won
`;

/** Field keys that hold a person's name (matched with `_`, `-`, `.` and spaces ignored). */
export const PERSON_KEYS = `
fullname firstname lastname surname givenname familyname forename middlename maidenname customername clientname
contactname contactperson patient patientname employeename holdername cardholder cardholdername accountholder
accountholdername sendername recipientname authorname passengername guestname travelername applicantname
beneficiary beneficiaryname spouse spousename nextofkin emergencycontact emergencycontactname realname legalname
personname attn guardian guardianname legalguardian parentname mother father mothername fathername wife husband son
daughter childname studentname pupil signatory witness
vorname nachname prenom prénom nomcomplet apellido apellidos nombrecompleto cognome sobrenome nomecompleto
voornaam achternaam
`;

/** Field keys that may hold a person or something else (an org, a tool, a plan). */
export const MAYBE_PERSON_KEYS = `
name displayname customer client contact sender recipient author from to cc bcc owner user assignee reporter
requester submitter caller passenger guest traveler traveller applicant nombre nom nome naam parent child manager
approver reviewer lead oncall attendee participant interviewer candidate employee technician agent
`;

/** Objects whose `.name` is a person's: `customer.name`, `enduser.name`. */
export const PERSON_NAMESPACES =
  'customer user enduser patient contact author sender recipient person employee passenger guest client member holder';

/** Lower-case words inside a name: `Ana de Souza`, `Ludwig van Beethoven`, `Osama bin Laden`. */
export const PARTICLES = 'de da das do dos del della di du la le van von der den ter ten bin ibn al el y';
