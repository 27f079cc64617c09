<?php
// A consumer builds a per-message pipeline whose constructor enqueues closures of its own instance methods (first-class callable, Closure::fromCallable) on an SplQueue it owns.

final class Envelope
{
    public function __construct(
        public readonly string $routingKey,
        public string $body,
        public array $headers = [],
    ) {}
}

final class MessagePipeline
{
    private SplQueue $stages;

    public function __construct(private string $secret)
    {
        $this->stages = new SplQueue();
        $this->stages->enqueue($this->verify(...)); // leak
        $this->stages->enqueue(Closure::fromCallable([$this, 'decode'])); // leak
    }

    public function run(Envelope $envelope): Envelope
    {
        foreach ($this->stages as $stage) {
            $envelope = $stage($envelope);
        }
        return $envelope;
    }

    private function verify(Envelope $envelope): Envelope
    {
        $envelope->headers['verified'] = hash_equals($this->secret, $envelope->headers['signature'] ?? '');
        return $envelope;
    }

    private function decode(Envelope $envelope): Envelope
    {
        $envelope->body = base64_decode($envelope->body);
        return $envelope;
    }
}

final class InventoryConsumer
{
    private int $processed = 0;

    public function __construct(private string $secret) {}

    public function onMessage(string $routingKey, string $raw, string $signature): void
    {
        $pipeline = new MessagePipeline($this->secret . ':' . $routingKey . ':' . str_repeat('k', 600));
        $envelope = $pipeline->run(new Envelope($routingKey, $raw, ['signature' => $signature]));
        if ($envelope->headers['verified']) {
            $this->processed++;
        }
    }
}

$n = (int) (getenv('PHPLEAK_N') ?: 100);
$consumer = new InventoryConsumer('s3cr3t');
for ($i = 0; $i < $n; $i++) {
    $consumer->onMessage('inventory.adjusted.' . $i, base64_encode(json_encode(['sku' => 'SKU-' . $i, 'delta' => -1])), 'sig-' . $i);
}
