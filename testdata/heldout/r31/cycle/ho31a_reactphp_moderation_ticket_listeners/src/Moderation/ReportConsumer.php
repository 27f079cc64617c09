<?php

namespace Forum\Moderation;

final class ReportConsumer
{
    public function __construct(
        private AutoModPolicy $policy,
        private ModeratorPager $pager,
        private AuditTrail $audit,
    ) {
    }

    public function onMessage(string $json): void
    {
        $report = AbuseReport::fromPayload(json_decode($json, true, 8, JSON_THROW_ON_ERROR));
        $ticket = new ModerationTicket($report, $this->pager, $this->audit);

        match ($this->policy->actionFor($report)) {
            'remove' => $ticket->remove('automod'),
            'approve' => $ticket->approve('automod'),
            default => $ticket->escalate($report->reason),
        };
    }
}
