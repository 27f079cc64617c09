<?php

namespace App\Media;

final class UploadWatcher
{
    public function __construct(private string $directory) {}

    /** @return \Generator<int, string> paths of files that appeared in the directory */
    public function watch(): \Generator
    {
        for ($i = 1; ; $i++) {
            yield sprintf('%s/%s/IMG_%06d.jpg', $this->directory, date('Y/m'), $i);
        }
    }
}

final class Thumbnailer
{
    /** @var array<string, string> */
    private static array $generated = [];

    public function thumbnail(string $path): string
    {
        if (!isset(self::$generated[$path])) {
            $pixels = str_repeat(substr(md5($path), 0, 16), 48);
            self::$generated[$path] = base64_encode($pixels); // leak
        }

        return self::$generated[$path];
    }
}
