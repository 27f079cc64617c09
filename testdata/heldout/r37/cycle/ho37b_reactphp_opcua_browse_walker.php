<?php

declare(strict_types=1);

// ReactPHP gateway in front of an OPC-UA server: HMI clients ask for the
// subtree under a node, the gateway walks the address space one Browse call
// per loop tick so that telemetry subscriptions keep being served meanwhile.

namespace React\EventLoop {
    final class Loop
    {
        /** @var list<callable> */
        private static array $ticks = [];

        public static function futureTick(callable $listener): void
        {
            self::$ticks[] = $listener;
        }

        public static function run(): void
        {
            while ($tick = array_shift(self::$ticks)) {
                $tick();
            }
        }
    }
}

namespace Gateway\OpcUa {
    /** Stand-in for the binary OPC-UA session: a small fixed address space. */
    final class Session
    {
        private const SPACE = [
            'ns=2;s=Line3' => ['Press04' => true, 'Oven02' => true, 'State' => false],
            'ns=2;s=Line3.Press04' => ['Pressure' => false, 'StrokeCount' => false, 'Die' => true],
            'ns=2;s=Line3.Press04.Die' => ['Temperature' => false, 'Id' => false],
            'ns=2;s=Line3.Oven02' => ['ZoneTemp1' => false, 'ZoneTemp2' => false, 'Recipe' => false],
        ];

        public int $requestHandle = 0;

        /** @return list<array{nodeId: string, browseName: string, displayName: string, nodeClass: string, typeDefinition: string}> */
        public function browse(string $nodeId): array
        {
            $this->requestHandle++;
            $refs = [];
            foreach (self::SPACE[$nodeId] ?? [] as $name => $isFolder) {
                $refs[] = [
                    'nodeId' => $nodeId . '.' . $name,
                    'browseName' => '2:' . $name,
                    'displayName' => sprintf('%s (handle %d)', $name, $this->requestHandle),
                    'nodeClass' => $isFolder ? 'Object' : 'Variable',
                    'typeDefinition' => $isFolder ? 'i=61' : 'i=63',
                ];
            }

            return $refs;
        }
    }

    final class AddressSpaceWalker
    {
        public function __construct(private Session $session, private int $maxDepth)
        {
        }

        /** @param callable(array): void $done */
        public function walk(string $root, callable $done): void
        {
            $found = [];
            $pending = [[$root, 0]];

            $step = function () use (&$step, &$found, &$pending, $done): void { // leak
                $next = array_shift($pending);
                if ($next === null) {
                    $done($found);

                    return;
                }
                [$nodeId, $depth] = $next;
                foreach ($this->session->browse($nodeId) as $ref) {
                    $found[$ref['nodeId']] = $ref;
                    if ($ref['nodeClass'] === 'Object' && $depth < $this->maxDepth) {
                        $pending[] = [$ref['nodeId'], $depth + 1];
                    }
                }
                \React\EventLoop\Loop::futureTick($step);
            };

            $step();
        }
    }

    final class BrowseEndpoint
    {
        public function __construct(private AddressSpaceWalker $walker)
        {
        }

        public function handle(array $query, callable $reply): void
        {
            $this->walker->walk($query['node'] ?? 'ns=2;s=Line3', function (array $refs) use ($reply, $query): void {
                $reply(json_encode(['client' => $query['client'], 'references' => array_values($refs)]));
            });
        }
    }
}

namespace {
    use Gateway\OpcUa\AddressSpaceWalker;
    use Gateway\OpcUa\BrowseEndpoint;
    use Gateway\OpcUa\Session;
    use React\EventLoop\Loop;

    $endpoint = new BrowseEndpoint(new AddressSpaceWalker(new Session(), 3));
    $sent = 0;
    $reply = function (string $body) use (&$sent): void {
        $sent += strlen($body);
    };

    $roots = ['ns=2;s=Line3', 'ns=2;s=Line3.Press04', 'ns=2;s=Line3.Oven02'];
    $n = (int) (getenv('PHPLEAK_N') ?: 100);
    for ($i = 0; $i < $n; $i++) {
        $endpoint->handle(['node' => $roots[$i % 3], 'client' => sprintf('hmi-%02d', $i % 12)], $reply);
        Loop::run();
    }
}
