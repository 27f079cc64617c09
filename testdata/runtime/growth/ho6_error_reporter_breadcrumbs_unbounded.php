<?php
// A queue consumer records a breadcrumb per message on the error reporter's SplStack, trimmed only when the configured max_breadcrumbs is positive.

final class Breadcrumb
{
    public function __construct(
        public readonly string $category,
        public readonly string $message,
        public readonly array $data,
    ) {}
}

final class ReporterOptions
{
    public function __construct(
        public readonly string $dsn,
        public readonly int $maxBreadcrumbs,
    ) {}

    public static function fromArray(array $options): self
    {
        return new self($options['dsn'] ?? '', (int) ($options['max_breadcrumbs'] ?? 0));
    }
}

final class ErrorReporter
{
    private SplStack $breadcrumbs;

    public function __construct(private ReporterOptions $options)
    {
        $this->breadcrumbs = new SplStack();
    }

    public function addBreadcrumb(Breadcrumb $crumb): void
    {
        $this->breadcrumbs->push($crumb); // leak
        $max = $this->options->maxBreadcrumbs;
        if ($max > 0 && $this->breadcrumbs->count() > $max) {
            $this->breadcrumbs->shift();
        }
    }

    public function lastMessage(): ?string
    {
        return $this->breadcrumbs->isEmpty() ? null : $this->breadcrumbs->top()->message;
    }
}

final class ShipmentConsumer
{
    public function __construct(private ErrorReporter $reporter) {}

    public function consume(string $body): void
    {
        $message = json_decode($body, true);
        $this->reporter->addBreadcrumb(new Breadcrumb('queue', 'Consumed shipment ' . $message['id'], $message));
        if ($message['carrier'] === '') {
            throw new RuntimeException('missing carrier');
        }
    }
}

$n = (int) (getenv('PHPLEAK_N') ?: 100);
$config = ['dsn' => 'https://key@errors.example.com/42', 'environment' => 'production'];
$consumer = new ShipmentConsumer(new ErrorReporter(ReporterOptions::fromArray($config)));
for ($i = 0; $i < $n; $i++) {
    $consumer->consume(json_encode([
        'id' => 'shp_' . $i,
        'carrier' => 'dhl',
        'address' => str_repeat("Flat {$i}, Long Street, Springfield ", 8),
    ]));
}
