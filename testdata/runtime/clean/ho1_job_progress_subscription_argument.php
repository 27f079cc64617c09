<?php
// A report export worker subscribes to the progress channel of each export job it starts and has the subscriber cancel the subscription it is handed once the job reports completion.

final class Message
{
    public function __construct(public readonly string $topic, public readonly string $type, public readonly array $data = []) {}
}

final class Subscription
{
    private bool $active = true;

    public function __construct(
        private MessageChannel $channel,
        public readonly string $topic,
        private Closure $callback,
    ) {}

    public function deliver(Message $message): void
    {
        if ($this->active) {
            ($this->callback)($message, $this);
        }
    }

    public function cancel(): void
    {
        if ($this->active) {
            $this->active = false;
            $this->channel->unsubscribe($this);
        }
    }
}

final class MessageChannel
{
    /** @var array<string, array<int, Subscription>> */
    private array $subscriptions = [];

    public function subscribe(string $topic, Closure $callback): Subscription
    {
        $subscription = new Subscription($this, $topic, $callback);
        $this->subscriptions[$topic][spl_object_id($subscription)] = $subscription;
        return $subscription;
    }

    public function unsubscribe(Subscription $subscription): void
    {
        unset($this->subscriptions[$subscription->topic][spl_object_id($subscription)]);
        if (($this->subscriptions[$subscription->topic] ?? []) === []) {
            unset($this->subscriptions[$subscription->topic]);
        }
    }

    public function publish(Message $message): void
    {
        foreach ($this->subscriptions[$message->topic] ?? [] as $subscription) {
            $subscription->deliver($message);
        }
    }
}

final class ExportJobRunner
{
    public function __construct(private MessageChannel $channel) {}

    public function start(string $jobId, array $filters): void
    {
        $rows = 120 + strlen(json_encode($filters));
        for ($done = 40; $done <= $rows; $done += 40) {
            $this->channel->publish(new Message("export.{$jobId}", 'progress', ['done' => $done, 'total' => $rows]));
        }
        $this->channel->publish(new Message("export.{$jobId}", 'completed', ['file' => "/exports/{$jobId}.csv"]));
    }
}

function export_report(string $jobId, array $filters, array &$notifications): void
{
    global $channel;
    $progress = [];
    $channel->subscribe("export.{$jobId}", function (Message $message, Subscription $subscription) use (&$progress, &$notifications, $jobId): void {
        if ($message->type === 'progress') {
            $progress[] = sprintf('%s: %d/%d rows exported (%s)', $jobId, $message->data['done'], $message->data['total'], str_repeat('#', intdiv($message->data['done'], 8)));
            return;
        }
        $notifications[] = "Export {$jobId} is ready: " . $message->data['file'];
        $subscription->cancel();
    });
    (new ExportJobRunner($channel))->start($jobId, $filters);
}

$n = (int) (getenv('PHPLEAK_N') ?: 100);
$channel = new MessageChannel();
for ($i = 0; $i < $n; $i++) {
    $notifications = [];
    export_report(sprintf('exp-%05d', $i), ['from' => '2024-01-01', 'to' => '2024-03-31', 'region' => ['EU', 'US'][$i % 2]], $notifications);
}
