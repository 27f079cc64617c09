<?php

namespace Symfony\Component\HttpKernel\CacheWarmer;

class CacheWarmerAggregate implements CacheWarmerInterface
{
    public function __construct(private iterable $warmers = [])
    {
    }

    public function warmUp(string $cacheDir, ?string $buildDir = null): array
    {
        $preload = [];
        foreach ($this->warmers as $warmer) {
            $preload[] = $warmer->warmUp($cacheDir, $buildDir);
        }

        return array_merge(...$preload);
    }

    public function isOptional(): bool
    {
        return false;
    }
}
