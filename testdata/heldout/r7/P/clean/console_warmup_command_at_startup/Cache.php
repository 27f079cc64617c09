<?php
// Template cache warmer and the cache:warmup command that writes its manifest when the process shuts down.

final class TemplateCacheWarmer
{
    private array $compiled = [];

    public function __construct(private array $templates) {}

    public function warmUp(string $pool): array
    {
        $manifest = [];
        foreach ($this->templates as $name) {
            $this->compiled[$pool . '/' . $name] = true;
            $manifest[] = sprintf('%s/%s.php:%s', $pool, $name, substr(md5($pool . $name), 0, 12));
        }
        return $manifest;
    }
}

final class CacheWarmupCommand extends Command
{
    public function __construct(private TemplateCacheWarmer $warmer, private string $cacheDir)
    {
        parent::__construct('cache:warmup');
    }

    public function execute(array $input): int
    {
        $manifest = $this->warmer->warmUp($input['pool'] ?? 'twig');
        $target = $this->cacheDir . '/manifest.json';
        register_shutdown_function(function () use ($manifest, $target) {
            if (is_dir(dirname($target))) {
                file_put_contents($target, json_encode($manifest));
            }
        });
        return 0;
    }
}
