import { type DragEvent, type FormEvent, useState } from 'react';
import {
  type Card,
  type CardPrompt,
  canContributeToMeeting,
  canDriveMeeting,
  canRecordFromMeeting,
  cardLimits,
  cardPromptLabels,
  cardPrompts,
} from '../../../src/domain/index.js';
import type { StoredReview } from '../api/types.js';
import { LengthLimit, overLimit } from '../components/length-limit.js';
import { useIncident } from '../incident/incident-context.js';
import { sendAndClear } from '../lib/send-and-clear.js';
import { recordTextEvent } from './record-from-meeting.js';
import { readOwnCards, useCardBoard, writeOwnCards } from './use-card-board.js';

/**
 * Anonymous cards: attendees answer three prompts; nobody, not even the server, can tell who wrote which. Others see
 * only how many cards there are until the facilitator reveals a prompt; then the room reads them, the facilitator or
 * the scribe groups them (drag a card onto another, or choose a group from its menu), and everyone has three votes.
 */
export function CardsSection({ review }: { review: StoredReview }) {
  const { bundle } = useIncident();
  const { board, error, send } = useCardBoard(bundle.incident.id, review.id);
  const [prompt, setPrompt] = useState<CardPrompt>('surprised');
  const [text, setText] = useState('');
  const [own, setOwn] = useState(() => readOwnCards(review.id));
  const [dragged, setDragged] = useState<string>();
  if (!board) return null;
  const contributor = canContributeToMeeting(board.role);
  const driver = canDriveMeeting(board.role);
  const grouper = canRecordFromMeeting(board.role);
  const groups = [...new Set(board.cards.flatMap((card) => (card.group ? [card.group] : [])))].sort();
  const hidden = own.filter((card) => !board.cards.some((shown) => shown.id === card.id));

  // The cards this browser wrote are read from its storage at each change, not from this render: two cards added
  // in quick succession both stay listed.
  async function add(event: FormEvent) {
    event.preventDefault();
    if (overLimit(text, cardLimits.text)) return;
    const asked = prompt;
    await sendAndClear(text, setText, async (sent) => {
      const answer = await send<{ id: string }>('POST', '/cards', { prompt: asked, text: sent });
      if (!answer) return false;
      const next = [...readOwnCards(review.id), { id: answer.id, prompt: asked, text: sent.trim() }];
      writeOwnCards(review.id, next);
      setOwn(next);
      return true;
    });
  }

  async function remove(id: string) {
    await send('DELETE', `/cards/${encodeURIComponent(id)}`);
    const next = readOwnCards(review.id).filter((card) => card.id !== id);
    writeOwnCards(review.id, next);
    setOwn(next);
  }

  const moveTo = (card: Card, group: string) =>
    send('PATCH', `/cards/${encodeURIComponent(card.id)}`, { group });

  function dropOn(target: Card) {
    const card = board?.cards.find((c) => c.id === dragged);
    setDragged(undefined);
    if (!card || card.id === target.id) return;
    if (target.group) return void moveTo(card, target.group);
    // Two loose cards make a new group, named after the first free "Group N".
    let n = 1;
    while (groups.includes(`Group ${n}`)) n++;
    void moveTo(target, `Group ${n}`).then(() => moveTo(card, `Group ${n}`));
  }

  return (
    <section className="card" aria-labelledby="cards-title">
      <h2 id="cards-title">Cards</h2>
      <p className="muted">
        Anonymous: debrief stores no author for a card. Others see how many there are until the facilitator
        reveals them.
        {contributor && ` You have ${board.votesLeft} of ${cardLimits.votesPerPerson} votes left.`}
      </p>
      {error && (
        <p className="form-error" role="alert">
          {error}
        </p>
      )}
      {contributor && (
        <form className="stack" onSubmit={add}>
          <label>
            Prompt
            <select value={prompt} onChange={(e) => setPrompt(e.target.value as CardPrompt)}>
              {cardPrompts.map((value) => (
                <option key={value} value={value}>
                  {cardPromptLabels[value]}
                </option>
              ))}
            </select>
          </label>
          <label>
            Your card
            <textarea value={text} onChange={(e) => setText(e.target.value)} required />
            <LengthLimit text={text} limit={cardLimits.text} />
          </label>
          <button type="submit">Add card</button>
        </form>
      )}
      {hidden.length > 0 && (
        <>
          <h3>Your cards, not revealed yet</h3>
          <ul className="records">
            {hidden.map((card) => (
              <li key={card.id}>
                <span className="wrap">{card.text}</span>
                <button type="button" className="secondary" onClick={() => void remove(card.id)}>
                  Delete my card
                </button>
              </li>
            ))}
          </ul>
        </>
      )}
      {cardPrompts.map((value) => {
        const shown = board.cards.filter((card) => card.prompt === value);
        return (
          <div key={value} className="card-prompt">
            <h3>{cardPromptLabels[value]}</h3>
            <p className="muted">
              {board.counts[value]} {board.counts[value] === 1 ? 'card' : 'cards'}
              {board.revealed[value] ? ', revealed' : ', hidden'}
              {driver && board.counts[value] > shown.length && (
                <>
                  {' '}
                  <button
                    type="button"
                    className="secondary"
                    onClick={() => void send('POST', '/cards/reveal', { prompt: value })}
                  >
                    Reveal “{cardPromptLabels[value]}”
                  </button>
                </>
              )}
            </p>
            <ul className="records cards">
              {shown.map((card) => (
                <li
                  key={card.id}
                  draggable={grouper}
                  onDragStart={() => setDragged(card.id)}
                  onDragOver={(event: DragEvent) => grouper && event.preventDefault()}
                  onDrop={() => dropOn(card)}
                  aria-label={`Card: ${card.text}`}
                >
                  <span className="wrap">{card.text}</span>
                  {card.group && <span className="badge">{card.group}</span>}
                  <span className="muted">
                    {card.votes} {card.votes === 1 ? 'vote' : 'votes'}
                  </span>
                  {contributor && board.votesLeft > 0 && (
                    <button
                      type="button"
                      className="secondary"
                      onClick={() => void send('POST', `/cards/${encodeURIComponent(card.id)}/vote`)}
                      aria-label={`Vote for: ${card.text}`}
                    >
                      Vote
                    </button>
                  )}
                  {grouper && (
                    <label className="inline">
                      Move to group
                      <select
                        value={card.group ?? ''}
                        onChange={(e) => {
                          const chosen =
                            e.target.value === '+'
                              ? (window.prompt('Name the new group')?.trim() ?? '')
                              : e.target.value;
                          if (e.target.value !== '+' || chosen !== '') void moveTo(card, chosen);
                        }}
                        aria-label={`Move to group: ${card.text}`}
                      >
                        <option value="">No group</option>
                        {groups.map((group) => (
                          <option key={group} value={group}>
                            {group}
                          </option>
                        ))}
                        <option value="+">New group…</option>
                      </select>
                    </label>
                  )}
                  {grouper && (
                    <button
                      type="button"
                      className="secondary"
                      onClick={() =>
                        window.dispatchEvent(new CustomEvent(recordTextEvent, { detail: card.text }))
                      }
                      aria-label={`Record from card: ${card.text}`}
                    >
                      Record…
                    </button>
                  )}
                </li>
              ))}
            </ul>
          </div>
        );
      })}
      {driver && board.cards.length < cardPrompts.reduce((sum, p) => sum + board.counts[p], 0) && (
        <button type="button" onClick={() => void send('POST', '/cards/reveal', {})}>
          Reveal all cards
        </button>
      )}
    </section>
  );
}
