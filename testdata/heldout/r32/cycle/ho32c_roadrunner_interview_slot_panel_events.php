<?php

declare(strict_types=1);

namespace Spiral\RoadRunner\Http {
    /** Stand-in for the RoadRunner PSR worker: yields PHPLEAK_N booking requests, then stops. */
    final class PSR7Worker
    {
        private int $served = 0;
        private int $limit;

        public function __construct()
        {
            $this->limit = (int) (getenv('PHPLEAK_N') ?: 100);
        }

        public function waitRequest(): ?array
        {
            if ($this->served >= $this->limit) {
                return null;
            }
            $i = $this->served++;
            return [
                'method' => 'POST',
                'path' => '/interviews/slots/book',
                'body' => [
                    'requisition' => 'REQ-' . (4100 + $i % 9),
                    'candidate_id' => 77000 + $i,
                    'candidate_name' => 'Candidate #' . (77000 + $i),
                    'starts_at' => 1735725600 + 1800 * $i,
                    'panel' => ['hiring-manager', 'peer', ['peer', 'bar-raiser', 'recruiter'][$i % 3]],
                ],
            ];
        }

        public function respond(int $status, string $body): void
        {
        }
    }
}

namespace Acme\Recruiting\Scheduling {

    final class SlotEvents
    {
        /** @var array<string, list<callable>> */
        private array $listeners = [];

        public function on(string $event, callable $listener): void
        {
            $this->listeners[$event][] = $listener; // leak
        }

        public function emit(string $event, array $payload = []): void
        {
            foreach ($this->listeners[$event] ?? [] as $listener) {
                $listener($payload);
            }
        }
    }

    final class InterviewSlot
    {
        public readonly SlotEvents $events;
        private array $notified = [];
        private string $state = 'open';

        public function __construct(
            public readonly string $requisition,
            public readonly int $startsAt,
            public readonly array $panelRoles,
        ) {
            $this->events = new SlotEvents();
            $this->events->on('booked', $this->notifyPanel(...)); // leak
        }

        public function book(int $candidateId, string $candidateName): void
        {
            $this->state = 'booked';
            $this->events->emit('booked', ['candidate_id' => $candidateId, 'candidate_name' => $candidateName]);
        }

        private function notifyPanel(array $payload): void
        {
            foreach ($this->panelRoles as $role) {
                $this->notified[] = sprintf(
                    '%s: interview with %s for %s at %s',
                    $role,
                    $payload['candidate_name'],
                    $this->requisition,
                    gmdate('Y-m-d H:i', $this->startsAt),
                );
            }
        }

        public function summary(): array
        {
            return ['state' => $this->state, 'requisition' => $this->requisition, 'notifications' => count($this->notified)];
        }
    }

    final class SlotFactory
    {
        public function __construct(private string $timezone)
        {
        }

        public function open(string $requisition, int $startsAt, array $panelRoles): InterviewSlot
        {
            return new InterviewSlot($requisition, $startsAt, $panelRoles);
        }
    }

    final class BookInterviewHandler
    {
        public function __construct(private SlotFactory $slots)
        {
        }

        public function handle(array $body): array
        {
            $slot = $this->slots->open($body['requisition'], (int) $body['starts_at'], $body['panel']);
            $slot->book((int) $body['candidate_id'], (string) $body['candidate_name']);

            return $slot->summary();
        }
    }
}

namespace {
    use Acme\Recruiting\Scheduling\BookInterviewHandler;
    use Acme\Recruiting\Scheduling\SlotFactory;
    use Spiral\RoadRunner\Http\PSR7Worker;

    $worker = new PSR7Worker();
    $handler = new BookInterviewHandler(new SlotFactory('Europe/Berlin'));

    while ($request = $worker->waitRequest()) {
        try {
            $result = $handler->handle($request['body']);
            $worker->respond(201, json_encode($result));
        } catch (\Throwable $e) {
            $worker->respond(500, $e->getMessage());
        }
    }
}
