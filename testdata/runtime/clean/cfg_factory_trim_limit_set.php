<?php
// A queue worker records a breadcrumb trail for error reports; the trail is built by a factory from the worker's configuration, which keeps the last 50 breadcrumbs.

final class Breadcrumb
{
    public function __construct(public readonly string $category, public readonly string $message, public readonly array $data) {}
}

final class BreadcrumbTrail
{
    /** @var list<Breadcrumb> */
    private array $crumbs = [];

    public function __construct(private string $release, private int $maxBreadcrumbs = 0) {}

    public function record(Breadcrumb $crumb): void
    {
        $this->crumbs[] = $crumb;
        if ($this->maxBreadcrumbs > 0 && count($this->crumbs) > $this->maxBreadcrumbs) {
            array_shift($this->crumbs);
        }
    }

    public function count(): int
    {
        return count($this->crumbs);
    }
}

final class TrailFactory
{
    public static function fromConfig(array $options): BreadcrumbTrail
    {
        return new BreadcrumbTrail($options['release'] ?? 'dev', $options['max_breadcrumbs'] ?? 0);
    }
}

final class ImportJobHandler
{
    public function __construct(private BreadcrumbTrail $trail) {}

    public function handle(array $job): int
    {
        $this->trail->record(new Breadcrumb('import', "row {$job['row']} of {$job['file']}", ['payload' => $job['payload']]));
        return strlen($job['payload']);
    }
}

$options = ['release' => '2.14.0', 'environment' => 'production', 'sample_rate' => 0.25, 'max_breadcrumbs' => 50];
$handler = new ImportJobHandler(TrailFactory::fromConfig($options));
$n = (int) (getenv('PHPLEAK_N') ?: 100);
for ($i = 0; $i < $n; $i++) {
    $handler->handle(['row' => $i, 'file' => 'customers.csv', 'payload' => str_repeat("customer-{$i};", 40)]);
}
