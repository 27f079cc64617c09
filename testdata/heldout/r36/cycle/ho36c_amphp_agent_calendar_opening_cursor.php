<?php

declare(strict_types=1);

/** Stand-in for Revolt\EventLoop as used by AMPHP: queued callbacks run in order until none are left. */
final class EventLoop
{
    /** @var \SplQueue<array{callable, array}> */
    private static ?\SplQueue $queue = null;

    public static function queue(callable $callback, mixed ...$args): void
    {
        (self::$queue ??= new \SplQueue())->enqueue([$callback, $args]);
    }

    public static function run(): void
    {
        while (self::$queue !== null && !self::$queue->isEmpty()) {
            [$callback, $args] = self::$queue->dequeue();
            $callback(...$args);
        }
    }
}

final class ViewingRequest
{
    public function __construct(
        public readonly string $requestId,
        public readonly string $agentId,
        public readonly int $listingId,
        public readonly string $date,
        public readonly string $prospectEmail,
    ) {
    }
}

final class AgentCalendar
{
    private ?\Generator $openings = null;

    /** @param list<array{string, string}> $busy HH:MM ranges already booked */
    public function __construct(
        public readonly string $agentId,
        private \DateTimeImmutable $day,
        private array $busy,
        private int $slotMinutes = 30,
    ) {
    }

    public function offer(int $max): array
    {
        $this->openings ??= $this->scanOpenings(); // leak
        $offered = [];
        while (count($offered) < $max && $this->openings->valid()) {
            $offered[] = $this->openings->current()->format('H:i');
            $this->openings->next();
        }
        return $offered;
    }

    private function scanOpenings(): \Generator
    {
        $cursor = $this->day->setTime(9, 0);
        $close = $this->day->setTime(18, 0);
        while ($cursor < $close) {
            $end = $cursor->modify(sprintf('+%d minutes', $this->slotMinutes));
            if (!$this->isBusy($cursor->format('H:i'), $end->format('H:i'))) {
                yield $cursor;
            }
            $cursor = $end;
        }
    }

    private function isBusy(string $from, string $to): bool
    {
        foreach ($this->busy as [$start, $stop]) {
            if ($from < $stop && $to > $start) {
                return true;
            }
        }
        return false;
    }
}

final class CalendarStore
{
    private const AGENDA = [
        'agt-maya' => [['09:00', '10:30'], ['13:00', '14:00']],
        'agt-dan' => [['11:00', '12:00'], ['15:30', '17:00']],
        'agt-priya' => [['09:30', '11:30']],
    ];

    public function load(string $agentId, string $date): AgentCalendar
    {
        return new AgentCalendar($agentId, new \DateTimeImmutable($date), self::AGENDA[$agentId] ?? []);
    }
}

final class ViewingOfferMailer
{
    private int $queued = 0;
    private string $lastBody = '';

    public function queueOffer(ViewingRequest $request, array $times): void
    {
        $body = sprintf(
            "Hello,\n\nThanks for your interest in listing #%d. Available viewing times on %s: %s.\nReply with your preferred time.\n",
            $request->listingId,
            $request->date,
            implode(', ', $times) ?: 'none, we will follow up',
        );
        $this->lastBody = $body;
        $this->queued++;
    }
}

final class ViewingRequestConsumer
{
    public function __construct(private CalendarStore $calendars, private ViewingOfferMailer $mailer)
    {
    }

    public function __invoke(ViewingRequest $request): void
    {
        $calendar = $this->calendars->load($request->agentId, $request->date);
        $this->mailer->queueOffer($request, $calendar->offer(3));
    }
}

$consumer = new ViewingRequestConsumer(new CalendarStore(), new ViewingOfferMailer());
$agents = ['agt-maya', 'agt-dan', 'agt-priya'];
$n = (int) (getenv('PHPLEAK_N') ?: 100);

for ($i = 0; $i < $n; $i++) {
    $request = new ViewingRequest(
        sprintf('vr_%06d', $i),
        $agents[$i % 3],
        60200 + $i,
        sprintf('2025-07-%02d', 1 + $i % 28),
        sprintf('prospect%d@example.com', $i),
    );
    EventLoop::queue($consumer, $request);
    EventLoop::run();
}
