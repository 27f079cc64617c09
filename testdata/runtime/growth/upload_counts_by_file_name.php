<?php
// An upload service counts stored bytes per file name, computed from the
// file's path with pathinfo(): every upload has its own name, so every
// upload adds a key.

final class Upload
{
    public function __construct(public readonly string $path, public readonly string $bytes)
    {
    }

    public function fileName(): string
    {
        return strtolower(pathinfo($this->path, PATHINFO_BASENAME));
    }
}

final class UploadStats
{
    /** @var array<string, int> */
    private array $byFile = [];

    public function stored(Upload $upload): void
    {
        $file = $upload->fileName();
        $this->byFile[$file] = ($this->byFile[$file] ?? 0) + strlen($upload->bytes); // leak
    }
}

$stats = new UploadStats();
$n = (int) (getenv('PHPLEAK_N') ?: 100);
for ($i = 0; $i < $n; $i++) {
    $stats->stored(new Upload(sprintf('/incoming/scan-%06d-%s.%s', $i, str_repeat('page', 140), ['PDF', 'png', 'jpg'][$i % 3]), str_repeat('b', 700)));
}
