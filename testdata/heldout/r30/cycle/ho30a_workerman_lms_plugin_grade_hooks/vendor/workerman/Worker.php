<?php

namespace Workerman\Connection {
    class TcpConnection
    {
        public int $id = 1;
        public string $lastSent = '';

        public function send(string $data): bool
        {
            $this->lastSent = $data;

            return true;
        }
    }
}

namespace Workerman {
    use Workerman\Connection\TcpConnection;

    /**
     * Stand-in for Workerman\Worker: callbacks set at boot, runAll() feeds
     * the onMessage callback PHPLEAK_N frames from the LMS front end.
     */
    class Worker
    {
        /** @var list<Worker> */
        protected static array $workers = [];

        public $onWorkerStart = null;
        public $onMessage = null;
        public string $name = 'none';
        public int $count = 1;

        public function __construct(public string $socketName = '')
        {
            static::$workers[] = $this;
        }

        public static function runAll(): void
        {
            $frames = (int) (getenv('PHPLEAK_N') ?: 100);
            foreach (static::$workers as $worker) {
                if ($worker->onWorkerStart) {
                    ($worker->onWorkerStart)($worker);
                }
                $connection = new TcpConnection();
                for ($n = 0; $n < $frames; $n++) {
                    ($worker->onMessage)($connection, json_encode([
                        'action' => 'submission.grade',
                        'submission_id' => 880000 + $n,
                        'assignment_id' => 12 + $n % 8,
                        'course_id' => 7 + $n % 3,
                        'learner_id' => 20000 + ($n * 31) % 7000,
                        'rubric' => ['clarity' => 1 + $n % 4, 'evidence' => 2 + $n % 3, 'structure' => 3],
                        'text' => str_repeat('The essay argues that spaced repetition improves retention. ', 6) . "#{$n}",
                    ]));
                }
            }
        }
    }
}
