<?php
// A queue consumer for shop events queues webhook deliveries on an SplQueue outbox set to FIFO iteration and sends them with foreach after each job.

final class WebhookDelivery
{
    public function __construct(
        public readonly string $url,
        public readonly string $event,
        public readonly string $body,
        public readonly string $signature,
    ) {}
}

final class WebhookOutbox
{
    private \SplQueue $queue;
    public int $sent = 0;

    public function __construct(private string $secret)
    {
        $this->queue = new \SplQueue();
        $this->queue->setIteratorMode(\SplDoublyLinkedList::IT_MODE_FIFO);
    }

    public function push(string $url, string $event, array $payload): void
    {
        $body = json_encode(['event' => $event, 'data' => $payload]);
        $this->queue->enqueue(new WebhookDelivery($url, $event, $body, hash_hmac('sha256', $body, $this->secret))); // leak
    }

    public function flush(): void
    {
        foreach ($this->queue as $delivery) {
            $this->sent += $delivery->signature !== '' ? 1 : 0;
        }
    }
}

final class OrderPaidHandler
{
    public function __construct(private WebhookOutbox $outbox, private array $subscribers) {}

    public function __invoke(array $event): void
    {
        foreach ($this->subscribers as $url) {
            $this->outbox->push($url, 'order.paid', $event);
        }
        $this->outbox->flush();
    }
}

$n = (int) (getenv('PHPLEAK_N') ?: 100);
$outbox = new WebhookOutbox('whsec_6f1c0d0e');
$handler = new OrderPaidHandler($outbox, ['https://erp.example.com/hooks/shop']);

$jobs = 0;
while ($jobs < $n) {
    $handler([
        'order' => sprintf('SO-%07d', $jobs),
        'total' => 4990 + $jobs % 300,
        'items' => array_map(fn (int $k) => sprintf('ITEM-%07d-%02d', $jobs, $k), range(1, 24)),
    ]);
    $jobs++;
}
