<?php
// A per-request upload session installs a completion callback, built by a private method with Closure::bind, on itself through a setter.

final class UploadSession
{
    private ?Closure $onComplete = null;
    private array $log = [];

    public function __construct(
        public readonly string $uploadId,
        private string $manifest,
    ) {}

    public function setOnComplete(Closure $callback): void
    {
        $this->onComplete = $callback; // leak
    }

    public function prepare(): void
    {
        $this->setOnComplete($this->completionHandler()); // leak
    }

    public function complete(int $bytes): string
    {
        return $this->onComplete !== null ? ($this->onComplete)($bytes) : 'pending';
    }

    private function completionHandler(): Closure
    {
        return Closure::bind(function (int $bytes): string { // leak
            $this->log[] = "stored {$bytes} bytes";
            return $this->uploadId . ':' . strlen($this->manifest);
        }, $this, self::class);
    }
}

final class UploadController
{
    public function __construct(private string $bucket) {}

    public function finish(string $uploadId, array $parts): string
    {
        $session = new UploadSession($uploadId, implode("\n", $parts));
        $session->prepare();
        return $this->bucket . '/' . $session->complete(array_sum(array_map('strlen', $parts)));
    }
}

$n = (int) (getenv('PHPLEAK_N') ?: 100);
$controller = new UploadController('s3://media-uploads');
for ($i = 0; $i < $n; $i++) {
    $parts = [];
    for ($p = 0; $p < 6; $p++) {
        $parts[] = sprintf('part-%d-%d etag="%s"', $i, $p, str_repeat(dechex($i + $p), 16));
    }
    $controller->finish('upl_' . $i, $parts);
}
