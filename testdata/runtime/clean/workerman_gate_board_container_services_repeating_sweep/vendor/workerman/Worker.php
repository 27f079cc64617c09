<?php

declare(strict_types=1);

namespace Workerman;

/** Local stand-in for workerman/workerman's Worker: replays recorded gate events, one every two seconds. */
class Worker
{
    /** @var callable(int): string */
    public static $replay;
    public $onWorkerStart = null;
    public $onMessage = null;
    private static ?Worker $worker = null;

    public function __construct(public readonly string $listen)
    {
        self::$worker = $this;
    }

    public static function runAll(): void
    {
        $w = self::$worker;
        if ($w->onWorkerStart) {
            ($w->onWorkerStart)($w);
        }
        $n = (int) (getenv('PHPLEAK_N') ?: 100);
        for ($i = 0; $i < $n; $i++) {
            ($w->onMessage)(null, (self::$replay)($i));
            Timer::advance(2.0);
        }
    }
}
