<?php

declare(strict_types=1);

namespace App\Audit;

use Symfony\Component\Messenger\AmqpHeadersStamp;
use Symfony\Component\Messenger\Envelope;
use Symfony\Component\Messenger\MiddlewareInterface;
use Symfony\Component\Messenger\StackInterface;
use Symfony\Component\Messenger\TransportMessageIdStamp;

final class AuditContext
{
    public function __construct(
        public readonly string $transportMessageId,
        public readonly string $tenant,
        public readonly string $actor,
        public readonly array $headers,
        public readonly float $receivedAt,
    ) {
    }
}

/** Lets handlers find the audit context of the message they are handling. */
final class AuditContextRegistry
{
    /** @var \SplObjectStorage<object, AuditContext> */
    private \SplObjectStorage $contexts;

    public function __construct()
    {
        $this->contexts = new \SplObjectStorage();
    }

    public function remember(object $message, AuditContext $context): void
    {
        $this->contexts[$message] = $context; // leak
    }

    public function for(object $message): ?AuditContext
    {
        return $this->contexts[$message] ?? null;
    }
}

final class AuditTrailMiddleware implements MiddlewareInterface
{
    public function __construct(private readonly AuditContextRegistry $registry)
    {
    }

    public function handle(Envelope $envelope, StackInterface $stack): Envelope
    {
        $headers = $envelope->last(AmqpHeadersStamp::class)?->headers ?? [];
        $this->registry->remember($envelope->getMessage(), new AuditContext(
            $envelope->last(TransportMessageIdStamp::class)?->id ?? 'n/a',
            $headers['x-tenant'] ?? 'default',
            $headers['x-actor'] ?? 'system',
            $headers,
            microtime(true),
        ));

        return $stack->next()->handle($envelope, $stack);
    }
}

final class AuditLog
{
    public int $entries = 0;

    public function write(AuditContext $context, string $action): void
    {
        $this->entries++;
    }
}
