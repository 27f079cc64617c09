<?php
// A notification worker schedules follow-up tasks for each incoming message on a global priority scheduler and runs the urgent ones after each message.

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
    private int $serial = PHP_INT_MAX;

    public function __construct()
    {
        $this->queue = new SplPriorityQueue();
        $this->queue->setExtractFlags(SplPriorityQueue::EXTR_BOTH);
    }

    public function schedule(Task $task, int $priority = self::PRIORITY_NORMAL): void
    {
        $this->queue->insert($task, [$priority, $this->serial--]); // leak
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
    $scheduler->schedule(new RecordEngagementTask('engagement-' . $message['id'], $context), Scheduler::PRIORITY_BACKGROUND); // leak
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
    $GLOBALS['scheduler']->runDue();
}
