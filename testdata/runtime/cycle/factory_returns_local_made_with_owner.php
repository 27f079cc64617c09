<?php
// A retry scheduler makes a retry handle for an upload, holding the upload
// to call it back, and returns the handle from a local variable; the
// upload keeps the handle to cancel it. Upload and handle reference each
// other, one pair per request.

final class RetryHandle
{
    public function __construct(public readonly int $attempt, private Upload $owner) // leak
    {
    }

    public function fire(): void
    {
        $this->owner->retry();
    }
}

final class RetryScheduler
{
    public function schedule(int $attempt, Upload $owner): RetryHandle
    {
        $handle = new RetryHandle($attempt, $owner);
        return $handle;
    }
}

final class Upload
{
    private ?RetryHandle $retry = null;

    public function __construct(private RetryScheduler $scheduler, public string $path)
    {
    }

    public function start(): void
    {
        $this->retry = $this->scheduler->schedule(1, $this); // leak
    }

    public function retry(): void
    {
    }
}

$scheduler = new RetryScheduler();
$n = (int) (getenv('PHPLEAK_N') ?: 100);
for ($i = 0; $i < $n; $i++) {
    $upload = new Upload($scheduler, "/uploads/{$i}/" . str_repeat('f', 500));
    $upload->start();
    unset($upload);
}
