import { address, dob, email, ip, keep, mac, person, phone, t, userId } from '../dsl.js';
import { itemsOf, type ItemSpec } from '../item.js';

const item = itemsOf('chat');

/** Multi-turn chat transcripts in several languages, as recorded in gen_ai.input.messages. */
export const chatItems: readonly ItemSpec[] = [
  // ----- German -----
  item('de-vertrag', () => t`
    user: Hallo, ich heiße ${person('Stefan Wagner')} und möchte meinen Handyvertrag kündigen.
    assistant: Gerne, Herr ${person('Wagner')}. Wie lautet Ihre Kundennummer oder Ihre Rufnummer?
    user: ${phone('0171 2345678')}, Kundennummer ${keep('KD-771204')}.
  `, 'de'),
  item('de-lieferung', () => t`
    user: Mein Paket sollte gestern kommen. Lieferadresse ist ${address('Schillerstraße 14')}, 80336 München.
    assistant: Danke! Ich sehe die Sendung ${keep('00340434161094042557')}; sie wird am ${keep('Montag')} zugestellt.
  `, 'de'),
  item('de-bank', (g) => t`
    user: Bitte buchen Sie die Rate von meinem Konto ${g.iban('DE')} ab, nicht mehr von der Kreditkarte.
    assistant: Verstanden. Soll die Änderung ab ${keep('1. November')} gelten?
    user: Ja. Meine E-Mail für die Bestätigung: ${email('s.wagner@example.de')}
  `, 'de'),
  item('de-geburtstag', () => t`
    user: Für die Versicherung brauche ich das Formular. Geburtsdatum ${dob('07.09.1981')}, Name ${person('Claudia Neumann')}.
    assistant: Danke, Frau ${person('Neumann')}. Ich habe das Formular vorbereitet.
  `, 'de'),
  item('de-techniker', () => t`
    user: Der Techniker soll mich vorher anrufen: ${phone('+49 (0)40 123 456 78')}. Adresse: ${address('Am Wiesenhang 3a')}, 22559 Hamburg.
  `, 'de'),
  item('de-it-support', () => t`
    user: Mein Laptop bekommt keine IP, die MAC ist ${mac('F0-2F-74-1A-2B-3C')}, im Büro ${keep('Frankfurt')}.
    assistant: Ich habe die Adresse ${ip('10.8.14.201')} für dieses Gerät reserviert. Bitte neu verbinden.
  `, 'de'),
  item('de-negative', () => t`
    user: Wie viel kostet das Upgrade auf ${keep('Pro')}?
    assistant: ${keep('19,99 €')} pro Monat, jährlich ${keep('199 €')}. Das Angebot gilt bis ${keep('Freitag')}.
  `, 'de'),
  item('de-arzt', () => t`
    user: Ich bin ${person('Jürgen Schäfer')}, geboren am ${dob('23.04.1966')}, und brauche einen Termin bei Dr. ${person('Hofmann')}.
  `, 'de'),
  // ----- French -----
  item('fr-livraison', () => t`
    user: Bonjour, je m'appelle ${person('Élodie Marchand')}. Mon colis n'est pas arrivé.
    assistant: Je suis désolé, Madame ${person('Marchand')}. Pouvez-vous confirmer votre adresse ?
    user: ${address('42 rue Saint-Denis')}, 75001 Paris. Mon portable : ${phone('06 45 78 12 90')}.
  `, 'fr'),
  item('fr-carte', (g) => t`
    user: Ma carte ${g.card('visa', ' ')} a été débitée deux fois pour la commande ${keep('ORD-2024-121551')}.
    assistant: Je transmets au service facturation. Vous recevrez un e-mail à quelle adresse ?
    user: ${email('elodie.marchand@example.fr')}
  `, 'fr'),
  item('fr-rib', (g) => t`
    user: Voici mon RIB pour le remboursement : ${g.iban('FR')}. Titulaire : ${person('Nicolas Petit')}.
  `, 'fr'),
  item('fr-naissance', () => t`
    user: Pour l'inscription de mon fils : ${person('Hugo Bernard')}, né le ${dob('14/05/2015')}. Je suis joignable au ${phone('+33 7 81 23 45 67')}.
  `, 'fr'),
  item('fr-negative', () => t`
    user: Quelle est la différence entre ${keep('gpt-4o')} et ${keep('gpt-4o-mini')} ?
    assistant: Le second est moins cher (${keep('0,15 $')} par million de tokens en entrée) mais un peu moins précis.
  `, 'fr'),
  item('fr-adresse-mail', () => t`
    user: Est-ce que vous pouvez envoyer la facture à ma comptable, Mme ${person('Rousseau')} (${email('compta.rousseau@cabinet.example.fr')}) ?
  `, 'fr'),
  item('fr-support-ip', () => t`
    user: Mon accès est bloqué depuis l'adresse ${ip('203.0.113.144')}, c'est celle du bureau à ${keep('Toulouse')}.
  `, 'fr'),
  // ----- Spanish -----
  item('es-pedido', () => t`
    user: Hola, me llamo ${person('Alejandro Gómez')} y quiero cambiar la dirección de envío.
    assistant: Claro, ¿cuál es la nueva dirección?
    user: ${address('Calle de Alcalá 155')}, 28009 Madrid. Mi móvil es ${phone('+34 611 22 33 44')}.
  `, 'es'),
  item('es-tarjeta', (g) => t`
    user: No me deja pagar con la tarjeta ${g.card('mastercard', ' ')}, ¿qué hago?
    assistant: Pruebe de nuevo en unos minutos o use otro método. ¿Le envío un enlace a su correo?
    user: sí, a ${email('alejandro.gomez@example.es')}
  `, 'es'),
  item('es-iban', (g) => t`
    user: Para la devolución uso la cuenta ${g.iban('ES')} a nombre de ${person('Marta Sánchez')}.
  `, 'es'),
  item('es-nacimiento', () => t`
    user: Necesito el certificado. Nombre: ${person('Pablo Navarro')}. Fecha de nacimiento: ${dob('30/01/1978')}.
  `, 'es'),
  item('es-mexico', () => t`
    user: Soy ${person('Guadalupe Torres')} de Monterrey, mi teléfono es ${phone('+52 81 1234 5678')}.
  `, 'es'),
  item('es-negative', () => t`
    user: ¿Funciona con ${keep('Google Cloud')} y ${keep('Amazon Bedrock')}?
    assistant: Sí, desde la versión ${keep('2.3.0')}. La latencia media es de ${keep('850 ms')}.
  `, 'es'),
  item('es-usuario', () => t`
    user: Mi usuario es ${userId('user_77120')} y no puedo entrar desde ayer.
  `, 'es'),
  // ----- Portuguese -----
  item('pt-cadastro', () => t`
    user: Oi, sou a ${person('Camila Rodrigues')}, quero atualizar meu cadastro.
    assistant: Claro! Qual é o novo telefone?
    user: ${phone('+55 31 99123-4567')} e o e-mail ${email('camila.rodrigues@example.com.br')}
  `, 'pt'),
  item('pt-endereco', () => t`
    user: Meu endereço mudou para ${address('Rua das Flores, 123')}, Curitiba - PR, 80010-010.
  `, 'pt'),
  item('pt-portugal', (g) => t`
    user: Olá, chamo-me ${person('Tiago Fernandes')}. O reembolso deve ir para o IBAN ${g.iban('PT')}. Telemóvel ${phone('+351 912 345 678')}.
  `, 'pt'),
  item('pt-nascimento', () => t`
    user: Data de nascimento: ${dob('22/08/1994')}. Nome completo: ${person('Larissa Oliveira')}.
  `, 'pt'),
  item('pt-negative', () => t`
    user: Quanto custa o plano anual?
    assistant: ${keep('R$ 499,00')} por ano, ou ${keep('R$ 49,90')} por mês. Promoção válida até ${keep('sexta-feira')}.
  `, 'pt'),
  item('pt-cartao', (g) => t`
    user: Paguei com o cartão ${g.card('visa', '')} mas o pedido continua pendente.
  `, 'pt'),
  // ----- Hindi in Latin script (Hinglish) -----
  item('hi-naam', () => t`
    user: Namaste, mera naam ${person('Rahul Sharma')} hai. Mera order abhi tak nahi aaya.
    assistant: Maaf kijiye ${person('Rahul')} ji. Kya aap apna registered mobile number bata sakte hain?
    user: haan, ${phone('+91 98765 43210')}
  `, 'hi'),
  item('hi-email', () => t`
    user: Bhai mera email ${email('priya.k.verma@example.in')} pe OTP nahi aa raha, please check karo.
  `, 'hi'),
  item('hi-address', () => t`
    user: Delivery address: ${address('Flat 302, Sai Residency, MG Road')}, Pune 411001. Call karna ${phone('098220 12345')} pe.
  `, 'hi'),
  item('hi-refund', (g) => t`
    user: Mera refund ${keep('₹2,499')} kab aayega? Card ${g.card('visa', '-')} se payment kiya tha.
  `, 'hi'),
  item('hi-negative', () => t`
    user: Kal ${keep('Monday')} ko meeting hai, ${keep('10 baje')}. Agenda bhej do please.
    assistant: Theek hai, agenda mein ${keep('Q3 roadmap')} aur ${keep('hiring')} hai.
  `, 'hi'),
  item('hi-aadhaar-context', () => t`
    user: Mera naam ${person('Sunita Devi')} hai aur meri date of birth ${dob('15-08-1975')} hai.
  `, 'hi'),
  // ----- Japanese mixed with Latin-script PII -----
  item('ja-email', () => t`
    user: 請求書を ${email('taro.yamada@example.co.jp')} に送ってください。
    assistant: かしこまりました。${keep('10月15日')}までに送付します。
  `, 'ja'),
  item('ja-phone', () => t`
    user: 配送の件で ${phone('080-2345-6789')} に電話をください。担当の ${person('Tanaka')} さんによろしく。
  `, 'ja'),
  item('ja-card', (g) => t`
    user: カード番号 ${g.card('jcb', '-')} で支払えませんでした。
  `, 'ja'),
  item('ja-address', () => t`
    user: 住所は ${address('東京都千代田区丸の内1-9-2')} です。名前は ${person('Yamamoto Kenta')} です。
  `, 'ja'),
  item('ja-negative', () => t`
    user: ${keep('claude-3-5-sonnet-20241022')} と ${keep('gpt-4o-2024-08-06')} の違いは何ですか？
    assistant: どちらも高性能ですが、コンテキスト長は ${keep('200k')} と ${keep('128k')} です。
  `, 'ja'),
  item('ja-romaji-name', () => t`
    user: My name is ${person('Aiko Nakamura')}. 予約番号は ${keep('RSV-20241108-22')} です。電話は ${phone('+81 90-8765-4321')}。
  `, 'ja'),
  // ----- English, multi-turn -----
  item('en-account', () => t`
    user: hi, I can't log in
    assistant: Sorry to hear that! What's the email on the account?
    user: ${email('jake.m.harris@example.com')}
    assistant: Thanks. I've sent a reset link. Anything else?
    user: also update my phone to ${phone('+1 (718) 555-0122')} pls
  `),
  item('en-insurance', (g) => t`
    user: I need to file a claim. Policy holder ${person('Rachel Green')}, DOB ${dob('05/05/1984')}, SSN ${g.ssn()}.
    assistant: Thank you, ${person('Rachel')}. What happened?
  `),
  item('en-negative', () => t`
    user: ${keep('Hi there')}, what's the status of the outage?
    assistant: The incident opened at ${keep('09:14 UTC')} is resolved; error rate is back under ${keep('0.1%')}. Details at ${keep('https://status.example.com/incidents/7qd9x')}.
  `),
  item('en-uk', () => t`
    user: My name's ${person('Callum Fraser')}, I'm at ${address('16 Queen Street')}, Edinburgh EH2 1JE. Mobile ${phone('07700 900912')}.
  `),
  item('en-india-english', () => t`
    user: Kindly do the needful. My registered mobile is ${phone('+91-98200-11223')} and email ${email('venkat.rao@example.in')}. Regards, ${person('Venkat Rao')}
  `),
  item('en-device', () => t`
    user: my smart plug shows MAC ${mac('B8:27:EB:4F:12:9C')} and IP ${ip('192.168.0.44')}, how do I factory reset it?
  `),
  item('en-secrets-pasted', (g) => t`
    user: why does this fail? const client = new OpenAI({ apiKey: "${g.openaiKey('project')}" }); I'm on ${keep('openai@4.67.3')}
    assistant: The key looks valid in shape; check that it belongs to the right project and that ${keep('OPENAI_ORG_ID')} is unset.
  `),
];
