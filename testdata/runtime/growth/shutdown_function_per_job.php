<?php
// A job handler registers a shutdown callback for every job to release its lock file.

final class LockFile
{
    public function __construct(public readonly string $path, public readonly string $owner) {}

    public function release(): void {}
}

function handleJob(int $id): void
{
    $lock = new LockFile(sys_get_temp_dir() . "/job-{$id}.lock", str_repeat('worker-7f3a ', 20));
    register_shutdown_function(static function () use ($lock): void { // leak
        $lock->release();
    });
    // ... do the work ...
}

$n = (int) (getenv('PHPLEAK_N') ?: 100);
for ($i = 0; $i < $n; $i++) {
    handleJob($i);
}
