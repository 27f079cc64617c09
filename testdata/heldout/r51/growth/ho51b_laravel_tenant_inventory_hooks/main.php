<?php
declare(strict_types=1);

// php artisan queue:work redis --queue=inventory --max-jobs=N

require __DIR__ . '/vendor/autoload.php';
require __DIR__ . '/app/Inventory/InventoryClient.php';
require __DIR__ . '/app/Inventory/StockCache.php';
require __DIR__ . '/app/Inventory/RefreshHooks.php';
require __DIR__ . '/app/Jobs/SyncTenantInventory.php';
require __DIR__ . '/app/Providers/AppServiceProvider.php';

use App\Jobs\SyncTenantInventory;
use Illuminate\Container\Container;
use Illuminate\Queue\CallQueuedHandler;
use Illuminate\Queue\RedisConnection;
use Illuminate\Queue\RedisQueue;
use Illuminate\Queue\Worker;
use Illuminate\Queue\WorkerOptions;

/** Stand-in for the Redis server: the inventory queue is fed by the storefront. */
final class FakeRedis implements RedisConnection
{
    private int $pushed = 0;
    /** @var array<string, array<string, int>> */
    private array $sorted = [];

    public function __construct(private int $backlog)
    {
    }

    public function lpop(string $key): ?string
    {
        if ($this->pushed >= $this->backlog) {
            return null;
        }
        $i = $this->pushed++;
        $tenant = 1 + $i % 5;
        $skus = [];
        for ($s = 0; $s < 24; $s++) {
            $skus[] = sprintf('T%d-SKU-%06d', $tenant, ($i * 31 + $s) % 100000);
        }
        $command = serialize((new SyncTenantInventory($tenant, $skus))->onQueue('inventory'));
        return json_encode([
            'uuid' => sprintf('%08x-%04x', $i, $tenant),
            'id' => (string) $i,
            'job' => CallQueuedHandler::class . '@call',
            'displayName' => SyncTenantInventory::class,
            'maxTries' => 3,
            'data' => ['commandName' => SyncTenantInventory::class, 'command' => $command],
        ]);
    }

    public function zadd(string $key, int $score, string $member): void
    {
        $this->sorted[$key][$member] = $score;
    }

    public function zrem(string $key, string $member): void
    {
        unset($this->sorted[$key][$member]);
    }
}

$app = Container::getInstance();
$app->instance(Container::class, $app);
(new App\Providers\AppServiceProvider($app))->register();

$n = (int) (getenv('PHPLEAK_N') ?: 100);
$queue = new RedisQueue(new FakeRedis($n), 'default', $app);
$worker = new Worker($queue, static fn () => false);
$worker->daemon('redis', 'inventory', new WorkerOptions(name: 'default', sleep: 3, maxTries: 3, stopWhenEmpty: true, maxJobs: $n));
