<?php
// A Workerman-style server keeps every Worker made in a static list, as
// Workerman does. The script makes one Worker at boot; its onWorkerStart
// callback is handed that Worker (typed as a parameter), which does not
// make another one.

class Worker
{
    /** @var list<Worker> */
    private static array $workers = [];
    public $onWorkerStart = null;
    public $onMessage = null;
    public array $context = [];
    public static string $lastMessage = '';

    public function __construct(public string $socketName)
    {
        self::$workers[] = $this;
    }

    public static function runAll(int $messages): void
    {
        foreach (self::$workers as $worker) {
            ($worker->onWorkerStart)($worker);
            for ($i = 0; $i < $messages; $i++) {
                ($worker->onMessage)($i, str_repeat('tick ', 40) . $i);
            }
            break;
        }
    }
}

$worker = new Worker('websocket://0.0.0.0:8282');
$worker->onWorkerStart = static function (Worker $w): void {
    $w->context = ['started' => time()];
};
$worker->onMessage = static function (int $connection, string $data): void {
    Worker::$lastMessage = substr($data, 0, 100);
};
Worker::runAll((int) (getenv('PHPLEAK_N') ?: 100));
