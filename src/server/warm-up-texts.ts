/**
 * @module
 * The team's own invented texts that warm a compare worker up (warm-up.ts). They are written to
 * touch what real news copy contains and a plain text would not: curly quotes and apostrophes,
 * negative contractions ("didn’t"), accented names, dashes, decimals, percentages, currencies,
 * absolute and relative dates, hedges, changed attributions, a translated-and-back rewording. Each
 * first meeting with such a feature changes the shape V8 has seen of tokens and sentences, which
 * throws away the optimised code of every function that handles them (measured: ~50 functions at
 * the first "n't"); met during warm-up, that happens before any user waits on it.
 */

/** An invented local story with straight punctuation. */
export const STORY = `Harbour town council approves flood wall after stormy debate

The council of Eastmere voted 7 to 4 on Tuesday to build a 2.3 kilometre flood wall along the harbour, ending two years of argument over how to protect the old town.

The wall will cost about 14 million pounds, most of it paid by a national grant, and work is due to start in March 2027.

"We cannot keep filling sandbags every winter," said Mayor Ruth Okafor, who proposed the plan. "This wall will protect 900 homes and the market square."

Opponents argued that the wall would block the view of the bay and hurt tourism. Councillor Peter Vance said the town had not considered cheaper options such as restoring the salt marsh.

The Environment Agency said last month that the harbour had flooded 11 times since 2015. Residents of Quay Street were evacuated twice in January.

Shop owners were divided. Some welcomed the decision, while others feared months of building work would keep visitors away during the summer.

The council will hold a public meeting on the design next week.`;

/** A reworded copy of STORY with changed figures, a dropped quote, a hedge and an added sentence. */
export const COPY = `Eastmere council backs harbour flood wall

Eastmere's council voted 7-4 on Tuesday in favour of a 2.3 km flood barrier along the harbour, after two years of dispute over how to shield the historic town centre.

The barrier is expected to cost roughly 16 million pounds, largely funded by a government grant, and construction could begin in March 2027.

"We cannot keep filling sandbags every winter," Mayor Ruth Okafor said.

Critics claimed the wall would spoil the view of the bay and damage tourism. Councillor Peter Vance said the town had never looked at cheaper options like restoring the salt marsh.

According to the Environment Agency, the harbour has flooded 11 times since 2015, and Quay Street residents were evacuated twice in January.

Local businesses were split on the decision.

A public meeting on the design will be held next week, the council said. Tickets are free.`;

/** An invented wire-style story with typographic punctuation, accented names, money and dates. */
export const WIRE = `Rail strike halts trains across the north as pay talks collapse

LEEDS, Feb. 12 (Northwire) — Train drivers across northern England walked out on Wednesday after talks on a 4.5% pay offer broke down, leaving about 1.2 million commuters without services.

The union said the offer “didn’t come close” to covering living costs, which rose 6.8 percent last year. “We won’t accept a real-terms cut, and our members know it,” said general secretary Hélène Dubois, who led the talks.

The operator, Northern Lines Ltd., said it was “deeply disappointed” and that the strike would cost it £3.4m a day. A spokesperson said the company hadn’t received any new proposal since Jan. 30.

Ministers are likely to intervene if the dispute lasts beyond Friday, according to two officials who asked not to be named. Transport secretary Amara Nwosu told reporters on Tuesday that the government “will not be held to ransom”.

Passenger groups warned that hospitals, schools and small shops would bear the brunt. “It’s the nurses and the cleaners who can’t work from home,” said José Martínez of the Commuters’ Forum.

The last strike on the network, in October 2025, lasted three days and cancelled 9,400 trains. Services are expected to resume on Thursday morning, the operator said.`;

/** WIRE machine-translated and back: reworded throughout, a figure and a date altered, a quote
 * reworded, an attribution changed, a hedge hardened, a paragraph dropped and a caption added. */
export const WIRE_BACK = `Railway strike stops trains in the north after wage negotiations fail

Photo: An empty platform at Leeds station on Wednesday morning.

Train drivers in the north of England stopped work on Wednesday after negotiations on a pay offer of 5.4% failed, so that about 1.2 million commuters had no services.

According to the union, the offer “did not come near” to covering the cost of living, which increased 6.8 percent last year. “We will not accept a cut in real terms, and our members know this,” emphasized the general secretary Helene Dubois, who conducted the negotiations.

The company Northern Lines Ltd. declared itself “very disappointed” and said the strike costs it £3.4 million each day. It has received no new proposal since 30 January, the company stated.

Ministers will intervene if the conflict continues after Friday, said two officials. The transport minister Amara Nwosu told journalists last week that the government “does not let itself be blackmailed”.

The last strike on the network, in October 2025, lasted three days and cancelled 9,400 trains. The services should start again on Thursday morning.`;

/** An invented health story: percentages, a journal, hedged findings, a negative result, two experts. */
export const TRIAL = `Blood pressure pill may cut stroke risk in older adults, trial finds

A daily low-dose pill may reduce the risk of stroke in people over 70 by about 23 percent, according to a three-year trial published on Wednesday in the Northern Medical Review.

The study followed 4,812 patients at 61 clinics in Norway, Denmark and Scotland. Half took the pill, called valmeridine, and half a placebo.

Researchers did not find any reduction in heart attacks, and 3.1% of patients stopped taking the pill because of dizziness.

"These results are encouraging, but they are not a reason for everyone over 70 to start taking it," said Dr. Ingrid Solberg of the University of Bergen, who led the trial.

Professor Alan McBride, a cardiologist at Glasgow Royal Infirmary who was not involved in the study, said the findings were "likely to change practice" if a second trial confirmed them.

Valmeridine is made by the Danish firm Hallund Pharma, which paid for the study. The company said it would apply for approval in Europe next year.

Stroke kills about 6.5 million people worldwide each year, the World Health Organization estimates.`;

/** A rewrite of TRIAL that overstates it: hedges dropped, the negative result turned positive, a figure and a name changed, the source paraphrased, a sentence added. */
export const TRIAL_COPY = `New pill cuts stroke risk by a third for over-70s

A daily pill cuts the risk of stroke in people over 70 by 32 percent, a major trial published last week has shown.

Scientists tracked 4,812 patients at 61 clinics across Scandinavia and Scotland, giving half of them valmeridine and the rest a dummy pill.

Researchers found a reduction in heart attacks as well, and 3.1% of patients stopped taking the pill.

"These results are encouraging," said Dr. Ingrid Sohlberg of Bergen University, who headed the research.

Cardiologist Alan McBride of Glasgow Royal Infirmary claimed the findings will change practice.

The drug, made by Hallund Pharma of Denmark, is expected to be on sale in Europe next year.

Experts say millions of older people could benefit.`;

/** An invented court story: a named defendant, dates, sums, a judge's quote and a lawyer's. */
export const COURT = `Former port director jailed for six years over bribery scheme

A former director of the Port of Valmont was sentenced on Friday to six years in prison for taking 1.2 million euros in bribes from shipping firms between 2019 and 2022.

Judge Helena Marques told the court that Ricardo Alves had "betrayed the trust of an entire city" and shown no remorse.

Alves, 58, was found guilty in October of corruption and money laundering. He denied all charges and his lawyer, Sofia Prado, said he would appeal.

"My client has always maintained his innocence, and we will take this case to the Supreme Court if necessary," Prado told reporters outside the courthouse.

Two shipping executives who paid the bribes received suspended sentences after agreeing to testify against him.

The port authority said it had introduced new controls on contracts since the scandal. Alves's successor did not immediately respond to a request for comment.`;

/** COURT translated into another language and back: names garbled, quotes reworded and one moved to another speaker, sentences merged, the end dropped. */
export const COURT_BACK = `Ex-director of Valmont port condemned to six years of prison for bribes

An ex-director of the port of Valmont was condemned Friday to six years of prison for having received 1.2 million euros of bribes from maritime companies between 2019 and 2022, the tribunal decided.

Ricardo Alvez, 58 years, was declared guilty in October of corruption and laundering of money, charges which he always denied, and his avocate Sofia Prada announced that he will make appeal.

According to the judge Helena Marquez, he "betrayed the confidence of a whole city" and showed no regret.

"My client has always maintained his innocence," declared the judge, adding that the case could go to the Supreme Court.

Two directors of maritime companies who paid the bribes received sentences with suspension.`;
