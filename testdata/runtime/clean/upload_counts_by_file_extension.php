<?php
// An upload service counts stored files per extension. The extension
// is computed from the file's path with pathinfo(): a handful of values
// however many files arrive.

final class Upload
{
    public function __construct(public readonly string $path, public readonly string $bytes)
    {
    }

    public function extension(): string
    {
        return strtolower(pathinfo($this->path, PATHINFO_EXTENSION));
    }
}

final class UploadStats
{
    /** @var array<string, int> */
    private array $byExtension = [];

    public function stored(Upload $upload): void
    {
        $ext = $upload->extension();
        $this->byExtension[$ext] = ($this->byExtension[$ext] ?? 0) + strlen($upload->bytes);
    }
}

$stats = new UploadStats();
$n = (int) (getenv('PHPLEAK_N') ?: 100);
for ($i = 0; $i < $n; $i++) {
    $stats->stored(new Upload(sprintf('/incoming/scan-%06d.%s', $i, ['PDF', 'png', 'jpg'][$i % 3]), str_repeat('b', 700)));
}
