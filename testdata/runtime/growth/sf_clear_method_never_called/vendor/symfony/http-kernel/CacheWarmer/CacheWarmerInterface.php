<?php

namespace Symfony\Component\HttpKernel\CacheWarmer;

interface CacheWarmerInterface extends WarmableInterface
{
    public function isOptional(): bool;
}
