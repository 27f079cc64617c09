<?php
// An instrumented worker activates a span context per job and detaches the scope afterwards; ContextStorageNode::detach() marks the node detached with a shared dummy node instead of a self-reference.
// https://github.com/open-telemetry/opentelemetry-php/pull/1585

final class Span
{
    public array $attributes = [];
    public array $events = [];

    public function __construct(public readonly string $name, public readonly string $traceId, public readonly string $spanId) {}
}

final class Context
{
    private array $values = [];

    public function with(string $key, object $value): self
    {
        $self = clone $this;
        $self->values[$key] = $value;
        return $self;
    }

    public function get(string $key): ?object
    {
        return $this->values[$key] ?? null;
    }
}

final class ContextStorageHead
{
    public ?ContextStorageNode $node = null;
}

final class ContextStorageNode
{
    public const DETACHED = 1;
    public const MISMATCH = 2;

    public function __construct(
        public Context $context,
        public ContextStorageHead $head,
        private ?ContextStorageNode $previous = null,
    ) {}

    public function detach(): int
    {
        static $detached;
        $detached ??= (new ReflectionClass(self::class))->newInstanceWithoutConstructor();

        if ($this === $this->head->node) {
            assert($this->previous !== $detached);
            $this->head->node = $this->previous;
            $this->previous = $detached;
            return 0;
        }
        if ($this->previous === $detached) {
            return self::DETACHED;
        }
        for ($n = $this->head->node, $depth = 1; $n !== null && $n->previous !== $this; $n = $n->previous, $depth++) {
        }
        if ($n !== null) {
            $n->previous = $this->previous;
        }
        $this->previous = $detached;
        return self::MISMATCH | $depth << 2;
    }
}

final class ContextStorage
{
    private ContextStorageHead $head;

    public function __construct()
    {
        $this->head = new ContextStorageHead();
        $this->head->node = new ContextStorageNode(new Context(), $this->head);
    }

    public function current(): Context
    {
        return $this->head->node->context;
    }

    public function attach(Context $context): ContextStorageNode
    {
        return $this->head->node = new ContextStorageNode($context, $this->head, $this->head->node);
    }
}

final class JobRunner
{
    public int $done = 0;

    public function __construct(private ContextStorage $storage) {}

    public function run(int $jobId, string $payload): void
    {
        $span = new Span('process invoice.render', bin2hex(pack('J', $jobId)) . bin2hex(pack('J', ~$jobId)), bin2hex(pack('J', $jobId * 7)));
        $span->attributes = ['messaging.system' => 'rabbitmq', 'messaging.message.id' => "msg-$jobId", 'job.payload' => $payload];
        $scope = $this->storage->attach($this->storage->current()->with('span', $span));
        try {
            $this->done++;
        } finally {
            $scope->detach();
        }
    }
}

$n = (int) (getenv('PHPLEAK_N') ?: 100);
$runner = new JobRunner(new ContextStorage());
for ($i = 0; $i < $n; $i++) {
    $runner->run($i, json_encode(['invoice' => 9000 + $i, 'locale' => 'de_DE', 'lines' => array_fill(0, 8, "line item $i")]));
}
