<?php

declare(strict_types=1);

// Symfony Messenger consumer (messenger:consume async) with an
// OpenTelemetry-style tracing middleware: each message runs in its own span,
// activated as the current context together with the propagated baggage.

final class SpanContext
{
    public function __construct(public readonly string $traceId, public readonly string $spanId)
    {
    }
}

final class Span
{
    private array $attributes = [];
    private array $events = [];
    private string $status = 'unset';
    private ?float $endedAt = null;

    public function __construct(
        public readonly string $name,
        public readonly SpanContext $context,
        public readonly ?SpanContext $parent,
        private readonly float $startedAt,
        private readonly BatchSpanProcessor $processor,
    ) {
    }

    public function setAttribute(string $key, string|int|bool $value): self
    {
        $this->attributes[$key] = $value;

        return $this;
    }

    public function recordException(Throwable $e): void
    {
        $this->events[] = ['name' => 'exception', 'attributes' => [
            'exception.type' => $e::class,
            'exception.message' => $e->getMessage(),
            'exception.stacktrace' => $e->getTraceAsString(),
        ]];
    }

    public function setStatus(string $status): void
    {
        $this->status = $status;
    }

    public function end(): void
    {
        $this->endedAt ??= microtime(true);
        $this->processor->onEnd($this);
    }
}

final class BatchSpanProcessor
{
    private array $queue = [];

    public function __construct(private readonly int $maxExportBatchSize = 50)
    {
    }

    public function onEnd(Span $span): void
    {
        $this->queue[] = $span;
        if (count($this->queue) >= $this->maxExportBatchSize) {
            $this->queue = []; // exported by the OTLP exporter
        }
    }
}

final class Context
{
    private static ?ContextStorage $storage = null;

    /** @param array<string, mixed> $values */
    private function __construct(private readonly array $values)
    {
    }

    public static function storage(): ContextStorage
    {
        return self::$storage ??= new ContextStorage(new self([]));
    }

    public static function getCurrent(): self
    {
        return self::storage()->current();
    }

    public function with(string $key, mixed $value): self
    {
        return new self([$key => $value] + $this->values);
    }

    public function get(string $key): mixed
    {
        return $this->values[$key] ?? null;
    }

    public function activate(): Scope
    {
        return self::storage()->attach($this);
    }
}

final class Scope
{
    public function __construct(private readonly ContextStorage $storage, private readonly int $depth)
    {
    }

    public function detach(): void
    {
        $this->storage->detach($this->depth);
    }
}

final class ContextStorage
{
    /** @var list<Context> */
    private array $stack = [];

    public function __construct(private readonly Context $root)
    {
    }

    public function current(): Context
    {
        return $this->stack[array_key_last($this->stack) ?? -1] ?? $this->root;
    }

    public function attach(Context $context): Scope
    {
        $this->stack[] = $context; // leak

        return new Scope($this, count($this->stack));
    }

    public function detach(int $depth): void
    {
        array_splice($this->stack, $depth - 1);
    }
}

final class Tracer
{
    public function __construct(private readonly BatchSpanProcessor $processor)
    {
    }

    public function startSpan(string $name, Context $parent, float $now): Span
    {
        $parentSpan = $parent->get('span');
        $traceId = $parent->get('traceparent') ?? bin2hex(random_bytes(16));

        return new Span($name, new SpanContext($traceId, bin2hex(random_bytes(8))), $parentSpan?->context, $now, $this->processor);
    }
}

final class Envelope
{
    /** @param array<string, string> $headers */
    public function __construct(public readonly object $message, public readonly array $headers)
    {
    }
}

final class PaymentWebhookReceived
{
    public function __construct(
        public readonly string $eventId,
        public readonly string $provider,
        public readonly array $payload,
    ) {
    }
}

final class HandlePaymentWebhook
{
    public function __invoke(PaymentWebhookReceived $message): void
    {
        $amount = $message->payload['data']['object']['amount'] ?? null;
        if (!is_int($amount) || $amount <= 0) {
            throw new UnexpectedValueException(sprintf('Webhook %s from %s has no positive amount', $message->eventId, $message->provider));
        }
    }
}

final class TracingMiddleware
{
    public function __construct(private readonly Tracer $tracer)
    {
    }

    public function handle(Envelope $envelope, callable $next): Envelope
    {
        $parent = Context::getCurrent();
        if (isset($envelope->headers['traceparent'])) {
            $parent = $parent->with('traceparent', explode('-', $envelope->headers['traceparent'])[1]);
        }
        $span = $this->tracer->startSpan('consume ' . $envelope->message::class, $parent, microtime(true))
            ->setAttribute('messaging.system', 'rabbitmq')
            ->setAttribute('messaging.message.id', $envelope->message->eventId);

        $context = $parent
            ->with('span', $span)
            ->with('baggage', self::parseBaggage($envelope->headers['baggage'] ?? ''));
        $scope = $context->activate();

        try {
            $result = $next($envelope);
        } catch (Throwable $e) {
            $span->recordException($e);
            $span->setStatus('error');

            throw $e;
        }

        $scope->detach();
        $span->end();

        return $result;
    }

    /** @return array<string, string> */
    private static function parseBaggage(string $header): array
    {
        $baggage = [];
        foreach (array_filter(explode(',', $header)) as $member) {
            [$key, $value] = explode('=', trim($member), 2) + [1 => ''];
            $baggage[$key] = urldecode($value);
        }

        return $baggage;
    }
}

final class Worker
{
    public function __construct(
        private readonly TracingMiddleware $tracing,
        private readonly HandlePaymentWebhook $handler,
    ) {
    }

    public function consume(Envelope $envelope): bool
    {
        try {
            $this->tracing->handle($envelope, function (Envelope $e): Envelope {
                ($this->handler)($e->message);

                return $e;
            });

            return true;
        } catch (Throwable) {
            return false; // rejected: sent to the failure transport
        }
    }
}

$worker = new Worker(new TracingMiddleware(new Tracer(new BatchSpanProcessor())), new HandlePaymentWebhook());

$n = (int) (getenv('PHPLEAK_N') ?: 100);
$providers = ['stripe', 'adyen', 'mollie'];
for ($i = 0; $i < $n; $i++) {
    $traceId = bin2hex(random_bytes(16));
    $worker->consume(new Envelope(
        new PaymentWebhookReceived(
            'evt_' . bin2hex(random_bytes(12)),
            $providers[$i % 3],
            ['type' => 'charge.succeeded', 'data' => ['object' => ['amount' => $i % 3 === 2 ? null : 1500 + $i, 'currency' => 'eur']]],
        ),
        [
            'traceparent' => "00-{$traceId}-" . bin2hex(random_bytes(8)) . '-01',
            'baggage' => 'tenant.id=t' . ($i % 7) . ',user.id=' . (9000 + $i) . ',session.origin=checkout',
        ],
    ));
}
