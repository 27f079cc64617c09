<?php

namespace Forum\Moderation;

use Evenement\EventEmitterInterface;
use Evenement\EventEmitterTrait;

final class ModerationTicket implements EventEmitterInterface
{
    use EventEmitterTrait;

    private string $state = 'open';

    public function __construct(
        public readonly AbuseReport $report,
        private ModeratorPager $pager,
        private AuditTrail $audit,
    ) {
        $this->on('escalated', $this->pageOnCall(...)); // leak
        $this->on('settled', $this->recordOutcome(...)); // leak
    }

    public function approve(string $actor): void
    {
        $this->settle('approved', $actor);
    }

    public function remove(string $actor): void
    {
        $this->settle('removed', $actor);
    }

    /** Hands the ticket to a senior moderator; it is picked up again by id from the database. */
    public function escalate(string $why): void
    {
        $this->state = 'escalated';
        $this->emit('escalated', [$why]);
    }

    public function state(): string
    {
        return $this->state;
    }

    private function settle(string $outcome, string $actor): void
    {
        $this->state = $outcome;
        $this->emit('settled', [$outcome, $actor]);
        $this->removeAllListeners();
    }

    private function pageOnCall(string $why): void
    {
        $this->pager->page(
            $this->report->boardSlug,
            sprintf('report #%d on post %d needs a senior mod (%s): "%s"', $this->report->id, $this->report->postId, $why, substr($this->report->quotedContent, 0, 80)),
        );
        $this->audit->record('escalated', 'automod', $this->report->id);
    }

    private function recordOutcome(string $outcome, string $actor): void
    {
        $this->audit->record($outcome, $actor, $this->report->id);
    }
}
