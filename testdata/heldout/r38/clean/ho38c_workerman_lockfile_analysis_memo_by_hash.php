<?php

declare(strict_types=1);

namespace Workerman\Connection {
    class TcpConnection
    {
        public int $id;
        private int $sent = 0;

        public function __construct(int $id)
        {
            $this->id = $id;
        }

        public function send(string $data): bool
        {
            $this->sent += \strlen($data);

            return true;
        }
    }
}

namespace Workerman {
    use Workerman\Connection\TcpConnection;

    // Stand-in for a Workerman text-protocol worker: callbacks are set at
    // boot, runAll() feeds it frames until the process is recycled.
    class Worker
    {
        /** @var list<Worker> */
        private static array $workers = [];
        public $onWorkerStart = null;
        public $onMessage = null;
        public int $count = 1;
        public string $name = 'none';
        public static ?\Closure $frameSource = null;
        public static int $maxFrames = 0;

        public function __construct(public string $listen)
        {
            self::$workers[] = $this;
        }

        public static function runAll(): void
        {
            foreach (self::$workers as $worker) {
                if ($worker->onWorkerStart) {
                    ($worker->onWorkerStart)($worker);
                }
                $connection = new TcpConnection(1);
                for ($i = 0; $i < self::$maxFrames; ++$i) {
                    ($worker->onMessage)($connection, (self::$frameSource)($i));
                }
            }
        }
    }
}

namespace Acme\DepScan {
    final class Lockfile
    {
        /** @param list<array{name: string, version: string, license: list<string>, time: string}> $packages */
        public function __construct(
            public readonly string $repository,
            public readonly string $contentHash,
            public readonly array $packages,
        ) {
        }

        public static function parse(string $repository, string $json): self
        {
            $data = json_decode($json, true, 64, JSON_THROW_ON_ERROR);

            return new self($repository, $data['content-hash'], $data['packages']);
        }
    }

    final class AnalysisResult
    {
        public function __construct(
            public readonly string $contentHash,
            public readonly array $outdated,
            public readonly array $licenses,
        ) {
        }
    }

    final class LatestVersions
    {
        public function __construct(private readonly array $latest)
        {
        }

        public function latestOf(string $package): ?string
        {
            return $this->latest[$package] ?? null;
        }
    }

    final class LockfileAnalyzer
    {
        /** @var array<int, AnalysisResult> */
        private array $memo = [];

        public function __construct(private readonly LatestVersions $versions)
        {
        }

        public function analyse(Lockfile $lock): AnalysisResult
        {
            $id = spl_object_id($lock);
            if (isset($this->memo[$id]) && $this->memo[$id]->contentHash === $lock->contentHash) {
                return $this->memo[$id];
            }

            $outdated = [];
            $licenses = [];
            foreach ($lock->packages as $package) {
                $latest = $this->versions->latestOf($package['name']);
                if ($latest !== null && version_compare(ltrim($package['version'], 'v'), $latest, '<')) {
                    $outdated[$package['name']] = [$package['version'], $latest];
                }
                foreach ($package['license'] as $license) {
                    $licenses[$license][] = $package['name'];
                }
            }

            return $this->memo[$id] = new AnalysisResult($lock->contentHash, $outdated, $licenses);
        }
    }

    final class LicensePolicy
    {
        private const DENIED = ['AGPL-3.0-only', 'SSPL-1.0'];

        public function __construct(private readonly LockfileAnalyzer $analyzer)
        {
        }

        public function violations(Lockfile $lock): array
        {
            return array_values(array_intersect(array_keys($this->analyzer->analyse($lock)->licenses), self::DENIED));
        }
    }

    final class OutdatedReport
    {
        public function __construct(private readonly LockfileAnalyzer $analyzer)
        {
        }

        public function render(Lockfile $lock): array
        {
            $rows = [];
            foreach ($this->analyzer->analyse($lock)->outdated as $name => [$current, $latest]) {
                $rows[] = sprintf('%s %s -> %s', $name, $current, $latest);
            }

            return $rows;
        }
    }
}

namespace {
    use Acme\DepScan\LatestVersions;
    use Acme\DepScan\LicensePolicy;
    use Acme\DepScan\Lockfile;
    use Acme\DepScan\LockfileAnalyzer;
    use Acme\DepScan\OutdatedReport;
    use Workerman\Connection\TcpConnection;
    use Workerman\Worker;

    $worker = new Worker('text://0.0.0.0:8686');
    $worker->name = 'dependency-scan';

    $worker->onWorkerStart = static function (Worker $worker): void {
        $analyzer = new LockfileAnalyzer(new LatestVersions([
            'laravel/framework' => '10.48.4',
            'guzzlehttp/guzzle' => '7.8.1',
            'symfony/console' => '6.4.4',
            'phpunit/phpunit' => '10.5.13',
        ]));
        $policy = new LicensePolicy($analyzer);
        $outdated = new OutdatedReport($analyzer);

        $worker->onMessage = static function (TcpConnection $connection, string $frame) use ($policy, $outdated): void {
            [$repository, $json] = explode("\n", $frame, 2);
            $lock = Lockfile::parse($repository, $json);
            $connection->send(json_encode([
                'repository' => $lock->repository,
                'license_violations' => $policy->violations($lock),
                'outdated' => $outdated->render($lock),
            ]) . "\n");
        };
    };

    Worker::$maxFrames = (int) (getenv('PHPLEAK_N') ?: 100);
    Worker::$frameSource = static function (int $i): string {
        $repos = ['acme/storefront', 'acme/ops-portal', 'acme/search-indexer', 'acme/mailer'];

        return $repos[$i % 4] . "\n" . json_encode([
            'content-hash' => md5("lock-$i"),
            'packages' => [
                ['name' => 'laravel/framework', 'version' => 'v10.' . (40 + $i % 9) . '.0', 'license' => ['MIT'], 'time' => date('Y-m-d H:i:s', 1690000000 + $i)],
                ['name' => 'guzzlehttp/guzzle', 'version' => '7.' . ($i % 9) . '.0', 'license' => ['MIT'], 'time' => date('Y-m-d H:i:s', 1680000000 + $i)],
                ['name' => 'symfony/console', 'version' => 'v6.4.' . ($i % 5), 'license' => ['MIT'], 'time' => date('Y-m-d H:i:s', 1685000000 + $i)],
                ['name' => 'phpunit/phpunit', 'version' => '10.5.' . ($i % 14), 'license' => ['BSD-3-Clause'], 'time' => date('Y-m-d H:i:s', 1695000000 + $i)],
            ],
        ]);
    };

    Worker::runAll();
}
