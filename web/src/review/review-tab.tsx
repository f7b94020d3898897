import { useState } from 'react';
import { useIncident } from '../incident/incident-context.js';
import { CardsSection } from './cards-section.js';
import { DecisionsSection } from './decisions-section.js';
import { FollowUpSection } from './follow-up-section.js';
import { MeetingSection } from './meeting-section.js';
import { NotesSection } from './notes-section.js';
import { ObjectionsSection } from './objections-section.js';
import { PointsSection } from './points-section.js';
import { RecordFromMeeting } from './record-from-meeting.js';
import { reviewName } from './review-labels.js';
import { useRunningElsewhere } from './running-elsewhere.js';
import { ScheduleSection } from './schedule-section.js';
import { byTime, currentReview } from './schedule-time.js';

/** The review console: schedule the review and its follow-up, then run the meeting with the playbook at hand. */
export function ReviewTab() {
  const { bundle } = useIncident();
  const reviews = byTime(bundle.reviews);
  const [chosenId, setChosenId] = useState<string>();
  const chosen = reviews.find((review) => review.id === chosenId) ?? currentReview(reviews, new Date());
  const elsewhereId = useRunningElsewhere(bundle.incident.id, reviews, chosen?.id);
  const elsewhere = reviews.find((review) => review.id === elsewhereId);

  function run(reviewId: string) {
    setChosenId(reviewId);
    // Keyboard and screen-reader users land on the meeting they asked to run.
    requestAnimationFrame(() => document.getElementById('meeting-title')?.focus());
  }

  return (
    <div className="review-console">
      <ScheduleSection reviews={reviews} onRun={run} />
      <div role="status" aria-live="polite">
        {elsewhere && (
          <p className="edit-notice">
            A meeting is under way: {reviewName(elsewhere)}.{' '}
            <button type="button" onClick={() => run(elsewhere.id)}>
              Join that meeting
            </button>
          </p>
        )}
      </div>
      {chosen ? (
        <>
          <MeetingSection key={chosen.id} review={chosen} reviews={reviews} onChoose={setChosenId} />
          <NotesSection key={`notes-${chosen.id}`} review={chosen} />
          {chosen.kind === 'follow-up' && <FollowUpSection key={`follow-up-${chosen.id}`} review={chosen} />}
          <CardsSection key={`cards-${chosen.id}`} review={chosen} />
          <PointsSection key={`points-${chosen.id}`} review={chosen} />
          <RecordFromMeeting key={`record-${chosen.id}`} review={chosen} />
          <DecisionsSection review={chosen} />
        </>
      ) : (
        <section className="card" aria-labelledby="meeting-title">
          <h2 id="meeting-title">Run the meeting</h2>
          <p className="muted">Schedule a review to run the meeting from here.</p>
        </section>
      )}
      <ObjectionsSection />
    </div>
  );
}
