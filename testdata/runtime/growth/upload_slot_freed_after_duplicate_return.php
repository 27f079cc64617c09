<?php
// A queue worker stores uploaded files. Each job takes a slot from the
// shared slot limiter (an SplObjectStorage of uploads in progress) and
// frees it when the file is stored; a duplicate upload returns early,
// before the slot is freed, and its entry stays in the limiter.

abstract class Job
{
    abstract public function handle(): void;
}

final class Worker
{
    public int $done = 0;

    public function daemon(Iterator $jobs): void
    {
        foreach ($jobs as $job) {
            $job->handle();
            $this->done++;
        }
    }
}

final class Upload
{
    public function __construct(public readonly string $name, public readonly string $sha, public readonly string $bytes)
    {
    }
}

final class SlotLimiter
{
    private SplObjectStorage $busy;

    public function __construct()
    {
        $this->busy = new SplObjectStorage();
    }

    public function take(Upload $upload): bool
    {
        if (count($this->busy) > 10000) {
            return false;
        }
        $this->busy->attach($upload, ['since' => hrtime(true)]); // leak

        return true;
    }

    public function free(Upload $upload): void
    {
        $this->busy->detach($upload);
    }
}

final class UploadService
{
    private ?string $last = null;

    public function __construct(private SlotLimiter $slots)
    {
    }

    public function store(Upload $upload): string
    {
        if (!$this->slots->take($upload)) {
            return 'busy';
        }
        if ($upload->sha === $this->last) {
            return 'duplicate';
        }
        $this->last = $upload->sha;
        $this->slots->free($upload);

        return 'stored';
    }
}

final class StoreUpload extends Job
{
    public static ?UploadService $service = null;

    public function __construct(private Upload $upload)
    {
    }

    public function handle(): void
    {
        $service = self::$service;
        $service->store($this->upload);
    }
}

StoreUpload::$service = new UploadService(new SlotLimiter());
$jobs = (function (int $n) {
    for ($i = 0; $i < $n; $i++) {
        $sha = hash('sha256', 'file-' . intdiv($i, 2));
        yield new StoreUpload(new Upload("photo-$i.jpg", $sha, str_repeat('b', 600)));
    }
})((int) (getenv('PHPLEAK_N') ?: 100));
(new Worker())->daemon($jobs);
