<?php

namespace App\Routing;

final class TicketRouter
{
    private const SLA = ['urgent' => 30, 'high' => 120, 'normal' => 480, 'low' => 1440];
    private const CHANNELS = ['email', 'chat', 'web', 'phone'];

    /** @var array<string, RoutingDecision> */
    private array $decisions = [];

    public function __construct(private array $rules)
    {
    }

    public function route(InboundTicket $ticket): RoutingDecision
    {
        $key = $this->decisionKey($ticket);

        return $this->decisions[$key] ??= $this->decide($ticket);
    }

    private function decisionKey(InboundTicket $ticket): string
    {
        // Rules only look at department and priority, so decide once per combination.
        $department = $this->knownDepartment($ticket->department);
        $channel = in_array($ticket->channel, self::CHANNELS, true) ? $ticket->channel : 'email';

        $priority = isset(self::SLA[$ticket->priority]) ? $ticket->priority : 'normal';

        return $department . '|' . $priority . '|' . $channel;
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
            sprintf('Routed %s %s tickets via %s to %s/%s after rules [%s]',
                $ticket->priority, $ticket->department, $ticket->channel,
                $queue, $group, implode(', ', $matched)),
        );
    }
}
