<?php

namespace App\Routing;

final class TicketRouter
{
    private const SLA = ['urgent' => 30, 'high' => 120, 'normal' => 480, 'low' => 1440];

    /** @var array<string, RoutingDecision> */
    private array $decisions = [];

    public function __construct(private array $rules)
    {
    }

    public function route(InboundTicket $ticket): RoutingDecision
    {
        $key = $this->decisionKey($ticket);

        return $this->decisions[$key] ??= $this->decide($ticket); // leak
    }

    private function decisionKey(InboundTicket $ticket): string
    {
        // Rules are evaluated per requester so VIP overrides apply.
        return strtolower($ticket->requesterEmail) . '|' . $ticket->channel;
    }

    private function decide(InboundTicket $ticket): RoutingDecision
    {
        $matched = [];
        $queue = 'tier1';
        $group = 'frontline';
        foreach ($this->rules as $name => $rule) {
            if ($rule['department'] === $ticket->department) {
                $matched[] = $name;
                $queue = $rule['queue'];
                $group = $rule['group'];
            }
        }

        return new RoutingDecision(
            $queue,
            $group,
            self::SLA[$ticket->priority] ?? 480,
            $matched,
            sprintf('Routed %s ticket from %s via %s to %s/%s after rules [%s]',
                $ticket->department, $ticket->requesterEmail, $ticket->channel,
                $queue, $group, implode(', ', $matched)),
        );
    }
}
