<?php
// A server-sent-events hub keeps each open stream under its topic and its
// id. The topic is one of the few a page names; when the browser closes
// the stream, the hub takes the subscription out again, reading its topic
// and its id back from the subscription.

final class Subscription
{
    /** @var list<string> */
    public array $backlog = [];

    public function __construct(public readonly string $id, public readonly string $topic)
    {
    }
}

final class TopicHub
{
    /** @var array<string, array<string, Subscription>> */
    private array $byTopic = [];

    public function open(string $topic, string $lastEventId): Subscription
    {
        $id = bin2hex(random_bytes(8));
        $subscription = new Subscription($id, $topic);
        $subscription->backlog = array_fill(0, 6, "id: {$lastEventId}\ndata: " . str_repeat('-', 40));
        $this->byTopic[$topic][$id] = $subscription;

        return $subscription;
    }

    public function close(Subscription $subscription): void
    {
        unset($this->byTopic[$subscription->topic][$subscription->id]);
    }

    public function publish(string $topic, string $event): int
    {
        $sent = 0;
        foreach ($this->byTopic[$topic] ?? [] as $subscription) {
            $subscription->backlog[] = $event;
            $sent++;
        }

        return $sent;
    }
}

$topics = ['match-4411-live', 'match-4412-live', 'league-table'];
$hub = new TopicHub();
$n = (int) (getenv('PHPLEAK_N') ?: 100);
for ($i = 0; $i < $n; $i++) {
    $topic = $topics[$i % count($topics)];
    $stream = $hub->open($topic, (string) max(0, $i - 3));
    $hub->publish($topic, "data: goal at minute " . ($i % 90));
    // the browser tab is closed
    $hub->close($stream);
}
