<?php
// An error-reporting hub living for the whole worker records breadcrumbs per request and trims them to the configured max_breadcrumbs option.

final class Breadcrumb
{
    public function __construct(
        public readonly string $category,
        public readonly string $message,
        public readonly array $data,
        public readonly float $timestamp,
    ) {}
}

final class Options
{
    private array $options;

    public function __construct(array $options = [])
    {
        $this->options = $options + [
            'dsn' => null,
            'environment' => 'production',
            'max_breadcrumbs' => 0,
            'sample_rate' => 1.0,
        ];
    }

    public function getMaxBreadcrumbs(): int
    {
        return (int) $this->options['max_breadcrumbs'];
    }

    public function getEnvironment(): string
    {
        return $this->options['environment'];
    }
}

final class Hub
{
    /** @var list<Breadcrumb> */
    private array $breadcrumbs = [];

    public function __construct(private Options $options) {}

    public function addBreadcrumb(Breadcrumb $crumb): void
    {
        $this->breadcrumbs[] = $crumb; // leak
        $max = $this->options->getMaxBreadcrumbs();
        if ($max > 0) {
            while (count($this->breadcrumbs) > $max) {
                array_shift($this->breadcrumbs);
            }
        }
    }

    public function captureMessage(string $message): array
    {
        return ['message' => $message, 'env' => $this->options->getEnvironment(), 'breadcrumbs' => count($this->breadcrumbs)];
    }
}

final class QueryLogger
{
    public function __construct(private Hub $hub) {}

    public function logQuery(string $sql, array $params): void
    {
        $this->hub->addBreadcrumb(new Breadcrumb('db.query', $sql, $params, microtime(true)));
    }
}

final class Worker
{
    private int $i = 0;

    public function __construct(private int $n) {}

    public function waitRequest(): ?array
    {
        return $this->i < $this->n ? ['path' => '/invoices/' . (900 + $this->i), 'id' => 900 + $this->i++] : null;
    }
}

$n = (int) (getenv('PHPLEAK_N') ?: 100);
$hub = new Hub(new Options(['dsn' => 'https://public@errors.example.com/12', 'environment' => 'prod']));
$queries = new QueryLogger($hub);
$worker = new Worker($n);

while ($request = $worker->waitRequest()) {
    $queries->logQuery(
        'SELECT i.*, l.* FROM invoice i JOIN invoice_line l ON l.invoice_id = i.id WHERE i.id = ? AND i.deleted_at IS NULL ORDER BY l.position',
        ['id' => $request['id'], 'path' => $request['path'], 'trace' => str_repeat('App\\Repository\\InvoiceRepository::find ', 8)],
    );
}
