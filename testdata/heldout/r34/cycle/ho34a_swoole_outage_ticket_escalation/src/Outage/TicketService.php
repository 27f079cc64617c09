<?php
declare(strict_types=1);

namespace Gridline\Outage;

use Swoole\Database\PDOProxy;

final class TicketService
{
    private const SLA_BY_CAUSE = ['vegetation' => 7200, 'equipment' => 10800, 'weather' => 14400];

    public function __construct(
        private readonly EscalationPolicy $policy,
        private readonly PDOProxy $db,
    ) {
    }

    /** @param array{feeder: string, cause: string, reported_at: int, premises: list<string>, notes: string} $report */
    public function open(array $report, int $now): OutageTicket
    {
        $ticket = new OutageTicket(
            sprintf('OT-%s-%05d', date('ymd', $report['reported_at']), $report['reported_at'] % 100000),
            $report['feeder'],
            $report['cause'],
            $report['reported_at'],
            self::SLA_BY_CAUSE[$report['cause']] ?? 7200,
            $report['premises'],
            $report['notes'],
        );
        $ticket->onSlaBreach($this->policy->escalatorFor($ticket)); // leak
        $ticket->checkSla($now);

        $this->db->insert('outage_tickets', [
            'ticket_no' => $ticket->ticketNo,
            'feeder' => $ticket->feeder,
            'premise_count' => count($ticket->premises),
            'escalated' => $ticket->isEscalated(),
        ]);

        return $ticket;
    }
}
