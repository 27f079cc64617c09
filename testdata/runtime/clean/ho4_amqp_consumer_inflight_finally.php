<?php
// An AMQP-style consumer tracks the envelopes it has received so that a watchdog can spot slow handlers, then acks or rejects each one.

declare(strict_types=1);

namespace Messaging\Consumer;

enum Outcome
{
    case Ack;
    case Retry;
    case Reject;
}

final class Envelope
{
    private array $headers;

    public function __construct(
        public readonly string $deliveryTag,
        public readonly string $routingKey,
        public readonly string $body,
        array $headers = [],
    ) {
        $this->headers = $headers;
    }

    public function header(string $name, mixed $default = null): mixed
    {
        return $this->headers[$name] ?? $default;
    }

    public function withHeader(string $name, mixed $value): self
    {
        $clone = clone $this;
        $clone->headers[$name] = $value;

        return $clone;
    }
}

interface TransportInterface
{
    public function ack(Envelope $envelope): void;

    public function reject(Envelope $envelope, bool $requeue): void;
}

final class InMemoryTransport implements TransportInterface
{
    public int $acked = 0;
    public int $rejected = 0;

    public function ack(Envelope $envelope): void
    {
        $this->acked++;
    }

    public function reject(Envelope $envelope, bool $requeue): void
    {
        $this->rejected++;
    }
}

interface MessageHandler
{
    public function handle(array $payload): Outcome;
}

final class InvoicePdfHandler implements MessageHandler
{
    public function handle(array $payload): Outcome
    {
        if (!isset($payload['invoice_id'])) {
            return Outcome::Reject;
        }

        return strlen($payload['template'] ?? '') > 0 ? Outcome::Ack : Outcome::Retry;
    }
}

final class Consumer
{
    private \SplObjectStorage $inFlight;
    private int $maxRetries = 3;

    public function __construct(
        private TransportInterface $transport,
        private MessageHandler $handler,
        private float $slowThreshold = 5.0,
    ) {
        $this->inFlight = new \SplObjectStorage();
    }

    public function consume(Envelope $envelope): void
    {
        $this->inFlight->attach($envelope, microtime(true));

        try {
            $payload = json_decode($envelope->body, true, 512, JSON_THROW_ON_ERROR);
            match ($this->handler->handle($payload)) {
                Outcome::Ack => $this->transport->ack($envelope),
                Outcome::Retry => $this->retry($envelope),
                Outcome::Reject => $this->reject($envelope),
            };
        } finally {
            $this->inFlight->detach($envelope);
        }
    }

    private function retry(Envelope $envelope): void
    {
        $attempt = (int) $envelope->header('x-attempt', 0) + 1;
        $this->transport->reject($envelope, $attempt < $this->maxRetries);
    }

    private function reject(Envelope $envelope): void
    {
        $this->transport->reject($envelope, false);
    }

    /** @return list<string> delivery tags of handlers running longer than the threshold */
    public function slowDeliveries(): array
    {
        $now = microtime(true);
        $slow = [];
        foreach ($this->inFlight as $envelope) {
            if ($now - $this->inFlight[$envelope] > $this->slowThreshold) {
                $slow[] = $envelope->deliveryTag;
            }
        }

        return $slow;
    }
}

$n = (int) (getenv('PHPLEAK_N') ?: 100);
$consumer = new Consumer(new InMemoryTransport(), new InvoicePdfHandler());
for ($i = 0; $i < $n; $i++) {
    $body = json_encode([
        'invoice_id' => 'INV-2024-' . str_pad((string) $i, 6, '0', STR_PAD_LEFT),
        'template' => 'invoice_default_v3',
        'customer' => ['name' => 'ACME Widgets Ltd. branch ' . $i, 'vat_id' => 'GB' . (100000000 + $i)],
        'notes' => str_repeat('Payment due within 30 days. ', 16),
    ], JSON_THROW_ON_ERROR);
    $consumer->consume(new Envelope((string) (1 + $i), 'billing.invoice.render', $body, ['content-type' => 'application/json']));
}
