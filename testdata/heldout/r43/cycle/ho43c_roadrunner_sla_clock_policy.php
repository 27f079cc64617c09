<?php

declare(strict_types=1);

/*
 * RoadRunner HTTP worker of a helpdesk: each inbound ticket gets its SLA
 * clocks (first response, resolution) started from the priority policy and
 * the response tells the widget when the first reply is due.
 */

namespace Spiral\RoadRunner\Http {
    final class Request
    {
        public function __construct(
            public readonly string $method,
            public readonly string $uri,
            public readonly array $headers,
            public readonly string $body,
        ) {}
    }

    final class PSR7Worker
    {
        private int $served = 0;
        public array $lastResponse = [];

        public function __construct(private readonly int $maxJobs, private readonly \Closure $feed) {}

        public function waitRequest(): ?Request
        {
            if ($this->served >= $this->maxJobs) {
                return null;
            }

            return ($this->feed)($this->served++);
        }

        public function respond(int $status, string $body): void
        {
            $this->lastResponse = ['status' => $status, 'length' => strlen($body)];
        }
    }
}

namespace Helpdesk\Sla {
    final class Ticket
    {
        /** @var array<string, SlaClock> */
        private array $clocks = [];

        public function __construct(
            public readonly string $reference,
            public readonly string $priority,
            public readonly string $subject,
            public readonly string $requester,
            public readonly string $firstMessage,
            public readonly int $openedAt,
        ) {}

        public function attachClock(SlaClock $clock): void
        {
            $this->clocks[$clock->metric] = $clock; // leak
        }

        public function clock(string $metric): ?SlaClock
        {
            return $this->clocks[$metric] ?? null;
        }

        /** @return array<string, SlaClock> */
        public function clocks(): array
        {
            return $this->clocks;
        }
    }

    class SlaClock
    {
        private ?int $pausedAt = null;

        public function __construct(
            public readonly Ticket $ticket, // leak
            public readonly string $metric,
            public readonly int $startedAt,
            public readonly int $dueAt,
        ) {}

        public function pause(int $now): void
        {
            $this->pausedAt ??= $now;
        }

        public function remaining(int $now): int
        {
            return $this->dueAt - ($this->pausedAt ?? $now);
        }

        public function isBreached(int $now): bool
        {
            return $this->remaining($now) < 0;
        }
    }

    final class BusinessHoursClock extends SlaClock
    {
    }

    final class SlaPolicy
    {
        /**
         * @param array<string, array<string, int>> $targets priority => metric => seconds
         * @param array<string, class-string<SlaClock>> $clockTypes
         */
        public function __construct(private readonly array $targets, private readonly array $clockTypes) {}

        public function start(Ticket $ticket, int $now): void
        {
            foreach ($this->targets[$ticket->priority] ?? $this->targets['normal'] as $metric => $seconds) {
                $class = $this->clockTypes[$ticket->priority] ?? SlaClock::class;
                $ticket->attachClock(new $class($ticket, $metric, $now, $now + $seconds));
            }
        }
    }

    final class TicketIntake
    {
        public function __construct(private readonly SlaPolicy $policy) {}

        public function open(array $payload, int $now): Ticket
        {
            $ticket = new Ticket(
                reference: sprintf('HD-%06d', $payload['seq']),
                priority: in_array($payload['priority'] ?? '', ['urgent', 'high', 'normal', 'low'], true) ? $payload['priority'] : 'normal',
                subject: $payload['subject'],
                requester: $payload['email'],
                firstMessage: $payload['message'],
                openedAt: $now,
            );
            $this->policy->start($ticket, $now);

            return $ticket;
        }
    }
}

namespace {
    use Helpdesk\Sla\BusinessHoursClock;
    use Helpdesk\Sla\SlaPolicy;
    use Helpdesk\Sla\TicketIntake;
    use Spiral\RoadRunner\Http\PSR7Worker;
    use Spiral\RoadRunner\Http\Request;

    $intake = new TicketIntake(new SlaPolicy(
        targets: [
            'urgent' => ['first_response' => 900, 'resolution' => 14400],
            'high' => ['first_response' => 3600, 'resolution' => 28800],
            'normal' => ['first_response' => 14400, 'resolution' => 172800],
        ],
        clockTypes: ['normal' => BusinessHoursClock::class, 'low' => BusinessHoursClock::class],
    ));

    $priorities = ['urgent', 'high', 'normal', 'low'];
    $worker = new PSR7Worker((int) (getenv('PHPLEAK_N') ?: 100), static function (int $seq) use ($priorities): Request {
        return new Request('POST', '/widget/tickets', ['content-type' => 'application/json'], json_encode([
            'seq' => 310000 + $seq,
            'priority' => $priorities[$seq % 4],
            'subject' => "Invoice {$seq} shows the wrong VAT number",
            'email' => "billing+{$seq}@customer-{$seq}.example",
            'message' => str_repeat("Our accounting team noticed invoice {$seq} still lists the old VAT id. ", 5),
        ]));
    });

    $clockNow = 1767225600;
    while ($request = $worker->waitRequest()) {
        $clockNow += 3;
        $ticket = $intake->open(json_decode($request->body, true), $clockNow);
        $firstResponse = $ticket->clock('first_response');
        $worker->respond(201, json_encode([
            'reference' => $ticket->reference,
            'first_response_due_in' => $firstResponse?->remaining($clockNow),
            'breached' => $firstResponse?->isBreached($clockNow) ?? false,
            'escalate_to' => $firstResponse?->ticket->priority === 'urgent' ? 'tier2' : null,
        ]));
    }
}
