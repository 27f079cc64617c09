<?php
// A Workerman worker keeps the log records of the jobs it runs in a buffer
// that trims itself past a limit, but the limit is an option nobody sets:
// with the default of 0 the trim never runs and the buffer keeps every
// record.

require __DIR__ . '/vendor/workerman/workerman/src/Worker.php';

use Workerman\Worker;

final class BufferedLog
{
    /** @var list<array{level: string, message: string}> */
    private array $records = [];
    private int $limit = 0;

    public function setLimit(int $limit): void
    {
        $this->limit = $limit;
    }

    public function log(string $level, string $message): void
    {
        $this->records[] = ['level' => $level, 'message' => $message]; // leak
        if ($this->limit > 0 && count($this->records) > $this->limit) {
            array_shift($this->records);
        }
    }
}

final class ThumbnailJob
{
    public function __construct(private BufferedLog $log)
    {
    }

    public function handle(array $payload): void
    {
        $this->log->log('info', sprintf('resized upload %d to %s', $payload['upload'], implode(',', $payload['sizes'])) . str_repeat(' ', 220));
    }
}

$log = new BufferedLog();
$job = new ThumbnailJob($log);
$worker = new Worker('tcp://0.0.0.0:9300');
$worker->onMessage = static function (object $connection, string $data) use ($job): void {
    $job->handle(json_decode($data, true));
};
Worker::runAll($worker, (int) (getenv('PHPLEAK_N') ?: 100));
