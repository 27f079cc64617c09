<?php
// A notification worker schedules follow-up tasks for each incoming message on a global priority scheduler, with delayed tasks parked on a timer heap, and drains the due work after each message.

abstract class Task
{
    public function __construct(public readonly string $id, public readonly array $context) {}

    abstract public function run(): void;
}

final class SendPushTask extends Task
{
    public function run(): void
    {
        $payload = json_encode(['to' => $this->context['device'], 'alert' => $this->context['title']]);
        Metrics::$sent += strlen($payload) > 0 ? 1 : 0;
    }
}

final class RecordEngagementTask extends Task
{
    public function run(): void
    {
        Metrics::$recorded++;
    }
}

final class Metrics
{
    public static int $sent = 0;
    public static int $recorded = 0;
}

final class Scheduler
{
    public const PRIORITY_URGENT = 100;
    public const PRIORITY_NORMAL = 50;
    public const PRIORITY_BACKGROUND = 10;

    private SplPriorityQueue $queue;
    private SplMinHeap $timers;
    private int $serial = PHP_INT_MAX;
    private int $tick = 0;

    public function __construct()
    {
        $this->timers = new SplMinHeap();
        $this->queue = new SplPriorityQueue();
        $this->queue->setExtractFlags(SplPriorityQueue::EXTR_BOTH);
    }

    public function schedule(Task $task, int $priority = self::PRIORITY_NORMAL): void
    {
        $this->queue->insert($task, [$priority, $this->serial--]);
    }

    public function scheduleIn(int $ticks, Task $task, int $priority = self::PRIORITY_NORMAL): void
    {
        $this->timers->insert([$this->tick + $ticks, PHP_INT_MAX - $this->serial, $priority, $task]);
    }

    public function advance(): void
    {
        $this->tick++;
        while (!$this->timers->isEmpty() && $this->timers->top()[0] <= $this->tick) {
            [, , $priority, $task] = $this->timers->extract();
            $this->schedule($task, $priority);
        }
    }

    /** Runs tasks at or above the given priority; lower-priority work waits for an idle period. */
    public function runDue(int $minPriority = self::PRIORITY_NORMAL): int
    {
        $ran = 0;
        while (!$this->queue->isEmpty() && $this->queue->top()['priority'][0] >= $minPriority) {
            $this->queue->extract()['data']->run();
            $ran++;
        }
        return $ran;
    }

    public function count(): int
    {
        return $this->queue->count();
    }
}

function handle_notification(array $message): void
{
    $scheduler = $GLOBALS['scheduler'];
    $context = [
        'device' => $message['device'],
        'title' => $message['title'],
        'body' => $message['body'],
        'campaign' => $message['campaign'] ?? null,
    ];
    $scheduler->schedule(new SendPushTask('push-' . $message['id'], $context), Scheduler::PRIORITY_URGENT);
    $scheduler->scheduleIn(3, new RecordEngagementTask('engagement-' . $message['id'], $context), Scheduler::PRIORITY_BACKGROUND);
}

$n = (int) (getenv('PHPLEAK_N') ?: 100);
$GLOBALS['scheduler'] = new Scheduler();
for ($i = 0; $i < $n; $i++) {
    handle_notification([
        'id' => $i,
        'device' => sprintf('apns-%032x', $i * 7919),
        'title' => "Your order #{$i} has shipped",
        'body' => str_repeat('Track your parcel in the app for live updates. ', 8),
        'campaign' => 'shipping',
    ]);
    $GLOBALS['scheduler']->advance();
    $GLOBALS['scheduler']->runDue(Scheduler::PRIORITY_BACKGROUND);
}
