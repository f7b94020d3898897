// Places people name when they say where an outage was felt ("requests from Singapore, Jakarta and Sydney timed
// out"): countries, regions, states and the cities cloud regions and offices sit in. Several are also first names
// (Sydney, Paris, Austin, Jordan, Georgia, Victoria), so a place word is a place only where it stands as one: in a
// list with another place, or after a preposition of place (person-names.ts). Lower case, one word each.
const places = new Set(
  `
africa america americas asia europe oceania antarctica emea apac latam
afghanistan albania algeria angola argentina armenia australia austria azerbaijan bahrain bangladesh belarus
belgium bolivia bosnia botswana brazil bulgaria cambodia cameroon canada chad chile china colombia croatia cuba
cyprus czechia denmark ecuador egypt estonia ethiopia fiji finland france georgia germany ghana greece guatemala
honduras hungary iceland india indonesia iran iraq ireland israel italy jamaica japan jordan kazakhstan kenya
korea kosovo kuwait kyrgyzstan laos latvia lebanon libya lithuania luxembourg madagascar malawi malaysia mali
malta mauritius mexico moldova mongolia montenegro morocco mozambique myanmar namibia nepal netherlands holland
nicaragua niger nigeria norway oman pakistan panama paraguay peru philippines poland portugal qatar romania russia
rwanda scotland senegal serbia singapore slovakia slovenia somalia spain sudan sweden switzerland syria taiwan
tajikistan tanzania thailand tunisia turkey türkiye uganda ukraine uruguay uzbekistan venezuela vietnam wales yemen
zambia zimbabwe england britain
alabama alaska arizona arkansas california carolina colorado connecticut dakota delaware florida hawaii idaho
illinois indiana iowa kansas kentucky louisiana maine maryland massachusetts michigan minnesota mississippi missouri
montana nebraska nevada ohio oklahoma oregon pennsylvania tennessee texas utah vermont virginia washington
wisconsin wyoming ontario quebec alberta bavaria hesse catalonia lombardy victoria queensland tasmania
abuja accra adelaide amsterdam ankara athens atlanta auckland austin baghdad baku bangalore bengaluru bangkok
barcelona beijing beirut belgrade berlin bogota bogotá boston brisbane brussels bucharest budapest cairo calgary
canberra capetown caracas casablanca charlotte chennai chicago cologne columbus copenhagen dallas delhi denver
detroit dhaka doha dubai dublin durban edinburgh florence frankfurt geneva glasgow guangzhou hamburg hanoi
helsinki houston hyderabad istanbul jakarta jeddah johannesburg karachi kathmandu kiev kyiv kolkata kraków krakow
lagos lahore leeds lima lisbon liverpool london losangeles lyon madison madrid manchester manila marseille
melbourne miami milan minneapolis montreal moscow mumbai munich nairobi nagoya nashville osaka oslo ottawa
paris perth philadelphia phoenix portland prague pune reykjavik riga riyadh rome rotterdam santiago seattle
seoul shanghai shenzhen sofia stockholm stuttgart sydney taipei tallinn tbilisi tehran telaviv tokyo toronto
turin valencia vancouver vienna vilnius warsaw wellington wroclaw wrocław yokohama zagreb zurich zürich
`
    .split(/\s+/)
    .filter(Boolean),
);

/** Whether a word (any case) is a country, region, state or city of the list. */
export function isPlaceWord(word: string): boolean {
  return places.has(word.toLowerCase());
}
