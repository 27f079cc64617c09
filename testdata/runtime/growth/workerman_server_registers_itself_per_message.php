<?php
// A Workerman-style server class registers each instance in a static
// list from its constructor, as Workerman's Worker does. The gateway
// makes its server at boot and the message callback captures it, but a
// "put" also makes a short-lived server to answer on, and the list keeps
// every one of them.

namespace Gateway {
    final class Server
    {
        /** @var list<Server> */
        private static array $instances = [];

        /** @var callable|null */
        public $onMessage = null;

        /** @var array<string, int> */
        public array $served = [];

        public function __construct(public string $listen, public string $banner)
        {
            self::$instances[] = $this; // leak
        }

        public static function runAll(int $messages): void
        {
            foreach (self::$instances as $server) {
                for ($i = 0; $i < $messages; $i++) {
                    ($server->onMessage)('conn-' . ($i % 8), json_encode(['op' => ['get', 'put'][$i % 2], 'key' => 'k' . $i]));
                }
            }
        }
    }
}

namespace {
    use Gateway\Server;

    $server = new Server('tcp://0.0.0.0:9300', str_repeat('gateway ', 100));
    $server->onMessage = static function (string $connection, string $data) use ($server): void {
        $m = json_decode($data, true);
        $server->served[$m['op']] = ($server->served[$m['op']] ?? 0) + 1;
        if ($m['op'] === 'put') {
            $reply = new Server('unix:///run/reply-' . $m['key'], str_repeat('reply ', 300));
            unset($reply);
        }
    };
    Server::runAll((int) (getenv('PHPLEAK_N') ?: 100));
}
