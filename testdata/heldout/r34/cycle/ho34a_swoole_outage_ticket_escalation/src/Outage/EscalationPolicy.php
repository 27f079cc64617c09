<?php
declare(strict_types=1);

namespace Gridline\Outage;

final class DutyPager
{
    private int $pages = 0;

    public function page(string $rotation, string $text): void
    {
        $this->pages++;
    }
}

final class EscalationPolicy
{
    /** @param array<string, string> $rotations feeder prefix => on-call rotation */
    public function __construct(private readonly DutyPager $pager, private readonly array $rotations)
    {
    }

    public function escalatorFor(OutageTicket $ticket): \Closure
    {
        $pager = $this->pager;
        $rotation = $this->rotations[substr($ticket->feeder, 0, 3)] ?? 'dispatch-supervisor';

        return function () use ($ticket, $pager, $rotation): void { // leak
            $pager->page($rotation, 'SLA breached: ' . $ticket->summary());
        };
    }
}
