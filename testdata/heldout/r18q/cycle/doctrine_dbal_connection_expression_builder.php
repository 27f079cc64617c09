<?php
// Modelled on doctrine/dbal https://github.com/doctrine/dbal/pull/4516: Connection kept an ExpressionBuilder in $_expr that pointed back at the Connection, so a dropped per-tenant connection (and its driver connection) waited for the cycle collector
declare(strict_types=1);

namespace Doctrine\DBAL\Driver;

/** Stands in for the PDO connection: holds the socket buffers of one database session. */
final class Connection
{
    private array $buffers = [];

    public function __construct(public readonly string $dsn)
    {
        $this->buffers['handshake'] = str_repeat(sha1($dsn), 30);
    }

    public function query(string $sql, array $params): array
    {
        $this->buffers['last'] = $sql;

        return [['id' => $params[1] ?? 0, 'total' => 42.5, 'status' => $params[0] ?? null]];
    }
}

final class Driver
{
    public function connect(array $params): Connection
    {
        return new Connection(sprintf('pgsql:host=%s;dbname=%s', $params['host'], $params['dbname']));
    }
}

namespace Doctrine\DBAL\Query\Expression;

use Doctrine\DBAL\Connection;

class ExpressionBuilder
{
    public const EQ  = '=';
    public const GTE = '>=';

    /**
     * The DBAL Connection.
     *
     * @var Connection
     */
    private $connection;

    public function __construct(Connection $connection)
    {
        $this->connection = $connection; // leak
    }

    public function and(string $expression, string ...$expressions): string
    {
        return '(' . implode(') AND (', [$expression, ...$expressions]) . ')';
    }

    public function comparison(string $x, string $operator, string $y): string
    {
        return $x . ' ' . $operator . ' ' . $y;
    }

    public function eq(string $x, string $y): string
    {
        return $this->comparison($x, self::EQ, $y);
    }

    public function gte(string $x, string $y): string
    {
        return $this->comparison($x, self::GTE, $y);
    }

    public function literal(string $input): string
    {
        return $this->connection->quote($input);
    }
}

namespace Doctrine\DBAL;

use Doctrine\DBAL\Query\Expression\ExpressionBuilder;

class Configuration
{
    public function getAutoCommit(): bool
    {
        return true;
    }
}

class EventManager
{
}

class Connection
{
    /** @var Driver\Connection|null */
    protected $_conn;

    /** @var Configuration */
    protected $_config;

    /** @var EventManager */
    protected $_eventManager;

    /** @var ExpressionBuilder */
    protected $_expr;

    private bool $autoCommit = true;
    private array $params;
    protected Driver\Driver $_driver;

    public function __construct(array $params, Driver\Driver $driver, ?Configuration $config = null, ?EventManager $eventManager = null)
    {
        $this->_driver = $driver;
        $this->params  = $params;

        // Create default config and event manager if none given
        if ($config === null) {
            $config = new Configuration();
        }

        if ($eventManager === null) {
            $eventManager = new EventManager();
        }

        $this->_config       = $config;
        $this->_eventManager = $eventManager;

        $this->_expr = new Query\Expression\ExpressionBuilder($this); // leak

        $this->autoCommit = $config->getAutoCommit();
    }

    public function getExpressionBuilder(): ExpressionBuilder
    {
        return $this->_expr;
    }

    public function connect(): void
    {
        if ($this->_conn !== null) {
            return;
        }

        $this->_conn = $this->_driver->connect($this->params);
    }

    public function quote(string $value): string
    {
        return "'" . str_replace("'", "''", $value) . "'";
    }

    public function fetchAllAssociative(string $query, array $params = []): array
    {
        $this->connect();

        return $this->_conn->query($query, $params);
    }
}

final class DriverManager
{
    public static function getConnection(array $params, ?Configuration $config = null): Connection
    {
        return new Connection($params, new Driver\Driver(), $config);
    }
}

namespace App\MessageHandler;

use Doctrine\DBAL\DriverManager;

final class BuildTenantReport
{
    public function __construct(public readonly string $tenant, public readonly int $since)
    {
    }
}

/** Messenger handler of a multi-tenant SaaS: every tenant has its own database. */
final class BuildTenantReportHandler
{
    public function __invoke(BuildTenantReport $message): array
    {
        $conn = DriverManager::getConnection([
            'driver' => 'pdo_pgsql',
            'host' => 'db-' . crc32($message->tenant) % 4 . '.internal',
            'dbname' => 'tenant_' . $message->tenant,
            'user' => 'app',
            'password' => 'secret',
            'driverOptions' => ['application_name' => 'report-worker:' . $message->tenant],
        ]);

        $expr = $conn->getExpressionBuilder();
        $sql = 'SELECT id, total FROM invoices WHERE ' . $expr->and($expr->eq('status', '?'), $expr->gte('id', '?'));

        return $conn->fetchAllAssociative($sql, ['paid', $message->since]);
    }
}

$n = (int) (getenv('PHPLEAK_N') ?: 100);
$handler = new BuildTenantReportHandler();
for ($i = 0; $i < $n; $i++) {
    $handler(new BuildTenantReport('acme' . $i, $i * 10));
}
