<?php

declare(strict_types=1);

namespace Analytics\Reporting;

final class ReportCriteria
{
    /** @param list<string> $regions */
    public function __construct(
        public readonly int $tenantId,
        public readonly array $regions,
        public readonly string $channel,
        public readonly ?string $search = null,
        public readonly ?\DateTimeImmutable $from = null,
    ) {
    }
}

/**
 * Compiles report SQL from named scopes registered by service providers.
 * Registered once at boot and shared by every request of the worker.
 */
final class ReportQueryFactory
{
    /** @var array<string, \Closure(ReportCriteria): string> */
    private array $scopes = [];

    public function __construct(private readonly \Closure $quote)
    {
    }

    public function scope(string $name, \Closure $scope): void
    {
        $this->scopes[$name] = $scope;
    }

    public function quote(string $value): string
    {
        return ($this->quote)($value);
    }

    public function build(string $table, ReportCriteria $criteria): string
    {
        $where = [];
        foreach ($this->scopes as $scope) {
            $where[] = '(' . $scope($criteria) . ')';
        }

        return sprintf('SELECT * FROM %s WHERE %s LIMIT 500', $table, implode(' AND ', $where));
    }
}

final class ReportingServiceProvider
{
    /** @param array{soft_delete_column: string, archived_statuses: list<string>} $config */
    public function __construct(private readonly array $config)
    {
    }

    public function boot(ReportQueryFactory $factory): void
    {
        $factory->scope('tenant', $this->tenantScope($factory));
        $factory->scope('visibility', static fn (ReportCriteria $c): string => $c->channel === 'internal' ? '1 = 1' : 'is_public = 1');
    }

    /**
     * Every tenant scope starts from the soft-delete / archive guards and adds
     * the tenant's own filters on top.
     */
    private function tenantScope(ReportQueryFactory $factory): \Closure
    {
        $conditions = [
            sprintf('%s IS NULL', $this->config['soft_delete_column']),
            sprintf('status NOT IN (%s)', implode(', ', array_map($factory->quote(...), $this->config['archived_statuses']))),
        ];

        return static function (ReportCriteria $c) use (&$conditions, $factory): string {
            $conditions[] = sprintf('tenant_id = %d AND region IN (%s) AND channel = %s', $c->tenantId, implode(', ', array_map($factory->quote(...), $c->regions)), $factory->quote($c->channel)); // leak
            if ($c->search !== null) {
                $conditions[] = sprintf('(title LIKE %1$s OR customer_name LIKE %1$s OR reference LIKE %1$s)', $factory->quote('%' . $c->search . '%')); // leak
            }
            if ($c->from !== null) {
                $conditions[] = sprintf('created_at BETWEEN %s AND %s', $factory->quote($c->from->format('Y-m-d H:i:s')), $factory->quote($c->from->modify('+1 month')->format('Y-m-d H:i:s'))); // leak
            }

            return implode(' AND ', $conditions);
        };
    }
}

final class SalesReportController
{
    public function __construct(private readonly ReportQueryFactory $queries)
    {
    }

    /** @param array<string, string> $query */
    public function __invoke(int $tenantId, array $query): array
    {
        $criteria = new ReportCriteria(
            $tenantId,
            explode(',', $query['regions'] ?? 'eu-west-1'),
            $query['channel'] ?? 'web',
            $query['q'] ?? null,
            isset($query['from']) ? new \DateTimeImmutable($query['from']) : null,
        );
        $sql = $this->queries->build('sales_orders', $criteria);

        return ['status' => 200, 'sql_length' => strlen($sql)];
    }
}

namespace Analytics;

use Analytics\Reporting\ReportingServiceProvider;
use Analytics\Reporting\ReportQueryFactory;
use Analytics\Reporting\SalesReportController;

/** Stand-in for Spiral\RoadRunner\Http\PSR7Worker::waitRequest(). */
final class PsrWorkerStandIn
{
    private int $served = 0;

    public function __construct(private readonly int $max)
    {
    }

    /** @return array{tenant: int, query: array<string, string>}|null */
    public function waitRequest(): ?array
    {
        if ($this->served >= $this->max) {
            return null;
        }
        $i = $this->served++;

        return ['tenant' => 100 + $i % 9, 'query' => [
            'regions' => $i % 2 ? 'eu-west-1,eu-central-1,us-east-2' : 'ap-southeast-1,eu-north-1',
            'channel' => ['web', 'app', 'internal'][$i % 3],
            'q' => 'order ' . $i . ' ' . sha1((string) $i),
            'from' => date('Y-m-d H:i:s', 1_700_000_000 + $i * 3600),
        ]];
    }
}

$factory = new ReportQueryFactory(static fn (string $v): string => "'" . addslashes($v) . "'");
(new ReportingServiceProvider(['soft_delete_column' => 'deleted_at', 'archived_statuses' => ['archived', 'purged']]))->boot($factory);
$controller = new SalesReportController($factory);

$n = (int) (getenv('PHPLEAK_N') ?: 100);
$worker = new PsrWorkerStandIn($n);
while (($request = $worker->waitRequest()) !== null) {
    $controller($request['tenant'], $request['query']);
}
