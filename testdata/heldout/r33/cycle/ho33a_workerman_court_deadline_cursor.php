<?php

declare(strict_types=1);

// Workerman text-protocol service used by the docketing clerks' desktop
// client: "deadlines <matter> <event> <trigger date>" answers with the
// deadlines that fall inside the look-ahead window.

final class TcpConnectionStandIn
{
    public array $sent = [];

    public function send(string $data): void
    {
        $this->sent = [$data];
    }
}

final class WorkerStandIn
{
    public ?Closure $onMessage = null;

    public function __construct(public string $socketName)
    {
    }

    public function runAll(int $messages): void
    {
        $connection = new TcpConnectionStandIn();
        $events = ['complaint-served', 'motion-filed', 'discovery-served'];
        for ($i = 0; $i < $messages; $i++) {
            $line = sprintf('deadlines CIV-%s-%05d %s %s', 2024, 1200 + $i, $events[$i % 3], date('Y-m-d', 1704067200 + ($i % 300) * 86400));
            ($this->onMessage)($connection, $line);
        }
    }
}

final class DeadlineRule
{
    public function __construct(
        public readonly string $label,
        public readonly int $days,
        public readonly string $authority,
    ) {
    }
}

final class HolidayCalendar
{
    /** @var array<string, true> */
    private array $closed;

    public function __construct(array $dates)
    {
        $this->closed = array_fill_keys($dates, true);
    }

    public function nextCourtDay(DateTimeImmutable $day): DateTimeImmutable
    {
        while ((int) $day->format('N') >= 6 || isset($this->closed[$day->format('Y-m-d')])) {
            $day = $day->modify('+1 day');
        }

        return $day;
    }
}

final class CourtDeadlineCalendar
{
    private ?Generator $cursor = null;

    /** @param list<DeadlineRule> $rules sorted by days */
    public function __construct(
        private string $matterNumber,
        private DateTimeImmutable $trigger,
        private array $rules,
        private HolidayCalendar $holidays,
    ) {
    }

    /** @return Generator<int, array{matter: string, label: string, due: string, authority: string}> */
    private function deadlines(): Generator
    {
        foreach ($this->rules as $rule) {
            $due = $this->holidays->nextCourtDay($this->trigger->modify(sprintf('+%d days', $rule->days)));
            yield [
                'matter' => $this->matterNumber,
                'label' => $rule->label,
                'due' => $due->format('Y-m-d'),
                'authority' => $rule->authority,
            ];
        }
    }

    public function within(DateTimeImmutable $horizon): array
    {
        $this->cursor ??= $this->deadlines(); // leak
        $horizonDay = $horizon->format('Y-m-d');

        $due = [];
        for (; $this->cursor->valid(); $this->cursor->next()) {
            $deadline = $this->cursor->current();
            if ($deadline['due'] > $horizonDay) {
                break; // rules are sorted, nothing later can qualify
            }
            $due[] = $deadline;
        }

        return $due;
    }
}

final class DeadlineRulebook
{
    /** @var array<string, list<DeadlineRule>> */
    private array $byEvent = [];

    public function __construct()
    {
        $this->byEvent = [
            'complaint-served' => [
                new DeadlineRule('Answer or Rule 12 motion due', 21, 'Fed. R. Civ. P. 12(a)(1)(A)(i)'),
                new DeadlineRule('Rule 26(f) conference (latest)', 75, 'Fed. R. Civ. P. 26(f)(1)'),
                new DeadlineRule('Initial disclosures', 89, 'Fed. R. Civ. P. 26(a)(1)(C)'),
            ],
            'motion-filed' => [
                new DeadlineRule('Opposition due', 14, 'L.R. 7.1(b)'),
                new DeadlineRule('Reply due', 21, 'L.R. 7.1(c)'),
                new DeadlineRule('Hearing (earliest noticed)', 35, 'L.R. 7.2'),
            ],
            'discovery-served' => [
                new DeadlineRule('Responses and objections due', 30, 'Fed. R. Civ. P. 34(b)(2)(A)'),
                new DeadlineRule('Meet and confer on deficiencies', 45, 'L.R. 37.1'),
                new DeadlineRule('Motion to compel cutoff', 120, 'Scheduling Order ¶ 4'),
            ],
        ];
    }

    public function forEvent(string $event): array
    {
        return $this->byEvent[$event] ?? [];
    }
}

$rulebook = new DeadlineRulebook();
$holidays = new HolidayCalendar(['2024-01-01', '2024-01-15', '2024-02-19', '2024-05-27', '2024-06-19', '2024-07-04', '2024-09-02', '2024-10-14', '2024-11-11', '2024-11-28', '2024-12-25']);
$lookAheadDays = 40;

$worker = new WorkerStandIn('text://0.0.0.0:8686');
$worker->onMessage = function (TcpConnectionStandIn $connection, string $data) use ($rulebook, $holidays, $lookAheadDays): void {
    [$command, $matter, $event, $triggerDate] = explode(' ', trim($data), 4);
    if ($command !== 'deadlines') {
        $connection->send("ERR unknown command\n");
        return;
    }

    $trigger = new DateTimeImmutable($triggerDate);
    $calendar = new CourtDeadlineCalendar($matter, $trigger, $rulebook->forEvent($event), $holidays);
    $due = $calendar->within($trigger->modify(sprintf('+%d days', $lookAheadDays)));

    $connection->send(json_encode($due) . "\n");
};
$worker->runAll((int) (getenv('PHPLEAK_N') ?: 100));
