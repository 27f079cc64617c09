<?php
// Stand-in for Workerman's Worker: onMessage runs for every message.

namespace Workerman;

class Worker
{
    /** @var (callable(object, string): void)|null */
    public $onMessage = null;

    public function __construct(public string $listen)
    {
    }

    public static function runAll(Worker $worker, int $messages): void
    {
        for ($i = 0; $i < $messages; $i++) {
            ($worker->onMessage)(new \stdClass(), json_encode(['upload' => 7000 + $i, 'sizes' => [64, 256, 1024]]));
        }
    }
}
