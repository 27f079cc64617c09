<?php

declare(strict_types=1);

namespace Illuminate\Contracts\Queue {

    interface ShouldQueue
    {
    }
}

namespace Illuminate\Queue {

    use Illuminate\Contracts\Queue\ShouldQueue;

    final class Container
    {
        /** @var array<class-string, object> */
        private array $shared = [];

        public function singleton(string $abstract, object $instance): void
        {
            $this->shared[$abstract] = $instance;
        }

        public function make(string $abstract): object
        {
            return $this->shared[$abstract];
        }
    }

    /** Stand-in for a Redis-backed queue: produces serialized job payloads. */
    final class RedisQueue
    {
        private int $pushed = 0;

        public function __construct(private readonly \Closure $producer)
        {
        }

        public function pop(string $queue): ?string
        {
            return json_encode(['job' => \App\Jobs\RebuildCategoryPaths::class, 'data' => ($this->producer)(++$this->pushed, $queue)]);
        }
    }

    final class Worker
    {
        private int $processed = 0;

        public function __construct(private readonly RedisQueue $queue, private readonly Container $container)
        {
        }

        public function daemon(string $queue, int $maxJobs): void
        {
            while ($this->processed < $maxJobs) {
                $raw = $this->queue->pop($queue);
                if ($raw === null) {
                    continue;
                }
                $payload = json_decode($raw, true, 512, JSON_THROW_ON_ERROR);
                $this->process($this->resolve($payload));
                $this->processed++;
            }
        }

        private function resolve(array $payload): ShouldQueue
        {
            $class = $payload['job'];

            return new $class(...$payload['data']);
        }

        private function process(ShouldQueue $job): void
        {
            $method = new \ReflectionMethod($job, 'handle');
            $args = [];
            foreach ($method->getParameters() as $parameter) {
                $args[] = $this->container->make($parameter->getType()->getName());
            }
            $job->handle(...$args);
        }
    }
}

namespace App\Search {

    final class CategoryIndex
    {
        private int $writes = 0;
        private string $lastBatch = '';

        /** @param array<int, string> $paths */
        public function replacePaths(string $catalog, array $paths): void
        {
            $this->writes += count($paths);
            $this->lastBatch = $catalog . ':' . md5(implode("\n", $paths));
        }
    }
}

namespace App\Jobs {

    use App\Search\CategoryIndex;
    use Illuminate\Contracts\Queue\ShouldQueue;

    final class RebuildCategoryPaths implements ShouldQueue
    {
        /**
         * @param array{id: int, slug: string, children?: list<array>} $tree
         */
        public function __construct(
            public readonly string $catalog,
            public readonly string $locale,
            public readonly array $tree,
        ) {
        }

        public function handle(CategoryIndex $index): void
        {
            $walk = function (array $node, string $prefix) use (&$walk): array { // leak
                $path = $prefix === '' ? $node['slug'] : $prefix . '/' . $node['slug'];
                $paths = [$node['id'] => $this->locale . ':' . $path];
                foreach ($node['children'] ?? [] as $child) {
                    $paths += $walk($child, $path);
                }

                return $paths;
            };

            $paths = $walk($this->tree, '');
            unset($walk);

            $index->replacePaths($this->catalog, $paths);
        }
    }
}

namespace {

    use App\Search\CategoryIndex;
    use Illuminate\Queue\Container;
    use Illuminate\Queue\RedisQueue;
    use Illuminate\Queue\Worker;

    $container = new Container();
    $container->singleton(CategoryIndex::class, new CategoryIndex());

    $queue = new RedisQueue(static function (int $seq, string $queue): array {
        $leaf = static fn (int $id, string $slug): array => ['id' => $id, 'slug' => $slug];

        return [
            'catalog' => 'catalog-' . ($seq % 7),
            'locale' => $seq % 2 ? 'en' : 'fr',
            'tree' => [
                'id' => 1,
                'slug' => 'root-' . $seq,
                'children' => [
                    ['id' => 2, 'slug' => 'garden-and-outdoor-living-' . $seq, 'children' => [
                        $leaf(3, 'lawn-mowers-and-strimmers'),
                        $leaf(4, 'barbecues-and-outdoor-heating'),
                        $leaf(5, 'garden-furniture-sets'),
                    ]],
                    ['id' => 6, 'slug' => 'kitchen-appliances-' . $seq, 'children' => [
                        $leaf(7, 'coffee-machines-and-grinders'),
                        $leaf(8, 'stand-mixers-and-food-processors'),
                    ]],
                ],
            ],
        ];
    });

    $worker = new Worker($queue, $container);
    $worker->daemon('catalog', (int) (getenv('PHPLEAK_N') ?: 100));
}
