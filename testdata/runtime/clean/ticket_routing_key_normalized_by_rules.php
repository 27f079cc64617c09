<?php
// A support desk's router memoises routing decisions per (department,
// priority, lane). Every part of the key is first narrowed to a fixed set:
// the department to one named by the rules loaded at boot (or 'general'),
// the priority to a key of the SLA table (or 'normal'), and the lane is
// used as a key only once it is known to be the express lane.

final class Ticket
{
    public function __construct(
        public readonly string $id,
        public readonly string $requester,
        public readonly string $department,
        public readonly string $priority,
        public readonly string $lane,
        public readonly string $body,
    ) {
    }
}

final class Decision
{
    public function __construct(public readonly string $queue, public readonly int $slaMinutes, public readonly string $note)
    {
    }
}

final class TicketRouter
{
    private const SLA = ['urgent' => 30, 'high' => 120, 'normal' => 480, 'low' => 1440];
    private const EXPRESS = 'express';

    /** @var array<string, Decision> */
    private array $decisions = [];

    /** @param array<string, array{department: string, queue: string}> $rules */
    public function __construct(private array $rules)
    {
    }

    public function route(Ticket $ticket): Decision
    {
        if ($ticket->lane !== self::EXPRESS) {
            return $this->decide($ticket, 'standard');
        }
        $key = $this->knownDepartment($ticket->department) . '|' . $this->priorityOf($ticket) . '|' . $ticket->lane;

        return $this->decisions[$key] ??= $this->decide($ticket, $ticket->lane);
    }

    private function priorityOf(Ticket $ticket): string
    {
        return isset(self::SLA[$ticket->priority]) ? $ticket->priority : 'normal';
    }

    private function knownDepartment(string $department): string
    {
        foreach ($this->rules as $rule) {
            if ($rule['department'] === $department) {
                return $department;
            }
        }

        return 'general';
    }

    private function decide(Ticket $ticket, string $lane): Decision
    {
        $queue = 'tier1';
        foreach ($this->rules as $rule) {
            if ($rule['department'] === $ticket->department) {
                $queue = $rule['queue'];
            }
        }

        return new Decision($queue, self::SLA[$ticket->priority] ?? 480, str_repeat(sprintf('%s via %s lane to %s; ', $ticket->department, $lane, $queue), 30));
    }
}

$router = new TicketRouter([
    'billing' => ['department' => 'billing', 'queue' => 'finance'],
    'tech' => ['department' => 'tech', 'queue' => 'engineering'],
]);

$departments = ['billing', 'tech', 'sales', 'legal'];
$priorities = ['urgent', 'high', 'p' . 'x', 'low'];
$n = (int) (getenv('PHPLEAK_N') ?: 100);
for ($i = 0; $i < $n; $i++) {
    $ticket = new Ticket(
        "T-$i",
        "customer$i@example.com",
        $departments[$i % 4] . ($i % 3 === 0 ? '' : "-$i"),
        $priorities[$i % 4] . ($i % 5 === 0 ? '' : "-$i"),
        $i % 2 === 0 ? 'express' : "lane-$i",
        str_repeat('x', 200),
    );
    $router->route($ticket);
}
