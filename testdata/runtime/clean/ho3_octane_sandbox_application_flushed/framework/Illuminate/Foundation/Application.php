<?php

declare(strict_types=1);

namespace Illuminate\Foundation;

use Illuminate\Container\Container;

class Application extends Container
{
    public const VERSION = '10.48.4';

    private bool $booted = false;

    public function __construct(private string $basePath)
    {
        static::setInstance($this);
        $this->instance('app', $this);
        $this->instance(Container::class, $this);
        $this->alias('app', self::class);
    }

    public function basePath(string $path = ''): string
    {
        return $this->basePath . ($path !== '' ? '/' . ltrim($path, '/') : '');
    }

    public function boot(): void
    {
        $this->booted = true;
    }

    public function isBooted(): bool
    {
        return $this->booted;
    }

    public function environment(): string
    {
        return 'production';
    }
}
