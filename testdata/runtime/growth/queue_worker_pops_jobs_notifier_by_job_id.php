<?php
// A queue worker takes jobs with ($job = $this->connection->pop(...)) until
// the connection has none left. The notifier it hands each job to
// remembers the last delivery per job id, and never forgets one.

final class RedisConnection
{
    private int $popped = 0;

    public function __construct(private int $length)
    {
    }

    public function pop(string $queue): ?array
    {
        if ($this->popped >= $this->length) {
            return null;
        }
        $i = $this->popped++;
        return ['id' => sprintf('job-%08d', $i), 'queue' => $queue, 'kind' => ['sms', 'mail', 'push'][$i % 3], 'body' => str_repeat('Your order has shipped. ', 20) . $i];
    }
}

final class Notifier
{
    /** @var array<string, string> */
    private array $lastDelivery = [];

    public function deliver(array $job): void
    {
        $this->lastDelivery[$job['id']] = substr($job['body'], 0, 400); // leak
    }
}

final class QueueWorker
{
    public function __construct(private RedisConnection $connection, private Notifier $notifier)
    {
    }

    public function daemon(string $queue): void
    {
        while (($job = $this->connection->pop($queue)) !== null) {
            $this->notifier->deliver($job);
        }
    }
}

$worker = new QueueWorker(new RedisConnection((int) (getenv('PHPLEAK_N') ?: 100)), new Notifier());
$worker->daemon('notifications');
