<?php
// An upload keeps a progress callback that uses $this, and disposes of it in finally.

final class Upload
{
    private ?Closure $onProgress = null;
    private int $percent = 0;

    public function __construct(public readonly string $filename, private string $data) {}

    public function start(): void
    {
        $this->onProgress = function (int $done, int $total): void {
            $this->percent = intdiv($done * 100, max(1, $total));
        };
    }

    public function send(int $chunk): int
    {
        $total = strlen($this->data);
        for ($done = 0; $done < $total; $done += $chunk) {
            ($this->onProgress)(min($done + $chunk, $total), $total);
        }
        return $this->percent;
    }

    public function dispose(): void
    {
        $this->onProgress = null;
    }
}

function uploadFile(int $i): int
{
    $upload = new Upload("photo-{$i}.jpg", str_repeat("\xFF\xD8", 300));
    try {
        $upload->start();
        return $upload->send(128);
    } finally {
        $upload->dispose();
    }
}

$n = (int) (getenv('PHPLEAK_N') ?: 100);
for ($i = 0; $i < $n; $i++) {
    uploadFile($i);
}
