/**
 * @module
 * Short fictional news stories written for the align, verdict and compare tests: a source, a
 * syndicated verbatim copy, a trimmed copy, a reworded and reordered copy, a copy that splits one
 * sentence in two, an independently written report of the same event and an unrelated story.
 * Every place, person and figure is invented. The tests in this file only check the fixtures.
 */
import assert from 'node:assert/strict';
import test from 'node:test';

/** The source: a harbour authority approves a pier rebuild (7 paragraphs, 10 sentences). */
export const SOURCE = `MARLOW BAY — The Marlow Bay harbour authority on Tuesday approved a 14 million euro plan to rebuild the town's storm-damaged northern pier, ending two years of debate over the project.

The plan, adopted by a vote of six to one, will replace the wooden deck with reinforced concrete and raise the pier by 1.2 metres to protect it from winter surges.

Work is due to begin in March and should take about eighteen months, the authority said in a statement.

"This pier is the reason the fishing fleet can still land its catch here," said Ines Calloway, who chairs the authority. "Without it, the boats would move to Port Serrin for good."

The only vote against came from board member Tomas Reyne, who argued that the town could not afford the work without raising mooring fees.

Local fishermen welcomed the decision. Around 40 boats use the pier during the busy season, according to the harbour office.

The northern pier was badly damaged during a storm in November 2023, when waves tore away a section of the deck and two storage sheds.
`;

/** The source republished whole, with a wire header, a republication notice and a footer. */
export const VERBATIM = `COASTAL WIRE | Regional News

${SOURCE}
This story was originally published by the Marlow Bay Gazette and is republished here with permission.

Copyright 2025 Marlow Bay Gazette. All rights reserved.
`;

/** The first three paragraphs and the closing one, nothing else. */
export const TRIMMED = SOURCE.split('\n\n').filter((_, i) => i < 3 || i === 6).join('\n\n');

/** Every sentence reworded; the background paragraph moved to the top, the quote moved up. */
export const PARAPHRASE = `A storm in November 2023 left the northern pier of Marlow Bay badly damaged, with waves ripping away part of its deck and two storage sheds.

On Tuesday the town's harbour authority gave its approval to a plan worth 14 million euros to rebuild the storm-hit pier, closing a debate that had lasted two years.

"The fishing fleet can only land its catch here because of this pier," Ines Calloway, the authority's chair, said. "The boats would leave for Port Serrin for good if we lost it."

Under the plan, which passed by six votes to one, the wooden deck will be swapped for reinforced concrete and the pier will be raised by 1.2 metres so that winter surges cannot reach it.

The authority said in a statement that the work should start in March and last around eighteen months.

Board member Tomas Reyne cast the single vote against, saying the town could not pay for the work unless mooring fees went up.

The decision was welcomed by local fishermen. The harbour office says about 40 boats use the pier in the busy season.
`;

/** The source with its second sentence split in two. */
export const SPLIT = SOURCE.replace(
  'The plan, adopted by a vote of six to one, will replace',
  'The plan was adopted by a vote of six to one. It will replace',
);

/** The same event reported independently by another paper: shared names and figures, own wording. */
export const INDEPENDENT = `Fishermen in Marlow Bay have a reason to celebrate this week after the harbour board finally backed a rebuild of the northern pier.

Skipper Dara Venn, who has worked out of the town for 30 years, said the vote came just in time. "We were losing hope that anyone would listen," she said, mending nets on the quay.

Ines Calloway, the board's chair, has long warned that the fleet could leave for Port Serrin. Construction is expected to cost 14 million euros, and some residents worry that their mooring fees will go up to pay for it.

Venn is not worried about the fees. "A harbour without a pier is just a beach," she said.
`;

/** A story about something else entirely. */
export const UNRELATED = `The city library in Eastford reopened on Saturday after a renovation that took almost three years.

Visitors queued from early morning to see the new reading rooms, a children's wing and a rooftop garden planted with native grasses.

"People told us they wanted quiet space and longer opening hours, and that is what we have built," said head librarian Orla Finch.

The library will now open until 9 p.m. on weekdays. Membership remains free for residents.
`;

test('fixtures: the copies are made from the source as described', () => {
  assert.ok(VERBATIM.includes(SOURCE));
  assert.ok(SOURCE.startsWith(TRIMMED.split('\n\n').slice(0, 3).join('\n\n')));
  assert.ok(TRIMMED.length < SOURCE.length * 0.8);
  assert.notEqual(SPLIT, SOURCE);
  for (const s of [PARAPHRASE, INDEPENDENT, UNRELATED]) assert.ok(!SOURCE.includes(s.slice(0, 40)));
});
